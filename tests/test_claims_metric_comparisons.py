"""The metric of a compared figure: comparisons that refer back, verbs of
amount with a genitive subject, comparatives as predicates, and excesses
("превысить ... на N").

Sentences written for these tests (not from any corpus); each maps a
figure's text to the head lemma of its metric (None: no metric).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


SENTENCES = [
    # a comparison referring back measures what the claim before it measures;
    # when that claim has no metric, an earlier sentence does not lend one
    ("Суд приговорил его к 6 годам лишения свободы. За год горожане потратили 90 млн рублей, "
     "это на 14% больше, чем годом ранее.",
     {"14%": None}),
    # ... and when it was given to a purpose, that purpose
    ("За год горожане потратили на лотереи 90 млн рублей, это на 14% больше, чем годом ранее.",
     {"90 млн рублей": "лотерея", "14%": "лотерея"}),
    # a verb of amount with its subject in the genitive: that subject is
    # compared, the genitive after 'меньше' is only the standard
    ("В горах в декабре снега выпало втрое меньше нормы.",
     {"втрое": "снег"}),
    # ... and with no such subject the genitive after 'больше' is what is counted
    ("Этим летом в загородный лагерь поехало вдвое больше школьников.",
     {"вдвое": "школьник"}),
    # ... a participle used as a noun is counted like a noun
    ("Волонтёры насчитали втрое больше пострадавших.",
     {"втрое": "пострадать"}),
    # 'больше' hung on the verb compares the verb's object, not its subject
    ("За прошлый сезон отряд потерял лошадей почти вдвое больше.",
     {"вдвое": "лошадь"}),
    ("Профсоюз называет цифру в четыре раза больше.",
     {"четыре раза": "цифра"}),
    # a compared count with its own noun ('человек') before 'меньше' refers
    # back to the count before the dash, and so measures the same thing
    ("Экзамен по химии писали 2 140 школьников — на 96 человек меньше, чем год назад.",
     {"2 140": "школьник", "96": "школьник"}),
    # ... while a compared count referring to nothing before keeps its noun
    ("В этом году в городе открылось на 5 школ больше, чем в прошлом.",
     {"5": "школа"}),
    # a comparative with a linking verb is the predicate: its subject is compared
    ("Летальность от всех причин в этой выборке была меньше в 1,5 раза.",
     {"1,5 раза": "летальность"}),
]



@pytest.mark.parametrize("text,expected", SENTENCES)
def test_metric_head_of_a_comparison(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, (figure, heads)


def test_compared_count_referring_back_takes_the_direction(nlp):
    # 'чем год назад' compares with an earlier time: the count fell
    claims = nlp("Экзамен по химии писали 2 140 школьников — на 96 человек меньше, чем год назад.")._.claims
    assert {c["figure"]["text"]: c["direction"] for c in claims}["96"] == "decrease"


# an excess: 'превысить ... на N' says by how much, not what level was reached
EXCESSES = [
    # a person exceeded something: the thing exceeded is measured
    ("Водитель автобуса превысил скорость на 25 км/ч.", "25 км/ч", "скорость"),
    # a quantity exceeded its standard: the quantity is measured
    ("Расходы превысили план на 12%.", "12%", "расход"),
]


@pytest.mark.parametrize("text,figure,head", EXCESSES)
def test_an_excess_is_no_level(nlp, text, figure, head):
    claim = next(c for c in nlp(text)._.claims if c["figure"]["text"] == figure)
    assert (claim["metric"] or {}).get("head") == head
    assert claim["direction"] != "level"


def test_exceeding_a_figure_is_still_a_level(nlp):
    claim = nlp("Долг превысил 3 млрд рублей.")._.claims[0]
    assert claim["direction"] == "level"


# A comparison after ", а <place or kind> —" sets the figure before the comma
# against another place or kind, and measures what that figure measures.
CONTRASTS = [
    ("Молодой учитель в городе получает надбавку в 40 тысяч рублей, а в сельской школе – вдвое больше.",
     {"40 тысяч рублей": "надбавка", "вдвое": "надбавка"}),
    ("Средний чек в магазине составляет 2 400 рублей, а в сельских точках — втрое меньше.",
     {"2 400 рублей": "чек", "втрое": "чек"}),
]


@pytest.mark.parametrize("text, expected", CONTRASTS)
def test_a_comparison_after_a_contrast_measures_the_figure_before(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, heads
