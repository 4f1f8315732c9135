"""What a span of time measures, in constructions the tree alone misses.

Sentences written for these tests. A span spent on something ('тратят на
дорогу 40 минут') measures that purpose; a span after a lasting verb in the
infinitive ('будут ли встречи продолжаться по два часа') measures the
subject the infinitive shares with the verb above it; a span dealt out by
'по' after a comma ('поездки, по пять дней') is the length of each thing; a condition in the instrumental after a verb
of having it ('болеет диабетом 12 лет') is what lasts.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


# sentence -> {figure text: metric head lemma (None: no metric)}
SENTENCES = [
    # time spent on a purpose named with 'на'
    ("Около 300 учеников каждый день тратят на дорогу до лицея больше 50 минут.",
     {"50 минут": "дорога"}),
    ("На сборку одного станка рабочие затрачивают три часа.",
     {"три часа": "сборка"}),
    # a span that frames another claim is no time spent
    ("Фонд потратит 20 миллионов евро в течение 5 лет на борьбу с бедностью.",
     {"20 миллионов евро": "борьба"}),
    # an infinitive of lasting: the subject it shares with the verb above
    ("Неясно, будут ли следующие свидания с отцом продолжаться по два часа.",
     {"два часа": "свидание"}),
    ("Финал может длиться более трёх часов.",
     {"трёх часов": "финал"}),
    # a span dealt out by 'по' after a comma: the length of each thing named before it
    ("Семьи выбирают недорогие поездки, по пять-шесть дней, зато отдыхают дважды в год.",
     {"пять-шесть дней": "поездка"}),
    ("Двое осуждены, по 5 лет.",
     {"5 лет": None}),
    # a condition someone has for a span: the condition lasts
    ("Программа рассчитана на пациентов, страдающих алкоголизмом десять лет и более.",
     {"десять лет": "алкоголизм"}),
    ("Сосед болеет диабетом 12 лет.",
     {"12 лет": "диабет"}),
]


@pytest.mark.parametrize("text, expected", SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_span_metric_head(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert figure in heads, f"figure {figure!r} not found in {heads}"
        assert heads[figure] == head
