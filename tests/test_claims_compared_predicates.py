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


EXCEEDED_MANY_TIMES = [
    # the parser hangs the multiple on the later verb: word order gives it to 'превышала'
    ("После аварии концентрация фенола в пробах у водозабора превышала ПДК в 40 раз, "
     "через двое суток она снизилась до 6 ПДК.",
     "40 раз", "концентрация"),
    # a verbal adverb shares the subject of the verb it hangs on
    ("Показатель заболеваемости корью, таким образом, составил 3,1 на 100 тыс. населения, "
     "превысив среднероссийский почти в три раза.",
     "три раза", "показатель"),
    # the object is only the base the multiple is counted from
    ("Индекс загрязнения воздуха в городе составил 7,4, превысив норматив в полтора раза.",
     "полтора раза", "индекс"),
    # a person exceeds nothing of his own: what he exceeded is measured
    ("Капитан парома превысил допустимую скорость почти в полтора раза.",
     "полтора раза", "скорость"),
]


@pytest.mark.parametrize("text, figure, head", EXCEEDED_MANY_TIMES)
def test_a_multiple_after_a_verb_of_exceeding_measures_what_exceeds(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
