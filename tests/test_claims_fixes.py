"""Given a sentence, these claim fields: comparisons, lists, shared units,
measures, non-claims, time and source across paragraphs."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_head


def claims_of(nlp, text):
    return nlp(text)._.claims


def by_figure(claims, figure):
    found = [c for c in claims if c["figure"]["text"] == figure]
    assert len(found) == 1, [c["figure"]["text"] for c in claims]
    return found[0]


# text, figure, metric head, direction, change, trigger lemma
COMPARISONS = [
    # refers back to the claim before: its metric, a change
    ("Явка составила 42,1%, что на 3,4 процентного пункта выше, чем на прошлых выборах.",
     "3,4 процентного пункта", "явка", "increase", "by", "высоко"),
    ("В тюрьмах находятся 134 журналиста, это на 9 больше, чем в 2005 году.",
     "9", "журналист", "increase", "by", "большой"),
    # compared with an earlier time: a change, the counted noun is the metric
    ("Информатику выбрали вдвое больше школьников, чем пять лет назад.",
     "вдвое", "школьник", "increase", "ratio", "большой"),
    ("Продажи оказались на 8% меньше, чем годом ранее.",
     "8%", "продажа", "decrease", "by", "маленький"),
    # compared with another thing: the comparative still gives the direction
    ("Уровень канцерогена в два с лишним раза выше допустимой нормы.",
     "два с лишним раза", "уровень", "increase", "ratio", "высоко"),
]


@pytest.mark.parametrize("text, figure, head, direction, change, trigger", COMPARISONS)
def test_comparisons(nlp, text, figure, head, direction, change, trigger):
    claim = by_figure(claims_of(nlp, text), figure)
    assert metric_head(claim) == head
    assert claim["direction"] == direction
    assert claim["change"] == change
    assert (claim["trigger"] or {}).get("lemma") == trigger


def test_comparison_base_is_not_the_time(nlp):
    claim = by_figure(claims_of(nlp, "Продажи оказались на 8% меньше, чем в 2005 году."), "8%")
    assert claim["time"] is None


# text, figure, metric head, direction
DASH_PARALLELS = [
    ("Выручка составила 4,7 трлн рублей, чистая прибыль — 1,1 трлн рублей.", "1,1 трлн рублей", "прибыль", "level"),
    ("Готовность первого дома составляла около 40%, второго — 15%.", "15%", "готовность", "level"),
]


@pytest.mark.parametrize("text, figure, head, direction", DASH_PARALLELS)
def test_a_figure_after_a_dash_repeats_the_verb_before(nlp, text, figure, head, direction):
    claim = by_figure(claims_of(nlp, text), figure)
    assert metric_head(claim) == head
    assert claim["direction"] == direction


# text, figure, unit, value
SHARED_UNITS = [
    ("Среди них бег на 50 и 30 метров.", "50", "m", 50),
    ("В Костанайской области собрано 7,3 млн тонн зерна, в Акмолинской — 6,1 млн тонн, "
     "в Северо-Казахстанской — 5,4 млн.", "5,4 млн", "t", 5.4e6),
    ("В Казани метр стоит в среднем 218 тыс. рублей, в Новосибирске — около 170 тыс.", "170 тыс.", "rub", 1.7e5),
]


@pytest.mark.parametrize("text, figure, unit, value", SHARED_UNITS)
def test_a_unit_written_once_serves_the_list(nlp, text, figure, unit, value):
    claim = by_figure(claims_of(nlp, text), figure)
    assert claim["unit"] == unit
    assert claim["value"] == pytest.approx(value)


def test_counts_with_their_own_noun_keep_unit_count(nlp):
    claim = by_figure(claims_of(nlp, "Выручка выросла на 5%, а 300 сотрудников уволены."), "300")
    assert claim["unit"] == "count"


def test_a_named_measure_carries_over_to_bare_numbers_of_the_paragraph(nlp):
    text = ("Наибольший рейтинг в турнире имел Василий Иванчук — 2731. "
            "От России играли девять шахматистов: Константин Сакаев (2637), Александр Галкин (2618).")
    claims = claims_of(nlp, text)
    for figure in ("2731", "2637", "2618"):
        claim = by_figure(claims, figure)
        assert (claim["unit"], metric_head(claim)) == ("other", "рейтинг")
    assert by_figure(claims, "девять")["unit"] == "count"


@pytest.mark.parametrize("text, figure, unit, value, value_max", [
    ("Температура повысится до -20…-25 градусов.", "-20…-25 градусов", "other", -25, -20),
    ("Фондохранилище площадью 25 тыс. кв. метров.", "25 тыс. кв. метров", "other", 25000, None),
    ("Порывы ветра достигают 20 метров в секунду.", "20 метров в секунду", "other", 20, None),
    ("Приняли участие более 430 тыс. человек.", "430 тыс.", "count", 430000, None),
])
def test_figures_and_units(nlp, text, figure, unit, value, value_max):
    claim = by_figure(claims_of(nlp, text), figure)
    assert claim["unit"] == unit
    assert claim["value"] == pytest.approx(value)
    assert claim["value_max"] == (pytest.approx(value_max) if value_max is not None else None)


@pytest.mark.parametrize("text", [
    "Нисипяну — Топалов 0,5:0,5.",                      # a score
    "Зденко Кожул набрал очки (+6 – 0 = 5).",           # arithmetic
    "Они разделили места с 19 по 29.",                  # positions
    "Регистрация по адресу: ул. Баумана, 58.",           # a house number
    "Сообщайте о звонках по номеру 102.",                # a phone number
    "Два в одном: звёзды рока встретятся в клубе.",      # an idiom
    "Когда одна команда превосходила другую, счёт не менялся.",  # one of two
    "Мы действуем в духе девиза «Мы одна семья».",        # a slogan in quotes
    "Переговоры о газопроводе «Сила Сибири — 2» не завершены.",  # a name
])
def test_not_claims(nlp, text):
    assert claims_of(nlp, text) == []


def test_the_base_of_a_price_is_not_a_claim(nlp):
    claims = claims_of(nlp, "Газ торговался по €480 за тысячу кубометров.")
    assert [c["figure"]["text"] for c in claims] == ["€480"]


def test_a_running_period_opening_a_paragraph_frames_the_next_ones(nlp):
    text = ("Так, с начала года усилия полиции были направлены на раскрытие преступлений.\n\n"
            "Это позволило снизить уровень преступности на 10%.")
    claim = by_figure(claims_of(nlp, text), "10%")
    assert claim["time"]["text"] == "с начала года"


def test_a_running_period_of_a_sentence_with_figures_stays_in_its_paragraph(nlp):
    # "С 1 июля тарифы вырастут на 9,8%" gives its own figures for its period;
    # the paragraphs after it speak of other things
    text = ("С 1 июля тарифы на воду вырастут на 9,8%.\n\n"
            "В городе живут 120 тысяч человек.")
    assert by_figure(claims_of(nlp, text), "120 тысяч")["time"] is None


def test_a_point_in_time_stays_in_its_paragraph(nlp):
    text = ("В 2021 году компания открыла завод.\n\n"
            "Выручка выросла на 10%.")
    assert by_figure(claims_of(nlp, text), "10%")["time"] is None


def test_a_quote_paragraph_takes_the_speaker_named_at_its_end(nlp):
    text = ("– С начала года поступило 428 сообщений. Мы благодарны гражданам, "
            "– сказал начальник полиции города Караганды.")
    claim = by_figure(claims_of(nlp, text), "428")
    assert claim["source"]["text"].startswith("начальник полиции")
    # the speaker is a person, not the city the span mentions
    assert claim["source"]["cluster"] is None
