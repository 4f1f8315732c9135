"""Figures in encyclopedic and web sentences (the kind the UD sets hold):
numbers that are part of a name, and the claims beside them that stay.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- a war named by how long it lasted ---------------------------------------

def test_the_length_in_the_name_of_a_war_is_not_a_claim(nlp):
    assert figures_of(nlp, "Семилетняя война изменила карту Европы.") == {}
    assert figures_of(nlp, "Вскоре после пятидневной войны посол вернулся в столицу.") == {}


def test_an_adjective_between_the_length_and_the_war_keeps_it_a_name(nlp):
    assert figures_of(nlp, "Шестидневная арабо-израильская война началась летом.") == {}


def test_how_long_a_war_lasted_said_in_words_stays_a_claim(nlp):
    assert figures_of(nlp, "Семилетняя война длилась семь лет.") == {"семь лет": "year"}


def test_a_length_before_another_event_stays_a_claim(nlp):
    assert figures_of(nlp, "Трёхдневная забастовка водителей закончилась вчера.") == {"Трёхдневная": "day"}


# --- the same number on both sides of 'на' -----------------------------------

def test_the_same_number_on_both_sides_of_na_pairs_sides_and_counts_nothing(nlp):
    assert figures_of(nlp, "Во дворе играли два на два до темноты.") == {}
    assert figures_of(nlp, "Финал турнира по баскетболу 3 на 3 прошёл в субботу.") == {}


def test_the_same_number_before_a_unit_still_measures(nlp):
    assert "три метра" in figures_of(nlp, "Кухня у них три на три метра.")


def test_two_different_sizes_are_not_a_face_off(nlp):
    assert figures_of(nlp, "Плитка размером 2 на 3 метра лежала у входа.")["3 метра"] == "m"
