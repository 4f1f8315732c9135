"""Spans of time in court and city news: the punishment a term is a term
of, and the time a task needs. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- the punishment right after a term ------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Обе сотрудницы администрации – кассир и бухгалтер – получили по два года ограничения свободы.", "два года"),
    ("Бывшему директору рынка суд назначил 4 года ограничения свободы.", "4 года"),
    ("Соучастник получил 18 месяцев ограничения свободы и штраф.", "18 месяцев"),
])
def test_a_term_measures_the_punishment_named_right_after_it(nlp, text, figure):
    assert metric_heads(nlp, text)[figure] == "ограничение"


# --- the time a task needs, with a short adjective of need ---------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Для ремонта всех школ района нужно ещё четыре года.", "четыре года", "ремонт"),
    ("На строительство второй линии метро городу необходимо не меньше десяти лет.", "десяти лет", "строительство"),
    ("Эксперты считают, что для очистки реки нужно 7–8 лет.", "7–8 лет", "очистка"),
])
def test_the_time_needed_with_a_short_adjective_measures_the_task(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
