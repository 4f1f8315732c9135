"""The circumstances of a claim: qualifiers, time and source.

- qualifiers: prepositional phrases beside the figure that narrow the
  metric ("в общественных местах"), and in a list the words that set one
  item apart ("несовершеннолетними");
- time: a period phrase in the same sentence ("с начала года", "за 2023
  год"), else in an earlier sentence of the same paragraph;
- source: who says it ("по словам министра", "– ..., – подчеркнул Салин",
  "как сообщает polisia.kz"), linked to its entity cluster.
"""
from functools import lru_cache

from pipeline.claims.lexicon import load_json, normalize

QUOTE_DASHES = {"–", "—", "-"}
QUALIFIER_PREPOSITIONS = {"в", "во", "на", "среди", "у", "из", "по", "для", "между", "без"}


@lru_cache(maxsize=None)
def context_lexicon():
    data = load_json("context.json")
    return {
        "time_nouns": {normalize(w) for w in data["time_nouns"]},
        "time_prepositions": {normalize(w) for w in data["time_prepositions"]},
        "time_adverbs": {normalize(w) for w in data["time_adverbs"]},
        "not_time": {tuple(normalize(w) for w in p.split()) for p in data["not_time"]},
        "speech_verbs": {normalize(w) for w in data["speech_verbs"]},
        "source_prepositions": [tuple(normalize(w) for w in p) for p in data["source_prepositions"]],
        "not_sources": {tuple(normalize(w) for w in p.split()) for p in data["not_sources"]},
    } | {"source_openers": _by_first_word(data["source_prepositions"])}


def _by_first_word(cues):
    """{first word: [cue, ...]}, so a sentence is read once, not once per cue."""
    openers = {}
    for cue in cues:
        key = tuple(normalize(w) for w in cue)
        openers.setdefault(key[0], []).append(key)
    return openers


def lemma_of(token):
    return normalize(token.lemma_)


def subtree_span(token, limit_start, limit_end):
    left = max(token.left_edge.i, limit_start)
    right = min(token.right_edge.i + 1, limit_end)
    return left, right


# ------------------------------------------------------------------ time

def time_phrases(doc, start, end):
    """(start_i, end_i) of the period phrases in tokens [start, end)."""
    lexicon = context_lexicon()
    found = []
    for token in doc[start:end]:
        lemma = lemma_of(token)
        if token.pos_ == "ADV" and lemma in lexicon["time_adverbs"] and token.i == start + _first_word(doc, start, end):
            found.append((token.i, token.i + 1))
            continue
        if token.pos_ != "NOUN" or lemma not in lexicon["time_nouns"]:
            continue
        cases = [c for c in token.children if c.dep_ == "case"]
        if not cases or normalize(cases[0].text) not in lexicon["time_prepositions"]:
            continue
        if any(normalize(c.text) == "чем" for c in token.children):
            continue   # "больше, чем в 2005 году": the base of a comparison, not the claim's period
        modifiers = [c for c in token.children if c.dep_ in ("amod", "det", "nmod", "nummod")]
        words = (normalize(cases[0].text), normalize(token.text))
        if not modifiers and words in lexicon["not_time"]:
            continue
        if not modifiers and lemma in ("день", "время", "сутки", "вечер"):
            continue
        left = min(cases[0].i, token.left_edge.i)
        while left < cases[0].i and doc[left].pos_ in ("PUNCT", "SCONJ", "CCONJ", "SPACE"):
            left += 1
        right = token.right_edge.i + 1
        if right - left > 8:
            right = token.i + 1
        found.append((left, right))
    return _outermost(found)


def _first_word(doc, start, end):
    for k, token in enumerate(doc[start:end]):
        if not token.is_space and token.pos_ != "PUNCT":
            return k
    return 0


def _outermost(spans):
    spans.sort()
    kept = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            if span[1] > kept[-1][1]:
                kept[-1] = (kept[-1][0], span[1])
            continue
        kept.append(span)
    return kept


# How far back in a paragraph a claim's period may stand. Without a bound a
# long paragraph with no period phrase costs the square of its length.
TIME_LOOKBACK_SENTENCES = 6


class TimePhrases:
    """time_phrases of each sentence of one doc, found once and remembered."""

    def __init__(self, doc):
        self.doc = doc
        self._found = {}

    def __call__(self, sentence):
        found = self._found.get(sentence)
        if found is None:
            found = self._found[sentence] = time_phrases(self.doc, *sentence)
        return found


def claim_time(times, sentence, earlier_sentences, figure_tokens, earlier_paragraphs=()):
    """The time span for a figure: nearest in its sentence, else the paragraph before it,
    else a period that opens a sentence of the paragraphs before ("Так, с начала года ...").

    Only a bounded number of sentences is looked at, each found once (TimePhrases).
    """
    phrases = [p for p in times(sentence) if not (p[0] <= figure_tokens[0] < p[1])]
    if phrases:
        position = figure_tokens[0]
        return min(phrases, key=lambda p: abs(p[0] - position))
    for earlier in reversed(earlier_sentences[-TIME_LOOKBACK_SENTENCES:]):
        phrases = times(earlier)
        if phrases:
            return phrases[-1]
    reach = TIME_LOOKBACK_SENTENCES - min(len(earlier_sentences), TIME_LOOKBACK_SENTENCES)
    for earlier in reversed(earlier_paragraphs[-reach:] if reach else ()):
        phrases = times(earlier)
        if phrases:
            return phrases[0] if _frames_what_follows(times.doc, earlier, phrases[0]) else None
    return None


# A framing period stands among the first words of its sentence ("Так, с начала года").
OPENING_WORDS = 3
# Only a period running from a start up to now frames later paragraphs:
# "с начала года", "с января"; "в 2021 году" or "за неделю" stay in their paragraph.
RUNNING_PERIOD_PREPOSITIONS = {"с", "со"}


def _frames_what_follows(doc, sentence, phrase):
    if normalize(doc[phrase[0]].text) not in RUNNING_PERIOD_PREPOSITIONS:
        return False
    words = [t for t in doc[sentence[0]:phrase[0]] if not t.is_space and t.pos_ != "PUNCT"]
    return len(words) < OPENING_WORDS


# ------------------------------------------------------------------ source

def claim_source(doc, sentence, paragraph_first, paragraph_last):
    """(start_i, end_i) of who states the claims of this sentence, or None.

    paragraph_first / paragraph_last: the first and the last sentence of the
    paragraph, where a quote opens with a dash and ends with '– сказал X'.
    """
    return (_source_by_preposition(doc, *sentence)
            or _source_of_speech_verb(doc, *sentence)
            or _source_of_quote(doc, paragraph_first, paragraph_last))


def _source_by_preposition(doc, start, end):
    lexicon = context_lexicon()
    norms = [normalize(t.text) for t in doc[start:end]]
    openers = lexicon["source_openers"]
    for k in range(len(norms)):
        for cue in openers.get(norms[k], ()):
            if tuple(norms[k:k + len(cue)]) != cue:
                continue
            after = k + len(cue)
            if tuple(norms[after:after + 2]) in lexicon["not_sources"] or (norms[after:after + 1] and tuple(norms[after:after + 1]) in lexicon["not_sources"]):
                return None
            head = _phrase_head_after(doc, start + after, end)
            if head is not None:
                return _source_span(head, start, end)
    return None


def _phrase_head_after(doc, position, end):
    for token in doc[position:min(position + 6, end)]:
        if token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "X") or any(ch.isalpha() for ch in token.text) and token.text[:1].isupper():
            return token
    return None


def _source_span(token, start, end):
    left, right = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in ("amod", "det", "nmod", "flat", "flat:name", "flat:foreign", "appos", "conj", "cc") and start <= child.i < end:
            left = min(left, child.left_edge.i)
            right = max(right, child.right_edge.i + 1)
    doc = token.doc
    while right - 1 > token.i and doc[right - 1].pos_ == "PUNCT":
        right -= 1
    return max(left, start), min(right, end)


def _source_of_speech_verb(doc, start, end):
    lexicon = context_lexicon()
    for token in doc[start:end]:
        if token.pos_ == "VERB" and lemma_of(token) in lexicon["speech_verbs"]:
            for child in token.children:
                if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN", "X"):
                    return _source_span(child, start, end)
    return None


def _source_of_quote(doc, paragraph_first, paragraph_last):
    """A paragraph opening with a dash is a quote; its last '– сказал X' names X."""
    first = _first_token(doc, *paragraph_first)
    if first is None or first.text not in QUOTE_DASHES | {"«", "\""}:
        return None
    return _source_of_speech_verb(doc, *paragraph_last)


def _first_token(doc, start, end):
    for token in doc[start:end]:
        if not token.is_space:
            return token
    return None


def cluster_of(doc, start, end):
    """The cluster of the entity the source span is headed by, or None.

    'Салин', 'газета «Ведомости»' are their entity; 'начальник УП города
    Караганды' names a person, not the УП it mentions, so it has no cluster.
    """
    head = _span_head(doc, start, end)
    for entity in doc.ents:
        if entity.start <= head < entity.end:
            return getattr(entity._, "cluster", None) if entity.has_extension("cluster") else None
    return None


def _span_head(doc, start, end):
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token.i
    return start


def entity_span(doc, start, end):
    """Narrow a source span to the entity mention inside it, when there is one."""
    for entity in doc.ents:
        if start <= entity.start and entity.end <= end:
            return entity.start, entity.end
    return start, end


# ------------------------------------------------------------------ qualifiers

def qualifiers(anchor, inside, metric, trigger, time):
    """Prepositional phrases next to the figure that narrow its metric."""
    taken = set(inside)
    for span in (metric, time):
        if span:
            taken.update(range(*span))
    spans = []
    holders = [anchor.head] if anchor.head.i != anchor.i else []
    if trigger is not None and trigger not in holders:
        holders.append(trigger)
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in ("obl", "nmod") or child.i in taken or child.pos_ not in ("NOUN", "PROPN"):
                continue
            cases = [c for c in child.children if c.dep_ == "case"]
            if not cases or normalize(cases[0].text) not in QUALIFIER_PREPOSITIONS:
                continue
            if lemma_of(child) in context_lexicon()["time_nouns"]:
                continue
            left, right = min(cases[0].i, child.left_edge.i), child.right_edge.i + 1
            if any(left <= i < right for i in taken) or right - left > 8:
                continue
            spans.append((left, right))
    return sorted(spans)
