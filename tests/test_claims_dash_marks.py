"""The dash characters, one set per meaning (models/claims/dashes.json): a
dash between clauses or list items, and a dash between the two ends of a
range. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.claims.dash_marks import (CLAUSE_DASHES, CLAUSE_DASHES_AS_TYPED, CLAUSE_DASHES_OR_HYPHEN,
                                       RANGE_DASHES, RANGE_LINKS)

from claims_helpers import claims_by_figure, metric_heads


def test_a_clause_dash_is_an_em_or_en_dash_and_typed_also_with_hyphens():
    assert CLAUSE_DASHES == {"—", "–"}
    assert CLAUSE_DASHES_AS_TYPED == {"—", "–", "-", "--"}
    assert CLAUSE_DASHES_OR_HYPHEN == {"—", "–", "-"}


def test_a_range_dash_is_any_dash_and_a_range_link_also_two_hyphens_or_an_ellipsis():
    assert RANGE_DASHES == {"-", "–", "—"}
    assert RANGE_LINKS == {"-", "–", "—", "--", "…"}


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_gapped_clause_reads_the_same_after_either_clause_dash(nlp, dash):
    heads = metric_heads(nlp, f"Выручка сети выросла на 7%, чистая прибыль {dash} на 4%.")
    assert heads["4%"] == "прибыль"


@pytest.mark.parametrize("text, figure", [
    ("Цены на яблоки выросли на 5–7%.", "5–7%"),
    ("Цены на груши выросли на 5-7%.", "5-7%"),
])
def test_a_range_in_one_token_reads_any_range_dash(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["value_max"]) == (5.0, 7.0)
