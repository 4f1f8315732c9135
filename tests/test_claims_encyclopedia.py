"""Encyclopedic (Wikipedia-like) text: reference furniture, codes and the
units of a data card, one class per test. Every sentence here is written for
these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, figures_of


# --- furniture and identifiers ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Телефонный код посёлка +7 84562, почтовый индекс 412305.",
    "Для справок звоните +375 17 2345678.",
])
def test_digit_groups_after_a_dialling_code_are_a_phone_number(nlp, text):
    assert figures_of(nlp, text) == {}


def test_a_volume_of_a_reference_is_no_claim(nlp):
    assert figures_of(nlp, "Очерки истории края. Том 2.") == {}


def test_a_volume_word_in_the_genitive_still_lets_a_count_through(nlp):
    claims = claims_by_figure(nlp, "Тираж тома составил 3000 экземпляров.")
    assert "3000" in claims


def test_a_model_code_after_modification_is_no_claim(nlp):
    assert figures_of(nlp, "Грузовик выпускали и с длинной базой (модификация 43118).") == {}


@pytest.mark.parametrize("text", [
    "Лисята в возрасте 2 месяцев уже выходят из норы.",
    "Прививку делают детям старше 6 месяцев.",
])
def test_an_age_in_months_is_no_claim(nlp, text):
    assert figures_of(nlp, text) == {}


def test_an_average_age_in_months_stays_a_claim(nlp):
    claims = claims_by_figure(nlp, "Со средним возрастом 14 месяцев поголовье считается молодым.")
    assert claims["14 месяцев"]["unit"] == "month"


# --- units of a data card -------------------------------------------------------

@pytest.mark.parametrize("text, figure, unit", [
    ("Фабрика выпускает 80 млн погонных метров сукна в год.", "80 млн погонных метров", "m"),
    ("Удельное сопротивление сплава — 0,42 мкОм·м.", "0,42 мкОм·м", "other"),
])
def test_units_of_measures_in_a_data_card(nlp, text, figure, unit):
    assert claims_by_figure(nlp, text)[figure]["unit"] == unit

