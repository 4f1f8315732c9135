"""How far a plan, a forecast or a request was met ('выполнили на 103%',
'оправдался на 81%'): the share measures the thing met, and no change is
said. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a verb of fulfilment with 'на N%' ----------------------------------------

@pytest.mark.parametrize("text, figure, head", [
    # an active verb whose doer is named: the object is what was met
    ("Программу капремонта подрядчики выполнили лишь на 40%.", "40%", "программа"),
    ("План по налогам инспекция выполнила на 97%.", "97%", "план"),
    # an intransitive or reflexive verb: its subject is what was met
    ("Ожидания аналитиков оправдались на 70%.", "70%", "ожидание"),
    ("План по налогам выполняется на 90%.", "90%", "план"),
])
def test_a_share_of_fulfilment_measures_the_thing_met(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] is None


def test_the_doer_of_a_fulfilment_named_by_a_pronoun_is_not_the_metric(nlp):
    claim = claims_by_figure(nlp, "Норму по надоям мы перевыполнили на 12%.")["12%"]
    assert metric_head(claim) == "норма"
