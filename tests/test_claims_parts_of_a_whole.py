"""Parts of a whole named before them: the part that makes up the base of a
whole ('Основу улова составила горбуша — N'), and a part a share verb gives
a figure to when the clause names no whole of its own ('на X пришлось N').
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- 'Основу X составила Y — N': the figure measures the whole X ---------------

@pytest.mark.parametrize("text, figure, whole", [
    ("Основу урожая в области составила пшеница — 2,4 млн тонн.", "2,4 млн тонн", "урожай"),
    ("Основу улова в этом году дала сельдь — 95 тыс. тонн, на минтай пришлось 40,2 тыс. тонн.",
     "95 тыс. тонн", "улов"),
])
def test_the_base_of_a_whole_measures_the_whole_not_the_part(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


def test_the_parts_after_the_base_measure_the_same_whole(nlp):
    heads = metric_heads(nlp, "Основу улова в этом году дала сельдь — 95 тыс. тонн, "
                              "на минтай пришлось 40,2 тыс. тонн, на треску — 12 тыс.")
    assert heads["40,2 тыс. тонн"] == heads["12 тыс."] == "улов"


# --- 'на X приходится N' with no whole named: the whole measured just before ----

@pytest.mark.parametrize("text, figure, whole", [
    ("Кредитный портфель банка — 96 млрд рублей, на ипотеку приходится 37%.", "37%", "портфель"),
    ("Розничный портфель банка вырос до 64 млрд рублей. На автокредиты, по словам председателя "
     "правления, сейчас приходится около 15%.", "15%", "портфель"),
    ("Положительное сальдо за год составило 3,1 млрд рублей. Из него на туризм пришлось 1,4 млрд рублей, "
     "на связь – 0,6 млрд.", "1,4 млрд рублей", "сальдо"),
    ("За сезон экспорт зерна составил 40 млн тонн. На Египет, по оценке отраслевого союза, "
     "приходится около 22%.", "22%", "экспорт"),
])
def test_a_part_with_no_whole_of_its_own_measures_the_whole_before(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


def test_a_count_given_to_each_part_keeps_its_own_noun(nlp):
    heads = metric_heads(nlp, "Число вакансий сократилось до 180 тыс., поэтому на одну вакансию "
                              "теперь приходится 2,4 резюме.")
    assert heads["2,4"] == "резюме"


def test_a_count_inside_the_part_is_not_the_whole_a_share_takes(nlp):
    heads = metric_heads(nlp, "На центр города приходится 40% продаж жилья, на остальные четыре района — около 60%.")
    assert heads["60%"] != "район"
