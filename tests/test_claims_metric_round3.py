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
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_metric_round3(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, (figure, heads)
