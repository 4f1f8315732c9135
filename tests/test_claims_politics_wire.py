"""Shapes of politics and society wire reports: rough ranges of number words
joined by a dash, poll shares that name nobody in a later sentence.

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def test_number_words_joined_by_an_en_dash_are_one_range(nlp):
    found = claims_by_figure(nlp, "Число участников оказалось в три–четыре раза больше.")
    assert found["три–четыре раза"]["value"] == 3
    assert found["три–четыре раза"]["value_max"] == 4
    assert found["три–четыре раза"]["unit"] == "times"


def test_number_words_joined_by_a_hyphen_stay_a_range(nlp):
    found = claims_by_figure(nlp, "Ремонт займёт два-три месяца.")
    assert found["два-три месяца"]["value_max"] == 3


def test_a_fronted_share_before_a_plural_verb_is_of_the_people_polled(nlp):
    found = claims_by_figure(nlp, "Мэру доверяют 44% опрошенных. Почти треть назвали главной бедой дороги.")
    assert found["треть"]["metric"]["text"] == "опрошенных"


def test_a_fronted_share_with_a_plural_subject_after_the_verb_names_no_one(nlp):
    found = claims_by_figure(nlp, "Мэру доверяют 44% опрошенных. Треть подписей собрали волонтёры.")
    assert found["Треть"]["metric"]["text"] == "подписей"


def test_a_fronted_share_is_an_object_when_a_plural_subject_follows(nlp):
    found = claims_by_figure(nlp, "Мэру доверяют 44% опрошенных. Треть собрали волонтёры.")
    assert found["Треть"]["metric"] is None


def test_a_change_to_a_share_of_gdp_measures_what_changed(nlp):
    found = claims_by_figure(nlp, "По прогнозу, госдолг вырастет до 18% ВВП.")
    assert found["18%"]["metric"]["text"] == "госдолг"
    assert found["18%"]["direction"] == "increase"


def test_a_verb_that_changes_a_share_measures_its_object(nlp):
    found = claims_by_figure(nlp, "Фонд увеличил пакет до 40% акций завода.")
    assert found["40%"]["metric"]["head"] == "пакет"


def test_a_one_closing_a_vote_list_is_counted(nlp):
    found = claims_by_figure(nlp, "За поправку высказались 40 членов совета, против — 7, воздержался один.")
    assert found["один"]["value"] == 1
    assert found["один"]["metric"]["head"] == "член"


def test_a_one_alone_at_the_end_of_a_clause_is_no_count(nlp):
    assert nlp("Домой он вернулся один.")._.claims == []
