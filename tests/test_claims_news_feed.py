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


# --- ages ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Водителю автобуса 47 лет, его доставили в больницу.",
    "Директору местной школы 61 год.",
])
def test_the_age_of_an_owner_named_with_a_genitive_is_no_claim(nlp, text):
    assert claims_by_figure(nlp, text) == {}


def test_a_term_given_to_an_owner_named_with_a_genitive_stays(nlp):
    claims = claims_by_figure(nlp, "Суд назначил водителю автобуса 4 года колонии.")
    assert claims["4 года"]["unit"] == "year"


# --- a bare number set against the figure before ---------------------------

def test_a_bare_number_after_protiv_takes_the_unit_of_the_figure_before(nlp):
    claims = claims_by_figure(nlp, "Литр бензина стоит 52,4 рубля против 49,9 в начале года.")
    assert claims["49,9"]["unit"] == "rub"


# --- a batch named as what a price is for ------------------------------------

def test_a_dozen_priced_after_a_dash_is_no_count(nlp):
    claims = claims_by_figure(nlp, "Пачка масла — 120 рублей, десяток яиц — 64.")
    assert "десяток" not in claims
    assert claims["64"]["unit"] == "rub"


def test_a_dozen_of_things_counted_after_a_dash_stays(nlp):
    claims = claims_by_figure(nlp, "Без газа остались десяток домов — 40 семей.")
    assert "десяток" in claims
