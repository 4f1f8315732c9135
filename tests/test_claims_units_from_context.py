"""Figures: a bare number takes the unit its context names.

A rate of exchange is in the currency being quoted, not the one after
'за'; a bare number set against, continuing or repeating a figure with a
unit is in that figure's unit; a period in the instrumental after an amount
('осенью', 'годом ранее') says when, it counts nothing.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory


def units_of(nlp, text):
    """{figure text: (value, unit)} for the claims found in `text`."""
    return {claim["figure"]["text"]: (claim["value"], claim["unit"]) for claim in nlp(text)._.claims}


# --- rates of exchange --------------------------------------------------------

def test_a_rate_quoted_per_dollar_is_in_the_quoted_currency(nlp):
    found = units_of(nlp, "Утром курс тенге на бирже составил 471,3 за доллар.")
    assert found["471,3"] == (471.3, "kzt")


def test_a_rate_takes_the_currency_that_is_the_subject(nlp):
    found = units_of(nlp, "К вечеру гривна опустилась до 39,8 за доллар.")
    assert found["39,8"] == (39.8, "uah")


def test_a_rouble_rate_is_in_roubles(nlp):
    found = units_of(nlp, "Аналитики ждут, что рубль к концу года окажется около 95 за доллар.")
    assert found["95"] == (95, "rub")


def test_a_price_per_dollar_with_its_own_unit_keeps_it(nlp):
    found = units_of(nlp, "Юань подешевел до 7,3 юаня за доллар.")
    assert found["7,3 юаня"] == (7.3, "cny")


# --- a period after an amount counts nothing -------------------------------------

def test_an_amount_against_one_of_a_season_before_keeps_the_currency(nlp):
    found = units_of(nlp, "Тонна ячменя стоит 9,2 тыс. рублей против 10,4 тыс. весной прошлого года.")
    assert found["10,4 тыс."] == (10400, "rub")


def test_an_amount_of_a_year_before_keeps_the_currency(nlp):
    found = units_of(nlp, "Прибыль завода составила 3,1 млрд рублей против убытка в 0,8 млрд годом ранее.")
    assert found["0,8 млрд"] == (0.8e9, "rub")


def test_an_amount_handed_to_someone_is_not_counted_people(nlp):
    text = "Подрядчик получил заказ на 420 миллионов рублей. Ещё около 5 миллионов директору отдали в конверте."
    assert units_of(nlp, text)["5 миллионов"] == (5e6, "rub")


# --- the unit of the figure before ----------------------------------------------

def test_a_figure_after_a_dash_with_the_same_preposition_repeats_the_measure(nlp):
    found = units_of(nlp, "Проезд в области обходится в 42 рубля, в столице — в 57.")
    assert found["57"] == (57, "rub")


def test_an_old_value_after_an_adjective_is_in_the_new_value_unit(nlp):
    found = units_of(nlp, "Смета исходит из 300 евро за квадратный метр вместо прежних 260.")
    assert found["260"] == (260, "eur")


def test_a_whole_planned_after_its_part_is_in_the_part_unit(nlp):
    found = units_of(nlp, "Убрали 1,2 млн гектаров из намеченных 1,6 млн.")
    assert found["1,6 млн"] == (1.6e6, "ha")


def test_a_bound_before_a_contrasted_number_keeps_the_unit(nlp):
    found = units_of(nlp, "Сейчас литр мёда стоит 900–950 рублей, а весной просили не больше 700.")
    assert found["700"] == (700, "rub")


def test_a_bound_after_the_number_does_not_link_it_to_the_figure_before(nlp):
    found = units_of(nlp, "Лечение стоит 5 тыс. рублей, а тем, кому не помогали 4 и более препарата, курс дают бесплатно.")
    assert found["4"] == (4, "count")


def test_a_bare_count_after_a_money_figure_stays_a_count_without_a_link(nlp):
    found = units_of(nlp, "Ремонт обошёлся в 12 млн рублей. В школе учатся 640 детей.")
    assert found["640"] == (640, "count")


# --- a number of things stays a count -------------------------------------------

def test_a_bare_number_after_a_percent_change_of_a_number_of_things_is_a_count(nlp):
    found = units_of(nlp, "Число выездов пожарных за неделю выросло на 40%, до 119.")
    assert found["40%"] == (40, "percent")
    assert found["119"] == (119, "count")


def test_a_number_of_days_after_a_dash_does_not_take_the_percent_before(nlp):
    text = "Сток в межень уменьшился на 12 процентов, а число дней с ледоставом — на девять."
    assert units_of(nlp, text)["девять"] == (9, "count")


def test_a_number_of_flights_a_week_is_not_a_price(nlp):
    text = ("Перелёт стоит от 24 до 31 тыс. рублей. Рейсы подешевели на 12–15%, "
            "а число таких рейсов выросло до 40 в неделю.")
    assert units_of(nlp, text)["40"] == (40, "count")


def test_a_bare_number_of_another_subject_still_takes_the_percent(nlp):
    found = units_of(nlp, "Число клиентов выросло на 15%, а прибыль — на 20.")
    assert found["20"] == (20, "percent")


# --- points of an index -------------------------------------------------------

def test_whole_points_after_a_named_index_are_its_measure(nlp):
    found = units_of(nlp, "Индекс РТС за день потерял 2,1% и закрылся ниже 1100 пунктов.")
    assert found["1100 пунктов"] == (1100, "other")


def test_points_a_sentence_after_the_index_keep_its_measure(nlp):
    text = "Индекс потребительских ожиданий в мае составил 87 пунктов. В апреле этот показатель составлял 92 пункта."
    found = units_of(nlp, text)
    assert found["87 пунктов"] == (87, "other")
    assert found["92 пункта"] == (92, "other")


def test_a_change_of_an_index_in_points_is_not_percentage_points(nlp):
    found = units_of(nlp, "Индекс Мосбиржи снизился на 0,8%, или на 24 пункта.")
    assert found["24 пункта"] == (24, "other")


def test_points_after_percentages_with_no_index_stay_percentage_points(nlp):
    found = units_of(nlp, "Рейтинг мэра составил 41%, это на 6 пунктов меньше, чем зимой.")
    assert found["6 пунктов"] == (6, "percentage_point")


def test_points_that_count_places_stay_a_count(nlp):
    found = units_of(nlp, "Индекс цен вырос на 1,2%, а в городе открыли 9 пунктов обогрева.")
    assert found["9"] == (9, "count")


# --- a measure of a body, its noun left out --------------------------------------

def test_a_number_before_earths_adjective_is_a_measure(nlp):
    found = units_of(nlp, "Масса открытой планеты — не меньше 2,4 земной.")
    assert found["2,4 земной"] == (2.4, "other")


def test_a_body_adjective_before_its_noun_leaves_the_unit_to_the_noun(nlp):
    found = units_of(nlp, "Экспедиция провела на станции 180 земных суток.")
    assert found["180 земных суток"] == (180, "day")


# --- a genitive plural that opens the clause is what a bare figure counts ----

def test_a_bare_figure_after_a_counted_noun_is_not_the_paragraphs_money(nlp):
    found = units_of(nlp, "Средняя зарплата учителя — 45 тысяч. Вакансий в школах — около 250 тысяч, "
                          "и каждый год их число растёт.")
    assert found["45 тысяч"] == (45000, "rub")
    assert found["250 тысяч"] == (250000, "count")


def test_a_count_per_year_after_a_counted_noun_is_not_a_price(nlp):
    found = units_of(nlp, "По данным многолетних наблюдений, ясных ночей бывает до 190 в год.")
    assert found["190"] == (190, "count")


def test_their_number_in_brackets_counts_people(nlp):
    found = units_of(nlp, "Пенсию получают 900 тысяч рублей федеральным льготникам (их в крае 274 тысячи).")
    assert found["274 тысячи"] == (274000, "count")


def test_a_noun_of_money_in_the_genitive_keeps_the_money(nlp):
    found = units_of(nlp, "Расходов на ремонт — 500 млн рублей, доходов — 300 млн.")
    assert found["300 млн"] == (300000000, "rub")


def test_years_counted_by_a_number_do_not_make_the_money_a_count(nlp):
    found = units_of(nlp, "Средняя зарплата учителя — 40 тысяч. За пять лет зарплата выросла до 45 тысяч.")
    assert found["45 тысяч"] == (45000, "rub")


def test_savings_in_the_genitive_are_the_money_itself(nlp):
    found = units_of(nlp, "Квартира стоит 5 млн рублей. Накоплений у нас около 1,9 млн, "
                          "из них 600 тысяч — материнский капитал.")
    assert found["1,9 млн"] == (1900000, "rub")
    assert found["600 тысяч"] == (600000, "rub")


def test_a_sum_paid_for_goods_in_the_genitive_is_money(nlp):
    found = units_of(nlp, "Бензин обошёлся в 9 тысяч рублей. Продуктов в дорогу закупили на 7 тысяч.")
    assert found["7 тысяч"] == (7000, "rub")
