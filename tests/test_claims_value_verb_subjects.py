"""Verbs of amounting, costing and valuing (measures.json value_verbs): the
figure is the value of the verb's subject. One class per test; every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- 'занять' takes its subject's area as 'занимать' does ---------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Посадки картофеля в районе в этом году заняли 900 гектаров.", "900 гектаров", "посадка"),
    ("Новые теплицы комбината заняли почти 12 гектаров.", "12 гектаров", "теплица"),
])
def test_the_perfective_of_occupying_measures_its_subject(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a share keeps the base named after it -----------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Двухкомнатные квартиры заняли 34% сделок.", "34%", "сделка"),
    ("Сеть «Мегадом» заняла 18% рынка.", "18%", "рынок"),
])
def test_a_share_a_value_verb_takes_measures_its_genitive_base(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_party_that_takes_a_place_with_a_share_is_no_metric(nlp):
    heads = metric_heads(nlp, "Третье место с 8% заняла партия «Новый путь».")
    assert heads["8%"] != "партия"


# --- a share as the subject of a verb of costing ------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("В 2019 году 5% обыкновенных акций обошлись фонду в 40 млн долларов.", "40 млн долларов", "акция"),
    ("Тогда 3% облигаций стоили инвестору 12 млн рублей.", "12 млн рублей", "облигация"),
])
def test_the_price_of_a_share_of_stuff_is_that_stuff(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- 'один X' as a passive subject is a base of one ---------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("В среднем одна поездка оценивается в 900 рублей.", "900 рублей", "поездка"),
    ("Один визит к врачу оценивается страховщиками в 1200 рублей.", "1200 рублей", "визит"),
])
def test_one_thing_as_a_passive_subject_is_what_the_price_measures(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
