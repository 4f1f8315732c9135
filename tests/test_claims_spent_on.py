"""Money spent on, bought for or received under something, with that
something as its metric (NOTES.md: "money or goods given to a purpose
measure the purpose", "money paid for something measures what it pays
for"). Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- people a sum is spent on ------------------------------------------------

def test_people_spent_on_before_the_sum_are_its_purpose(nlp):
    claims = claims_by_figure(nlp, "Хоккейный клуб закрыл трансферное окно, потратив на новобранцев 12,5 млн евро.")
    assert metric_head(claims["12,5 млн евро"]) == "новобранец"


def test_one_person_before_the_sum_stays_a_rate(nlp):
    claims = claims_by_figure(nlp, "На ребёнка семьи получат единовременно 15 тыс. рублей.")
    assert metric_head(claims["15 тыс. рублей"]) is None


# --- a change noun the money is spent on -------------------------------------

def test_a_change_noun_spent_on_is_the_purpose_not_a_change(nlp):
    claims = claims_by_figure(nlp, "В межсезонье армейцы потратили на усиление 14 млн евро.")
    claim = claims["14 млн евро"]
    assert metric_head(claim) == "усиление"
    assert claim["direction"] is None


# --- money received under a contract -----------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Подрядчик получил по контракту на ремонт моста около 310 млн рублей.", "310 млн рублей"),
    ("По договору поставщик получит ещё 4,2 млн долларов.", "4,2 млн долларов"),
])
def test_money_received_under_a_contract_measures_the_contract(nlp, text, figure):
    assert metric_head(claims_by_figure(nlp, text)[figure]) in ("контракт", "договор")


# --- goods bought, named before a participle ---------------------------------

def test_goods_named_before_a_participle_of_buying_are_what_the_price_is_of(nlp):
    claims = claims_by_figure(nlp, "Больница заменила томографы, закупленные за 90 млн рублей десять лет назад.")
    assert metric_head(claims["90 млн рублей"]) == "томограф"


def test_pay_per_season_under_a_contract_is_a_rate_with_no_metric(nlp):
    claims = claims_by_figure(nlp, "Нападающий по контракту получает 40 млн рублей за сезон.")
    assert metric_head(claims["40 млн рублей"]) is None


def test_a_level_a_sum_is_budgeted_at_stays_a_level(nlp):
    claims = claims_by_figure(nlp, "Цена на нефть заложена в бюджет на уровне 65 долларов за баррель.")
    assert claims["65 долларов"]["direction"] == "level"


# --- what money is owed for, read by word order -------------------------------

def test_a_debt_for_something_right_before_the_sum_measures_that_thing(nlp):
    # the parser hangs 'за транзит' on the verb of the second clause
    claims = claims_by_figure(nlp, "Киев считает, что Москва задолжала ему за транзит нефти в Венгрию 300 млн долларов, "
                                   "а Москва уверена, что Киев не оплатил такую же сумму за полученное топливо.")
    assert metric_head(claims["300 млн долларов"]) == "транзит"


def test_what_money_is_owed_for_outweighs_a_noun_of_the_clause_after(nlp):
    claims = claims_by_figure(nlp, "Эксперты считают, что это компания должна городу за аренду земли под складами "
                                   "40 млн рублей – ровно столько, сколько составляет долг города перед ней.")
    assert metric_head(claims["40 млн рублей"]) == "аренда"


def test_a_person_paid_for_stays_no_metric_by_word_order_too(nlp):
    claims = claims_by_figure(nlp, "Летом «Металлург» заплатил за 24-летнего форварда 35 млн рублей.")
    assert metric_head(claims["35 млн рублей"]) is None


# --- a purpose the tree hangs on the verb of giving, past a comma or a bracket ---

def test_a_purpose_before_an_aside_is_still_the_purpose(nlp):
    claims = claims_by_figure(nlp, "На реконструкцию, по словам министра, из бюджета области направлено 4,6 млрд рублей.")
    assert metric_head(claims["4,6 млрд рублей"]) == "реконструкция"


def test_a_purpose_before_a_bracket_is_still_the_purpose(nlp):
    claims = claims_by_figure(
        nlp, "На материнский капитал (сейчас он равен 450 тыс. рублей) государство ежегодно тратит более 300 млрд рублей.")
    assert metric_head(claims["300 млрд рублей"]) == "капитал"


def test_a_purpose_right_after_the_sum_stays_its_own_when_the_next_clause_takes_it(nlp):
    claims = claims_by_figure(
        nlp, "Город в этом году выделит 15 млн рублей на субсидии многодетным семьям, а средний размер субсидии вырастет в 1,2 раза.")
    assert metric_head(claims["15 млн рублей"]) == "субсидия"


def test_a_sum_taken_from_a_whole_does_not_take_the_purpose(nlp):
    claims = claims_by_figure(nlp, "Ещё около 1,8 млн рублей из похищенных средств бухгалтер, по версии следствия, потратила на ремонт дачи.")
    assert metric_head(claims["1,8 млн рублей"]) != "ремонт"


# --- a sum restating a share given to a purpose ----------------------------------

def test_a_sum_restating_a_share_given_to_dividends_measures_the_dividends(nlp):
    claims = claims_by_figure(
        nlp, "Наблюдательный совет предложил направить на дивиденды 40% чистой прибыли по РСБУ, или около 2,7 руб. на акцию.")
    assert metric_head(claims["2,7 руб."]) == "дивиденд"
    assert metric_head(claims["40%"]) == "прибыль"


def test_a_rate_restating_a_sum_given_to_a_purpose_keeps_none(nlp):
    claims = claims_by_figure(
        nlp, "На поддержку птицеводства область выделит 2,4 млрд рублей, или по 3 рубля на каждый килограмм мяса.")
    assert metric_head(claims["3 рубля"]) is None
