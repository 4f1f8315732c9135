"""Prison terms and other spans of time in news: what a term or a delay
measures. Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a term the law allows is no term given -------------------------------------

@pytest.mark.parametrize("text, figure, place", [
    ("Статья предусматривает до шести лет лишения свободы. Грабители получили от трёх до четырёх лет колонии.",
     "трёх до четырёх лет", "колония"),
    ("Фигурантам дела грозит до 10 лет тюрьмы. Организатор сети получил пять лет колонии строгого режима.",
     "пять лет", "колония"),
])
def test_a_threatened_maximum_leaves_the_first_given_term_its_place(nlp, text, figure, place):
    assert metric_heads(nlp, text)[figure] == place


def test_a_term_given_before_still_leaves_a_later_term_without_metric(nlp):
    text = "Суд назначил ему 6 лет лишения свободы. Его сообщник получил 4 года колонии."
    assert metric_heads(nlp, text)["4 года"] is None


# --- the place of serving right after the unit of a term ------------------------

@pytest.mark.parametrize("text, figure, place", [
    ("Бывший глава района приговорён к 3,5 года колонии общего режима за растрату почти 40 млн рублей.",
     "3,5 года", "колония"),
    ("Инкассатор осуждён на 2,5 года колонии-поселения за кражу около 6 млн рублей из банкомата.",
     "2,5 года", "колония-поселение"),
])
def test_the_place_of_serving_after_the_unit_is_what_the_term_measures(nlp, text, figure, place):
    assert metric_heads(nlp, text)[figure] == place


# --- a date moved or a thing stopped for a span, in the passive ------------------

@pytest.mark.parametrize("text, figure, thing", [
    ("Срок завершения работ сдвигается на полтора года.", "полтора года", "срок"),
    ("Открытие нового терминала откладывается на полгода.", "полгода", "открытие"),
    ("Сдача второй очереди школы перенесена на три месяца.", "три месяца", "сдача"),
    ("Движение по мосту было перекрыто почти на шесть часов.", "шесть часов", "движение"),
])
def test_the_subject_of_a_passive_shift_is_what_is_moved_for_the_span(nlp, text, figure, thing):
    assert metric_heads(nlp, text)[figure] == thing
