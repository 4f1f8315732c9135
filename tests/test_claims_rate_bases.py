"""The base a rate or a cost is given per ('на 10 тысяч', 'за тысячу
кубометров', 'ремонт одного километра') is no claim; the rate or the cost is.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- a round base after what the rate counts -------------------------------------

def test_a_base_after_a_decimal_and_its_noun_in_the_singular_is_no_claim(nlp):
    assert figures_of(nlp, "Заболеваемость упала с 52,4 до 48,6 случая на 10 тысяч.") == {"48,6": "count"}


def test_a_base_after_a_participle_in_the_plural_is_no_claim(nlp):
    figures = figures_of(nlp, "Летальность (число умерших на 100 заболевших) составила 2,1.")
    assert "100" not in figures


def test_a_change_of_a_noun_in_the_singular_keeps_its_count(nlp):
    assert figures_of(nlp, "Штат завода сократили на 100 человек.") == {"100": "count"}


def test_a_base_with_each_before_it_after_what_is_counted_is_no_claim(nlp):
    assert figures_of(nlp, "В области 14 врачей на каждую тысячу жителей.") == {"14": "count"}


# --- a base after 'за' ----------------------------------------------------------

def test_a_base_after_a_price_range_is_no_claim(nlp):
    figures = figures_of(nlp, "Цена газа снизится до $250–260 за тысячу кубометров.")
    assert figures == {"$250–260": "usd"}


def test_a_currency_unit_a_rate_of_exchange_is_given_for_is_no_claim(nlp):
    assert "$1" not in figures_of(nlp, "Курс вырос до 9 370 белорусских рублей за $1.")


def test_one_item_a_price_in_thousands_is_given_for_is_no_claim(nlp):
    figures = figures_of(nlp, "Штраф составил 4 млн рублей — около 9,5 тыс. рублей за одну птицу.")
    assert set(figures) == {"4 млн рублей", "9,5 тыс. рублей"}


# --- one unit of a measure that work is done on ------------------------------------

def test_one_unit_of_a_measure_after_the_work_done_on_it_is_no_claim(nlp):
    assert figures_of(nlp, "Ремонт одного квадратного метра кровли подорожал до 900 рублей.") == {"900 рублей": "rub"}
    assert figures_of(nlp, "На содержание одного километра трассы уходит 12 млн тенге.") == {"12 млн тенге": "kzt"}


def test_one_unit_of_a_measure_after_a_verb_stays_a_measure(nlp):
    assert figures_of(nlp, "Длина новой трассы не превышает одного километра.") == {"одного километра": "km"}
