"""Metrics where the extractor named the wrong phrase: a quantity noun
holding a count, a bracketed figure after a long noun phrase, and similar.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from tests.claims_helpers import metric_heads


# --- a quantity noun holds a count of people or places ------------------------

def test_capacity_before_a_count_of_seats_is_the_metric(nlp):
    found = metric_heads(nlp, "Матч прошёл на арене вместимостью 12 тыс. мест.")
    assert found["12 тыс."] == "вместимость"


def test_a_valued_quantity_noun_beats_the_counted_people(nlp):
    found = metric_heads(nlp, "Численность жителей области оценивается в 2 310,5 тыс. человек.")
    assert found["2 310,5 тыс."] == "численность"


def test_a_count_valued_with_no_quantity_noun_keeps_its_noun(nlp):
    found = metric_heads(nlp, "Зал насчитывает 300 мест.")
    assert found["300"] == "место"
