"""A figure that names nothing carries on what the paragraph has just
measured: an amount opened by 'ещё', and a share written as a word
('половина', 'треть', 'каждый пятый') with no whole of its own.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_heads


def test_more_money_in_the_next_sentence_is_the_same_money(nlp):
    text = ("На ремонт котельных город запросил 1,4 млрд рублей. "
            "Ещё 300 миллионов выделит областной бюджет.")
    assert metric_heads(nlp, text)["300 миллионов"] == "ремонт"


def test_more_of_the_polled_after_a_comma(nlp):
    text = "Снижения зарплаты ждут 35% опрошенных горожан, ещё 12% готовы сменить работу."
    heads = metric_heads(nlp, text)
    assert heads["12%"] == heads["35%"]


def test_a_half_of_the_tonnes_just_named(nlp):
    text = ("Завод выпустит в этом году 800 тыс. тонн удобрений, причём примерно "
            "половина уйдёт на экспорт.")
    assert metric_heads(nlp, text)["половина"] == "удобрение"


def test_a_third_of_the_share_named_before(nlp):
    text = "Сейчас уже 70% новых ипотечных займов выдают онлайн, хотя три года назад таких было не больше трети."
    assert metric_heads(nlp, text)["трети"] == "заём"


def test_a_share_is_not_taken_of_an_age(nlp):
    text = "Средний возраст переехавших — 29 лет; каждый третий — программист."
    claim = claims_by_figure(nlp, text)["каждый третий"]
    assert claim["metric"] is None or claim["metric"]["head"] != "возраст"


def test_more_with_its_own_noun_keeps_it(nlp):
    text = "Задержаны четыре человека, ещё два автомобиля изъяты."
    assert metric_heads(nlp, text)["два"] == "автомобиль"


def test_still_before_a_time_phrase_carries_nothing(nlp):
    text = "Выручка выросла до 5 млрд рублей. Всё ещё 40% рынка занимают импортные бренды."
    assert metric_heads(nlp, text)["40%"] == "рынок"


def test_a_share_that_people_of_its_own_handle_borrows_no_whole(nlp):
    text = "Фестиваль посетили 12 тысяч гостей. Четверть билетов продали онлайн, а половину раздали волонтёры."
    claim = claims_by_figure(nlp, text)["половину"]
    assert claim["metric"] is None or claim["metric"]["head"] != "гость"


def test_a_third_eaten_up_by_a_bill_is_of_the_income_named_before(nlp):
    text = "Пенсию ей подняли на 7%, а квартплата съедает почти треть."
    assert metric_heads(nlp, text)["треть"] == "пенсия"


def test_a_year_before_the_bare_sum_is_the_sum_just_measured(nlp):
    text = ("В 2024 году объем денежных переводов из России в Таджикистан составил 4,1 млрд долларов. "
            "Годом ранее из России было переведено 3,6 млрд.")
    assert metric_heads(nlp, text)["3,6 млрд"] == "объём"


def test_a_year_before_a_sum_with_its_own_subject_borrows_nothing(nlp):
    text = "Расходы на образование составили 61 млрд рублей. Годом ранее отрасль получила 58,2 млрд."
    assert metric_heads(nlp, text)["58,2 млрд"] is None
