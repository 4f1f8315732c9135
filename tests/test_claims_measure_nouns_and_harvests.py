"""Measures named by the noun of measure right before them ('марш
протяжённостью 600 км'), whatever the tagger took that noun for, and
harvests weighed after a fronted genitive, with the gapped items after
them ('Ячменя намолочено 1,5 млн т, кукурузы — 700 тыс. т').

Sentences written for these tests, not taken from any corpus.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


# --- a noun of measure in the instrumental names the figure after it ---------

@pytest.mark.parametrize("text, figure", [
    # 'протяжённостью' tagged an adverb
    ("Дивизии совершат марш протяжённостью 450 км, а вертолёты выполнят 80 вылетов.", "450 км"),
    # tagged a genitive, with a bound between
    ("Деньги выделены, но асфальт положили лишь на участке протяжённостью около 8 км.", "8 км"),
])
def test_a_mistagged_noun_of_measure_names_the_figure(nlp, text, figure):
    assert metric_heads(nlp, text)[figure] == "протяжённость"


def test_capacity_of_a_plant_is_a_noun_of_measure(nlp):
    text = "Компания построит установку гидроочистки производительностью 2,5 млн тонн."
    assert metric_heads(nlp, text)["2,5 млн тонн"] == "производительность"


# --- harvests: the fronted genitive, and the gapped items after it -------------

def test_a_harvest_verb_tagged_a_noun_is_no_metric(nlp):
    # 'накопано' tagged a noun: the crop before it is what is weighed
    heads = metric_heads(nlp, "Свёклы в районе накопано 120 тыс. тонн, моркови — 14 тыс. тонн.")
    assert heads["120 тыс. тонн"] == "свёкла"
    assert heads["14 тыс. тонн"] == "морковь"


@pytest.mark.parametrize("text, first, second, crops", [
    ("Пшеницы намолочено 2,1 млн т, ячменя — около 600 тыс. т.", "2,1 млн т", "600 тыс. т", ("пшеница", "ячмень")),
    ("Гречихи намолочено 40 тыс. т, проса — 12 тыс. т.", "40 тыс. т", "12 тыс. т", ("гречиха", "просо")),
])
def test_a_gapped_crop_after_a_fronted_one_is_its_own_metric(nlp, text, first, second, crops):
    heads = metric_heads(nlp, text)
    assert (heads[first], heads[second]) == crops


def test_a_place_before_the_dash_keeps_the_crop_named_before(nlp):
    # the item names where, not what: the grain weighed before stays its metric
    heads = metric_heads(nlp, "Собрано 7,3 млн тонн зерна, в соседней области — 6,1 млн тонн.")
    assert heads["6,1 млн тонн"] == "зерно"


# --- a subject the tagger took for an adjective ---------------------------------

def test_a_noun_tagged_an_adjective_is_the_subject_of_a_level_verb(nlp):
    # 'вылов' tagged an adjective: the dictionary knows it only as a noun
    text = "Путина завершена: по итогам отчётного периода вылов тихоокеанских лососей составил 286,4 тыс. тонн."
    assert metric_heads(nlp, text)["286,4 тыс. тонн"] == "вылов"
