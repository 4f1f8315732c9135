"""Shares in brackets after the answers people gave: a poll's figures are
shares of the people polled, whichever answer each bracket follows. Every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- answers in a list, the people as the subject of the verb ----------------

@pytest.mark.parametrize("text, people, figures", [
    # the answers are objects of the verb, one of them with a noun of its own
    ("Главными причинами переезда горожане назвали нехватку работы в районе (44%), "
     "низкие зарплаты (31%) и плохие дороги (12%).",
     "горожанин", ("44%", "31%", "12%")),
    # the answers follow a preposition and hang on the verb's object
    ("Пенсионеры чаще всего тратят деньги на лекарства (41%) и продукты (35%).",
     "пенсионер", ("41%", "35%")),
    # the answers are dative objects of a verb of trust
    ("Студенты больше всего доверяют соцсетям (58%), телевидению (31%) и газетам (9%).",
     "студент", ("58%", "31%", "9%")),
    # the first answer with a prepositional noun of its own
    ("Для отдыха москвичи чаще всего выбирают дачу (46%) и поездку к морю (29%).",
     "москвич", ("46%", "29%")),
])
def test_a_share_after_an_answer_is_of_the_people_who_gave_it(nlp, text, people, figures):
    claims = claims_by_figure(nlp, text)
    for figure in figures:
        assert metric_head(claims[figure]) == people, figure


def test_the_answer_stays_as_the_qualifier(nlp):
    claims = claims_by_figure(nlp, "Опрошенные водители жалуются на пробки (52%) и ямы (27%).")
    claim = claims["27%"]
    assert metric_head(claim) == "водитель"
    assert [q["text"] for q in claim["qualifiers"]] == ["ямы"]


@pytest.mark.parametrize("text, figure, head", [
    # a subject that is no plural of people: the noun before the bracket stands
    ("Министерство заложило в бюджет рост цен (5,5%).", "5,5%", "рост"),
    # a noun another figure counts: the bracket is that figure's share
    ("Хирурги провели 1 300 операций (12%).", "12%", "операция"),
])
def test_without_people_answering_the_bracket_keeps_its_noun(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head
