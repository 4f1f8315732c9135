"""The unit written with a figure: '%', 'процента', 'млрд долларов', '$', 'тонн'...

Also compound adjectives that hold a figure and its unit in one word
('1600-километрового', 'двухдневного', '30-процентный').
"""
import re
from functools import lru_cache

from pipeline.claims.numbers import without_half_prefix
from pipeline.claims.lexicon import (
    load_json, longest_phrase, normalize, phrase_key, phrases_to_labels, without_glued_symbols)


@lru_cache(maxsize=None)
def unit_table():
    data = load_json("units.json")
    table = phrases_to_labels(data["units"])
    return table, longest_phrase(table)


@lru_cache(maxsize=None)
def prefix_symbols():
    return {normalize(symbol): unit for symbol, unit in load_json("units.json")["prefix_symbols"].items()}


def read_unit(norms, start):
    """(unit, end) for the longest unit phrase at norms[start], else (None, start)."""
    table, longest = unit_table()
    if _starts_time_phrase(norms, start):
        return None, start
    for length in range(min(longest, len(norms) - start), 0, -1):
        unit = table.get(tuple(norms[start:start + length]))
        if unit:
            return unit, start + length
    return _glued_unit(table, norms, start)


def _glued_unit(table, norms, start):
    """'6 месяцев🥰': a one-word unit with an emoji glued to it."""
    if start >= len(norms):
        return None, start
    bare = without_glued_symbols(norms[start])
    if bare == norms[start]:
        return None, start
    unit = table.get((bare,))
    return (unit, start + 1) if unit else (None, start)


@lru_cache(maxsize=None)
def _letter_units():
    return load_json("units.json")["letter_units"]


def read_letter_unit(texts, end, pos_after):
    """(unit, end + 1) when texts[end] is a one-letter unit that is also a
    preposition ('9,25 К', '10,61 с'), else (None, end). `pos_after` is the
    part of speech of the word after it (None at the sentence's end or without
    models): 'с' is seconds only when it governs nothing ('3 с половиной')."""
    if end >= len(texts):
        return None, end
    letters = _letter_units()
    text = texts[end]
    if text in letters["exact_case"]:
        # case tells kelvins from the preposition 'к', so the text, not the norm
        return letters["exact_case"][text], end + 1
    if text in letters["seconds"] and _governs_nothing(texts, end, pos_after, letters["governed_pos"]):
        return letters["seconds"][text], end + 1
    return None, end


def _governs_nothing(texts, end, pos_after, governed_pos):
    if end + 1 >= len(texts) or not texts[end + 1][:1].isalnum():
        return True   # the sentence or the clause ends: '… — 10,61 с, в прыжке …'
    # without models only punctuation after the letter is safe evidence
    return pos_after is not None and pos_after not in governed_pos


@lru_cache(maxsize=None)
def _time_phrases():
    return tuple(phrase_key(p) for p in load_json("units.json")["time_phrases"]["phrases"])


def _starts_time_phrase(norms, start):
    """'годом ранее' at norms[start]: a time of its own, not a unit."""
    return any(tuple(norms[start:start + len(phrase)]) == phrase for phrase in _time_phrases())


@lru_cache(maxsize=None)
def _comparison_marks():
    return frozenset(phrase_key(mark) for mark in load_json("measures.json")["comparison_marks"])


@lru_cache(maxsize=None)
def longest_comparison_mark():
    """How many words the longest comparison mark is cut into ('г./г.': five)."""
    return max(len(mark) for mark in _comparison_marks())


def comparison_mark_end(norms, start):
    """Where a mark of what a change is reckoned against ('г/г', 'кв/кв', 'г./г.')
    starting at norms[start] ends, else None. Such a mark is no unit: in '+0,4 млн
    кв/кв' the letters are the quarters compared, not a unit 'кв'."""
    for mark in _comparison_marks():
        if tuple(norms[start:start + len(mark)]) == mark:
            return start + len(mark)
    return None


def read_per_unit(texts, gaps, norms, end):
    """'13 чел./км2', '205,1 чел / км2', '1200 автомобилей/час': a counted
    word, a slash and a unit make one rate, unit other, its words inside the
    figure. ("other", end of the unit), else (None, end)."""
    index = end
    if index >= len(norms) or not norms[index].isalpha():
        return None, end
    index += 1
    if index < len(norms) and norms[index] == ".":
        index += 1      # 'чел.' abbreviated
    if index >= len(norms) or norms[index] != "/":
        return None, end
    unit, unit_end = read_unit(norms, index + 1)
    if unit is None:
        return None, end
    _, unit_end = read_power(texts, gaps, unit, unit_end)
    return "other", unit_end


@lru_cache(maxsize=None)
def per_base_table():
    """The per_base entry of units.json: round bases, located 'one' forms,
    nouns counted in halves (words normalized)."""
    data = load_json("units.json")["per_base"]
    return {"round_bases": frozenset(data["round_bases"]),
            "located_forms": frozenset(normalize(word) for word in data["located_forms"]),
            "counted_in_halves": frozenset(normalize(word) for word in data["counted_in_halves"])}


CURRENCIES = {"rub", "usd", "eur", "kzt", "uah", "cny", "gbp", "other_currency"}
MEASURES = {"km", "m"}
# Groups of units the rules ask about; each is defined here only.
PERCENT_UNITS = frozenset({"percent", "percentage_point"})   # percentage points compare only percentages
SHARE_UNITS = frozenset({"percent", "fraction"})             # a share of a whole that falls to a part
PART_OF_WHOLE_UNITS = PERCENT_UNITS | {"fraction"}           # what a whole is shared out in
MONEY_AND_SHARES = CURRENCIES | PERCENT_UNITS
# Units a span of time is read in when its metric is looked for ('other' holds
# minutes, and areas and speeds as well), and the units of a span proper.
TIME_UNITS = {"year", "month", "day", "hour", "other"}
DURATION_UNITS = {"year", "month", "day", "hour"}


@lru_cache(maxsize=None)
def _unit_extras():
    data = load_json("units.json")
    home = {normalize(word): unit for unit, words in data["home_currency_adjectives"].items() for word in words}
    return set(data["power_marks"]), tuple(data["currency_adjective_endings"]), home


def currency_adjectives():
    """(endings of an adjective before a currency, {home adjective: its currency})."""
    _, endings, home = _unit_extras()
    return endings, home


@lru_cache(maxsize=None)
def _measure_adjective_endings():
    return tuple(load_json("units.json")["measure_adjective_endings"])


@lru_cache(maxsize=None)
def foreign_roubles():
    """The foreign_roubles entry of units.json, its words normalized."""
    data = load_json("units.json")["foreign_roubles"]
    return {"adjectives": {normalize(word) for word in data["adjectives"]},
            "names": [phrase_key(name) for name in data["names"]],
            "datelines": set(data["datelines"]),
            "country_lemmas": set(data["country_lemmas"]), "home_lemmas": set(data["home_lemmas"])}


def read_power(texts, gaps, unit, end):
    """'км2', 'м²' written apart by razdel: an area or volume, unit other.

    Returns (unit, end) with the mark taken into the figure, or the input unchanged.
    """
    marks, _, _ = _unit_extras()
    if unit in MEASURES and end < len(texts) and texts[end] in marks and gaps[end - 1] == "":
        return "other", end + 1
    return unit, end


def read_rate_of_measure(texts, gaps, norms, unit, end):
    """'0,2 м/км', '74,6 м³/с', '4 м на километр': a measure written over
    another unit with a slash (or 'на' and a unit in the singular) is a rate (a
    slope, a flow), unit other, both units inside the figure.

    Money and shares are left alone ('300 руб./кг' is a price). Returns (unit, end).
    """
    if unit is None or unit in CURRENCIES or unit in PART_OF_WHOLE_UNITS or unit == "count":
        return unit, end
    per_end = _per_phrase_after_na(norms, end)
    if per_end is not None:
        return "other", per_end     # "4 м на километр": the slash written out
    if end + 1 >= len(norms) or norms[end] != "/" or gaps[end - 1] or gaps[end]:
        return unit, end
    if norms[end + 1] in _rate_denominators():
        return "other", end + 2
    denominator, denominator_end = read_unit(norms, end + 1)
    if denominator is None:
        return unit, end
    return "other", denominator_end


@lru_cache(maxsize=None)
def _rate_denominators():
    return frozenset(normalize(word) for word in load_json("units.json")["rate_denominators"]["words"])


@lru_cache(maxsize=None)
def _per_phrases_after_na():
    return tuple(phrase_key(phrase) for phrase in load_json("units.json")["rate_denominators"]["per_phrases_after_na"])


def _per_phrase_after_na(norms, end):
    """End of 'на километр' after a measure ('4 м на километр'), else None."""
    if end >= len(norms) or norms[end] != "на":
        return None
    for phrase in _per_phrases_after_na():
        if tuple(norms[end + 1:end + 1 + len(phrase)]) == phrase:
            return end + 1 + len(phrase)
    return None


def read_currency_after_adjective(norms, start):
    """'6 млрд французских франков': one adjective between the number and its currency.

    A pound or dollar of another country ('кипрских фунтов', 'канадских
    долларов') is that country's currency, other_currency.
    """
    _, endings, home = _unit_extras()
    if start + 1 >= len(norms) or not norms[start].endswith(endings):
        return None, start
    unit, end = read_unit(norms, start + 1)
    if unit not in CURRENCIES:
        return None, start
    if unit in ("gbp", "usd") and home.get(norms[start]) != unit:
        unit = "other_currency"
    if unit == "rub" and norms[start] in foreign_roubles()["adjectives"]:
        unit = "other_currency"   # "белорусских рублей"
    return unit, end


def read_measure_after_adjective(norms, start):
    """'три выходных дня', '30 календарных дней', '5 рабочих часов': one
    adjective in the genitive plural between the number and a measure.

    (unit, end), else (None, start). The caller checks the adjective
    modifies the unit word when the words carry a parse.
    """
    if start + 1 >= len(norms) or not norms[start].endswith(_measure_adjective_endings()):
        return None, start
    unit, end = read_unit(norms, start + 1)
    if unit is None or unit in CURRENCIES:
        return None, start
    return unit, end


def prefix_unit(norm):
    """The currency a sign or code before a number names ('$' -> usd), or None."""
    return prefix_symbols().get(norm)


@lru_cache(maxsize=None)
def _compound_patterns():
    data = load_json("compounds.json")
    stems = "|".join(sorted(map(re.escape, data["unit_stems"]), key=len, reverse=True))
    prefixes = "|".join(sorted(map(re.escape, data["numeral_prefixes"]), key=len, reverse=True))
    digits_first = re.compile(rf"^(\d+(?:[.,]\d+)?)(?:-(?:и|ти|х|ми))?-?({stems})\w*$")
    words_first = re.compile(rf"^({prefixes})({stems})\w*$")
    stem_only = re.compile(rf"^({stems})\w*$")
    return digits_first, words_first, stem_only, data["numeral_prefixes"], data["unit_stems"]


def read_compound(norm):
    """(value, unit) of a one-word compound ('1600-километрового' -> 1600, km), else None."""
    digits_first, words_first, _, prefixes, stems = _compound_patterns()
    match = digits_first.match(norm)
    if match:
        return float(match.group(1).replace(",", ".")), stems[match.group(2)]
    match = words_first.match(norm)
    if match:
        value, unit = float(prefixes[match.group(1)]), stems[match.group(2)]
        if value == 1:
            # "однокомнатной квартиры", "однодневный билет", "по однодневным кредитам":
            # a one- compound names a kind, as "один" may be an article (NOTES.md);
            # the development gold leaves all of them out (однодневн- three times, none kept)
            return None
        return value, unit
    return None


@lru_cache(maxsize=None)
def _half_units():
    words = load_json("units.json")["half_units"]["words"]
    return {normalize(word): (unit, value) for word, (unit, value) in words.items()}


@lru_cache(maxsize=None)
def _first_words_of_units():
    return frozenset(phrase[0] for phrase in unit_table()[0])


def may_be_half_unit(norm):
    """Is the word half a unit, listed ('полвека') or 'пол' fused with the first
    word of a unit ('полпроцента', 'полпроцентного [пункта]')?"""
    rest = without_half_prefix(norm)
    return norm in _half_units() or (rest is not None and rest in _first_words_of_units())


def read_half_unit(norms, start):
    """(value, unit, end) of a word that is half a unit ('полгода' -> 0.5, year;
    'полпроцента' -> 0.5, percent; 'на полпроцентного пункта' -> 0.5,
    percentage_point, the unit's second word included), else None."""
    listed = _half_units().get(norms[start])
    if listed:
        return float(listed[1]), listed[0], start + 1
    if not may_be_half_unit(norms[start]):
        return None
    unit, end = read_unit([without_half_prefix(norms[start]), *norms[start + 1:]], 0)
    return (0.5, unit, start + end) if unit else None


def compound_tail(norm):
    """The unit of an adjective written apart from its number ('10-и летний'), else None."""
    _, _, stem_only, _, stems = _compound_patterns()
    match = stem_only.match(norm)
    if match and norm.endswith(("ий", "ая", "ое", "ые", "ого", "ой", "ую", "их", "ым", "ыми", "ому", "ый", "ем", "ей", "им")):
        return stems[match.group(1)]
    return None


@lru_cache(maxsize=None)
def _lower_parts():
    data = load_json("units.json")["lower_parts"]
    hundredths = phrases_to_labels(data["hundredths"])
    smaller = {unit: (entry["per"], phrases_to_labels({unit: entry["words"]}))
               for unit, entry in data["smaller"].items()}
    return hundredths, smaller


def _match_phrase(table, norms, start):
    for length in range(min(longest_phrase(table), len(norms) - start), 0, -1):
        label = table.get(tuple(norms[start:start + length]))
        if label:
            return label, start + length
    return _glued_unit(table, norms, start)


def read_hundredths(norms, start):
    """'17 копеек': (currency, 100, end) for a hundredth of a currency at norms[start], else None."""
    hundredths, _ = _lower_parts()
    currency, end = _match_phrase(hundredths, norms, start)
    return (currency, 100, end) if currency else None


def read_thousands(norms, start):
    """'3,2 т. р.': (currency, 1000, end) for a shortened 'тысяч рублей' at
    norms[start], else None; read before the unit table, where 'т.' is tonnes."""
    table, scale = _thousands_of_a_currency()
    currency, end = _match_phrase(table, norms, start)
    return (currency, scale, end) if currency else None


@lru_cache(maxsize=None)
def _thousands_of_a_currency():
    data = load_json("units.json")["thousands_of_a_currency"]
    return phrases_to_labels(data["phrases"]), data["scale"]


def read_lower_part(norms, start, unit):
    """(per, end) when norms[start] names the next smaller part of `unit`
    ('копеек' after roubles or hryvnias, 'месяцев' after years), else None."""
    if unit in CURRENCIES:
        found = read_hundredths(norms, start)
        return (100, found[2]) if found else None
    _, smaller = _lower_parts()
    if unit not in smaller:
        return None
    per, table = smaller[unit]
    label, end = _match_phrase(table, norms, start)
    return (per, end) if label else None


@lru_cache(maxsize=None)
def _parts_given_in_the_part():
    """[(whole words, per, part table)] for wholes of unit other ('минуты' before 'секунды')."""
    wholes = load_json("units.json")["lower_parts"]["given_in_the_part"]["wholes"]
    return [(frozenset(entry["whole"]), entry["per"], phrases_to_labels({"part": entry["words"]}))
            for entry in wholes]


def read_part_given_in_the_part(norms, whole_word, start):
    """(per, end) when norms[start] names the smaller part of a whole of unit
    other whose word is `whole_word` ('секунды' after '24 минуты'), else None."""
    for wholes, per, table in _parts_given_in_the_part():
        if whole_word in wholes:
            label, end = _match_phrase(table, norms, start)
            return (per, end) if label else None
    return None


def read_multiple_mark(texts, gaps, end):
    """'2,2x', '3х': a multiplication sign glued to a number makes a ratio,
    (times, end); '3х4' (dimensions) does not, nor a sign written apart."""
    marks = set(load_json("units.json")["multiple_marks"])
    if not 0 < end < len(texts) or texts[end] not in marks or gaps[end - 1] != "":
        return None, end
    if end + 1 < len(texts) and gaps[end] == "" and texts[end + 1][:1].isdigit():
        return None, end
    return "times", end + 1


def read_hyphenated_measure(norms, start):
    """'262 млрд пассажиро-километров', '5 тыс. человеко-часов',
    'тонно-километров': a compound measure whose last part is a unit word and
    whose first part joins it with a linking vowel (or is a unit itself).
    (other, end), else (None, start)."""
    if start >= len(norms):
        return None, start
    first, dash, last = norms[start].rpartition("-")
    if not dash or not first.isalpha() or len(first) < 3 or not last.isalpha():
        return None, start
    if read_unit([last], 0)[0] is None:
        return None, start
    if not (first.endswith("о") or read_unit([first], 0)[0] is not None):
        return None, start
    return "other", start + 1


def read_fractional_measure(texts, norms, number_start, number_end, end):
    """'2 915,4 пункта': a noun counted when whole that a number with a
    fraction makes a measure (unit other). (other, end + 1), else (None, end)."""
    if end >= len(norms) or norms[end] not in load_json("units.json")["measure_when_fractional"]:
        return None, end
    if not any("," in text or "." in text for text in texts[number_start:number_end]):
        return None, end
    return "other", end + 1


def same_kind(left, right):
    """Units a list may mix: counts and parts, or sums in several currencies
    ("долг составлял 4,2 млрд долларов и 1,1 млрд евро")."""
    return left == right or {left, right} <= {"count", "fraction"} or {left, right} <= CURRENCIES


@lru_cache(maxsize=None)
def _fraction_periods():
    periods = load_json("units.json")["fraction_of_period"]["periods"]
    return {normalize(word): (unit, size) for word, (unit, size) in periods.items()}


def read_period_of_fraction(norm):
    """(unit, size) of a period a fraction word may take ('века' -> year, 100), else None."""
    return _fraction_periods().get(norm)


@lru_cache(maxsize=None)
def symbols_without_dot():
    """Unit symbols that take no dot of their own ('км', 'т'): a dot after one
    closing a sentence is the full stop (units.json symbols_without_dot)."""
    return frozenset(load_json("units.json")["symbols_without_dot"]["words"])
