"""Points: whole exam points are counts, points with a fraction an average (a measure).

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory


def units(nlp, text):
    return {c["figure"]["text"]: c["unit"] for c in nlp(text)._.claims}


def test_an_average_score_with_a_fraction_is_a_measure(nlp):
    found = units(nlp, "Средний балл по химии составил 58,7, по истории — 61,2.")
    assert found == {"58,7": "other", "61,2": "other"}


def test_whole_points_stay_a_count(nlp):
    assert units(nlp, "Максимальные 100 баллов набрали 12 выпускников.")["100"] == "count"
