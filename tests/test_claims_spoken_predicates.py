"""Figures in plain predicates of colloquial or compact text (web posts,
forums, diaries), where no trigger word names the figure's role: the noun
subject of the verb, a genitive of quantity fronted before an impersonal
verb, or the noun opening a verbless clause is what the figure measures
(pipeline/claims/plain_predicates.py). Every sentence here is written for
these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a nominative subject of a copula-like or motion verb ---------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Мы ездили на дачу всё лето, и пробег вышел 3400 км.", "3400 км", "пробег"),
    ("Я посчитал по графику: за 20 лет переплата получается 7,5 млн рублей.", "7,5 млн рублей", "переплата"),
    ("Банк ответил, что по льготной программе ставка была бы 5%.", "5%", "ставка"),
])
def test_the_subject_of_a_plain_verb_is_what_the_figure_measures(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- a genitive of quantity fronted before an impersonal verb -----------------

@pytest.mark.parametrize("text, figure, head", [
    ("Солярки за всю поездку ушло примерно 160 литров.", "160 литров", "солярка"),
    ("Моркови накопано 312 тыс. тонн.", "312 тыс. тонн", "морковь"),
])
def test_a_fronted_genitive_before_an_impersonal_verb_is_the_metric(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- a verbless clause ----------------------------------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Квартиру пока снимаем, но аренда у нас сейчас 35 тысяч рублей в месяц.", "35 тысяч рублей", "аренда"),
    ("Молока 3 литра в день, больше дети не выпивают.", "3 литра", "молоко"),
])
def test_the_noun_opening_a_verbless_clause_is_the_metric(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- what stays without a metric ------------------------------------------------

def test_a_count_still_counts_its_own_noun(nlp):
    claims = claims_by_figure(nlp, "Очередь вышла длинная: пришло 40 человек.")
    assert metric_head(claims["40"]) == "человек"
