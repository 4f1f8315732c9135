"""Words that can never be what a figure measures, however near the figure
they stand: the noun of a source phrase ('по его словам', 'по нашим
подсчётам') and a month or period before a dash ('за январь — август —
121 млн тонн'). Every sentence here is written for these tests, not taken
from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a source phrase with a possessive or adjective inside -------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Число частных клиник в крае выросло. По его словам, за год их стало больше на 40.", "40", "число"),
    ("В области зарегистрировано 900 фермерских хозяйств. По нашим подсчётам, за пять лет их стало меньше на 120.",
     "120", "хозяйство"),
])
def test_a_pronoun_never_stands_for_the_noun_of_a_source_phrase(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a period before the dash of a gapped clause -----------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Экспорт угля за первое полугодие достиг 90 млн тонн, а за январь — август — 121 млн тонн.",
     "121 млн тонн", "экспорт"),
    ("Продажи зерна в марте составили 12 тыс. тонн, а за январь — апрель — 41 тыс. тонн.",
     "41 тыс. тонн", "продажа"),
])
def test_a_month_before_the_dash_is_when_not_what(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- the agent of a passive participle between a figure and its noun ---------

@pytest.mark.parametrize("text, figure, head", [
    ("Из 40 опрошенных нами фермеров 25 жалуются на цены на топливо.", "40", "фермер"),
    ("Из 30 опрошенных «Вестником» экономистов 21 ждёт снижения ставки.", "30", "экономист"),
    ("Почти половина проверенных инспекцией магазинов торговала без лицензии.", "половина", "магазин"),
    ("Больше половины опрошенных нами семей сократили расходы на отдых.", "половины", "семья"),
])
def test_the_agent_of_a_participle_is_not_what_is_counted(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
