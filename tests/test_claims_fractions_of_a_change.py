"""A fraction after 'на' with no noun of its own sizes a change or a gap, as a
percent in its place would: it measures what the percent would measure.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


SIZE_OF_A_CHANGE = [
    # a gap: what lags behind is measured, not left without a metric
    ("Минимальная зарплата отстаёт от прожиточного минимума почти на треть, и это главная проблема.",
     "треть", "зарплата"),
    # a change verb: its subject, as 'снизилась на 25%' would give
    ("Чистая прибыль компании за год сократилась почти на четверть.", "четверть", "прибыль"),
    # a comparative after the fraction
    ("Экспорт леса сократился на треть по сравнению с прошлым годом.", "треть", "экспорт"),
]


@pytest.mark.parametrize("text, figure, head", SIZE_OF_A_CHANGE)
def test_a_fraction_after_na_measures_what_a_percent_would(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_fraction_with_its_noun_after_it_still_names_its_whole(nlp):
    # 'на треть территории': the noun after the fraction is the whole it is a part of
    text = "В августе почти на треть территории выпало вдвое больше нормы осадков."
    assert metric_heads(nlp, text)["треть"] == "территория"
