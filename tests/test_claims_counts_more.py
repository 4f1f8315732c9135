"""Counts as an annotator reading only CLAIMS.md marks them: an average or a
number per place counts its noun, nights are counted, and exam points are a
score (a measure), while tournament points stay counted.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


COUNTS = [
    # an average with a fraction still counts its noun: the number alone
    ("В этом районе на одного читателя приходится 3,6 книги.", "3,6", "книга"),
    ("В группе сейчас в среднем 14,5 студента.", "14,5", None),
    # so does a number per place or per one thing
    ("Конкуренция высокая — 9 кандидатов на одно кресло.", "9", None),
    ("На факультет подали по 9 заявлений на одно место.", "9", "заявление"),
    ("Конкурс на отделение вырос до 7,3 человека на место.", "7,3", None),
    # nights are counted, not a span of time
    ("Экспедиция провела в горах 48 ночей.", "48", "ночь"),
    ("Гости живут в санатории в среднем 6,4 ночи.", "6,4", None),
    # tournament points come in halves and are counted
    ("Шахматист набрал 6,5 очка в девяти партиях.", "6,5", None),
]


@pytest.mark.parametrize("text, figure, metric", COUNTS)
def test_the_number_alone_counts_its_noun(nlp, text, figure, metric):
    found = claims_by_figure(nlp, text)
    assert figure in found, list(found)
    assert found[figure]["unit"] == "count"
    if metric is not None:
        assert found[figure]["metric"]["head"] == metric


def test_a_bare_number_answering_an_average_is_a_count_too(nlp):
    found = claims_by_figure(nlp, "У нас выпускают 5,2 номера в месяц, у соседей — 3,9.")
    assert found["3,9"]["unit"] == "count"


def test_a_rate_per_thousand_stays_one_measure(nlp):
    found = claims_by_figure(nlp, "Заболеваемость достигла 3,2 случая на 1 000 жителей.")
    assert found["3,2 случая на 1 000 жителей"]["unit"] == "other"


SCORES = [
    ("Абитуриенту хватило 215 баллов для зачисления.", "215 баллов"),
    ("Проходной балл на программу составил 247.", "247"),
    ("Средний балл выпускников превысил 72.", "72"),
]


@pytest.mark.parametrize("text, figure", SCORES)
def test_exam_points_are_a_score(nlp, text, figure):
    found = claims_by_figure(nlp, text)
    assert figure in found, list(found)
    assert found[figure]["unit"] == "other"


def test_percentage_points_stay_percentage_points(nlp):
    found = claims_by_figure(nlp, "Доля экспорта выросла на 1,7 процентного пункта.")
    assert found["1,7 процентного пункта"]["unit"] == "percentage_point"
