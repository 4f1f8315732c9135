"""Metrics of spans of time and sums of money whose subject the parser loses.

Sentences written for these tests (not from any corpus): figure -> head
lemma of its metric (docs/CLAIMS.md), None for no metric.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


SENTENCES = [
    # a month after a dash ends a period ('в январе — феврале'); the parser
    # may take it for the subject, but the verb's subject is the noun before
    ("«Доходы от экспорта в марте — апреле составили 2,4 млрд рублей», — сообщил губернатор.",
     {"2,4 млрд рублей": "доход"}),
    # a verb after 'и' shares the subject of the verb before it, also when
    # the parser hangs it on a time of day
    ("Собрание началось в 18:00 и продолжалось около двух часов.",
     {"двух часов": "собрание"}),
    ("Заседание открылось утром и затем длилось около пяти часов.",
     {"пяти часов": "заседание"}),
    # a noun the tagger takes for a verb ('пересчёт') is still the subject
    ("В селе Озёрное пересчёт по жалобе кандидата занял почти три часа.",
     {"три часа": "пересчёт"}),
    # a person's span is no metric
    ("Он пришёл в 9:00 и работал восемь часов.",
     {"восемь часов": None}),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_metric_head(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, (figure, heads)
