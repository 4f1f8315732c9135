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
