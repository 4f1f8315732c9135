"""Valuation multiples and debt ratios in business copy ('торгуется с
мультипликатором P/BV около 0,8', 'долг/EBITDA — 2,4'), one class per test.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- a bare number right after the name of a ratio is a multiple --------------

@pytest.mark.parametrize("text, figure, head", [
    ("Страховщик торгуется с мультипликатором P/E около 9,5.", "9,5", "мультипликатор"),
    ("Застройщик оценен рынком с мультипликатором EV/EBITDA примерно 4,2.", "4,2", "мультипликатор"),
])
def test_a_number_after_a_named_ratio_is_that_multiple(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["unit"] == "times"
    assert claim["metric"]["head"] == head


def test_a_comparison_joined_by_what_takes_the_multiple_as_its_metric(nlp):
    claims = claims_by_figure(nlp, "Страховщик торгуется с мультипликатором P/BV около 0,7, что втрое ниже, чем у лидера.")
    assert claims["втрое"]["metric"]["head"] == "мультипликатор"
    assert claims["втрое"]["direction"] == "decrease"


# --- a second ratio named in a gapped clause is still the same multiple -------

def test_a_ratio_named_after_a_dash_keeps_the_multiple_of_the_clause_before(nlp):
    claims = claims_by_figure(nlp, "По оценке брокера, мультипликатор EV/Sales составит около 0,9, а EV/EBITDA — примерно 5.")
    for figure in ("0,9", "5"):
        assert claims[figure]["unit"] == "times"
        assert claims[figure]["metric"]["head"] == "мультипликатор"


def test_a_change_of_an_abbreviated_measure_after_a_dash_keeps_its_own_metric(nlp):
    claims = claims_by_figure(nlp, "Выручка сети выросла на 6%, EBITDA — на 9%.")
    assert claims["9%"]["metric"]["head"] == "ebitda"
