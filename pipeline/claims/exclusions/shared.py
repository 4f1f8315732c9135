"""What every exclusion rule reads: the cue lists (models/claims/exclusions.json)
and the words around a figure, with the few tests several kinds of
exclusion share (a year's spelling, a counted noun, where a phrase hangs).
"""
import re
from functools import lru_cache

from pipeline.claims.lexicon import load_json, normalize, phrase_key
from pipeline.claims.units import MONEY_AND_SHARES  # noqa: F401 (the exclusion rules import it from here)
from pipeline.claims.words import pos, token_at

PLAIN_INTEGER = re.compile(r"^\d+$")
DIGITS_ONLY = re.compile(r"^\d+(?:[.,]\d+)?$")
DURATION_UNITS = {"year", "month", "day"}
AGE_LIST_LINKS = {"и", "или", ","}    # "жителей 19 и 21 года"; a dash starts a new clause


@lru_cache(maxsize=None)
def cues():
    data = load_json("exclusions.json")
    table = {key: {normalize(word) for word in value}
             for key, value in data.items() if isinstance(value, list)}
    table["age_before_phrases"] = {phrase_key(p) for p in data["age_before"]}
    table["age_after_phrases"] = {phrase_key(p) for p in data["age_after"]}
    table["identifier_after_phrases"] = {phrase_key(p) for p in data["identifier_after"]}
    table["idiom_phrases"] = {phrase_key(p) for p in data["idioms"]}
    table["clock_zone_phrases"] = {phrase_key(p) for p in data["clock_zones"]}
    table["relative_time_after_phrases"] = {phrase_key(p) for p in data["relative_time_after"]}
    table["per_one_phrases"] = {phrase_key(p) for p in data["per_one_before"]}
    table["one_part_of_a_count_phrases"] = {phrase_key(p) for p in data["one_part_of_a_count_before"]}
    return table


def _word(words, index):
    return words.norms[index] if 0 <= index < len(words.norms) else ""


def _number_text(words, figure):
    return words.texts[figure.number_start]


def _is_year_like(text):
    return bool(PLAIN_INTEGER.match(text)) and len(text) == 4 and 1000 <= int(text) <= 2100


def _counts_a_noun(words, index):
    if _word(words, index) in cues()["year_words"]:
        return False
    following = pos(words, index)
    if following is not None:
        return following == "NOUN"
    after = _word(words, index)
    return after.isalpha() and after.islower()


def _lemma(words, index):
    """The lemma when models ran, else the word itself (lexicons list lemmas)."""
    token = token_at(words, index)
    return normalize(token.lemma_) if token is not None else _word(words, index)


def _top_of_number_phrase(token):
    """The word a number's phrase is named by: '10' -> 'лет' (a number hangs on what it counts)."""
    while token.dep_.startswith("nummod") and token.head.i != token.i:
        token = token.head
    return token


def _head_of_phrase(token):
    """Where a number's phrase hangs: '10' -> 'лет' -> the word 'лет' depends on."""
    return _top_of_number_phrase(token).head.i
