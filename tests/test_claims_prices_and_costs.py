"""Money a verb of costing gives ('стоить', 'обойтись', 'обходиться'): the
figure is the price of the thing priced, the verb's subject or the noun its
participle describes, never the dative payer. Every sentence here is written
for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- 'стоят', which the lemmatizer reads as 'стоять' --------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Билеты стоят от 300 до 1 500 рублей.", "300 до 1 500 рублей", "билет"),
    ("Абонементы в бассейн стоят 4 200 рублей в месяц.", "4 200 рублей", "абонемент"),
    ("На рынке яблоки стоят около 90 рублей за килограмм.", "90 рублей", "яблоко"),
])
def test_a_present_form_of_stoit_before_money_prices_its_subject(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_an_elided_item_after_a_dash_keeps_the_priced_noun(nlp):
    heads = metric_heads(nlp, "Билеты на концерт стоят от 900 до 3 000 рублей, льготные — 450 рублей.")
    assert heads["900 до 3 000 рублей"] == "билет"
    assert heads["450 рублей"] == "билет"


def test_stoyat_before_a_count_stays_standing(nlp):
    assert metric_heads(nlp, "Во дворе стоят 12 машин.")["12"] != "стоять"


# --- 'в среднем' between the verb and its figure ------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Цены на жильё выросли до 90 тыс. рублей за метр, а аренда квартиры обходилась в среднем в 25 тысяч рублей.",
     "25 тысяч рублей", "аренда"),
    ("Средний чек в ресторанах вырос до 2 300 рублей (без напитков), а обед в столовой стоил в среднем 350 рублей.",
     "350 рублей", "обед"),
    ("Ужин в кафе на набережной стоит в среднем 1 800 рублей.", "1 800 рублей", "ужин"),
])
def test_a_reckoning_phrase_does_not_hide_the_verb_of_costing(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a participle of costing: its noun, not the dative payer ------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Мост через Енисей, обошедшийся бюджету в 1,15 млрд рублей, открыли летом.", "1,15 млрд рублей", "мост"),
    ("Строительство стадиона, обошедшееся области в 40 млрд рублей, завершено.", "40 млрд рублей", "строительство"),
    ("Школа на 600 мест, обошедшаяся городу в 1,2 млрд рублей, открылась в сентябре.", "1,2 млрд рублей", "школа"),
])
def test_a_participle_of_costing_prices_the_noun_it_describes(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    ("Выплата по вкладам ограничена 1,4 млн рублей.", "1,4 млн рублей", "выплата"),
    ("Рост тарифов в этом году был ограничен 4%.", "4%", "рост"),
])
def test_a_short_participle_of_value_keeps_its_own_subject(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- "сдают / выставили / отпускал X за N": renting out and offering for sale are selling ---

@pytest.mark.parametrize("text, figure, head", [
    ("Двухкомнатные квартиры в городе сдают в среднем за 38,7 тыс. рублей.", "38,7 тыс. рублей", "квартира"),
    ("Самую дорогую квартиру в новом доме выставили за $1,2 млн.", "$1,2 млн", "квартира"),
    ("Завод отпускал такие же аппараты дистрибьюторам в среднем за 1,6 млн рублей.", "1,6 млн рублей", "аппарат"),
])
def test_goods_rented_out_or_offered_for_a_price_are_what_the_price_measures(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_goods_the_parser_hangs_on_the_clause_before_stay_the_price_of_the_purchase(nlp):
    # the parser makes 'недвижимость' the object of 'вывел'; word order keeps it with 'приобрел'
    text = "Обвиняемый вывел деньги на счета в Казахстане; там же он приобрел недвижимость за 64 млн тенге."
    assert metric_heads(nlp, text)["64 млн тенге"] == "недвижимость"


# --- 'контракты более чем на N': bounds between a noun and the 'на' of its worth ---

@pytest.mark.parametrize("text, figure, head", [
    ("Американские компании в прошлом году заключили экспортные контракты более чем на 60 млрд долларов.",
     "60 млрд долларов", "контракт"),
    ("Банки выдали аграриям кредиты примерно на 4,6 млрд рублей.", "4,6 млрд рублей", "кредит"),
    ("Какой такой перерасчет почти на 2000 рублей?", "2000 рублей", "перерасчёт"),
])
def test_a_bound_before_na_leaves_the_noun_whose_worth_the_sum_is(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_period_before_the_bound_is_worth_nothing(nlp):
    text = "Семья будет платить в месяц примерно на 480 рублей больше."
    assert metric_heads(nlp, text)["480 рублей"] != "месяц"
