"""'против 3,9 год назад': a period noun in the nominative singular before
'назад' that the number before it cannot count (years would be '3,9 года',
'32 тыс. лет') says when the number held; the number keeps its own unit.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


def test_a_decimal_before_a_year_ago_counts_what_the_clause_counts(nlp):
    figures = figures_of(nlp, "Покупатель делает 5,2 заказа в месяц против 4,1 год назад.")
    assert figures == {"5,2": "count", "4,1": "count"}


def test_thousands_before_a_year_ago_count_what_the_clause_counts(nlp):
    figures = figures_of(nlp, "На фестиваль ждут 60 тыс. гостей против 48 тыс. год назад.")
    assert figures == {"60 тыс.": "count", "48 тыс.": "count"}


def test_years_a_number_can_count_are_still_a_time_ago(nlp):
    assert figures_of(nlp, "Мост построили 21 год назад.") == {}
    assert figures_of(nlp, "Мост построили 15 лет назад.") == {}
