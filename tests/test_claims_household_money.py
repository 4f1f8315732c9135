"""A household-money column's week (grocery prices, utility bills, deposits,
pensions) and a city real-estate portal's week: the constructions fresh-cz
and fresh-da found, one class per test. Every sentence here is written for
these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a dozen that is the subject of a price verb is the batch priced --------

@pytest.mark.parametrize("text, price", [
    ("Десяток теперь обходится покупателям в среднем в 98 рублей.", "98 рублей"),
    ("Сахар стоил от 79 до 95 рублей, а десяток яиц категории С1 — от 89 до 119 рублей.", "89 до 119 рублей"),
    ("Хлеб стоит 60 рублей, а десяток яиц обходится покупателям в 110 рублей.", "110 рублей"),
])
def test_a_dozen_that_a_price_is_for_is_no_count(nlp, text, price):
    claims = claims_by_figure(nlp, text)
    assert not any(figure.lower() == "десяток" for figure in claims)
    assert price in claims


def test_a_dozen_whose_price_may_fall_is_no_count(nlp):
    claims = claims_by_figure(nlp, "По его словам, до конца сентября десяток может подешеветь еще на 5–7%.")
    assert "десяток" not in claims
    assert claims["5–7%"]["direction"] == "decrease"


def test_a_dozen_bought_for_a_price_is_no_count(nlp):
    claims = claims_by_figure(nlp, "Десяток яиц в январе брала за 98 рублей, сейчас за 130.")
    assert "Десяток" not in claims
    assert claims["98 рублей"]["unit"] == "rub"


def test_a_dozen_bought_with_no_price_stays_a_count(nlp):
    assert claims_by_figure(nlp, "Мы купили десяток яиц и батон.")["десяток"]["value"] == 10.0


# --- a common noun opening the sentence that NER took for a surname ---------

@pytest.mark.parametrize("text, figure, metric", [
    ("Сахар потерял в цене 0,7%, гречка — 0,4%.", "0,7%", "сахар"),
    ("Гречка потеряла в цене 0,7%.", "0,7%", "гречка"),
])
def test_a_common_noun_opening_the_sentence_is_measured(nlp, text, figure, metric):
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims[figure]) == metric
    assert claims[figure]["direction"] == "decrease"


def test_a_surname_opening_the_sentence_is_still_no_metric(nlp):
    claims = claims_by_figure(nlp, "Белов получил 40% голосов.")
    assert metric_head(claims["40%"]) != "белов"

