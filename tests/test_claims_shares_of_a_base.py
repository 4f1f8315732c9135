"""A percent reckoned from a base named after 'от' ('N% от X'): when nothing
else in the sentence says what the percent measures, the base does. Every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


def _metric_text(nlp, text, figure):
    return (claims_by_figure(nlp, text)[figure]["metric"] or {}).get("text")


@pytest.mark.parametrize("text, figure, base", [
    ("Хозяйства засеяли 12% от общей площади пашни, сообщили в районе.", "12%", "общей площади пашни"),
    ("Мы отремонтировали 30% от всей протяжённости дорог.", "30%", "всей протяжённости дорог"),
    ("К вечеру в районе осталось без света 18% от всех абонентов.", "18%", "всех абонентов"),
    ("Подрядчик получил 45 млн рублей (72% от сметы), работы продолжатся весной.", "72%", "сметы"),
])
def test_a_percent_that_names_nothing_else_measures_its_base(nlp, text, figure, base):
    assert _metric_text(nlp, text, figure) == base


@pytest.mark.parametrize("text, figure, metric", [
    # a level verb's subject is what the percent measures; 'от' only names the base
    ("Пособие составит 60% от среднего заработка за год.", "60%", "Пособие"),
    # a figure told again after ', или' measures what the figure before does
    ("Испорченными признаны 412 бюллетеней, или 1,8% от общего числа.", "1,8%", "бюллетеней"),
])
def test_the_base_gives_way_to_what_another_rule_found(nlp, text, figure, metric):
    assert _metric_text(nlp, text, figure) == metric
