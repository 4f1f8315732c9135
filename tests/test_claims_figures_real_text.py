"""Figures on real web text: quote marks left as HTML entities, rates
written with a slash, and other forms that our own example articles lack.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- quoted names whose quote marks are HTML entities -------------------------

def test_a_number_in_a_name_quoted_with_entities_is_no_claim(nlp):
    assert figures_of(nlp, "Грузовики везли сталь на комбинат &quot;9 Мая&quot; всю ночь.") == {}
    assert figures_of(nlp, "Сборник &#39;&#39;Три сестры&#39;&#39; вышел весной.") == {}


def test_speech_quoted_with_entities_keeps_its_figures(nlp):
    said = "Глава района сказал: &quot;Мы отремонтировали 14 школ за лето&quot;."
    assert figures_of(nlp, said) == {"14": "count"}


# --- rates written with a slash ---------------------------------------------

def test_a_count_per_unit_after_a_slash_is_one_rate(nlp):
    assert figures_of(nlp, "Плотность населения в районе — 27 чел./км2.") == {"27 чел./км2": "other"}
    assert figures_of(nlp, "Плотность населения в районе — 31,4 чел / км2.") == {"31,4 чел / км2": "other"}
    assert figures_of(nlp, "Канатная дорога перевозит 900 пассажиров/час.") == {"900 пассажиров/час": "other"}


def test_a_spaced_slash_after_an_abbreviation_does_not_end_the_sentence(nlp):
    assert figures_of(nlp, "На острове живут 8 чел. / км2, меньше, чем на материке.") == {"8 чел. / км2": "other"}


def test_a_slash_between_two_nouns_is_no_rate(nlp):
    assert figures_of(nlp, "В лагерь приехали 30 школьников/студентов из области.") == {"30": "count"}


# --- "два или три": a rough range ---------------------------------------------

def values_of(nlp, text):
    """{figure text: (value, value_max)} for the claims found in `text`."""
    return {c["figure"]["text"]: (c["value"], c["value_max"]) for c in nlp(text)._.claims}


def test_two_neighbouring_numbers_joined_by_or_are_one_range(nlp):
    assert values_of(nlp, "На субботник вышли четыре или пять соседей.") == {"четыре или пять": (4.0, 5.0)}
    assert values_of(nlp, "Паром ходит 7 или 8 раз в день.") == {"7 или 8": (7.0, 8.0)}


def test_numbers_far_apart_joined_by_or_stay_apart(nlp):
    assert values_of(nlp, "В отряде было 10 или 40 бойцов, источники расходятся.") == {"10": (10.0, None), "40": (40.0, None)}


# --- versions and years of birth and death ------------------------------------

def test_a_number_ending_in_dot_zero_is_a_version(nlp):
    assert figures_of(nlp, "Новый стандарт связи назвали просто 5.0.") == {}
    assert figures_of(nlp, "Цены выросли на 4.0% за год.") == {"4.0%": "percent"}


def test_a_number_after_born_or_died_is_a_year(nlp):
    assert figures_of(nlp, "Монастырь заложил игумен Варлаам (ум. ок. 880).") == {}
    assert figures_of(nlp, "Летопись упоминает князя Игоря (р. 877).") == {}
    assert figures_of(nlp, "В походе участвовало ок. 800 воинов.") == {"800": "count"}


def test_speech_in_entity_quotes_with_its_speaker_after_keeps_its_figures(nlp):
    said = "&quot;Ещё 9 новых автобусов&quot;, — пообещал директор парка."
    assert figures_of(nlp, said) == {"9": "count"}


def test_a_name_in_doubled_apostrophes_is_a_quoted_name(nlp):
    assert figures_of(nlp, "Вчера клуб ''Торпедо 2'' сыграл вничью.") == {}


def test_a_scale_after_the_second_neighbour_serves_both(nlp):
    assert values_of(nlp, "На ремонт моста уйдёт 4 или 5 млн рублей.") == {"4 или 5 млн рублей": (4e6, 5e6)}


# --- a level verb left out after a comma --------------------------------------

def directions_of(nlp, text):
    """{figure text: direction} for the claims found in `text`."""
    return {c["figure"]["text"]: c["direction"] for c in nlp(text)._.claims}


def test_a_noun_and_figure_after_a_comma_repeat_the_level_verb(nlp):
    text = "Высота башни составляет 54 метра, ширина основания 12 метров."
    assert directions_of(nlp, text) == {"54 метра": "level", "12 метров": "level"}


def test_a_clause_with_its_own_verb_keeps_its_own_direction(nlp):
    text = "Высота башни составляет 54 метра, рабочие покрасили 12 метров."
    assert directions_of(nlp, text)["12 метров"] != "level"


# --- products -----------------------------------------------------------------

def test_the_first_factor_of_a_product_is_no_count(nlp):
    assert "2" not in figures_of(nlp, "Кухня в квартире 2 × 3 метра.")
    assert figures_of(nlp, "Шахматисты сыграли 2 партии.") == {"2": "count"}
