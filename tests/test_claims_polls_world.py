"""Opinion polls and the international economy wire, one class per test.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a share of GDP after 'в' sizes the noun before it -------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Правительство обещает добиться профицита бюджета в 1,5% ВВП к 2018 году.", "1,5%", "профицит"),
    ("Дефицит в 3,2% ВВП аналитики сочли опасным.", "3,2%", "дефицит"),
])
def test_a_share_of_gdp_after_v_measures_the_noun_before_it(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_share_of_gdp_at_a_peak_measures_what_reaches_the_peak(nlp):
    claims = claims_by_figure(nlp, "По оценке фонда, госдолг Португалии достигнет пика в 135% ВВП в 2017 году.")
    assert metric_head(claims["135%"]) == "госдолг"


def test_a_plain_share_of_votes_still_measures_the_votes(nlp):
    claims = claims_by_figure(nlp, "Кандидат оппозиции получил 41% голосов.")
    assert metric_head(claims["41%"]) == "голос"


# --- 'двое из трёх': a share told without 'каждых' ------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("Двое из трех жителей области поддерживают строительство моста.", "Двое из трех", 2 / 3),
    ("О покупке жилья в этом году задумываются трое из десяти опрошенных.", "трое из десяти", 0.3),
])
def test_a_collective_numeral_out_of_a_small_whole_is_a_share(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["unit"] == "fraction"
    assert claim["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, figure", [
    ("«Девять из десяти возгораний — это неосторожность людей», — сказал он.", "Девять из десяти"),
    ("В Москве девять из десяти жителей пользуются метро.", "девять из десяти"),
])
def test_a_cardinal_above_one_out_of_ten_is_a_share(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["unit"], claim["value"]) == ("fraction", pytest.approx(0.9))


@pytest.mark.parametrize("text, figure", [
    ("Одна из десяти заповедей гласит иное.", "десяти"),
    ("Двух из трех указанных особенностей достаточно.", "Двух"),
])
def test_one_out_of_ten_or_a_cardinal_out_of_three_picks_items(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "count"


@pytest.mark.parametrize("text, figure", [
    ("Пятеро из 40 пассажиров автобуса получили травмы.", "Пятеро"),
    ("Четверо из шести членов жюри проголосовали за фильм.", "Четверо"),
])
def test_a_collective_numeral_out_of_a_real_group_stays_a_count(nlp, text, figure):
    assert claims_by_figure(nlp, text)[figure]["unit"] == "count"


# --- 'ухудшил прогноз': a forecast made worse is cut -----------------------------

def test_a_worsened_growth_forecast_is_a_cut_forecast(nlp):
    claims = claims_by_figure(nlp, "Всемирный банк ухудшил прогноз роста экономики Бразилии на 2016 год до 0,5% с 1,4%.")
    claim = claims["0,5%"]
    assert metric_head(claim) == "прогноз"
    assert claim["direction"] == "decrease"
