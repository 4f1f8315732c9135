"""Exceeding a base by an amount, and a level kept on one side of a mark,
one class per test. Every sentence here is written for these tests, not
taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- "X превысил Y на N": the thing that exceeds is measured ------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Средняя температура августа превысила норму на 3,1 градуса.", "3,1 градуса", "температура"),
    ("Расходы городского бюджета превысили план на 12%.", "12%", "расход"),
    ("Выручка компании превысила прогноз аналитиков на 3 млрд рублей.", "3 млрд рублей", "выручка"),
    ("По итогам года экспорт превысил импорт на 12 млрд долларов.", "12 млрд долларов", "экспорт"),
])
def test_an_excess_over_a_base_is_an_increase_of_what_exceeds(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == "increase"
    assert claim["change"] == "by"


# --- "не опустилась ниже N": a denied change past a mark is a bound -------------

@pytest.mark.parametrize("text, figure, bound", [
    ("Ночью столбик термометра не опустится ниже +18.", "+18", "at_least"),
    ("Весь квартал ставка по вкладам не опускалась ниже 9%.", "9%", "at_least"),
    ("Всю неделю курс доллара не поднимался выше 80 рублей.", "80 рублей", "at_most"),
])
def test_a_change_denied_past_a_mark_bounds_the_level(nlp, text, figure, bound):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] is None
    assert claim["bound"] == bound


def test_a_change_past_a_mark_that_happened_keeps_its_direction(nlp):
    claim = claims_by_figure(nlp, "В пятницу цена нефти опустилась ниже 60 долларов.")["60 долларов"]
    assert claim["direction"] == "decrease"


# --- a bare change noun that exceeds a mark: the change's own level -------------

@pytest.mark.parametrize("text, figure, head", [
    ("Выпуск стали за год вырос на 4%, а в декабре рост превысил 6%.", "6%", "рост"),
    ("Энергопотребление в полугодии увеличилось на 1,9%, а в июне прирост может превысить 3%.", "3%", "прирост"),
    ("В этом году курс потерял около 2%, тогда как в прошлом его падение превысило 10%.", "10%", "падение"),
])
def test_a_bare_change_noun_exceeding_a_mark_is_a_level_of_the_change(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "level"
    assert metric_head(claim) == head


def test_a_bare_change_noun_with_sostavil_keeps_its_direction(nlp):
    # NOTES.md, session 11: 'Рост составил 8,1%' is an increase of what was named before
    claims = claims_by_figure(nlp, "Выручка сети выросла на 8%. В рознице рост составил 5%.")
    assert claims["5%"]["direction"] == "increase"


# --- "X вдвое уступает / опередил Y": a bare ratio measures the verb's subject ------

@pytest.mark.parametrize("text, figure, head", [
    ("Мощность новой станции почти вдвое уступает старой.", "вдвое", "мощность"),
    ("Рост продаж более чем вдвое опередил рост рынка.", "вдвое", "рост"),
    ("По словам экономиста, рост зарплат втрое обогнал инфляцию, которая составила 4%.", "втрое", "рост"),
])
def test_a_ratio_on_a_verb_of_outpacing_measures_its_subject(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_difference_with_its_own_noun_on_a_verb_of_outpacing_keeps_the_noun(nlp):
    claim = claims_by_figure(nlp, "Клуб из Челябинска на 6 очков опережает «Буран».")["6"]
    assert metric_head(claim) == "очко"


# --- "X уступает Y в N раз": a ratio of falling behind is a decrease -----------

@pytest.mark.parametrize("text, figure, head", [
    ("Мощность новой станции почти вдвое уступает старой.", "вдвое", "мощность"),
    ("Скорость поезда уступала самолётной в 5 раз.", "5 раз", "скорость"),
])
def test_a_ratio_on_ustupat_is_a_decrease_by_the_verb(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["direction"], claim["change"], claim["trigger"]["lemma"]) == ("decrease", "ratio", "уступать")
    assert metric_head(claim) == head


def test_a_margin_of_getting_ahead_has_no_direction(nlp):
    assert claims_by_figure(nlp, "Клуб из Челябинска на 6 очков опережает «Буран».")["6"]["direction"] is None
