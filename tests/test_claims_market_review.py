"""A bank analyst's market review and an economic channel's bullet lines:
indicators given as 'label: figure', comparison marks ('г/г'), rates moved by
basis points. Every sentence here is written for these tests, not taken
from a corpus."""
import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a bullet line "label: figure" ----------------------------------------------

def test_a_bullet_line_gives_its_figure_the_label_before_the_colon(nlp):
    heads = metric_heads(nlp, "Главное за месяц:\n• инфляция: 12,4% г/г после 11,2% в апреле;\n"
                              "• безработица: 4,1%, минимум за год;\n• реальные зарплаты (апрель): −3,1% г/г.")
    assert heads["12,4%"] == "инфляция"
    assert heads["4,1%"] == "безработица"
    assert heads["3,1%"] == "зарплата"


def test_a_lead_in_with_a_verb_is_no_label(nlp):
    heads = metric_heads(nlp, "Итог оказался скромным: выручка выросла на 3%.")
    assert heads["3%"] == "выручка"


# --- comparison marks -------------------------------------------------------------

def test_a_year_on_year_mark_is_never_the_metric(nlp):
    heads = metric_heads(nlp, "Министерство оценило спад в мае в 3,2% г/г.")
    assert heads["3,2%"] != "г"


# --- basis points end a sentence --------------------------------------------------

def test_a_sentence_ends_after_basis_points_before_a_capital(nlp):
    doc = nlp("Совет директоров ЦБ поднял ключевую ставку на 50 б.п., до 9%, хотя рынок ждал шага в 25 б.п. "
              "Регулятор также улучшил прогноз по росту экономики.")
    heads = {c["figure"]["text"]: (c["metric"] or {}).get("head") for c in doc._.claims}
    assert heads["50 б.п."] == "ставка"
    assert heads["9%"] == "ставка"


# --- a period as the verb's object --------------------------------------------------

def test_a_week_closed_at_a_level_is_when_not_what(nlp):
    heads = metric_heads(nlp, "Доходность 5-летних ОФЗ прибавила 8 б.п. и закрыла неделю на уровне 7,12%.")
    assert heads["7,12%"] == "доходность"


def test_a_week_with_its_own_adjective_still_is_what_changes(nlp):
    heads = metric_heads(nlp, "Компания сократила рабочую неделю до 4 дней.")
    assert heads["4 дней"] == "неделя"


# --- an aside on the same list line -------------------------------------------------

def test_earlier_months_in_brackets_go_on_their_own_lines_measure(nlp):
    heads = metric_heads(nlp, "Главное за месяц:\n• розничные продажи: −5,2% г/г;\n"
                              "• безработица: 4,1%, минимум за год (в апреле — 4,3%, в марте — 4,4%).")
    assert heads["4,3%"] == "безработица"
    assert heads["4,4%"] == "безработица"


def test_a_kind_of_item_before_an_amount_is_no_label_metric(nlp):
    heads = metric_heads(nlp, "Ход уборки:\n– ячмень: 120,5 тыс. га, 400 тыс. т;\n– овёс: 30 тыс. га.")
    assert heads["120,5 тыс. га"] is None
