"""Nouns a writer leaves out after an adjective (ellipsis, CLAIMS.md).

'выпустила девять студийных альбомов и три концертных', 'самый крупный
перевод составил 500 тысяч рублей, самый маленький — 50': the second figure
names only the adjective that sets it apart; the noun it measures is the one
of the parallel figure before it, without that figure's own contrasting
adjectives.

'Число погибших выросло до 312 человек, еще 1,4 тысячи получили ранения':
a bare count with a verb of its own counts the noun the count before it
named, not the number that verb moved.
"""
from pipeline.claims import metric, near_figure, word_kinds
from pipeline.claims.part_openers import whole_past_its_part

# words an adjective phrase standing for a noun is made of ('самый маленький', 'концертных')
ADJECTIVE_TAGS = {"ADJ", "DET"}


def noun_left_out(doc, found, paragraph_found):
    """Give a figure whose metric is a bare adjective the noun of the nearest
    earlier figure of the paragraph with the same unit whose metric is that
    noun with adjectives of its own."""
    earlier = list(paragraph_found)
    for item in found:
        if _bare_adjective(doc, item):
            donor = _parallel_figure(item, earlier)
            if donor is not None:
                _take_noun(doc, item, donor)
        earlier.append(item)


def _bare_adjective(doc, item):
    """'три концертных', 'самый маленький составил': a metric of adjectives
    only, whose head no dictionary reads as a noun ('котельных' is one)."""
    if item.metric is None:
        return False
    (start, end), head = item.metric
    words = doc[start:end]
    return head.pos_ == "ADJ" and not word_kinds.dictionary_noun(head) \
        and all(token.pos_ in ADJECTIVE_TAGS for token in words)


def _parallel_figure(item, earlier):
    """The nearest earlier figure of the same unit measuring a noun with an
    adjective before it that the bare adjective agrees with."""
    head = item.metric[1]
    for donor in reversed(earlier):
        if donor.metric is None or donor.figure.unit != item.figure.unit:
            continue
        (start, _), noun = donor.metric
        if noun.pos_ == "NOUN" and start < noun.i and noun.doc[start].pos_ in ADJECTIVE_TAGS \
                and word_kinds.agrees(noun, head):
            return donor
        return None   # only the figure right before may lend its noun
    return None


def _take_noun(doc, item, donor):
    """The donor's phrase less as many leading adjectives as the figure names
    in their place ('студийных альбомов' less 'студийных')."""
    own = _adjectives_named(item.metric[1])
    (start, end), noun = donor.metric
    dropped = 0
    while dropped < own and start < noun.i and doc[start].pos_ in ADJECTIVE_TAGS:
        start, dropped = start + 1, dropped + 1
    # the donor's phrase may run on past its noun ('перевод составил'): the noun ends it
    while end - 1 > noun.i and doc[end - 1].pos_ in ("VERB", "AUX", "PUNCT"):
        end -= 1
    item.metric = ((start, end), noun)


def _adjectives_named(head):
    """'самый маленький': the adjective and the words before it that grade it."""
    return 1 + sum(1 for child in head.lefts if child.pos_ in ADJECTIVE_TAGS | {"ADV"})


def count_with_its_own_verb(doc, found):
    """A bare count whose clause has a verb other than the figure before it
    ('еще 20 получили ожоги') counts that figure's own noun ('57 человек');
    it takes neither that figure's subject ('Число пострадавших') nor its verb."""
    for k, item in enumerate(found):
        if k == 0 or item.metric is not None or item.trigger is not None or item.figure.unit != "count":
            continue
        donor = whole_past_its_part(item, found[:k])
        noun = near_figure.own_counted_noun(donor.figure, donor.inside, doc)
        if noun is None or not _verb_right_after(doc, item):
            continue
        item.metric = (metric.phrase(noun, donor.inside), noun)


# how far past a figure its own verb may stand ('20 человек получили' reads as one noun away)
VERB_REACH = 3


def _verb_right_after(doc, item):
    """'еще 20 получили ожоги', 'еще 30 госпитализированы': a verb of the
    figure's own clause follows it, before any comma or dash (the parse may
    hang the figure from the verb before)."""
    last = item.tokens[-1].i
    for token in doc[last + 1:min(last + 1 + VERB_REACH, len(doc))]:
        if token.is_punct and token.text != ".":
            return False
        if word_kinds.finite_verb(token) or "Short" in token.morph.get("Variant"):
            return True
    return False


def rest_of_a_whole(doc, found, paragraph_found):
    """'96% котельных работают, оставшиеся четыре подключат': a bare count
    marked as the rest counts what the paragraph's figure before it measures,
    whatever that figure's unit."""
    earlier = list(paragraph_found)
    for item in found:
        if item.metric is None and item.figure.unit == "count" and _marked_as_rest(doc, item):
            donor = next((d for d in reversed(earlier) if d.metric is not None), None)
            if donor is not None and donor.metric[1].pos_ == "NOUN":
                item.metric = donor.metric
        earlier.append(item)


def _marked_as_rest(doc, item):
    first = item.tokens[0].i
    # a participle's lemma is its verb ('остаться'): compare its masculine nominative
    return first > 0 and _adjective_lemma(doc[first - 1]) in word_kinds.measure_words("remainder_words")


def _adjective_lemma(token):
    readings = word_kinds.dictionary_readings(token.lower_)
    for reading in readings:
        if reading.tag.POS in ("ADJF", "PRTF"):
            form = reading.inflect({"sing", "masc", "nomn"})
            return form.word if form else None
    return None


def bare_figure_after_named_one(doc, found, paragraph_found):
    """'до 150 тысяч колёс в год. Сейчас завод делает около девяноста тысяч',
    'на Германию пришлось 27,3 млрд кубометров, на Италию — 15,1 млрд': a
    figure with no metric, no verb of its own and no noun after it measures
    what the paragraph's nearest earlier figure of the same unit measures (a
    count, the noun it counts). 'Лидеры по числу принятых россиян: Германия
    (75 тыс.)': after a colon, the noun the heading counts comes first."""
    earlier = list(paragraph_found)
    for item in found:
        if item.metric is None and item.trigger is None and item.comparative is None \
                and not _noun_of_its_own(doc, item) and not near_figure.counts_times_of_its_verb(item):
            item.metric = _counted_by_heading(doc, item) or _named_by_figure_before(doc, item, earlier)
        earlier.append(item)


def _noun_of_its_own(doc, item):
    """A noun or adjective right after the figure: it names its own measure."""
    word = word_kinds.word_at_or_after(doc, item.tokens[-1].i + 1)
    return word is not None and word.pos_ in ("NOUN", "PROPN", "ADJ")


def _named_by_figure_before(doc, item, earlier):
    """The metric (for a count, the counted noun) of the nearest earlier
    figure of the same unit; only that figure may lend it."""
    unit = item.figure.unit
    if unit not in word_kinds.measure_words("units_carried_to_bare_figures"):
        return None
    same_unit = [d for d in earlier if d.figure.unit == unit]
    donor = whole_past_its_part(item, same_unit) if same_unit else None
    if donor is None or not _same_unit_word(item, donor):
        return None
    if unit == "count":
        noun = near_figure.own_counted_noun(donor.figure, donor.inside, doc)
        return (metric.phrase(noun, donor.inside), noun) if noun is not None else None
    return donor.metric


def _counted_by_heading(doc, item):
    """'Лидеры по числу принятых россиян: ...': the genitive of a counting
    noun before a colon earlier in the figure's sentence."""
    colon = next((i for i in range(item.tokens[0].i - 1, item.sentence[0] - 1, -1) if doc[i].text == ":"), None)
    if colon is None:
        return None
    counting = word_kinds.measure_words("heading_count_nouns")
    for token in doc[item.sentence[0]:colon]:
        if word_kinds.lemma_of(token) in counting:
            counted = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ in word_kinds.NOUNISH), None)
            if counted is not None:
                return metric.phrase(counted), counted
    return None


def _same_unit_word(item, donor):
    """'27,3 млрд кубометров' after '92,6 млрд кубометров': one unit 'other'
    holds metres, m/s and tonnes alike, so the unit words must match, unless
    the figure has none of its own ('на Италию — 15,1 млрд')."""
    if item.figure.unit != "other":
        return True
    own = item.tokens[-1]
    if word_kinds.number_word(own) or own.like_num:
        return True
    return word_kinds.lemma_of(own) == word_kinds.lemma_of(donor.tokens[-1])
