"""Culture, media and farming news: box office, ratings, harvests, farm
credit and prices told in two currencies. One class per test; every
sentence is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- 'этот показатель' stands for the quantity measured before ---------------

@pytest.mark.parametrize("text, figure, head", [
    ("Сборы фестивального проката за год составили 95 млн рублей. Годом ранее этот показатель "
     "составлял 71 млн.", "71 млн", "сбор"),
    ("Урожайность ячменя в области достигла 31 центнера с гектара. Пять лет назад этот показатель "
     "не превышал 22 центнеров.", "22 центнеров", "урожайность"),
    ("Заполняемость зала в этом сезоне составляет 87%, тогда как в прошлом сезоне этот показатель "
     "был на уровне 79%.", "79%", "заполняемость"),
])
def test_a_general_noun_dated_back_measures_what_the_claim_before_measures(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_general_noun_set_against_another_place_measures_the_same(nlp):
    # across places too (NOTES.md, session 7: "этот показатель" takes the metric of the claim before)
    text = "В столице книги читают 64% жителей, тогда как в селах этот показатель едва достигает 38%."
    assert metric_head(claims_by_figure(nlp, text)["38%"]) == "житель"


# --- a loan's rate after the loan's amount ------------------------------------

def test_a_rate_after_the_amount_of_a_loan_measures_the_loan(nlp):
    text = "Кроме того, семь банков выдали животноводам займы на 1,8 млрд рублей под 10–13% годовых."
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["10–13%"]) == "заём"
    assert metric_head(claims["1,8 млрд рублей"]) == "заём"


# --- a price told again in another currency ----------------------------------

def test_a_sum_converted_into_another_currency_restates_the_sum_before(nlp):
    text = ("Закупочные цены на молоко упали до 140 тенге за литр. "
            "В пересчете на доллары это около $0,3 за литр.")
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["$0,3"]) == metric_head(claims["140 тенге"]) == "цена"
