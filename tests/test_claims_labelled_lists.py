"""Lists whose items are only a label and a figure: under a heading and a
colon, after a verb and a colon, and amounts given to purposes one after
another. Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head, metric_heads


# --- a heading names the whole, the items' labels are its parts --------------

@pytest.mark.parametrize("text, heads", [
    ("Состав акционеров (на 1 января 2024 года): председатель совета директоров Олег Круглов — 41,5 %, "
     "пенсионный фонд «Северный» — 18 %, в свободном обращении — около 30 %.",
     {"41,5 %": "состав", "18 %": "состав", "30 %": "состав"}),
    ("Структура парка (2022): автобусы — 64 %, трамваи — 21 %, троллейбусы — 15 %.",
     {"64 %": "структура", "21 %": "структура", "15 %": "структура"}),
    ("Доли рынка (2023): «Альфа» — 35 %, «Бета» — 28 %.",
     {"35 %": "доля", "28 %": "доля"}),
])
def test_items_under_a_heading_measure_the_heading(nlp, text, heads):
    assert metric_heads(nlp, text) == heads


def test_the_label_of_an_item_under_a_heading_is_its_qualifier(nlp):
    claims = claims_by_figure(nlp, "Национальный состав (2020): татары — 52,3 %, русские — 40,1 %.")
    qualifiers = [q["text"] for q in claims["52,3 %"]["qualifiers"]]
    assert "татары" in qualifiers


def test_a_heading_that_only_gathers_measures_leaves_each_item_its_own(nlp):
    heads = metric_heads(nlp, "Основные показатели (2023): выручка — 8 млрд рублей, прибыль — 2 млрд рублей.")
    assert heads == {"8 млрд рублей": "выручка", "2 млрд рублей": "прибыль"}


# --- a verb and a colon lead in the stages of a change ------------------------

def test_stages_after_a_colon_change_the_subject_of_the_verb_before_it(nlp):
    heads = metric_heads(nlp, "Проезд в метро подорожает на 10%, абонементы для студентов подешевеют поэтапно: "
                              "в марте — на 5%, в сентябре — еще на 7%.")
    assert heads["10%"] == "проезд"
    assert heads["5%"] == "абонемент"
    assert heads["7%"] == "абонемент"


def test_a_clause_after_the_colon_keeps_its_subject_to_itself(nlp):
    heads = metric_heads(nlp, "Прибыль завода сократилась на 23%, до 4,1 млрд рублей: "
                              "экспортные цены на никель упали за год на 15%.")
    assert heads["23%"] == "прибыль"
    assert heads["4,1 млрд рублей"] == "прибыль"
    assert heads["15%"] == "цена"


# --- amounts given to one purpose after another --------------------------------

def test_each_gapped_amount_measures_its_own_purpose(nlp):
    claims = claims_by_figure(nlp, "На ремонт школ потрачено 310 млн рублей, на новые автобусы — около 95 млн, "
                                   "на парки и скверы — 42 млн.")
    assert metric_head(claims["310 млн рублей"]) == "ремонт"
    assert metric_head(claims["95 млн"]) == "автобус"
    assert claims["42 млн"]["metric"]["text"] == "парки и скверы"
