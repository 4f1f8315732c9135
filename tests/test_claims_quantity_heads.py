"""Which noun of a noun + genitive pair a figure measures: the noun naming
the quantity above the genitive, or the genitive below it. Every sentence
here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- losses are an amount of their own ----------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("По данным штаба, потери нападавших составили 140 человек убитыми.", "140"),
    ("Потери регионального бюджета от льготы составят 3,4 млрд рублей.", "3,4 млрд рублей"),
    ("Средние потери времени водителя в пробках составляют 40 минут в день.", "40 минут"),
    ("Потери отряда в том бою превысили 30 человек.", "30"),
])
def test_losses_as_the_subject_of_a_level_verb_are_the_metric(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == "потеря"
    assert claim["direction"] == "level"


def test_a_multiple_of_losses_still_compares_two_amounts(nlp):
    claim = claims_by_figure(nlp, "За год потери фермеров выросли в 1,5 раза.")["1,5 раза"]
    assert claim["direction"] == "increase"


# --- a level noun heads its genitive ----------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Весенний опрос показал рекордный уровень доверия к мэру — 61%.", "61%"),
    ("Уровень износа сетей составил 64% (годом ранее – 58%).", "58%"),
])
def test_a_level_noun_above_a_genitive_is_the_metric(nlp, text, figure):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == "уровень"


def test_a_change_noun_above_a_genitive_still_gives_what_changed(nlp):
    claim = claims_by_figure(nlp, "Рост выпуска стали в мае — 4%.")["4%"]
    assert metric_head(claim) != "рост"


# --- a span per period takes the span noun above its genitive ----------------------

def test_a_span_per_period_measures_the_span_noun_above_a_genitive(nlp):
    claim = claims_by_figure(nlp, "Плановое время отключения света — не более 2 часов в сутки.")["2 часов"]
    assert metric_head(claim) == "время"
