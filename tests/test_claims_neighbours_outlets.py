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


# --- a superlative subject before a dash -------------------------------------

def test_figures_after_a_superlative_subject_measure_its_noun(nlp):
    text = "Самые высокие пенсии — в столице (420 долларов), самые низкие — в горных районах: 180 долларов."
    claims = claims_by_figure(nlp, text)
    assert claims["420 долларов"]["metric"]["head"] == "пенсия"
    assert claims["180 долларов"]["metric"]["head"] == "пенсия"


def test_a_count_with_its_own_noun_keeps_it_after_a_superlative_subject(nlp):
    text = "Самый длинный список — на химию: 28 претендентов на одну стипендию."
    assert claims_by_figure(nlp, text)["28"]["metric"]["head"] == "претендент"
