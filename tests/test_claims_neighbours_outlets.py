"""News from Russian-language outlets of neighbouring countries (their
currencies, budgets, elections). Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- currencies -------------------------------------------------------------

def test_somoni_are_another_country_s_currency(nlp):
    claim = claims_by_figure(nlp, "Жители района собрали на ремонт школы 2 млн сомони.")["2 млн сомони"]
    assert claim["unit"] == "other_currency"
    assert claim["value"] == 2_000_000


# --- a share told again after 'это' -----------------------------------------

@pytest.mark.parametrize("text, figure, whole", [
    ("Дефицит казны составит 3 млрд долларов — это около 6% ВВП республики.", "6%", "ввп"),
    ("Фонд передаст городу 40 млн гривен — это почти четверть всех расходов бюджета.",
     "четверть", "расход"),
])
def test_a_share_of_a_whole_named_after_it_measures_that_whole(nlp, text, figure, whole):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["head"] == whole


def test_a_share_of_a_norm_measures_the_figure_before_it(nlp):
    text = "За ночь в столице выпало 12 мм снега — это почти половина месячной нормы."
    claim = claims_by_figure(nlp, text)["половина"]
    assert claim["metric"]["head"] == "снег"
