"""Figures: measure units of technical and weather news, ranges whose unit
and signs are written at the far end, thousands with a bare remainder,
numbers in words before an adjective, and the measure nouns before them.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory


def claims_of(nlp, text):
    """{figure text: (value, unit)} for the claims found in `text`."""
    return {claim["figure"]["text"]: (claim["value"], claim["unit"]) for claim in nlp(text)._.claims}


# --- units of measure --------------------------------------------------------

def test_kelvins_in_words_and_as_a_letter(nlp):
    found = claims_of(nlp, "Нить лампы раскаляется до 2700 кельвинов, а дуга сварки — до 6000 K.")
    assert found["2700 кельвинов"] == (2700, "other")
    assert found["6000 K"] == (6000, "other")


def test_hertz_and_milliamp_hours_of_a_phone(nlp):
    found = claims_of(nlp, "Планшет получил экран на 120 Гц и батарею ёмкостью 8 000 мА·ч.")
    assert found["120 Гц"] == (120, "other")
    assert found["8 000 мА·ч"] == (8000, "other")


def test_watts_decibels_and_pressure(nlp):
    found = claims_of(nlp, "Пылесос мощностью 900 Вт шумит на 70 дБ.")
    assert found["900 Вт"] == (900, "other")
    assert found["70 дБ"] == (70, "other")
    found = claims_of(nlp, "Давление упало до 735 мм рт. ст.")
    assert found["735 мм рт. ст."] == (735, "other")


def test_the_scale_of_degrees_is_part_of_the_unit(nlp):
    found = claims_of(nlp, "Вода в заливе прогрелась до 24 градусов по Цельсию.")
    assert found["24 градусов по Цельсию"] == (24, "other")


# --- ranges ------------------------------------------------------------------

def test_a_range_from_minus_to_plus_is_one_measure(nlp):
    claims = nlp("Зимой в пещере бывает от минус 12 до плюс 3 градусов.")._.claims
    assert len(claims) == 1
    claim = claims[0]
    assert claim["figure"]["text"] == "минус 12 до плюс 3 градусов"
    assert (claim["value"], claim["value_max"], claim["unit"]) == (-12, 3, "other")


def test_a_range_with_signs_as_symbols(nlp):
    claims = nlp("Ночью ожидается от -7 до +2 градусов.")._.claims
    assert [(c["value"], c["value_max"], c["unit"]) for c in claims] == [(-7, 2, "other")]


def test_plus_before_a_change_stays_outside_the_figure(nlp):
    assert "18%" in claims_of(nlp, "Выручка за квартал: плюс 18% к прошлому году.")


# --- numbers -----------------------------------------------------------------

def test_thousands_with_a_bare_remainder_are_one_number(nlp):
    found = claims_of(nlp, "На марафон записались 12 тысяч 450 бегунов.")
    assert found == {"12 тысяч 450": (12450, "count")}


def test_a_number_in_words_before_an_adjective_counts_the_noun(nlp):
    found = claims_of(nlp, "За ночь выпало три недельные нормы снега.")
    assert found["три"] == (3, "count")


# --- measure nouns -----------------------------------------------------------

def test_a_quantity_noun_before_a_new_unit_names_it(nlp):
    claims = nlp("Смартфон получил аккумулятор ёмкостью 5000 мА·ч.")._.claims
    assert [(c["figure"]["text"], c["metric"]["text"]) for c in claims] == [("5000 мА·ч", "ёмкостью")]
