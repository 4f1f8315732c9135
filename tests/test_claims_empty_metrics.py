"""Figures the extractor left with no metric although the sentence names
one. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a sum after 'на' right after a counted noun -----------------------------
# 'выдали 640 кредитов на 12,4 млрд': the things a number counts are what the
# sum is worth together, even when the parser hangs the sum on the verb.

@pytest.mark.parametrize("text, figure, head", [
    ("За год фонд профинансировал 85 стартапов на 2,3 млрд рублей.", "2,3 млрд рублей", "стартап"),
    ("Область закупила 40 новых автобусов на 600 млн рублей, сообщил губернатор.", "600 млн рублей", "автобус"),
    ("По программе мы выдали 640 кредитов на 12,4 млрд тенге, средний чек — около 19 млн.",
     "12,4 млрд тенге", "кредит"),
])
def test_a_sum_after_counted_things_is_what_they_are_worth(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_sum_on_counted_people_stays_a_fine(nlp):
    # 'оштрафовал трёх водителей на 90 тыс.': people are not worth the sum
    assert metric_heads(nlp, "Суд оштрафовал трёх водителей на 90 тыс. рублей.")["90 тыс. рублей"] is None
