"""From a parsed Doc to its list of claims (docs/CLAIMS.md dicts).

Per sentence: find the figures (figures.py), drop the non-claims
(exclusions.py, furniture, numbers inside names), then give each figure
its trigger and direction (triggers.py), its metric (metric.py, whose
rules by concern are in word_kinds.py, subjects.py, frames.py and
dashes.py) and its qualifiers, time and source (context.py). Figures of
one sentence that lack a metric inherit it from the figure before them
(ellipsis, lists).
Only sentences holding a number are looked at in any detail.
"""
from spacy.attrs import ORTH

from pipeline.claims import context, dashes, ellipsis, frames, lists, metric, references, subjects, triggers, units_in_context, word_kinds
from pipeline.claims.exclusions import exclusion
from pipeline.claims.figures import find_figures, join_target_first, may_open_figure
from pipeline.claims.lexicon import skipped_before_figure
from pipeline.claims.units import same_kind
from pipeline.claims.words import words_from_span
from pipeline.furniture import in_furniture
from pipeline.tokenize import sentence_ranges

COMPARATIVE_BOUNDS = {"increase": "more_than", "decrease": "less_than"}


class Found:
    """One figure while it is being described (token indices into the Doc)."""
    __slots__ = ("figure", "tokens", "anchor", "inside", "trigger", "direction",
                 "change", "bound", "metric", "qualifiers", "time", "source", "sentence",
                 "comparative", "refers_back")

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
        self.comparative = None    # "на 9 [больше]", "вдвое [выше]"
        self.refers_back = False   # "..., что на 12% больше": about the claim before


def extract_claims(doc):
    sentences = sentence_ranges(doc)
    token_texts = _token_texts(doc)
    paragraphs = _paragraph_starts(doc, sentences)
    paragraph_ends = _paragraph_ends(paragraphs)
    text = doc.text          # spaCy joins the tokens anew on each doc.text
    entities = list(doc.ents)
    times = context.TimePhrases(doc)
    claims = []
    measure = None       # the paragraph's last named measure ("рейтинг — 2804")
    money = None         # the paragraph's last currency ("18,6 млрд рублей. Из них 4,2 млрд")
    previous = None      # the paragraph's last claim, for "это на 9 больше"
    line_before = None   # (sentence index, its claims) of the last sentence with claims, for list items
    resolved = {}        # the paragraph's pronouns already resolved: {token index: (span, head)}
    lead = None          # what a list led in by a colon measures ("средства распределены так:")
    paragraph_found = []  # the paragraph's claims so far, for a figure whose clause leaves its metric out
    for index, sentence in enumerate(sentences):
        if paragraphs[index] == index:
            measure = previous = money = None
            resolved = {}
            paragraph_found = []
        if not _may_hold_number(token_texts, *sentence):
            continue
        words = words_from_span(doc, *sentence, text=text)
        figures = units_in_context.share_units(words, [figure for figure in find_figures(words)
                                       if _is_claim(doc, words, figure, entities)])
        figures, money = units_in_context.carry_currency(words, figures, money)
        figures = join_target_first(words, figures)
        found = [_describe(doc, words, figure, sentence) for figure in figures]
        if not found:
            continue
        references.resolve_references(found, previous)
        sentence_before = sentences[index - 1] if index > paragraphs[index] else None
        references.resolve_pronouns(doc, found, sentence, sentence_before, resolved)
        ellipsis.parallel_after_dash(doc, found)
        ellipsis.dash_equation_list(doc, found)
        ellipsis.contrasted_figures(doc, found)
        lists.share_in_brackets(doc, found)
        lead = lists.list_lead(doc, sentences, index, lead)
        if lead is not None:
            lead = lists.items_after_lead_in(doc, found, lead)
        if _continues_list(doc, sentences, index, line_before):
            lists.inherit_from_item_before(doc, found, line_before[1], same_kind)
        ellipsis.inherit_along_lists(doc, words, found)
        lists.restated_after_or(doc, found)
        same_paragraph = line_before is not None and line_before[0] >= paragraphs[index]
        lists.parts_of_a_whole(doc, found, line_before[1] if same_paragraph else [], same_kind)
        ellipsis.change_of_the_topic(found, previous, paragraph_found)
        ellipsis.topic_of_an_elliptic_figure(doc, found, paragraph_found)
        paragraph_found = paragraph_found + found
        line_before = (index, found)
        measure = units_in_context.apply_measure_units(doc, found, measure)
        previous = found[-1]
        first = paragraphs[index]
        paragraph = sentences[first:index + 1]
        # sentences of earlier paragraphs, for a period set before ("Так, с начала года ...")
        before = sentences[max(0, first - context.TIME_LOOKBACK_SENTENCES):first]
        _add_context(doc, found, sentence, paragraph, times, before,
                     sentences[paragraph_ends[index] - 1])
        claims.extend(_to_dict(doc, text, item) for item in found)
    return claims


def _continues_list(doc, sentences, index, line_before):
    """Whether this sentence is a list item on its own line right after another item with claims."""
    return line_before is not None and line_before[0] == index - 1 \
        and lists.opens_item(doc, sentences[index]) and lists.opens_item(doc, sentences[index - 1])


def _may_hold_number(texts, start, end):
    return any(may_open_figure(texts[i]) for i in range(start, end))


def _token_texts(doc):
    """Every token's text, read from the Doc's arrays rather than token by token."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def _paragraph_ends(firsts):
    """For each sentence, the index after the last sentence of its paragraph."""
    ends = [len(firsts)] * len(firsts)
    for index in range(len(firsts) - 2, -1, -1):
        ends[index] = index + 1 if firsts[index + 1] != firsts[index] else ends[index + 1]
    return ends


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
    if _find_comparative(doc, item):
        head = None if item.refers_back else frames.compared_head(item.comparative, item.inside)
        if head is not None:
            item.metric = (metric.phrase(head, item.inside), head)
        return item
    _find_trigger(doc, words, item)
    head = metric.metric_head(figure, item.anchor, item.inside, item.trigger, item.direction)
    if head is None and figure.unit in ("count",) and item.anchor.head.pos_ == "NOUN" \
            and item.anchor.head.i < item.anchor.i and item.anchor.head.i not in item.inside \
            and not dashes.before_dash(item.anchor.head, item.inside):
        # "количество арестованных журналистов (67)": the quantity noun above it
        head = frames.quantity_above(item.anchor.head, item.inside) or item.anchor.head
    if head is not None and item.trigger is not None and head.i == item.trigger.i:
        # "Котировки показали рост на 3,5%": the change noun is the trigger;
        # what changes is the subject of the verb that has the change
        head = subjects.subject_of_holder(head, item.inside)
    if head is not None:
        item.metric = (metric.phrase(head, item.inside), head)
    return item


def _find_comparative(doc, item):
    """'на 9 больше, чем в 2005 году', 'вдвое выше нормы': a comparison.

    It is a change (trigger the comparative) when it compares with an
    earlier time or refers back to the claim before it; otherwise it sets
    two things side by side and has no direction (docs/CLAIMS.md notes).
    """
    figure = item.figure
    if figure.preposition not in ("на", "в") and figure.unit != "times":
        return False
    comparative = triggers.comparative_after(doc, item.tokens[-1].i)
    if comparative is None and figure.preposition in ("на", "в"):
        comparative = triggers.comparative_before(doc, item.tokens[0].i)
    if comparative is None:
        return False
    item.comparative = comparative
    item.refers_back = triggers.refers_back(doc, item.tokens[0].i)
    if item.refers_back or triggers.compares_with_past(comparative):
        item.trigger, item.direction = comparative, triggers.comparative_direction(comparative)
    item.change = triggers.change_of(figure, item.direction)
    return True


def _find_trigger(doc, words, item):
    figure = item.figure
    # word order first: a trigger verb right before the figure takes it even
    # when the parser hung the figure on an earlier verb ("выросла ..., а
    # прибыль увеличилась на 64%")
    skipped = skipped_before_figure("bounds_and_prepositions")
    trigger = triggers.adjacent_verb_trigger(doc, item.tokens[0].i, skipped) \
        or triggers.governing_trigger(item.anchor, item.inside) \
        or triggers.verb_of_renamed_target(doc, item.tokens[0].i, skipped)
    if trigger is None and (figure.preposition in ("на", "до") or figure.unit == "times"):
        previous_end = _previous_figure_end(words, figure)
        trigger = triggers.nearest_trigger_left(doc, item.tokens[0].i, previous_end)
    if trigger is None:
        # "рост числа посетителей — уже 30%": a change noun as the figure's subject
        for child in item.anchor.children:
            if child.dep_ == "nsubj" and triggers.direction_of(child) in triggers.CHANGE_DIRECTIONS:
                trigger = child
    if trigger is not None and triggers.another_verb_between(doc, trigger, item.tokens[0].i):
        trigger = None   # "поднялся на 1-е место, опережая «Краснодар» на 1 очко"
    direction = triggers.direction_of(trigger) if trigger is not None else None
    if trigger is not None and direction is None:
        direction = triggers.comparative_direction(trigger)
        if trigger.i < item.tokens[0].i:
            # "выше 55%", "не больше 10%": a comparative before the figure is its
            # bound (CLAIMS.md: "более", "свыше", "больше" -> more_than), not a change
            if item.bound is None:
                item.bound = COMPARATIVE_BOUNDS.get(direction)
            trigger = direction = None
        if figure.unit == "times":
            trigger = direction = None   # "в 10 раз больше": a ratio, no direction
    if direction in triggers.CHANGE_DIRECTIONS and figure.preposition == "в" and figure.unit != "times":
        # "в 19% случаев баллы были повышены": "в N" locates the change among
        # cases; the size of a change is "на N", "до N" or "в N раз"
        trigger = direction = None
    if direction == "level" and trigger.pos_ == "VERB":
        # "рост цен составил 5%": the change noun carries the direction
        subject = subjects.subject_or_object(trigger, item.inside, prefer_object=False)
        if subject is not None and triggers.direction_of(subject) in triggers.CHANGE_DIRECTIONS:
            trigger, direction = subject, triggers.direction_of(subject)
    if figure.unit in ("count", "fraction") and trigger is not None and trigger.pos_ != "NOUN" \
            and direction != "level":
        # "сократила 300 сотрудников": a count that is the object of a change
        # verb is a plain count unless the verb's subject names a quantity or
        # the figure is the size of the change ("на", "до"). A level verb
        # ("штат превысил 4 тысячи человек", "Дети составляют половину
        # заболевших") always states a level (CLAIMS.md: "level only with
        # составлять/достигать/превышать").
        subject = subjects.subject_or_object(trigger, item.inside, prefer_object=False)
        names_quantity = subject is not None and word_kinds.lemma_of(subject) in word_kinds.measure_words("quantity_nouns")
        if not names_quantity and figure.preposition not in ("на", "до"):
            trigger = direction = None
    item.trigger, item.direction = trigger, direction
    item.change = triggers.change_of(figure, direction)
    if direction is None and figure.unit in triggers.SIGNED_CHANGE_UNITS:
        signed = triggers.sign_direction(doc, item.tokens[0].i)
        if signed:
            # "(-1,8%)": a fall by 1.8%, as "снизилось на 1,8%" would say it
            item.figure = figure._replace(value=abs(figure.value))
            item.direction, item.change = signed, "by"
    if direction in triggers.CHANGE_DIRECTIONS and figure.preposition == "до" and item.bound == "less_than":
        item.bound = None
    if direction == "level" and trigger is not None and item.bound is None:
        item.bound = triggers.level_bound(trigger)


def _previous_figure_end(words, figure):
    """Token index where the search for a trigger to the left stops."""
    return words.tokens[0].i


def _add_context(doc, found, sentence, paragraph, times, before, paragraph_last):
    earlier = paragraph[:-1]
    source = context.claim_source(doc, sentence, paragraph[0], paragraph_last)
    for item in found:
        item.time = context.claim_time(times, sentence, earlier, sorted(item.inside), before)
        item.source = source
        if not item.qualifiers:
            metric_span, metric_head = item.metric if item.metric else (None, None)
            item.qualifiers = context.qualifiers(item.anchor, item.inside, metric_span, item.trigger,
                                                 item.time, metric_head, times(sentence))


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
