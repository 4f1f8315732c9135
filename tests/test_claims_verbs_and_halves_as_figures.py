"""Figures written as one word that is not a number: 'пол' fused with a unit
or scale word ('на полпроцента', 'полтонны', 'полсотни') and verbs of
multiplying ('цены удвоились', 'выпуск утроится'). Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- 'пол' fused with a unit word -------------------------------------------

@pytest.mark.parametrize("text, figure, unit, direction", [
    ("Банк России, по мнению экономистов, понизит ставку на полпроцента.", "полпроцента", "percent", "decrease"),
    ("За месяц инфляция ускорилась на полпроцента.", "полпроцента", "percent", "increase"),
    ("Уровень воды в реке за ночь поднялся на полметра.", "полметра", "m", "increase"),
    ("Средний вес улова сократился на полкилограмма.", "полкилограмма", "kg", "decrease"),
    ("Банки повысили ставки по автокредитам на полпроцентного пункта.", "полпроцентного пункта",
     "percentage_point", "increase"),
])
def test_half_fused_with_a_unit_is_half_that_unit(nlp, text, figure, unit, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["value"] == 0.5
    assert claim["unit"] == unit
    assert claim["direction"] == direction
    assert claim["change"] == "by"


def test_half_a_unit_written_with_a_hyphen(nlp):
    claim = claims_by_figure(nlp, "Норма выдачи молока выросла на пол-литра в день.")["пол-литра"]
    assert (claim["value"], claim["unit"]) == (0.5, "l")


# --- 'пол' fused with a scale word or a group noun ----------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("На субботник вышли полсотни жителей района.", "полсотни", 50),
    ("Из бюджета на ремонт дорог потратят полтриллиона рублей.", "полтриллиона рублей", 5e11),
    ("В питомнике живут полдюжины медвежат.", "полдюжины", 6),
])
def test_half_fused_with_a_scale_word_is_half_its_value(nlp, text, figure, value):
    assert claims_by_figure(nlp, text)[figure]["value"] == value


def test_a_name_starting_with_pol_is_no_figure(nlp):
    claims = claims_by_figure(nlp, "Об этом сообщил «Полдню» пресс-секретарь мэрии, добавив, что задержаны 12 человек.")
    assert list(claims) == ["12"]
