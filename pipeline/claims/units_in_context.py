"""Units a figure takes from the figures around it.

A bare number borrows the unit written once for its list ('на 50 и 30
метров'), a bare amount with a scale word takes the currency the paragraph
last named ('18,6 млрд рублей. Из них 4,2 млрд'), and a bare number after a
named measure takes that measure ('рейтинг — 2804 ... Сакаев (2637)').
extract.py lets a sentence's figures share units and carry the currency
before it describes them, and applies a named measure once their metrics
are known.
"""
from pipeline.claims import dashes, word_kinds
from pipeline.claims.lexicon import skipped_before_figure
from pipeline.claims.units import CURRENCIES


# Parallel values of one quantity are of one order of magnitude.
SHARED_UNIT_RATIO = 10


UNIT_LINKS = {"и", "или", ",", "-", "–", "—", "…"}


def share_units(words, figures):
    """A bare number takes the unit written once for its list.

    'на 50 и 30 метров' (the unit follows), 'в Акмолинской — 6,1 млн тонн, в
    Северо-Казахстанской — 5,4 млн' (the unit came before). A bare number is
    a count with no noun after it; its partner must be of similar size.
    """
    shared = list(figures)
    for k, figure in enumerate(figures):
        if figure.unit != "count" or figure.kind != "cardinal" or _counts_something(words, figure):
            continue
        after = figures[k + 1] if k + 1 < len(figures) else None
        before = shared[k - 1] if k else None   # a unit passes down a whole list
        if after is not None and after.unit != "count" and words.norms[figure.end:figure.end + 1] \
                and words.norms[figure.end] in UNIT_LINKS and after.start == figure.end + 1 \
                and _similar_size(figure.value, after.value):
            shared[k] = figure._replace(unit=after.unit)
        elif before is not None and before.unit != "count" and _similar_size(figure.value, before.value) \
                and figure.start and words.norms[figure.start - 1] in dashes.DASHES | skipped_before_figure("bounds"):
            shared[k] = figure._replace(unit=before.unit)
    return shared


def carry_currency(words, figures, money):
    """'Инвестиции составили 18,6 млрд рублей. Из них 4,2 млрд …': a bare
    amount with a scale word and nothing counted after it is in the currency
    the paragraph last named. Returns the figures and that currency."""
    carried = []
    for figure in figures:
        if money and figure.unit == "count" and not _counts_something(words, figure) \
                and any(norm.rstrip(".") in word_kinds.scale_words() for norm in words.norms[figure.number_start:figure.end]):
            figure = figure._replace(unit=money)
        if figure.unit in CURRENCIES:
            money = figure.unit
        carried.append(figure)
    return carried, money


def _counts_something(words, figure):
    end = figure.end
    if end >= len(words.texts):
        return False
    token = words.tokens[end] if words.tokens is not None else None
    if token is None:
        return words.texts[end][:1].isalpha() and words.norms[end] not in UNIT_LINKS
    return token.pos_ in ("NOUN", "ADJ", "PROPN") or (token.pos_ == "ADP" and words.norms[end] == "из")


def _similar_size(left, right):
    left, right = abs(left), abs(right)
    return bool(left and right) and max(left, right) / min(left, right) <= SHARED_UNIT_RATIO


def apply_measure_units(doc, found, measure):
    """'рейтинг — 2804' is measured in rating points; later bare numbers of the
    paragraph ('Сакаев (2637)') take that metric and unit. Returns the measure in force."""
    units = word_kinds.metric_units()
    for item in found:
        if item.figure.unit != "count":
            continue
        if measure is not None and _bare_beside_name(doc, item):
            item.metric = measure
            item.figure = item.figure._replace(unit=units[word_kinds.lemma_of(measure[1])])
        elif item.metric is not None and word_kinds.lemma_of(item.metric[1]) in units:
            item.figure = item.figure._replace(unit=units[word_kinds.lemma_of(item.metric[1])])
            measure = item.metric
    return measure


def _bare_beside_name(doc, item):
    """'Сакаев (2637)', 'занимает двадцатое место в списке — 2695': a number
    standing alone beside a name or after a dash, counting nothing."""
    first, last = item.tokens[0].i, item.tokens[-1].i
    before = doc[first - 1].text if first else ""
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "ADJ"):
        return False
    return (before == "(" and after is not None and after.text == ")") or before in ("—", "–")
