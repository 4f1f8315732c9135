"""Market, energy and transport news (real estate, fuel, ports), one class
per test. Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a share after 'было не больше' -------------------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Теперь почти все сделки идут с ипотекой, а пять лет назад ипотечных сделок было не больше 30%.",
     "30%", "сделка"),
    ("Год назад безработных в районе было не меньше 8%.", "8%", "безработный"),
])
def test_a_share_after_a_copula_and_a_comparative_is_of_the_group_before(nlp, text, figure, head):
    # the tagger calls 'больше' a numeral; it is a bound word like 'около'
    assert metric_heads(nlp, text)[figure] == head
