"""Metric errors met in real text (encyclopedia, fiction, news): the span a
figure measures, read where the parser loses the link. Sentences written
for these tests: sentence -> {figure text: metric head lemma (None: none)}."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


SENTENCES = [
    # a participle of lasting or stretching measures the noun it agrees with
    ("После засухи, длящейся 10–12 недель, начинаются дожди.",
     {"10–12 недель": "засуха"}),
    ("Воду подают по каналам, протянувшимся более, чем на 200 км через степь.",
     {"200 км": "канал"}),
    # a finite verb of lasting: its subject
    ("Первый концерт продолжался около трёх часов без перерыва.",
     {"трёх часов": "концерт"}),
    # a verb of sufficing: the stock in the genitive lasts as long as the span after 'на'
    ("На случай аварии на складе хранится дизельное топливо, запаса горючего хватит на 48 часов.",
     {"48 часов": "запас"}),
    ("Запасов вакцины в поликлиниках, как уверяют в облздраве, хватит на две недели.",
     {"две недели": "запас"}),
    # a task 'на' names after a verb of needing stays the task's (durations.py)
    ("На ремонт моста уйдёт три месяца.",
     {"три месяца": "ремонт"}),
    # a short participle is a predicate: its subject, not a noun near it
    ("Договор с клубом рассчитан на три года.",
     {"три года": "договор"}),
    # a person's span names no measured thing
    ("Он проработал на фабрике 20 лет.",
     {"20 лет": None}),
    ("Затем около двух лет она была директором музея.",
     {"двух лет": None}),
    # a span per period: the noun right before it takes that much each period
    ("Многие ищут работу меньше 30 часов в неделю.",
     {"30 часов": "работа"}),
    ("Дети проводят за экраном четыре часа в день.",
     {"четыре часа": None}),
    # a bare noun right after a span is its genitive, whatever the tagger chose
    ("Суд приговорил его к трём годам тюрьмы.",
     {"трём годам": "тюрьма"}),
    # a demonstrative with its own clause is what a share is of
    ("Фонд потратил лишь треть того, что собрал за год.",
     {"треть": "тот"}),
    # 'в N км от' a point locates a place: no metric
    ("Беглецы прятались в деревне, о которой писали газеты, в 30 км от границы.",
     {"30 км": None}),
    # a quantity noun right before a figure names it
    ("Новые панели имеют эффективность 30–32 %.",
     {"30–32 %": "эффективность"}),
    ("Курьеры будут получать оклад 60 тыс. рублей.",
     {"60 тыс. рублей": "оклад"}),
    # a count of an adjective whose noun is left out breaks the noun before the bracket down
    ("Школа открыла три новых кружка (два спортивных и один музыкальный).",
     {"три": "кружок", "два": "кружок"}),
    # 'в числе N' with no noun after it: how many there are of the noun before
    ("Лепестки в числе 5–6, белые.",
     {"5–6": "лепесток"}),
    # an adverb of how many times counts how often its verb happened: it takes
    # no noun from the count before it
    ("В шести последних турнирах года Мария дважды выходила в финал, в том числе однажды на домашнем корте.",
     {"шести": "турнир", "дважды": None}),
    ("Совет из девяти депутатов голосовал трижды, — сообщил секретарь.",
     {"девяти": "депутат", "трижды": None}),
    # one that hangs on a noun counts that noun's repeats
    ("Нам не нравится повторение похожих ситуаций дважды подряд.",
     {"дважды": "ситуация"}),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_metric_head_in_real_text_constructions(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure, "no such figure") == head, (figure, heads)
