"""Qualifiers and time of numeric claims (pipeline/claims/context.py), as
examples: a sentence, its figure, and the span expected (None: no span)."""
import pytest

import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def claim_for(nlp, text, figure):
    claims = nlp(text)._.claims
    found = [c for c in claims if c["figure"]["text"] == figure]
    assert found, f"no claim for {figure!r} in {[c['figure']['text'] for c in claims]}"
    return found[0]


def span_text(span):
    return span["text"] if span else None


TIME_EXAMPLES = [
    # a date stating how things stand on that day
    ("Запасы угля на 1 марта составили 12 млн тонн.", "12 млн тонн", "на 1 марта"),
    # a range of months
    ("Продажи автомобилей за январь–март выросли на 14%.", "14%", "за январь–март"),
    # a period counted back from now, without a preposition
    ("Выручка магазина годом ранее составила 40 млн рублей.", "40 млн рублей", "годом ранее"),
    # the base of a comparison is not the claim's period ...
    ("В 2025 году продажи выросли на 4% больше, чем годом ранее.", "4%", "В 2025 году"),
    ("Выручка выросла на 9,8% год к году.", "9,8%", None),
    # ... but a base figure keeps its own period
    ("Застройщики продали 41% квартир против 47% годом ранее.", "47%", "годом ранее"),
    # a period counted back belongs to its own sentence, not to the ones after
    ("Доля сети — 16,4% (годом ранее — 15,1%). У второго игрока доля 9,2%.", "9,2%", None),
    ("Компания сообщила, что в 2023 году продала 300 тысяч автомобилей.", "300 тысяч", "в 2023 году"),
    # an age is not a period
    ("Дети до 12 лет составляют почти треть пациентов.", "треть", None),
    # the base of a comparison is not the claim's period
    ("Экспорт зерна снизился на 8% по сравнению с первым кварталом 2023 года.", "8%", None),
    # a rate is not a period
    ("Штраф составит 500 рублей в день.", "500 рублей", None),
    # a period in brackets belongs to what the brackets say, not to a figure outside them
    ("Доля сети в регионе — 16,4% (годом ранее — 15,1%).", "16,4%", None),
    ("Выручка за 2023 год составила 5 млрд рублей (в 2022 году — 4 млрд).", "5 млрд рублей", "за 2023 год"),
    ("Доля сети в регионе — 16,4% (годом ранее — 15,1%).", "15,1%", "годом ранее"),
    # a counted span after к, на or по is a sentence or a term, not a period
    ("Основатель компании приговорён к девяти годам колонии и штрафу в 800 тыс. рублей.",
     "800 тыс. рублей", None),
    ("Банк выделит республике кредит в 500 млн евро сроком на 15 лет.", "500 млн евро", None),
    ("Двое соучастников получили по 2 года лишения свободы условно и штраф в 80 тыс. рублей.",
     "80 тыс. рублей", None),
    # ... but a year number after them is one
    ("Бюджет на 2026 год утверждён в объёме 9,8 млрд рублей.", "9,8 млрд рублей", "на 2026 год"),
]


@pytest.mark.parametrize("text, figure, expected", TIME_EXAMPLES)
def test_time_of_a_claim(nlp, text, figure, expected):
    assert span_text(claim_for(nlp, text, figure)["time"]) == expected


def test_an_event_date_does_not_carry_into_later_sentences(nlp):
    text = ("Турнир прошёл с 6 по 9 апреля в Казани. "
            "В нём участвовали 138 шахматистов.")
    assert claim_for(nlp, text, "138")["time"] is None


def test_a_period_opening_its_sentence_carries_into_the_next_sentence(nlp):
    text = ("За январь и февраль доходы бюджета снизились на 18%. "
            "Расходы, напротив, выросли на 9,4%.")
    assert span_text(claim_for(nlp, text, "9,4%")["time"]) == "За январь и февраль"


@pytest.mark.parametrize("text, figure", [
    ("Новая программа обещает к 2020 году построить 150 км линий. "
     "Стоимость программы оценивается в 1,2 трлн рублей.", "1,2 трлн рублей"),
    ("Уровень воды у села за сутки поднялся на 46 см. "
     "Из подтопленных домов эвакуированы 1 340 человек.", "1 340"),
])
def test_a_period_inside_its_sentence_stays_with_that_sentence(nlp, text, figure):
    # the period of an earlier sentence's own event ('обещает к 2020 году
    # построить'), not a frame set at the start, does not date what follows
    assert claim_for(nlp, text, figure)["time"] is None


@pytest.mark.parametrize("text, figure", [
    ("В 2014 году банки области выдали кредитов на 40 млрд рублей. "
     "Средняя ставка по ним составляет 12%.", "12%"),
    ("С начала года в области построено 120 домов. "
     "Застройщики сдадут еще 300 домов.", "300"),
])
def test_a_sentence_in_the_present_or_future_takes_no_earlier_period(nlp, text, figure):
    # the period frames what happened in it; a later sentence about now
    # or what is to come does not fall within it
    assert claim_for(nlp, text, figure)["time"] is None


def test_a_sentence_in_the_past_still_takes_the_earlier_period(nlp):
    text = ("В 2014 году банки области выдали кредитов на 40 млрд рублей. "
            "Средняя ставка составила 12%.")
    assert span_text(claim_for(nlp, text, "12%")["time"]) == "В 2014 году"


@pytest.mark.parametrize("text, figure, expected", [
    # a period after the figure, past a clause break, dates the later clause
    ("Продажи выросли на 5%, а в 2023 году упали на 2%.", "5%", None),
    ("Продажи выросли на 5%, а в 2023 году упали на 2%.", "2%", "в 2023 году"),
    ("Зарегистрировано 12 случаев кори; в марте выявлено еще 15.", "12", None),
    # with no break the later period is still the figure's, and a dash right
    # after the figure leads to its period
    ("Город получит 85 автобусов, первые 30 — в августе.", "30", "в августе"),
    ("Выручка составила 40 млн рублей в 2023 году.", "40 млн рублей", "в 2023 году"),
])
def test_a_period_past_a_clause_break_after_the_figure_is_not_its_time(nlp, text, figure, expected):
    assert span_text(claim_for(nlp, text, figure)["time"]) == expected


def test_a_period_span_leaves_out_the_dash_after_it(nlp):
    claim = claim_for(nlp, "Число случаев кори в 2022 году — 49.", "49")
    assert span_text(claim["time"]) == "в 2022 году"


QUALIFIER_EXAMPLES = [
    # a place on the metric's noun
    ("Курс евро на Московской бирже опустился на 2%.", "2%", ["на Московской бирже"]),
    # a place of the clause the counted noun belongs to
    ("В области зарегистрировано 520 случаев кори.", "520", ["В области"]),
    # a manner is not a qualifier
    ("Поставки угля в среднем выросли на 5%.", "5%", []),
    # a period is the time, not a qualifier
    ("В 2024 году в регионе возбуждено 46 уголовных дел.", "46", ["в регионе"]),
    # the base a comparison is held against is no qualifier
    ("Расчетный срок его активного существования — не менее семи лет, что почти вдвое больше, "
     "чем у предшественника.", "семи лет", []),
    # a place on a genitive inside the metric narrows the metric
    ("Всего с начала года количество краж в городе снизилось на 6,3%.", "6,3%", ["в городе"]),
    # an average taken over a place names the place
    ("В среднем по России показатель равен 20,5%.", "20,5%", ["В среднем по России"]),
    ("С начала года бензин в среднем по стране подорожал на 6,3%.", "6,3%", ["в среднем по стране"]),
    # but a verb joined by "а" with a subject of its own keeps to itself
    ("Котировки «Балтфарма» на бирже подскочили на 19,5%, а капитализация превысила 61 млрд рублей.",
     "61 млрд рублей", []),
    # a verb joined by "и" shares the place of the verb it is joined to
    ("В прошлом году в регионе отремонтировали 214 км дорог и построили три школы.", "три",
     ["в регионе"]),
    ("Средняя цена квадратного метра на первичном рынке Приволжска в сентябре снизилась на 3% "
     "и составила 52,4 тыс. рублей.", "52,4 тыс. рублей", ["на первичном рынке Приволжска"]),
    # a comparison that refers back keeps the place of the claim it compares
    ("В 2025 году на дорогах области произошло 2 418 дорожно-транспортных происшествий "
     "— на 6,3% меньше, чем годом ранее.", "6,3%", ["на дорогах области"]),
    ("За год в стационаре пролечились 48 600 пациентов, это на 6% больше, чем в 2024-м.", "6%",
     ["в стационаре"]),
    # a list reading's span that holds a period or the trigger is no qualifier
    ("Активы фонда на 1 января превысили 70,5 млрд долларов, увеличившись за год "
     "почти на 12 млрд.", "12 млрд", []),
    ("Энергетики фиксируют рост потребления: в понедельник нагрузка на сеть достигла 3 120 МВт.",
     "3 120 МВт", []),
    # ... and a span running into the trigger keeps what stands before it
    ("Средний бюджет в городах достигает 23 тысяч рублей, а в селах не превышает 9 тысяч.",
     "9 тысяч", ["в селах"]),
]


@pytest.mark.parametrize("text, figure, expected", QUALIFIER_EXAMPLES)
def test_qualifiers_of_a_claim(nlp, text, figure, expected):
    claim = claim_for(nlp, text, figure)
    assert [q["text"] for q in claim["qualifiers"]] == expected
