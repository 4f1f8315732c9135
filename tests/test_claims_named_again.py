"""A metric named again by a pronoun: 'он вырос на 6%' measures what 'он'
stands for (CLAIMS.md notes: "Pronoun metrics take the antecedent's span").
These tests cover the nouns the search for that antecedent must pass over.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a noun joined by 'и' to a noun under a preposition says where, like it ---------

@pytest.mark.parametrize("text, figure, head", [
    ("Спрос на жильё падал в Узбекистане и Таджикистане, тогда как в Казахстане "
     "он вырос на 6%.", "6%", "спрос"),
    ("Поток туристов сократился из Китая и Вьетнама, а из Таиланда он вырос на 12%.",
     "12%", "поток"),
    ("Выручка выросла в Москве и Петербурге, а в Казани и Уфе она прибавила всего 3%.",
     "3%", "выручка"),
])
def test_a_subject_pronoun_passes_over_the_second_of_two_places(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- a name in quotes after the source it belongs to ('банка «...»') is part of the source ---

@pytest.mark.parametrize("text, figure, head", [
    ("Средний чек за квартал вырос заметно: по оценке аналитиков агентства «Инфолайн», "
     "он достиг 1 250 рублей.", "1 250 рублей", "чек"),
    ("Объём выдач ипотеки заметно вырос: по расчётам аналитиков бюро «Эквифакс», "
     "он увеличился на 9%.", "9%", "объём"),
])
def test_a_subject_pronoun_passes_over_the_name_of_a_source(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head
