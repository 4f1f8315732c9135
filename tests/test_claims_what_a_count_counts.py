"""What a count or a ratio counts when the parser hangs the words around it
loosely: a genitive fronted before a verb of being there, with a period
phrase between ('вакансий в начале лета насчитывалось 1 137'), a genitive
that only belongs to the noun before it ('Программа города предусматривала
расходы в 2,5 раза меньше'), and a verb's accusative right before a ratio
('рассчитывают на зарплату в 2,8 раза выше'). Every sentence here is written
for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a fronted genitive, with a period phrase before the verb ---------------

@pytest.mark.parametrize("text, figure, head", [
    # the period's own genitive ('лета', 'года') says when, not what is counted
    ("Дефицит кадров никуда не делся: вакансий врачей в начале лета насчитывалось 840, тогда как годом ранее – 910.",
     "840", "вакансия"),
    ("Очередь растёт: заявлений в конце года насчитывалось 2 300.", "2 300", "заявление"),
])
def test_a_fronted_genitive_is_counted_past_a_period_phrase(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_genitive_hung_on_a_period_is_still_counted_when_it_is_no_time_noun(nlp):
    # 'дни аварий': the parser hangs the counted genitive on the period
    assert metric_heads(nlp, "Годом ранее за те же дни аварий было 27.")["27"] == "авария"


# --- a ratio that sizes the noun right before it ----------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Таким образом, выпускники рассчитывают на зарплату в 1,9 раза выше, чем их сверстники.", "1,9 раза", "зарплата"),
    ("Бюджет района на 2015 год предусматривал расходы в 1,7 раза меньше.", "1,7 раза", "расход"),
])
def test_a_ratio_right_after_a_noun_of_the_verb_sizes_that_noun(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_ratio_after_a_place_keeps_the_subject(nlp):
    text = "У жителей крупных городов интерес к онлайн-курсам в полтора раза выше, чем в среднем."
    assert metric_heads(nlp, text)["полтора раза"] == "интерес"


# --- a genitive that belongs to the noun before it --------------------------

@pytest.mark.parametrize("text, figure, head", [
    # 'семей' is the attribute of 'поддержки', not a fronted subject of amount
    ("Без программ поддержки семей убыль была бы вдвое больше, считает демограф.", "вдвое", "убыль"),
])
def test_a_genitive_of_the_noun_before_is_no_subject_of_amount(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_genitive_after_a_place_may_still_be_the_subject_of_amount(nlp):
    assert metric_heads(nlp, "За сутки в долинах дождя выпало ещё больше — до 40 мм.")["40 мм"] == "дождь"
