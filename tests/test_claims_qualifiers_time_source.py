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


@pytest.mark.parametrize("text, figure, source", [
    # a third-person possessive inside a 'по' cue is the mention of who speaks
    ("По его словам, реальные зарплаты в прошлом году прибавили 4,4%.", "4,4%", "его"),
    ("По её прогнозу, в 2026 году выдачи вырастут на 10–15%.", "10–15%", "её"),
    # an adjective inside the cue: the holder after it speaks, and nobody when a comma follows
    ("Ожидаемая продолжительность жизни, по предварительной оценке Минздрава, достигла 73,2 года.",
     "73,2 года", "Минздрава"),
    ("По предварительной оценке, ущерб от пожаров превысил 85 млн рублей.", "85 млн рублей", None),
    # first person is no source: the gold names the quote's speaker or nobody
    ("По нашим расчётам, дефицит бюджета может превысить 4% ВВП.", "4%", None),
    # a third-person pronoun that is the subject of a speech verb
    ("«При этом свидание будет продолжаться три часа», — добавила она.", "три часа", "она"),
    ("Он добавил, что вклад тарифов в инфляцию может составить до 0,8 п.п.", "0,8 п.п.", "Он"),
])
def test_a_pronoun_that_names_the_speaker_is_the_source(nlp, text, figure, source):
    assert source_text(claims_by_figure(nlp, text)[figure]) == source


@pytest.mark.parametrize("text, figure, source", [
    # whatever verb follows the dash that closes a quote introduces its speaker
    ("«Каждый километр обходится нам в 3–4 млрд рублей», — уверяет заместитель руководителя "
     "стройкомплекса Павел Дерюгин.", "3–4 млрд рублей", "заместитель руководителя стройкомплекса Павел Дерюгин"),
    ("— Платок — это не меньше ста часов вязания, — улыбается мастерица.", "ста часов", "мастерица"),
    # a quoted name before a dash is no quote
    ("Компания «Ромашка» — выросла на 5%.", "5%", None),
])
def test_the_verb_after_a_closing_quote_names_the_speaker(nlp, text, figure, source):
    assert source_text(claims_by_figure(nlp, text)[figure]) == source


QUOTE_OVER_SENTENCES = (
    "Итоги года.\n\n"
    "«Врачей нам не хватает: вакансий сейчас 312. Мы платим подъемные — по 1 млн рублей тем, "
    "кто едет в село», — рассказал начальник департамента. В районе открыто 5 домов.\n"
)


@pytest.mark.parametrize("figure, source", [
    ("312", "начальник департамента"), ("1 млн рублей", "начальник департамента"), ("5", None)])
def test_a_quote_over_several_sentences_is_stated_by_the_speaker_where_it_closes(nlp, figure, source):
    assert source_text(claims_by_figure(nlp, QUOTE_OVER_SENTENCES)[figure]) == source


@pytest.mark.parametrize("text, figure, source", [
    ("Согласно документу, каждая сторона должна иметь не более 1550 боезарядов.", "1550", None),
    ("Согласно тексту закона, максимальный штраф вырастет до 1 млн рублей.", "1 млн рублей", None),
    ("Был наложен штраф, согласно которому концерн должен платить 1,5 млн долларов в день.",
     "1,5 млн долларов", None),
    ("Согласно прогнозу ЦБ, в 2014 году инфляция составит 5%.", "5%", "прогнозу ЦБ"),
])
def test_a_document_after_a_source_cue_states_nothing(nlp, text, figure, source):
    assert source_text(claims_by_figure(nlp, text)[figure]) == source


@pytest.mark.parametrize("text, figure, source", [
    # a cue ending in a verb names its subject, past the day or the addressee it takes first
    ("Как сообщила в среду исследовательская компания «ТВ-Индекс», доля сериала составила 24,8%.",
     "24,8%", "исследовательская компания «ТВ-Индекс"),
    ("Программа холдинга, как сообщил агентству генеральный директор Олег Бершадский, сократится на треть.",
     "треть", "генеральный директор Олег Бершадский"),
])
def test_a_cue_verb_names_its_subject(nlp, text, figure, source):
    assert source_text(claims_by_figure(nlp, text)[figure]) == source


@pytest.mark.parametrize("text, figure, source", [
    # a named speaker before the possessive that stands for them is the mention
    ("Аналитик банка Ирина Долгова считает прогноз оптимистичным: по ее оценке, рост цен составит около 7%.",
     "7%", "Аналитик банка Ирина Долгова"),
    # 'передавать' is a speech verb only for a speaker; a pronoun subject here is a satellite
    ("Срок службы спутника — не менее семи лет; он будет передавать снимки с разрешением до 60 м.", "60 м", None),
])
def test_a_pronoun_gives_way_to_a_name_and_to_things(nlp, text, figure, source):
    assert source_text(claims_by_figure(nlp, text)[figure]) == source


@pytest.mark.parametrize("figure, source", [("3,6 млн", "министр культуры региона Аркадий Полетаев"),
                                            ("11%", "министр культуры региона Аркадий Полетаев")])
def test_a_report_closed_by_its_speech_verb_is_stated_by_the_subject_after_it(nlp, figure, source):
    # the parser hangs "Музеи" on "сообщил" too; the speaker stands after the verb
    text = ("Музеи Свердловской области в 2015 году приняли 3,6 млн посетителей, что на 11% больше, "
            "чем годом ранее, сообщил на итоговой коллегии министр культуры региона Аркадий Полетаев.")
    assert source_text(claims_by_figure(nlp, text)[figure]) == source


def test_a_place_after_the_closing_speech_verb_is_the_speaker(nlp):
    text = ("В ночь на субботу в Новосибирске столбик термометра опустился до -38 градусов, "
            "сообщили в Западно-Сибирском управлении по гидрометеорологии.")
    assert source_text(claims_by_figure(nlp, text)["-38 градусов"]) == \
        "Западно-Сибирском управлении по гидрометеорологии"


@pytest.mark.parametrize("text, figure, source", [
    # a verb of finding with a clause states it ...
    ("Как установило следствие, в 2021–2023 годах чиновник получил контракты на сумму более 140 млн рублей.",
     "140 млн рублей", "следствие"),
    ("Суд установил, что с июня по август фигуранты вывезли около 2,3 тонны медного кабеля.",
     "2,3 тонны", "Суд"),
    # ... but not with a thing it sets up
    ("В городе установили 24 новые камеры.", "24", None),
    ("Нацбанк в пятницу установил официальный курс на уровне 9 100 рублей за доллар; "
     "с начала года валюта подешевела на 6%.", "9 100 рублей", None),
])
def test_a_verb_of_finding_names_its_subject(nlp, text, figure, source):
    assert source_text(claims_by_figure(nlp, text)[figure]) == source


QUOTE_GOING_ON_AFTER_ITS_VERB = (
    "«Мы проиграли первый период 0:1, но ребята не опустили руки, — сказал после игры главный тренер "
    "Николай Сомов. — Во втором периоде мы нанесли 28 бросков против 14 у соперника».\n"
)


def test_a_quote_going_on_after_its_speech_verb_is_stated_by_that_speaker(nlp):
    assert source_text(claims_by_figure(nlp, QUOTE_GOING_ON_AFTER_ITS_VERB)["28"]) == "главный тренер Николай Сомов"



# --- a source stated in a later clause joined by 'а'/'и' (context.stated_for_another_clause)

def test_a_source_in_a_later_clause_does_not_reach_back(nlp):
    """Given 'Владельцы транспондеров получат скидку 20%, а их число, по оценке оператора, к концу
    года превысит 85 тысяч', the operator states the count, not the discount."""
    claims = claims_by_figure(nlp, "Владельцы транспондеров по-прежнему получат скидку 20%, а их число, "
                                   "по оценке оператора, к концу года превысит 85 тысяч.")
    assert source_text(claims["20%"]) is None
    assert source_text(claims["85 тысяч"]) == "оператора"


def test_a_source_in_an_earlier_clause_carries_on(nlp):
    """Given '..., по данным МВД, пострадали 29 полицейских, а число задержанных превысило 400 человек',
    the police count both."""
    claims = claims_by_figure(nlp, "Тогда, по данным МВД, пострадали 29 полицейских, "
                                   "а число задержанных превысило 400 человек.")
    assert source_text(claims["400"]) == "МВД"


def test_a_closing_speech_verb_states_every_clause_before_it(nlp):
    """Given 'Выручка выросла на 12%, а прибыль упала на 5%, сообщил финансовый директор ...',
    the director states both."""
    claims = claims_by_figure(nlp, "Выручка выросла на 12%, а прибыль упала на 5%, "
                                   "сообщил финансовый директор компании Олег Ветров.")
    assert source_text(claims["12%"]) == "финансовый директор компании Олег Ветров"
