"""Copy of a regional TV channel's website: spoken sentences, numbers written
in words, units and currencies named once and left out after. One class per
test. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- a dozen or a ten named as what a price is for ------------------------------

@pytest.mark.parametrize("text, price", [
    ("На рынке десяток яиц обойдётся в семьдесят два рубля.", "семьдесят два рубля"),
    ("Десяток пирожков стоит сто двадцать рублей.", "сто двадцать рублей"),
])
def test_a_ten_priced_in_words_is_a_unit_of_sale(nlp, text, price):
    claims = claims_by_figure(nlp, text)
    assert price in claims
    assert not any("есяток" in figure for figure in claims)
