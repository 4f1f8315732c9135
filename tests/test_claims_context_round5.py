"""Qualifiers, time and source of a claim (CLAIMS.md): the fifth round."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def claims_by_figure(nlp, text):
    return {c["figure"]["text"]: c for c in nlp(text)._.claims}


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
