"""Units a figure leaves out or writes as a short word: points after
percentages, multiples of an allowed concentration, money whose currency
word is left out, and see-also links after the last sentence of a line.

Each test is an example of use on a sentence written for it.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.furniture import furniture_lines

from claims_helpers import claims_by_figure


def unit_and_value(nlp, text):
    """{figure text: (value, unit)} for the claims found in `text`."""
    return {figure: (claim["value"], claim["unit"]) for figure, claim in claims_by_figure(nlp, text).items()}


# --- points after percentages -------------------------------------------------

def test_points_after_percentages_are_percentage_points(nlp):
    text = ("Доля тех, кто ездит на работу на велосипеде, выросла с 12% до 19%.\n"
            "«Рост на семь пунктов за два года нас удивил», — говорит организатор опроса.")
    assert unit_and_value(nlp, text)["семь пунктов"] == (7, "percentage_point")


def test_a_change_of_points_without_percentages_stays_as_it_was(nlp):
    found = unit_and_value(nlp, "Рейтинг клуба упал на 3 пункта.")
    assert "3 пункта" not in found
    assert found["3"][0] == 3


def test_a_change_by_two_places_counts_places(nlp):
    assert unit_and_value(nlp, "За неделю команда поднялась в таблице на 2 места.")["2"] == (2, "count")


def test_a_class_number_is_still_not_a_claim(nlp):
    assert unit_and_value(nlp, "Ученики 3 класса посадили у школы аллею.") == {}


# --- multiples of a limit -----------------------------------------------------

def test_multiples_of_the_allowed_concentration_are_one_measure(nlp):
    text = "Утром концентрация аммиака у котельной достигла 3,8 ПДК."
    assert unit_and_value(nlp, text)["3,8 ПДК"] == (3.8, "other")


# --- page furniture -----------------------------------------------------------

def test_a_see_also_link_after_a_sentence_is_furniture(nlp):
    text = "Цены на гречку выросли на 4%. Читайте также: 7 способов сэкономить на продуктах"
    found = unit_and_value(nlp, text)
    assert found == {"4%": (4, "percent")}


def test_only_the_link_is_marked_not_the_sentence_before_it():
    text = "Цены выросли на 4%. Читайте также: 7 способов сэкономить"
    (start, end), = furniture_lines(text)
    assert text[start:end] == "Читайте также: 7 способов сэкономить"


# --- money whose currency word is left out ------------------------------------

def test_a_debt_without_a_currency_word_is_in_roubles(nlp):
    text = "«Когда я пришёл, задолженность перед поставщиками была 12 миллионов», — вспоминает директор."
    assert unit_and_value(nlp, text)["12 миллионов"] == (12e6, "rub")


def test_what_people_are_paid_is_money(nlp):
    text = "Водители работают без выходных, а получают около 38 тысяч."
    assert unit_and_value(nlp, text)["38 тысяч"] == (38000, "rub")


def test_a_price_per_ton_is_in_the_home_currency(nlp):
    text = ("На бирже пшеница стоит $240 за тонну.\n"
            "Весной местные закупщики предлагали фермерам 16 тысяч за тонну.")
    assert unit_and_value(nlp, text)["16 тысяч"] == (16000, "rub")


def test_the_subject_after_the_scale_word_is_not_counted(nlp):
    text = "Оставшиеся 3 млн фонд потратит на оборудование."
    assert unit_and_value(nlp, text)["3 млн"] == (3e6, "rub")


def test_a_money_word_in_another_clause_lends_no_currency(nlp):
    text = "Подписчиков у сервиса уже 5 млн, причём каждый десятый платит за расширенный тариф."
    assert unit_and_value(nlp, text)["5 млн"][1] == "count"


def test_things_counted_after_the_scale_word_stay_a_count(nlp):
    text = "На эти деньги завод выпустил за год 40 тысяч таких тракторов."
    assert unit_and_value(nlp, text)["40 тысяч"][1] == "count"


# --- parts of a thing counted in one adjective ---------------------------------

def test_a_compound_adjective_counts_the_parts_of_a_thing(nlp):
    found = unit_and_value(nlp, "Театр покажет двухактную оперу, а рядом построят четырёхполосную дорогу.")
    assert found["двухактную"] == (2, "count")
    assert found["четырёхполосную"] == (4, "count")


def test_the_storeys_of_a_house_name_its_kind(nlp):
    assert unit_and_value(nlp, "Рядом с парком построят девятиэтажный дом.") == {}


def test_the_stars_of_a_hotel_name_its_class(nlp):
    assert unit_and_value(nlp, "Группа жила в четырёхзвёздочном отеле.") == {}


@pytest.mark.parametrize("text", [
    "Продаю семиместный минивэн в хорошем состоянии.",
    "Курорт запустит восьмиместную гондольную дорогу.",
    "Партия получит большинство в 35-местном совете.",
])
def test_the_seats_of_a_vehicle_or_a_council_name_its_kind(nlp, text):
    assert unit_and_value(nlp, text) == {}


def test_a_count_in_brackets_takes_no_currency_from_the_clause_around(nlp):
    text = "Работающим студентам (их около 1,2 млн) стипендию не платят."
    assert unit_and_value(nlp, text)["1,2 млн"][1] == "count"


def test_an_editorial_byline_with_date_and_reading_time_is_furniture(nlp):
    text = "3 июня 2026 · Редакция «Вечернего курьера» · 5 мин чтения\nТарифы выросли на 9%."
    assert unit_and_value(nlp, text) == {"9%": (9, "percent")}
