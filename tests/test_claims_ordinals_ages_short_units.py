"""Figures: numbers that look like amounts but are ordinals,
ages or verse numbers, and units written in short forms.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- ordinals that look like metres or counts --------------------------------

def test_an_ordinal_ending_typed_as_m_is_not_metres(nlp):
    assert figures_of(nlp, "Библиотека переехала во 2 м здание на площади.") == {}
    assert figures_of(nlp, "К 4м курсам студенты уже работают.") == {}


def test_metres_before_a_genitive_or_a_preposition_stay_metres(nlp):
    assert figures_of(nlp, "Для штор купили 6 м ткани.") == {"6 м": "m"}
    assert figures_of(nlp, "Палатку поставили в 3 м от воды.") == {"3 м": "m"}


def test_a_round_cardinal_before_an_ordinal_word_is_one_ordinal(nlp):
    assert figures_of(nlp, "Дом построили в тридцать пятом году прошлого века.") == {}
    assert figures_of(nlp, "Он вспоминал зиму сорок третьего.") == {}


def test_a_small_count_before_an_ordinal_word_still_counts(nlp):
    assert figures_of(nlp, "Команда проиграла три первых матча сезона.") == {"три": "count"}


# --- ages ---------------------------------------------------------------------

def test_years_owned_by_a_dative_through_byt_are_an_age(nlp):
    assert figures_of(nlp, "Отцу тогда было 42 года, и он сменил работу.") == {}
    assert figures_of(nlp, "Будь мне сейчас 20 лет, я бы поехал.") == {}


def test_years_given_to_someone_stay_a_term(nlp):
    assert figures_of(nlp, "Суд дал ему 7 лет колонии.") == {"7 лет": "year"}


# --- verse and section numbers --------------------------------------------------

def test_a_number_on_a_line_of_its_own_numbers_a_verse(nlp):
    text = "Над рекой туман ложится\n3\nи деревня тихо спит"
    assert figures_of(nlp, text) == {}


# --- short unit forms -------------------------------------------------------------

def test_grams_and_kilobytes_in_short_forms_are_measures(nlp):
    assert figures_of(nlp, "В тесто кладут 15 гр. дрожжей.") == {"15 гр.": "other"}
    assert figures_of(nlp, "Программа занимает 640 КБ памяти.") == {"640 КБ": "other"}


# --- hours that last, values set with '=' -----------------------------------------

def test_hours_a_verb_of_lasting_takes_are_a_duration(nlp):
    assert figures_of(nlp, "Совещание длилось около 4 ч.") == {"4 ч.": "hour"}


def test_hours_after_about_with_no_lasting_verb_stay_a_clock_time(nlp):
    assert figures_of(nlp, "Митинг начался около 9 часов.") == {}
    assert figures_of(nlp, "Ярмарка продлится с 9 до 17 часов.") == {}


def test_an_equals_sign_that_sets_a_price_keeps_the_price(nlp):
    assert figures_of(nlp, "Итого за два дня = 9500 ₽") == {"9500 ₽": "rub"}


def test_an_equation_between_numbers_is_arithmetic(nlp):
    assert figures_of(nlp, "Проверим: 4 + 4 = 8.") == {}


def test_francs_abbreviated_are_a_currency(nlp):
    assert figures_of(nlp, "Билет стоил 12 фр. и окупился.") == {"12 фр.": "other_currency"}


# --- ordinals in lists, names, places that hold a count -------------------------------

def test_bare_numbers_listed_after_a_written_ordinal_repeat_it(nlp):
    assert figures_of(nlp, "В рейде были 5-я рота целиком и 2 и 3 отчасти.") == {}


def test_a_count_after_a_written_ordinal_with_its_own_noun_stays(nlp):
    assert figures_of(nlp, "Сгорели 4-й и 5-й склады, а 3 склада уцелели.") == {"3": "count"}


def test_a_place_in_the_locative_holds_a_count_of_plural_things(nlp):
    assert figures_of(nlp, "В корпусе 40 палат и столовая.") == {"40": "count"}


def test_a_place_before_a_number_without_a_counted_noun_names_it(nlp):
    assert figures_of(nlp, "Собрание прошло в доме 7 по Садовой улице.") == {}


def test_a_capitalised_number_word_inside_a_sentence_is_part_of_a_name(nlp):
    assert figures_of(nlp, "Паломники пришли к храму Девяти Мучеников.") == {}


def test_a_capitalised_number_word_after_a_bullet_still_counts(nlp):
    assert figures_of(nlp, "■ Трое туристов заблудились в лесу.") == {"Трое": "count"}


# --- references and reporting periods ------------------------------------------------

def test_volume_and_page_of_a_reference_are_not_figures(nlp):
    assert figures_of(nlp, "Отчёт напечатан в сборнике (т. 7, с. 45–58).") == {}


def test_a_bare_s_before_a_number_is_still_a_preposition(nlp):
    assert "20%" in figures_of(nlp, "Ставка выросла с 15 до 20%.")


def test_months_followed_by_a_year_name_a_reporting_period(nlp):
    text = "Банк раскрыл итоги за полугодие и шесть месяцев 2024 года."
    assert figures_of(nlp, text) == {}


# --- whom a price is for; hours of an activity ------------------------------------------

def test_a_collective_numeral_after_na_names_whom_a_price_is_for(nlp):
    assert figures_of(nlp, "Домик на троих обойдётся в 7000 рублей.") == {"7000 рублей": "rub"}


def test_a_collective_numeral_as_a_subject_still_counts(nlp):
    assert figures_of(nlp, "Четверых туристов эвакуировали вертолётом.") == {"Четверых": "count"}


def test_hours_of_an_activity_are_its_length(nlp):
    assert figures_of(nlp, "После 12 часов пути группа вышла к реке.") == {"12 часов": "hour"}


def test_hours_with_a_part_of_the_day_stay_a_clock_time(nlp):
    assert figures_of(nlp, "Поезд прибыл после 11 часов вечера.") == {}


def test_a_currency_code_before_the_number_is_not_a_capitalised_number_word(nlp):
    assert figures_of(nlp, "Сделка составила EUR 3 млн.") == {"EUR 3 млн": "eur"}


# --- a group named by its number --------------------------------------------------------

def test_a_number_word_closing_a_phrase_after_a_noun_names_a_group(nlp):
    assert figures_of(nlp, "Лидеры собрались на саммит семи, который открылся утром.") == {}


def test_a_number_word_with_a_partitive_after_a_noun_still_counts(nlp):
    assert figures_of(nlp, "Он отменил поездки трёх из пяти министров.")["трёх"] == "count"


def test_hours_before_a_weekday_are_a_clock_time(nlp):
    assert figures_of(nlp, "Заявки принимают до 17 часов четверга.") == {}
