"""Where a clause ends for a figure's metric: a comparison mark after a
share, a level word of a later clause, a noun standing before a modal word.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- 'г/г', 'м/м' after a share: what the change is reckoned against ---------

@pytest.mark.parametrize("text, figure, head", [
    ("Экспорт угля прибавил 5,6% г/г и составил 18 млн тонн.", "5,6%", "экспорт"),
    ("Выручка ритейлера прибавила 9,4% г/г и составила 31,2 млрд рублей.", "9,4%", "выручка"),
])
def test_a_comparison_mark_after_a_share_is_not_its_noun(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a level word frames only a figure after it ------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Доходы, по оценке министерства, вырастут почти на 2,4 млрд рублей и составят 80,1 млрд, "
     "а долг останется на уровне 12,5 млрд рублей.", "2,4 млрд рублей", "доход"),
    ("Инвестиции вырастут на 3 млрд рублей и превысят 40 млрд, а долг сохранится на уровне 15 млрд рублей.",
     "3 млрд рублей", "инвестиция"),
    ("Продажи выросли почти на 2,2 млн тонн и достигли 31 млн тонн, а запасы остались на уровне 4,5 млн тонн.",
     "2,2 млн тонн", "продажа"),
])
def test_a_level_word_of_a_later_clause_does_not_frame_an_earlier_figure(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_the_later_level_still_frames_its_own_figure(nlp):
    text = "Инвестиции вырастут на 3 млрд рублей и превысят 40 млрд, а долг сохранится на уровне 15 млрд рублей."
    assert metric_heads(nlp, text)["15 млрд рублей"] == "долг"


# --- the noun before a modal word is what its infinitive changes ------------

@pytest.mark.parametrize("text, figure, head", [
    ("Поступления в казну выросли на 6%, до 14 млрд рублей, при этом задолженность удалось сократить "
     "втрое — до 1,2 млрд.", "втрое", "задолженность"),
    ("Поступления в казну выросли на 6%, до 14 млрд рублей, при этом задолженность удалось сократить "
     "втрое — до 1,2 млрд.", "1,2 млрд", "задолженность"),
    ("Штат придётся сократить на четверть.", "четверть", "штат"),
    ("Тарифы предстоит поднять на 8%.", "8%", "тариф"),
])
def test_the_noun_before_a_modal_word_is_what_the_infinitive_changes(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a noun of a later clause is not the verb's --------------------------------------

@pytest.mark.parametrize("text, figure, head", [
    # 'трети' hung on 'превысил' belongs to the clause of 'пришлось' after the comma
    ("Объем бытовых услуг вырос на 3,2% и превысил 9 млрд рублей, из них на ремонт жилья "
     "пришлось более трети.", "9 млрд рублей", "объём"),
    # 'выручка' past the semicolon is not the subject of 'заняты'
    ("Штат завода — около 4 300 человек, из них 2 900 заняты в цехах; средняя выручка на "
     "сотрудника, по словам директора, превысила 3 млн рублей.", "2 900", "штат"),
])
def test_a_noun_of_a_later_clause_is_not_the_verbs_own(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
