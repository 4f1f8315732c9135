"""Prices and costs in spoken or plain copy: a pronoun standing for what
cost the money, goods sold 'по' a price, a price named as 'по цене',
taxes paid 'на' a sum. Every sentence here is written for these tests,
not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a pronoun standing for what the money was spent on ---------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Больше всего в больнице ждали томограф: он обошёлся в тридцать миллионов рублей.",
     "тридцать миллионов рублей", "томограф"),
    ("Новый мост открыли весной. Он обошёлся городу в 2 млрд рублей.", "2 млрд рублей", "мост"),
    ("Для школы купили новый автобус. Он обошёлся в четыре миллиона рублей.", "четыре миллиона рублей", "автобус"),
])
def test_a_pronoun_of_a_cost_verb_stands_for_the_thing_bought(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- 'по цене N': the price noun is what the figure measures ----------------

@pytest.mark.parametrize("text, figure", [
    ("Дома в посёлке, которые продаются по цене от 6,2 до 8,5 млн рублей, раскупили за год.",
     "6,2 до 8,5 млн рублей"),
    ("Туры на майские продают по цене 45 тыс. рублей за человека.", "45 тыс. рублей"),
])
def test_a_price_after_po_names_the_quantity(nlp, text, figure):
    assert metric_heads(nlp, text)[figure] == "цена"


# --- goods sold 'по' a price --------------------------------------------------

def test_goods_sold_po_a_price_are_what_it_measures(nlp):
    heads = metric_heads(nlp, "Литр козьего молока продают по сто двадцать — сто сорок рублей, творог дороже — до трёхсот.")
    assert heads["сто двадцать — сто сорок рублей"] == "литр"


# --- a paying verb with the sum after 'на' ------------------------------------

def test_what_was_paid_na_a_sum_is_its_metric(nlp):
    heads = metric_heads(nlp, "Страховых взносов кооператив заплатил на девять миллионов рублей.")
    assert heads["девять миллионов рублей"] == "взнос"


# --- a rare noun opening the sentence, taken for a name by the tagger --------

def test_a_rare_noun_opening_a_price_sentence_is_its_metric(nlp):
    heads = metric_heads(nlp, "Паутинка из козьего пуха стоит от двух до семи тысяч рублей.")
    assert heads["двух до семи тысяч рублей"] == "паутинка"


def test_a_rare_noun_opening_a_paid_sum_sentence_is_its_metric(nlp):
    heads = metric_heads(nlp, "Штрафов перевозчик уплатил на двенадцать миллионов рублей.")
    assert heads["двенадцать миллионов рублей"] == "штраф"
