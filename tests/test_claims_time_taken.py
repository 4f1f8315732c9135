"""How long something took, and what a court's term is a term of.

A span after 'за' that is the one figure of its clause says how long the
action took, and is a claim; a span after 'за' beside another figure is that
figure's period, and one before 'до' or after 'впервые' says when. A term's
punishment may come with an adjective ('условного срока'). Every sentence
here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, figures_of, metric_heads


# --- a span after 'за' that measures the action -----------------------------------

@pytest.mark.parametrize("text, figure, unit", [
    ("Ремонтники пообещали восстановить водопровод за 8 часов.", "8 часов", "hour"),
    ("Долг по зарплате погасили за пять месяцев, а летом цех снова заработал.", "пять месяцев", "month"),
    ("Пожар удалось потушить за 3 часа 20 минут.", "3 часа 20 минут", "hour"),
])
def test_a_span_after_za_that_is_the_only_figure_is_how_long_it_took(nlp, text, figure, unit):
    assert figures_of(nlp, text).get(figure) == unit


def test_how_long_it_took_has_no_metric_of_its_own(nlp):
    claim = claims_by_figure(nlp, "Ремонтники пообещали восстановить водопровод за 8 часов.")["8 часов"]
    assert claim["metric"] is None and claim["direction"] is None


# --- a span after 'за' that is still a period or a when ---------------------------

@pytest.mark.parametrize("text, span", [
    # another figure in the same stretch: the span is that figure's period
    ("За шесть месяцев магазин продал 900 велосипедов.", "шесть месяцев"),
    ("Всего за три дня волонтёры собрали более 200 мешков мусора.", "три дня"),
    # a comparison of two periods
    ("В этом году мы за четыре месяца заработали больше, чем за весь прошлый год.", "четыре месяца"),
    # the verb stands beyond a comma: the span frames the clause after it
    ("За два года, по словам директора, завод не остановился ни разу.", "два года"),
    # a when, as before
    ("Билеты закончились за три дня до концерта.", "три дня"),
    ("Впервые за десять лет река замёрзла в ноябре.", "десять лет"),
    ("За последние два года театр поставил новый спектакль.", "два года"),
    # a verb of change: the span is the period of a change told after the comma
    ("Зарплата учителя за три года не выросла, а упала примерно на 5%.", "три года"),
])
def test_a_span_after_za_beside_another_figure_or_a_when_is_no_claim(nlp, text, span):
    assert span not in figures_of(nlp, text)


# --- a term with its punishment after an adjective ----------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Суд приговорил директора к 6 годам колонии. Кассир получила 2 года условного срока.",
     "2 года", "срок"),
    ("Водитель получил полтора года условного срока с испытательным сроком два года.",
     "полтора года", "срок"),
])
def test_a_term_measures_the_punishment_named_after_it_with_its_adjective(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
