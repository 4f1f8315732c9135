"""The metric of a figure, third round.

Sentences written for these tests (not from any corpus); each maps a
figure's text to the head lemma of its metric (None: no metric).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def metric_heads(nlp, text):
    return {c["figure"]["text"]: (c["metric"] or {}).get("head") for c in nlp(text)._.claims}


SENTENCES = [
    # a comparison referring back measures what the claim before it measures;
    # when that claim has no metric, an earlier sentence does not lend one
    ("Суд приговорил его к 6 годам лишения свободы. За год горожане потратили на лотереи 90 млн рублей, "
     "это на 14% больше, чем годом ранее.",
     {"14%": None}),
    # a verb of amount with its subject in the genitive: that subject is
    # compared, the genitive after 'меньше' is only the standard
    ("В горах в декабре снега выпало втрое меньше нормы.",
     {"втрое": "снег"}),
    # ... and with no such subject the genitive after 'больше' is what is counted
    ("Этим летом в загородный лагерь поехало вдвое больше школьников.",
     {"вдвое": "школьник"}),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_metric_round3(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, (figure, heads)
