"""How business news writes a change next to a level: a signed figure in
brackets after it, with a mark of what it is reckoned against ('г/г', 'кв/кв',
'м/м', 'г./г.'), and the rate units of data links. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a period-on-period mark is no unit ------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("К концу июня сеть насчитывала 1,2 млн подписчиков (+0,1 млн кв/кв).", "0,1 млн"),
    ("Парк банкоматов банка составил 14 тыс. устройств (+2 тыс. г/г).", "2 тыс."),
    ("Число клиентов выросло до 7,5 млн человек (+0,3 млн м/м).", "0,3 млн"),
])
def test_a_scale_word_before_a_comparison_mark_counts(nlp, text, figure):
    claims = claims_by_figure(nlp, text)
    assert figure in claims   # the mark ('кв/кв', 'г/г') stays outside the figure
    assert claims[figure]["unit"] == "count"


@pytest.mark.parametrize("text, figure", [
    ("Розничные продажи прибавили 4 % г./г.", "4 %"),
    ("Индекс цен производителей вырос на 1,5% м/м.", "1,5%"),
])
def test_a_percent_keeps_its_own_unit_before_a_mark(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["unit"] == "percent"
    assert claim["direction"] == "increase"


# --- the sign in a bracket after a figure gives the change -----------------------

@pytest.mark.parametrize("text, figure, direction", [
    ("Выручка холдинга составила 48 млрд руб. (+11% г/г).", "11%", "increase"),
    ("Чистая прибыль банка за квартал составила 9,4 млрд рублей (-7% кв/кв).", "7%", "decrease"),
    ("Аудитория сервиса достигла 3,1 млн пользователей (+0,2 млн кв/кв).", "0,2 млн", "increase"),
])
def test_a_signed_figure_in_brackets_after_a_level_is_a_change(nlp, text, figure, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == direction
    assert claim["change"] == "by"
    assert claim["trigger"] is None   # not the verb that states the level


def test_a_signed_gap_after_a_name_is_no_change(nlp):
    claim = claims_by_figure(nlp, "Вторым финишировал норвежец Ларс Хауге (+8,4 секунды).")["8,4 секунды"]
    assert claim["direction"] is None


# --- the bracketed change measures the figure before ------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Стоимость проекта оценили в 5 млрд руб. Всего на ремонт дорог регионы за полгода "
     "направили 86 млрд руб. (+9% г/г), из них половину — на трассы.", "9%", "ремонт"),
    ("Цена тура выросла на 12%. На отели туристы за лето потратили 140 млрд рублей "
     "(-4% г/г).", "4%", "отель"),
])
def test_a_bracketed_change_takes_the_metric_of_the_figure_before(nlp, text, figure, head):
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims[figure]) == head


# --- rate units of data links ------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Пиковая мощность DDoS-атаки на банк достигла 2,3 Тбит/с.", "2,3 Тбит/с"),
    ("Магистраль рассчитана на 1 Пбит/с.", "1 Пбит/с"),
    ("Скорость домашнего интернета выросла до 500 Мбит в секунду.", "500 Мбит в секунду"),
])
def test_data_rates_are_a_measure(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "other"


# --- 'минус' written as a word before money or a weight ---------------------------

@pytest.mark.parametrize("text, figure, value, value_max", [
    ("Сегодня утром весы показали 81,2. Минус 13,4 кило за шесть месяцев!", "13,4 кило", 13.4, None),
    ("«Каждые $10 падения цены — это минус 500–600 млрд тенге доходов фонда», — сказал он.",
     "500–600 млрд тенге", 500e9, 600e9),
])
def test_minus_as_a_word_before_money_or_a_weight_is_a_fall_outside_the_span(nlp, text, figure, value, value_max):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["value_max"], claim["direction"]) == (value, value_max, "decrease")


def test_minus_as_a_word_before_degrees_is_a_reading_below_zero(nlp):
    claim = claims_by_figure(nlp, "Ночью температура опустится до минус 18 градусов.")["минус 18 градусов"]
    assert claim["value"] == -18.0
