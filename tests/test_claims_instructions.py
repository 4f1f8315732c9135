"""Instructions: recipes, doses, training plans, DIY and gardening steps.
Kitchen and dose measures are measures (unit other), a span of time in a
step measures the step's imperative, a heading's number and a young
animal's age are no claims. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, figures_of, metric_heads


# --- kitchen and dose measures: unit other, the measure word inside the figure --

@pytest.mark.parametrize("text, figure, value, head", [
    ("Для соуса понадобится 2 ст. л. томатной пасты.", "2 ст. л.", 2.0, "паста"),
    ("Возьмите три яйца и 1 стакан сахара.", "1 стакан", 1.0, "сахар"),
    ("Добавьте половину чайной ложки соды.", "половину чайной ложки", 0.5, "сода"),
    ("Всыпьте две столовые ложки муки.", "две столовые ложки", 2.0, "мука"),
])
def test_a_kitchen_measure_is_a_measure_of_what_follows_it(nlp, text, figure, value, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["value"], claim["metric"]["head"]) == ("other", value, head)


@pytest.mark.parametrize("text, figure", [
    ("Взрослым хватит 1000 МЕ витамина в сутки.", "1000 МЕ"),
    ("На пробежке пульс держите в пределах 120–140 ударов в минуту.", "120–140 ударов в минуту"),
])
def test_dose_units_and_a_pulse_are_measures(nlp, text, figure):
    assert figures_of(nlp, text)[figure] == "other"


def test_blows_alone_are_still_counted(nlp):
    assert figures_of(nlp, "Нападавший нанёс 15 ударов ножом.")["15"] == "count"
