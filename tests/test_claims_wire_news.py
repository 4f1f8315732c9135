"""Shapes of news-wire reports: terms asked for an official, from-to changes
with an adjective on the start, rates per 100 km, how long a case or an offer
lasted.

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def test_years_beside_a_person_then_a_punishment_are_a_term_not_an_age(nlp):
    found = claims_by_figure(nlp, "Прокурор просил для бывшего заммэра шесть лет лишения свободы.")
    assert found["шесть лет"]["unit"] == "year"
    assert found["шесть лет"]["metric"]["head"] == "лишение"


def test_a_person_with_bare_years_is_still_an_age(nlp):
    assert nlp("Задержан мужчина 45 лет.")._.claims == []


def test_an_adjective_on_the_start_of_a_change_keeps_one_figure(nlp):
    found = claims_by_figure(nlp, "Тариф снизят с нынешних 350 до 290 рублей.")
    assert list(found) == ["290 рублей"]
    assert found["290 рублей"]["value_from"] == 350
    assert found["290 рублей"]["change"] == "to"


def test_the_round_distance_a_rate_is_per_is_no_claim(nlp):
    found = claims_by_figure(nlp, "Автобус расходует 30 литров на 100 км.")
    assert list(found) == ["30 литров"]


def test_a_distance_moved_by_is_still_a_claim(nlp):
    found = claims_by_figure(nlp, "Трассу продлили на 100 км в сторону моря.")
    assert found["100 км"]["unit"] == "km"


def test_how_long_a_case_lasted_measures_the_case(nlp):
    found = claims_by_figure(nlp, "Дело слушалось в районном суде 11 месяцев.")
    assert found["11 месяцев"]["metric"]["head"] == "дело"


def test_how_long_an_offer_stands_measures_the_offer(nlp):
    found = claims_by_figure(nlp, "Оферта действует 45 дней.")
    assert found["45 дней"]["metric"]["head"] == "оферта"


def test_the_full_stop_after_a_unit_symbol_is_not_part_of_the_figure(nlp):
    # 'т' and 'км' take no dot of their own; 'тыс.' does
    found = claims_by_figure(nlp, "Урожай составил 20,1 млн т. Дорогу продлили на 31 км.")
    assert set(found) == {"20,1 млн т", "31 км"}


def test_a_change_to_a_share_of_gdp_measures_what_changes(nlp):
    # 'ВВП' is the base the share is taken of; the deficit is what falls
    found = claims_by_figure(nlp, "Дефицит казны сократится до 0,8% ВВП.")
    assert found["0,8%"]["metric"]["head"] == "дефицит"
    found = claims_by_figure(nlp, "Министерство урежет расходы до 14% бюджета.")
    assert found["14%"]["metric"]["head"] == "расход"
