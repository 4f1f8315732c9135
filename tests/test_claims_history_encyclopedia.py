"""Encyclopedic articles on history and biography: old units and coins,
footnote marks, dates in two calendars, archive references, ages and race
names. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- old Russian measures and old or foreign coins ---------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("Монастырь стоял в 12 верстах от уездного города.", "12 верстах", 12.0),
    ("Помещику принадлежало 1 800 десятин пахотной земли.", "1 800 десятин", 1800.0),
    ("За год обоз доставил в крепость 4,5 тыс. пудов соли.", "4,5 тыс. пудов", 4500.0),
    ("После ремонта стену надстроили на два аршина.", "два аршина", 2.0),
    ("Глубина колодца достигала 9 саженей.", "9 саженей", 9.0),
])
def test_an_old_measure_is_a_measure_of_unit_other(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["unit"] == "other"
    assert claim["value"] == value


@pytest.mark.parametrize("text, figure", [
    ("Купец оставил наследникам 40 тысяч гульденов.", "40 тысяч гульденов"),
    ("Налоги приносили хану от 2 до 3 млн таньга в год.", "2 до 3 млн таньга"),
    ("Король заплатил за крепость 15 тыс. талеров.", "15 тыс. талеров"),
])
def test_an_old_or_foreign_coin_is_other_currency(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "other_currency"


def test_a_distance_in_versts_from_a_place_has_no_metric(nlp):
    claim = claims_by_figure(nlp, "Сражение произошло в 20 верстах от Смоленска.")["20 верстах"]
    assert claim["metric"] is None


# --- page furniture and references -------------------------------------------

def test_a_footnote_mark_glued_to_a_word_is_no_claim(nlp):
    claims = claims_by_figure(nlp, "Гарнизон насчитывал 300 солдат при 6 пушках[7].")
    assert set(claims) == {"300", "6"}


def test_the_numbers_of_an_archive_reference_are_no_claims(nlp):
    text = "Об этом доносил воевода (ГАТО, ф. 12, оп. 3, д. 41, л. 8). Убитых было 35 человек."
    claims = claims_by_figure(nlp, text)
    assert set(claims) == {"35"}
    assert claims["35"]["metric"]["head"] == "человек"


# --- dates ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Крепость пала 3 (14) июня 1708 года.",
    "Иван Петрович Ларин (5 [17] апреля 1850, Тверь — 9 мая 1921, Москва) — русский инженер.",
])
def test_a_day_given_in_both_calendars_is_a_date(nlp, text):
    assert claims_by_figure(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Это был эпизод Ливонской войны 1558–1583 годов.",
    "Ханство существовало в 1512–1920 годах.",
])
def test_a_span_of_years_before_the_nineteenth_century_is_no_claim(nlp, text):
    assert claims_by_figure(nlp, text) == {}


def test_a_range_of_counts_that_looks_like_years_stays(nlp):
    assert "1200–1500" in claims_by_figure(nlp, "На строительстве работали 1200–1500 человек.")


# --- ages ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Начал учиться музыке в 7 лет у местного органиста.",
    "В 19-летнем возрасте он поступил в университет.",
])
def test_an_age_in_a_biography_is_no_claim(nlp, text):
    assert claims_by_figure(nlp, text) == {}


def test_a_term_in_years_named_by_its_noun_stays(nlp):
    assert "10 лет" in claims_by_figure(nlp, "Срок в 10 лет истёк весной.")


# --- race names ---------------------------------------------------------------

def test_a_distance_that_names_a_race_is_no_claim(nlp):
    claims = claims_by_figure(nlp, "Он выиграл чемпионат страны на дистанции 5000 м и провёл 6 сезонов в сборной.")
    assert set(claims) == {"6"}


# --- a quantity noun opening the sentence before a dash -------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Площадь уезда — 9,8 тыс. км². В нём было 140 сёл.", "9,8 тыс. км²", "площадь"),
    ("Длина канала — 46 км, ширина — 30 м.", "46 км", "длина"),
])
def test_a_quantity_noun_opening_a_dash_equation_is_the_metric(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["head"] == head


def test_a_sum_after_a_noun_with_its_adjective_set_after_it_measures_the_noun(nlp):
    claim = claims_by_figure(nlp, "Шведы оставили обоз и казну войсковую в 20 тысяч талеров.")["20 тысяч талеров"]
    assert claim["metric"]["head"] == "казна"
