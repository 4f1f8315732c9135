"""A measure or span given after a dash, and prices named with a verb of
costing or renting: the noun phrase the figure is the value of is its
metric. Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a dash equation whose value is a measure or a span of time ---------------

@pytest.mark.parametrize("text, figure, head", [
    # the tagger takes a capitalized quantity noun opening a line for a place
    ("Общие сведения\nШирина озера — 12 км, глубина — до 40 м.", "12 км", "ширина"),
    # ... or for an adjective
    ("География\nПлощадь района — 9,8 тыс. км².", "9,8 тыс. км²", "площадь"),
])
def test_a_quantity_noun_opening_a_line_is_the_metric_of_its_dash_equation(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    ("Срок действия льготы — не более 18 месяцев.", "18 месяцев", "срок"),
    ("Гарантийный срок на кровлю — не менее 10 лет.", "10 лет", "срок"),
])
def test_a_dash_equation_keeps_its_metric_past_ne_bolee(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    # a phrase after the noun ('для взрослых') is no metric: the parser hangs the range on it
    ("Профилактическая доза для взрослых — от 1000 до 2000 МЕ в сутки.", "1000 до 2000 МЕ", "доза"),
    # a label before a colon ('сдайте анализ:') is not what the range measures
    ("Перед курсом сдайте анализ: норма — от 30 до 100 нг/мл.", "30 до 100 нг/мл", "норма"),
    ("Средняя стоимость номера в декабре, по данным сервиса бронирования, — от 7 до 11 тыс. рублей за ночь.",
     "7 до 11 тыс. рублей", "стоимость"),
])
def test_a_range_from_ot_after_a_dash_is_the_value_of_the_noun_before_the_dash(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- prices with a verb of costing or renting ---------------------------------

def test_a_future_price_belongs_to_the_subject_of_budet_stoit(nlp):
    heads = metric_heads(nlp, "С июня проезд по мосту для грузовых машин подорожает на 8%: в ночное время "
                              "поездка будет стоить 300 руб. вместо 280, в дневное — 350 руб.")
    assert heads["300 руб."] == "поездка"
    assert heads["280"] == "поездка"
    assert heads["350 руб."] == "поездка"


def test_a_rent_is_the_price_of_what_is_let(nlp):
    heads = metric_heads(nlp, "Зимой дешевле всего жильё в горах: квартира в Шерегеше сдаётся "
                              "в среднем за 3 000 рублей в сутки.")
    assert heads["3 000 рублей"] == "квартира"


@pytest.mark.parametrize("text, figure, head", [
    ("Тем, кто собрался в отпуск весной, агентства предлагают путёвки от 40 тыс. рублей на двоих, "
     "но самые дешёвые направления уже раскуплены.", "40 тыс. рублей", "путёвка"),
    ("Банк выдаёт кредиты от 100 тыс. рублей.", "100 тыс. рублей", "кредит"),
])
def test_a_price_after_ot_is_what_the_noun_before_costs_at_least(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a price list's line: the good, its pack size, its price -----------------

@pytest.mark.parametrize("text, figures, head", [
    ("Что почём.\nШпаклёвка 5 кг — около 600 рублей, валик — 450 рублей.", ("5 кг", "600 рублей"), "шпаклёвка"),
    ("Скидки недели. Масло подсолнечное, 1 л: 139 руб. вместо 169 руб.", ("1 л", "139 руб."), "масло"),
])
def test_a_good_opening_a_line_is_what_its_pack_size_and_price_measure(nlp, text, figures, head):
    heads = metric_heads(nlp, text)
    assert [heads[figure] for figure in figures] == [head, head]


@pytest.mark.parametrize("text, figure", [
    # a clause with a verb and a pronoun is no line of goods
    ("Сначала я купил 10 л — около 900 рублей.", "900 рублей"),
    # no price after the size: nothing says the line lists goods
    ("Грунтовка 10 л — хватит на всю комнату.", "10 л"),
])
def test_a_size_and_sum_outside_a_line_of_goods_name_no_good(nlp, text, figure):
    assert metric_heads(nlp, text)[figure] is None
