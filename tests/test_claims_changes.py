"""A value that replaced another states a change, with or without a verb.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def directions(nlp, text):
    return {c["figure"]["text"]: (c["direction"], c["change"], c["value_from"]) for c in nlp(text)._.claims}


FROM_TO = [
    # a tariff line with no verb: the new value is higher, so it rose
    ("Новые тарифы: горячая вода — с 210,5 до 232,1 рубля за кубометр.",
     {"232,1 рубля": ("increase", "to", 210.5)}),
    # ... or lower, so it fell
    ("Проезд в пригородном поезде — с 64 до 58 рублей.",
     {"58 рублей": ("decrease", "to", 64.0)}),
    # a verb still names the direction itself
    ("Ключевую ставку снизили с 16% до 15%.",
     {"15%": ("decrease", "to", 16.0)}),
]


@pytest.mark.parametrize("text, expected", FROM_TO)
def test_a_value_from_another_has_moved(nlp, text, expected):
    found = directions(nlp, text)
    for figure, wanted in expected.items():
        assert found[figure] == wanted


def test_a_plain_range_is_no_change(nlp):
    # "от 5 до 7" is a range of one quantity, not a move from one value to another
    found = directions(nlp, "Ремонт займёт от 5 до 7 месяцев.")
    assert [direction for direction, _, _ in found.values()] == [None]


def test_a_comparison_with_a_standard_or_another_thing_has_the_comparatives_direction(nlp):
    # annotators who read only CLAIMS.md give every comparison a direction (NOTES.md, session 5)
    found = directions(nlp, "Ночью похолодало до -31 градуса, что на 12 градусов ниже климатической нормы.")
    assert found["12 градусов"][0] == "decrease"
    found = directions(nlp, "Звезда примерно в пять раз легче Солнца.")
    assert found["пять раз"][:2] == ("decrease", "ratio")


def test_a_change_noun_with_a_count_keeps_its_direction(nlp):
    # "Сокращение" states a change; only a balance noun ("прирост" of
    # arrivals over departures) is a quantity of its own with a level.
    cut = nlp("Сокращение на заводе составило 300 человек.")._.claims[0]
    assert cut["direction"] == "decrease"
    balance = nlp("Миграционный прирост составил 3 560 человек.")._.claims[0]
    assert (balance["direction"], balance["metric"]["head"]) == ("level", "прирост")


def test_a_negated_bound_verb_caps_the_level(nlp):
    (claim,) = nlp("Дефицит бюджета не превысит 3% ВВП.")._.claims
    assert (claim["direction"], claim["bound"]) == ("level", "at_most")
    (claim,) = nlp("Дефицит бюджета превысил 3% ВВП.")._.claims
    assert claim["bound"] == "more_than"


def test_a_change_verb_with_a_bare_figure_changes_by_it(nlp):
    # "прибавила 4%" says by how much, as "на 4%" would
    found = directions(nlp, "Выручка сети прибавила 4%, а индекс потерял 2,5 пункта.")
    assert found["4%"] == ("increase", "by", None)


# --- a ratio word beside a bare number lends it no unit --------------------------

@pytest.mark.parametrize("text, figure", [
    ("Жалоб родителей в феврале поступило 7, вдвое меньше, чем в январе.", "7"),
    ("Число убыточных хозяйств сократилось вдвое – до 14.", "14"),
])
def test_a_bare_number_beside_vdvoe_stays_a_count(nlp, text, figure):
    claims = {c["figure"]["text"]: c for c in nlp(text)._.claims}
    assert claims[figure]["unit"] == "count"
    assert claims["вдвое"]["unit"] == "times"
