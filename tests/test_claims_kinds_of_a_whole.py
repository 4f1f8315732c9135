"""A part after 'из них' or 'в том числе' that only says which kind of the
whole's things it is measures the whole (kinds_of_a_whole.py): an adjective
right after a count, or a dash and no noun in the nominative after it. A
noun after the figure, or a group named outside such a phrase, keeps its
own reading. Every sentence here is written for these tests, not taken from
a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a dash and an adjective, a participle or a genitive phrase: the whole ------

@pytest.mark.parametrize("text, figure, whole", [
    ("Ранения получили более 1,2 тыс. жителей, из них около 300 — тяжелые.", "300", "житель"),
    ("В больницах области развернуто 2 850 мест, из них 310 — реанимационные, а занятость "
     "коек превысила 64%.", "310", "место"),
    ("Пенсионеров в области 610 тысяч, из них свыше 240 тысяч — работающие.", "240 тысяч", "пенсионер"),
    ("Всего раскрыто 1 057 преступлений, в том числе 12 — прошлых лет.", "12", "преступление"),
])
def test_a_part_described_after_a_dash_measures_the_whole(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


# --- an adjective right after a count: the whole ----------------------------------

@pytest.mark.parametrize("text, figure, whole", [
    ("Авиакомпания эксплуатирует 126 самолётов, из них 34 дальнемагистральных.", "34", "самолёт"),
    ("Запись ведётся во всех пунктах вакцинации, всего их открыто 214, в том числе 38 мобильных — "
     "в торговых центрах и на предприятиях.", "38", "пункт"),
])
def test_an_adjective_after_a_count_sorts_the_whole(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


# --- a make or model in Latin letters right after a count: the whole ----------------

@pytest.mark.parametrize("text, figure, whole", [
    ("В следующем году компания получит ещё 18 лайнеров, в том числе восемь Boeing 777-300ER.",
     "восемь", "лайнер"),
    ("Парк перевозчика насчитывает 38 самолётов, в том числе 12 Airbus A321 и 9 Superjet 100.",
     "12", "самолёт"),
    ("Парк перевозчика насчитывает 38 самолётов, в том числе 12 Airbus A321 и 9 Superjet 100.",
     "9", "самолёт"),
])
def test_a_model_name_after_a_count_sorts_the_whole(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


def test_a_part_with_a_noun_of_its_own_before_the_model_keeps_it(nlp):
    text = "Авиакомпания получила 20 самолётов, в том числе 6 грузовых самолётов Boeing 747."
    assert metric_heads(nlp, text)["6"] == "самолёт"


# --- what stays as it was ---------------------------------------------------------

@pytest.mark.parametrize("text, figure, head", [
    # a count keeps the noun it counts
    ("Эвакуированы 900 человек, в том числе 250 детей.", "250", "ребёнок"),
    # a substantivised adjective that is the counted group, with no 'из них' before it
    ("Всего зачислены 3 117 первокурсников; среди последних около 40% — иногородние.", "40%", "иногородний"),
])
def test_a_part_that_names_its_own_group_keeps_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a share 'из них' of money given to a purpose: the purpose --------------------

@pytest.mark.parametrize("text, figure, purpose", [
    ("На ремонт школ область с начала года направила 380 млн рублей, из которых 70% пришлось "
     "на кровли.", "70%", "ремонт"),
    # a later share that borrowed the part's metric takes the purpose too
    ("На закупку лекарств больницы с января по июнь потратили 96 млн рублей, из них на импортные "
     "препараты пришлось 35%, годом ранее — 48%.", "48%", "закупка"),
])
def test_a_share_of_money_given_to_a_purpose_measures_the_purpose(nlp, text, figure, purpose):
    assert metric_heads(nlp, text)[figure] == purpose


# --- the whole right before 'из них' whose noun is filled in later: that whole ----

@pytest.mark.parametrize("text, figure, whole", [
    # '1,8 тыс.' takes 'человек' from the count before only after the pronouns are read;
    # the part is of it, not of 'Число пострадавших' further back
    ("Число погибших при пожаре достигло 120 человек, еще не менее 1,8 тыс. получили ожоги, "
     "из них 70 — тяжелые.", "70", "человек"),
])
def test_a_part_takes_the_whole_right_before_it_once_that_whole_has_a_metric(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole
