"""Encyclopedic articles on history and biography: old units and coins,
footnote marks, dates in two calendars, archive references, ages and race
names. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- old Russian measures and old or foreign coins ---------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("Монастырь стоял в 12 верстах от уездного города.", "12 верстах", 12.0),
    ("Помещику принадлежало 1 800 десятин пахотной земли.", "1 800 десятин", 1800.0),
    ("За год обоз доставил в крепость 4,5 тыс. пудов соли.", "4,5 тыс. пудов", 4500.0),
    ("После ремонта стену надстроили на два аршина.", "два аршина", 2.0),
    ("Глубина колодца достигала 9 саженей.", "9 саженей", 9.0),
])
def test_an_old_measure_is_a_measure_of_unit_other(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["unit"] == "other"
    assert claim["value"] == value


@pytest.mark.parametrize("text, figure", [
    ("Купец оставил наследникам 40 тысяч гульденов.", "40 тысяч гульденов"),
    ("Налоги приносили хану от 2 до 3 млн таньга в год.", "2 до 3 млн таньга"),
    ("Король заплатил за крепость 15 тыс. талеров.", "15 тыс. талеров"),
])
def test_an_old_or_foreign_coin_is_other_currency(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "other_currency"


def test_a_distance_in_versts_from_a_place_has_no_metric(nlp):
    claim = claims_by_figure(nlp, "Сражение произошло в 20 верстах от Смоленска.")["20 верстах"]
    assert claim["metric"] is None
