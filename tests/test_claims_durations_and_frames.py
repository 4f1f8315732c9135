"""Figures whose metric is a noun right next to them: a span of time after
a noun or verb that says what lasts, and a quantity noun framing the figure
before it. Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


# --- a quantity noun right before the figure ----------------------------------

@pytest.mark.parametrize("text, figure, head", [
    # the tagger takes 'протяжённостью' for a participle; it is the noun in the instrumental
    ("Свалку нашли на участке протяжённостью 14 км.", "14 км", "протяжённость"),
    ("Подземный толчок имел магнитуду 5,2.", "5,2", "магнитуда"),
])
def test_a_quantity_noun_right_before_the_figure_names_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_name_in_the_genitive_between_the_quantity_noun_and_the_figure(nlp):
    heads = metric_heads(nlp, "Турнир выиграл молодой мастер Олег Сомов (рейтинг ФИДЕ 2 588).")
    assert heads["2 588"] == "рейтинг"


# --- a span of time right after a noun of delay or pause -------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Задержки электричек более чем на три часа случались лишь дважды.", "три часа", "задержка"),
    ("Владельцы торговых центров дают арендаторам каникулы до четырёх месяцев.", "четырёх месяцев", "каникулы"),
    ("Банк предложил заёмщикам отсрочку на полгода.", "полгода", "отсрочка"),
])
def test_a_span_after_a_noun_of_delay_is_how_long_the_delay_lasts(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a verb of lasting after 'и' shares the subject of the verb before it --------

def test_a_lasting_verb_after_and_takes_the_subject_not_the_sum_before_it(nlp):
    heads = metric_heads(nlp, "Реконструкция моста обойдётся в 2 млрд рублей и займёт 18 месяцев.")
    assert heads["18 месяцев"] == "реконструкция"


# --- a term after 'на' on a chain of genitives is the term of the chain's top noun

@pytest.mark.parametrize("text, figure, head", [
    ("Банк приостановил прием заявок на десять дней.", "десять дней", "приём"),
    ("Регулятор продлил программу выкупа облигаций на полгода.", "полгода", "программа"),
    ("Стройка идёт с опережением графика на 20 дней.", "20 дней", "опережение"),
])
def test_a_term_after_na_measures_the_noun_the_genitives_complete(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a verb of extending: the span it adds is an increase of what it extends ---

@pytest.mark.parametrize("text, figure, head, change", [
    ("Троллейбусную линию до микрорайона продлили на 2,3 км.", "2,3 км", "линия", "by"),
    ("Регулятор продлил программу выкупа облигаций на полгода.", "полгода", "программа", "by"),
    ("Линию метро продлят до 12 км.", "12 км", "линия", "to"),
])
def test_a_span_a_verb_of_extending_adds_is_an_increase_of_its_object(nlp, text, figure, head, change):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["metric"]["head"], claim["direction"], claim["change"]) == (head, "increase", change)


def test_who_extends_a_thing_is_no_change(nlp):
    # the share counts the owners who extend; it is no span of the extending
    claim = claims_by_figure(nlp, "Средний срок действия патента — 7 месяцев, а продлевают его около 40% владельцев.")["40%"]
    assert claim["direction"] is None
