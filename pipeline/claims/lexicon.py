"""The claims lexicons under models/claims/, loaded once and turned into lookups.

Every word list the claims component uses lives in a JSON file there; this
module only reshapes those files into dicts and sets keyed by normalized
word forms (lower case, ё folded to е), so that matching is a dict lookup.
"""
import json
import unicodedata
from functools import lru_cache

import razdel

from pipeline.paths import model_file


def normalize(word):
    """The key a word form is looked up by: lower case, ё as е."""
    return word.lower().replace("ё", "е")


# "с 14 до 11", "со 2 по 5": the preposition that opens a starting value or the
# first day of a span, in both its forms (grammar, not a lexicon)
FROM_PREPOSITIONS = ("с", "со")

# emoji, their skin tones and joiners: social media glue them to the word before
GLUED_SYMBOL_CATEGORIES = {"So", "Sk", "Cf", "Mn"}


def without_glued_symbols(word):
    """'месяцев🥰' -> 'месяцев': a word with the emoji glued after it taken
    off; a word that does not start with a letter ('°C') is left alone."""
    if not word[:1].isalpha():
        return word
    while word and unicodedata.category(word[-1]) in GLUED_SYMBOL_CATEGORIES:
        word = word[:-1]
    return word


def lemma_of(token):
    """The key a spaCy token's lemma is looked up by (lexicons list lemmas)."""
    return normalize(token.lemma_)


def case_words(token):
    """The prepositions the parse attaches to a word: {"на"} for "на уровне"."""
    return {normalize(child.text) for child in token.children if child.dep_ == "case"}


def phrase_key(phrase):
    """A lexicon phrase as the tuple of normalized tokens razdel cuts it into."""
    return tuple(normalize(token.text) for token in razdel.tokenize(phrase))


@lru_cache(maxsize=None)
def load_json(name):
    with open(model_file("claims", name), encoding="utf-8") as stream:
        return json.load(stream)


def forms_to_values(groups):
    """{lemma: {"value": v, "forms": [...]}} -> {form: v}."""
    return {normalize(form): entry["value"]
            for entry in groups.values() for form in entry["forms"]}


def phrases_to_labels(table):
    """{label: [phrase, ...]} -> {token tuple: label}, for longest-first matching."""
    return {phrase_key(phrase): label
            for label, phrases in table.items() for phrase in phrases}


def longest_phrase(table):
    return max((len(key) for key in table), default=0)


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def skipped_before_figure(kind):
    """A list of words stepped over left of a figure (bounds.json, skipped_before_figure).

    Cached: rules call it inside their loops over the words before a figure."""
    return frozenset(normalize(word) for word in load_json("bounds.json")["skipped_before_figure"][kind])


def start_of_reckoning_phrase_before(position, doc):
    """'требовали компенсаций в общей сложности на 12 млн': a phrase saying how
    the amount was reckoned (bounds.json, reckoning_phrases) is no noun phrase
    of its own; the noun before it is. The index of its first word, or
    `position` when none ends right before it."""
    for phrase in skipped_before_figure("reckoning_phrases"):
        start = position - len(phrase.split())
        if start >= 0 and [normalize(t.text) for t in doc[start:position]] == phrase.split():
            return start
    return position


def looks_like_year(text):
    """'2024', and with a case ending typed on: 'чем в 2024-м', 'с 2019-го'."""
    digits = text.split("-", 1)[0]
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100
