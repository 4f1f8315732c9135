"""What a sum paid 'за', a rate charged 'под' or a span taken 'за' belongs to,
when a verb stands between the figure and that noun.

'Десяток яиц брала за 98 рублей', 'колодки поменяли за 4 т. р.': a sum after
'за' is the price of the verb's object (else its subject); 'взял ипотеку в
2021-м под 7,9%', 'кредиты выдаются под 17–19%': a rate after 'под' is the
rate of the loan the verb takes; 'Снег растает за два-три дня', 'билеты
разошлись за сорок минут': a span after 'за' measures how long it took what
the verb's subject names. Development gold after 'за': money 35 with the noun
before, 6 none; spans with a subject 5 to 1. A person, an animal or a pronoun
is who pays or acts, not what is measured, so no metric then.
Used by pipeline/claims/metric.py (money, rates) and durations.py (spans).
"""
from pipeline.claims.lexicon import normalize
from pipeline.claims.near_figure import word_above
from pipeline.claims.subjects import subject_of, subject_or_object
from pipeline.claims.units import CURRENCIES
from pipeline.claims.word_kinds import bound_words, measure_words, names_living_being, word_before


def what_was_paid_for(figure, anchor, inside, trigger, direction):
    """A head rule: what a sum after 'за' is the price of, or what a rate
    after 'под' is charged on ('взял ипотеку в 2021-м под 7,9%', 'кредиты
    выдаются под 17–19%': a verb stands between the loan and its rate)."""
    if trigger is not None:
        return None
    if (figure.unit in CURRENCIES and figure.preposition == "за") or _rate_after_its_preposition(figure, inside, anchor.doc):
        return _object_or_subject_of_the_verb(anchor, inside)
    return None


def _rate_after_its_preposition(figure, inside, doc):
    """'под 7,9%': a percent after a rate preposition (a bound may stand between)."""
    preposition = word_before(doc, min(inside), bound_words("bounds"))
    return figure.unit == "percent" and preposition is not None \
        and normalize(preposition.text) in measure_words("rate_prepositions")


def what_took_the_span(figure, anchor, inside):
    """The subject of the verb before a span after 'за' ('Снег растает за два
    дня'), read by durations.what_lasts. The object of an action someone does
    in that time ('восстановить водопровод за 8 часов') stays without metric:
    the gold splits on it (2 objects, 3 none, one verb)."""
    if figure.preposition != "за":
        return None
    verb = _verb_taking_the_figure(anchor, inside)
    if verb is None:
        return None
    return _inanimate_noun(subject_of(verb, inside))


def _object_or_subject_of_the_verb(anchor, inside):
    """What is bought or lent: the verb's object, else its subject (a passive's goods)."""
    verb = _verb_taking_the_figure(anchor, inside)
    if verb is None:
        return None
    return _inanimate_noun(subject_or_object(verb, inside, prefer_object=True))


def _inanimate_noun(noun):
    """The common noun, unless it is a living being: 'хозяева отыграли две
    шайбы за 97 секунд', a person or team acts, it is not what is measured;
    a name is a buyer or the bought company ('Sun приобрела MySQL за 1 млрд
    долларов', which the gold leaves without metric)."""
    if noun is None or not _common_noun(noun) or names_living_being(noun):
        return None
    return noun


def _common_noun(noun):
    """A noun that is no name; the tagger may take a capitalised noun opening
    a sentence for one ('Десяток яиц в январе брала за 98 рублей')."""
    return noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_sent_start)


def _verb_taking_the_figure(anchor, inside):
    """The verb the figure hangs on, when it stands before the figure: a verb
    after it ('за шесть минут выпустил 70 пуль') opens a clause of its own."""
    verb = word_above(anchor, inside)
    if verb.pos_ != "VERB" or verb.i > min(inside):
        return None
    return verb
