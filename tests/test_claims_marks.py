"""A change that goes past a mark: a change verb with a comparative of its
own direction before the figure ('опустилась ниже 20%', 'подскочил выше 30
гривен') says where the quantity went, not by how much it moved. Every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


@pytest.mark.parametrize("text, figure, direction, bound, head", [
    ("Доходность облигаций к концу недели снизилась ниже 9% годовых.", "9%", "decrease", "less_than", "доходность"),
    ("Ночью столбик термометра в Норильске упал ниже -40 градусов.", "-40 градусов", "decrease", "less_than", "столбик"),
    ("Впервые за полгода курс юаня поднялся выше 13 рублей.", "13 рублей", "increase", "more_than", "курс"),
    ("Уровень воды в реке к утру вырос выше 6 метров.", "6 метров", "increase", "more_than", "уровень"),
])
def test_a_change_past_a_mark_goes_to_the_figure(nlp, text, figure, direction, bound, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == direction
    assert claim["change"] == "to"
    assert claim["bound"] == bound
    assert metric_head(claim) == head


def test_a_bound_of_the_figure_itself_stays(nlp):
    # 'не выше' caps the figure; the verb still moved the quantity to it
    claim = claims_by_figure(nlp, "По прогнозу, курс доллара до конца месяца вырастет не выше 95 рублей.")["95 рублей"]
    assert claim["change"] == "to"
    assert claim["bound"] == "at_most"


@pytest.mark.parametrize("text, figure", [
    ("Выручка сети за год прибавила больше 12%.", "12%"),
    ("За месяц акции банка потеряли более 15%.", "15%"),
])
def test_a_comparative_of_quantity_measures_the_change_itself(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["change"] == "by"
    assert claim["bound"] == "more_than"
