"""Finding the figures of a sentence: number, range, unit and bound together.

A figure's span is the number with its scale word plus the unit word or
sign for percent, money and measures ("52,3 процента", "$3,3 млрд");
for a count it is the number alone, the counted noun being the metric.
Bound words and prepositions stay outside the span but are recorded.
"""
import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.claims.dash_marks import RANGE_LINKS
from pipeline.claims.lexicon import FROM_PREPOSITIONS, lemma_of, load_json, longest_phrase, looks_like_year, normalize, phrase_key
from pipeline.claims.number_lists import NUMERAL_JOINERS, list_end
from pipeline.claims.numbers import SIGNS, is_number_start, money_scale_units, number_words, read_number
from pipeline.claims.word_kinds import scale_words
from pipeline.claims.words import pos, token_at
from pipeline.lemma import analyzer
from pipeline.claims.units import (comparison_mark_end, compound_tail, prefix_unit, read_compound, read_currency_after_adjective,
                                   read_fractional_measure, read_hundredths, read_thousands, read_hyphenated_measure, read_lower_part,
                                   read_part_given_in_the_part,
                                   may_be_half_unit, per_base_table, read_half_unit, read_measure_after_adjective, read_multiple_mark,
                                   read_per_unit, read_period_of_fraction, read_power, read_rate_of_measure,
                                   read_letter_unit, read_unit, symbols_without_dot)

TIMES_WORDS = {"раз", "раза"}
DECIMAL_DIGITS = re.compile(r"^\d+[.,]\d+$")
DECIMAL_DIGITS_OR_WHOLE = re.compile(r"^\d+(?:[.,]\d+)?$")
# "(17,9 тыс., +9%)": a plus before a share says a rise, and stays outside the
# figure, as 'плюс 18%' does; before degrees or a bare reading it is the number's sign.
CHANGE_SIGNED_UNITS = {"percent", "percentage_point"}


class Figure(NamedTuple):
    start: int              # word index of the first word of the figure span
    end: int                # word index after it
    number_start: int       # the number itself, without unit or sign
    number_end: int
    value: float
    value_max: float | None
    value_from: float | None
    unit: str
    bound: str | None
    preposition: str | None  # "на", "до", "в"... right before the figure
    kind: str               # cardinal, collective, fraction, multiplicative, compound


@lru_cache(maxsize=None)
def bound_tables():
    data = load_json("bounds.json")
    before = {phrase_key(p): bound for bound, ps in data["before_figure"].items() for p in ps}
    after = {phrase_key(p): bound for bound, ps in data["after_figure"].items() for p in ps}
    return before, longest_phrase(before), after, longest_phrase(after), set(data["prepositions_between"])


def bound_written_before(norms, end):
    """(length, bound) of the longest bound phrase (bounds.json before_figure)
    whose words end right before index `end` of the normalized words `norms`
    ('не более', 'без малого', 'почти'); (0, None) when none does. The one
    matcher of multi-word bounds, for figures, units in context and dashes."""
    before, longest, _, _, _ = bound_tables()
    for length in range(min(longest, end), 0, -1):
        bound = before.get(tuple(norms[end - length:end]))
        if bound:
            return length, bound
    return 0, None


def bound_phrase_with_a_noun(doc, start):
    """'Пробег от силы 800 км', 'сейчас — от силы шесть': the token indices of a
    bound phrase of two words or more (bounds.json before_figure) written right
    before the figure that starts at token `start` of the doc, when the tagger
    takes one of its words for a noun ('силы', 'мере'); else none. The claim
    reads them as part of its figure, so the rules step over the phrase as one:
    the parser hangs the figure on that noun, and the rules would read it as
    what the figure measures."""
    words = doc[max(0, start - bound_tables()[1]):start]
    length, _ = bound_written_before([normalize(word.text) for word in words], len(words))
    phrase = range(start - length, start)
    if length < 2 or not any(doc[i].pos_ in ("NOUN", "PROPN") for i in phrase):
        return frozenset()
    return frozenset(phrase)


def _plus_glued_before(words, start):
    """A '+' glued to the number and standing apart from the word before it
    ('до +12', '+22…+25'); 'плюс 18%' written as a word says a change and stays outside."""
    return start > 0 and words.texts[start - 1] == "+" and words.gaps[start - 1] == "" \
        and (start < 2 or words.gaps[start - 2] != "")


def _bare_signed(words, start, end):
    """'опустилась до +12', 'днём — до −24': a number written with its sign and
    no noun after it is a reading on a scale (degrees), not a count of things."""
    if words.texts[start][:1] not in SIGNS:
        return False
    return end >= len(words.texts) or pos(words, end) not in ("NOUN", "PROPN", "ADJ", "NUM")


@lru_cache(maxsize=None)
def signed_bare_unit():
    """The unit of a bare signed number (numbers.json signed_bare_unit)."""
    return load_json("numbers.json")["signed_bare_unit"]


@lru_cache(maxsize=None)
def fused_prepositions():
    """{'наполовину': 'на'}: number words with their preposition inside (numbers.json)."""
    return {normalize(word): preposition for word, preposition in load_json("numbers.json")["fused_prepositions"].items()}


@lru_cache(maxsize=None)
def comparisons_by():
    """'больше', 'меньше': comparatives that before 'на' + figure say by how much (bounds.json)."""
    return frozenset(normalize(word) for word in load_json("bounds.json")["comparisons_by"])


@lru_cache(maxsize=200_000)
def may_open_figure(text):
    """Can a figure start at a word written `text`? (read_figure's first test.)

    Most words of a sentence cannot; knowing it per distinct word spares
    read_figure's work on every one of them.
    """
    return bool(text) and not text.isspace() and (
        is_number_start(text) or read_compound(normalize(text)) is not None
        or may_be_half_unit(normalize(text)) or normalize(text).startswith(_multiplying_verbs()[1]))


@lru_cache(maxsize=None)
def _multiplying_verbs():
    """({lemma: factor}, stems) of the verbs of multiplying (numbers.json multiplying_verbs)."""
    entries = [entry for entry in load_json("numbers.json")["multiplying_verbs"].values() if isinstance(entry, dict)]
    factors = {lemma: entry["value"] for entry in entries for lemma in entry["lemmas"]}
    return factors, tuple(stem for entry in entries for stem in entry["stems"])


def _multiplying_verb(words, index):
    """'цены на аренду удвоились', 'дефицит утроится': the verb is a ratio
    figure of its own, unless a 'до N' in its clause gives the new value."""
    token = token_at(words, index)
    if token is None or token.pos_ != "VERB" or not {"Fin", "Inf"} & set(token.morph.get("VerbForm")):
        return None
    factor = _multiplying_verbs()[0].get(lemma_of(token))
    if factor is None or _new_value_in_clause(words, index):
        return None
    return _finish(words, index, index + 1, index, index + 1, float(factor), None, None, "times", "verb")


def _new_value_in_clause(words, verb):
    """'прибыль удвоилась — до 96 млн', 'удвоила число точек — до 2 140':
    a 'до' and a number after the verb, before the next verb or semicolon."""
    for index in range(verb + 1, len(words.texts) - 1):
        token = token_at(words, index)
        if words.texts[index] == ";" or (token.pos_ == "VERB" and {"Fin", "Conv", "Inf"} & set(token.morph.get("VerbForm"))):
            return False
        if words.norms[index] == "до" and is_number_start(words.texts[index + 1]):
            return True
    return False


def find_figures(words):
    """Every figure of a sentence (a Words), left to right, before any exclusion."""
    figures = []
    index = 0
    count = len(words.texts)
    texts = words.texts
    while index < count:
        if not may_open_figure(texts[index]):
            index += 1
            continue
        figure = read_figure(words, index) or _multiplying_verb(words, index)
        if figure is None:
            index += 1
            continue
        figures.append(figure)
        index = max(figure.end, index + 1)
    return figures


def _compound_at(norms, index):
    """(value, unit, end) of a word that holds a number and its unit at once
    ('1600-километрового', 'полпроцента [пункта]'), else None."""
    compound = read_compound(norms[index])
    if compound:
        return (*compound, index + 1)
    return read_half_unit(norms, index)


def read_figure(words, index):
    norms = words.norms
    compound = _compound_at(norms, index)
    if compound is None and not is_number_start(words.texts[index]):
        return None
    if compound:
        value, unit, end = compound
        return _finish(words, index, end, index, index + 1, value, None, None, unit, "compound")
    number = read_number(words.texts, index, words.gaps, after_bound=_bound_before(words, index)[0] is not None)
    if number is None:
        return _scale_before(words, index)
    period = _period_of_fraction(words, number)
    if period is not None:
        return period
    lead_bound, end = _bound_inside(words, number.end)
    values, second, first_unit, end = _read_range(words, index, number, end)
    unit, unit_end, values = _written_unit(words, number, end, values, first_unit)
    if unit is None and second is None and words.norms[number.end - 1] in money_scale_units():
        unit, unit_end = money_scale_units()[words.norms[number.end - 1]], number.end   # "28 косарей"
    if unit is None and number.kind != "fraction" and words.texts[number.start][:1].isdigit():
        # "10-и летний": the adjective's stem is the unit; after a fraction it is
        # only an adjective ("половины месячной нормы"), and after a number in
        # words too: nobody splits "двухмесячный", so "две месячные нормы" counts норм
        tail = compound_tail(norms[end]) if end < len(norms) else None
        if tail:
            return _finish(words, index, end + 1, index, number.end, *values, tail, "compound")
    if unit is None and second is None:
        inverted = _unit_before(words, number)
        if inverted is not None:
            return inverted
    if unit is None:
        unit, unit_end = _unwritten_unit(words, index, number, end)
    figure = _figure_of_number(words, index, number, second, values, unit, unit_end, end)
    return figure._replace(bound=lead_bound) if lead_bound else figure


def _unit_before(words, number):
    """'процентов на двадцать', 'сантиметров сорок', 'рублей 280': a unit in
    the genitive plural put before a number says the figure roughly, the unit
    word opens the figure and its bound is approx (numbers.json, inverted_order).
    Else None."""
    start = number.start
    if number.kind != "cardinal" or words.tokens is None:
        return None
    rule = load_json("numbers.json")["inverted_order"]
    unit_at = start - 2 if start > 1 and words.norms[start - 1] in rule["prepositions"] else start - 1
    if unit_at < 0 or unit_at > 0 and _closes_a_number(words, unit_at - 1):
        return None   # '5 метров сорок', '2 млн рублей 300' go on a figure already read
    if _ratio_word_before(words, start, rule) and not _counts_a_noun_after(words, number):
        figure = _finish(words, start - 2, number.end, start, number.end, number.value, None, None, "times", number.kind)
        return figure if figure.bound else figure._replace(bound="approx")
    unit, unit_end = read_unit(words.norms, unit_at)
    if unit is None or unit_end != unit_at + 1 or not _agrees_put_before(words, unit_at, number, rule):
        return None
    figure = _finish(words, unit_at, number.end, start, number.end, number.value, None, None, unit, number.kind)
    return figure if figure.bound else figure._replace(bound="approx")


def _agrees_put_before(words, unit_at, number, rule):
    """Whether the word before a number takes the form the number asks of its
    unit: the genitive plural ('рублей 280', 'долларов восемьдесят'), or after
    два, три, четыре, полтора the genitive singular ('месяца за четыре',
    'часа на три', 'рубля три'); there the number must not count a noun after
    it ('часа три человека'), and 'раза два в неделю' counts times. The tagger misreads the case of a word out of
    its usual place ('кубометров' as a dative), so pymorphy3's readings of the
    form count too."""
    morph = words.tokens[unit_at].morph
    if morph.get("Case") == ["Gen"] and morph.get("Number") == ["Plur"] or _may_be(words.texts[unit_at], "plur"):
        return True
    return _asks_singular_unit(words, number, rule) and _may_be(words.texts[unit_at], "sing") \
        and words.norms[unit_at] not in rule["ratio_words"] and not _counts_a_noun_after(words, number)


def _asks_singular_unit(words, number, rule):
    """'четыре', 'двадцать три', 'два с половиной', 'полторы': the number's
    words end in one that takes its unit in the genitive singular."""
    norms = words.norms[number.start:number.end]
    return any(norm in rule["singular_unit_numbers"] for norm in norms) and not any(norm in scale_words() for norm in norms)


def _may_be(text, number_feature):
    """Whether pymorphy3 reads the word as a noun in the genitive, of that number."""
    return any({"NOUN", "gent", number_feature} <= parse.tag.grammemes for parse in analyzer().parse(text))


def _ratio_word_before(words, start, rule):
    """'взлетел раз в десять', 'выросла раза в полтора': 'раз' and 'в' before the
    number say 'в десять раз' roughly (numbers.json, inverted_order ratio_words)."""
    return start > 1 and words.norms[start - 1] == rule["ratio_preposition"] \
        and words.norms[start - 2] in rule["ratio_words"]


def _counts_a_noun_after(words, number):
    """'раз в три года', 'раз в 10 дней': a noun after the number is counted by
    it, so 'раз в' says how often, not how many times more."""
    return number.end < len(words.texts) and pos(words, number.end) in ("NOUN", "PROPN")


def _scale_before(words, index):
    """'тыщ 9', 'тысяч тридцать', 'тысячи три', 'сотни полторы': a scale word
    put before a number says the amount roughly, as 'рублей 280' does; the scale
    word opens the figure and its bound is approx (numbers.json, inverted_order).
    Else None."""
    rule = load_json("numbers.json")["inverted_order"]
    norm = words.norms[index]
    scale = rule["scales"].get(norm) or rule["singular_scales"].get(norm)
    if scale is None or index + 1 >= len(words.norms) or index > 0 and _closes_a_number(words, index - 1):
        return None
    number = read_number(words.texts, index + 1, words.gaps)
    if number is None or number.kind != "cardinal" or number.value >= 1000 or number.value_max is not None \
            or number.end < len(words.norms) and words.norms[number.end] in number_words().scales:
        return None
    if norm in rule["singular_scales"] and not _asks_singular_unit(words, number, rule):
        return None   # 'тысячи', 'сотни' stand before два, три, четыре, полтора only
    figure = _finish(words, index, number.end, index, number.end, number.value * scale, None, None, "count", "cardinal")
    return figure if figure.bound else figure._replace(bound="approx")


def _closes_a_number(words, index):
    """Is word `index` a number or its scale word ('5', 'млн')?"""
    return is_number_start(words.texts[index]) or words.norms[index].rstrip(".") in scale_words()


def _period_of_fraction(words, number):
    """'половину тысячелетия' (500 years), 'четверть века', 'полтора века'
    (150 years): a fraction of a period is a length of time in the period's
    unit, not a share; 'полтора' takes the period in the same genitive singular."""
    one_and_a_half = number.kind == "cardinal" and number.end == number.start + 1 and number.value == 1.5
    if number.kind != "fraction" and not one_and_a_half or number.end >= len(words.norms):
        return None
    found = read_period_of_fraction(words.norms[number.end])
    if found is None:
        return None
    unit, size = found
    return _finish(words, number.start, number.end + 1, number.start, number.end,
                   number.value * size, None, None, unit, "fraction")


def _bound_inside(words, end):
    """"два с половиной", "два с лишним раза": the bound sits between number
    and unit; the bound, and where the figure goes on after it."""
    norms = words.norms
    lead_bound = None
    if end + 1 < len(norms) and norms[end] == "с":
        lead_bound = _bound_after(words, end)
        if lead_bound:
            end += 2
    return lead_bound, end


def _read_range(words, index, number, end):
    """"5 – 7%" written apart, and "от 5 до 7 тысяч" / "с 14 до 11": the values
    (value, value_max, value_from), the second number, the unit written after
    the first number, and where the figure goes on."""
    value, value_max = number.value, number.value_max
    second, _ = _second_number(words, number, end)
    if second is None:
        return (value, value_max, None), None, None, end
    first_unit = read_unit(words.norms, end)[0]
    before = _opener(words, index)
    digits = _written_digits(words, second) or _words_before_scale(words, second)
    if second.value > 1 and second.end > second.start + 1 and _without_scale(words, number) \
            and digits and (value < digits or before in FROM_PREPOSITIONS):
        # "от 5 до 7 тысяч", "с 2 до 3 трлн", "от трёх до девяти тысяч": the scale
        # written once serves both ends; "от 500 до 4 тыс.": a low end above
        # the high end's digits takes no scale
        value = value * second.value / digits
    if before in FROM_PREPOSITIONS:
        return (second.value, value_max, value), second, first_unit, second.end
    return (value, second.value, None), second, first_unit, second.end


def _written_unit(words, number, end, values, first_unit):
    """The unit word after the number and where it ends (unit None if there is
    none), with the values, which a unit in hundredths turns into the currency
    and a shortened 'тысяч рублей' ('т. р.') multiplies by a thousand."""
    thousands = read_thousands(words.norms, end)
    if thousands:
        # "3,2 т. р." is 3200 rub: the shortened scale and currency in one
        unit, scale, unit_end = thousands
        return unit, unit_end, tuple(_times(value, scale) for value in values)
    unit, unit_end = _unit_word(words, number, end, values[1])
    hundredths = read_hundredths(words.norms, end) if unit is None else None
    if hundredths:
        # "17 копеек" is 0.17 rub: the figure is given in the currency itself
        unit, per, unit_end = hundredths
        values = tuple(_part_of(value, per) for value in values)
    if unit is None and first_unit is not None:
        unit, unit_end = first_unit, end   # "с двух часов до одного"
    return unit, unit_end, values


def _unit_word(words, number, end, value_max):
    norms = words.norms
    if comparison_mark_end(norms, end) is not None:
        return None, end   # '+0,4 млн кв/кв': the quarters compared, no unit 'кв'
    if _time_ago_not_counted(words, number, end):
        return None, end   # 'против 3,9 год назад': 'год назад' says when; the number counts something else
    unit, unit_end = read_unit(norms, end)
    if unit is None:
        unit, unit_end = read_currency_after_adjective(norms, end)
    if unit is None:
        unit, unit_end = _measure_after_adjective(words, end)
    unit, unit_end = read_power(words.texts, words.gaps, unit, unit_end)
    unit, unit_end = read_rate_of_measure(words.texts, words.gaps, norms, unit, unit_end)
    if unit is None:
        unit, unit_end = read_hyphenated_measure(norms, end)
    if unit is None and value_max is None:
        unit, unit_end = read_fractional_measure(words.texts, norms, number.start, number.end, end)
    if unit is None:
        unit, unit_end = read_multiple_mark(words.texts, words.gaps, end)
    if unit is None:
        unit, unit_end = read_letter_unit(words.texts, end, pos(words, end + 1))
    return unit, unit_end


def _time_ago_not_counted(words, number, end):
    """'4,6 заказа против 3,9 год назад', 'против 32 тыс. год назад': a period
    noun in the nominative singular before 'назад' that the number before it
    cannot count (a count of years would say '3,9 года', '32 тыс. лет'; only
    a number ending in one, not eleven, takes 'год': '21 год назад')."""
    norms, time_ago = words.norms, load_json("numbers.json")["time_ago"]
    if end + 1 >= len(norms) or norms[end] not in time_ago["periods"] or norms[end + 1] != time_ago["ago"]:
        return False
    value = number.value
    return value != int(value) or int(value) % 10 != 1 or int(value) % 100 == 11


def _unwritten_unit(words, index, number, end):
    """The unit when no unit word follows: a rate, a ratio, else the number's kind."""
    norms = words.norms
    if number.kind == "cardinal" and end < len(norms) and comparison_mark_end(norms, end) is None:
        unit, unit_end = read_per_unit(words.texts, words.gaps, norms, end)
        if unit is not None:
            return unit, unit_end
    rate_end = _rate_or_average(words, number, end)
    if rate_end is not None:
        return "other", rate_end
    if _measure_of_a_body(words, end):
        return "other", end + 1
    if end < len(norms) and norms[end] in TIMES_WORDS \
            and (_word_before_list(words, index) == "в" or _has_fraction_digits(words.texts[number.start])):
        # "в 2 раза", "в 2, 3 и 5 раз"; and "достиг 2,2 раза": nothing happens
        # 2.2 times, so a decimal is a ratio
        return "times", end + 1
    return {"multiplicative": "times", "fraction": "fraction"}.get(number.kind, "count"), end


def _measure_of_a_body(words, end):
    """'массой не менее 1,3 земной': the adjective of a body at word `end` with
    no noun after it stands for that body's measure (units.json measures_of_a_body)."""
    adjective = token_at(words, end)
    if adjective is None or adjective.pos_ != "ADJ" \
            or lemma_of(adjective) not in load_json("units.json")["measures_of_a_body"]["lemmas"]:
        return False
    return pos(words, end + 1) not in ("NOUN", "PROPN", "ADJ")


def _word_before_list(words, index):
    """The word before a list of bare numbers that ends at word `index`
    ('в' of 'в 2, 3 и 5 раз'); the word before `index` when no list ends there."""
    index = list_end(words.norms, index, -1, NUMERAL_JOINERS, DECIMAL_DIGITS_OR_WHOLE.match)
    return words.norms[index - 1] if index else ""


def _rate_or_average(words, number, end):
    """Where a rate read after the number ends, else None.

    '4,6 случая на 1 000 родившихся', '36,5 на 100 тыс. человек': a number
    with a fraction before a round base above one is a rate, unit other, its
    base inside the span. Per one thing ('13 человек на место', '6 заявок на
    один грант') or on average ('2,2 резюме', '5,8 ночи') the number still
    counts its noun: a count, the noun its metric (CLAIMS.md; fresh-o..t gold).
    """
    norms = words.norms
    if number.kind != "cardinal" or end >= len(norms) or norms[end] in TIMES_WORDS:
        return None
    # the number read last ends in a fraction: not '1,3 до 1,45 млн', whose scale makes it whole
    if not _has_fraction_digits(words.texts[end - 1]):
        return None
    noun_end = end + 1 if _counted_noun(words, end) else end
    return _per_base(words, noun_end)


def _counted_noun(words, index):
    if index >= len(words.norms) or not words.norms[index].isalpha() or words.norms[index] == "на":
        return False
    return words.tokens is None or words.tokens[index].pos_ == "NOUN"


def _per_base(words, index):
    """'на 1 000 жителей' at index: the end of the phrase, else None. A base
    of one ('на одну вакансию') is no rate's base: the number counts per item."""
    if index + 2 >= len(words.norms) or words.norms[index] != "на" \
            or words.norms[index + 1] in per_base_table()["located_forms"]:
        return None
    base = read_number(words.texts, index + 1, words.gaps)
    if base is None or base.value_max is not None or base.value not in per_base_table()["round_bases"] \
            or base.value == 1:
        return None
    return base.end + 1 if _names_the_base(words, base.end) else None


# Parts of speech that may name what a base counts ('жителей', 'родившихся живыми').
BASE_NOUN_TAGS = ("NOUN", "PROPN", "ADJ", "VERB")


def _names_the_base(words, index):
    if index >= len(words.norms) or not words.norms[index].isalpha():
        return False
    return words.tokens is None or words.tokens[index].pos_ in BASE_NOUN_TAGS


def _figure_of_number(words, index, number, second, values, unit, unit_end, end):
    value, value_max, value_from = values
    if unit == "count":
        unit_end = end
    elif value_max is None and value_from is None:
        value, unit_end = _with_lower_part(words, unit, unit_end, value)
    if _below_zero(words.norms, unit_end) and value > 0:
        value, value_max = -value, -value_max if value_max is not None else None
    start, number_start, number_end, unit = _span_start(words, index, number, second, value_from, unit)
    return _finish(words, start, unit_end, number_start, number_end, value, value_max, value_from, unit, number.kind)


def _span_start(words, index, number, second, value_from, unit):
    """Where the span and its number start and where the number ends, and the
    unit, which a unit sign before the number ("$3,3 млрд") may give."""
    start, number_start, number_end = index, index, number.end
    if value_from is not None:
        # "с 14 до 11%": only the target number is the figure (devset notes:
        # "the 'from' number is not a separate claim"); it is the new value
        start, number_start, number_end = second.start, second.start, second.end
    if start and prefix_unit(words.norms[start - 1]) and words.gaps[start - 1] in ("", " "):
        unit = prefix_unit(words.norms[start - 1]) if unit == "count" else unit
        start = start - 1
    return start, number_start, number_end, unit


def _times(number, scale):
    return number * scale if number is not None else None


def _part_of(number, per):
    return number / per if number is not None else None


def _with_lower_part(words, unit, end, value):
    """'1 рубль 85 копеек', '5 лет и 6 месяцев': the smaller part written
    after the whole belongs to the same figure, added as a fraction of it."""
    start = end + 1 if end < len(words.norms) and words.norms[end] == "и" else end
    if start >= len(words.texts) or not words.texts[start][:1].isdigit() and not is_number_start(words.texts[start]):
        return value, end
    part = read_number(words.texts, start, words.gaps)
    if part is None or part.value_max is not None or part.value <= 0 or part.end >= len(words.norms):
        return value, end
    given_in_the_part = unit == "other" and read_part_given_in_the_part(words.norms, _unit_word_before(words, end), part.end)
    if given_in_the_part and part.value < given_in_the_part[0]:
        # '24 минуты 31,2 секунды': unit other has no size, so the figure is given in the part (1471.2)
        per, part_end = given_in_the_part
        return value * per + part.value, part_end
    found = read_lower_part(words.norms, part.end, unit)
    if found is None or part.value >= found[0]:
        return value, end
    per, part_end = found
    return _with_part_of_the_part(words, value + part.value / per, per, part_end)


def _with_part_of_the_part(words, value, per, end):
    """'2 часа 14 минут 37 секунд': the part's own smaller part (seconds after
    the minutes of hours) belongs to the figure too, as a fraction of a part;
    the gold keeps a race time whole (fresh-cs, as fresh-am and -cm do without hours)."""
    if end >= len(words.texts) or not words.texts[end][:1].isdigit():
        return value, end
    part = read_number(words.texts, end, words.gaps)
    if part is None or part.value_max is not None or part.value <= 0 or part.end >= len(words.norms):
        return value, end
    found = read_part_given_in_the_part(words.norms, _unit_word_before(words, end), part.end)
    if found is None or part.value >= found[0]:
        return value, end
    smaller_per, part_end = found
    return value + part.value / (per * smaller_per), part_end


def _unit_word_before(words, end):
    """The unit word that ends at `end`, with its abbreviation dot ('мин.', cut by the tokenizer)."""
    if end >= 2 and words.norms[end - 1] == "." and words.gaps[end - 2] == "":
        return words.norms[end - 2] + "."
    return words.norms[end - 1]


def _measure_after_adjective(words, end):
    """'три выходных дня': the unit after one adjective, when the parse (if
    any) hangs the adjective on that unit word; '20 опрошенных год назад'
    counts people, not years."""
    unit, unit_end = read_measure_after_adjective(words.norms, end)
    if unit is None or words.tokens is None:
        return unit, unit_end
    adjective = words.tokens[end]
    unit_tokens = {token.i for token in words.tokens[end + 1:unit_end]}
    if adjective.pos_ == "ADJ" and adjective.head.i in unit_tokens:
        return unit, unit_end
    return None, end


def _below_zero(norms, end):
    """'30 градусов мороза': a measure the words after it put below zero."""
    return any(tuple(norms[end:end + len(phrase)]) == phrase for phrase in number_words().negative_after)


def _has_fraction_digits(text):
    return bool(DECIMAL_DIGITS.match(text))


def _plain_digits(text):
    return text.replace(",", "").replace(".", "").isdigit()


def _second_number(words, number, end):
    """The other end of a range: '5 – 7', 'от 5 до 7', 'с 14 до 11'."""
    norms = words.norms
    count = len(norms)
    if end + 1 >= count or number.value_max is not None:
        return None, end
    link = norms[end]
    opener = _opener(words, number.start)
    first_unit, after_unit = read_unit(norms, end)
    if first_unit and after_unit + 1 < count and norms[after_unit] == "до" and opener in (*FROM_PREPOSITIONS, "от"):
        link, end = "до", after_unit
    # "почти половина — 91 млрд —": a share in words and the amount it makes
    # are one part said twice, not the two ends of a range
    if link in RANGE_LINKS and number.kind != "fraction" and not _id_before_a_spaced_dash(words, number, end) \
            and not _year_label_of_a_series(words, number.start, end) and (words.texts[end + 1][:1].isdigit() or _signed_digits(words, end + 1)):
        second = read_number(words.texts, end + 1, words.gaps)
        return (second, end + 1) if second else (None, end)
    if link in RANGE_LINKS and _words_on_both_sides(words, number, end + 1):
        return read_number(words.texts, end + 1, words.gaps), end + 1
    if link == "до" and opener in (*FROM_PREPOSITIONS, "от"):
        second = _range_end(words, end + 1)
        return (second, end + 1) if second else (None, end)
    if link in _alternative_links() and is_number_start(words.texts[end + 1]):
        second = read_number(words.texts, end + 1, words.gaps)
        return (second, end + 1) if _is_next_whole_number(words, number, second) else (None, end)
    return None, end


def _words_on_both_sides(words, number, after_dash):
    """'по двести восемьдесят — триста двадцать рублей': two whole cardinals in
    words joined by a dash, the second above the first and within ten times it,
    are a range, as '280–320' is; 'сто — два года назад' is not, nor 'ещё один –
    полтора года', where 'один' stands for a person."""
    if number.kind != "cardinal" or number.value < 2 or words.texts[number.start][:1].isdigit() \
            or not is_number_start(words.texts[after_dash]) or words.texts[after_dash][:1].isdigit():
        return False
    second = read_number(words.texts, after_dash, words.gaps)
    return second is not None and second.kind == "cardinal" and second.value_max is None \
        and float(second.value).is_integer() and number.value < second.value < 10 * number.value


def _id_before_a_spaced_dash(words, number, dash):
    """'с котельной № 3 – 70 градусов': a number after '№' is an id, and a dash
    with spaces on both sides after it opens what is said of the thing ('№ 3–5'
    written tight stays a range of ids)."""
    start = number.start
    signs = load_json("numbers.json")["number_signs"]
    return start > 0 and words.norms[start - 1] in signs and words.gaps[dash - 1] != "" and words.gaps[dash] != ""


def _year_label_of_a_series(words, start, dash):
    """'переписи: 1897 — 3 912 человек, 1939 — 8 205': in a series of values
    labelled by years, each year and its value are not the two ends of a range.
    The series shows itself by a second year before a spaced dash; '1941 — 1945'
    (a year at both ends) stays a range."""
    if not _spaced_year_label(words, start, dash) or _is_series_year(words.texts[dash + 1]):
        return False
    return any(_spaced_year_label(words, other, other + 1) for other in range(len(words.texts) - 2) if other != start)


def _spaced_year_label(words, start, dash):
    """A year standing alone before a dash with spaces on both sides, then digits ('1939 — 8 205')."""
    texts = words.texts
    return dash == start + 1 and dash + 1 < len(texts) and texts[dash] in RANGE_LINKS \
        and _is_series_year(texts[start]) and words.gaps[start] != "" and words.gaps[dash] != "" \
        and texts[dash + 1][:1].isdigit()


def _is_series_year(text):
    # from the first censuses on: a series of populations often starts in the 18th century
    return len(text) == 4 and text.isdigit() and 1700 <= int(text) <= 2100


def _opener(words, start):
    """The word that opens a range or a from-to change before the number at
    `start`: 'от 5 до 7', 'с 14 до 11', and past one adjective of the starting
    value ('с нынешних 412 до 268 долларов')."""
    norms = words.norms
    before = norms[start - 1] if start else ""
    if start > 1 and norms[start - 2] in FROM_PREPOSITIONS and pos(words, start - 1) == "ADJ":
        return norms[start - 2]
    return before


def _range_end(words, index):
    """The number after 'до' in 'от 5 до 7', with its sign ('до +10',
    'до плюс 10'), else None."""
    texts = words.texts
    sign = number_words().range_end_signs.get(words.norms[index])
    if sign is not None and index + 1 < len(texts) and texts[index + 1][:1].isdigit():
        number = read_number(texts, index + 1, words.gaps)
        return number._replace(start=index, value=sign * number.value) if number else None
    if is_number_start(texts[index]) or _signed_digits(words, index):
        return read_number(texts, index, words.gaps)
    return None


@lru_cache(maxsize=None)
def _alternative_links():
    return frozenset(load_json("numbers.json")["neighbour_alternatives"]["links"])


def _is_next_whole_number(words, number, second):
    """'два или три', '5 или 6', '2 или 3 млн': the next whole number is a
    rough range; a number further off ('02 или 112') is another choice."""
    if second is None or second.value_max is not None or not float(number.value).is_integer():
        return False
    return number.value + 1 in (second.value, _written_digits(words, second))


def _written_digits(words, number):
    """The digits of a number as written, before its scale word ('3' of '3 млн')."""
    text = words.texts[number.start]
    return float(text.replace(",", ".")) if _plain_digits(text) and text.count(",") <= 1 else None


def _words_before_scale(words, number):
    """The number words of a number before its one closing scale word
    ('девяти' of 'девяти тысяч', as 9), else None."""
    last = number.end - 1
    if last <= number.start or words.norms[last].rstrip(".") not in scale_words():
        return None
    before = read_number(words.texts[:last], number.start)
    if before is None or before.end != last or words.texts[number.start][:1].isdigit():
        return None
    return before.value


def _without_scale(words, number):
    """Whether a number is written without a scale word of its own: one token
    of digits ('5'), or number words with no 'тысяч' among them ('двадцати пяти')."""
    if number.end == number.start + 1:
        return True
    norms = words.norms[number.start:number.end]
    return not words.texts[number.start][:1].isdigit() and not any(norm.rstrip(".") in scale_words() for norm in norms)


def _signed_digits(words, index):
    """'-25', '+7' cut by razdel into a sign and digits ("-20…-25", "+5…+7")."""
    return words.texts[index] in SIGNS and index + 1 < len(words.texts) \
        and words.texts[index + 1][:1].isdigit() and words.gaps[index] == ""


def _finish(words, start, end, number_start, number_end, value, value_max, value_from, unit, kind):
    if _plus_glued_before(words, start) and unit not in CHANGE_SIGNED_UNITS:
        start -= 1   # "до +12": razdel cuts the plus off, but it is written as part of the number
    bound, preposition = _bound_before(words, start)
    preposition = preposition or fused_prepositions().get(words.norms[number_start])
    after_bound = _bound_after(words, end if unit != "count" else number_end)
    if after_bound:
        bound = after_bound
    if start and words.norms[start - 1] in SIGNS and words.gaps[start - 1] == "" and value > 0 \
            and words.texts[start - 1] in ("−", "-") and (start < 2 or words.gaps[start - 2] != ""):
        value = -value
    if value_max is not None and value_max < value:
        value, value_max = value_max, value   # "-20…-25 градусов": low end first
    if unit == "count" and _bare_signed(words, start, end):
        unit = signed_bare_unit()
    if bound == "less_than" and preposition == "до" and value_from is not None:
        bound = None
    end = _without_final_stop(words, end)
    return Figure(start, end, number_start, number_end, value, value_max, value_from,
                  unit, bound, preposition, kind)


def _without_final_stop(words, end):
    """'20,1 млн т.' closing a sentence: a unit symbol takes no dot of its own
    ('км', 'т'), so the dot is the sentence's full stop and stays out of the span."""
    if end == len(words.texts) and end >= 2 and words.texts[end - 1] == "." \
            and words.norms[end - 2] in symbols_without_dot():
        return end - 1
    return end


def _bound_before(words, start):
    """(bound, preposition) written before the figure: 'более чем на 10%', 'почти в 2 раза'."""
    prepositions = bound_tables()[4]
    norms = words.norms
    preposition = None
    position = start
    for _ in range(2):
        length, bound = bound_written_before(norms, position)
        if bound:
            if preposition == "на" and length == 1 and norms[position - 1] in comparisons_by():
                return None, preposition     # 'больше на 300': by how much, no bound
            if norms[position - 1] == "до":
                preposition = "до"
            elif norms[position - 1] == "от":
                # "от 5 до 7" is a range, not a bound
                return None, preposition
            return bound, preposition
        if position and norms[position - 1] in prepositions and preposition is None:
            preposition = norms[position - 1]
            position -= 1
            continue
        break
    return None, preposition


def _bound_after(words, end):
    _, _, after, longest, _ = bound_tables()
    for length in range(longest, 0, -1):
        bound = after.get(tuple(words.norms[end:end + length]))
        if bound:
            return bound
    return None


# Words that may stand between "до N" and "с M" of one change ("в день", "в год").
TARGET_FIRST_GAP = 3


def join_target_first(words, figures):
    """'снизилась до 6,4% с 7,2%': a from-to change written target first.

    The "с" number is the starting value of the "до" figure before it (the
    from-to rule: only the target is a figure), so it is folded into that
    figure's value_from. Run on figures already kept as claims, so a date
    ("до 10% с 1 января") is gone before it could be taken for a start.
    """
    joined = []
    for figure in figures:
        target = joined[-1] if joined else None
        if target is not None and _starts_change_of(words, target, figure):
            # "до" marks the target of the change here, not a cap
            bound = None if target.bound == "less_than" else target.bound
            joined[-1] = target._replace(value_from=figure.value, bound=bound)
            continue
        start = joined[-1] if joined else None
        if start is not None and _starts_change_of(words, figure, start, target_first=False):
            # "с 6,9% в январе до 6,2% в феврале": a period between the two ends
            bound = None if figure.bound == "less_than" else figure.bound
            joined[-1] = figure._replace(value_from=start.value, bound=bound)
            continue
        joined.append(figure)
    return joined


def _same_unit(words, target, figure, target_first):
    """'до 96,3 млрд рублей с 71,5 млрд': written after the target, the start
    may leave out the unit and end on its scale word; it is read in the
    target's unit."""
    if figure.unit == target.unit:
        return True
    if not (target_first and figure.unit == "count" and words.norms[figure.end - 1].rstrip(".") in scale_words()):
        return False
    # nothing counted after it ('с 5 млн акционеров'): the clause ends, or a
    # period phrase follows ('с 71,5 млрд годом ранее')
    after = words.norms[figure.end] if figure.end < len(words.norms) else "."
    return not after[:1].isalpha() or after in _period_phrase_openers()


@lru_cache(maxsize=None)
def _period_phrase_openers():
    return frozenset(normalize(phrase).split()[0] for phrase in load_json("units.json")["time_phrases"]["phrases"])


def _starts_change_of(words, target, figure, target_first=True):
    """Is `figure` ("с N", "с январских N") the start of the change whose "до"
    figure is `target`, the two written target first or, with words between,
    start first ("с 43% в 1990 году до 21%": a year's period phrase between)?"""
    opener = _start_opener(words, figure)
    if target.preposition != "до" or opener is None or target.value_from is not None:
        return False
    if not _same_unit(words, target, figure, target_first) or figure.value_max is not None or target.value_max is not None:
        return False
    if target_first:
        between = words.texts[target.end:opener]
    else:
        between = words.texts[figure.end:target.start - 1]
    return len(between) <= TARGET_FIRST_GAP and all(word.isalpha() or looks_like_year(word) for word in between)


def _start_opener(words, figure):
    """Index of the "с" that opens the starting value, right before it or past
    one adjective ('с январских 2,4%'), else None."""
    if _opener(words, figure.start) not in FROM_PREPOSITIONS:
        return None
    return figure.start - 1 if words.norms[figure.start - 1] in FROM_PREPOSITIONS else figure.start - 2
