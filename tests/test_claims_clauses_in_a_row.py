"""Several clauses in a row, each with a subject of its own, joined by
commas, 'а', 'и' or ', тогда как': a figure keeps the subject of its own
clause, never the next one's. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


def test_a_target_before_the_next_clause_keeps_its_own_verb(nlp):
    claims = claims_by_figure(nlp, "Убыток завода сократился в 2,1 раза, до 3,4 млрд рублей, "
                                   "продажи выросли на 7% — до 80 млрд рублей.")
    assert claims["3,4 млрд рублей"]["metric"]["head"] == "убыток"
    assert claims["3,4 млрд рублей"]["direction"] == "decrease"


def test_a_subject_after_the_figure_and_a_comma_is_the_next_clause_s(nlp):
    heads = metric_heads(nlp, "Индекс РТС за месяц потерял 5,2% и опустился ниже 900 пунктов, "
                              "рублевый индекс снизился слабее — на 3,1%.")
    assert heads["5,2%"] == "индекс"
    assert heads["3,1%"] == "индекс"


@pytest.mark.parametrize("text, figure, head", [
    ("Импорт за тот же период прибавил 9,4% и достиг 21 млрд долларов, экспорт упал на 2%, до 18 млрд долларов.",
     "9,4%", "импорт"),
    ("Импорт за тот же период прибавил 9,4% и достиг 21 млрд долларов, экспорт упал на 2%, до 18 млрд долларов.",
     "21 млрд долларов", "импорт"),
])
def test_a_period_under_a_preposition_is_not_the_subject(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_togda_kak_opens_a_clause_of_its_own(nlp):
    heads = metric_heads(nlp, "Сборы акцизов выросли на 11% и достигли 2,4 трлн тенге, "
                              "тогда как таможенный доход сократился на 4,5%.")
    assert heads["11%"] == "сбор"
    assert heads["2,4 трлн тенге"] == "сбор"
    assert heads["4,5%"] == "доход"


def test_a_latin_subject_after_a_comma_does_not_share_the_first_verb_s(nlp):
    heads = metric_heads(nlp, "Продажи банка прибавили 4% и составили 90 млрд руб., "
                              "EBITDA снизилась на 3%, до 20 млрд руб.")
    assert heads["3%"] == "ebitda"
    assert heads["20 млрд руб."] == "ebitda"


def test_a_verb_after_i_shares_a_subject_the_tagger_read_as_a_genitive(nlp):
    heads = metric_heads(nlp, "По итогам года поступления от акцизов прибавили 9% и достигли 2,2 трлн тенге, "
                              "тогда как доход от пошлин снизился на 3%.")
    assert heads["2,2 трлн тенге"] == "поступление"
    assert heads["3%"] == "доход"


def test_a_verb_the_tagger_reads_as_a_participle_still_opens_its_clause(nlp):
    # 'сдвинулась' may be tagged VerbForm=Part; its past ending says it is the
    # predicate of its own clause, so the increase of 'выросла' stops before it
    claims = claims_by_figure(nlp, "Среди горожан от 18 до 24 лет доля довольных жизнью выросла с 34% до 47%, "
                                   "тогда как у людей старше 60 лет она почти не сдвинулась — 58% против 57% год назад.")
    assert claims["47%"]["direction"] == "increase"
    assert claims["58%"]["direction"] is None
    assert claims["57%"]["direction"] is None


@pytest.mark.parametrize("text, figure, direction", [
    # a figure after 'при' states the setting of the claim before, not its change
    ("Дефицит бюджета, по его словам, сложился на уровне 2,9% к ВВП при плановых 3,3%.", "3,3%", None),
    # 'при этом' only links the next clause, which keeps its own verb
    ("Выручка выросла на 12%, средства физлиц при этом прибавили 2,8%.", "2,8%", "increase"),
])
def test_a_figure_after_pri_takes_no_direction_from_the_verb_before(nlp, text, figure, direction):
    assert claims_by_figure(nlp, text)[figure]["direction"] == direction
