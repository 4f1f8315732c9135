"""A 'one' that is the base a later figure is given for ('один оборот
занимает 17 суток', 'один билет стоит 300 рублей') is no count, and the noun
after it is what the figure measures.

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def test_one_before_a_verb_and_its_figure_is_a_base_not_a_count(nlp):
    found = claims_by_figure(nlp, "Один виток вокруг Луны занимает 12 часов.")
    assert list(found) == ["12 часов"]
    assert found["12 часов"]["metric"]["head"] == "виток"


def test_the_price_of_one_item_measures_the_item(nlp):
    found = claims_by_figure(nlp, "Один абонемент в бассейн стоит 900 рублей.")
    assert list(found) == ["900 рублей"]
    assert found["900 рублей"]["metric"]["head"] == "абонемент"


def test_one_listed_with_another_number_still_counts(nlp):
    found = claims_by_figure(nlp, "На складе нашли один трактор и три грузовика.")
    assert found["один"]["value"] == 1
    assert found["три"]["value"] == 3
