"""A figure inside a 'который' clause measures the noun the clause is about;
a value verb's payer in the dative is no metric. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_head, claims_by_figure


# --- the noun a 'который' clause is about ---------------------------------------

def test_a_relative_clause_hung_on_a_verb_takes_the_noun_just_before_it(nlp):
    text = ("Как сообщили в мэрии, новый тариф стал первым за пять лет и позволит перевозчику "
            "покрыть долги, которые по итогам прошлого года оцениваются в 800 млн рублей.")
    claim = claims_by_figure(nlp, text)["800 млн рублей"]
    assert metric_head(claim) == "долг"


@pytest.mark.parametrize("text, figure, head", [
    ("Реконструкция моста, которая обошлась в 300 млн рублей, завершится летом.", "300 млн рублей", "реконструкция"),
    ("Ремонт областной больницы, который обошёлся в 1,8 млрд рублей, затянулся на год.", "1,8 млрд рублей", "ремонт"),
])
def test_which_agrees_with_the_noun_a_genitive_belongs_to(nlp, text, figure, head):
    # 'которая', 'который' agree with the noun the genitive ('моста', 'больницы') belongs to
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_relative_pronoun_as_the_object_of_a_valuing_verb(nlp):
    claim = claims_by_figure(nlp, "Ущерб, который следователи оценили в 80 млн рублей, до сих пор не возмещён.")[
        "80 млн рублей"]
    assert metric_head(claim) == "ущерб"


# --- a payer in the dative -----------------------------------------------------

def test_who_paid_in_the_dative_is_not_what_cost_the_money(nlp):
    text = ("Цена насоса оказалась вдвое выше, чем в соседнем районе, где такой же насос "
            "обошёлся местной котельной в 2 млн рублей, выяснили журналисты.")
    claim = claims_by_figure(nlp, text)["2 млн рублей"]
    assert metric_head(claim) == "насос"
