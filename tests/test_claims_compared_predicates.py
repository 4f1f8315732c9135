"""A comparative as its clause's predicate ('цены вдвое выше', 'потери были
втрое меньше', 'Эвакуаторов стало вдвое меньше') compares the clause's
subject, even where the parser hangs that subject on another clause; and a
multiple after a verb of exceeding ('превышала ПДК в 56 раз') says how many
times the verb's subject exceeds its object.

Sentences written for these tests (not from any corpus); each maps a
figure's text to the head lemma of its metric.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


PREDICATES = [
    # a subject across a semicolon belongs to the clause before, not to the comparative
    ("Ущерб аграриям оценивается в 2,7 млрд рублей; в прошлом году потери от засухи были почти в три раза меньше.",
     {"2,7 млрд рублей": "ущерб", "три раза": "потеря"}),
    # ... nor across a colon: the subject is the one right before the linking verb
    ("Мы видим, что разрыв сокращается: ещё пять лет назад зарплата московского выпускника была "
     "в полтора раза выше, чем у коллеги из Сибири.",
     {"полтора раза": "зарплата"}),
    # 'стать' links a genitive subject to a comparative of amount
    ("Руденко рассказал о пробках. Эвакуаторов на улицах стало вдвое меньше: сейчас в городе работают 260 эвакуаторов.",
     {"вдвое": "эвакуатор", "260": "эвакуатор"}),
    # no verb at all: the nominative before the comparative ('цены' may be tagged a genitive)
    ("Вот тут я удивилась: в придорожных кафе обед обходился в 700 рублей, а в Чемале на набережной "
     "цены почти вдвое выше, чем у нас.",
     {"700 рублей": "обед", "вдвое": "цена"}),
    ("Среди молодежи от 18 до 24 лет сторонников длинных выходных вдвое больше, чем среди людей старше 60 лет.",
     {"вдвое": "сторонник"}),
    # the same for a difference with 'на'
    ("Средняя температура прошедшей недели оказалась на 2,4 градуса ниже нормы.",
     {"2,4 градуса": "температура"}),
]


@pytest.mark.parametrize("text, expected", PREDICATES)
def test_a_comparative_predicate_compares_its_clause_subject(nlp, text, expected):
    assert metric_heads(nlp, text) == expected
