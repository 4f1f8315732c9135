"""Typical news sentences, written for these tests (not from any corpus):
the rules of docs/CLAIMS.md on constructions the corpora may not hold."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def claims_of(nlp, text):
    return [(c["figure"]["text"], c["value"], c["unit"], (c["metric"] or {}).get("head"), c["direction"])
            for c in nlp(text)._.claims]


# sentence -> [(figure, value, unit, metric head, direction)]
SENTENCES = [
    # a count as the value of a level verb: the subject is the metric
    ("Число безработных в регионе достигло 12 тысяч человек.",
     [("12 тысяч", 12000, "count", "число", "level")]),
    ("Штат больницы превысил 900 сотрудников.",
     [("900", 900, "count", "штат", "level")]),
    ("Население города превысило миллион человек.",
     [("миллион", 1e6, "count", "население", "level")]),
    # a share stated by a level verb measures the subject; the genitive is the base
    ("Посетители из Азии составили примерно 20% всех гостей выставки.",
     [("20%", 20, "percent", "посетитель", "level")]),
    ("Подростки составляют почти треть пользователей приложения.",
     [("треть", 1 / 3, "fraction", "подросток", "level")]),
    ("Доля импорта на рынке составила около 40%.",
     [("40%", 40, "percent", "доля", "level")]),
    # a change: the verb's subject or object; "до" a target, "на" a size
    ("Экспорт зерна из страны сократился на 7,5% по сравнению с прошлым годом.",
     [("7,5%", 7.5, "percent", "экспорт", "decrease")]),
    ("Власти хотят довести число мест в детсадах до 40 тысяч.",
     [("40 тысяч", 40000, "count", "число", "increase")]),
    ("Инфляция в октябре замедлилась до 6,7%.",
     [("6,7%", 6.7, "percent", "инфляция", "decrease")]),
    ("Количество туристов увеличилось вдвое.",
     [("вдвое", 2, "times", "количество", "increase")]),
    ("Объём продаж новых автомобилей упал почти на треть.",
     [("треть", 1 / 3, "fraction", "объём", "decrease")]),
    # from-to: only the target is the figure
    ("Ставка по ипотеке снизилась с 12% до 9,5%.",
     [("9,5%", 9.5, "percent", "ставка", "decrease")]),
    ("Разница во времени сократилась с десяти до восьми часов.",
     [("восьми часов", 8, "hour", "разница", "decrease")]),
    # verbs joined by "и" share their subject, not the first clause's
    ("Выпуск стали снизился на 4%, а выпуск чугуна уменьшился на 6% и составил 2,1 млн тонн.",
     [("4%", 4, "percent", "выпуск", "decrease"), ("6%", 6, "percent", "выпуск", "decrease"),
      ("2,1 млн тонн", 2.1e6, "t", "выпуск", "level")]),
    # ellipsis after a dash: the noun left out is inherited
    ("Средняя зарплата учителей составила 52 тысячи рублей, врачей — 61 тысячу.",
     [("52 тысячи рублей", 52000, "rub", "зарплата", "level"), ("61 тысячу", 61000, "rub", "зарплата", "level")]),
    ("Мясо подорожало на 5,2%, молочные — на 3,4%.",
     [("5,2%", 5.2, "percent", "мясо", "increase"), ("3,4%", 3.4, "percent", "мясо", "increase")]),
    # a pronoun subject takes its antecedent's metric
    ("Минимальная пенсия составит 14 тысяч рублей, она вырастет на 7%.",
     [("14 тысяч рублей", 14000, "rub", "пенсия", "level"), ("7%", 7, "percent", "пенсия", "increase")]),
    # money given to a purpose before it measures that purpose (NOTES.md); a
    # 'на' after the figure is left alone, as it is mostly a rate ('на человека');
    # giving has no direction
    ("На строительство моста из бюджета выделено 8 млрд рублей.",
     [("8 млрд рублей", 8e9, "rub", "строительство", None)]),
    ("Область выделит 3 млн рублей на ремонт школ.",
     [("3 млн рублей", 3e6, "rub", "ремонт", None)]),
    ("Компания получила чистую прибыль в размере 3,2 млрд рублей.",
     [("3,2 млрд рублей", 3.2e9, "rub", "прибыль", None)]),
    ("Партия набрала 34% голосов.",
     [("34%", 34, "percent", "голос", None)]),
    # a duration as the predicate of an event
    ("Забастовка продолжалась четыре дня.",
     [("четыре дня", 4, "day", "забастовка", None)]),
    # "в N%" locates, it is not the size of a change
    ("В 12% случаев штрафы были снижены.",
     [("12%", 12, "percent", "случай", None)]),
    # a figure set "против" the one before is the same quantity; "составила" states the base too
    ("Урожайность составила 30 центнеров с гектара против 24 центнеров годом ранее.",
     [("30 центнеров", 30, "other", "урожайность", "level"), ("24 центнеров", 24, "other", "урожайность", "level")]),
    # indexation is an increase; the passive subject is what grows
    ("Пенсии военных проиндексированы на 4,5%.",
     [("4,5%", 4.5, "percent", "пенсия", "increase")]),
    # a plain count keeps its counted noun
    ("В результате аварии пострадали пять человек.",
     [("пять", 5, "count", "человек", None)]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_news_sentence(nlp, text, expected):
    got = claims_of(nlp, text)
    assert [(f, u, h, d) for f, _, u, h, d in got] == [(f, u, h, d) for f, _, u, h, d in expected]
    assert [v for _, v, _, _, _ in got] == pytest.approx([v for _, v, _, _, _ in expected])


# Numbers that are not claims (CLAIMS.md "What is NOT a claim")
NOT_CLAIMS = [
    "Пожар произошёл 12 марта в 15:40 на 3-м этаже дома № 14.",
    "57-летний водитель скончался на месте.",
    "Телефон горячей линии 8-800-555-35-35.",
    "Дети до 7 лет ездят бесплатно.",
    "Он занял 2-е место в 2019 году.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(nlp, text):
    assert nlp(text)._.claims == []


@pytest.mark.parametrize("text, figure, bound", [
    # a comparative before the figure is its bound, not a change
    ("Доля экспорта выше 55%.", "55%", "more_than"),
    ("Ещё год назад спрос был не больше 10%.", "10%", "at_most"),
])
def test_comparative_before_a_figure_is_a_bound(nlp, text, figure, bound):
    claim, = nlp(text)._.claims
    assert (claim["figure"]["text"], claim["direction"], claim["bound"]) == (figure, None, bound)


def test_prison_term_keeps_its_count_of_years_and_article_is_no_claim(nlp):
    got = claims_of(nlp, "Суд приговорил его к 6 годам лишения свободы по ст. 159 УК РФ.")
    assert got == [("6 годам", 6, "year", "лишение", None)]


def test_from_to_keeps_the_starting_value_with_the_shared_scale(nlp):
    claim, = nlp("Объём кредитов вырос с 2 до 3 трлн рублей.")._.claims
    assert (claim["figure"]["text"], claim["value"], claim["value_from"], claim["change"]) == ("3 трлн рублей", 3e12, 2e12, "to")


def test_a_figure_belongs_to_the_nearest_verb(nlp):
    # "опережая" (overtaking) stands between "поднялась" and the figure
    claims = nlp("Команда поднялась на второе место, опережая соперника на 2 очка.")._.claims
    assert [(c["figure"]["text"], c["direction"]) for c in claims] == [("2", None)]
