"""A term adjective that names a kind of deposit or bond is not a claim.

'доходность десятилетних казначейских облигаций', 'спред между 10-летними и
2-летними бумагами', 'с учётом шестимесячного Euribor', 'по трехмесячным
вкладам ставки снизились': the term sorts the instruments into kinds, as a
flat's rooms sort flats (compounds.json); the figure of the sentence is the
yield or the rate. The gold of fresh-bn, -ce, -dd and -dl leaves all nine
such adjectives out. An adjective standing alone ('по полугодовым — на
0,3 п.п.') takes the noun of the parallel phrase before it, found by case
and number. Word list: exclusions.json (term_instruments).
"""
from pipeline.claims.exclusions.shared import _lemma, cues
from pipeline.claims.words import feature, pos

TERM_UNITS = {"year", "month", "day"}


def is_term_of_instrument(words, figure):
    """'десятилетних казначейских облигаций': a term adjective before a deposit or bond."""
    if figure.kind != "compound" or figure.unit not in TERM_UNITS:
        return False
    adjective = figure.end - 1
    noun = _noun_after_adjectives(words, figure.end)
    if noun is None:
        noun = _parallel_noun_before(words, adjective)
    return noun is not None and _lemma(words, noun) in cues()["term_instruments"]


def _noun_after_adjectives(words, index):
    """The noun the adjectives from `index` on describe, or None when none follows."""
    while index < len(words.texts) and pos(words, index) == "ADJ":
        index += 1
    return index if index < len(words.texts) and pos(words, index) in ("NOUN", "PROPN") else None


def _parallel_noun_before(words, adjective):
    """For an adjective with no noun, the nearest noun before it in the same case and number."""
    case, number = feature(words, adjective, "Case"), feature(words, adjective, "Number")
    if case is None:
        return None
    for index in range(adjective - 1, -1, -1):
        if pos(words, index) in ("NOUN", "PROPN") and feature(words, index, "Case") == case \
                and feature(words, index, "Number") == number:
            return index
    return None
