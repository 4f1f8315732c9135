"""Labour-market digests (wages, informal work, surveys of job seekers) and
military budget notes, one class per test. Every sentence here is written
for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


# --- a share of a group of people ---------------------------------------------

@pytest.mark.parametrize("text, figure, group", [
    ("По данным опроса, ежемесячный доход около 25% самозанятых не превышает 20 тыс. рублей.",
     "25%", "самозанятых"),
    ("Чаще всего нелегально работают в ресторанах (около 30% неформально занятых).",
     "30%", "занятых"),
])
def test_a_share_followed_by_a_group_of_people_is_a_share_of_that_group(nlp, text, figure, group):
    assert claims_by_figure(nlp, text)[figure]["metric"]["text"].endswith(group)


def test_a_share_of_a_budget_still_measures_the_budget(nlp):
    heads = metric_heads(nlp, "На закупки приходится лишь 2% военного бюджета.")
    assert heads["2%"] == "бюджет"


# --- bare figures in brackets along a list ------------------------------------

def test_bare_brackets_along_a_list_inherit_the_group_the_first_bracket_named(nlp):
    heads = metric_heads(nlp, "Чаще всего нелегально работают в ресторанах (около 30% неформально занятых), "
                              "рознице (20%) и туризме (10%).")
    assert heads["20%"] == heads["10%"] == heads["30%"]


# --- a superlative subject followed straight by its place -------------------

def test_a_superlative_subject_without_a_dash_names_what_the_bracketed_sums_measure(nlp):
    heads = metric_heads(nlp, "Самые высокие зарплаты, как и раньше, в нефтянке (95,2 тыс. рублей), "
                              "самые низкие – в сельском хозяйстве (21,4 тыс.).")
    assert heads["95,2 тыс. рублей"] == heads["21,4 тыс."] == "зарплата"
