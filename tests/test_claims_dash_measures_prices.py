"""A measure or span given after a dash, and prices named with a verb of
costing or renting: the noun phrase the figure is the value of is its
metric. Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a dash equation whose value is a measure or a span of time ---------------

@pytest.mark.parametrize("text, figure, head", [
    # the tagger takes a capitalized quantity noun opening a line for a place
    ("Общие сведения\nШирина озера — 12 км, глубина — до 40 м.", "12 км", "ширина"),
    # ... or for an adjective
    ("География\nПлощадь района — 9,8 тыс. км².", "9,8 тыс. км²", "площадь"),
])
def test_a_quantity_noun_opening_a_line_is_the_metric_of_its_dash_equation(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    ("Срок действия льготы — не более 18 месяцев.", "18 месяцев", "срок"),
    ("Гарантийный срок на кровлю — не менее 10 лет.", "10 лет", "срок"),
])
def test_a_dash_equation_keeps_its_metric_past_ne_bolee(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
