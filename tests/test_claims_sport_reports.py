"""Sport reports: match reports, race times, transfers and contracts, season
statistics, prize money, stadiums; one class per test. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


# --- ranges whose scale word stands only at the high end ---------------------

@pytest.mark.parametrize("text, figure, low, high", [
    ("Билеты на финал стоят от 700 до 5 тыс. рублей.", "700 до 5 тыс. рублей", 700.0, 5000.0),
    ("Входной билет на каток — от 300 до 2 тыс. рублей.", "300 до 2 тыс. рублей", 300.0, 2000.0),
])
def test_a_low_end_above_the_high_ends_digits_takes_no_scale(nlp, text, figure, low, high):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["value"], claim["value_max"]) == (low, high)


def test_a_scale_written_once_still_serves_both_ends(nlp):
    claim = claims_by_figure(nlp, "Абонемент на сезон обойдётся от 5 до 7 тыс. рублей.")["5 до 7 тыс. рублей"]
    assert (claim["value"], claim["value_max"]) == (5000.0, 7000.0)


# --- two counts of kinds that name their noun once ----------------------------

@pytest.mark.parametrize("text, figure", [
    ("За сезон арбитры показали 940 жёлтых и 31 красную карточку.", "940"),
    ("Судьи показали 12 жёлтых и 2 красные карточки.", "12"),
    ("Судьи показали 12 жёлтых и 2 красные карточки.", "2"),
])
def test_a_count_of_a_kind_counts_the_noun_named_after_the_pair(nlp, text, figure):
    assert metric_heads(nlp, text)[figure] == "карточка"


def test_counts_of_adjectives_with_no_noun_after_keep_them(nlp):
    heads = metric_heads(nlp, "После столкновения автобусов в больницы доставили 7 погибших и 12 раненых.")
    assert heads["12"] != "больница"


# --- race times: minutes and seconds ------------------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("Победитель гонки показал время 31 минута 12,5 секунды.", "31 минута 12,5 секунды", 1872.5),
    ("Лыжница преодолела дистанцию за 1 мин. 52,4 сек.", "1 мин. 52,4 сек.", 112.4),
])
def test_minutes_and_seconds_are_one_time_given_in_seconds(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["value"] == pytest.approx(value)
    assert claim["unit"] == "other"


def test_minutes_and_seconds_of_two_clauses_stay_apart(nlp):
    claims = claims_by_figure(nlp, "Перерыв длился 3 минуты, а через 20 секунд матч возобновили.")
    assert {"3 минуты", "20 секунд"} <= set(claims)


# --- terms of contracts ---------------------------------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Лучший бомбардир команды заключил с клубом новое соглашение на три года.", "три года", "соглашение"),
    ("Клуб продлил на два года контракт с защитником.", "два года", "контракт"),
    ("Команда арендовала тренировочную базу на 10 лет.", "10 лет", "база"),
])
def test_a_term_after_na_is_the_term_of_the_thing_beside_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_person_given_a_term_is_not_its_metric(nlp):
    heads = metric_heads(nlp, "Вратаря дисквалифицировали на два года.")
    assert heads.get("два года") is None
