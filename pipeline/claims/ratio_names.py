"""The names of ratios and multiples: 'мультипликатор', 'P/E', 'долг/EBITDA', 'EBITDA'.

A bare number beside one of these is a multiple (unit times): 'P/BV около
0,8', 'долговая нагрузка — 2,9 EBITDA'. The word lists are units.json
ratio_names and multiple_bases. They live here, below both readers, because
near_figure.py (the noun a ratio's name stands beside) and
units_in_context.py (the unit a bare number takes) both need them, and
units_in_context.py sits above near_figure.py.
"""
from functools import lru_cache

from pipeline.claims.lexicon import load_json, normalize


@lru_cache(maxsize=None)
def multiple_bases():
    """'EBITDA', 'OIBDA': the earnings measures a debt or price is a multiple of (units.json multiple_bases)."""
    return frozenset(normalize(word) for word in load_json("units.json")["multiple_bases"]["words"])


def names_a_ratio(name):
    """A listed ratio ('p/e'), or any name over a multiple base ('долг/ebitda',
    'nd/oibda'), given in lower case with its slash."""
    if name is None:
        return False
    return name in _ratio_names()["names"] or name.rsplit("/", 1)[-1] in multiple_bases()


@lru_cache(maxsize=None)
def ratio_nouns():
    """'мультипликатор', 'соотношение': nouns that name a ratio (lemmas)."""
    return _ratio_names()["nouns"]


@lru_cache(maxsize=None)
def _ratio_names():
    """{'nouns': ratio nouns (lemmas), 'names': ratio names with a slash} (units.json ratio_names)."""
    table = load_json("units.json")["ratio_names"]
    return {"nouns": frozenset(table["nouns"]), "names": frozenset(normalize(name) for name in table["names"])}
