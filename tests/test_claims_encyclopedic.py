"""Figures of encyclopedic prose: rates written with a slash or 'на', cubic
units, a unit's full stop that ends a sentence, a sum after a code-like word.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def figures(nlp, text):
    return {c["figure"]["text"].rstrip("."): (c["value"], c["unit"]) for c in nlp(text)._.claims}


def metrics(nlp, text):
    return {c["figure"]["text"].rstrip("."): (c["metric"] or {}).get("text") for c in nlp(text)._.claims}


RATES = [
    # a slope: metres of fall per kilometre of river
    ("Падение реки на этом участке составляет 1,5 м/км.", "1,5 м/км", 1.5),
    # a flow: cubic metres per second, the second written as one letter
    ("Средний расход воды у посёлка — 12,3 м³/с.", "12,3 м³/с", 12.3),
    # the slash written out as 'на' and a unit in the singular
    ("В горах дорога поднимается на 6 м на километр пути.", "6 м на километр", 6.0),
    # a cubic unit written with a superscript
    ("Объём озера оценивают в 2,7 км³.", "2,7 км³", 2.7),
]


@pytest.mark.parametrize("text, figure, value", RATES)
def test_a_measure_over_another_unit_is_a_rate(nlp, text, figure, value):
    assert figures(nlp, text)[figure] == (value, "other")


def test_a_price_per_kilogram_stays_money(nlp):
    # money over a unit is a price: its currency is what is reported
    found = figures(nlp, "Малина на рынке стоила 400 руб./кг.")
    assert [unit for _, unit in found.values()] == ["rub"]


def test_two_sides_of_a_room_are_no_rate(nlp):
    # 'на' before another figure joins sides, not a unit per unit
    found = figures(nlp, "Зал размером 12 м на 8 м.")
    assert set(found) == {"12 м", "8 м"}


def test_centimetres_before_a_capital_end_the_sentence(nlp):
    # razdel reads 'см.' as 'смотри'; after a number it is a unit, and the
    # next sentence keeps its own subject
    text = "Снег лежит слоем до 40 см. Глубина озера падает до 3 м."
    assert metrics(nlp, text)["3 м"] == "Глубина озера"


def test_a_sum_after_a_code_word_is_money(nlp):
    # 'частью' names a legal part before a number ('ч. 2'), but no part of a
    # law is counted in roubles
    text = "Он получил грант с денежной частью 300 тысяч рублей и потратил его на лабораторию."
    assert figures(nlp, text)["300 тысяч рублей"] == (300000.0, "rub")


def test_a_part_of_a_law_is_still_no_figure(nlp):
    assert figures(nlp, "Дело возбуждено по части 2 статьи 159 УК.") == {}


def test_thousands_of_victims_after_a_sum_are_people(nlp):
    # a bare 'тысяч' borrows the currency named before it only when it counts
    # nothing; a participle standing for people, even past a closing quote, is counted
    text = ("Оборудование обошлось в 2 млн долларов. "
            "Очевидцы называли цифру «не менее 4 тысяч» пострадавших.")
    assert figures(nlp, text)["4 тысяч"] == (4000.0, "count")
