"""A count as the value of a change or level verb: the metric is the verb's
subject that names the quantity (CLAIMS.md), also when the parser hides that
subject. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- the counted noun taken for the subject beside a quantity noun -------------

@pytest.mark.parametrize("text, figure, head", [
    ("За зиму число обращений снизилось, зато количество пострадавших, наоборот, прибавило 14 человек.",
     "14", "количество"),
    ("В этом году численность волонтёров, по словам организаторов, прибавила 300 человек.",
     "300", "численность"),
])
def test_a_quantity_noun_beside_the_counted_noun_is_the_metric(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == "increase"


def test_a_plain_count_of_a_change_verb_keeps_no_direction(nlp):
    claim = claims_by_figure(nlp, "Завод сократил 250 рабочих.")["250"]
    assert metric_head(claim) == "рабочий"
    assert claim["direction"] is None


# --- a sentence-initial subject the tagger took for a name ---------------------

def test_a_capitalised_subject_of_a_change_to_a_count_is_the_metric(nlp):
    claim = claims_by_figure(nlp, "Очередь на бесплатные путёвки за год сократилась с 9,1 тыс. до 7,4 тыс. детей.")["7,4 тыс."]
    assert metric_head(claim) == "очередь"
    assert claim["direction"] == "decrease"


# --- a subject of the verb before 'и' that disagrees with the level verb ------

def test_a_level_verb_after_и_takes_the_subject_that_agrees_with_it(nlp):
    text = ("Рождаемость за те же месяцы упала на 2,1%, а миграционный прирост впервые "
            "с начала 2000-х ушёл в плюс и составил около 8 тыс. человек.")
    claim = claims_by_figure(nlp, text)["8 тыс."]
    assert metric_head(claim) == "прирост"
    assert claim["direction"] == "level"


# --- 'из них' after a count that is the value of a quantity of how many -------

def test_a_part_of_a_count_of_how_many_measures_that_quantity(nlp):
    text = "Число подписчиков библиотеки за год превысило 40 тыс. человек, из них около 15 тыс. читают онлайн."
    claims = claims_by_figure(nlp, text)
    assert metric_head(claims["40 тыс."]) == "число"
    assert metric_head(claims["15 тыс."]) == "число"


def test_a_part_of_an_audience_still_counts_its_people(nlp):
    text = "Аудитория портала превысила 3 млн читателей, из них 1,2 млн заходят с телефона."
    assert metric_head(claims_by_figure(nlp, text)["1,2 млн"]) == "читатель"
