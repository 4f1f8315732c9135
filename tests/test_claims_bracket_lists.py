"""Figures in brackets after the items of a list ('item (N), item (N)'): when
one item's bracket, or a superlative lead-in before the list, names what the
figures count or share, the item names are only qualifiers and every figure
takes that metric. Every sentence here is written for these tests, not taken
from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head, metric_heads


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


# --- a bare figure closing the standard of a comparison ('..., чем ... (N)') ---

@pytest.mark.parametrize("text, figure, head", [
    ("В этом году на курсы записались 860 человек — втрое больше, чем набирали в прошлом наборе (290).",
     "290", "человек"),
    ("Урожай зерна составил 2,1 млн тонн, заметно меньше, чем собрали аграрии в рекордном 2022 году (2,9 млн тонн).",
     "2,9 млн тонн", "урожай"),
])
def test_a_bracket_after_the_standard_gives_the_value_compared_against(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_the_value_compared_against_has_no_verb_of_its_own(nlp):
    claims = claims_by_figure(nlp, "Долг области составит 34 млрд рублей, вдвое больше, чем в 2021-м (17 млрд).")
    assert metric_head(claims["17 млрд"]) == "долг"
    assert claims["17 млрд"]["direction"] is None


def test_a_comparative_with_a_verb_of_its_own_compares_another_thing(nlp):
    heads = metric_heads(nlp, "Экспорт вырос на 12%, тогда как импорт снизился сильнее, чем ожидали аналитики (на 4%).")
    assert heads["4%"] != "экспорт"
