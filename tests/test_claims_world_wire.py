"""Shapes of world-news wire copy: a change of a change written with nouns
('замедление роста', 'ускорение роста'), from-to changes written in other
orders.

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def test_slowing_of_growth_is_a_decrease_of_the_growth(nlp):
    found = claims_by_figure(nlp, "Аналитики прогнозируют замедление роста цен до 6%.")
    assert found["6%"]["direction"] == "decrease"
    assert found["6%"]["trigger"]["text"] == "замедление"
    assert found["6%"]["metric"]["text"] == "роста цен"


def test_speeding_up_of_growth_in_a_later_year_keeps_the_growth_as_metric(nlp):
    found = claims_by_figure(nlp, "Министерство ждёт замедления роста зарплат до 4%, а в будущем году — ускорения до 7%.")
    assert found["4%"]["direction"] == "decrease"
    assert found["7%"]["direction"] == "increase"
    assert found["7%"]["metric"]["text"] == "роста зарплат"


def test_growth_of_a_loss_is_an_increase(nlp):
    found = claims_by_figure(nlp, "Компания сообщила о росте потерь на 8%.")
    assert found["8%"]["direction"] == "increase"
    assert found["8%"]["metric"]["head"] == "потеря"


def test_the_verb_form_is_unchanged(nlp):
    found = claims_by_figure(nlp, "Рост выручки замедлился до 3%.")
    assert found["3%"]["direction"] == "decrease"
    assert found["3%"]["metric"]["text"] == "Рост выручки"


def test_a_start_with_an_adjective_after_the_target_is_folded_in(nlp):
    found = claims_by_figure(nlp, "Банк понизил прогноз инфляции до 5,5% с мартовских 6,1%.")
    assert list(found) == ["5,5%"]
    assert found["5,5%"]["value_from"] == 6.1
    assert found["5,5%"]["change"] == "to"


def test_a_year_between_start_and_target_keeps_one_figure(nlp):
    found = claims_by_figure(nlp, "Доля курильщиков сократилась с 38% в 2005 году до 24% в 2020-м.")
    assert list(found) == ["24%"]
    assert found["24%"]["value_from"] == 38
    assert found["24%"]["direction"] == "decrease"


def test_a_date_after_a_cap_is_still_no_start(nlp):
    found = claims_by_figure(nlp, "Скидка до 10% с 1 января.")
    assert found["10%"]["bound"] == "less_than"
    assert found["10%"]["value_from"] is None


def test_a_bare_percent_in_brackets_restates_the_change_before_it(nlp):
    found = claims_by_figure(nlp, "Курс евро снизился на 1,2 рубля (1,5%).")
    assert found["1,5%"]["direction"] == "decrease"
    assert found["1,5%"]["change"] == "by"
    assert found["1,5%"]["metric"]["text"] == "Курс евро"


def test_a_share_in_brackets_after_a_change_is_no_change(nlp):
    found = claims_by_figure(nlp, "Продажи выросли на 5 млн штук (12% от рынка).")
    assert found["12%"]["direction"] is None
