"""A figure keeps what its own words name, whatever the words around it
suggest: a frame ('в диапазоне', 'в размере') frames the amount of the
noun before it, not of a period phrase in between ('на 2020 год'). Every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a period phrase between the planned noun and its frame --------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Мы сохраняем прогноз капитальных расходов на 2020 год в диапазоне 70–75 млрд рублей, "
     "из них не менее 30 млрд придётся на строительство терминала в Усть-Луге.",
     "70–75 млрд рублей", "расход"),
    ("Выручка выросла на 7%.\n«Мы подтверждаем прогноз затрат на 2022 год в диапазоне 50–55 млрд рублей, "
     "из них не менее 20 млрд придётся на модернизацию сетей», — заявил глава компании.",
     "50–55 млрд рублей", "затрата"),
])
def test_a_period_before_the_frame_is_stepped_over_to_the_planned_noun(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head


# --- a count told again after 'это' / 'то есть' with a noun of its own ---------

@pytest.mark.parametrize("text, figure, head", [
    ("Ремонт кровли обошёлся школе в 900 тыс. рублей, то есть примерно три годовые сметы на хозяйственные нужды.",
     "три", "смета"),
    ("Штраф для водителя — 60 тысяч рублей, это примерно четыре средние пенсии.", "четыре", "пенсия"),
    ("Новый стадион вмещает 45 тыс. зрителей, то есть почти два старых стадиона.", "два", "стадион"),
])
def test_a_count_restating_the_figure_before_keeps_the_noun_it_counts(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head


def test_a_share_restating_the_figure_before_still_measures_its_stuff(nlp):
    # 'треть нормы': a share's genitive is only the base it is reckoned from
    claim = claims_by_figure(nlp, "За ночь выпало 12 мм дождя — это почти треть нормы.")["треть"]
    assert metric_head(claim) == "дождь"


# --- a sum or measure keeps the stuff named right after its unit ----------------
# (weighed_stuff.own_stuff_of_a_sum_or_measure); the later steps that fill in
# from the paragraph (pronouns, references back) must not replace it

@pytest.mark.parametrize("text, figure, head", [
    ("Порты Балтики в прошлом году работали с перегрузкой. За девять месяцев они перевалили "
     "61,4 млн тонн грузов, на 4% больше, чем годом ранее.", "61,4 млн тонн", "груз"),
    ("Таможня отчиталась о работе за полугодие. Всего в бюджет перечислено 12,7 млрд рублей акцизов, "
     "что на 1,1 млрд рублей меньше плана.", "1,1 млрд рублей", "акциз"),
    ("Строители залили фундамент арены. На него ушло свыше 18 тыс. кубометров бетона.",
     "18 тыс. кубометров", "бетон"),
])
def test_the_stuff_named_after_the_unit_survives_the_sentences_before(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
