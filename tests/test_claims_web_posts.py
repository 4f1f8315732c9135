"""Informal web writing (forum posts, blogs, letters to the editor, dialogue):
units and amounts people write in slang or without a currency word, one class
per test. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- slang and short units ----------------------------------------------------

@pytest.mark.parametrize("text, figure, unit, value", [
    ("Билет на паром стоил 450 р, а парковка ещё 150 р.", "450 р", "rub", 450.0),
    ("За лето я сбросил 6,5 кило без всяких диет.", "6,5 кило", "kg", 6.5),
    ("Мы купили студию, площадь 27 квадратов, зато свой угол.", "27 квадратов", "other", 27.0),
])
def test_short_and_colloquial_unit_words_name_their_unit(nlp, text, figure, unit, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["value"]) == (unit, value)


@pytest.mark.parametrize("text, figure, value", [
    ("Ремонт машины обошёлся мне в 45 косарей.", "45 косарей", 45000.0),
    ("Репетитор берёт по косарю за урок.", "косарю", 1000.0),
    ("Брат получает шестьдесят косых в месяц.", "шестьдесят косых", 60000.0),
])
def test_a_kosar_is_a_thousand_roubles(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["value"]) == ("rub", value)


@pytest.mark.parametrize("text, figure, value", [
    ("Масло сейчас стоит 3,2 т. р., раньше было дешевле.", "3,2 т. р.", 3200.0),
    ("Колодки поменяли за 4 т.р. вместе с работой.", "4 т.р.", 4000.0),
])
def test_t_r_is_thousands_of_roubles(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["value"]) == ("rub", value)


def test_t_alone_after_a_number_stays_tonnes(nlp):
    claim = claims_by_figure(nlp, "За смену вывезли 5 т. руды.")["5 т."]
    assert (claim["unit"], claim["value"]) == ("t", 5.0)


def test_megapixels_written_short_are_a_measure(nlp):
    claim = claims_by_figure(nlp, "Камера основная 50 Мп, днём снимает отлично.")["50 Мп"]
    assert (claim["unit"], claim["value"]) == ("other", 50.0)


# --- the unit or scale put before the number ----------------------------------

@pytest.mark.parametrize("text, figure, unit, value", [
    ("Сосед говорит, что за свет платит рублей 350 в месяц.", "рублей 350", "rub", 350.0),
    ("На распродаже скидка была процентов 40, не меньше.", "процентов 40", "percent", 40.0),
    ("На концерт пришло тысяч 5 человек.", "тысяч 5", "count", 5000.0),
    ("В день я прохожу тыщ восемь шагов.", "тыщ восемь", "count", 8000.0),
])
def test_a_unit_or_scale_before_the_number_says_it_roughly(nlp, text, figure, unit, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["value"], claim["bound"]) == (unit, value, "approx")


def test_a_unit_that_closes_an_earlier_figure_opens_no_inverted_one(nlp):
    claims = claims_by_figure(nlp, "Фонд выделил 2 млн рублей 300 семьям.")
    assert "2 млн рублей" in claims
    assert not any(text.startswith("рублей") for text in claims)


# --- points after a rate in percent -------------------------------------------

def test_fractional_points_after_a_rate_in_percent_are_percentage_points(nlp):
    text = "Банк предложил ипотеку под 16,4% годовых, но без страховки ставка на 2,5 пункта выше."
    assert claims_by_figure(nlp, text)["2,5 пункта"]["unit"] == "percentage_point"


# --- ages set aside in brackets ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Мы с женой (ей 29, мне 33) третий год копим на дачу под Тверью.",
    "Соседи сверху (ему 70, ей 68) жалуются на сквозняки.",
])
def test_bare_ages_of_people_in_brackets_are_no_claims(nlp, text):
    claims = claims_by_figure(nlp, text)
    assert not {"29", "33", "70", "68"} & set(claims)


# --- a bare price at a rate, in a text about money ----------------------------

@pytest.mark.parametrize("text, figure", [
    ("На турбазе домик стоил 2700 в сутки, баня отдельно.", "2700"),
    ("Хлеб у них 70 рублей, а прокат лодки 400 в час.", "400"),
])
def test_a_bare_amount_priced_per_day_or_hour_is_money(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "rub"


@pytest.mark.parametrize("text, figure", [
    ("Абонемент в зал 3200 в месяц, продукты вышли не дороже.", "3200"),
    ("Билет 1 800 на человека, прогулка два часа.", "1 800"),
])
def test_a_large_bare_amount_per_month_or_person_is_money_without_a_money_word(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "rub"


@pytest.mark.parametrize("text, figure", [
    ("По его словам, судозаходы увеличились до 14 в месяц.", "14"),
    ("Завод выпускал до 12 тысяч в год.", "12 тысяч"),
])
def test_a_small_or_scaled_bare_number_at_a_rate_stays_a_count(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "count"


def test_a_bare_number_at_a_rate_in_a_text_without_money_stays_a_count(nlp):
    claims = claims_by_figure(nlp, "Курьер развозит 40 в день, летом больше.")
    assert all(claim["unit"] != "rub" for claim in claims.values())


def test_basis_points_after_a_rate_in_percent_stay_a_measure(nlp):
    text = "Ставка сейчас 16%, к лету банк снизит её на 50–75 базисных пунктов."
    assert claims_by_figure(nlp, text)["50–75 базисных пунктов"]["unit"] == "other"


# --- a bare amount after money in its sentence ---------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Диагностика обошлась в 1500 р., ещё 800 за чистку дросселя.", "800"),
    ("Канистра сейчас стоит 3,2 т. р., год назад брал за 2 600.", "2 600"),
    ("Молоко в местном магазине 120 рублей за литр, хлеб 65.", "65"),
    ("За август счёт пришёл на 7 340 р., в июне было 5 900.", "5 900"),
    ("Вывоз мусора подорожал вдвое: было 180 с человека, стало 360.", "360"),
])
def test_a_bare_amount_after_money_of_a_like_size_is_more_money(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "rub"


@pytest.mark.parametrize("text, figure", [
    ("Закупили 18 автобусов на сумму 410 млн рублей, а в 2023-м — ещё 12.", "12"),
    ("Штраф составил 5 тысяч рублей, в прошлом году их было 40.", "40"),
])
def test_a_bare_number_of_another_size_after_money_stays_a_count(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "count"


def test_a_bare_amount_first_in_its_sentence_goes_on_from_the_paragraphs_money(nlp):
    text = "За март пришёл счёт на 7 120 рублей. В феврале было 5 300, то есть почти на треть меньше."
    assert claims_by_figure(nlp, text)["5 300"]["unit"] == "rub"


def test_a_number_of_another_size_after_the_paragraphs_money_stays_a_count(nlp):
    text = "Штраф составил 5 тысяч рублей. В прошлом году их было 40."
    assert claims_by_figure(nlp, text)["40"]["unit"] == "count"


def test_a_bare_number_with_its_own_subject_does_not_go_on_from_the_money_before(nlp):
    text = "Тариф составит 6,74 рубля при одноставочном учёте. Для сёл действует понижающий коэффициент 0,7."
    assert claims_by_figure(nlp, text)["0,7"]["unit"] != "rub"


def test_a_rate_of_exchange_after_money_keeps_the_quoted_currency(nlp):
    text = "При цене выше $80 за баррель экспортная выручка позволяет рублю держаться ниже 72 за доллар."
    assert claims_by_figure(nlp, text)["72"]["unit"] == "rub"


# --- a bare amount whose metric is a price or a payment ------------------------

@pytest.mark.parametrize("text, figure", [
    ("Мама на пенсии, пенсия у неё составляет 19 700, и половина уходит на лекарства.", "19 700"),
    ("Летом платёжка за июль была 3 450, зимой почти вдвое больше.", "3 450"),
    ("Зарплата у сварщика — 48 000, у разнорабочего меньше.", "48 000"),
])
def test_a_bare_amount_measuring_a_price_or_payment_is_money(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "rub"


def test_a_bare_amount_measuring_a_payment_takes_the_paragraphs_currency(nlp):
    text = "Отель обошёлся в 600 евро. Аренда машины на неделю была 250."
    assert claims_by_figure(nlp, text)["250"]["unit"] == "eur"


def test_a_number_of_payments_in_the_genitive_plural_stays_a_count(nlp):
    text = "Компенсация составила 30 тысяч рублей. В этом году таких выплат было уже сорок семь."
    assert claims_by_figure(nlp, text)["сорок семь"]["unit"] == "count"


def test_a_bare_number_measuring_something_else_stays_a_count(nlp):
    text = "Число заявок на субсидию выросло до 240, сообщили в министерстве."
    assert claims_by_figure(nlp, text)["240"]["unit"] == "count"


# --- a bare amount paid for ----------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Коньки купили за 3 900, чехол к ним отдельно.", "3 900"),
    ("Гараж сдаём за 4 500, желающих пока нет.", "4 500"),
    ("За экзамен платим по 2 300 каждый семестр.", "2 300"),
])
def test_a_bare_amount_after_za_or_po_with_a_verb_of_paying_is_money(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "rub"


@pytest.mark.parametrize("text, figure", [
    ("Педиатров и терапевтов не хватает — по 95 в каждом районе.", "95"),
    ("Исков подано 3 120, по 1 900 из них уже получены решения.", "1 900"),
])
def test_a_bare_number_after_po_without_a_verb_of_paying_stays_a_count(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "count"
