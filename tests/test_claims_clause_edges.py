"""Where a clause ends for a figure's metric: a comparison mark after a
share, a level word of a later clause, a noun standing before a modal word.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- 'г/г', 'м/м' after a share: what the change is reckoned against ---------

@pytest.mark.parametrize("text, figure, head", [
    ("Экспорт угля прибавил 5,6% г/г и составил 18 млн тонн.", "5,6%", "экспорт"),
    ("Выручка ритейлера прибавила 9,4% г/г и составила 31,2 млрд рублей.", "9,4%", "выручка"),
])
def test_a_comparison_mark_after_a_share_is_not_its_noun(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
