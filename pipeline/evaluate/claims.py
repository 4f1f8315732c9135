"""Numeric-claims scores, as docs/CLAIMS.md "How a claim is scored" says.

Matching. A gold and a predicted claim can be paired when their figure spans
overlap, their units are equal and their values agree within a relative
tolerance of 1e-6 (None agrees only with None). Pairing is one-to-one and
maximal (augmenting paths, as in bipartite matching); among equally good
partners a figure prefers the one sharing more characters, then the earlier.

Scores over a set of documents:
  figure      P = paired / predicted, R = paired / gold, F1
  claim       strict: paired, metric right and direction right; P, R, F1
              with the same denominators as figure
  metric      accuracy over pairs: the predicted metric span contains a
              token whose lemma is the gold metric's head (lower case, ё=е);
              a token's lemmas are the Doc's and every pymorphy3 normal form
              of the word (doc_token_lemmas). A gold claim with no metric is
              right only when the prediction has none either.
  direction   accuracy over pairs: equal, null equal to null
  qualifiers  accuracy over pairs: as many predicted qualifiers as gold
              ones, and each gold qualifier overlaps a different predicted
              one (no qualifiers on either side is right)
  time        accuracy over pairs: both null, or both present and the spans
              overlap
  source      accuracy over pairs: both null, or both present and the spans
              overlap (the cluster number is not compared)
Qualifiers, time and source are reported apart and are not part of strict.

Errors (for --errors): every gold figure left unpaired (miss), every
predicted figure left unpaired (false alarm), and every pair whose metric or
direction is wrong, each with the text around it. With context errors asked
for, also every pair whose qualifiers, time or source disagree.
"""
import math

from pipeline.evaluate.ner import CONTEXT
from pipeline.evaluate.scores import Counts, Share

REL_TOL = 1e-6
PAIR_MEASURES = ("metric", "direction", "qualifiers", "time", "source")
CONTEXT_MEASURES = ("qualifiers", "time", "source")


def overlaps(a, b):
    return bool(a and b) and a["start"] < b["end"] and b["start"] < a["end"]


def overlap_size(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def values_agree(gold, pred):
    if gold is None or pred is None:
        return gold is None and pred is None
    return math.isclose(float(gold), float(pred), rel_tol=REL_TOL)


def can_pair(gold, pred):
    return (overlaps(gold["figure"], pred["figure"])
            and gold.get("unit") == pred.get("unit")
            and values_agree(gold.get("value"), pred.get("value")))


def match_figures(gold_claims, pred_claims):
    """[(gold index, pred index)]: a maximal one-to-one pairing."""
    candidates = []
    for g, gold in enumerate(gold_claims):
        ranked = [p for p, pred in enumerate(pred_claims) if can_pair(gold, pred)]
        ranked.sort(key=lambda p: (-overlap_size(gold["figure"], pred_claims[p]["figure"]), p))
        candidates.append(ranked)
    owner = {}  # pred index -> gold index

    def place(g, seen):
        for p in candidates[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or place(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold_claims)):
        place(g, set())
    return sorted((g, p) for p, g in owner.items())


def normal_word(word):
    return (word or "").lower().replace("ё", "е")


def lemmas_in(span, token_lemmas):
    """Lemmas of the tokens lying inside span.

    token_lemmas: [(start, end, lemma or set of lemmas)].
    """
    found = set()
    for start, end, lemmas in token_lemmas:
        if span["start"] <= start and end <= span["end"]:
            found.update(normal_word(lemma) for lemma in ([lemmas] if isinstance(lemmas, str) else lemmas))
    return found


def head_lemmas(head):
    """The gold head and pymorphy3's normal forms of it. Both sides are compared
    by lemma (CLAIMS.md): an annotator who wrote 'подозреваемый' for
    'подозреваемых' named the word pymorphy3 lemmatises as 'подозревать'."""
    return {head} | {normal_word(form) for form in normal_forms(head)}


def normal_forms(word):
    """Every normal form pymorphy3 offers for a word (none for a number or a sign)."""
    from pipeline.lemma import analyzer
    return {parse.normal_form for parse in analyzer().parse(word)} if word.isalpha() else set()


def metric_right(gold, pred, token_lemmas=None):
    gold_metric, pred_metric = gold.get("metric"), pred.get("metric")
    if not gold_metric or not pred_metric:
        return not gold_metric and not pred_metric
    head = normal_word(gold_metric.get("head"))
    if token_lemmas is not None:
        return not head_lemmas(head).isdisjoint(lemmas_in(pred_metric, token_lemmas))
    # No Doc at hand (hand-made predictions): the predicted head, or a word
    # of the predicted text, must be the gold head.
    words = {normal_word(word) for word in pred_metric.get("text", "").split()}
    return head == normal_word(pred_metric.get("head")) or head in words


def qualifiers_right(gold, pred):
    gold_list, pred_list = gold.get("qualifiers") or [], pred.get("qualifiers") or []
    if len(gold_list) != len(pred_list):
        return False
    used = set()
    for qualifier in gold_list:
        partner = next((i for i, other in enumerate(pred_list)
                        if i not in used and overlaps(qualifier, other)), None)
        if partner is None:
            return False
        used.add(partner)
    return True


def optional_span_right(gold_span, pred_span):
    if not gold_span or not pred_span:
        return not gold_span and not pred_span
    return overlaps(gold_span, pred_span)


def judge_pair(gold, pred, token_lemmas=None):
    """{measure: right?} for one paired gold and predicted claim."""
    return {
        "metric": metric_right(gold, pred, token_lemmas),
        "direction": gold.get("direction") == pred.get("direction"),
        "qualifiers": qualifiers_right(gold, pred),
        "time": optional_span_right(gold.get("time"), pred.get("time")),
        "source": optional_span_right(gold.get("source"), pred.get("source")),
    }


class ClaimsScore:
    def __init__(self, context_errors=False):
        self.context_errors = context_errors
        self.figure = Counts()
        self.claim = Counts()
        self.pairs = {measure: Share() for measure in PAIR_MEASURES}
        self.documents = 0
        self.errors = []

    def add(self, doc_id, text, gold_claims, pred_claims, token_lemmas=None):
        """Score one document's claims (lists of CLAIMS.md dicts)."""
        self.documents += 1
        pairs = match_figures(gold_claims, pred_claims)
        strict = 0
        for g, p in pairs:
            verdict = judge_pair(gold_claims[g], pred_claims[p], token_lemmas)
            for measure, right in verdict.items():
                self.pairs[measure].count(right)
            if verdict["metric"] and verdict["direction"]:
                strict += 1
            else:
                wrong = [m for m in ("metric", "direction") if not verdict[m]]
                self.errors.append(_error("wrong " + "+".join(wrong), doc_id, text,
                                          gold_claims[g], pred_claims[p]))
            context_wrong = [m for m in CONTEXT_MEASURES if not verdict[m]]
            if self.context_errors and context_wrong:
                self.errors.append(_error("wrong " + "+".join(context_wrong), doc_id, text,
                                          gold_claims[g], pred_claims[p]))
        self._count(self.figure, len(pairs), len(gold_claims), len(pred_claims))
        self._count(self.claim, strict, len(gold_claims), len(pred_claims))
        paired_gold = {g for g, _ in pairs}
        paired_pred = {p for _, p in pairs}
        for g, gold in enumerate(gold_claims):
            if g not in paired_gold:
                self.errors.append(_error("miss", doc_id, text, gold, None))
        for p, pred in enumerate(pred_claims):
            if p not in paired_pred:
                self.errors.append(_error("false alarm", doc_id, text, None, pred))

    @staticmethod
    def _count(counts, right, gold_total, pred_total):
        counts.tp += right
        counts.fn += gold_total - right
        counts.fp += pred_total - right

    def as_dict(self):
        return {
            "documents": self.documents,
            "figure": self.figure.as_dict(),
            "claim": self.claim.as_dict(),
        } | {measure: share.as_dict() for measure, share in self.pairs.items()}


def _error(kind, doc_id, text, gold, pred):
    anchor = (gold or pred)["figure"]
    start, end = anchor["start"], anchor["end"]
    before = text[max(0, start - CONTEXT):start] if text else ""
    after = text[end:end + CONTEXT] if text else ""
    figure_text = text[start:end] if text else anchor.get("text", "")
    return {
        "kind": kind,
        "doc": doc_id,
        "start": start,
        "end": end,
        "context": " ".join(f"{before}[{figure_text}]{after}".split()),
        "gold": _summary(gold),
        "predicted": _summary(pred),
    }


def _summary(claim):
    if claim is None:
        return None
    metric = claim.get("metric") or {}
    return {
        "figure": claim["figure"].get("text"),
        "value": claim.get("value"),
        "unit": claim.get("unit"),
        "metric": metric.get("text"),
        "head": metric.get("head"),
        "direction": claim.get("direction"),
        "qualifiers": [q.get("text") for q in claim.get("qualifiers") or []],
        "time": (claim.get("time") or {}).get("text"),
        "source": (claim.get("source") or {}).get("text"),
    }


def doc_token_lemmas(doc):
    """[(start, end, lemmas)] of a spaCy Doc's tokens, spaces left out.

    A word's lemmas are the one our pipeline chose and every normal form
    pymorphy3 offers for it: the gold head is "pymorphy3's lemma of the
    metric's head" (CLAIMS.md), and for "осадков" (осадок / осадки) or
    "занятых" (занять / занятый) annotators may pick either. The word
    itself must still lie in the predicted span.
    """
    return [(t.idx, t.idx + len(t.text), {t.lemma_} | normal_forms(t.text))
            for t in doc if not t.is_space]
