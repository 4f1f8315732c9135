"""Metrics written as a phrase that points back: "этот показатель", "эта
цифра", "из них", "из которых". The annotators who read only CLAIMS.md give
the quantity the phrase stands for, not the phrase (NOTES.md, session 12:
anaphoric metrics). Every sentence here is written for these tests, not
taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a general noun restating a level in the same unit ---------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Экспорт зерна из области в прошлом сезоне составил 3,2 млн тонн. "
     "Годом ранее этот показатель не превышал 2,7 млн тонн.", "2,7 млн тонн", "экспорт"),
    ("Годовой оборот сети достиг 18 млрд рублей, в позапрошлом году эта цифра "
     "составляла 15 млрд рублей.", "15 млрд рублей", "оборот"),
])
def test_a_pointing_general_noun_takes_the_quantity_it_restates(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- a general noun whose change is given in percent or percentage points ----------

@pytest.mark.parametrize("text, figure, head", [
    ("Средняя зарплата учителей в области составит 48 200 рублей. "
     "Годом ранее этот показатель увеличился на 9,5%.", "9,5%", "зарплата"),
    ("Пассажиропоток аэропорта за полгода вырос до 920 тыс. человек. "
     "В прошлом году эта цифра снизилась на 4%.", "4%", "пассажиропоток"),
])
def test_a_change_in_percent_of_a_pointing_noun_measures_the_earlier_quantity(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


@pytest.mark.parametrize("text, figure, head", [
    ("Доля электромобилей в продажах выросла до 12%. "
     "Годом ранее этот показатель прибавил лишь 3 процентных пункта.", "3 процентных пункта", "доля"),
    ("Уровень безработицы в крае опустился до 3,1%, тогда как весной эта цифра "
     "упала на 0,6 процентного пункта.", "0,6 процентного пункта", "уровень"),
])
def test_a_change_in_points_of_a_pointing_noun_measures_the_earlier_share(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- "из них", "из которых": the part measures the whole ---------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("В районе построено 640 новых квартир, из них 210 получили молодые семьи.", "210", "квартира"),
    ("Бюджет программы составит 5,6 млрд рублей, из которых 1,2 млрд выделит "
     "федеральный центр.", "1,2 млрд", "бюджет"),
])
def test_a_part_after_iz_nikh_measures_the_whole(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- a bare "цифра" valued by a count of nothing named restates the count before --

@pytest.mark.parametrize("text, figure, head", [
    ("По данным полиции, на площадь вышли около 9 тысяч человек, "
     "организаторы называют цифру в 25 тысяч.", "25 тысяч", "человек"),
    ("В забеге, по оценке судей, участвовали 4 тыс. бегунов, клуб называл цифру в 6 тыс. "
     "Погода была тёплой.", "6 тыс.", "бегун"),
])
def test_a_bare_general_noun_valued_by_a_count_restates_the_count_before(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_count_naming_its_own_noun_after_tsifru_keeps_that_noun(nlp):
    text = ("На улицы вышли 19 тыс. человек, тогда как профсоюз называет "
            "цифру в 100 тыс. участников.")
    assert metric_head(claims_by_figure(nlp, text)["100 тыс."]) == "участник"


def test_a_ratio_after_tsifru_keeps_the_general_noun(nlp):
    text = "Страну покинули 353 тыс. человек, но демографы считают, что реальная цифра в два-три раза выше."
    assert metric_head(claims_by_figure(nlp, text)["два-три раза"]) == "цифра"
