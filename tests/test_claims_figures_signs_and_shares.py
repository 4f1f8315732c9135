"""Figures: signs written as words, comparisons with a norm,
compound adjectives and shares named by an ordinal.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory


def claims_of(nlp, text):
    """{figure text: (value, unit, direction)} for the claims found in `text`."""
    return {claim["figure"]["text"]: (claim["value"], claim["unit"], claim["direction"])
            for claim in nlp(text)._.claims}


# --- a sign written as a word ------------------------------------------------

def test_minus_before_a_percent_is_a_fall(nlp):
    text = "За месяц цены на овощи изменились: морковь — минус 2,5%, лук +1,5%."
    found = claims_of(nlp, text)
    assert found["2,5%"] == (2.5, "percent", "decrease")


def test_plus_before_a_percent_is_a_rise(nlp):
    found = claims_of(nlp, "Лучше всех показала себя торговля (плюс 6,3%).")
    assert found["6,3%"] == (6.3, "percent", "increase")


def test_minus_before_degrees_keeps_its_sign(nlp):
    found = claims_of(nlp, "Ночью в горах было минус 12 градусов.")
    assert found["минус 12 градусов"][:2] == (-12, "other")


# --- comparisons with a standard -----------------------------------------------

def test_than_clause_ends_at_the_comma(nlp):
    text = "Сектор растёт в три раза быстрее, чем экономика страны, и к 2031 году удвоится."
    assert claims_of(nlp, text)["три раза"] == (3, "times", "increase")


# --- words that look like units or numbers but are not -----------------------

def test_rooms_of_a_flat_name_its_kind(nlp):
    found = claims_of(nlp, "Семья сменила однокомнатную квартиру на двухкомнатную.")
    assert found == {}


def test_a_typical_two_room_flat_gives_no_figure(nlp):
    text = "Для семьи из трёх человек в типовой двухкомнатной квартире платёж вырастет на 640 рублей."
    assert "двухкомнатной" not in claims_of(nlp, text)


def test_the_term_of_a_bond_names_its_kind(nlp):
    found = claims_of(nlp, "Доходность десятилетних казначейских облигаций выросла на 5 базисных пунктов.")
    assert "десятилетних" not in found
    assert found["5 базисных пунктов"][1] == "other"


def test_the_term_of_a_deposit_names_its_kind_also_when_the_noun_is_left_out(nlp):
    text = "По трехмесячным вкладам ставки снизились на 0,5 п.п., по полугодовым — на 0,3 п.п."
    assert set(claims_of(nlp, text)) == {"0,5 п.п.", "0,3 п.п."}


def test_the_term_of_a_money_market_rate_names_its_kind(nlp):
    text = "С учётом шестимесячного Euribor, который за год опустился на 1,5 п.п., ставка снизилась."
    assert "шестимесячного" not in claims_of(nlp, text)


def test_a_term_of_something_else_is_still_a_claim(nlp):
    found = claims_of(nlp, "Президенты обсудили итоги двухдневного визита.")
    assert found["двухдневного"][:2] == (2, "day")


def test_storeys_of_a_house_name_its_kind(nlp):
    # like the rooms of a flat, the storeys name the kind of house (NOTES.md, session 24)
    found = claims_of(nlp, "В городе построили пятиэтажный дом.")
    assert "пятиэтажный" not in found


def test_lanes_of_a_road_still_count(nlp):
    # compounds that count a thing's parts stay claims (NOTES.md, session 4)
    found = claims_of(nlp, "Строители открыли четырёхполосную дорогу.")
    assert found["четырёхполосную"][:2] == (4, "count")


def test_every_twentieth_is_a_share(nlp):
    found = claims_of(nlp, "Грант получил каждый двадцатый участник конкурса.")
    assert found["каждый двадцатый"][:2] == (0.05, "fraction")


def test_almost_a_fifth_in_the_nominative_is_a_share(nlp):
    found = claims_of(nlp, "На долю Стамбула приходится почти пятая часть населения.")
    assert found["пятая часть"][:2] == (0.2, "fraction")


def test_a_numbered_part_of_a_film_is_no_share(nlp):
    assert claims_of(nlp, "Вторая часть фильма вышла в прокат.") == {}


def test_digits_over_a_slash_are_a_fraction(nlp):
    found = claims_of(nlp, "За сутки взрослый зверь съедает до 1/3 собственной массы.")
    assert found["1/3"][:2] == (1 / 3, "fraction")


def test_a_round_of_a_tournament_is_no_fraction(nlp):
    assert claims_of(nlp, "«Зенит» вышел в 1/8 финала.") == {}


def test_a_train_number_with_a_slash_is_no_fraction(nlp):
    assert claims_of(nlp, "Самым загруженным стал поезд № 145/146.") == {}


def test_an_adjective_after_a_fraction_is_no_unit(nlp):
    found = claims_of(nlp, "За ночь выпало больше половины недельной нормы снега.")
    assert found["половины"][:2] == (0.5, "fraction")


def test_a_year_earlier_is_a_time_not_a_unit(nlp):
    found = claims_of(nlp, "Выпуск станков упадёт до 3,1 тыс. против 4 тыс. годом ранее.")
    assert found["4 тыс."][:2] == (4000, "count")


def test_a_number_after_call_is_a_phone(nlp):
    assert claims_of(nlp, "Если заметили дым, звоните 101.") == {}


def test_plural_ordinal_before_a_class_noun_is_no_claim(nlp):
    found = claims_of(nlp, "Экзамен сдавали ученики 9-х классов, всего 340 человек.")
    assert "9-х" not in found and "340" in found


# --- ages that are statistics, durations that name a group ---------------------

def test_an_average_age_of_a_fleet_is_a_claim(nlp):
    found = claims_of(nlp, "В парке 40 трамваев со средним возрастом 7,5 года.")
    assert found["7,5 года"][:2] == (7.5, "year")


def test_an_age_of_a_person_is_still_no_claim(nlp):
    assert claims_of(nlp, "Водитель в возрасте 45 лет не пострадал.") == {}


def test_a_duration_naming_the_group_takes_no_change(nlp):
    found = claims_of(nlp, "Число вкладов сроком более 3 лет выросло на 12%.")
    assert found["3 лет"][2] is None
    assert found["12%"] == (12, "percent", "increase")


# --- page furniture ---------------------------------------------------------------

def test_a_view_counter_with_a_clock_time_is_furniture(nlp):
    text = "Бензин за неделю подорожал на 0,8%.\n\n5 210 просмотров · 09:15"
    assert list(claims_of(nlp, text)) == ["0,8%"]


# --- units and directions given by the neighbours ---------------------------------

def test_an_old_value_in_brackets_keeps_the_unit(nlp):
    found = claims_of(nlp, "Проезд в автобусе стоит 65 рублей (было 60).")
    assert found["60"][:2] == (60, "rub")


def test_a_percent_beside_a_subject_of_a_change_verb_is_the_change(nlp):
    found = claims_of(nlp, "Сильнее всего подешевели огурцы (12%) и томаты (9%).")
    assert found["12%"][2] == "decrease" and found["9%"][2] == "decrease"


def test_a_percent_beside_a_subject_without_a_change_stays_plain(nlp):
    found = claims_of(nlp, "Лидируют Москва (35%) и Петербург (20%).")
    assert found["35%"][2] is None


def test_people_per_place_are_counted(nlp):
    # CLAIMS.md: the number alone counts people; "на место" is no part of it
    found = claims_of(nlp, "Конкурс на педагогический факультет составил 6,2 человека на место.")
    assert found["6,2"] == (6.2, "count", "level")


def test_a_figure_right_after_a_level_phrase_states_the_level(nlp):
    found = claims_of(nlp, "Добыча угля вышла на плановый уровень 12 млн т в год.")
    assert found["12 млн т"][2] == "level"


def test_a_period_between_the_ends_of_a_from_to_change(nlp):
    found = claims_of(nlp, "Безработица снизилась с 4,1% в марте до 3,8% в апреле.")
    assert found == {"3,8%": (3.8, "percent", "decrease")}


def test_one_after_a_noun_and_na_is_the_unit_of_a_rate(nlp):
    found = claims_of(nlp, "Расход корма на одну овцу составил 2 кг в сутки.")
    assert list(found) == ["2 кг"]


def test_one_after_a_verb_and_na_still_counts(nlp):
    assert "одну" in claims_of(nlp, "Фонд потратил на одну школу 5 млн рублей.")


def test_a_section_number_is_an_identifier(nlp):
    assert claims_of(nlp, "Подробности — в разделе 2.3 доклада и в таблице 4.") == {}


def test_a_range_of_signed_temperatures_is_one_figure(nlp):
    found = nlp("Днём воздух прогреется до +5…+7 °C.")._.claims
    assert len(found) == 1 and (found[0]["value"], found[0]["value_max"]) == (5, 7)


def test_a_target_level_takes_the_change_verb_before_it(nlp):
    text = ("Власти хотят за три года довести выпуск зерна в области до уровня "
            "пяти миллионов тонн, а затем удвоить экспорт.")
    assert claims_of(nlp, text)["пяти миллионов тонн"][2] == "increase"


def test_share_buttons_are_furniture(nlp):
    text = "Тарифы на воду выросли на 9%.\n\nПоделиться: ВК 45 · ОК 12"
    assert list(claims_of(nlp, text)) == ["9%"]


def test_a_two_layer_compound_counts_its_layers(nlp):
    found = claims_of(nlp, "Коробки для посылок делают из двуслойного картона.")
    assert found["двуслойного"][:2] == (2, "count")


def test_twice_and_thrice_count_events(nlp):
    found = claims_of(nlp, "За сезон команда дважды проиграла дома и трижды сыграла вничью.")
    assert found["дважды"][:2] == (2, "count") and found["трижды"][:2] == (3, "count")


def test_people_sent_to_a_place_are_a_count(nlp):
    found = claims_of(nlp, "Спасатели отправили 12 человек на место аварии.")
    assert found["12"][:2] == (12, "count")


def test_two_written_with_kh_is_still_a_count(nlp):
    found = claims_of(nlp, "Снег шёл в течение 2-х дней.")
    assert found["2-х дней"][:2] == (2, "day")


# --- a figure denied and corrected -------------------------------------------------

def test_a_denied_figure_gives_way_to_its_correction(nlp):
    found = claims_of(nlp, "Тарифы поднимут не на 5%, а на 7%.")
    assert list(found) == ["7%"]


def test_not_less_than_is_a_bound_not_a_denial(nlp):
    found = claims_of(nlp, "Выручка составила не менее 5 млрд рублей, а прибыль — 1 млрд рублей.")
    assert "5 млрд рублей" in found


def test_a_signed_bare_number_repeats_the_measure_before(nlp):
    found = claims_of(nlp, "Днём в горах до −5 °C, ночью до −12.")
    assert found["−12"][:2] == (-12, "other")
