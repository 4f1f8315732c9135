"""Shares of people and changes stated as levels, as news copy writes them:
'каждый пятый респондент', '... — каждый третий', 'рост цен составил 7%'.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- 'каждый N-й X': the share is of the noun the ordinal agrees with --------

@pytest.mark.parametrize("text, figure, head", [
    ("Каждый пятый респондент ожидает, что доходы семьи упадут.", "Каждый пятый", "респондент"),
    ("Почти каждый четвёртый водитель считает, что штрафы завышены.", "каждый четвёртый", "водитель"),
    ("На выставке каждая третья пенсионерка заявила, что откладывает деньги.", "каждая третья", "пенсионерка"),
    ("Каждый десятый участник опроса признался, что не платит за проезд.", "Каждый десятый", "участник"),
])
def test_every_nth_measures_its_noun_even_as_the_subject_of_a_saying_verb(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["unit"] == "fraction"
    assert metric_head(claim) == head


# --- 'каждый N-й' with no noun: a share of the group named before ------------

@pytest.mark.parametrize("text, figure, group", [
    ("Субсидии на оплату жилья в прошлом году получили 48 тысяч семей района — каждая шестая.",
     "каждая шестая", "семей района"),
    ("Льготные лекарства получают 86 тысяч пенсионеров области, то есть почти каждый третий.",
     "каждый третий", "пенсионеров области"),
])
def test_a_bare_every_nth_after_a_count_is_a_share_of_the_counted_group(nlp, text, figure, group):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["text"] == group


@pytest.mark.parametrize("text, figure, group", [
    ("Опрос показал, что 41% россиян ждут подорожания, и лишь каждый десятый уверен в обратном.",
     "каждый десятый", "россиян"),
    ("Почти 30% студентов подрабатывают по вечерам, а каждый восьмой трудится полный день.",
     "каждый восьмой", "студентов"),
])
def test_a_bare_every_nth_after_a_share_of_people_is_a_share_of_those_people(nlp, text, figure, group):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["text"] == group


# --- a change noun naming what changed, as the subject of a level verb -------

@pytest.mark.parametrize("text, figure, phrase, verb", [
    ("По прогнозу министерства, прирост выпуска молока в этом году составит около 3%.",
     "3%", "прирост выпуска молока", "составить"),
    ("Падение продаж автомобилей в октябре достигло 12%.", "12%", "Падение продаж автомобилей", "достигнуть"),
    ("Годом ранее снижение закупочных цен составляло 4,5%.", "4,5%", "снижение закупочных цен", "составлять"),
])
def test_a_change_noun_with_what_changed_is_the_quantity_a_level_verb_states(nlp, text, figure, phrase, verb):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["text"] == phrase
    assert claim["direction"] == "level"
    assert claim["trigger"]["lemma"] == verb


def test_a_bare_change_noun_keeps_its_direction_and_the_earlier_metric(nlp):
    claims = claims_by_figure(nlp, "Выручка сети за год выросла до 5 млрд рублей. Рост составил 8,1%.")
    assert claims["8,1%"]["direction"] == "increase"
    assert metric_head(claims["8,1%"]) == "выручка"
