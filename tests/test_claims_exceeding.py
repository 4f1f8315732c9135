"""Exceeding a base by an amount, one class per test. Every sentence here
is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- "X превысил Y на N": the thing that exceeds is measured ------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Средняя температура августа превысила норму на 3,1 градуса.", "3,1 градуса", "температура"),
    ("Расходы городского бюджета превысили план на 12%.", "12%", "расход"),
    ("Выручка компании превысила прогноз аналитиков на 3 млрд рублей.", "3 млрд рублей", "выручка"),
    ("По итогам года экспорт превысил импорт на 12 млрд долларов.", "12 млрд долларов", "экспорт"),
])
def test_an_excess_over_a_base_is_an_increase_of_what_exceeds(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == "increase"
    assert claim["change"] == "by"
