"""A noun naming a quantity right before its figure, and a sum restated in
another currency in brackets. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a quantity noun right before its figure, no verb of its own -------------

@pytest.mark.parametrize("text, figure, head", [
    ("Билеты в музей стоят 400 рублей, для студентов действует скидка 50%.", "50%", "скидка"),
    ("Для многодетных семей предусмотрена скидка 20% на проезд.", "20%", "скидка"),
    ("Торговая наценка на хлеб в регионе не превышает 15%, на молоко — 12%.", "15%", "наценка"),
    ("Работникам ночной смены полагается надбавка 40% к окладу.", "40%", "надбавка"),
    ("В театре средняя загрузка превысила 85%, на премьеры билеты раскупили за день.", "85%", "загрузка"),
    ("Ветер южный, порывы до 25 м/с.", "25 м/с", "порыв"),
    ("Днём ветер северный, порывы 18 м/с.", "18 м/с", "порыв"),
    ("Ночью на побережье порывы ветра до 27 м/с.", "27 м/с", "порыв"),
])
def test_a_quantity_noun_before_its_figure_is_its_metric(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- a sum restated in another currency in brackets --------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("На заводе работают 4,2 тыс. человек, средняя зарплата в мае превысила 2 900 белорусских рублей (около $1 050).",
     "$1 050", "зарплата"),
    ("Власти выделили на восстановление дорог 80 млрд рупий (около $5,2 млн).", "$5,2 млн", "восстановление"),
    ("Стоимость контракта составила 3,4 млрд тенге (примерно 7 млн евро).", "7 млн евро", "стоимость"),
])
def test_a_sum_in_brackets_in_another_currency_measures_the_sum_before(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_the_converted_sum_keeps_the_verb_of_the_sum_before(nlp):
    claims = claims_by_figure(nlp, "На комбинате 9 тыс. работников, средний заработок превысил 3 100 белорусских рублей (около $950).")
    assert claims["$950"]["direction"] == "level"


def test_a_change_in_brackets_is_not_a_converted_sum(nlp):
    claims = claims_by_figure(nlp, "Выручка сети выросла до 12 млн долларов (на 15%).")
    assert claims["15%"]["change"] == "by"
