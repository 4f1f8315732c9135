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
    # the paths are lengthened; their number did not change
    claim = claims_by_figure(nlp, "Компания планирует удлинить 16 станционных путей.")["16"]
    assert metric_head(claim) == "путь"
    assert claim["direction"] is None


@pytest.mark.parametrize("text, figure, head, direction", [
    ("Завод сократил 250 рабочих.", "250", "рабочий", "decrease"),
    ("За полгода край потерял 2,3 тыс. жителей.", "2,3 тыс.", "житель", "decrease"),
    ("С 1989 года город потерял почти четверть населения.", "четверть", "население", "decrease"),
    ("За квартал оператор прибавил 650 тыс. клиентов.", "650 тыс.", "клиент", "increase"),
])
def test_a_count_lost_or_gained_as_the_object_keeps_the_verbs_direction(nlp, text, figure, head, direction):
    # triggers.json amount_verbs: the object of 'потерять', 'сократить',
    # 'прибавить' is the amount that went or came
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert (claim["direction"], claim["change"]) == (direction, "by")


def test_a_gapped_place_after_a_lost_count_counts_the_same_noun(nlp):
    # the place parallels who lost, not what was lost
    claims = claims_by_figure(nlp, "Амурская область за год потеряла 4,1 тыс. жителей, Забайкалье — 2,6 тыс.")
    assert (metric_head(claims["2,6 тыс."]), claims["2,6 тыс."]["direction"]) == ("житель", "decrease")


def test_a_count_after_a_dash_parallels_the_nearer_plain_count(nlp):
    text = ("Округ потерял почти четверть населения: по переписи 1989 года в нём жили 8,06 млн человек, "
            "по переписи 2010-го — уже 6,29 млн.")
    assert claims_by_figure(nlp, text)["6,29 млн"]["direction"] is None


def test_a_figure_of_a_later_clause_is_no_object_of_the_verb(nlp):
    claim = claims_by_figure(nlp, "Оператор прибавил 650 тыс. клиентов, теперь их у него 23,4 млн.")["23,4 млн"]
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
