"""Gapped clauses after a dash, and the words of technology and company
reports (Latin abbreviations of measures, a staff or an audience reach).
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


# --- a gapped clause whose new subject is a Latin abbreviation -------------------

def test_an_abbreviation_before_the_dash_is_the_new_subject(nlp):
    heads = metric_heads(nlp, "Выручка холдинга выросла на 5,2%, до 41,3 млрд рублей, "
                              "EBITDA — на 3,8%, до 12,1 млрд рублей.")
    assert heads["5,2%"] == "выручка"
    assert heads["3,8%"] == "ebitda"


def test_the_target_after_the_abbreviation_ends_its_own_change(nlp):
    claims = claims_by_figure(nlp, "Выручка холдинга выросла на 5,2%, до 41,3 млрд рублей, "
                                   "EBITDA — на 3,8%, до 12,1 млрд рублей.")
    assert claims["12,1 млрд рублей"]["metric"]["head"] == "ebitda"
    assert claims["12,1 млрд рублей"]["direction"] == "increase"


def test_an_abbreviation_may_follow_a_change_in_another_unit(nlp):
    claims = claims_by_figure(nlp, "Абонентская база оператора уменьшилась на 200 тыс., ARPU — на 3%.")
    assert claims["3%"]["metric"]["head"] == "arpu"
    assert claims["3%"]["direction"] == "decrease"


def test_a_preposition_phrase_before_the_dash_stays_a_qualifier(nlp):
    heads = metric_heads(nlp, "Официальный курс рубля к доллару вырос на 8%, к евро – на 9,5%.")
    assert heads["9,5%"] == "курс"


# --- a staff or a reach before a dash names how many ------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Штат завода — 320 рабочих.", "320", "штат"),
    ("Его дневной охват — около 3 млн человек.", "3 млн", "охват"),
])
def test_a_size_noun_before_the_dash_is_the_metric(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_count_in_the_staff_counts_the_workers(nlp):
    assert metric_heads(nlp, "В штате завода 320 рабочих.")["320"] == "рабочий"


# --- a colon opens a clause with its own subject -----------------------------------

def test_the_subject_after_a_colon_is_the_verbs(nlp):
    heads = metric_heads(nlp, "Главная статья расходов – ремонт дорог: выплаты подрядчикам за полгода "
                              "составили 1,4 млрд рублей, в том числе 300 млн – по контрактам на мосты.")
    assert heads["1,4 млрд рублей"] == "выплата"
    assert heads["300 млн"] == "выплата"
