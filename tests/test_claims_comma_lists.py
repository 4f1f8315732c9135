"""Numbers listed with commas ('50, 75 или 100%', 'в 2, 3 и 5 раз').

razdel glues a list comma to the number before it; the tokenizer cuts it
off, so every item of a list is read. The items share the unit, the scale
and the measure written once, with the last item; numbers the glued comma
used to hide by accident (days listed before a month, a time zone's offset,
a person's age in a roster entry) stay out.

Sentences written for these tests (not from any corpus).
"""
import pytest
import spacy

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.claims.numbers import parse_number
from pipeline.tokenize import RazdelTokenizer, razdel_words


def claims(nlp, text):
    """{figure text: (value, unit, metric text)} for the claims found in `text`."""
    return {claim["figure"]["text"]: (claim["value"], claim["unit"], (claim["metric"] or {}).get("text"))
            for claim in nlp(text)._.claims}


# --- the tokenizer ------------------------------------------------------------

def test_a_list_comma_is_its_own_token():
    words = [word.text for word in razdel_words("Скидка — 10, 15 или 20%.")]
    assert words[:5] == ["Скидка", "—", "10", ",", "15"]


@pytest.mark.parametrize("text, number", [
    ("Ставка 3,5 процента", "3,5"),            # a decimal comma stays inside
    ("Сумма 12,75, затем 14", "12,75"),        # a decimal before a list comma
])
def test_a_decimal_comma_stays_with_its_number(text, number):
    assert number in [word.text for word in razdel_words(text)]


def test_the_doc_keeps_the_text_and_the_cut_comma():
    text = "Квоты: 40, 60 и 80 мест."
    doc = RazdelTokenizer(spacy.blank("ru").vocab)(text)
    assert doc.text == text
    assert [token.text for token in doc][2:5] == ["40", ",", "60"]


def test_a_number_before_a_list_comma_parses():
    assert parse_number("40, 60 и 80").value == 40


# --- the items share what the last one writes ---------------------------------

def test_items_share_a_percent_sign(nlp):
    found = claims(nlp, "Надбавка к пенсии составит 20, 30 или 40% оклада.")
    assert {text: value_unit[:2] for text, value_unit in found.items()} == {
        "20": (20, "percent"), "30": (30, "percent"), "40%": (40, "percent")}


def test_items_share_times(nlp):
    found = claims(nlp, "За десять лет тарифы выросли в 2, 3 и 4 раза.")
    assert [found[text][1] for text in ("2", "3", "4 раза")] == ["times"] * 3


def test_items_share_a_scale_word_and_a_currency(nlp):
    found = claims(nlp, "Семьи получат по 15, 25 и 35 тысяч рублей.")
    assert found["15"][:2] == (15000, "rub")
    assert found["25"][:2] == (25000, "rub")


def test_items_share_the_noun_named_with_the_last(nlp):
    found = claims(nlp, "Комбинаты отгрузили 4, 6 и 9 млн тонн угля.")
    assert found["4"] == (4_000_000, "t", "угля")
    assert found["6"] == (6_000_000, "t", "угля")


def test_a_number_of_another_clause_keeps_its_own_scale(nlp):
    # ', а' opens another clause: 7 is no item of the list of thousands
    found = claims(nlp, "Пострадали 7, а эвакуировали 900 тысяч человек.")
    assert found["7"][0] == 7


# --- numbers the glued comma used to hide stay out ----------------------------

def test_days_listed_before_a_month_are_dates(nlp):
    found = claims(nlp, "Выставка будет закрыта 4, 11 и 18 марта, билеты стоят 300 рублей.")
    assert list(found) == ["300 рублей"]


def test_a_time_zone_offset_is_no_claim(nlp):
    found = claims(nlp, "Эфир начнётся в 20:00 (UTC+3, по Москве), он продлится 90 минут.")
    assert list(found) == ["90 минут"]


def test_an_age_in_a_roster_entry_is_no_claim(nlp):
    text = ("Состав: • Пётр Сидоров (Чехия, 29 лет, рейтинг — 2750) "
            "• Анна Котова (Польша, 36, 2702) • Ян Новак (Словакия, 41, 2690)")
    found = claims(nlp, text)
    assert "36" not in found and "41" not in found
    assert "2702" in found and "2690" in found


@pytest.mark.parametrize("text", [
    "Обвинение предъявлено по статьям 158, 161 и 162 УК РФ.",   # the code is named after the last
    "Расселят ветхие дома 3, 5 и 11 по Садовой улице.",          # the code word stands before the first
])
def test_numbers_listed_with_a_code_are_codes(nlp, text):
    assert claims(nlp, text) == {}


def test_a_list_that_counts_a_noun_still_counts(nlp):
    found = claims(nlp, "В посёлке возвели дома 2, 3 и 4 этажей.")
    assert "3" in found and "4" in found


def test_an_item_before_a_range_takes_the_range_scale(nlp):
    found = claims(nlp, "Ущерб оценивают в 2, 3 или 4 млн рублей.")
    assert found["2"][:2] == (2_000_000, "rub")
