"""Health and science items of a news wire and a regional TV site (clinical
trials, vaccination, hospital beds, investment in drugs), one class per test.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


# --- money invested 'в' a purpose -------------------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("В модернизацию лаборатории институт вложил около 600 млн рублей.", "600 млн рублей", "модернизация"),
    ("Холдинг планирует вложить ещё 2 млрд рублей в строительство нового корпуса.",
     "2 млрд рублей", "строительство"),
    ("Фонд инвестировал 15 млн долларов в разработку вакцины.", "15 млн долларов", "разработка"),
])
def test_money_invested_measures_the_purpose_named_with_v(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_place_after_an_investing_verb_is_no_purpose(nlp):
    assert metric_heads(nlp, "Фонд инвестировал в Казани 2 млрд рублей.")["2 млрд рублей"] is None


def test_a_part_of_an_amount_given_to_a_purpose_goes_to_that_purpose(nlp):
    claims = claims_by_figure(nlp, "В создание тест-системы фирма вложила 900 млн рублей, "
                                   "в том числе 250 млн рублей — в виде грантов.")
    assert claims["900 млн рублей"]["metric"]["text"] == "создание тест-системы"
    assert claims["250 млн рублей"]["metric"]["text"] == "создание тест-системы"


def test_a_part_out_of_an_amount_given_to_a_purpose_measures_that_purpose(nlp):
    # "из них N — X" measures the whole (NOTES.md session 7), here the purpose
    heads = metric_heads(nlp, "Ремонт поликлиник идёт по графику. На закупку томографов выделят "
                              "два миллиарда рублей, из них полтора миллиарда — средства области.")
    assert heads["два миллиарда рублей"] == "закупка"
    assert heads["полтора миллиарда"] == "закупка"


# --- a share restated after 'или' with its own base -------------------------

@pytest.mark.parametrize("text, share, head", [
    ("Первую дозу получили 40 тыс. человек, или 12% взрослого населения области.", "12%", "население"),
    ("Курс лечения прошли 900 пациентов, или 30% всех заболевших.", "30%", "заболеть"),
])
def test_a_share_after_a_count_restated_with_or_keeps_its_base_past_adjectives(nlp, text, share, head):
    assert metric_heads(nlp, text)[share] == head


# --- the ratio of an excess over a base named by an adjective alone ----------

@pytest.mark.parametrize("text, ratio, head", [
    ("Уровень безработицы в районе достиг 9%, превысив среднероссийский почти в два раза.",
     "два раза", "уровень"),
    ("Показатель смертности составил 12 на 1000 жителей, превысив средний по стране в полтора раза.",
     "полтора раза", "показатель"),
])
def test_the_ratio_of_an_excess_measures_the_subject_not_the_adjective_base(nlp, text, ratio, head):
    assert metric_heads(nlp, text)[ratio] == head


def test_a_share_restated_after_a_named_quantity_keeps_that_quantity(nlp):
    heads = metric_heads(nlp, "Число заболевших составило 3 тыс. человек, или 0,4% взрослого населения.")
    assert heads["0,4%"] == "число"
