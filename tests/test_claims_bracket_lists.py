"""Figures in brackets after the items of a list ('item (N), item (N)'): when
one item's bracket, or a superlative lead-in before the list, names what the
figures count or share, the item names are only qualifiers and every figure
takes that metric. Every sentence here is written for these tests, not taken
from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a sibling item's bracket names the counted noun or the whole -------------

@pytest.mark.parametrize("text, expected", [
    ("Сильнее всего за год подорожали: бензин (12% расходов семьи), хлеб (7%) и молоко (5%).",
     {"12%": "расход", "7%": "расход", "5%": "расход"}),
    ("Чаще других жалуются пенсионеры (44% обращений), студенты (21%) и многодетные семьи (9%).",
     {"44%": "обращение", "21%": "обращение", "9%": "обращение"}),
])
def test_a_bare_share_after_a_named_one_takes_its_whole(nlp, text, expected):
    assert metric_heads(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("На заводе ищут токарей (40 мест), сварщиков (25) и слесарей (18).",
     {"40": "место", "25": "место", "18": "место"}),
    ("Городу не хватает учителей химии (31 ставка), биологии (22) и истории (14).",
     {"31": "ставка", "22": "ставка", "14": "ставка"}),
])
def test_a_bare_count_after_a_named_one_counts_the_same_noun(nlp, text, expected):
    assert metric_heads(nlp, text) == expected


# --- a superlative lead-in names the quantity ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Больше всего медалей завоевали пловцы (12), гимнасты (9) и борцы (7).",
     {"12": "медаль", "9": "медаль", "7": "медаль"}),
    ("Меньше всего жалоб прислали водители (14) и пешеходы (6).",
     {"14": "жалоба", "6": "жалоба"}),
])
def test_a_lead_in_names_what_every_item_counts(nlp, text, expected):
    assert metric_heads(nlp, text) == expected


# --- where the item itself is measured, it stays ------------------------------

def test_an_item_whose_own_figure_stands_alone_stays_measured(nlp):
    heads = metric_heads(nlp, "За месяц подешевели огурцы (на 4%), помидоры (на 3%) и яблоки (на 2%).")
    assert heads == {"4%": "огурец", "3%": "помидор", "2%": "яблоко"}


def test_a_bracket_naming_only_its_period_leaves_the_items_measured(nlp):
    heads = metric_heads(nlp, "Быстрее всего дорожали услуги связи (+31% за год), транспорт (+22%) и образование (+19%).")
    assert heads["22%"] == "транспорт"
    assert heads["19%"] == "образование"

