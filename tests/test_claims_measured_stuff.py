"""A sum or measure followed at once by a genitive noun phrase names the stuff
it measures ('перевалили 45 млн тонн угля', 'перечислено 12 млрд рублей
налоговых поступлений'), whatever the verb's subject or a noun before a
preposition; a quantity noun framing the figure keeps it. Every sentence here
is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- the genitive after the unit wins over the subject of a plain verb ----------

@pytest.mark.parametrize("text, figure, stuff", [
    ("В 2023 году терминалы Усть-Луги перевалили 45 млн тонн угля.", "45 млн тонн", "уголь"),
    ("Местные фермеры за сезон отгрузили на экспорт 120 тыс. т подсолнечника.", "120 тыс. т", "подсолнечник"),
    ("На счета региона перечислено 12,5 млрд рублей налоговых поступлений.", "12,5 млрд рублей", "поступление"),
    ("За сутки в столице выпало 25 мм дождя.", "25 мм", "дождь"),
    ("На фундамент стадиона ушло 8 тыс. кубометров бетона.", "8 тыс. кубометров", "бетон"),
])
def test_the_genitive_after_the_unit_names_the_stuff(nlp, text, figure, stuff):
    assert metric_heads(nlp, text)[figure] == stuff


@pytest.mark.parametrize("text, figure, stuff", [
    ("Застройщики вывели в продажу 800 тыс. кв. м жилья.", "800 тыс. кв. м", "жилье"),
    ("Комбинат вышел на показатель в 500 рублей выручки на одного работника.", "500 рублей", "выручка"),
])
def test_a_noun_before_a_preposition_yields_to_the_stuff(nlp, text, figure, stuff):
    heads = metric_heads(nlp, text)
    assert heads[figure].replace("ё", "е") == stuff


# --- a frame noun or a change verb keeps the figure ------------------------------

@pytest.mark.parametrize("text, figure, frame", [
    ("Завод мощностью 300 тыс. т стали запустят в мае.", "300 тыс. т", "мощность"),
    ("Цех производительностью 40 тыс. т продукции в год откроют весной.", "40 тыс. т", "производительность"),
])
def test_a_quantity_noun_framing_the_figure_keeps_it(nlp, text, frame, figure):
    assert metric_heads(nlp, text)[figure] == frame


def test_the_subject_of_a_level_verb_keeps_the_figure(nlp):
    heads = metric_heads(nlp, "Экспорт зерна составит 45 млн тонн пшеницы.")
    assert heads["45 млн тонн"] == "экспорт"


# --- parts after 'в том числе' keep their own stuff ------------------------------

@pytest.mark.parametrize("text, part, stuff", [
    ("С начала года собрано 20 млн тонн зерна, в том числе 5 млн тонн пшеницы и 2 млн тонн овса.",
     "2 млн тонн", "овес"),
    ("Область получила 10 млрд рублей, в том числе 3 млрд рублей федеральных субсидий.",
     "3 млрд рублей", "субсидия"),
    # a price framed by 'стоимостью' is the price of the thing the part names, no part of the whole
    ("Бюджет больницы на 2026 год — 48,3 млрд рублей. Из них 6,2 млрд пойдут на закупку оборудования, "
     "в том числе двух аппаратов МРТ стоимостью по 120 млн рублей.",
     "120 млн рублей", "стоимость"),
    ("Стоимость строительства выросла до 17,3 млрд рублей. Часть оборудования закупается за рубежом, "
     "в том числе системы освещения стоимостью свыше 6 млн евро.",
     "6 млн евро", "стоимость"),
])
def test_a_part_keeps_the_stuff_it_names(nlp, text, part, stuff):
    assert metric_heads(nlp, text)[part].replace("ё", "е") == stuff


# --- an amount framed 'в размере' is of the noun before the frame ---------------

@pytest.mark.parametrize("text, figure, holder", [
    ("Второй кредит в размере 3 млрд евро Рига надеется получить к осени.", "3 млрд евро", "кредит"),
    ("Без дотации в размере 900 млн рублей трамвай давно бы закрылся.", "900 млн рублей", "дотация"),
])
def test_a_noun_after_a_framed_amount_is_not_its_stuff(nlp, text, figure, holder):
    assert metric_heads(nlp, text)[figure] == holder


# --- an area or volume filed under 'other' is no span of time -----------------

@pytest.mark.parametrize("text, figure, head", [
    # the genitive subject before the verb names what the area measures
    ("Ямочного ремонта в этом году запланировано около сорока тысяч квадратных метров.",
     "сорока тысяч квадратных метров", "ремонт"),
    ("Асфальта в этом году уложено около 20 тысяч квадратных метров.", "20 тысяч квадратных метров", "асфальт"),
])
def test_an_area_is_not_read_as_a_span_of_time(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    # minutes and weeks are spans of time: what lasts them is still read as before
    ("Совещание продлилось 40 минут.", "40 минут", "совещание"),
    ("Ремонт моста займёт три недели.", "три недели", "ремонт"),
])
def test_minutes_and_weeks_filed_under_other_stay_spans_of_time(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
