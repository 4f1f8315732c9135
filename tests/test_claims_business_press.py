"""Business-press wording: parts counted out of a whole a count before
them gave ('из них 40 млн').

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


def test_a_counted_part_counts_the_things_of_the_count_before(nlp):
    text = "Аудитория приложения превысила 12 млн подписчиков, из них 5 млн платят за доступ."
    assert metric_heads(nlp, text)["5 млн"] == "подписчик"


def test_a_counted_part_of_a_count_with_no_noun_keeps_the_whole(nlp):
    text = "В регионе действуют 23 лесных пожара, из них 9 потушены."
    assert metric_heads(nlp, text)["9"] == "пожар"


def test_a_share_out_of_a_count_still_measures_the_quantity(nlp):
    text = "Численность занятых превышает 1,97 млн человек. Из них около 14% работают в торговле."
    assert metric_heads(nlp, text)["14%"] == "численность"
