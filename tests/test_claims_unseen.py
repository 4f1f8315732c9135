"""False alarms found by reading the extractor's output on text it was never
tuned on (encyclopedia, social media, other news), one class per test.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def figures_of(nlp, text):
    return [claim["figure"]["text"] for claim in nlp(text)._.claims]


def units_of(nlp, text):
    return {claim["figure"]["text"]: (claim["value"], claim["unit"]) for claim in nlp(text)._.claims}


# sentence -> the figures that remain claims (the others are not claims)
KEPT = [
    # years written short, as ranges, or before a name
    ("В 605 году город заплатил дань.", []),
    ("Крепость строили в 1713 -- 1736 годы.", []),
    ("В 478 -- 477 годах до н. э. союз распался.", []),
    ("С 15 года налог не менялся.", []),
    ("В 1998 Петров возглавил завод.", []),
    ("История чая насчитывает 2000 лет.", ["2000 лет"]),
    # clock times written with words
    ("Старт гонки — 14 часов 15 минут.", []),
    ("Собрание откроется в 9 часов 40 минут.", []),
    ("Эфир начнётся в 21 час по московскому времени.", []),
    ("Операция длилась 3 часа 20 минут.", ["3 часа 20 минут"]),
    # ages of people and things
    ("Полиция задержала 34-летнего местного жителя.", []),
    ("Город отметил 200-летний юбилей театра.", []),
    ("В 17 лет она переехала в столицу.", []),
    ("Чемпион (19 лет) выиграл турнир.", []),
    ("Среди участников — Смирнов (Россия, 27 лет, рейтинг 2650).", ["2650"]),
    ("Министру 58 лет.", []),
    ("Заводу сегодня 25 лет.", []),
    ("Этой традиции более 2000 лет.", []),
    ("Разница в 5 лет не помешала им пожениться.", ["5 лет"]),
    ("Суд дал ему 4 года колонии.", ["4 года"]),
    # codes and names written onto words or named before a dash
    ("Батареи на сегменте Р6 заменили.", []),
    ("Комплекс Бук-М2 поступил в войска.", []),
    ("Почтовый индекс — 420111.", []),
    ("Телефон горячей линии — 112.", []),
    ("Версия iOS 17 вышла осенью.", []),
    # titles in quotes of any kind
    ("Песня \"Два берега\" набрала миллион просмотров.", ["миллион"]),
    ("Фильм „Три тополя“ показали в кинотеатре.", []),
    # numbering of list items and sections
    ("1⃣ Поднять пособия.", []),
    ("Пять.", []),
    # relative times
    ("Всё случилось 101 год назад😉", []),
    ("Это было миллион лет тому назад.", []),
    # parts of a period and schedules are times, not shares
    ("В первой трети XIX века город разросся.", []),
    ("Клуб собирается каждое второе воскресенье месяца.", []),
    ("Каждый третий житель пользуется метро.", ["Каждый третий"]),
    # "один" meaning several or alone
    ("В жизни у него было не одно поражение.", []),
    ("Он один принял решение.", []),
    ("Погиб один человек.", ["один"]),
]


@pytest.mark.parametrize("text, kept", KEPT)
def test_only_claims_are_kept(nlp, text, kept):
    assert figures_of(nlp, text) == kept


@pytest.mark.parametrize("text, figure, value, unit", [
    # a unit with a power mark is an area or volume
    ("Пожар охватил 2,5 км2 леса.", "2,5 км2", 2.5, "other"),
    ("Квартира площадью 45 м2 продана.", "45 м2", 45, "other"),
    # a currency word after an adjective of its country
    ("Ущерб составил 6 млрд французских франков.", "6 млрд французских франков", 6e9, "other_currency"),
    ("Фонд собрал 700 тысяч канадских долларов.", "700 тысяч канадских долларов", 7e5, "other_currency"),
    ("Клуб заплатил 30 млн британских фунтов.", "30 млн британских фунтов", 3e7, "gbp"),
    ("Клуб заплатил за игрока 30 млн фунтов.", "30 млн фунтов", 3e7, "gbp"),
    # the scale word after "с половиной"
    ("Тираж составил две с половиной тысячи экземпляров.", "две с половиной тысячи", 2500, "count"),
    # a range written with a double hyphen is one figure
    ("Урок длился 5 -- 6 часов.", "5 -- 6 часов", 5, "hour"),
])
def test_figure_value_and_unit(nlp, text, figure, value, unit):
    found = units_of(nlp, text)
    assert figure in found, found
    assert found[figure][0] == pytest.approx(value)
    assert found[figure][1] == unit


def test_a_compound_preposition_is_no_metric(nlp):
    claims = nlp("На протяжении 40 лет картина хранилась в частной коллекции.")._.claims
    assert [c["figure"]["text"] for c in claims] == ["40 лет"]
    assert claims[0]["metric"] is None
