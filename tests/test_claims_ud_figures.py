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
