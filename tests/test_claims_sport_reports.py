"""Sport reports: match reports, race times, transfers and contracts, season
statistics, prize money, stadiums; one class per test. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


# --- ranges whose scale word stands only at the high end ---------------------

@pytest.mark.parametrize("text, figure, low, high", [
    ("Билеты на финал стоят от 700 до 5 тыс. рублей.", "700 до 5 тыс. рублей", 700.0, 5000.0),
    ("Входной билет на каток — от 300 до 2 тыс. рублей.", "300 до 2 тыс. рублей", 300.0, 2000.0),
])
def test_a_low_end_above_the_high_ends_digits_takes_no_scale(nlp, text, figure, low, high):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["value_max"]) == (low, high)


def test_a_scale_written_once_still_serves_both_ends(nlp):
    claim = claims_by_figure(nlp, "Абонемент на сезон обойдётся от 5 до 7 тыс. рублей.")["5 до 7 тыс. рублей"]
    assert (claim["value"], claim["value_max"]) == (5000.0, 7000.0)
