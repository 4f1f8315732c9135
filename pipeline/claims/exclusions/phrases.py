"""Phrases around a figure that make it no claim: a match score, the top of a
rating scale ('4 из 5'), a list marker, a heading's number ('Недели 1–2.'), a
formula, a margin of error ('±3'), an idiom, a face-off ('два на два'), the base
of a rate ('на 100 тыс. населения'), a denied figure ('не половину, а треть')
and a duration that is another figure's period ('29 млн долларов в течение 10 лет').
"""
import re

from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims.exclusions.number_words import _per_one
from pipeline.claims.exclusions.shared import (
    DIGITS_ONLY, DURATION_UNITS, MONEY_AND_SHARES, PLAIN_INTEGER, _counts_a_noun, _head_of_phrase, _lemma,
    _number_text,
    _top_of_number_phrase, _word, cues)
from pipeline.claims.figures import find_figures
from pipeline.claims.units import CURRENCIES, PART_OF_WHOLE_UNITS, per_base_table, unit_table

# the mark of a rating: a whole or decimal number ('4', '8,5')
PLAIN_MARK = re.compile(r"^\d+(?:[.,]\d+)?$")
# how many words before the mark a rating word ('оценка', 'балл') may stand
RATING_WORD_REACH = 4

# units a rate may be given per a round amount of ('расход 8 литров на 100 км')
BASE_MEASURE_UNITS = {"km", "m", "kg", "t", "l", "ha"}
from pipeline.claims.word_kinds import measure_words
from pipeline.claims.words import feature, pos


def is_score(words, figure):
    """'счёт 2-1', 'со счётом 3 – 2': a match score written with a dash."""
    if figure.unit != "count" or (figure.value_max is None and figure.value_from is None):
        return False
    return any(word in cues()["score_nouns"] for word in words.norms[max(0, figure.start - 4):figure.start])


def is_top_of_scale(words, figure):
    """'моя оценка — 4 из 5', 'Ставлю 4 звезды из 5', 'загруженность достигла 9
    баллов из 10': the number after 'из' is the top of a rating scale, which
    measures nothing; the mark before it is the claim. Only with a rating word
    just before the mark: '8,5 очков из 11' at a tournament counts the rounds
    played, and the gold keeps it (factRuEval devset, fresh-t)."""
    if figure.unit != "count" or figure.start != figure.number_start or figure.bound is not None:
        return False
    if _word(words, figure.start - 1) != "из" or _counts_a_noun(words, figure.end):
        return False
    mark = figure.start - 2
    if _lemma(words, mark) in cues()["rating_scale_words"]:
        mark -= 1   # '4 звезды из 5': the rated thing's noun stands between
    if not PLAIN_MARK.match(_word(words, mark)):
        return False
    return any(_lemma(words, index) in cues()["rating_scale_words"]
               for index in range(max(0, mark - RATING_WORD_REACH), figure.start - 1))


def is_list_marker(words, figure):
    """'1. Михаил Саакашвили', '2) ...': numbering, not a quantity."""
    start, end = figure.number_start, figure.number_end
    if figure.unit != "count":
        return False
    if all(not word[:1].isalnum() for k, word in enumerate(words.texts) if not start <= k < end):
        return True   # "4" or "Пять." alone: a section number
    if _alone_on_line(words, start, end):
        return True   # a verse or section number on a line of its own, within a longer passage
    if not PLAIN_INTEGER.match(_number_text(words, figure)):
        return False
    if _word(words, end) in cues()["keycap_marks"]:
        return True   # "1⃣ Поднять зарплату": an emoji keycap numbers the item
    if _word(words, end) not in cues()["list_marker_after"]:
        return False
    if _opens_a_line(words, start):
        return True
    following = words.texts[end + 1:end + 2]
    return _word(words, start - 1) in (")", ".", ";", ":") and (not following or following[0][:1].isupper())


def is_heading_number(words, figure):
    """'Недели 1–2. Чередуйте ...', 'Шаг 3: ...': a noun in the nominative
    opening its line, a bare number or range after it and a full stop or
    colon numbers a step or a part of a plan, as a heading does; no noun is
    counted. ('Погибших 12.' opens with a genitive, which counts.)"""
    label, end = figure.start - 1, figure.end
    if figure.unit != "count" or figure.start != figure.number_start or label < 0:
        return False
    if not _opens_a_line(words, label):
        return False
    if _word(words, end) not in cues()["heading_number_after"]:
        return False
    return words.texts[label][:1].isupper() and pos(words, label) == "NOUN" and feature(words, label, "Case") == "Nom"


def _alone_on_line(words, start, end):
    """Line breaks (or the passage's edges) on both sides of the number."""
    closes = end >= len(words.texts) or "\n" in words.gaps[end - 1]
    return _opens_a_line(words, start) and closes


def _opens_a_line(words, index):
    """Whether the word at `index` starts the passage or a line of it."""
    return index == 0 or "\n" in words.gaps[index - 1]


def is_formula(words, figure):
    """'(+6 – 0 = 5)': numbers joined by signs with an '=' are arithmetic."""
    signs = cues()["formula_signs"]
    left, right = figure.start, figure.end
    while left > 0 and (words.norms[left - 1] in signs or DIGITS_ONLY.match(words.norms[left - 1])):
        left -= 1
    while right < len(words.norms) and (words.norms[right] in signs or DIGITS_ONLY.match(words.norms[right])):
        right += 1
    return _equation(words.norms[left:right]) or _glued_plus(words, figure) or _first_factor(words, figure)


def is_margin_of_error(words, figure):
    """'18 земных масс (±3)': how far the figure before may be off, no quantity of its own."""
    return figure.start > 0 and words.norms[figure.start - 1] in cues()["margin_signs"]


def _equation(run):
    """Numbers on both sides of an '=': 'Стоимость = 28200 ₽' sets a value, it computes nothing."""
    if "=" not in run:
        return False
    equals = run.index("=")
    return any(DIGITS_ONLY.match(w) for w in run[:equals]) and any(DIGITS_ONLY.match(w) for w in run[equals + 1:])


def _first_factor(words, figure):
    """'3 × 4 м', '4 × 100 м': a bare count before a multiplication sign and
    another number is a factor of the product, which counts nothing alone."""
    end = figure.number_end
    return figure.unit == "count" and figure.end == end and end + 1 < len(words.texts) \
        and words.norms[end] in cues()["product_signs"] and words.texts[end + 1][:1].isdigit()


def _glued_plus(words, figure):
    """'в формате 2+2', '«5+2»': counts glued by a plus name a format."""
    if figure.unit != "count":
        return False
    start, end = figure.number_start, figure.number_end
    after = end + 1 < len(words.texts) and words.texts[end] == "+" and words.gaps[end - 1] == "" \
        and words.gaps[end] == "" and words.texts[end + 1][:1].isdigit()
    before = start > 1 and words.texts[start - 1] == "+" and words.gaps[start - 1] == "" \
        and words.gaps[start - 2] == "" and words.texts[start - 2][:1].isdigit()
    return after or before


def is_rate_base(words, figure):
    """'$290 за тысячу кубометров', '38 рублей за штуку', 'цена одного
    килограмма': the base a price is per;
    '12 случаев на 100 тыс. населения', '8,4 на 1000 жителей': the base a rate is per;
    'номер на двоих', 'стоит на троих': the people a price or a room is for."""
    start = figure.start
    if _per_round_base(words, figure) or _base_before_share_verb(words, figure) or _one_priced(words, figure) \
            or _one_unit_of_work(words, figure):
        return True
    if _word(words, start - 1) == "на" and figure.end == figure.number_end \
            and words.norms[figure.number_start] in cues()["collective_for_words"]:
        return True
    # 'за' before the figure ('за $1') or before its number: '7,5 тыс. рублей
    # за одну особь' may be read as one figure that begins at 'рублей'
    start = next((first for first in (figure.start, figure.number_start) if _word(words, first - 1) == "за"), None)
    if start is None or start < 2:
        return False
    before = words.norms[start - 2]
    if DIGITS_ONLY.match(before) or before[-1:].isdigit():
        return True   # '$370–380 за тысячу кубометров': a range ends in a digit too
    return unit_table()[0].get((before,)) in CURRENCIES


def _after_per(words, start):
    """Whether 'на' stands before word `start`, alone or with 'каждый'
    between ('на каждую тысячу жителей'): the base a rate is per."""
    if _lemma(words, start - 1) == "каждый":
        start -= 1
    return _word(words, start - 1) == "на"


def _per_round_base(words, figure):
    """'на 100 тыс. населения' after what is counted: a number, or a noun in
    the genitive plural ('детей на тысячу жителей'). After a verb, 'на 1000
    человек' is the size of a change and stays a claim."""
    start = figure.start
    if figure.value not in per_base_table()["round_bases"] or figure.value_max is not None \
            or not _after_per(words, start) or start < 2:
        return False
    counted = start - 2 if _word(words, start - 1) == "на" else start - 3
    if figure.unit != "count":
        # '8 литров на 100 км', '2,7 доллара за тысячу кубометров на 100 км':
        # a measure per a round distance or weight right after another unit
        return figure.unit in BASE_MEASURE_UNITS and unit_table()[0].get((words.norms[counted],)) is not None
    if words.texts[counted][:1].isdigit():
        return True
    return _names_what_is_counted(words, counted)


def _names_what_is_counted(words, index):
    """The word before 'на 100 тыс.' names what the rate counts: a noun or a
    substantivised participle in the genitive plural ('детей на тысячу жителей',
    'число погибших на 100 пострадавших'), or a noun in the genitive singular
    that a decimal counts ('64,8 случая на 10 тысяч'). A noun in the singular
    with no number before it ('сокращение штата на 100 человек') is what changes."""
    if feature(words, index, "Case") != "Gen":
        return False
    if feature(words, index, "Number") == "Plur":
        return pos(words, index) in ("NOUN", "ADJ", "VERB")
    return pos(words, index) == "NOUN" and _word(words, index - 1)[:1].isdigit()


def _one_priced(words, figure):
    """'Стоимость одного часа работы', 'цена одного килограмма': one unit
    that a price (or another quantity asked for) is given for, whatever unit it is in."""
    if figure.value != 1 or figure.value_max is not None or figure.number_start < 1 \
            or not words.norms[figure.number_start].isalpha():
        return False
    # "Сколько стоит содержание одного километра дороги": one unit a question prices
    return _lemma(words, figure.number_start - 1) in cues()["price_nouns"] \
        or _per_one(words, figure.number_start, cues()["per_one_phrases"])


# Units one of which is never the thing a cost or a rate is given per:
# 'в течение одного года' is a span of time, 'одного процента' a share.
NOT_PER_ONE_UNITS = DURATION_UNITS | {"hour", "percent", "percentage_point", "fraction", "times"} | CURRENCIES


def _one_unit_of_work(words, figure):
    """'ремонта одного квадратного метра', 'на выработку одного киловатт-часа',
    'ремонт одного километра дороги': one unit of a measure in the genitive right
    after the noun of the work done on it is what a cost or a use is given per,
    like 'стоимость одного километра' (_one_priced); it measures nothing."""
    first = figure.number_start
    if figure.value != 1 or figure.value_max is not None or figure.unit in NOT_PER_ONE_UNITS \
            or figure.unit == "count" or not words.norms[first].isalpha() or first < 1:
        return False
    return feature(words, first, "Case") == "Gen" and pos(words, first - 1) == "NOUN"


# Words and marks between a fronted base's noun and its verb ('на 100 браков, таким образом, пришлось').
SHARE_VERB_REACH = 5


def _base_before_share_verb(words, figure):
    """'на одну вакансию приходится 2,2 резюме', 'на 100 браков пришлось 69
    разводов': a round number after 'на' whose noun is followed by
    приходиться is what the figure after the verb is given per."""
    # only 'на' right before: 'на каждые 10 трудоустроенных приходится один
    # пенсионер' counts in factru-devset, 'на каждую тысячу жителей приходится 430
    # автомобилей' does not in fresh-cc; the gold is split, so 'каждый' changes nothing here
    if figure.unit != "count" or figure.value not in per_base_table()["round_bases"] \
            or figure.value_max is not None or _word(words, figure.start - 1) != "на":
        return False
    after = range(figure.end + 1, min(figure.end + 1 + SHARE_VERB_REACH, len(words.norms)))
    verb = next((k for k in after if _lemma(words, k) in measure_words("share_verbs")), None)
    if verb is None:
        return False
    # "на десять игроков приходится 41%": a share of the whole goes to them; they are no base
    given = next((other for other in find_figures(words) if other.start > verb), None)
    return given is not None and given.unit not in PART_OF_WHOLE_UNITS


def is_idiom(words, figure):
    """'Два в одном': a fixed phrase whose number counts nothing."""
    for phrase in cues()["idiom_phrases"]:
        for offset in range(len(phrase)):
            begin = figure.number_start - offset
            if begin >= 0 and tuple(words.norms[begin:begin + len(phrase)]) == phrase:
                return True
    return False


def is_face_off(words, figure):
    """'Два на два', 'турнир три на три': the same number on both sides of
    'на', counting nothing after it, pairs sides or names a game format
    (like the idiom 'один на один'); 'три на три метра' measures, and stays."""
    start, end = figure.number_start, figure.number_end
    if figure.unit != "count" or figure.end != end or end != start + 1:
        return False
    number, links = words.norms[start], cues()["face_off_links"]
    if _word(words, end) in links and _word(words, end + 1) == number:
        return not _counts_a_noun(words, end + 2)
    if _word(words, start - 1) in links and _word(words, start - 2) == number:
        return not _counts_a_noun(words, end)
    return False


CORRECTION_REACH = 3   # words between a denied figure and ', а'


def is_denied(words, figure):
    """'Не половину, а около трети': a figure denied and corrected by the
    one after ', а' is no claim; the correction is."""
    before = figure.start - 1
    if figure.preposition is not None and _word(words, before) == figure.preposition:
        before -= 1   # "не на 5%, а на 7%"
    if _word(words, before) != "не":
        return False
    after = words.norms[figure.end:figure.end + CORRECTION_REACH + 2]
    return any(after[k] == "," and after[k + 1:k + 2] == ["а"] for k in range(len(after) - 1))


# What a duration may be the period of: amounts, shares and counts ('наблюдали в течение
# пяти лет за 2 840 пациентами').
FRAMED_UNITS = MONEY_AND_SHARES | {"count"}


def _counts_the_subject(words, figure):
    """'две страны в течение 65 лет остаются …': a count of who does it; the
    duration is how long they do it, a claim of its own."""
    if figure.unit != "count":
        return False
    return _top_of_number_phrase(words.tokens[figure.number_start]).dep_.startswith("nsubj")


# Marks that close a clause: an amount past one of them is framed by no span after it
CLAUSE_MARKS = CLAUSE_DASHES | {",", ";", ":"}


def _clause_mark_between(words, figure, other):
    """Whether a comma, dash, colon or semicolon stands between two figures."""
    low, high = sorted((figure, other), key=lambda each: each.start)
    return any(text in CLAUSE_MARKS for text in words.texts[low.end:high.start])


def is_frame_of_another(words, figure):
    """'потратит 29 млн долларов в течение 10 лет', 'заложено 1 200 млрд
    рублей на три года': a duration that the same verb takes beside an
    amount is that amount's period (its time), not a claim. A term of its
    own ('штраф 10 млн рублей и запрет ... в течение 5 лет') hangs on
    another word and stays. So does a term in a clause of its own, past a
    comma, dash, colon or semicolon ('по 1 млн рублей тем, кто едет в село,
    программа рассчитана на пять лет')."""
    if figure.unit not in DURATION_UNITS or words.tokens is None \
            or _word(words, figure.start - 1) not in cues()["frame_prepositions"]:
        return False
    doc = words.tokens[0].doc
    holder = _head_of_phrase(words.tokens[figure.number_start])
    for other in find_figures(words):
        if other.start == figure.start or other.unit not in FRAMED_UNITS or _counts_the_subject(words, other) \
                or _clause_mark_between(words, figure, other):
            continue
        if holder in {token.i for token in words.tokens[other.start:other.end]}:
            return True   # "900 млрд рублей на три года"
        if doc[holder].pos_ == "VERB" and _head_of_phrase(words.tokens[other.number_start]) == holder:
            return True   # "потратит 29 млн долларов в течение 10 лет": one verb takes both
    return False
