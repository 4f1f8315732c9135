"""From a parsed Doc to its list of claims (docs/CLAIMS.md dicts).

Per sentence: find the figures (figures.py), drop the non-claims
(exclusions.py, furniture, numbers inside names), then give each figure
its trigger and direction (triggers.py), its metric (metric.py) and its
qualifiers, time and source (context.py). Figures of one sentence that
lack a metric inherit it from the figure before them (ellipsis, lists).
Only sentences holding a number are looked at in any detail.
"""
from pipeline.claims import context, metric, triggers
from pipeline.claims.exclusions import exclusion
from pipeline.claims.figures import find_figures
from pipeline.claims.lexicon import normalize
from pipeline.claims.numbers import is_number_start
from pipeline.claims.units import read_compound
from pipeline.claims.words import words_from_span
from pipeline.furniture import in_furniture
from pipeline.tokenize import sentence_ranges

LIST_SEPARATORS = {",", ":", ";", "–", "—", "-", "а", "и", "но", "(", "также"}
CHANGE_DIRECTIONS = ("increase", "decrease")


class Found:
    """One figure while it is being described (token indices into the Doc)."""
    __slots__ = ("figure", "tokens", "anchor", "inside", "trigger", "direction",
                 "change", "bound", "metric", "qualifiers", "time", "source", "sentence")

    def __init__(self, figure, tokens, sentence):
        self.figure = figure
        self.tokens = tokens
        self.inside = frozenset(t.i for t in tokens)
        self.anchor = _anchor(tokens, figure)
        self.sentence = sentence
        self.trigger = self.direction = self.change = self.metric = None
        self.time = self.source = None
        self.bound = figure.bound
        self.qualifiers = []


def extract_claims(doc):
    sentences = sentence_ranges(doc)
    paragraphs = _paragraph_starts(doc, sentences)
    text = doc.text          # spaCy joins the tokens anew on each doc.text
    entities = list(doc.ents)
    times = context.TimePhrases(doc)
    claims = []
    for index, sentence in enumerate(sentences):
        if not _may_hold_number(doc, *sentence):
            continue
        words = words_from_span(doc, *sentence, text=text)
        found = [_describe(doc, words, figure, sentence)
                 for figure in find_figures(words) if _is_claim(doc, words, figure, entities)]
        if not found:
            continue
        _inherit_along_lists(doc, words, found)
        paragraph = sentences[paragraphs[index]:index + 1]
        _add_context(doc, found, sentence, paragraph, times)
        claims.extend(_to_dict(doc, text, item) for item in found)
    return claims


def _may_hold_number(doc, start, end):
    for token in doc[start:end]:
        text = token.text
        if text[:1].isdigit() or (not token.is_space and (is_number_start(text) or read_compound(normalize(text)))):
            return True
    return False


def _paragraph_starts(doc, sentences):
    """For each sentence, the index of the first sentence of its paragraph."""
    firsts = []
    current = 0
    for index, (start, _) in enumerate(sentences):
        if index and "\n" in _gap_before(doc, start):
            current = index
        firsts.append(current)
    return firsts


def _gap_before(doc, start):
    """Whitespace right before token `start` (spaces are their own tokens)."""
    k = start - 1
    gap = ""
    while k >= 0 and doc[k].is_space:
        gap = doc[k].text + gap
        k -= 1
    return gap


def _is_claim(doc, words, figure, entities):
    char_start, char_end = words.starts[figure.start], words.ends[figure.end - 1]
    if in_furniture(doc, char_start, char_end):
        return False
    if exclusion(words, figure):
        return False
    # a count inside a name ("Phillips 66", "Формула 1") is part of the name
    if figure.unit == "count":
        token = words.tokens[figure.number_start]
        for entity in entities:
            if entity.start <= token.i < entity.end:
                return False
    return True


def _anchor(tokens, figure):
    """The token of the figure that the tree attaches elsewhere."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def _describe(doc, words, figure, sentence):
    tokens = words.tokens[figure.start:figure.end]
    item = Found(figure, tokens, sentence)
    _find_trigger(doc, words, item)
    head = metric.metric_head(figure, item.anchor, item.inside, item.trigger, item.direction)
    if head is None and figure.unit in ("count",) and item.anchor.head.pos_ == "NOUN" \
            and item.anchor.head.i < item.anchor.i and item.anchor.head.i not in item.inside:
        head = item.anchor.head   # "количество арестованных журналистов (67)"
    if head is not None:
        item.metric = (metric.phrase(head, item.inside), head)
    return item


def _find_trigger(doc, words, item):
    figure = item.figure
    trigger = triggers.governing_trigger(item.anchor, item.inside)
    if trigger is None and (figure.preposition in ("на", "до") or figure.unit == "times"):
        previous_end = _previous_figure_end(words, figure)
        trigger = triggers.nearest_trigger_left(doc, item.tokens[0].i, previous_end)
    if trigger is None:
        # "рост числа посетителей — уже 30%": a change noun as the figure's subject
        for child in item.anchor.children:
            if child.dep_ == "nsubj" and triggers.direction_of(child) in CHANGE_DIRECTIONS:
                trigger = child
    direction = triggers.direction_of(trigger) if trigger is not None else None
    if trigger is not None and direction is None:
        direction = triggers.comparative_direction(trigger)
        if figure.unit == "times":
            trigger = direction = None   # "в 10 раз больше": a ratio, no direction
    if direction == "level" and trigger.pos_ == "VERB":
        # "рост цен составил 5%": the change noun carries the direction
        subject = metric.subject_or_object(trigger, item.inside, prefer_object=False)
        if subject is not None and triggers.direction_of(subject) in CHANGE_DIRECTIONS:
            trigger, direction = subject, triggers.direction_of(subject)
    if figure.unit in ("count", "fraction") and trigger is not None and trigger.pos_ != "NOUN":
        # a count is the object of "составить", "потерять"... only as a quantity
        subject = metric.subject_or_object(trigger, item.inside, prefer_object=False)
        names_quantity = subject is not None and metric.lemma_of(subject) in metric.quantity_nouns()
        if not names_quantity and figure.preposition not in ("на", "до"):
            trigger = direction = None
    item.trigger, item.direction = trigger, direction
    item.change = triggers.change_of(figure, direction)
    if direction in CHANGE_DIRECTIONS and figure.preposition == "до" and item.bound == "less_than":
        item.bound = None
    if direction == "level" and trigger is not None and item.bound is None:
        item.bound = triggers.level_bound(trigger)


def _previous_figure_end(words, figure):
    """Token index where the search for a trigger to the left stops."""
    return words.tokens[0].i


def _inherit_along_lists(doc, words, found):
    """Ellipsis and lists: a figure without a metric takes its neighbour's."""
    for k, item in enumerate(found):
        if item.metric is not None:
            continue
        donor = _donor(found, k, words)
        if donor is None:
            continue
        item.metric = donor.metric
        if item.trigger is None and donor.trigger is not None and item.figure.unit == donor.figure.unit:
            item.trigger, item.direction = donor.trigger, donor.direction
            item.change = triggers.change_of(item.figure, item.direction)
    for k, item in enumerate(found):
        if _shares_metric(found, k, k - 1) or _shares_metric(found, k, k + 1):
            qualifier = _list_qualifier(doc, words, found, k)
            if qualifier:
                item.qualifiers = [qualifier]


def _shares_metric(found, k, other):
    if not 0 <= other < len(found) or found[k].metric is None or found[other].metric is None:
        return False
    return found[k].metric[1].i == found[other].metric[1].i


def _donor(found, k, words):
    item = found[k]
    # "Шестеро из семи кандидатов": the part takes the whole's noun
    after = item.figure.number_end
    if k + 1 < len(found) and words.norms[after:after + 1] == ["из"] \
            and found[k + 1].figure.start == after + 1 and found[k + 1].metric is not None:
        return found[k + 1]
    for previous in reversed(found[:k]):
        if previous.metric is not None and _same_kind(previous.figure.unit, item.figure.unit):
            return previous
    return None


def _same_kind(left, right):
    return left == right or {left, right} <= {"count", "fraction"}


def _list_qualifier(doc, words, found, k):
    """The words that set a list item apart: 'в общественных местах на 36%'."""
    item = found[k]
    first = item.tokens[0].i
    # step back over the preposition and bound words of the figure
    position = first - 1
    while position >= 0 and (doc[position].pos_ in ("ADP",) or normalize(doc[position].text) in ("более", "менее", "около", "почти")):
        position -= 1
    end = position + 1
    previous_end = found[k - 1].tokens[-1].i + 1 if k else item.sentence[0]
    start = end
    while start - 1 >= max(previous_end, item.sentence[0]) and normalize(doc[start - 1].text) not in LIST_SEPARATORS:
        start -= 1
    if start >= end or end - start > 7:
        return None
    span = doc[start:end]
    if not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in span) or any(t.pos_ == "VERB" and t.dep_ == "root" for t in span):
        return None
    if item.metric and start <= item.metric[0][0] < end:
        return None
    return start, end


def _add_context(doc, found, sentence, paragraph, times):
    earlier = paragraph[:-1]
    source = context.claim_source(doc, sentence, paragraph)
    for item in found:
        item.time = context.claim_time(times, sentence, earlier, sorted(item.inside))
        item.source = source
        if not item.qualifiers:
            metric_span = item.metric[0] if item.metric else None
            item.qualifiers = context.qualifiers(item.anchor, item.inside, metric_span, item.trigger, item.time)


def _span_dict(doc, start, end, **extra):
    span = doc[start:end]
    return {"start": span.start_char, "end": span.end_char, "text": span.text, **extra}


def _to_dict(doc, text, item):
    figure = item.figure
    metric_dict = None
    if item.metric:
        (start, end), head = item.metric
        metric_dict = _span_dict(doc, start, end, head=normalize_head(head))
    trigger_dict = None
    if item.trigger is not None:
        t = item.trigger
        trigger_dict = _span_dict(doc, t.i, t.i + 1, lemma=t.lemma_)
    source_dict = None
    if item.source:
        start, end = item.source
        source_dict = _span_dict(doc, start, end, cluster=context.cluster_of(doc, start, end))
    first, last = item.tokens[0], item.tokens[-1]
    return {
        "figure": {"start": first.idx, "end": last.idx + len(last.text),
                   "text": text[first.idx:last.idx + len(last.text)]},
        "value": float(figure.value),
        "value_max": float(figure.value_max) if figure.value_max is not None else None,
        "value_from": float(figure.value_from) if figure.value_from is not None else None,
        "bound": item.bound,
        "unit": figure.unit,
        "metric": metric_dict,
        "direction": item.direction,
        "change": item.change,
        "trigger": trigger_dict,
        "qualifiers": [_span_dict(doc, s, e) for s, e in item.qualifiers],
        "time": _span_dict(doc, *item.time) if item.time else None,
        "source": source_dict,
    }


def normalize_head(token):
    return token.lemma_
