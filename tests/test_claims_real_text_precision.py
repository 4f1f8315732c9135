"""False alarms and misses found on real text (UD sentences, factRuEval
news): room numbers, an age named after a dash, an index's level after a
number ending in one, and ratings set in brackets beside names.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- rooms and buildings named by a number -----------------------------------

def test_a_room_or_building_number_is_no_claim(nlp):
    assert figures_of(nlp, "Консультация пройдёт в корпусе 4, аудитория 218.") == {}
    assert figures_of(nlp, "Экзамен сдают в аудитории 7 нового здания.") == {}
    assert figures_of(nlp, "Вещи сложили в комнате 15.") == {}


def test_a_room_word_before_a_count_or_an_audience_keeps_the_claim(nlp):
    assert figures_of(nlp, "В комнате 12 человек.") == {"12": "count"}
    assert figures_of(nlp, "Аудитория канала 250 тысяч человек.") == {"250 тысяч": "count"}


# --- an age that a dash names --------------------------------------------------

def test_a_number_a_dash_names_an_age_is_no_claim(nlp):
    assert figures_of(nlp, "• 16 — возраст самого юного участника слёта.") == {}


def test_an_average_age_after_a_dash_stays_a_claim(nlp):
    assert figures_of(nlp, "• 41 — средний возраст водителей автобусов.") == {"41": "count"}


# --- an index's level after a number ending in one -----------------------------

def test_an_index_level_ending_in_one_is_a_figure(nlp):
    figures = figures_of(nlp, "Индекс деловой активности поднялся с 44 до 51 пункта.")
    assert "51" in figures


def test_a_class_after_a_range_stays_an_ordinal(nlp):
    assert figures_of(nlp, "Новые учебники получат ученики с 5 до 7 класса.") == {}
