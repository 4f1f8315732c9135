"""Short items of a news site's running feed (accidents, fires, weather,
utilities, market prices), one class per test. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- numbers written with a plus sign ---------------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("После аварии на подстанции воздух в школах остыл до +14.", "+14", 14.0),
    ("В выходные вода в озере прогреется до +19…+21.", "+19…+21", 19.0),
    ("Ночью столбик термометра опустится до −17.", "−17", -17.0),
])
def test_a_bare_signed_number_is_a_reading_in_degrees(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["value"] == value
    assert claim["unit"] == "other"


def test_the_plus_belongs_to_degrees_written_out(nlp):
    claims = claims_by_figure(nlp, "К полудню жара в городе достигла +36 градусов.")
    assert claims["+36 градусов"]["unit"] == "other"


def test_a_plus_before_a_share_stays_outside_the_figure(nlp):
    claims = claims_by_figure(nlp, "Второе место у завода «Север» (12 тыс. машин, +7%).")
    assert "7%" in claims
