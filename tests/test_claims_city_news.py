"""Regional and city news: council budgets, utilities, roads, crime reports.

Sentences written for these tests (not from any corpus); each maps a
figure to the head lemma of the metric the extractor should give it.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


WORTH = [
    # a sum after 'на' right after a noun says what that noun is worth,
    # even when a phrase between it and the verb makes the parser hang the sum on the verb
    ("Контракт на 52,3 млн рублей по итогам конкурса заключён с местной фирмой.", {"52,3 млн рублей": "контракт"}),
    ("Товаров на 3 млн рублей продано за неделю.", {"3 млн рублей": "товар"}),
]

NOT_WORTH = [
    # a sum on a person is a fine, not the person's worth
    "Мировой судья оштрафовал продавца на 30 тыс. рублей за торговлю без лицензии.",
]


@pytest.mark.parametrize("text,expected", WORTH)
def test_a_sum_after_na_names_what_the_noun_before_is_worth(nlp, text, expected):
    found = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert found[figure] == head


@pytest.mark.parametrize("text", NOT_WORTH)
def test_a_sum_after_na_on_a_person_is_not_their_worth(nlp, text):
    assert "продавец" not in metric_heads(nlp, text).values()


def test_a_change_verb_after_a_comma_and_poetomu_is_not_the_figures_trigger(nlp):
    # the parser hangs the first sum on the later verb; 'поэтому' opens a clause of its own
    text = "Затраты выросли сильнее – почти на 90 млн рублей, поэтому убыток увеличился с 20 до 41 млн рублей."
    found = metric_heads(nlp, text)
    assert found["90 млн рублей"] == "затрата"
    assert found["41 млн рублей"] == "убыток"


def test_a_spaced_dash_after_a_numbered_thing_opens_its_value_not_a_range(nlp):
    found = metric_heads(nlp, "Температура воды на выходе из котельной № 4 – 65 градусов.")
    assert list(found) == ["65 градусов"]
    assert found["65 градусов"] == "температура"


def test_numbers_after_a_number_sign_written_tight_stay_ids(nlp):
    assert metric_heads(nlp, "Закрыты школы № 3–5.") == {}
