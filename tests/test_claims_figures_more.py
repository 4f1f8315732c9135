"""Figures: which numbers are claims, in which unit, with which direction.

Each test is an example of use on a sentence written for it.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def claims_of(nlp, text):
    """{figure text: (unit, direction)} for the claims found in `text`."""
    return {claim["figure"]["text"]: (claim["unit"], claim["direction"]) for claim in nlp(text)._.claims}


def units_of(nlp, text):
    return {figure: unit for figure, (unit, _) in claims_of(nlp, text).items()}


# --- currency by context ---------------------------------------------------

def test_the_armenian_dram_in_any_case_is_a_foreign_currency(nlp):
    text = "Тариф вырос на 3,5 драма, до 48,78 драма за кВт·ч, а ночной тариф — до 38,78 драма."
    assert set(units_of(nlp, text).values()) == {"other_currency"}
    assert "3,5 драма" in units_of(nlp, text)


def test_an_iso_code_after_the_number_is_its_currency(nlp):
    text = "Средневзвешенный курс доллара на торгах в среду составил 388,5 AMD."
    assert units_of(nlp, text) == {"388,5 AMD": "other_currency"}


def test_a_belarusian_dateline_makes_bare_roubles_foreign(nlp):
    text = "МИНСК, 3 марта. Средняя пенсия составила 900 рублей, а проезд подорожал до 50 ₽."
    assert units_of(nlp, text) == {"900 рублей": "other_currency", "50 ₽": "rub"}


def test_a_rouble_named_once_as_belarusian_holds_for_the_text(nlp):
    text = ("Бюджет города составил 2 млрд белорусских рублей. "
            "На дороги потратят 300 млн рублей.")
    units = units_of(nlp, text)
    assert units["2 млрд белорусских рублей"] == "other_currency"
    assert units["300 млн рублей"] == "other_currency"


def test_a_rouble_in_a_sentence_that_names_belarus_holds_for_the_text(nlp):
    text = "Средняя зарплата в Беларуси составила 2 100 рублей. В Гомеле — 1 800 рублей."
    assert set(units_of(nlp, text).values()) == {"other_currency"}


def test_a_text_that_names_russia_too_keeps_its_bare_roubles_russian(nlp):
    text = ("Билеты в России стоят от 2 500 рублей, "
            "хотя в Минске они не дороже 14 белорусских рублей.")
    units = units_of(nlp, text)
    assert units["2 500 рублей"] == "rub" and units["14 белорусских рублей"] == "other_currency"


def test_a_currency_after_a_decimal_takes_its_adjective_in_the_singular(nlp):
    # A decimal fraction governs the genitive singular: "2,42 белорусского рубля".
    text = ("Литр дизельного топлива подорожал до 2,42 белорусского рубля, "
            "а акция компании стоила 3,5 американского доллара.")
    assert units_of(nlp, text) == {"2,42 белорусского рубля": "other_currency",
                                   "3,5 американского доллара": "usd"}


def test_belarus_named_beside_no_money_leaves_the_roubles_russian(nlp):
    text = "Среди гостей лидируют жители Белоруссии — 41%. Тур стоит 46 тыс. рублей."
    assert units_of(nlp, text)["46 тыс. рублей"] == "rub"


def test_a_pound_named_once_as_cypriot_holds_for_the_text(nlp):
    text = ("Доход от налога составил 667,2 миллиона кипрских фунтов. "
            "Поступления по депозитам выросли до 111,2 миллиона фунтов.")
    units = units_of(nlp, text)
    assert units["667,2 миллиона кипрских фунтов"] == "other_currency"
    assert units["111,2 миллиона фунтов"] == "other_currency"


def test_a_sign_or_a_british_adjective_keeps_the_pound_british(nlp):
    text = ("Сделка стоила 2 млн австралийских долларов. "
            "Позже клуб заплатил £3 млн и ещё 5 млн британских фунтов.")
    units = units_of(nlp, text)
    assert units["£3 млн"] == "gbp" and units["5 млн британских фунтов"] == "gbp"


def test_a_bare_pound_in_an_ordinary_text_is_british(nlp):
    assert units_of(nlp, "Клуб продал игрока за 50 млн фунтов.") == {"50 млн фунтов": "gbp"}


def test_russian_roubles_stay_rub_in_an_ordinary_text(nlp):
    assert units_of(nlp, "Ремонт моста обошёлся в 40 млн рублей.") == {"40 млн рублей": "rub"}


def test_a_paragraphs_currency_does_not_jump_onto_a_number_of_things(nlp):
    text = "Выручка оператора выросла до 5 млрд рублей. Число абонентов почти не изменилось — 12 млн."
    assert units_of(nlp, text)["12 млн"] == "count"


def test_a_bare_amount_after_a_scaled_count_is_a_count(nlp):
    text = "Бюджет порта — 3 млрд рублей. Через порт прошло 400 тысяч контейнеров — на 30 тысяч больше."
    assert units_of(nlp, text)["30 тысяч"] == "count"


def test_a_bare_amount_after_a_small_count_still_takes_the_currency(nlp):
    text = "Инвестиции составят 9 млрд рублей. Область отобрала 4 проекта стоимостью около 6 млрд."
    assert units_of(nlp, text)["6 млрд"] == "rub"


# --- units -------------------------------------------------------------------

def test_kilometres_per_second_is_one_speed(nlp):
    assert units_of(nlp, "Скорость зонда составит 7,9 км/с.") == {"7,9 км/с": "other"}


def test_grams_abbreviated(nlp):
    assert units_of(nlp, "У задержанного нашли 25 г наркотика.") == {"25 г": "other"}


def test_a_year_abbreviated_after_in_is_a_date(nlp):
    assert claims_of(nlp, "Город основан в 988 г. на берегу реки.") == {}


# --- exclusions ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "При пожаре звоните по телефону 101 или 112.",
    "Справки по номеру 03.",
])
def test_emergency_and_service_numbers_are_codes(nlp, text):
    assert claims_of(nlp, text) == {}


def test_ages_after_the_people_they_describe(nlp):
    found = claims_of(nlp, "Патруль задержал двух жителей Перми 23 и 31 года.")
    assert set(found) == {"двух"}


def test_years_before_a_verb_are_a_duration(nlp):
    found = claims_of(nlp, "Жители Самары 10 лет ждали новый мост.")
    assert found == {"10 лет": ("year", None)}


# --- directions ----------------------------------------------------------------

def directions_of(nlp, text):
    return {figure: direction for figure, (_, direction) in claims_of(nlp, text).items()}


def test_a_part_with_its_own_verb_does_not_take_the_wholes_level(nlp):
    text = "Добыча руды за год составила 12,8 млн т, из них на экспорт отправлено 9,1 млн т, или 71%."
    assert directions_of(nlp, text) == {"12,8 млн т": "level", "9,1 млн т": None, "71%": None}


def test_the_base_after_against_has_no_direction(nlp):
    text = "Средний чек достиг 610 руб. против 540 руб. годом ранее."
    assert directions_of(nlp, text) == {"610 руб.": "level", "540 руб.": None}


def test_a_comparison_with_another_thing_has_the_comparatives_direction(nlp):
    text = "Фонд зарплат составил 1,4 млрд рублей, что примерно на 200 млн меньше лимита."
    assert directions_of(nlp, text)["200 млн"] == "decrease"


def test_a_comparison_with_an_earlier_year_is_a_change(nlp):
    text = "В клинике пролечились 9 000 пациентов, это на 6% больше, чем в 2024-м."
    assert directions_of(nlp, text)["6%"] == "increase"


def test_a_comparison_referring_back_without_a_base_is_a_change(nlp):
    text = "Выручка составила 9 млрд рублей, что на 12% больше."
    assert directions_of(nlp, text)["12%"] == "increase"


def test_a_price_with_its_own_verb_after_a_rise_is_a_plain_amount(nlp):
    text = "С 1 мая поездка за наличные подорожает с 30 до 35 рублей, а по карте будет стоить 33 ₽."
    assert directions_of(nlp, text) == {"35 рублей": "increase", "33 ₽": None}


# --- number-like words that are not claims --------------------------------------

@pytest.mark.parametrize("text", [
    "Клуб вошёл в первую десятку рейтинга.",
    "Команда удержалась в тройке лидеров.",
])
def test_a_top_ten_is_a_place_in_a_ranking(nlp, text):
    assert claims_of(nlp, text) == {}


def test_about_ten_of_something_is_still_a_count(nlp):
    assert claims_of(nlp, "За неделю пришло около десятка жалоб.") == {"десятка": ("count", None)}


@pytest.mark.parametrize("text", [
    "На субботник вышли около сотни жильцов.",
    "Саженцев высадили не больше сотни.",
])
def test_about_a_hundred_after_a_bound_is_a_count_of_100(nlp, text):
    claims = nlp(text)._.claims
    assert [(claim["figure"]["text"], claim["value"]) for claim in claims] == [("сотни", 100)]


def test_hundreds_alone_count_nothing(nlp):
    assert claims_of(nlp, "Сотни жильцов вышли на субботник.") == {}


def test_a_catalogue_designation_is_a_name(nlp):
    assert claims_of(nlp, "Телескоп снял комету 2031 QX7 у Юпитера.") == {}


def test_a_count_before_a_model_name_still_counts(nlp):
    assert "4" in claims_of(nlp, "Авиакомпания получила 4 A321 в лизинг.")


@pytest.mark.parametrize("text", [
    "Новый сериал (16+) покажут осенью.",
    "К перерыву счёт был 2-1.",
    "Сквер разбили на улице 30 лет Победы.",
    "Депо откроют на 4-ю линию метро.",
])
def test_marks_scores_street_names_and_ordinals_are_not_claims(nlp, text):
    assert claims_of(nlp, text) == {}


def test_an_instrumental_numeral_before_a_plural_still_counts(nlp):
    assert "6-ю" in claims_of(nlp, "Семья с 6-ю детьми получила квартиру.")


def test_a_height_is_not_a_rise(nlp):
    assert claims_of(nlp, "Рост нового центрового — 211 см.") == {"211 см": ("other", None)}


def test_a_rise_is_still_a_rise(nlp):
    assert directions_of(nlp, "Рост продаж — 14%.") == {"14%": "increase"}


def test_a_magnitude_is_a_measure(nlp):
    assert units_of(nlp, "Толчок магнитудой 4,8 ощутили в городе.") == {"4,8": "other"}


# --- a duration that frames an amount -------------------------------------------

@pytest.mark.parametrize("text, period", [
    ("Фонд потратит 40 млн долларов в течение 10 лет на борьбу с бедностью.", "10 лет"),
    ("На ремонт дорог заложено 90 млрд рублей на три года.", "три года"),
])
def test_the_period_of_an_amount_is_its_time_not_a_claim(nlp, text, period):
    found = claims_of(nlp, text)
    assert period not in found and len(found) == 1


def test_a_term_of_its_own_beside_a_fine_stays_a_claim(nlp):
    text = "Суд назначил штраф в размере 5 млн рублей и запрет занимать должности в течение 3 лет."
    assert "3 лет" in claims_of(nlp, text)


def test_a_contract_term_beside_a_salary_stays_a_claim(nlp):
    assert "4 года" in claims_of(nlp, "Речь идёт о контракте на 4 года с зарплатой около 2 млн евро в год.")


@pytest.mark.parametrize("text, term", [
    ("Подъёмные — по 1 млн рублей тем, кто едет в село, программа рассчитана на пять лет.", "пять лет"),
    ("Договор на 400 млн рублей подписали в марте, но работы сдвинулись на полтора месяца.", "полтора месяца"),
])
def test_a_term_in_a_clause_past_a_comma_frames_no_amount(nlp, text, term):
    assert term in claims_of(nlp, text)


# --- figures that were missed ---------------------------------------------------

def test_a_range_that_starts_with_one_and_a_half(nlp):
    assert units_of(nlp, "Лён даёт в полтора-два раза больше выручки, чем пшеница.") == {"полтора-два раза": "times"}


def test_an_ordinal_part_is_a_fraction(nlp):
    found = claims_of(nlp, "Завод сократил выпуск на десятую часть.")
    assert found == {"десятую часть": ("fraction", "decrease")}


def test_a_section_of_a_text_is_not_a_fraction(nlp):
    assert claims_of(nlp, "Во второй части доклада министр говорил о школах.") == {}


def test_a_target_after_a_dash_takes_the_unit_of_the_change_before_it(nlp):
    text = "Посевы льна расширили на 150 тысяч гектаров — до 830 тысяч."
    assert units_of(nlp, text) == {"150 тысяч гектаров": "ha", "830 тысяч": "ha"}


@pytest.mark.parametrize("text", [
    "Код региона 72 теперь есть и на новых номерах.",
    "Ученики 9 «В» класса выиграли конкурс.",
])
def test_codes_after_a_genitive_and_class_letters_are_names(nlp, text):
    assert claims_of(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Этап 2 реконструкции начнётся весной.",
    "Вариант 1 — бесплатная парковка у вокзала.",
])
def test_numbered_steps_and_options_are_labels(nlp, text):
    assert claims_of(nlp, text) == {}


def test_a_step_taken_twice_still_counts(nlp):
    assert "2" in claims_of(nlp, "Он сделал этот шаг 2 раза.")


@pytest.mark.parametrize("line", ["4 мин. чтения", "Фото 3 из 15", "Поделиться: 27"])
def test_reading_time_gallery_and_share_counters_are_page_furniture(nlp, line):
    text = f"Мэрия открыла новый сквер у реки.\n{line}\nРаботы шли всё лето."
    assert claims_of(nlp, text) == {}


def test_a_count_takes_no_direction_from_the_clause_after_it(nlp):
    text = "За неделю продали 12 млн билетов, а средняя цена билета выросла на 20 рублей."
    assert directions_of(nlp, text) == {"12 млн": None, "20 рублей": "increase"}


def test_a_clause_with_its_own_verb_before_a_dash_leaves_no_verb_out(nlp):
    text = "Зарплаты за год прибавили 3,1%, а безработица держится на рекордном минимуме — около 2,5%."
    assert directions_of(nlp, text) == {"3,1%": "increase", "2,5%": None}


def test_a_dash_still_repeats_the_verb_it_leaves_out(nlp):
    text = "Товары подорожали на 7,2%, а услуги — на 9,4%."
    assert directions_of(nlp, text) == {"7,2%": "increase", "9,4%": "increase"}


def test_a_dash_after_a_level_verb_carries_it_across_units(nlp):
    text = "Средний размер займа составил 2,4 млн рублей, а средний срок — 18 лет."
    assert directions_of(nlp, text) == {"2,4 млн рублей": "level", "18 лет": "level"}


def test_a_figure_renaming_on_the_level_of_states_a_level(nlp):
    text = "Загрузка гостиниц осталась на уровне прошлого года — 71,5%."
    assert directions_of(nlp, text) == {"71,5%": "level"}


@pytest.mark.parametrize("text, figure, direction", [
    ("Ночью воздух остыл до -31 градуса.", "-31 градуса", "decrease"),
    ("Днём воздух прогрелся до +6 градусов.", "+6 градусов", "increase"),
    ("В субботу ожидается усиление ветра до 18 м/с.", "18 м/с", "increase"),
])
def test_weather_verbs_of_warming_cooling_and_strengthening(nlp, text, figure, direction):
    assert directions_of(nlp, text).get(figure) == direction


def test_a_long_title_announced_by_its_noun_is_a_name(nlp):
    text = ("Он автор книги «Как понять сложные законы химии: 50 простых и увлекательных "
            "опытов для школьников и их родителей».")
    assert claims_of(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Пострадавшего доставили в больницу 15.",
    "Сотрудники отдела полиции 3 задержали вора.",
    "Маршрутка 27 изменила путь.",
])
def test_numbers_naming_institutions_and_routes(nlp, text):
    assert claims_of(nlp, text) == {}


def test_a_count_after_an_institution_noun_still_counts(nlp):
    assert "30" in claims_of(nlp, "В больницу 30 пострадавших доставили вертолётами.")


def test_the_reporting_period_is_not_a_claim(nlp):
    found = claims_of(nlp, "По итогам 9 месяцев прибыль банка составила 3 млрд рублей.")
    assert set(found) == {"3 млрд рублей"}


def test_seasons_after_za_frame_the_counts_that_follow(nlp):
    found = claims_of(nlp, "За полтора сезона нападающий провёл 40 матчей.")
    assert set(found) == {"40"}


def test_counts_glued_by_a_plus_name_a_format(nlp):
    assert claims_of(nlp, "Переговоры в формате 2+2 продолжатся осенью.") == {}


# --- a number word with its preposition inside ------------------------------

@pytest.mark.parametrize("text, direction", [
    ("За год задолженность по зарплате сократилась почти наполовину.", "decrease"),
    ("Выручка сети выросла наполовину, до 12 млрд рублей.", "increase"),
])
def test_halving_is_a_change_by_a_half(nlp, text, direction):
    claim = next(c for c in nlp(text)._.claims if c["figure"]["text"] == "наполовину")
    assert (claim["value"], claim["unit"], claim["direction"], claim["change"]) == (0.5, "fraction", direction, "by")


def test_a_fine_in_belarusian_base_units_is_a_measure_like_kazakh_mrp(nlp):
    text = "Нарушители отделались штрафами от 50 до 100 базовых величин, а в Алматы — 30 МРП."
    assert units_of(nlp, text) == {"50 до 100 базовых величин": "other", "30 МРП": "other"}
