"""A quantity named before a colon or a bracket, and the places or groups
its figures are split by.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


def metrics_and_qualifiers(nlp, text):
    found = {}
    for claim in nlp(text)._.claims:
        metric = (claim["metric"] or {}).get("text")
        found[claim["figure"]["text"]] = (metric, [q["text"] for q in claim["qualifiers"]])
    return found


SPLIT = [
    # a quantity noun, a colon, then places each with its figure
    ("Цена билета не может превышать: в Казани и Самаре, 900 рублей, в Уфе, 700 рублей.",
     {"900 рублей": ("Цена билета", ["в Казани и Самаре"]),
      "700 рублей": ("Цена билета", ["в Уфе"])}),
    # figures in a bracket right after the noun they measure, one per group
    ("Каждый забег (сейчас 12 км у юниоров и 8 км у девушек) проходит по лесу.",
     {"12 км": ("Каждый забег", ["у юниоров"]),
      "8 км": ("Каждый забег", ["у девушек"])}),
]


@pytest.mark.parametrize("text, expected", SPLIT)
def test_each_place_or_group_has_its_value_of_the_named_quantity(nlp, text, expected):
    found = metrics_and_qualifiers(nlp, text)
    for figure, wanted in expected.items():
        assert found[figure] == wanted


def test_a_bracket_after_a_count_keeps_its_own_noun(nlp):
    # the bracket holds no group after its figure: the noun before it is not taken
    found = metrics_and_qualifiers(nlp, "В городе открыли три школы (на 1200 мест).")
    assert found["1200"][0] == "мест"


# --- a digest's rubric before a colon: "Суд:", "Культура:", "Цифра дня:" ---------

def test_a_noun_before_a_colon_names_what_a_subjectless_sentence_measures(nlp):
    heads = metric_heads(nlp, "Аренда: однушку в центре в среднем сдают за 27 тыс. рублей в месяц, двушку — за 36,5 тыс.")
    assert heads["27 тыс. рублей"] == "аренда"
    assert heads["36,5 тыс."] == "аренда"


def test_a_rubric_before_a_sentence_with_its_own_subject_is_no_metric(nlp):
    heads = metric_heads(nlp, "Культура: 20 марта филармония откроет новый сезон, билеты — от 500 руб.")
    assert heads["500 руб."] == "билет"


def test_a_rubric_is_not_what_a_prison_term_lasts(nlp):
    heads = metric_heads(nlp, "Суд: городской суд отправил в колонию на 7 лет 29-летнего водителя.")
    assert heads["7 лет"] != "суд"


def test_a_share_with_its_own_genitive_after_a_rubric_is_a_share_of_that(nlp):
    heads = metric_heads(nlp, "Цифра дня: 61% жителей города поддерживают перенос рынка. "
                              "Против — 27%, ещё 12% затруднились ответить.")
    assert heads["61%"] == "житель"
    assert heads["27%"] == "житель"
    assert heads["12%"] == "житель"
