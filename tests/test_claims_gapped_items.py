"""Items of a list and gapped clauses that take the first item's metric, and
sums of money framed after the noun they are the size of (CLAIMS.md
"Ellipsis and lists"). Every sentence here is written for these tests, not
taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a sum framed by a bare instrumental ('объёмом') -------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Банк разместил облигации объемом 8 млрд рублей.", "8 млрд рублей", "облигация"),
    ("Стороны одобрили кредитную линию объёмом до $300 млн.", "$300 млн", "линия"),
    ("Холдинг выпустил еврооблигации общим объемом 500 млн долларов.", "500 млн долларов", "еврооблигация"),
])
def test_a_sum_framed_by_its_volume_measures_the_noun_before(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert "объ" not in claim["metric"]["text"]


def test_a_volume_in_units_of_its_own_stays_the_metric(nlp):
    claim = claims_by_figure(nlp, "Цистерна объёмом 40 кубометров стояла у склада.")["40 кубометров"]
    assert metric_head(claim) == "объём"


# --- a change said along a dimension ('прибавили в цене') ---------------------

@pytest.mark.parametrize("text, figure, head, direction", [
    ("Билеты на концерт прибавили в цене 15%.", "15%", "билет", "increase"),
    ("За неделю рыба потеряла в цене 40 рублей.", "40 рублей", "рыба", "decrease"),
])
def test_a_change_in_price_measures_the_verbs_subject(nlp, text, figure, head, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == direction


def test_a_gapped_item_of_a_change_in_price_takes_the_first_items_metric(nlp):
    claims = claims_by_figure(nlp, "Детские товары прибавили в цене 4,1%, взрослые – 3,6%.")
    assert metric_head(claims["3,6%"]) == "товар"
    assert claims["3,6%"]["direction"] == "increase"


# --- a gapped item whose figure has a bound of its own ('не менее', 'от ... до') ----------

@pytest.mark.parametrize("text, figure, head", [
    # the noun before the dash is the gapped clause's subject, though 'не' or
    # 'от' stands between the dash and the figure
    ("Ставка по программе остается на уровне 2% годовых, первоначальный взнос – не менее 10%.", "10%", "взнос"),
    ("Максимальная сумма кредита составит 3 млн рублей, первоначальный взнос – не менее 20%.", "20%", "взнос"),
    ("Средний кредит составляет 111 тысяч евро, а первый взнос — от 10 до 15% стоимости квартиры.", "10 до 15%", "взнос"),
])
def test_a_gapped_item_with_a_bound_measures_the_noun_before_its_dash(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_gapped_item_with_a_bound_and_a_genitive_keeps_the_donors_metric(nlp):
    # a genitive before the dash names no subject: the donor's metric stays
    claims = claims_by_figure(nlp, "Заполняемость санаториев составила 65–70%, пансионатов — не более 55%.")
    assert metric_head(claims["55%"]) == "заполняемость"


def test_a_name_beside_a_noun_before_the_dash_is_no_gapped_subject(nlp):
    # '«люкс»' names the class; the check is still the donor's
    claims = claims_by_figure(nlp, "Средний чек в ресторанах составляет 3–4 тысячи рублей на гостя, "
                                   "а в заведениях класса «люкс» — от 10 тысяч.")
    assert metric_head(claims["10 тысяч"]) == "чек"


# --- a gapped item labelled by a phrase with its own preposition ---------------

@pytest.mark.parametrize("text, figure, head", [
    ("«В городах норматив соблюдается в 94% вызовов, в сельских округах — в 78%», — сказал он.", "78%", "вызов"),
    ("Средняя цена номера выросла на 11%. В гостиницах — на 8%, в апартаментах — на 14%.", "14%", "цена"),
])
def test_a_label_with_its_own_preposition_before_a_dash_is_no_metric(nlp, text, figure, head):
    # 'в сельских округах' says where, as a qualifier; the item measures what the item before it does
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
