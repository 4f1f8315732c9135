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


# --- verbs of multiplying -------------------------------------------------------

@pytest.mark.parametrize("text, verb, factor, head", [
    ("Стоимость проезда в пригородных электричках за три года удвоилась.", "удвоилась", 2, "стоимость"),
    ("По прогнозу министерства, к 2030 году экспорт зерна утроится.", "утроится", 3, "экспорт"),
    ("Выпуск кирпича на заводе удвоился и составил 40 млн штук.", "удвоился", 2, "выпуск"),
    ("Холдинг рассчитывает удвоить продажи электромобилей.", "удвоить", 2, "продажа"),
])
def test_a_verb_of_multiplying_is_a_ratio_figure(nlp, text, verb, factor, head):
    claim = claims_by_figure(nlp, text)[verb]
    assert (claim["value"], claim["unit"]) == (factor, "times")
    assert (claim["direction"], claim["change"]) == ("increase", "ratio")
    assert claim["trigger"]["text"] == verb
    assert metric_head(claim) == head


@pytest.mark.parametrize("text, new_value", [
    ("Выручка сети утроилась — до 12 млрд рублей.", "12 млрд рублей"),
    ("Число подписчиков канала удвоилось, с 40 до 80 тыс.", "80 тыс."),
    ("Компания удвоила число магазинов — до 300, купив соседнюю сеть.", "300"),
])
def test_the_verb_is_only_the_trigger_when_do_gives_the_new_value(nlp, text, new_value):
    claims = claims_by_figure(nlp, text)
    assert not any(claim["unit"] == "times" for claim in claims.values())
    assert claims[new_value]["direction"] == "increase"


def test_a_participle_of_multiplying_is_no_figure(nlp):
    assert claims_by_figure(nlp, "Пациентам назначили удвоенную дозу витаминов.") == {}
