"""More false alarms and misses found on real pages: counters a page sets
after a dateline or byline, and an indefinite 'один' that counts nothing.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import figures_of


# --- comment counters and reading times closing a dateline ---------------------

def test_a_comment_counter_after_a_dateline_is_no_claim(nlp):
    text = "Казань · 08:15 · Общество · 37 комментариев\nВ районе построили 4 моста."
    assert figures_of(nlp, text) == {"4": "count"}


def test_a_reading_time_and_counter_closing_a_byline_are_no_claims(nlp):
    text = "Спорт | 2 мая 2025 | Автор: Олег Сомов | 6 мин. чтения · 9 комментариев\nКлуб продал 3 игроков."
    assert figures_of(nlp, text) == {"3": "count"}


def test_a_count_of_comments_in_the_story_stays_a_claim(nlp):
    text = "Под постом чиновника оставили 500 комментариев за час."
    assert figures_of(nlp, text) == {"500": "count"}


# --- claims the extractor used to drop ---------------------------------------------

def test_a_second_count_joined_by_and_is_no_ordinal(nlp):
    assert figures_of(nlp, "Ураган разрушил 23 дома и 34 школы.") == {"23": "count", "34": "count"}


def test_a_preprint_number_is_an_identifier(nlp):
    assert nlp("Статья выложена на arXiv:2511.01234.")._.claims == []


def test_per_mille_is_a_measure(nlp):
    (claim,) = nlp("Смертность выросла до 13,8 промилле.")._.claims
    assert (claim["figure"]["text"], claim["unit"]) == ("13,8 промилле", "other")
