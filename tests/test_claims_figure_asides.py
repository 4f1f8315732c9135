"""A figure set aside right after a noun, in brackets or between two dashes,
gives that noun's size (pipeline/claims/figure_asides.py); a row of bracketed
figures and a single dash are lists, left to the list rules. Every sentence
here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


@pytest.mark.parametrize("text, figure, head", [
    ("Аренду (около 40 тысяч рублей в месяц) оплачивает администрация района.", "40 тысяч рублей", "аренда"),
    ("Стипендию (около 9 тысяч рублей в месяц) студентам платит завод.", "9 тысяч рублей", "стипендия"),
])
def test_a_figure_opening_brackets_after_an_object_sizes_it(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_figure_between_dashes_after_a_noun_sizes_it(nlp):
    claim = claims_by_figure(nlp, "Группа договорилась о покупке контрольного пакета — 75,1% — холдинга «Балтфарм».")["75,1%"]
    assert "пакета" in claim["metric"]["text"]


def test_a_row_of_bracketed_figures_is_a_list_not_sizes_of_its_items(nlp):
    # 'вывоз снега (47%)' is an item of the list whose figures share one metric
    claims = claims_by_figure(nlp, "Главными проблемами горожане назвали дороги (62%), вывоз снега (47%) "
                                   "и работу транспорта (39%).")
    assert metric_head(claims["47%"]) != "вывоз"
