"""A figure whose own clause names its change word and what changes keeps
them, rather than taking them from the clause, sentence or figure before it.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


def _trigger(claim):
    return (claim["trigger"] or {}).get("lemma")


# --- a change noun right before 'на' + figure is the figure's own change --------

@pytest.mark.parametrize("text, figure, trigger, direction", [
    ("Инвестиции в основной капитал в первом квартале увеличились на 1,2% г/г после снижения "
     "на 0,4% за прошлый год.", "0,4%", "снижение", "decrease"),
    ("Оборот розницы за девять месяцев прибавил 2,1% после падения на 3,3% за первое полугодие.",
     "3,3%", "падение", "decrease"),
    ("Ипотечные выдачи в апреле выросли на 8% после обвала на 20% в марте.", "20%", "обвал", "decrease"),
])
def test_a_change_noun_before_the_figure_sizes_its_own_change(nlp, text, figure, trigger, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert _trigger(claim) == trigger
    assert claim["direction"] == direction


# --- a change verb whose object holds a change noun ---------------------------

@pytest.mark.parametrize("text, figure, trigger, head", [
    ("Для Турции агентство оставило прогноз на уровне 3,2%, но указало, что ослабление лиры может "
     "сократить темпы роста еще на 0,4%.", "0,4%", "сократить", "темп"),
    ("По Германии институт сохранил прогноз на уровне 1,1%, однако заявил, что кризис в автопроме может "
     "понизить темпы роста еще на 0,3%.", "0,3%", "понизить", "темп"),
    ("Для Бразилии фонд понизил прогноз до 2,5%, однако предупредил, что засуха может снизить "
     "темпы прироста еще на 0,6%.", "0,6%", "снизить", "темп"),
    ("Для Турции агентство оставило прогноз на уровне 3,2%, но указало, что ослабление лиры может "
     "сократить темпы роста еще на полпроцента.", "полпроцента", "сократить", "темп"),
])
def test_the_verb_before_its_object_is_the_trigger_and_the_object_what_changes(nlp, text, figure, trigger, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert _trigger(claim) == trigger
    assert claim["direction"] == "decrease"
    assert metric_head(claim) == head


# --- a count told again after 'это' counts the noun right after it --------------

@pytest.mark.parametrize("text, figure, head", [
    ("Штраф для перевозчика составил 90 тысяч рублей — это почти пять минимальных зарплат.",
     "пять", "зарплата"),
    ("Долг семьи составляет 300 тысяч рублей — это две годовые стипендии.", "две", "стипендия"),
])
def test_a_count_after_eto_keeps_the_noun_it_counts(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["trigger"] is None
