"""Qualifiers, time and source of a claim (CLAIMS.md): interview speaker
labels, list items under a dated lead-in, durations that are no time."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def source_text(claim):
    return (claim["source"] or {}).get("text")


INTERVIEW = (
    "Директор завода Пётр Смирнов ответил на вопросы газеты.\n"
    "Корр.: Как прошёл год?\n"
    "П. Смирнов: Выпуск вырос на 12%, а экспорт составил 40 млн рублей.\n"
    "«Вестник»: Сколько у вас сотрудников?\n"
    "П. Смирнов: Сейчас 850 человек.\n"
    "Справка: завод основан давно, на нём 900 станков.\n"
)


@pytest.mark.parametrize("figure", ["12%", "40 млн рублей", "850"])
def test_an_interview_answer_is_stated_by_its_speaker_label(nlp, figure):
    assert source_text(claims_by_figure(nlp, INTERVIEW)[figure]) == "П. Смирнов"


def test_a_note_label_with_no_name_is_not_a_speaker(nlp):
    assert claims_by_figure(nlp, INTERVIEW)["900"]["source"] is None


def qualifier_texts(claim):
    return [q["text"] for q in claim["qualifiers"]]


def test_a_place_of_a_mistagged_verb_still_narrows_its_subject(nlp):
    # the tagger reads "пролечились" as a noun; its past-tense form shows a verb
    claim = claims_by_figure(nlp, "За год в больнице пролечились 12 300 пациентов.")["12 300"]
    assert qualifier_texts(claim) == ["в больнице"]


def time_text(claim):
    return (claim["time"] or {}).get("text")


PRICE_LIST = (
    "Обзор рынка.\n\n"
    "Цены на бензин за месяц по 15 марта, данные Росстата:\n"
    "- АИ-92 +1,2%\n"
    "- АИ-95 — 61,30 руб. за литр\n"
    "- дизель подешевел на 0,4%\n"
)


@pytest.mark.parametrize("figure", ["1,2%", "61,30 руб.", "0,4%"])
def test_list_items_cover_the_period_of_their_lead_in(nlp, figure):
    assert time_text(claims_by_figure(nlp, PRICE_LIST)[figure]) == "за месяц по 15 марта"


def test_a_line_without_a_colon_lends_no_period_to_the_items_after(nlp):
    text = "В 2024 году цены выросли на 9%.\n- Тверь — 55 руб.\n"
    assert claims_by_figure(nlp, text)["55 руб."]["time"] is None


QUARTER_LIST = (
    "Отчёт компании.\n\n"
    "Главные итоги II квартала:\n"
    "• выручка — 12,5 млрд руб. (+4,1%);\n"
    "• прибыль — 2,2 млрд руб.\n"
)
RENT_LIST = (
    "Обзор.\n\n"
    "Аренда по районам (офисы, март):\n"
    "— Центр — 1,4 тыс. руб.;\n"
    "— Север — 1,1 тыс.\n"
)


@pytest.mark.parametrize("text, figure, period", [
    (QUARTER_LIST, "12,5 млрд руб.", "II квартала"), (QUARTER_LIST, "2,2 млрд руб.", "II квартала"),
    (RENT_LIST, "1,4 тыс. руб.", "март"), (RENT_LIST, "1,1 тыс.", "март"),
])
def test_a_lead_in_may_name_its_period_without_a_preposition(nlp, text, figure, period):
    assert time_text(claims_by_figure(nlp, text)[figure]) == period


def test_a_lead_in_without_a_period_lends_none(nlp):
    text = "Обзор.\n\nЛидеры рынка:\n— Альфа — 40%;\n— Бета — 25%.\n"
    assert claims_by_figure(nlp, text)["40%"]["time"] is None


@pytest.mark.parametrize("text, figure", [
    ("Завод не платил налоги в течение трёх лет.", "трёх лет"),
    ("Компания работала в течение последних 20 лет.", "20 лет"),
])
def test_a_duration_figure_is_not_its_own_period(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["time"] is None
