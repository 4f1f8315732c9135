"""Words that are never what a figure measures, whatever the parser hangs on
them. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- the scale word of an earlier figure ('тыс.', 'млн') ---------------------

@pytest.mark.parametrize("text, figure, head", [
    ("В марте, по данным дилеров, было продано 18,3 тыс. грузовиков, что на треть больше, "
     "чем в феврале, хотя и на 27% меньше, чем годом ранее.", "27%", "грузовик"),
    ("В мае, по данным ассоциации, было выдано 26,5 тыс. ипотечных кредитов, что втрое больше, "
     "чем в апреле, хотя и на 40% меньше, чем годом ранее.", "40%", "кредит"),
])
def test_a_comparison_after_a_figure_with_a_scale_measures_its_counted_noun(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    ("Из 9 тыс. зарегистрированных финишировали 7 115 человек, ещё около 1 тыс. сошли с дистанции.",
     "1 тыс.", "человек"),
    ("Из 14 тыс. записавшихся экзамен сдали 11 020 абитуриентов, ещё около 2 тыс. не явились.",
     "2 тыс.", "абитуриент"),
])
def test_a_scale_after_an_opening_iz_is_no_whole(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a period after 'за' is when, not what ----------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("По данным метеослужбы, в 2020 году морозных дней было 23 за зиму.", "23", "день"),
    ("Если раньше таких пожаров было 5 за лето, то теперь — 12.", "5", "пожар"),
    ("Если раньше таких пожаров было 5 за лето, то теперь — 12.", "12", "пожар"),
])
def test_a_season_after_za_is_the_time_of_a_count(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    ("За полгода в полицию поступило 310 заявлений, почти столько же, сколько за весь 2023 год (325).", "325", "заявление"),
    ("С января на заводе собрали 4 100 станков — больше, чем за прошлый квартал (3 900).", "3 900", "станок"),
])
def test_a_count_in_brackets_after_a_period_is_not_of_the_period(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
