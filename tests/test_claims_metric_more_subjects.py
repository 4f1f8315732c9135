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
    # a sum a thing brings in measures that thing; a body that earns is an actor
    ("По словам организатора, сбор пожертвований на ремонт за месяц принёс 120 тысяч рублей.",
     {"120 тысяч рублей": "сбор"}),
    ("За первые выходные фильм собрал $8,4 млн в прокате.",
     {"$8,4 млн": "фильм"}),
    ("Компания «Вектор» заработала 5 млн рублей.",
     {"5 млн рублей": None}),
    # a purpose before the figure, hung on the figure's noun; 'ещё' adds to it
    ("По словам мэра, на ремонт школьных крыш из городского бюджета направлено 52 млн рублей, "
     "а ещё около 10 млн рублей выделила область.",
     {"52 млн рублей": "ремонт", "10 млн рублей": "ремонт"}),
    # goods sold 'на' a sum are what the sum is worth
    ("В марте банк продал валюты на 40 млрд рублей.",
     {"40 млрд рублей": "валюта"}),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_metric_head(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, (figure, heads)
