"""Numbers that say which one, not how many: ordinals written in digits or
words, places in a ranking ('в первую десятку') and spans of positions
('места с 19 по 29').
"""
import re

from pipeline.claims.exclusions.shared import (
    AGE_LIST_LINKS, PLAIN_INTEGER, _counts_a_noun, _lemma, _number_text, _word, cues)
from pipeline.claims.lexicon import FROM_PREPOSITIONS, load_json
from pipeline.claims.word_kinds import first_conjunct, noun_parses
from pipeline.claims.words import feature, pos, token_at

ORDINAL_ACCUSATIVE = re.compile(r"^\d+-ю$")
ORDINAL_PLURAL = re.compile(r"^\d+-х$")


def _cardinal_ends_in_kh(value):
    """двух, трёх, четырёх (and 22, 33 ...): the numbers '-х' may write as a cardinal."""
    return value % 10 in (2, 3, 4) and not 12 <= value % 100 <= 14


def is_ordinal(words, figure):
    """Digits read as an ordinal by agreement ('на 4 этаже') or by their noun ('581 место')."""
    text = _number_text(words, figure)
    # "3-ю линию": '-ю' is 'третью' before a singular noun ('с 5-ю детьми' counts)
    if ORDINAL_ACCUSATIVE.match(text) and feature(words, figure.number_end, "Number") == "Sing":
        return True
    # "11-х классов", "5-х годов": '-х' ends an ordinal, except on a number
    # whose cardinal ends so too ('в 2-х томах' is 'двух', a count)
    if ORDINAL_PLURAL.match(text) and not _cardinal_ends_in_kh(int(text[:-2])):
        return True
    # "430 тыс. человек": a number with a scale word is never an ordinal
    if figure.unit != "count" or not PLAIN_INTEGER.match(text) or figure.number_end != figure.number_start + 1:
        return False
    noun = figure.number_end
    if _lemma(words, noun) in cues()["ordinal_nouns"] and feature(words, noun, "Number") != "Plur":
        return not _paucal_count(words, figure, noun) and not _level_after_one(words, figure, noun)
    number = feature(words, noun, "Number")
    if number != "Sing" or pos(words, noun) != "NOUN" or _plural_only_form(words, noun):
        return False
    value = int(text)
    if value % 10 == 1 and value % 100 != 11:
        return False
    if value % 10 in (2, 3, 4) and not 12 <= value % 100 <= 14:
        return not _genitive_singular(words, noun)
    return not _genitive_plural_reading(words, noun)


def is_ordinal_spelled_as_fraction(words, figure):
    """'в третью смену' (the third shift): a fraction word that agrees in
    the accusative with the noun after it is the ordinal it is spelled like;
    the instrumental fraction governs a genitive ('третью рабочего времени').
    Read before a time noun, the pair took that noun for a unit ('растут в
    цене уже третью неделю подряд'), so the unit is not asked: the word is
    checked instead."""
    if figure.number_end != figure.number_start + 1:
        return False
    if words.norms[figure.number_start] not in cues()["fraction_ordinal_homographs"]:
        return False
    noun = figure.number_end
    if pos(words, noun) != "NOUN" or _lemma(words, noun) in load_json("numbers.json")["nth_part"]["part_words"]:
        return False
    return feature(words, noun, "Case") == "Acc" and feature(words, noun, "Number") == "Sing"


def is_ordinal_ending(words, figure):
    """'во 2 м корпусе', 'к 3м годам': an ordinal's case ending typed as 'м'
    reads like metres. After a preposition, with a noun or adjective in the
    preposition's case following, it is '2-м' ('5 м ткани' measures: genitive)."""
    end = figure.number_end
    if figure.unit != "m" or figure.end != end + 1 or _word(words, end) != "м" \
            or pos(words, figure.number_start - 1) != "ADP":
        return False
    if pos(words, figure.end) not in ("NOUN", "ADJ"):
        return False
    return feature(words, figure.end, "Case") not in (None, "Gen")


def is_compound_ordinal(words, figure):
    """'зимой сорок второго', 'в сто первый раз': a round cardinal in words
    followed by an ordinal word is one ordinal ('двух первых туров' counts)."""
    if figure.unit != "count" or figure.number_end != figure.number_start + 1 or figure.end != figure.number_end:
        return False
    if _number_text(words, figure)[:1].isdigit() or figure.value < 20 or figure.value % 10:
        return False
    return _lemma(words, figure.end) in cues()["ordinal_number_words"]


ORDINAL_DIGITS = re.compile(r"^\d+-(?:й|я|е|го|му|м|ю|х|ми|ым|ой)$")
ORDINAL_LIST_REACH = 4   # words back from a bare number to the ordinal that opens its list


def is_listed_after_ordinal(words, figure):
    """'3-й эскадрон полностью и 1 и 2 частично': bare numbers listed after
    an ordinal written with its ending repeat that ordinal; they count nothing."""
    start = figure.number_start
    if figure.unit != "count" or figure.end != start + 1 or not PLAIN_INTEGER.match(_number_text(words, figure)):
        return False
    if _counts_a_noun(words, figure.end):
        return False
    index = start - 1
    while index >= max(0, start - ORDINAL_LIST_REACH) and (_word(words, index) in AGE_LIST_LINKS
                                                          or PLAIN_INTEGER.match(_word(words, index))):
        index -= 1
    link_seen = any(word in AGE_LIST_LINKS for word in words.norms[index + 1:start])
    # the ordinal's noun and an adverb may stand between: '3-й эскадрон полностью и 1'
    for back in range(index, max(-1, index - 3), -1):
        if ORDINAL_DIGITS.match(_word(words, back)):
            return link_seen
    return False


def is_rank_bracket(words, figure):
    """'вошли в первую десятку', 'остался в десятке лидеров': a top ten is a
    place in a ranking, not ten of something."""
    if _number_text(words, figure).lower() not in cues()["rank_brackets"]:
        return False
    before = figure.start - 1
    return _word(words, before) in ("в", "во") or _lemma(words, before) in cues()["period_ordinals"]


def _plural_only_form(words, noun):
    """'120 дискаунтеров': a noun form no singular reading of the dictionary
    fits is plural whatever the tagger said, so the number counts it (an
    ordinal would agree with a singular noun)."""
    readings = [parse.tag for parse in noun_parses(words.texts[noun])]
    return bool(readings) and all(tag.number == "plur" for tag in readings)


def _genitive_plural_reading(words, noun):
    """'показал 17 премьер': the form after 5 and up is the genitive plural,
    and a dictionary reading of that form (премьера) outweighs the tagger's
    singular one (премьер, a prime minister) right after a counted number."""
    return any(parse.tag.number == "plur" and parse.tag.case == "gent"
               for parse in noun_parses(words.texts[noun]))


def _genitive_singular(words, noun):
    """The form a noun takes after 2-4. A masculine animate accusative is the
    same form ('обманули 2 пенсионера'), and the tagger may call it either."""
    case = feature(words, noun, "Case")
    return case == "Gen" or (case == "Acc" and feature(words, noun, "Animacy") == "Anim"
                             and feature(words, noun, "Gender") == "Masc")


# Where a counted noun phrase stands as a whole: "откроют 3 школы" (object).
ARGUMENT_DEPS = {"nsubj", "nsubj:pass", "obj", "root"}


def _paucal_count(words, figure, noun):
    """'откроют 3 школы': after 2-4 a counted noun is genitive singular, the
    same form an ordinal's noun takes in 'ученики 3 класса'. The count reads
    so only where the phrase is itself a subject or object; hanging from
    another noun, the number names which one."""
    value = int(figure.value)
    if value % 10 not in (2, 3, 4) or 12 <= value % 100 <= 14:
        return False
    token = token_at(words, noun)
    if token is None or feature(words, noun, "Case") != "Gen":
        return False
    # "упал на 3 пункта": the size of a change counts, whatever the parse hangs it from;
    # "повредили 17 больниц и 42 школы": a later conjunct stands where the first one stands
    return first_conjunct(token).dep_ in ARGUMENT_DEPS or figure.preposition in cues()["change_prepositions"] \
        or _in_a_row_of_counts(token)


def _in_a_row_of_counts(token):
    """'свыше 6 тыс. зданий, в том числе 17 больниц и 42 школы': joined by 'и'
    to a plural noun that a number counts, the noun is counted too, wherever
    the row hangs ('ученики 3 класса и 4 класса' joins singulars: ordinals)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
        counted = any(child.dep_.startswith("nummod") and child.pos_ == "NUM" for child in token.children)
        if counted and "Plur" in token.morph.get("Number"):
            return True
    return False


def _level_after_one(words, figure, noun):
    """'поднялся с 38 до 61 пункта': after a number ending in 1 a cardinal
    takes the genitive singular too ('до шестидесяти одного пункта'), so an
    index's points after a preposition of level are counted, not numbered."""
    value = int(figure.value)
    if value % 10 != 1 or value % 100 == 11:
        return False
    table = cues()
    return _lemma(words, noun) in table["level_ordinal_nouns"] and feature(words, noun, "Case") == "Gen" \
        and _word(words, figure.number_start - 1) in table["level_prepositions"]


def is_grade_range(words, figure):
    """'Завтрак (1–4 классы)', 'для учащихся 1–9 классов': a dashed range of
    whole numbers before a school year's noun in the plural says which years,
    not how many ('в школе 3–4 класса' may count: singular after 2-4)."""
    if figure.unit != "count" or figure.value_max is None or figure.end != figure.number_end:
        return False
    if not (float(figure.value).is_integer() and float(figure.value_max).is_integer()):
        return False
    noun = figure.end
    return _lemma(words, noun) in cues()["grade_nouns"] and feature(words, noun, "Number") == "Plur"


def is_position_range(words, figure):
    """'места с 19 по 29', 'с 3 по 17': 'с N по M' spans positions or dates, not amounts."""
    start, end = figure.number_start, figure.number_end
    if figure.unit != "count" or not PLAIN_INTEGER.match(_number_text(words, figure)):
        return False
    if _word(words, start - 1) in FROM_PREPOSITIONS and _word(words, end) == "по" and PLAIN_INTEGER.match(_word(words, end + 1)):
        return True
    return _word(words, start - 1) == "по" and _word(words, start - 3) in FROM_PREPOSITIONS \
        and PLAIN_INTEGER.match(_word(words, start - 2))
