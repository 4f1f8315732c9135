"""Figures written in words the way broadcast copy writes them (a regional
TV channel's website: numbers spelled out to be read aloud), one class per
test. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- a bare "тысяча" with more number words after it --------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("В новом цехе будут работать тысяча двести человек.", "тысяча двести", 1200.0),
    ("Больница сможет принимать до тысячи пятисот пациентов в год.", "тысячи пятисот", 1500.0),
])
def test_number_words_after_a_bare_thousand_are_its_remainder(nlp, text, figure, value):
    claims = claims_by_figure(nlp, text)
    assert claims[figure]["value"] == value
    assert "тысяча" not in claims and "тысячи" not in claims


# --- ranges in words ------------------------------------------------------------

def test_the_scale_after_the_high_end_serves_the_low_end_in_words(nlp):
    claim = claims_by_figure(nlp, "Путёвка в лагерь стоит от четырёх до семи тысяч рублей.")["четырёх до семи тысяч рублей"]
    assert (claim["value"], claim["value_max"], claim["unit"]) == (4000.0, 7000.0, "rub")


def test_two_numbers_in_words_joined_by_a_dash_are_a_range(nlp):
    text = "Мёд на ярмарке продают по триста пятьдесят — четыреста рублей за банку."
    claim = claims_by_figure(nlp, text)["триста пятьдесят — четыреста рублей"]
    assert (claim["value"], claim["value_max"], claim["unit"]) == (350.0, 400.0, "rub")


def test_one_before_a_dash_stays_a_person_not_a_range(nlp):
    text = "Первый водитель получил два года колонии, ещё один – полтора года условно."
    assert claims_by_figure(nlp, text)["полтора года"]["value"] == 1.5


# --- a measure in two units, half a unit ---------------------------------------

@pytest.mark.parametrize("text, figure, value, unit", [
    ("Сугробы во дворах выросли до одного метра тридцати сантиметров.", "одного метра тридцати сантиметров", 1.3, "m"),
    ("Новая трасса короче старой на два километра четыреста метров.", "два километра четыреста метров", 2.4, "km"),
])
def test_the_smaller_unit_after_a_measure_is_part_of_the_same_figure(nlp, text, figure, value, unit):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["unit"]) == (value, unit)


def test_half_a_metre_written_as_one_word_is_a_measure(nlp):
    claim = claims_by_figure(nlp, "За ночь снега выпало почти на полметра.")["полметра"]
    assert (claim["value"], claim["unit"]) == (0.5, "m")


# --- the unit before the number: a rough figure ----------------------------------

@pytest.mark.parametrize("text, figure, unit", [
    ("Тарифы на вывоз мусора вырастут процентов на десять.", "процентов на десять", "percent"),
    ("Лёд на реке пока тонкий, сантиметров пятнадцать.", "сантиметров пятнадцать", "other"),
])
def test_a_unit_put_before_a_number_in_words_makes_it_approximate(nlp, text, figure, unit):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["bound"]) == (unit, "approx")


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Ремонт моста затянется месяца на три.", "месяца на три", 3.0, "month"),
    ("Летом паром ходит часа четыре в одну сторону.", "часа четыре", 4.0, "hour"),
    ("До райцентра ехать часа два с половиной.", "часа два с половиной", 2.5, "hour"),
    ("Батон в ларьке стоил рубля два.", "рубля два", 2.0, "rub"),
    ("На зиму бане нужно кубометров шестьдесят дров.", "кубометров шестьдесят", 60.0, "other"),
    ("Гид просит за экскурсию долларов тридцать.", "долларов тридцать", 30.0, "usd"),
])
def test_a_unit_before_two_three_four_takes_the_genitive_singular_and_is_rough(nlp, text, figure, value, unit):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["unit"], claim["bound"]) == (value, unit, "approx")


@pytest.mark.parametrize("text, figure, value", [
    ("Пустующих дач в посёлке — тысячи две.", "тысячи две", 2000.0),
    ("На митинг пришли сотни полторы человек.", "сотни полторы", 150.0),
])
def test_a_scale_before_two_three_four_is_a_rough_count(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["unit"], claim["bound"]) == (value, "count", "approx")


def test_a_period_before_a_number_and_nazad_says_when(nlp):
    assert claims_by_figure(nlp, "Мы виделись года три назад на свадьбе брата.") == {}


def test_raza_two_with_no_v_between_counts_times(nlp):
    claim = claims_by_figure(nlp, "Внуки приезжают раза два в месяц.")["два"]
    assert claim["unit"] == "count"


def test_one_and_a_half_centuries_ago_is_a_when(nlp):
    assert claims_by_figure(nlp, "Полтора века назад здесь стояла мельница.") == {}


@pytest.mark.parametrize("text, figure, value", [
    ("Сыр за пять лет взлетел раз в десять.", "раз в десять", 10.0),
    ("За пять лет коммуналка выросла раза в полтора.", "раза в полтора", 1.5),
])
def test_raz_v_before_a_number_is_a_rough_ratio(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["unit"], claim["bound"]) == (value, "times", "approx")


@pytest.mark.parametrize("text, figure", [
    ("Проверки проводятся раз в три года.", "три года"),
    ("Фильтр меняю раз в 10 дней.", "10 дней"),
])
def test_raz_v_before_a_counted_period_says_how_often_not_a_ratio(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] != "times"


def test_raz_and_a_number_with_no_v_between_is_no_ratio(nlp):
    claims = claims_by_figure(nlp, "Брат приезжал последний раз три года назад.")
    assert all(claim["unit"] != "times" for claim in claims.values())


# --- money compared with money --------------------------------------------------

def test_a_comparative_after_a_scaled_amount_leaves_it_in_the_currency_before(nlp):
    text = "Пенсия в районе — девятнадцать тысяч рублей, это на две тысячи выше прошлогодней."
    claim = claims_by_figure(nlp, text)["две тысячи"]
    assert (claim["value"], claim["unit"]) == (2000.0, "rub")
