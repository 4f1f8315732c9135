"""NER scores: naeval's token-level F1 and exact-span P/R/F1, per type.

Both sides, gold and predicted, are prepared the same way before scoring,
as naeval does:
  - keep the scored types, flatten overlaps to the outermost span;
  - drop spans whose ends do not fall on razdel token bounds ("Москва-Баку"
    tokenized as one word cannot hold the LOC "Москва"); the count of such
    gold spans is reported, since the model is not charged for them.
Token level: each razdel token of the text is tagged with the type of the
span covering it; per type, a token tagged so by the prediction and by the
gold is a tp, by the prediction only a fp, by the gold only a fn.
Span level: a predicted span is a tp when a gold span has the same start,
end and type.
"""
from collections import defaultdict

from razdel import tokenize

from pipeline.corpora import drop_overlapping
from pipeline.evaluate.scores import Counts

TYPES = ("PER", "LOC", "ORG")
CONTEXT = 40  # characters shown either side of an error


def razdel_bounds(text):
    """[(start, end)] of the razdel tokens of text."""
    return [(token.start, token.stop) for token in tokenize(text)]


def prepare_spans(spans, bounds, types=TYPES):
    """(kept spans sorted by start, number dropped as misaligned)."""
    starts = {start for start, _ in bounds}
    ends = {end for _, end in bounds}
    typed = drop_overlapping(span for span in spans if span.type in types)
    aligned = [span for span in typed if span.start in starts and span.end in ends]
    return aligned, len(typed) - len(aligned)


def token_types(bounds, spans):
    """The type of the span covering each token, or None."""
    tags = [None] * len(bounds)
    index = 0
    for span in spans:
        while index < len(bounds) and bounds[index][0] < span.start:
            index += 1
        cursor = index
        while cursor < len(bounds) and bounds[cursor][1] <= span.end:
            tags[cursor] = span.type
            cursor += 1
    return tags


class NerScore:
    """Accumulates token and span counts over documents."""

    def __init__(self, types=TYPES):
        self.types = tuple(types)
        self.token = defaultdict(Counts)
        self.span = defaultdict(Counts)
        self.documents = 0
        self.misaligned_gold = 0
        self.misaligned_pred = 0
        self.errors = []

    def add(self, doc_id, text, gold, pred, bounds=None):
        """Score one document; gold and pred are lists of Span."""
        bounds = bounds if bounds is not None else razdel_bounds(text)
        gold, dropped_gold = prepare_spans(gold, bounds, self.types)
        pred, dropped_pred = prepare_spans(pred, bounds, self.types)
        self.documents += 1
        self.misaligned_gold += dropped_gold
        self.misaligned_pred += dropped_pred
        self._count_tokens(bounds, gold, pred)
        self._count_spans(doc_id, text, gold, pred)

    def _count_tokens(self, bounds, gold, pred):
        for gold_type, pred_type in zip(token_types(bounds, gold), token_types(bounds, pred)):
            if gold_type and gold_type == pred_type:
                self.token[gold_type].tp += 1
                continue
            if pred_type:
                self.token[pred_type].fp += 1
            if gold_type:
                self.token[gold_type].fn += 1

    def _count_spans(self, doc_id, text, gold, pred):
        gold_set, pred_set = set(gold), set(pred)
        errors = []
        for span in pred:
            if span in gold_set:
                self.span[span.type].tp += 1
            else:
                self.span[span.type].fp += 1
                errors.append(_error("false alarm", doc_id, text, span, gold))
        for span in gold:
            if span not in pred_set:
                self.span[span.type].fn += 1
                errors.append(_error("miss", doc_id, text, span, pred))
        self.errors += sorted(errors, key=lambda error: (error["start"], error["kind"]))

    def total(self, level):
        counts = Counts()
        for kind in self.types:
            counts.add(getattr(self, level)[kind])
        return counts

    def as_dict(self):
        return {
            "documents": self.documents,
            "misaligned_gold_spans": self.misaligned_gold,
            "misaligned_predicted_spans": self.misaligned_pred,
            "token": {kind: self.token[kind].as_dict() for kind in self.types}
            | {"ALL": self.total("token").as_dict()},
            "span": {kind: self.span[kind].as_dict() for kind in self.types}
            | {"ALL": self.total("span").as_dict()},
        }


def _error(kind, doc_id, text, span, other_side):
    """One span error with its context and what the other side has there."""
    overlapping = [f"{o.type} {text[o.start:o.end]!r}" for o in other_side
                   if o.start < span.end and span.start < o.end]
    return {
        "kind": kind,
        "doc": doc_id,
        "type": span.type,
        "start": span.start,
        "end": span.end,
        "text": text[span.start:span.end],
        "context": _context(text, span.start, span.end),
        "other_side": overlapping,
    }


def _context(text, start, end):
    before = text[max(0, start - CONTEXT):start]
    after = text[end:end + CONTEXT]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())
