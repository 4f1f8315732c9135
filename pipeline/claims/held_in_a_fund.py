"""Money put into or lying in a fund measures the fund: 'В Национальном фонде
накоплено свыше $64 млрд', 'В дорожный фонд заложено 2,7 млрд рублей',
'Резервный фонд, в котором год назад лежало $87,9 млрд'. The amount is the
subject or object of its verb, and the fund hangs on that verb after 'в'
(or stands for 'котором' of a relative clause). A purpose after 'на' ('на
компенсации в бюджете заложено 2,1 млрд') is read by the purpose rules, and
a verb with a subject of its own ('фонд выплатил') is not this shape.

The funds are a short list (measures.json holding_funds): 'в регионе
выделено 500 млн' names a place, not where the money is.
"""
from pipeline.claims.lexicon import case_words, lemma_of
from pipeline.claims.units import CURRENCIES
from pipeline.claims.word_kinds import measure_words

# how the amount hangs on the verb that puts it into the fund
AMOUNT_DEPS = {"nsubj", "nsubj:pass", "obj"}
RELATIVE_CLAUSE = "acl:relcl"


def fund_holding_the_money(figure, anchor, inside, trigger, direction):
    """The fund the amount is put into or lies in, or None."""
    if figure.unit not in CURRENCIES or anchor.dep_ not in AMOUNT_DEPS:
        return None
    verb = anchor.head
    place = next((child for child in verb.children if child.dep_ == "obl" and "в" in case_words(child)
                  and _names_a_fund(child, verb)), None)
    if verb.pos_ != "VERB" or place is None or _has_a_purpose_or_subject(verb, anchor, place):
        return None
    return verb.head if lemma_of(place) == "который" else place


def _names_a_fund(place, verb):
    """A fund, or 'котором' of a relative clause that hangs on a fund."""
    if lemma_of(place) == "который" and verb.dep_ == RELATIVE_CLAUSE:
        place = verb.head
    return lemma_of(place) in measure_words("holding_funds")


def _has_a_purpose_or_subject(verb, anchor, place):
    """'на компенсации ... заложено': a purpose; 'фонд выплатил': a subject
    other than the amount. A 'на' phrase right after the fund is the fund's
    own, whatever the parser hangs it on ('в биржевые фонды на биткоин зашло')."""
    return any(child.i != anchor.i and (child.dep_.startswith("nsubj")
                                        or child.dep_ == "obl" and "на" in case_words(child)
                                        and child.left_edge.i != place.i + 1)
               for child in verb.children)
