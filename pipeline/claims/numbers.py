"""Reading a number from a run of words: digits or Russian number words.

Pure functions over token texts (no spaCy): the component hands in the
words of a sentence and the whitespace between them, and gets back where
a number starts and ends and what it is worth. Handles thousands groups
split by razdel ("12 000" is two tokens), decimal commas, signs, ranges
written as one token ("5–7"), number words in any case and gender
("двадцати трёх"), полтора, fractions ("две трети"), multiplicatives
("вдвое") and scale words or abbreviations ("3,3 млрд").
"""
import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.claims.dash_marks import RANGE_DASH_CLASS
from pipeline.claims.lexicon import forms_to_values, load_json, normalize, phrase_key
from pipeline.tokenize import razdel_words

# A minus may be typed as hyphen, en dash or the proper sign.
_SIGN = "[-+−–]"
DIGITS = re.compile(rf"^({_SIGN})?(\d+)(?:[.,](\d+))?$")
# "1.200.000": dots as thousands separators only when they repeat.
DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")
THOUSANDS_GROUP = re.compile(r"^\d{3}$")
# "3 400,5 млн": the last group may carry the decimal part.
LAST_THOUSANDS_GROUP = re.compile(r"^\d{3}[.,]\d+$")
LEADING_GROUP = re.compile(r"^[-+−–]?\d{1,3}$")
# "5–7", "10-15": a range in one token.
DIGIT_RANGE = re.compile(r"^(\d+(?:[.,]\d+)?)" + RANGE_DASH_CLASS + r"(\d+(?:[.,]\d+)?)$")
# "пять-семь", "пять–шесть": edited text joins number words with an en dash
# as often as with a hyphen, and razdel keeps either in one token.
WORD_RANGE_DASH = re.compile(RANGE_DASH_CLASS)
# "2 850–3 000": razdel makes "850–3" one token, the last group of the low
# end glued by the dash to the first group of the high end.
GROUP_RANGE = re.compile(r"^(\d{3})" + RANGE_DASH_CLASS + r"(\d{1,3})$")
# "5-ти", "3-х", "2-м": a cardinal with its case ending spelled out.
CASE_SUFFIXED = re.compile(r"^(\d+)-(ти|х|ми|ью|ю|и|ух|ем|ех)$")
# Gaps that may stand inside a digit group: plain, no-break and thin spaces.
GROUP_GAPS = {" ", "\u00a0", "\u202f", "\u2009", ""}
SLASH_FRACTION = re.compile(r"^(\d{1,3})/(\d{1,4})$")
SIGNS = {"-": -1, "−": -1, "+": 1}


class Number(NamedTuple):
    start: int          # index of the first word
    end: int            # index after the last word
    value: float
    value_max: float | None = None
    kind: str = "cardinal"   # cardinal, collective, fraction, multiplicative


class NumberWords(NamedTuple):
    cardinals: dict
    collective: dict
    half: dict
    scales: dict
    group_scales: dict
    half_scales: dict
    fractions: dict
    multiplicatives: dict
    group_nouns: dict
    group_nouns_after_bound: dict
    iteratives: dict
    every: frozenset
    nth: dict
    sign_words: dict
    negative_after: tuple
    range_end_signs: dict


@lru_cache(maxsize=None)
def number_words():
    data = load_json("numbers.json")
    scales = forms_to_values(data["scales"])
    scales.update(forms_to_values(_money_scale_entries(data)))
    scales.update({normalize(k): v for k, v in data["scale_abbreviations"].items()})
    return NumberWords(
        cardinals=forms_to_values(data["cardinals"]),
        collective=forms_to_values(data["collective"]),
        half=forms_to_values(data["half"]),
        scales=scales,
        group_scales=forms_to_values({k: v for k, v in data["group_scales"].items() if isinstance(v, dict)}),
        half_scales=forms_to_values(data["half_scales"]) | _fused_half_scales(data),
        fractions=forms_to_values(data["fractions"]),
        multiplicatives=forms_to_values(data["multiplicatives"]),
        group_nouns=forms_to_values(data["group_nouns"]),
        group_nouns_after_bound=forms_to_values(
            {k: v for k, v in data["group_nouns_after_bound"].items() if isinstance(v, dict)}),
        iteratives=forms_to_values({k: v for k, v in data["iteratives"].items() if isinstance(v, dict)}),
        every=frozenset(data["every_nth"]["каждый"]),
        nth=forms_to_values({k: v for k, v in data["every_nth"].items() if isinstance(v, dict)}),
        sign_words={normalize(k): v for k, v in data["sign_words"]["before"].items()},
        negative_after=tuple(phrase_key(p) for p in data["sign_words"]["negative_after"]),
        range_end_signs={normalize(k): v for k, v in data["sign_words"]["range_end"].items()},
    )


def without_half_prefix(norm):
    """'миллиона' of 'полмиллиона', 'литра' of 'пол-литра': the word that 'пол'
    is fused with when that word has a genitive singular ending, else None."""
    half = load_json("numbers.json")["half_prefix"]
    for prefix in half["prefixes"]:
        rest = norm[len(prefix):]
        if norm.startswith(prefix) and rest.isalpha() and rest.endswith(tuple(half["genitive_endings"])) \
                and not rest.endswith(tuple(half["plural_endings"])):
            return rest
    return None


def _fused_half_scales(data):
    """{'полмиллиарда': 5e8, 'полсотни': 50, 'полдюжины': 6, ...}: 'пол' fused
    with any form of a scale or group noun (numbers.json half_prefix)."""
    wholes = forms_to_values(data["scales"]) | forms_to_values(data["group_nouns"]) \
        | forms_to_values({k: v for k, v in data["group_scales"].items() if isinstance(v, dict)})
    fused = {}
    for form, value in wholes.items():
        for prefix in data["half_prefix"]["prefixes"]:
            if without_half_prefix(prefix + form) == form:
                fused[prefix + form] = value / 2
    return fused


def _money_scale_entries(data):
    return {key: entry for key, entry in data["money_scales"].items() if isinstance(entry, dict)}


@lru_cache(maxsize=None)
def money_scale_units():
    """{form: currency} of the slang scales that name their currency too ('косарей': rub)."""
    entries = _money_scale_entries(load_json("numbers.json"))
    return {normalize(form): entry["unit"] for entry in entries.values() for form in entry["forms"]}


@lru_cache(maxsize=None)
def _singular_money_scales():
    entries = _money_scale_entries(load_json("numbers.json"))
    return frozenset(normalize(form) for entry in entries.values() for form in entry["singular"])


def parse_digits(text):
    """'10' -> 10.0, '3,3' -> 3.3, '-2.5' -> -2.5, '1.200.000' -> 1200000.0, else None."""
    if DOTTED_THOUSANDS.match(text):
        return float(text.replace(".", ""))
    match = DIGITS.match(text)
    if not match:
        return None
    sign, whole, fraction = match.groups()
    value = float(f"{whole}.{fraction}") if fraction else float(whole)
    return -value if sign and SIGNS.get(sign[0], 1) < 0 else value


def is_number_start(word):
    """Cheap test the component uses to visit only tokens that may open a number."""
    if word[:1].isdigit() or (word[:1] in SIGNS and word[1:2].isdigit()):
        return True
    key = normalize(word)
    words = number_words()
    return (_word_range(key) is not None or key in words.cardinals or key in words.collective or key in words.sign_words or key in words.half
            or key in words.half_scales or key in words.fractions
            or key in words.multiplicatives or key in words.scales
            or key in words.group_nouns or key in words.group_nouns_after_bound
            or key in words.iteratives or key in words.every
            or (key in words.nth and key.endswith(_nth_part_endings())))


@lru_cache(maxsize=None)
def _nth_part_endings():
    """Endings an ordinal before 'часть' may have: the accusative, and the
    nominative that _nth_part takes only after a bound word (numbers.json nth_part)."""
    rule = load_json("numbers.json")["nth_part"]
    return tuple(rule["ordinal_endings"]) + tuple(rule["nominative_endings"])


def read_number(words, start, gaps=None, after_bound=False):
    """The number that begins at words[start], or None.

    `gaps[i]` is the whitespace between words[i] and words[i + 1]; without
    it, words are taken as separated by single spaces. `after_bound` says a
    bound word ("около", "более") stands before, which makes "тысячи" one
    thousand rather than "thousands".
    """
    word = words[start]
    if word in SIGNS and start + 1 < len(words) and words[start + 1][:1].isdigit() \
            and _gap(gaps, start) == "":
        # razdel cuts "-2" in two; the sign belongs to the number
        number = _read_digits(words, start + 1, gaps)
        if number is None:
            return None
        return number._replace(start=start, value=SIGNS[word] * number.value)
    sign = number_words().sign_words.get(normalize(word))
    if sign is not None:
        # "минус 5 градусов": the sign written as a word
        number = read_number(words, start + 1, gaps) if start + 1 < len(words) else None
        if number is None or number.value < 0:
            return None
        return number._replace(start=start, value=sign * number.value,
                               value_max=sign * number.value_max if number.value_max is not None else None)
    if word[:1].isdigit() or word[:1] in SIGNS:
        number = _read_digits(words, start, gaps)
    else:
        number = _read_words(words, start, after_bound)
    return _with_half(words, number)


def _with_half(words, number):
    """'два с половиной' adds a half."""
    if number is None or number.end + 1 >= len(words):
        return number
    if normalize(words[number.end]) == "с" and normalize(words[number.end + 1]) == "половиной":
        # "две с половиной тысячи": the scale word comes after the half
        return _with_scale(words, number.end + 2, number._replace(end=number.end + 2, value=number.value + 0.5))
    return number


def _gap(gaps, index):
    return " " if gaps is None else gaps[index]


def _read_digits(words, start, gaps):
    word = words[start]
    fraction = _slash_fraction(words, start)
    if fraction is not None:
        return fraction
    range_match = DIGIT_RANGE.match(word)
    if range_match:
        low, high = range_match.groups()
        end = start + 1
        if high.isdigit() and len(high) <= 3:
            high, end = _glue_groups(words, end, gaps, high)   # "500–1 000"
        return _with_scale(words, end, Number(start, end, parse_digits(low), parse_digits(high)))
    suffixed = CASE_SUFFIXED.match(word)
    if suffixed:
        return _with_scale(words, start + 1, Number(start, start + 1, float(suffixed.group(1))))
    value = parse_digits(word)
    if value is None:
        return None
    end = start + 1
    # razdel cuts "12 000" in two: glue 3-digit groups after a 1-3 digit head.
    if LEADING_GROUP.match(word):
        digits = word
        while (end < len(words) and THOUSANDS_GROUP.match(words[end])
               and _gap(gaps, end - 1) in GROUP_GAPS):
            digits += words[end]
            end += 1
        if end < len(words) and LAST_THOUSANDS_GROUP.match(words[end]) and _gap(gaps, end - 1) in GROUP_GAPS \
                and _gap(gaps, end - 1) != "":
            digits += words[end]
            end += 1
        group_range = GROUP_RANGE.match(words[end]) if end < len(words) else None
        if group_range and _gap(gaps, end - 1) in GROUP_GAPS and _gap(gaps, end - 1) != "":
            low = parse_digits(digits + group_range.group(1))
            high, end = _glue_groups(words, end + 1, gaps, group_range.group(2))
            return _with_scale(words, end, Number(start, end, low, parse_digits(high)))
        value = parse_digits(digits)
    return _with_smaller_scale(words, gaps, _with_scale(words, end, Number(start, end, value)))


def _slash_fraction(words, start):
    """'1/300 ключевой ставки': a fraction (numbers.json slash_fractions), else None."""
    match = SLASH_FRACTION.match(words[start])
    if not match:
        return None
    rule = load_json("numbers.json")["slash_fractions"]
    part, whole = int(match.group(1)), int(match.group(2))
    if not 0 < part < whole <= rule["largest_denominator"]:
        return None
    if start > 0 and normalize(words[start - 1]) in rule["not_after"]:
        return None   # "поезд № 145/146": a name
    if start + 1 < len(words) and normalize(words[start + 1]) in rule["stage_words"]:
        return None   # "в 1/8 финала": a round of a tournament
    return Number(start, start + 1, part / whole, kind="fraction")


def _with_smaller_scale(words, gaps, number):
    """'1 млн 62 тыс.': a number with a smaller scale word right after a
    scaled one is its remainder, one number (1 062 000)."""
    scale = _closing_scale(words, number)
    end = number.end
    if scale is None or number.value_max is not None or end >= len(words) or not words[end][:1].isdigit() \
            or _gap(gaps, end - 1).strip():
        return number
    rest = _read_digits(words, end, gaps)
    if rest is None or rest.value_max is not None or rest.value >= scale:
        return number
    if _closing_scale(words, rest) is None and not _bare_remainder(rest, scale):
        return number
    return number._replace(end=rest.end, value=number.value + rest.value)


def _bare_remainder(rest, scale):
    """'47 тысяч 300 человек': whole hundreds written bare after 'тысяч' are
    the rest of the same number (47 300); after 'млн' a bare number is too far
    below to be its remainder."""
    return scale == 1000 and float(rest.value).is_integer()


def _closing_scale(words, number):
    """The scale word a number ends with ('тыс.', 'млн'), as its value, else None."""
    table = number_words()
    last = number.end - 1
    if words[last] == "." and last > number.start:
        last -= 1
    if last == number.start:
        return None
    key = normalize(words[last])
    return table.scales.get(key) or table.group_scales.get(key)


def _glue_groups(words, end, gaps, digits):
    """Add the 3-digit groups razdel split off after `digits` ("3" + "000")."""
    while end < len(words) and THOUSANDS_GROUP.match(words[end]) and _gap(gaps, end - 1) in GROUP_GAPS \
            and _gap(gaps, end - 1) != "":
        digits += words[end]
        end += 1
    return digits, end


def _with_scale(words, end, number):
    """Apply a following scale word ("тысяч", "млн", "млрд.") to the number."""
    if end >= len(words):
        return number
    table = number_words()
    scale = table.scales.get(normalize(words[end])) or table.group_scales.get(normalize(words[end]))
    if scale is None:
        return number
    end += 1
    # razdel leaves the dot of "тыс." (and of a stray "млн.") as its own token
    if end < len(words) and words[end] == "." and _dot_belongs_to_scale(words, end):
        end += 1
    value_max = number.value_max * scale if number.value_max is not None else None
    return number._replace(end=end, value=number.value * scale, value_max=value_max)


def _dot_belongs_to_scale(words, dot):
    if normalize(words[dot - 1]) == "тыс":
        return True
    following = words[dot + 1] if dot + 1 < len(words) else ""
    return bool(following) and following[:1].islower()


def _read_words(words, start, after_bound=False):
    table = number_words()
    key = normalize(words[start])
    share = _share_out_of_every(words, start)
    if share is not None:
        return share
    for kind, lookup in (("multiplicative", table.multiplicatives),
                         ("collective", table.collective)):
        if key in lookup:
            return Number(start, start + 1, float(lookup[key]), kind=kind)
    if key in table.half_scales:
        return Number(start, start + 1, float(table.half_scales[key]))
    if key in table.fractions:
        return Number(start, start + 1, float(table.fractions[key]), kind="fraction")
    if key in table.cardinals or key in table.half:
        return _compose_cardinal(words, start)
    word_range = _word_range(key)
    if word_range:
        return _with_scale(words, start + 1, Number(start, start + 1, *word_range))
    if key in table.group_nouns:
        return Number(start, start + 1, float(table.group_nouns[key]))
    # "около сотни": genitive singular only after a bound; "сотни людей" alone is vague
    if after_bound and key in table.group_nouns_after_bound:
        return Number(start, start + 1, float(table.group_nouns_after_bound[key]))
    if key in table.iteratives:
        return Number(start, start + 1, float(table.iteratives[key]))
    nth_part = _nth_part(words, start, key)
    if nth_part:
        return nth_part
    # "каждый третий" is a third
    if key in table.every and start + 1 < len(words) and normalize(words[start + 1]) in table.nth:
        return Number(start, start + 2, 1 / table.nth[normalize(words[start + 1])], kind="fraction")
    if key in table.scales:
        return _bare_scale(words, start, key, after_bound)
    return None


def _bare_scale(words, start, key, after_bound):
    """A bare singular scale noun counts one of it: "тысяча человек"; with
    number words after it, they are its remainder: "тысяча восемьсот" (1800),
    "до тысячи двухсот" (1200). Else None."""
    scale = number_words().scales[key]
    rest = _remainder_in_words(words, start + 1, scale)
    if rest is not None and key in SINGULAR_SCALES | GENITIVE_SINGULAR_SCALES:
        return Number(start, rest.end, scale + rest.value)
    if key in SINGULAR_SCALES or key in _singular_money_scales() or (after_bound and key in GENITIVE_SINGULAR_SCALES):
        return Number(start, start + 1, scale)
    return None


def _remainder_in_words(words, start, scale):
    """The number words after a bare scale noun that make its remainder, or None.
    The remainder opens with tens or hundreds: 'тысячи три' is a rough three
    thousand said in inverted order, not 1003."""
    if start >= len(words):
        return None
    first = number_words().cardinals.get(normalize(words[start]))
    if first is None or first < 10:
        return None
    rest = _compose_cardinal(words, start)
    return rest if rest is not None and rest.value < scale else None


def _share_out_of_every(words, start):
    """'двое из каждых трёх', 'один из каждых 10': a share, the first number
    over the second (numbers.json, out_of_every), else None."""
    rule = load_json("numbers.json")["out_of_every"]
    if start + 2 >= len(words) or normalize(words[start + 1]) not in rule["out_of"]:
        return None
    if normalize(words[start + 2]) not in number_words().every:
        return _share_out_of_a_small_whole(words, start, rule)
    if start + 3 >= len(words):
        return None
    part, whole = _whole_number_word(words[start]), _whole_number_word(words[start + 3])
    if part is None or not whole or part >= whole:
        return None
    return Number(start, start + 4, part / whole, kind="fraction")


def _share_out_of_a_small_whole(words, start, rule):
    """'двое из трёх', 'трое из десяти': a collective numeral out of a whole
    ratios are told in is a share without каждых; so is a cardinal above one
    out of ten, 'девять из десяти' (numbers.json, out_of_every), else None."""
    part = number_words().collective.get(normalize(words[start]))
    whole = _whole_number_word(words[start + 2])
    if part is None:
        part = _cardinal_word_above_one(words[start])
        whole = whole if whole in rule["cardinal_ratio_wholes"] else None
    if part is None or not whole or part >= whole or whole not in rule["ratio_wholes"]:
        return None
    return Number(start, start + 3, part / whole, kind="fraction")


def _cardinal_word_above_one(word):
    """The value of a cardinal number word above one ('девять'), else None;
    digits are left alone ('9 баллов из 10' is a score)."""
    value = number_words().cardinals.get(normalize(word))
    return float(value) if value is not None and value > 1 else None


def _whole_number_word(word):
    """The value of a cardinal or collective numeral, or of plain digits, else None."""
    table = number_words()
    key = normalize(word)
    if word.isdigit():
        return float(word)
    value = table.cardinals.get(key, table.collective.get(key))
    return None if value is None else float(value)


def _nth_part(words, start, key):
    """'на пятую часть больше', 'приходится почти пятая часть': a fifth
    (numbers.json, nth_part), else None."""
    rule = load_json("numbers.json")["nth_part"]
    denominator = number_words().nth.get(key)
    if denominator is None or denominator < rule["smallest"]:
        return None
    if not key.endswith(tuple(rule["ordinal_endings"])) and not _nominative_part_after_bound(words, start, key, rule):
        return None
    if start + 1 >= len(words) or normalize(words[start + 1]) not in rule["part_words"]:
        return None
    return Number(start, start + 2, 1 / denominator, kind="fraction")


def _nominative_part_after_bound(words, start, key, rule):
    """'почти пятая часть': a nominative ordinal is a share only after a bound
    word; alone it may name a section ('вторая часть фильма')."""
    return key.endswith(tuple(rule["nominative_endings"])) and start > 0 \
        and normalize(words[start - 1]) in rule["nominative_after"]


def _word_range(key):
    """'пять-семь', 'двух-трёх', 'полтора-два', 'пять–шесть': two cardinals
    (or полтора) joined by a hyphen or a dash, the smaller first, are a range
    (low, high); else None."""
    parts = WORD_RANGE_DASH.split(key, maxsplit=1)
    if len(parts) != 2:
        return None
    low, high = parts
    table = number_words()
    low = table.cardinals.get(low, table.half.get(low))
    high = table.cardinals.get(high, table.half.get(high))
    if low is None or high is None or low >= high:
        return None
    return float(low), float(high)


# "тысячи"/"миллионы" alone are vague ("тысячи людей"); only forms that are
# surely singular count one thousand. "тысячи" is also genitive singular
# ("около тысячи"), which read_number accepts when told the word before is a bound.
SINGULAR_SCALES = {
    "тысяча", "тысячу", "тысячей", "тысяче",
    "миллион", "миллиона", "миллиону", "миллионом", "миллионе",
    "миллиард", "миллиарда", "миллиарду", "миллиардом", "миллиарде",
    "триллион", "триллиона", "триллиону", "триллионом", "триллионе",
}
GENITIVE_SINGULAR_SCALES = {"тысячи"}


def _compose_cardinal(words, start):
    """Add up "двести тридцать пять тысяч сто" word by word, largest parts first."""
    table = number_words()
    total = 0.0       # completed groups, already scaled
    group = 0.0       # the group being built before its scale word
    smallest = None   # the last part added, so "двадцать пять" adds but "пять двадцать" stops
    end = start
    while end < len(words):
        key = normalize(words[end])
        part = table.cardinals.get(key, table.half.get(key))
        if part is not None:
            if smallest is not None and not _fits_after(smallest, part):
                break
            group += part
            smallest = part
            end += 1
            continue
        scale = table.scales.get(key) or table.group_scales.get(key)
        if scale and group:
            total += group * scale
            group, smallest = 0.0, None
            end += 1
            if end < len(words) and words[end] == "." and key == "тыс":
                end += 1
            continue
        if key in table.fractions and group and end == start + 1:
            # "две трети", "три четверти": a numerator before a fraction word.
            return Number(start, end + 1, group * table.fractions[key], kind="fraction")
        break
    if end == start:
        return None
    return Number(start, end, total + group)


def _fits_after(previous, part):
    """Whether `part` may follow `previous` inside one written-out number."""
    if previous % 1:          # nothing follows полтора
        return False
    if previous >= 100:
        return part < 100
    if previous >= 20 and previous % 10 == 0:
        return part < 10
    return False


def parse_number(text):
    """Convenience for tests and callers holding a string: the number at its start."""
    tokens = razdel_words(text)
    words = [token.text for token in tokens]
    if not words:
        return None
    gaps = _gaps_between(text, tokens)
    return read_number(words, 0, gaps)


def _gaps_between(text, tokens):
    return [text[left.stop:right.start] for left, right in zip(tokens, tokens[1:])] + [""]
