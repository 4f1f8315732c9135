"""What a sum paid 'за', a rate charged 'под' and a span taken 'за' belong to,
when a verb stands between the figure and that noun: the verb's object,
else its subject, never a person or another living being who pays or acts.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a sum after 'за': the price of the verb's object ----------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Пачку масла соседка в марте брала за 140 рублей.", "140 рублей", "пачка"),
    ("Нам в сервисе поменяли тормозные колодки за 5 тысяч рублей.", "5 тысяч рублей", "колодка"),
])
def test_a_sum_after_za_is_the_price_of_the_verbs_object(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a rate after 'под' with a verb between the loan and its rate -------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Инженер взял ипотеку в 2020-м под 7,5% и не жалеет.", "7,5%", "ипотека"),
    ("Сейчас кредиты выдаются под 18–20% годовых.", "18–20%", "кредит"),
])
def test_a_rate_after_pod_is_the_rate_of_the_loan_the_verb_takes(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a span after 'за': how long what the subject or object names took ----------------

@pytest.mark.parametrize("text, figure, head", [
    ("Билеты на новый спектакль разошлись за двадцать минут.", "двадцать минут", "билет"),
    ("Выпавший ночью снег растает за два дня.", "два дня", "снег"),
])
def test_a_span_after_za_measures_what_the_verb_says_took_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_living_being_that_acts_is_not_what_the_span_measures(nlp):
    # the team acts; the two goals are a count of their own
    assert metric_heads(nlp, "Хозяева отыграли две шайбы за 90 секунд.")["90 секунд"] is None
