"""Spans of time in court and city news: the punishment a term is a term
of. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- the punishment right after a term ------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Обе сотрудницы администрации – кассир и бухгалтер – получили по два года ограничения свободы.", "два года"),
    ("Бывшему директору рынка суд назначил 4 года ограничения свободы.", "4 года"),
    ("Соучастник получил 18 месяцев ограничения свободы и штраф.", "18 месяцев"),
])
def test_a_term_measures_the_punishment_named_right_after_it(nlp, text, figure):
    assert metric_heads(nlp, text)[figure] == "ограничение"
