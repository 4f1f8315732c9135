"""Clause shapes that hide a figure's metric or direction: a verbal adverb
after the main verb, 'уйти в минус', a subject set off by a linking aside.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- 'уйти в минус / в плюс' is a change ---------------------------------------

@pytest.mark.parametrize("text, figure, head, direction", [
    ("По итогам квартала торговое сальдо области ушло в минус на 35 млн долларов.",
     "35 млн долларов", "сальдо", "decrease"),
    ("Выпуск мебели за полугодие ушёл в плюс на 3,2%, хотя год назад падал.",
     "3,2%", "выпуск", "increase"),
    ("Розничный оборот в марте ушёл в минус на 1,8%, при этом продажи онлайн выросли на 11%.",
     "1,8%", "оборот", "decrease"),
])
def test_going_into_minus_or_plus_is_a_change_of_the_subject(nlp, text, figure, head, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == direction
    assert claim["change"] == "by"


# --- a verbal adverb takes its figure past a phrase of time ---------------------

def test_a_verbal_adverb_takes_its_figure_past_a_phrase_of_time(nlp):
    claims = claims_by_figure(
        nlp, "Средняя аренда однушки в Перми дошла до 21 тыс. рублей, прибавив с начала года 9,5%, подсчитали риелторы.")
    claim = claims["9,5%"]
    assert claim["direction"] == "increase"
    assert claim["trigger"]["lemma"] == "прибавить"
    assert metric_head(claim) == "аренда"


# --- a linking aside between the subject and its verb ---------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Из госпитализированных 240 человек уже выписаны; смертность, таким образом, держится на уровне 1,1%.",
     "1,1%", "смертность"),
    ("Вкладчики забрали часть денег; остаток на счетах, впрочем, держится на уровне 4,2 млрд рублей.",
     "4,2 млрд рублей", "остаток"),
])
def test_a_linking_aside_does_not_hide_the_subject(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == "level"
