"""Weighed, poured or laid-out stuff: the genitive after a weight or volume names what it measures.

'40 кг прекурсоров', '186 км сетей', '1,84 млн кв. м жилья': the genitive
right after such a measure is the stuff measured, read off word order when
the parser hangs it on the next figure of a list ('20 тонн говядины и 52
тыс. т баранины'). After a dash ('самый популярный пакет — 30 ГБ трафика')
the genitive is the stuff too, and the noun before the dash only holds it.
"""
from pipeline.claims.dashes import dash_before, quantity_before_dash
from pipeline.claims.frames import framed_noun, quantity_just_before
from pipeline.claims.near_figure import genitive_right_after
from pipeline.claims.subjects import fronted_genitive
from pipeline.claims.units import CURRENCIES, SHARE_UNITS
from pipeline.claims.word_kinds import SUBJECT_DEPS, names_living_being


def stuff_right_after_a_dash(figure, anchor, inside, trigger, direction):
    """'самый популярный пакет — 30 ГБ трафика': a measure after a dash with a
    genitive right after it measures that stuff; the noun before the dash is
    what holds it. A share's genitive is only its base ('Доля — 30% рынка'),
    and a quantity noun before the dash names the measure itself ('добыча —
    412 тыс. баррелей нефтяного эквивалента')."""
    if trigger is None and figure.unit not in SHARE_UNITS and figure.unit != "count" \
            and dash_before(inside, anchor.doc) is not None and quantity_before_dash(anchor, inside) is None:
        return genitive_right_after(inside, anchor.doc)
    return None


def own_stuff_of_a_sum_or_measure(figure, anchor, inside, trigger, direction):
    """'порты перевалили 92,6 млн тонн грузов', 'перечислено 68,3 млрд рублей
    таможенных платежей', 'обошёлся в 14 млн евро плюс 2 млн евро бонусов':
    a sum or measure with a genitive noun phrase right after its unit names
    that stuff itself, whatever the verb's subject or the noun before a
    preposition ('вывели в продажу', 'на показатель в'). It yields to a
    quantity noun that frames the figure with no preposition ('мощностью
    110 тыс. т мяса', 'Пропускная способность — 9 млн т грузов'), to a change
    or level verb, whose subject names the quantity (CLAIMS.md), and to a
    person in the genitive ('под залог в 5 млн рублей бывшего министра').
    A frame with its preposition ('транш в размере 26 млрд евро') names what
    the amount is of before it, and a noun the parser makes a subject ('в
    размере 26 млрд евро Афины могут получить') opens the next part of the
    clause."""
    if trigger is not None or (figure.unit not in STUFF_UNITS and figure.unit not in CURRENCIES):
        return None
    if _framed_without_preposition(figure, anchor, inside) \
            or framed_noun(inside, anchor.doc, money=figure.unit in CURRENCIES) is not None:
        return None
    stuff = genitive_right_after(inside, anchor.doc)
    if stuff is None or names_living_being(stuff) or stuff.dep_ in SUBJECT_DEPS:
        return None
    return stuff


def _framed_without_preposition(figure, anchor, inside):
    """'мощностью 110 тыс. т', 'с запасами 2,4 млн т', 'добыча — 412 тыс.
    баррелей': a noun in the instrumental right before the figure, a quantity
    noun there that is no goal of motion ('вывели в продажу 1,4 млн кв. м' is
    where the stuff went), or a quantity noun before the figure's dash."""
    doc = anchor.doc
    before = min(inside) - 1
    if before >= 0 and doc[before].pos_ == "NOUN" and "Ins" in doc[before].morph.get("Case"):
        return True
    quantity = quantity_just_before(inside, doc) if figure.preposition is None else None
    if quantity is not None and "Acc" not in quantity.morph.get("Case"):
        return True
    return quantity_before_dash(anchor, inside) is not None


def stuff_of_the_figure_before(head, anchor):
    """'20 [тонн] [говядины] и 52 тыс. т': the unit of an earlier figure, or
    a genitive hung on it, belongs to that figure (a quantity noun before
    the figure, 'с запасами 2,4 млн т', is not)."""
    if head.i > anchor.i:
        return False
    if head.dep_ == "nmod" and "Gen" in head.morph.get("Case") and head.head.i < head.i:
        head = head.head
    return any(child.dep_.startswith("nummod") for child in head.children)


def stuff_after_the_measure(figure, anchor, inside, trigger, direction):
    """The head rule: the stuff right after a weight or volume (measured_stuff_after),
    or before it in a clause with no subject ('Ячменя намолочено 1,5 млн т')."""
    return measured_stuff_after(figure, inside, anchor.doc) \
        or (fronted_genitive(inside, anchor.doc) if figure.unit in STUFF_UNITS else None)


def measured_stuff_after(figure, inside, doc):
    """'почти 40 кг прекурсоров и около 1,5 тонны ...': the genitive right after
    a weight or volume is the stuff weighed, read off word order when the
    parser hangs it on the next figure of a list."""
    if figure.unit not in STUFF_UNITS:
        return None
    return genitive_right_after(inside, doc)


# Units of weighed, poured or laid-out stuff, whose genitive after them names
# it ('40 кг прекурсоров', '186 км сетей', '1,84 млн кв. м жилья').
STUFF_UNITS = ("kg", "t", "l", "ha", "km", "m", "other")
