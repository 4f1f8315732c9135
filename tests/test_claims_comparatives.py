"""Comparisons that refer back to the claim just made (', что на 5% больше',
'— это вдвое больше') measure what that claim measures; so they are only as
right as the subject found for it. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head, metric_heads


# --- an aside between the subject and its verb ------------------------------

@pytest.mark.parametrize("text, figures, head", [
    ("Выпуск стали, включая прокат, за квартал достиг 3,4 млн тонн, что на 6% больше, чем годом ранее.",
     ("3,4 млн тонн", "6%"), "выпуск"),
    ("Продажи, без учёта онлайн-заказов, в марте составили 12 млрд рублей, что на 4% меньше, чем в феврале.",
     ("12 млрд рублей", "4%"), "продажа"),
    ("Импорт зерна, в том числе кукурузы, за сезон составил 2,1 млн тонн, что вдвое больше прошлогоднего.",
     ("2,1 млн тонн", "вдвое"), "импорт"),
])
def test_an_inclusion_aside_leaves_the_subject_to_the_verb(nlp, text, figures, head):
    heads = metric_heads(nlp, text)
    assert {figure: heads[figure] for figure in figures} == {figure: head for figure in figures}


def test_a_number_inside_the_aside_is_a_claim_of_its_own(nlp):
    text = "Девять пассажиров, в том числе трое детей, доставлены в больницу."
    assert set(metric_heads(nlp, text)) >= {"Девять", "трое"}


def test_a_relative_clause_before_an_equation_dash_leaves_the_subject_before_it(nlp):
    text = "Общий пробег, который проехали участники ралли, — около 940 км, это на 70 км больше, чем в прошлом году."
    assert metric_heads(nlp, text) == {"940 км": "пробег", "70 км": "пробег"}


# --- a second verb joined by 'и' ----------------------------------------------

def test_a_period_range_is_no_subject_of_the_second_verb(nlp):
    text = "Ввоз угля за март – май сократился на 9% и составил 1,2 млн тонн, при этом спрос на уголь вырос на 3%."
    assert metric_heads(nlp, text) == {"9%": "ввоз", "1,2 млн тонн": "ввоз", "3%": "спрос"}


def test_a_date_between_and_and_the_second_verb_keeps_the_shared_subject(nlp):
    text = ("БАРНАУЛ, 2 июня. Число получателей пособий в крае с начала весны выросло на 11% "
            "и к 1 июня достигло 4,6 тысячи человек, сообщили в ведомстве.")
    assert metric_heads(nlp, text) == {"11%": "число", "4,6 тысячи": "число"}


# --- the verb of the 'что' clause is not the figure's -------------------------

def test_the_verb_after_what_compares_and_leaves_the_dash_equation_alone(nlp):
    text = ("Компания «Северный капитал» предложила выкупить акции АО «Южный порт» (ЮЖПТ). "
            "Цена выкупа — 515 рублей за бумагу, что на 12% выше средней цены за полгода "
            "и на 7% превышает вчерашнее закрытие.")
    claims = claims_by_figure(nlp, text)
    assert {figure: metric_head(claim) for figure, claim in claims.items()} == \
        {"515 рублей": "цена", "12%": "цена", "7%": "цена"}
    assert claims["515 рублей"]["direction"] is None


# --- ', то есть' telling the figure before again as a comparison -----------------

@pytest.mark.parametrize("text, figure, head", [
    ("По итогам выборов партия получит 37 мандатов, то есть на 9 меньше, чем в прошлом созыве.", "9", "мандат"),
    ("Выручка компании за год составила 48 млрд рублей, то есть в полтора раза больше прошлогодней.",
     "полтора раза", "выручка"),
])
def test_a_comparison_after_that_is_measures_the_figure_before(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_comparison_passes_over_the_standard_set_beside_the_figure(nlp):
    text = "Содержание фенола в реке достигало 0,4 мг/л при норме 0,02 мг/л, то есть в 20 раз выше допустимого."
    assert metric_head(claims_by_figure(nlp, text)["20 раз"]) == "содержание"


# --- a participle clause between the figure and the dash ------------------------

def test_a_comparison_after_a_participle_clause_measures_the_figure_before_it(nlp):
    # the clause after 'а' has a figure of its own, which must not lend its subject
    text = ("С начала месяца в области зарегистрировано 52 пожара, вызванных грозами, — на четверть больше, "
            "чем месяцем ранее, а ущерб лесному хозяйству оценивается более чем в 40 млн рублей.")
    assert metric_head(claims_by_figure(nlp, text)["четверть"]) == "пожар"


# --- a comparative before its base and 'на N' ----------------------------------

@pytest.mark.parametrize("text, figure, direction", [
    ("Средняя зарплата в крае остаётся ниже средней по Дальневосточному федеральному округу на 18%.", "18%", "decrease"),
    ("Зарплата в регионе ниже средней по стране на 12%.", "12%", "decrease"),
    ("Цена квадратного метра — 33 450 рублей. Это ниже рыночной цены примерно на 15–20 процентов.", "15–20 процентов", "decrease"),
])
def test_a_comparative_before_its_base_sizes_the_figure_after_na(nlp, text, figure, direction):
    assert claims_by_figure(nlp, text)[figure]["direction"] == direction
