"""Dash lists: in a gapped clause after a dash the figure takes the noun
before its own dash when that noun names the quantity, and the first
clause's metric when the words before the dash only qualify it (an adjective
standing for the noun left out). Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.claims import word_kinds

from claims_helpers import claims_by_figure, metric_head


# --- a quantity noun before its own dash is the figure's metric ---------------

def test_a_quantity_noun_before_the_dash_is_no_remnant_of_the_clause_before(nlp):
    claims = claims_by_figure(nlp, "Стадион за сезон принял 30 матчей, которые посетили 150 тысяч зрителей; "
                                   "средняя посещаемость — около 5 тысяч человек за игру.")
    assert metric_head(claims["150 тысяч"]) == "зритель"
    assert metric_head(claims["5 тысяч"]) == "посещаемость"


def test_a_noun_that_acts_before_the_dash_still_takes_the_counted_noun(nlp):
    claims = claims_by_figure(nlp, "Пригородные поезда перевезли 12,5 млн пассажиров, а поезда дальнего "
                                   "следования — 1,8 млн.")
    assert metric_head(claims["1,8 млн"]) == "пассажир"


# --- an adjective before the dash stands for the noun left out ----------------

@pytest.mark.parametrize("text, figure, head, qualifier", [
    ("Масса пустого вертолёта — 2 100 кг, максимальная взлётная — 3 500 кг.", "3 500 кг", "масса",
     "максимальная взлётная"),
])
def test_an_adjective_after_a_dash_equation_keeps_its_metric(nlp, text, figure, head, qualifier):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert qualifier in [q["text"] for q in claim["qualifiers"]]


def test_a_noun_after_a_dash_equation_names_its_own_quantity(nlp):
    claims = claims_by_figure(nlp, "Длина моста — 800 м, ширина — 25 м.")
    assert metric_head(claims["25 м"]) == "ширина"


@pytest.mark.parametrize("text, word, adjective", [
    ("Максимальная взлётная — 3 500 кг.", "взлётная", True),
    ("На заводе 900 человек, из них 600 — рабочие.", "рабочие", False),
    ("Всего 40 человек, из них 12 — пострадавшие.", "пострадавшие", False),
])
def test_only_a_word_the_dictionary_reads_as_adjective_alone_is_taken_for_one(nlp, text, word, adjective):
    token = next(t for t in nlp(text) if t.text == word)
    token.pos_ = "NOUN"     # as the tagger may call it
    assert word_kinds.adjective_tagged_noun(token) is adjective


# --- a dative before the dash names who gets the figure -----------------------

@pytest.mark.parametrize("text, figure, head, qualifier", [
    ("Власти пообещали выплатить пособия семьям погибших — по 2 млн рублей, раненым — по 500 тыс. рублей.",
     "500 тыс. рублей", "пособие", "раненым"),
    ("Каждому ветерану вручили подарочную карту на 5 000 рублей, а ветеранам с инвалидностью — на 8 тысяч.",
     "8 тысяч", "карта", "ветеранам с инвалидностью"),
])
def test_a_dative_before_the_dash_is_the_recipient_not_the_metric(nlp, text, figure, head, qualifier):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert qualifier in [q["text"] for q in claim["qualifiers"]]


# people before the dash of a sum of money, in any case, are who is paid

@pytest.mark.parametrize("text, figure, head, direction", [
    ("Победитель конкурса получит премию в размере 300 тыс. рублей, призёр – 120 тыс.; остальные получат грамоты.",
     "120 тыс.", "премия", None),
    ("Призовые победителя турнира составят $150 тыс., финалиста — $80 тыс., полуфиналистов — по $40 тыс.",
     "$40 тыс.", "призовой", "level"),
])
def test_people_before_the_dash_of_a_sum_are_who_is_paid(nlp, text, figure, head, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == direction


def test_goods_of_a_price_list_keep_their_own_names_though_animate(nlp):
    claims = claims_by_figure(nlp, "На рынке говядина стоит 450 рублей за килограмм, свинина — 280, куры — около 150.")
    assert metric_head(claims["150"]) == "кура"


def test_a_nominative_before_the_dash_still_names_its_own_quantity(nlp):
    claims = claims_by_figure(nlp, "Выручка составила 4,7 млрд рублей, чистая прибыль — 1,1 млрд рублей.")
    assert metric_head(claims["1,1 млрд рублей"]) == "прибыль"


# --- a word of no case before the dash may stand for the donor's genitive -----

def test_an_indeclinable_noun_stands_for_the_genitive_of_the_rate(nlp):
    claims = claims_by_figure(nlp, "На бирже курс доллара днём превышал 90 рублей, евро — 98.")
    assert metric_head(claims["98"]) == "курс"


def test_an_indeclinable_noun_after_a_currency_of_its_own_is_its_own_subject(nlp):
    claims = claims_by_figure(nlp, "На валютном рынке доллар подешевел на 46 копеек, до 88,12 рубля, евро — до 95,40 рубля.")
    assert metric_head(claims["95,40 рубля"]) == "евро"


def test_an_indeclinable_noun_that_names_no_unit_is_its_own_subject(nlp):
    claims = claims_by_figure(nlp, "Призовой фонд конкурса составил 10 млн тенге; гран-при — 2,5 млн тенге — получил ансамбль из Семея.")
    assert metric_head(claims["2,5 млн тенге"]) != "фонд"


# --- the label of the next item never measures the figure before it ------------

@pytest.mark.parametrize("text, figure, head", [
    ("Доля шоу в аудитории старше 18 лет составила в субботу 18,2%, рейтинг — 6,4%.", "18,2%", "доля"),
    ("Основные покупатели: Египет — 41% отгрузок, Иран — 19%, Турция — 12%, страны Персидского залива — около 9%.",
     "12%", "отгрузка"),
    ("Средняя зарплата медсестры выросла на 11% и достигла 54,2 тыс. рублей, санитарки — 38 тыс. рублей.",
     "54,2 тыс. рублей", "зарплата"),
])
def test_the_next_items_label_is_no_metric_of_the_figure_before(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- 'figure — noun' after a verb whose subject gives or takes the figure -----

@pytest.mark.parametrize("text, figure, head, qualifier", [
    ("Около 70% бюджета фестиваля дают спонсоры, примерно 20% — городская субсидия.", "20%", "бюджет",
     "городская субсидия"),
    ("По данным реестра, 60% акций завода принадлежит холдингу, ещё около 25% контролирует его партнёр — "
     "инвестиционный фонд.", "25%", "акция", None),
])
def test_a_payer_after_the_dash_keeps_the_metric_of_the_whole(nlp, text, figure, head, qualifier):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    if qualifier is not None:
        assert qualifier in [q["text"] for q in claim["qualifiers"]]


def test_a_group_after_the_dash_that_follows_a_stating_verb_is_measured(nlp):
    claims = claims_by_figure(nlp, "Среди выехавших 86% составляют мужчины, почти треть — молодёжь.")
    assert metric_head(claims["треть"]) == "молодёжь"
