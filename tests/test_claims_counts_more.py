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


# Adjectives joined by "и" or "или" after a count all agree with the one noun
# after the last of them, which the count counts; the comparison that tells the
# count again right after it measures the same noun.
JOINED_ADJECTIVES = [
    ("За квартал в области было зарегистрировано 18,4 тыс. новых грузовых и лёгких коммерческих "
     "автомобилей, что на 12% меньше, чем годом ранее.", ["18,4 тыс.", "12%"], "автомобиль"),
    ("В регионе было открыто 2,3 тыс. малых и средних предприятий, это на 8% больше, чем годом ранее.",
     ["2,3 тыс.", "8%"], "предприятие"),
]


@pytest.mark.parametrize("text, figures, metric", JOINED_ADJECTIVES)
def test_a_count_counts_the_noun_its_joined_adjectives_agree_with(nlp, text, figures, metric):
    found = claims_by_figure(nlp, text)
    for figure in figures:
        assert figure in found, list(found)
        assert found[figure]["metric"]["head"] == metric


def test_a_number_after_the_joiner_starts_a_count_of_its_own(nlp):
    # "52 надземных и 4 подземных этажа": the first count's noun is not read past the second number
    found = claims_by_figure(nlp, "Башня насчитывает 52 надземных и 4 подземных этажа.")
    assert (found["4"]["metric"] or {}).get("head") in (None, "этаж")
