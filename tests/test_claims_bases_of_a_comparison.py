"""The base a figure is set against, as examples of use: after 'против' a
level verb such as составить states the base too; after 'вместо' the base is
only what the new value replaced, and no verb states it.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_head


def _direction(claim):
    return claim["direction"], (claim["trigger"] or {}).get("lemma")


REPLACED_BASES = [
    # the old value a level replaced: same quantity, no direction
    ("Цена нефти в бюджете заложена на уровне 50 долларов за баррель вместо прежних 80.", "80"),
    ("Курс в бюджете заложен на уровне 90 рублей за доллар вместо 85.", "85"),
    ("Средний тариф составит 7,2 рубля вместо нынешних 6,4.", "6,4"),
]


@pytest.mark.parametrize("text, base", REPLACED_BASES)
def test_the_base_after_vmesto_has_no_direction(nlp, text, base):
    claims = claims_by_figure(nlp, text)
    assert _direction(claims[base]) == (None, None)
    first = next(claim for figure, claim in claims.items() if figure != base)
    assert claims[base]["metric"] == first["metric"]


STATED_BASES = [
    # 'против' after составить: the verb states the base as well
    ("Рентабельность по EBITDA составила 28,2% против 25,6% годом ранее.", "25,6%"),
    ("Ежемесячный платёж составит около 7,6 тыс. рублей против нынешних 6,8 тыс.", "6,8 тыс."),
]


@pytest.mark.parametrize("text, base", STATED_BASES)
def test_the_base_after_protiv_shares_the_level_of_sostavit(nlp, text, base):
    assert _direction(claims_by_figure(nlp, text)[base]) == ("level", "составить")


RANKINGS = [
    # the places after the first only say how much the next one has
    ("Крупнейшим партнером остался Китай: товарооборот с ним достиг 88,8 млрд долларов, "
     "на втором месте — Нидерланды (76 млрд), на третьем — Германия (75 млрд).", ["76 млрд", "75 млрд"]),
    ("Выручка лидера составила 12 млрд рублей, на втором месте — «Альфа» (9 млрд рублей).", ["9 млрд рублей"]),
]


@pytest.mark.parametrize("text, places", RANKINGS)
def test_an_item_of_a_ranking_takes_the_metric_but_not_the_verb(nlp, text, places):
    claims = claims_by_figure(nlp, text)
    first = next(claim for figure, claim in claims.items() if figure not in places)
    for place in places:
        assert _direction(claims[place]) == (None, None)
        assert claims[place]["metric"] == first["metric"]


# --- '(по республике — N)' after a stated level: the same level elsewhere ------

@pytest.mark.parametrize("text, figure, head", [
    ("Инфляция в регионе за полугодие составила 3,1% (по республике – 3,4%).", "3,4%", "инфляция"),
    ("Уровень безработицы в области составил 4,2% (в среднем по стране — 3,9%).", "3,9%", "уровень"),
])
def test_a_place_in_a_bracket_after_a_stated_level_is_a_level_there(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "level"
    assert metric_head(claim) == head


def test_a_place_in_a_bracket_after_a_change_is_no_level(nlp):
    claim = claims_by_figure(nlp, "Смертность выросла до 12,4 на тысячу (по стране — 11,9).")["11,9"]
    assert claim["direction"] is None
