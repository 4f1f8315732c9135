"""A figure in brackets or between dashes right after a fraction word gives
the same part again ('почти половина (48,5%)', 'почти половина — 91 млрд
—'): it measures what the fraction measures (restated_fractions.py). Every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


@pytest.mark.parametrize("text, fraction, figure", [
    ("Инвестиции в основной капитал составили 190 млрд тенге, из них почти половина — 91 млрд — "
     "пришлась на обрабатывающую промышленность.", "половина", "91 млрд"),
    ("В структуре импорта преобладали машины и оборудование — почти половина (48,5%).",
     "половина", "48,5%"),
    ("Доходы фонда составят 600 млн гривен. Из расходной части почти половина — 298 млн гривен — "
     "пойдёт на образование.", "половина", "298 млн гривен"),
])
def test_a_figure_restating_a_fraction_measures_what_the_fraction_measures(nlp, text, fraction, figure):
    heads = metric_heads(nlp, text)
    assert heads[figure] == heads[fraction] is not None
    assert heads[figure] != "половина"


def test_the_restated_figure_keeps_the_fractions_direction(nlp):
    claims = claims_by_figure(nlp, "Инвестиции в основной капитал составили 190 млрд тенге, из них "
                                   "почти половина — 91 млрд — пришлась на обрабатывающую промышленность.")
    assert claims["91 млрд"]["direction"] == claims["половина"]["direction"]


def test_a_share_of_people_restated_in_brackets(nlp):
    heads = metric_heads(nlp, "Из 300 сотрудников почти треть (31%) работает удалённо.")
    assert heads["31%"] == heads["треть"] == "сотрудник"


def test_a_bracket_with_words_of_its_own_after_a_fraction_is_left_alone(nlp):
    text = "Почти половина опрошенных водителей (в выборке было 1 200 человек) ездит без ОСАГО."
    assert metric_heads(nlp, text)["1 200"] == "человек"
