"""Figures in lists and labelled series, whose metric comes from a heading
or from a whole named before the items. Every sentence here is written for
these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a series of values labelled by years -------------------------------------

SERIES = "Население посёлка по данным переписей: 1926 — 2 140 человек, 1970 — 5 318, 2002 — 4 905, 2021 — 3 776."


@pytest.mark.parametrize("figure, value", [("2 140", 2140.0), ("5 318", 5318.0), ("3 776", 3776.0)])
def test_each_value_after_a_year_and_a_dash_is_a_claim_of_the_heading(nlp, figure, value):
    claim = claims_by_figure(nlp, SERIES)[figure]
    assert claim["value"] == value
    assert claim["value_max"] is None
    assert metric_head(claim) == "население"


def test_a_scaled_value_after_a_year_is_no_range_from_the_year(nlp):
    claims = claims_by_figure(nlp, "Выпуск станков по годам: 2019 — 12 тыс. штук, 2020 — 9 тыс., 2021 — 14 тыс.")
    assert claims["9 тыс."]["value"] == 9000.0
    assert claims["9 тыс."]["value_max"] is None


def test_a_price_range_after_a_colon_stays_a_range(nlp):
    claims = claims_by_figure(nlp, "Цены на билеты такие: 2000 — 3500 рублей.")
    claim = next(iter(claims.values()))
    assert (claim["value"], claim["value_max"]) == (2000.0, 3500.0)


# --- labelled parts of a whole after 'из них' --------------------------------

PARTS = "Посевы озимых в районе составили 84 тыс. га, из них рожь — 31 тыс., тритикале — 12 тыс., ячмень — примерно 9 тыс."


@pytest.mark.parametrize("figure", ["31 тыс.", "12 тыс.", "9 тыс."])
def test_every_labelled_part_measures_the_whole(nlp, figure):
    assert metric_head(claims_by_figure(nlp, PARTS)[figure]) == "посев"


def test_the_label_of_a_later_part_is_its_qualifier(nlp):
    claim = claims_by_figure(nlp, PARTS)["12 тыс."]
    assert [q["text"] for q in claim["qualifiers"]] == ["тритикале"]


def test_a_bare_part_after_a_whole_that_names_no_quantity_keeps_counting_its_noun(nlp):
    claims = claims_by_figure(nlp, "Подписчиков у канала 90 тыс. человек, из них 35 тыс. читают его каждый день.")
    assert metric_head(claims["35 тыс."]) == "человек"


def test_a_lone_labelled_part_keeps_naming_itself(nlp):
    claims = claims_by_figure(nlp, "Бюджет района — 12 млрд, из которых собственные доходы — лишь 1,7 млрд.")
    assert metric_head(claims["1,7 млрд"]) == "доход"


# --- a list's unit carried past a word of approximation ----------------------

@pytest.mark.parametrize("bound", ["порядка", "примерно", "приблизительно"])
def test_a_bare_item_after_an_approximation_takes_the_unit_of_the_list(nlp, bound):
    text = f"Гречиха заняла 40 тыс. га, просо — 25 тыс., горох — {bound} 18 тыс."
    assert claims_by_figure(nlp, text)["18 тыс."]["unit"] == "ha"


# --- a sum after 'на' that counted things are worth together ------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Кредиторы выделили стране два транша поддержки на 12 млрд долларов.", "12 млрд долларов", "транш"),
    ("Мэрия заключила пять контрактов на 2,3 млрд рублей.", "2,3 млрд рублей", "контракт"),
])
def test_a_sum_after_na_measures_the_things_a_number_counts(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_sum_after_na_is_no_worth_of_counted_people(nlp):
    claims = claims_by_figure(nlp, "Полиция задержала двух мужчин на 40 тыс. рублей.")
    assert metric_head(claims["40 тыс. рублей"]) is None


# --- 'из них N' with an adjective whose noun is left out ---------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Флот компании — 64 судна, из них 20 грузовых.", "20", "судно"),
    ("В городе 40 школ, из них 12 частных.", "12", "школа"),
])
def test_a_count_sorted_by_an_adjective_counts_the_whole(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_count_of_people_named_by_an_adjective_keeps_it(nlp):
    claims = claims_by_figure(nlp, "Задержаны 12 человек, из них 3 несовершеннолетних.")
    assert metric_head(claims["3"]) == "несовершеннолетний"
