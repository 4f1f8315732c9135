"""Money put into or lying in a fund measures the fund
(pipeline/claims/held_in_a_fund.py).

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


IN_A_FUND = [
    # the fund after 'в' of an impersonal verb of putting in
    ("В дорожный фонд области заложено 3,4 млрд рублей.", "3,4 млрд рублей", "фонд"),
    # of an impersonal verb of piling up
    ("В Резервном фонде накоплено свыше $40 млрд, но изъятия растут.", "$40 млрд", "фонд"),
    # 'котором' of a relative clause stands for the fund it hangs on
    ("Стабилизационный фонд, в котором год назад лежало $52 млрд, похудел.", "$52 млрд", "фонд"),
]


@pytest.mark.parametrize("text, figure, head", IN_A_FUND)
def test_money_in_a_fund_measures_the_fund(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_purpose_after_na_keeps_its_reading(nlp):
    # 'на ремонт школ' is what the money is for; the budget it lies in is not the metric
    assert metric_heads(nlp, "На ремонт школ в бюджете заложено 1,3 млрд рублей.")["1,3 млрд рублей"] == "ремонт"


def test_a_place_after_v_is_no_fund(nlp):
    # 'в регионе' says where, not what holds the money
    assert metric_heads(nlp, "В регионе выделено 500 млн рублей.")["500 млн рублей"] != "регион"
