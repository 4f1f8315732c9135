"""An amount of money priced per unit of another currency quotes a rate of
exchange: 'Курс при этом почти не изменился: 87,4 сома (KGS) за доллар',
'официальный курс Нацбанк установил на уровне 2,6 лари за доллар, тогда как
год назад за доллар давали 3,12 лари'. What it measures is the rate noun of
its sentence ('Курс', 'официальный курс'), not the subject the parser hangs
it on ('Нацбанк') nor the frame 'на уровне'; an amount after it ('против
481 драма') carries the same metric. With no rate noun in the sentence the
rule passes: the gold then takes the currency quoted ('Гривна торговалась
на уровне 21,4 за доллар'), which the subject rules read (the counts are in
models/claims/units.json exchange_rates).

The shape is read by word order, since the parser hangs 'за доллар' on the
verb as often as on the amount.
"""
from functools import lru_cache

from pipeline.claims.lexicon import lemma_of, load_json, normalize, skipped_before_figure
from pipeline.claims.units import CURRENCIES, read_unit
from pipeline.claims.word_kinds import word_before

# the most words between 'за <currency>' and the amount it prices ('за доллар давали уже')
QUOTE_REACH = 4


def rate_noun_of_a_quote(figure, anchor, inside, trigger, direction):
    """The rate noun before an amount that quotes a rate of exchange, or None."""
    if figure.unit not in CURRENCIES:
        return None
    doc = anchor.doc
    if not (_priced_per_currency_after(max(inside) + 1, doc) or _priced_per_currency_before(min(inside), doc)):
        return None
    return _rate_noun_before(min(inside), doc)


def _priced_per_currency_after(index, doc):
    """'87,4 сома (KGS) за доллар': 'за' and a currency right after the amount,
    past a bracketed currency code."""
    words = [token for token in doc[index:index + 6] if not token.is_space]
    if len(words) >= 3 and words[0].text == "(" and words[2].text == ")":
        words = words[3:]
    return len(words) >= 2 and normalize(words[0].text) in _rate_prepositions() and _names_currency(words[1])


def _priced_per_currency_before(index, doc):
    """'за доллар давали 3,12 лари': 'за', a currency and a verb of quoting
    before the amount, past adverbs and bound words ('уже', 'около')."""
    bounds = skipped_before_figure("bounds")
    verb = word_before(doc, index, lambda word: word.is_space or word.pos_ == "ADV" or normalize(word.text) in bounds)
    if verb is None or verb.i < 2 or lemma_of(verb) not in _quoting_verbs():
        return False
    words = [token for token in doc[max(0, verb.i - QUOTE_REACH):verb.i] if not token.is_space]
    return len(words) >= 2 and normalize(words[-2].text) in _rate_prepositions() and _names_currency(words[-1])


def _names_currency(token):
    unit, _ = read_unit([normalize(token.text)], 0)
    return unit in CURRENCIES


def _rate_noun_before(index, doc):
    """The nearest rate noun ('курс') before word `index` in its sentence."""
    for token in reversed(doc[doc[index].sent.start:index]):
        if lemma_of(token) in _rate_nouns() and token.pos_ in ("NOUN", "PROPN"):
            return token
    return None


@lru_cache(maxsize=None)
def _rate_table():
    return load_json("units.json")["exchange_rates"]


@lru_cache(maxsize=None)
def _rate_prepositions():
    return frozenset(normalize(word) for word in _rate_table()["prepositions"])


@lru_cache(maxsize=None)
def _rate_nouns():
    return frozenset(_rate_table()["rate_nouns"])


@lru_cache(maxsize=None)
def _quoting_verbs():
    return frozenset(_rate_table()["quoting_verbs"])
