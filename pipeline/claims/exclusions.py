"""Numbers that are not claims: dates, years, clock times, ordinals,
identifiers and codes, phone numbers and URLs, ages, partitives, list markers.

`exclusion(words, figure)` names the reason a figure is dropped, or None.
Rules read the words around the number; morphology is used when the
Words carry spaCy tokens (for case agreement), else they fall back to
spelling alone. Furniture and named entities are checked by the component,
which holds the Doc.
"""
import re
from functools import lru_cache

from pipeline.claims.figures import TIMES_WORDS, find_figures
from pipeline.claims.lexicon import load_json, normalize, phrase_key
from pipeline.claims.triggers import CHANGE_DIRECTIONS, direction_of
from pipeline.claims.units import CURRENCIES, unit_table
from pipeline.claims.word_kinds import measure_words
from pipeline.claims.words import feature, pos, token_at

CLOCK_TOKEN = re.compile(r"^\d{1,2}[.:]\d{2}$")
DATE_TOKEN = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$")
PHONE_TOKEN = re.compile(r"^\+?\d{1,4}(?:-\d{2,4}){2,}$")
YEAR_RANGE = re.compile(r"^(1[89]\d\d|20\d\d)[-–—](1[89]\d\d|20\d\d|\d\d)$")
LATIN = re.compile(r"[A-Za-z]")
LATIN_CAPITAL = re.compile(r"[A-Z]")     # "Boeing 737", "iOS 17"
SINGLE_LATIN = re.compile(r"^[A-Za-z]$")
DECADE = re.compile(r"^(\d+)0-(х|е|ые|ых|ми)$")
PLAIN_INTEGER = re.compile(r"^\d+$")
MINUTES = re.compile(r"^\d")
DIGITS_ONLY = re.compile(r"^\d+(?:[.,]\d+)?$")
DESIGNATION_LETTERS = re.compile(r"^[A-Z]{1,3}\d*$")    # "QX", "HK4"
DURATION_UNITS = {"year", "month", "day"}
ORDINAL_ACCUSATIVE = re.compile(r"^\d+-ю$")
ORDINAL_PLURAL = re.compile(r"^\d+-х$")
LEADING_ZERO = re.compile(r"^0\d+$")     # "02", "003": dialled or filed, never counted
FINITE_VERB_LIMIT = 14     # words: a quote longer than this is speech, not a title
TITLE_LIMIT = 30           # words: a title announced by its noun ('книги «...»') may run this long
MONEY_AND_SHARES = CURRENCIES | {"percent", "percentage_point"}
YEAR_LINKS = {"и", "или", "по", "-", "–", "—", ","}
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
    return table


def exclusion(words, figure):
    """Why this figure is not a claim ("date", "year", ...), or None if it is one."""
    for reason, rule in RULES:
        if rule(words, figure):
            return reason
    return None


def _word(words, index):
    return words.norms[index] if 0 <= index < len(words.norms) else ""


def _number_text(words, figure):
    return words.texts[figure.number_start]


def is_date(words, figure):
    text = _number_text(words, figure)
    if DATE_TOKEN.match(text):
        return True
    after = _word(words, figure.number_end)
    months = cues()["months"]
    if after in months or (after == "." and _word(words, figure.number_end + 1) in months):
        return figure.value <= 31 or _is_year_like(text)
    # "в ночь с 20 на 21 июля", "с 3 по 17 апреля"
    if after in cues()["date_links"] and _word(words, figure.number_end + 1).isdigit() \
            and _word(words, figure.number_end + 2) in months:
        return True
    # "апреля 2015", "в мае 2010 года"
    return _word(words, figure.number_start - 1) in months and _is_year_like(text)


def _is_year_like(text):
    return bool(PLAIN_INTEGER.match(text)) and len(text) == 4 and 1000 <= int(text) <= 2100


def is_year(words, figure):
    text = _number_text(words, figure)
    if YEAR_RANGE.match(text):
        return True
    decade = DECADE.match(text)
    if decade and (len(text) > 6 or decade.group(2) != "х" or not _counts_a_noun(words, figure.number_end)):
        return True   # "1990-х", "в начале 90-х", "80-х годов"; not "30-х страниц"
    if PLAIN_INTEGER.match(text) and len(text) == 4 and _word(words, figure.number_end) in cues()["year_words"]:
        return True   # "2242 год": a year, however far
    if _year_by_agreement(words, figure):
        return True
    # "в 988 г.": 'г' after a number is grams ("340 г гашиша") unless a preposition places it in time
    if PLAIN_INTEGER.match(text) and _word(words, figure.number_end) == "г" \
            and _word(words, figure.number_start - 1) in cues()["year_abbreviation_prepositions"]:
        return True
    if not _is_year_like(text) or figure.number_end != figure.number_start + 1:
        return False
    after = _word(words, figure.number_end)
    if after in cues()["year_words"]:
        return True
    # "машины 2025 модельного года", "в 2024 финансовом году"
    if _adjective_at(words, figure.number_end) and _word(words, figure.number_end + 1) in cues()["year_words"]:
        return True
    # "в 2015 и 2016 годах", "с 2015 по 2017"
    if after in YEAR_LINKS and _is_year_like(words.texts[figure.number_end + 1] if figure.number_end + 1 < len(words.texts) else ""):
        return True
    if figure.unit != "count":
        return False
    # A count needs its noun: "2000 человек". "в 2015 он ..." / "с 2015 по 2017" are years.
    next_pos = pos(words, figure.number_end)
    if next_pos == "PROPN" and _word(words, figure.number_start - 1) in cues()["clock_prepositions"]:
        return True   # "В 1982 Киквете был избран": a name follows the year, it is not counted
    if next_pos is not None:
        return next_pos not in ("NOUN", "ADJ", "PROPN")
    return not (after.isalpha() and after.islower())


ADJECTIVE_ENDINGS = ("ого", "его", "ом", "ем", "ый", "ий", "ой", "ым", "им")


def _adjective_at(words, index):
    """An adjective by its tag, or by its ending when the words carry no tags."""
    tag = pos(words, index)
    if tag is not None:
        return tag == "ADJ"
    return _word(words, index).endswith(ADJECTIVE_ENDINGS)


def _year_by_agreement(words, figure):
    """'в 605 году', 'в 478–477 годах', 'с 15 года': a year however short.

    A count of years says 'N лет' after 5-20 and 'в N годах' only of
    periods; 'году'/'годах' after digits, or 'год'/'года' where the
    number wants 'лет', read as an ordinal: the year's number.
    """
    if figure.unit != "year" or figure.kind != "cardinal":
        return False
    last = figure.value_max if figure.value_max is not None else figure.value
    if last != int(last) or last <= 0 or not PLAIN_INTEGER.match(_number_text(words, figure)):
        return False
    word = _word(words, figure.end - 1)
    table = cues()
    if _is_year_like(_number_text(words, figure)) and word != "лет":
        return True   # "в 1853 -- 1856 годах", "1713 -- 1736 годы"; "2000 лет" stays a duration
    if word in table["year_words_located"]:
        return True
    return word in table["year_words_singular"] and _wants_genitive_plural(int(last))


def _wants_genitive_plural(value):
    """5 лет, 11 лет, 20 лет: numbers after which a cardinal takes 'лет'."""
    return value % 10 in (0, 5, 6, 7, 8, 9) or 11 <= value % 100 <= 14


def _counts_a_noun(words, index):
    if _word(words, index) in cues()["year_words"]:
        return False
    following = pos(words, index)
    if following is not None:
        return following == "NOUN"
    after = _word(words, index)
    return after.isalpha() and after.islower()


def is_clock_time(words, figure):
    text = _number_text(words, figure)
    start, end = figure.number_start, figure.number_end
    # "15:41"; razdel may keep a trailing comma on the minutes ("41,")
    if _word(words, end) == ":" and words.gaps[end - 1] == "" and MINUTES.match(_word(words, end + 1)):
        return True
    # "2:1", "0,5:0,5": a score or a time, whichever side the figure is on
    if _word(words, start - 1) == ":" and start > 1 and words.gaps[start - 2] == "" \
            and DIGITS_ONLY.match(_word(words, start - 2)):
        return True
    # "3 : 0": a score spaced evenly around its colon
    if _spaced_score(words, start, end):
        return True
    before = _word(words, start - 1)
    clock_prepositions = cues()["clock_prepositions"]
    if CLOCK_TOKEN.match(text) and before in clock_prepositions:
        return True
    # "назначена на 10.00": whole hours written with a dot; no one writes a count so
    if figure.unit == "count" and CLOCK_TOKEN.match(text) and text[-3:] in (".00", ":00") and figure.value < 24:
        return True
    if _minutes_of_clock(words, figure):
        return True
    # the figure reader joins "13 часов 30 минут" into one figure of 13.5 hours
    with_minutes = _word(words, figure.end - 1).startswith("минут")
    if figure.unit == "hour" and figure.value <= 24 and (figure.value == int(figure.value) or with_minutes):
        if figure.value_from is not None and _changed_from(words, figure):
            return False   # "разница сократилась с десяти до восьми часов": a change
        if figure.value_from is None and before != "до" and (_lasts(words, figure) or _hours_of(words, figure)):
            return False   # "урок продолжался около 6 ч", "после 20 часов работы": how long
        if _clock_zone_after(words, figure.end) or (figure.value >= 7 and with_minutes):
            return True   # "13 часов 30 минут", "15 часов по московскому времени"
        if before in clock_prepositions and before != "до":
            return True
        # "намечено на 19 часов": a duration that long is rare, an hour of the day is not
        if before == "на" and figure.value >= 7:
            return True
        # "с 8 часов утра до 20 часов"
        if before == "до" and "с" in words.norms[max(0, start - 8):start - 1]:
            return True
        # "в 10 часов утра", "до 18 часов пятницы": a part of the day or a weekday names the clock
        return _word(words, figure.end) in cues()["times_of_day"] or _lemma(words, figure.end) in cues()["weekdays"]
    return False


def _lasts(words, figure):
    """Do the hours hang on a verb of lasting ('длился', 'занял')? Then they are a duration."""
    if words.tokens is None:
        return False
    head = words.tokens[0].doc[_head_of_phrase(words.tokens[figure.number_start])]
    return head.pos_ in ("VERB", "AUX") and normalize(head.lemma_) in measure_words("duration_verbs")


def _hours_of(words, figure):
    """'после 20 часов работы', 'около 6 часов пути': hours of an activity, named
    by a noun in the genitive after them, are its length; an hour of the day is
    followed by a part of the day or nothing ('в 10 часов утра')."""
    after = figure.end
    if pos(words, after) != "NOUN" or feature(words, after, "Case") != "Gen":
        return False
    table = cues()
    return _word(words, after) not in table["times_of_day"] and _lemma(words, after) not in table["time_nouns"]


def _spaced_score(words, start, end):
    """'со счётом 3 : 0': two plain numbers with a colon spaced on both sides."""
    if end == start + 1 and _word(words, end) == ":" and words.gaps[start] == " " == words.gaps[end] \
            and PLAIN_INTEGER.match(_word(words, end + 1)):
        return True
    return start > 1 and _word(words, start - 1) == ":" and words.gaps[start - 1] == " " == words.gaps[start - 2] \
        and PLAIN_INTEGER.match(_word(words, start - 2)) is not None


def _minutes_of_clock(words, figure):
    """The '30 минут' of 'в 12 часов 30 минут' or 'Начало — 13 часов 30 минут'."""
    start = figure.number_start
    if not _word(words, figure.end - 1).startswith("минут") or not _word(words, start - 1).startswith("час"):
        return False
    hours = _word(words, start - 2)
    if not PLAIN_INTEGER.match(hours) or int(hours) > 24:
        return False
    return int(hours) >= 7 or _word(words, start - 3) in cues()["clock_prepositions"] \
        or _clock_zone_after(words, figure.end)


def _clock_zone_after(words, end):
    return any(tuple(words.norms[end:end + len(p)]) == p for p in cues()["clock_zone_phrases"])


def _changed_from(words, figure):
    """Is the 'с X до Y' of a from-to figure governed by a change verb before 'с'?"""
    position = figure.start - 1
    while position > 0 and _word(words, position) not in ("с", "со"):
        position -= 1
    token = token_at(words, position - 1)
    return token is not None and direction_of(token) in CHANGE_DIRECTIONS


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
        return not _paucal_count(words, figure, noun)
    number = feature(words, noun, "Number")
    if number != "Sing" or pos(words, noun) != "NOUN":
        return False
    value = int(text)
    if value % 10 == 1 and value % 100 != 11:
        return False
    if value % 10 in (2, 3, 4) and not 12 <= value % 100 <= 14:
        return not _genitive_singular(words, noun)
    return True


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


def is_named_by_number(words, figure):
    """'матч-турнир восьми', 'клуб четырёх': a number word in the genitive
    right after a noun, counting nothing after it, names a format or a group."""
    start = figure.number_start
    if figure.unit != "count" or figure.end != start + 1 or not words.texts[start].isalpha() or words.tokens is None:
        return False
    if pos(words, start - 1) != "NOUN" or feature(words, start, "Case") != "Gen":
        return False
    # "посещение двух из этих островов" counts: only a closed phrase names
    return figure.end >= len(words.texts) or pos(words, figure.end) in ("PUNCT", "VERB", "AUX")


def is_age_rating(words, figure):
    """'(16+)', 'материал 18+': the age mark of a film or page, not a count."""
    end = figure.number_end
    return figure.unit == "count" and _number_text(words, figure) in cues()["age_ratings"] \
        and _word(words, end) == "+" and words.gaps[end - 1] == "" and not _counts_a_noun(words, end + 1)


def is_score(words, figure):
    """'счёт 2-1', 'со счётом 3 – 2': a match score written with a dash."""
    if figure.unit != "count" or (figure.value_max is None and figure.value_from is None):
        return False
    return any(word in cues()["score_nouns"] for word in words.norms[max(0, figure.start - 4):figure.start])


def is_name_of_years(words, figure):
    """'улица 40 лет Победы', 'стадион «50 лет Октября»': years followed by a
    capitalised word, after a street word or an opening quote, name a place."""
    if figure.unit != "year" or _word(words, figure.end - 1) not in cues()["age_phrase_years"]:
        return False
    before, after = _word(words, figure.start - 1), figure.end
    return after < len(words.texts) and words.texts[after][:1].isupper() \
        and (before in cues()["address_words"] or before in cues()["quote_openers"])


def is_rank_bracket(words, figure):
    """'вошли в первую десятку', 'остался в десятке лидеров': a top ten is a
    place in a ranking, not ten of something."""
    if _number_text(words, figure).lower() not in cues()["rank_brackets"]:
        return False
    before = figure.start - 1
    return _word(words, before) in ("в", "во") or _lemma(words, before) in cues()["period_ordinals"]


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
    return token is not None and feature(words, noun, "Case") == "Gen" and token.dep_ in ARGUMENT_DEPS


def _lemma(words, index):
    """The lemma when models ran, else the word itself (lexicons list lemmas)."""
    token = token_at(words, index)
    return normalize(token.lemma_) if token is not None else _word(words, index)


def is_identifier(words, figure):
    start, end = figure.number_start, figure.number_end
    text = _number_text(words, figure)
    if PHONE_TOKEN.match(text):
        return True
    before = _word(words, start - 1)
    table = cues()
    # "ч. 2 ст. 158", "дом 15": a code is written in digits; "частью
    # двухдневного визита" names no code
    written_in_digits = text[:1].isdigit()
    if written_in_digits and before in table["identifier_before"] and not _counts_in_place(words, figure):
        return True
    if written_in_digits and before == "." and _word(words, start - 2) in table["identifier_before"]:
        return True
    # "т. 14, № 3, с. 112–121": a volume or page; these letters need their dot, bare 'с' is a preposition
    if written_in_digits and before == "." and words.gaps[start - 2] == "" \
            and _word(words, start - 2) in table["reference_abbreviations"]:
        return True
    # "Почтовый индекс — 27040", "Телефон горячей линии: 112"; a code has no
    # unit, so "Индекс Мосбиржи: 3,2%" is a claim
    if figure.unit == "count" and before in ("—", "–", "-", "--", ":") and any(
            word in table["identifier_subjects"] for word in words.norms[max(0, start - 5):start - 1]):
        return True
    after = tuple(words.norms[end:end + 2])
    if after[:1] in table["identifier_after_phrases"] or after in table["identifier_after_phrases"]:
        return True
    # glued to letters, slashes, @ or dots: codes, URLs, e-mails ("a1", "x.ru/12")
    left_glued = start > 0 and words.gaps[start - 1] == ""
    right_glued = end < len(words.texts) and words.gaps[end - 1] == ""
    glue = {"/", "@", "_", "\\", "#", "="}
    if left_glued and (before in glue or LATIN.search(before) or before[-1:].isalpha()):
        return True   # "Бук-М2", "Р6", "#Топ100": a number written onto a word is part of a code
    # "-10°C", "5kg": a unit read into the figure is not the tail of a code;
    # one Latin letter glued on ("5G", "4K", "3D") names a standard or format
    name_letter = SINGLE_LATIN.match(words.texts[end]) if end < len(words.texts) else None
    unit_glued = figure.end > end and figure.unit not in ("count",) and (not name_letter or figure.unit == "times")
    if right_glued and not unit_glued and (_word(words, end) in glue or LATIN.search(_word(words, end))):
        return True
    if left_glued and before == "." and LATIN.search(_word(words, start - 2)):
        return True
    if right_glued and _word(words, end) == "." and LATIN.search(_word(words, end + 1)) and words.gaps[end] == "":
        return True
    # a title in quotes: «16 тонн», «40 дней без Егора»
    if before in ("«", "„") and figure.unit not in MONEY_AND_SHARES and not _quoted_speech(words, figure):
        return True
    # a name written with a number: "Шестидневной войны", "иконы Божией Матери Трижды Предивной";
    # a number word has no capital inside a sentence unless a name gives it one
    if figure.kind == "compound" and words.texts[figure.start][:1].isupper() and figure.start > 0 \
            and words.texts[figure.start - 1] not in (".", "«", "\"", "—", "–"):
        return True
    if words.texts[figure.number_start].isalpha() and _capitalised_inside_sentence(words, figure.number_start):
        return True
    # a phone number: "+7 (495) 123-45-67"
    if before in ("+", "(") or _word(words, end) == ")":
        nearby = words.texts[max(0, start - 5):end + 5]
        if any(PHONE_TOKEN.match(word) for word in nearby):
            return True
    if _in_digit_run(words, figure) or _long_code(words, figure):
        return True
    if _designation_after(words, figure) or _letter_after(words, figure) or _after_label(words, figure) or _institution_number(words, figure) or _after_code_noun(words, figure) or (LEADING_ZERO.match(text) and figure.unit == "count"):
        return True   # "по телефону 02 или 112"; "02" is dialled, no amount starts with a zero
    # names with a number: "Phillips 66", "Boeing 737", "iOS 17"; not "USD 5"
    if figure.unit == "count" and words.texts[start - 1:start] and LATIN_CAPITAL.search(words.texts[start - 1]):
        return True
    return False


def _counts_in_place(words, figure):
    """'На этаже 5 комнат', 'в классе 30 учеников': after a place in the
    locative, a number with a plural noun in the genitive counts what the place
    holds; 'в доме 5 по улице' or 'в статье 3 закона' still name one."""
    start, end = figure.number_start, figure.number_end
    if feature(words, start - 1, "Case") != "Loc" or pos(words, end) != "NOUN":
        return False
    return feature(words, end, "Case") == "Gen" and feature(words, end, "Number") == "Plur" \
        and words.texts[end][:1].islower()


def _capitalised_inside_sentence(words, index):
    """A capital letter on a word that neither opens the text, a line nor a sentence or quote."""
    if index == 0 or not words.texts[index][:1].isupper() or "\n" in words.gaps[index - 1]:
        return False
    token = token_at(words, index)
    if token is not None and token.is_sent_start:
        return False
    before = words.texts[index - 1]
    return before == "," or before[:1].isalnum()   # bullets, dashes and quotes may open a sentence


RUN_BRACKETS = {"(", ")", "+"}
DIGIT_GROUPS = re.compile(r"^\d+(?:-\d+)*$")    # "555-35-35" is one token
PHONE_DIGITS = 7       # a phone number has at least this many digits, without a city code
CODE_DIGITS = 10       # amounts this long are written with group spaces or a scale word


def _in_digit_run(words, figure):
    """'8 800 555 35 35', '8 (800) 555-35-35': groups of digits that are not
    thousands groups (one of them is not three digits long) make a phone number.
    A spaced dash ends the run: '1 000 – 2 000' is a range."""
    def in_run(index):
        return DIGIT_GROUPS.match(words.texts[index]) or words.texts[index] in RUN_BRACKETS
    left, right = figure.number_start, figure.number_end
    while left > 0 and words.gaps[left - 1] in (" ", "") and in_run(left - 1):
        left -= 1
    while right < len(words.texts) and words.gaps[right - 1] in (" ", "") and in_run(right):
        right += 1
    groups = [group for word in words.texts[left:right] for group in word.split("-") if group.isdigit()]
    if len(groups) < 3 or sum(map(len, groups)) < PHONE_DIGITS:
        return False
    return any(len(group) != 3 for group in groups[1:])


def _designation_after(words, figure):
    """'астероид 2031 QX7', 'комета 2023 A3': a year followed by Latin capitals
    with digits typed on is a catalogue designation ('5 A320' still counts planes)."""
    end = figure.end
    if figure.unit != "count" or not _is_year_like(_number_text(words, figure)) or end >= len(words.texts):
        return False
    letters = words.texts[end]
    glued_digits = end + 1 < len(words.texts) and words.gaps[end] == "" and words.texts[end + 1][:1].isdigit()
    return bool(DESIGNATION_LETTERS.match(letters)) and (glued_digits or any(ch.isdigit() for ch in letters))


def _after_code_noun(words, figure):
    """'звоните по телефону 102 или 112': a count in digits after a code noun,
    or in a list of such counts after one."""
    if figure.unit != "count" or not _number_text(words, figure)[:1].isdigit():
        return False
    table = cues()
    index = figure.start - 1
    # the tokenizer may keep a list comma on the number before ("№ 12, 27")
    while index > 0 and (words.norms[index] in table["code_list_links"]
                         or PLAIN_INTEGER.match(words.norms[index].rstrip(","))):
        index -= 1
    return _after_naming_noun(words, index, table["code_nouns"]) or _word(words, index) in table["call_verbs"]


def _after_naming_noun(words, index, nouns):
    """Is word `index` one of `nouns`, or a genitive right after one ("код
    региона 72", "отдела полиции 5")?"""
    if _word(words, index) in nouns:
        return True
    return feature(words, index, "Case") == "Gen" and _word(words, index - 1) in nouns


def _after_label(words, figure):
    """'Этап 2 строительства', 'Вариант 1 —': the number of a step or part."""
    return figure.unit == "count" and _number_text(words, figure).isdigit() \
        and _word(words, figure.number_start - 1) in cues()["label_nouns"] \
        and _word(words, figure.number_end) not in TIMES_WORDS


def _institution_number(words, figure):
    """'больница 40', 'детский сад 12': the number that names an institution
    or a route ('в больницу 40 пострадавших' counts them instead)."""
    return figure.unit == "count" and _number_text(words, figure).isdigit() \
        and _after_naming_noun(words, figure.number_start - 1, cues()["institution_before"]) \
        and not _counts_a_noun(words, figure.number_end)


def _letter_after(words, figure):
    """'11 «Б» класса', '5 «А»': a number with a quoted letter names a class or a building."""
    end = figure.number_end
    return figure.unit == "count" and _word(words, end) in cues()["quote_openers"] \
        and len(words.texts[end + 1] if end + 1 < len(words.texts) else "") == 1 \
        and words.texts[end + 1].isalpha() and words.texts[end + 1].isupper() \
        and _word(words, end + 2) in cues()["quote_closers"]


def _long_code(words, figure):
    """'ИНН 7707083893': ten or more digits written with no group spaces and
    counting nothing is an identifier, not an amount."""
    text = _number_text(words, figure)
    return figure.unit == "count" and figure.number_end == figure.number_start + 1 \
        and text.isdigit() and len(text) >= CODE_DIGITS


def is_age(words, figure):
    if _first_of_ages(words, figure):
        return True
    if figure.unit != "year":
        return False
    start = figure.start
    table = cues()
    for span in range(1, 4):
        for length in (1, 2):
            first = max(0, start - span - length + 1)
            phrase = tuple(words.norms[first:start - span + 1])
            if phrase in table["age_before_phrases"]:
                # "со средним возрастом 9,6 года": an average is a statistic
                return _word(words, first - 1) not in table["average_words"]
    if tuple(words.norms[figure.end:figure.end + 2]) in table["age_after_phrases"]:
        return True
    # "Дети до 14 лет", "граждан от 18 лет": a limit of years on a group of
    # people is an age (CLAIMS.md: "в возрасте до пяти лет" is not a claim)
    before = figure.start - 1
    if _word(words, before) in table["age_limit_prepositions"] and words.tokens is not None and before > 0:
        person = words.tokens[before - 1]
        if person.pos_ in ("NOUN", "PROPN") and person.morph.get("Animacy") == ["Anim"]:
            return True
    if figure.kind == "compound" and "летн" in words.norms[figure.end - 1]:
        return _modifies_person(words, figure.end)
    return _age_at(words, figure) or _age_aside(words, figure) or _age_of_dative(words, figure) \
        or _age_after_person(words, figure.start, figure.end)


def _age_after_person(words, start, end):
    """'задержали двух жителей Березников 19 и 21 года', 'мужчина 45 лет':
    bare years right after a person (a name may stand between) are an age.
    Not when a verb follows: 'Жители Москвы 10 лет ждали' (a duration), unless
    the years are a list ('подростки 15 и 16 лет повредили'): one duration is not listed twice."""
    if words.tokens is None:
        return False
    index = start - 1
    while index > 0 and (words.norms[index] in AGE_LIST_LINKS or PLAIN_INTEGER.match(words.norms[index])):
        index -= 1   # the first ages of a list: "19 и 21 года"
    listed = index < start - 1 or any(norm in AGE_LIST_LINKS for norm in words.norms[start:end])
    if pos(words, end) in ("VERB", "AUX") and not listed:
        return False
    if pos(words, index) in ("VERB", "AUX", "ADP") or _word(words, index) in cues()["age_limit_prepositions"]:
        return False
    # a place or a name between, however the tagger reads it ("Березников" as ADJ)
    while index > 0 and (pos(words, index) == "PROPN" or words.texts[index][:1].isupper()):
        index -= 1
    token = token_at(words, index)
    return token is not None and token.pos_ == "NOUN" and token.morph.get("Animacy") == ["Anim"]


def _first_of_ages(words, figure):
    """'19' of '19 и 21 года': a bare number joined by 'и' to an age."""
    if figure.unit != "count" or figure.preposition is not None or figure.bound is not None:
        return False
    end = figure.end
    if _word(words, end) not in AGE_LIST_LINKS or not PLAIN_INTEGER.match(_word(words, end + 1)) \
            or _word(words, end + 2) not in cues()["year_words"] | cues()["age_phrase_years"]:
        return False
    return _age_after_person(words, figure.start, end + 3)


def _age_at(words, figure):
    """'В 16 лет он уехал': 'в N лет' hanging on no noun is the age at which something happened
    ('разница в 5 лет', 'срок в 10 лет' measure, and keep their claims)."""
    if figure.preposition not in ("в", "во") or figure.bound is not None \
            or _word(words, figure.end - 1) not in cues()["age_phrase_years"]:
        return False
    return pos(words, figure.start - 2) not in ("NOUN", "PROPN", "ADJ", "NUM")


def _age_aside(words, figure):
    """'юный (15 лет) гроссмейстер', 'Топалов (Болгария, 30 лет, рейтинг 2801)': a bare
    number of years set aside in brackets beside a person is an age."""
    if figure.preposition is not None or figure.bound is not None or figure.value_max is not None:
        return False
    before, after = _word(words, figure.start - 1), _word(words, figure.end)
    if after not in (")", ","):
        return False
    if before == "(":
        return True
    opened = words.norms[max(0, figure.start - 8):figure.start]
    return before == "," and "(" in opened and ")" not in opened[opened.index("(") if "(" in opened else 0:]


def _age_of_dative(words, figure):
    """'ему 30 лет', 'Этому моторчику сегодня 1 год', 'компании 25 лет': whose age, in the dative."""
    if figure.preposition is not None or words.tokens is None:
        return False
    index = figure.start - 1
    # "ему было 30 лет", "будь ему сейчас 6 лет": adverbs and 'быть' leave the dative the owner
    while index >= 0 and (pos(words, index) == "ADV" or _is_copula(words, index)):
        index -= 1
    if pos(words, index) not in ("NOUN", "PRON", "PROPN") or feature(words, index, "Case") != "Dat":
        return False
    # "дали ему 5 лет": a verb before the dative makes the years its object (a term)
    return pos(words, index - 1) not in ("VERB", "AUX") or _is_copula(words, index - 1)


def _is_copula(words, index):
    """A form of 'быть' ('было', 'будет', 'будь'): it links an owner to an age, it gives nothing."""
    return pos(words, index) in ("AUX", "VERB") and _lemma(words, index) == "быть"


def _modifies_person(words, index):
    """Is the word after a '-летний' compound a person (so the figure is an age)?"""
    if index >= len(words.texts):
        return True
    if words.tokens is None:
        return words.texts[index][:1].isupper()
    # "29-летнего темнокожего британца": adjectives stand between the age and its person
    while index + 1 < len(words.texts) and words.tokens[index].pos_ == "ADJ":
        index += 1
    token = words.tokens[index]
    if token.pos_ == "PROPN" or token.morph.get("Animacy") == ["Anim"]:
        return True
    if normalize(token.lemma_) in cues()["anniversary_nouns"]:
        return True   # "150-летний юбилей": an anniversary is an age of a thing
    return token.pos_ not in ("NOUN", "ADJ")


def is_relative_time(words, figure):
    """'через 6 дней', 'за два дня до', '13 лет назад', 'за последние 4 года': when, not how much."""
    # "за 30 кругов до финиша": a distance before an event, whatever the unit
    if _word(words, figure.start - 1) == "за" and "до" in words.norms[figure.end:figure.end + 2]:
        return True
    # "впервые за три сезона", "впервые за 10 лет": how long since, whatever the unit
    if _word(words, figure.start - 1) == "за" and _word(words, figure.start - 2) in cues()["first_time_before"]:
        return True
    # "за два с половиной сезона": a count of seasons frames time like years do
    seasons = figure.unit == "count" and _lemma(words, figure.end) in cues()["season_nouns"]
    if figure.unit not in ("year", "month", "day", "hour") and not seasons \
            and not (figure.unit == "other" and _word(words, figure.end - 1).startswith(("недел", "минут"))):
        return False
    table = cues()
    position = figure.start - 1
    modified = False
    while _word(words, position) in table["span_modifiers"]:
        position -= 1
        modified = True
    while _word(words, position) in table["focus_particles"]:
        position -= 1   # "спустя всего три минуты"
    before = _word(words, position)
    if before in table["relative_time_before"] or _relative_after(words, figure.end):
        return True
    return modified and before not in table["duration_with_metric_blockers"]


def _relative_after(words, end):
    """'N лет назад', 'тому назад'; social media glue emoji to the word ('назад😉')."""
    for phrase in cues()["relative_time_after_phrases"]:
        found = tuple(_letters(word) for word in words.norms[end:end + len(phrase)])
        if found == phrase:
            return True
    return False


def _letters(word):
    """The word without trailing emoji or punctuation glued to it."""
    while word and not word[-1].isalnum():
        word = word[:-1]
    return word


def is_lone_one(words, figure):
    """'одним словом', 'в одном флаконе', 'один и тот же': 'one' that counts nothing."""
    norm = words.norms[figure.number_start]
    if figure.number_end != figure.number_start + 1 or figure.unit != "count":
        return False
    table = cues()
    if norm not in table["partitive_words"]:
        return False
    if norm not in table["one_forms_counting"]:
        return True
    if _word(words, figure.number_start - 1) in table["one_alone_before"]:
        return True   # "не одно рожденье" (several), "он один" (alone)
    if _per_one(words, figure.number_start, table["per_one_phrases"]):
        return True   # "сколько детей рожает одна женщина": the unit a quantity is per
    if _word(words, figure.number_start - 1) == "на" and pos(words, figure.number_start - 2) in ("NOUN", "PROPN"):
        return True   # "надой на одну корову", "расходы на одного ученика": per one
    after = _word(words, figure.number_end)
    if after in ("и", "из"):
        return True
    following = pos(words, figure.number_end)
    return following is not None and following not in ("NOUN", "ADJ", "PROPN")


PER_ONE_REACH = 4    # words between "сколько" and the "one" a quantity is per


def _per_one(words, index, phrases):
    for start in range(max(0, index - PER_ONE_REACH - 3), index):
        for phrase in phrases:
            if tuple(words.norms[start:start + len(phrase)]) == phrase and start + len(phrase) <= index:
                return True
    return False


def is_homograph(words, figure):
    """'свою семью' (family, not seven): the tagger's noun reading wins over the number."""
    token = token_at(words, figure.number_start)
    if token is None or figure.number_end != figure.number_start + 1:
        return False
    return token.pos_ == "NOUN" and normalize(token.lemma_) in cues()["number_homographs"]


def is_partitive(words, figure):
    """'в одном из помещений', 'один из них': one of many is not a count."""
    return (words.norms[figure.number_start] in cues()["partitive_words"]
            and _word(words, figure.number_end) in cues()["partitive_after"])


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
    if start == 0 or "\n" in words.gaps[start - 1]:
        return True
    following = words.texts[end + 1:end + 2]
    return _word(words, start - 1) in (")", ".", ";", ":") and (not following or following[0][:1].isupper())


def _alone_on_line(words, start, end):
    """Line breaks (or the passage's edges) on both sides of the number."""
    opens = start == 0 or "\n" in words.gaps[start - 1]
    closes = end >= len(words.texts) or "\n" in words.gaps[end - 1]
    return opens and closes


def is_formula(words, figure):
    """'(+6 – 0 = 5)': numbers joined by signs with an '=' are arithmetic."""
    signs = cues()["formula_signs"]
    left, right = figure.start, figure.end
    while left > 0 and (words.norms[left - 1] in signs or DIGITS_ONLY.match(words.norms[left - 1])):
        left -= 1
    while right < len(words.norms) and (words.norms[right] in signs or DIGITS_ONLY.match(words.norms[right])):
        right += 1
    return _equation(words.norms[left:right]) or _glued_plus(words, figure)


def _equation(run):
    """Numbers on both sides of an '=': 'Стоимость = 28200 ₽' sets a value, it computes nothing."""
    if "=" not in run:
        return False
    equals = run.index("=")
    return any(DIGITS_ONLY.match(w) for w in run[:equals]) and any(DIGITS_ONLY.match(w) for w in run[equals + 1:])


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


def is_position_range(words, figure):
    """'места с 19 по 29', 'с 3 по 17': 'с N по M' spans positions or dates, not amounts."""
    start, end = figure.number_start, figure.number_end
    if figure.unit != "count" or not PLAIN_INTEGER.match(_number_text(words, figure)):
        return False
    if _word(words, start - 1) in ("с", "со") and _word(words, end) == "по" and PLAIN_INTEGER.match(_word(words, end + 1)):
        return True
    return _word(words, start - 1) == "по" and _word(words, start - 3) in ("с", "со") \
        and PLAIN_INTEGER.match(_word(words, start - 2))


def is_address(words, figure):
    """'ул. Баумана, 58', 'на улице Танкистов, 14': a house number."""
    start = figure.number_start
    if figure.unit != "count" or _word(words, start - 1) != ",":
        return False
    window = words.norms[max(0, start - 6):start - 1]
    return any(word in cues()["address_words"] for word in window)


def is_rate_base(words, figure):
    """'$290 за тысячу кубометров', '38 рублей за штуку': the base a price is per;
    '12 случаев на 100 тыс. населения', '8,4 на 1000 жителей': the base a rate is per;
    'номер на двоих', 'стоит на троих': the people a price or a room is for."""
    start = figure.start
    if _per_round_base(words, figure):
        return True
    if _word(words, start - 1) == "на" and figure.end == figure.number_end \
            and words.norms[figure.number_start] in cues()["collective_for_words"]:
        return True
    if _word(words, start - 1) != "за" or start < 2:
        return False
    before = words.norms[start - 2]
    if DIGITS_ONLY.match(before):
        return True
    return unit_table()[0].get((before,)) in MONEY_AND_SHARES - {"percent", "percentage_point"}


# A rate is given per a round number of people or things.
ROUND_BASES = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000}


def _per_round_base(words, figure):
    """'на 100 тыс. населения' after what is counted: a number, or a noun in
    the genitive plural ('детей на тысячу жителей'). After a verb, 'на 1000
    человек' is the size of a change and stays a claim."""
    start = figure.start
    if figure.unit != "count" or figure.value not in ROUND_BASES or figure.value_max is not None \
            or _word(words, start - 1) != "на" or start < 2:
        return False
    counted = start - 2
    if words.texts[counted][:1].isdigit():
        return True
    return pos(words, counted) == "NOUN" and feature(words, counted, "Case") == "Gen" \
        and feature(words, counted, "Number") == "Plur"


def is_idiom(words, figure):
    """'Два в одном': a fixed phrase whose number counts nothing."""
    for phrase in cues()["idiom_phrases"]:
        for offset in range(len(phrase)):
            begin = figure.number_start - offset
            if begin >= 0 and tuple(words.norms[begin:begin + len(phrase)]) == phrase:
                return True
    return False


def is_one_of_pair(words, figure):
    """'одна команда превосходила другую', 'один слой ..., второй ...': one of two, not a count."""
    if figure.unit != "count" or figure.number_end != figure.number_start + 1 \
            or words.norms[figure.number_start] not in cues()["partitive_words"]:
        return False
    return any(word in cues()["one_other_words"] for word in words.norms[figure.end:])


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


def is_title(words, figure):
    """«Мы одна семья», «Сила Сибири — 2»: a number inside a short quoted name or slogan.

    A quote holding a finite verb is speech, and its figures are claims.
    """
    if figure.unit in MONEY_AND_SHARES or words.tokens is None:
        return False
    opening = _quote_edge(words, figure.start - 1, -1)
    closing = _quote_edge(words, figure.end, 1)
    if opening is None or closing is None:
        return False
    # "книги «Как понять законы физики: 100 опытов для детей»": a noun that
    # names a work makes even a long quote its title
    limit = TITLE_LIMIT if _lemma(words, opening - 1) in cues()["title_nouns"] else FINITE_VERB_LIMIT
    if closing - opening > limit:
        return False
    if _speech_after(words, closing):
        return False
    inside = words.tokens[opening + 1:closing]
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in inside)


def _quoted_speech(words, figure):
    """Whether the quote a figure opens is speech rather than a name: too
    long for a title, holding a finite verb, or followed by its speaker."""
    closing = _quote_edge(words, figure.end, 1)
    if closing is None:
        return True
    if _speech_after(words, closing):
        return True
    inside = words.tokens[figure.start:closing] if words.tokens is not None else []
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in inside)


def _speech_after(words, closing):
    """'«…», — сказал он': a quote followed by a comma and a dash is direct
    speech with its speaker after it; a name in quotes never is."""
    after = words.texts[closing + 1:closing + 3]
    return after[:1] == [","] and after[1:2] in (["—"], ["–"], ["-"])


def _quote_edge(words, index, step):
    """Index of the opening (step -1) or closing (step 1) quote mark around index,
    on the same line, or None. « », “ ”, „ “ and straight quotes alike."""
    table = cues()
    wanted = table["quote_openers"] if step < 0 else table["quote_closers"]
    quotes = table["quote_openers"] | table["quote_closers"]
    for _ in range(FINITE_VERB_LIMIT):
        if not 0 <= index < len(words.texts):
            return None
        word = words.texts[index]
        if word in quotes:
            return index if word in wanted else None
        if "\n" in words.gaps[index - (step > 0)]:
            return None
        index += step
    return None


def is_frame_of_another(words, figure):
    """'потратит 29 млн долларов в течение 10 лет', 'заложено 1 200 млрд
    рублей на три года': a duration that the same verb takes beside an
    amount is that amount's period (its time), not a claim. A term of its
    own ('штраф 10 млн рублей и запрет ... в течение 5 лет') hangs on
    another word and stays."""
    if figure.unit not in DURATION_UNITS or words.tokens is None \
            or _word(words, figure.start - 1) not in cues()["frame_prepositions"]:
        return False
    doc = words.tokens[0].doc
    holder = _head_of_phrase(words.tokens[figure.number_start])
    for other in find_figures(words):
        if other.start == figure.start or other.unit not in MONEY_AND_SHARES:
            continue
        if holder in {token.i for token in words.tokens[other.start:other.end]}:
            return True   # "900 млрд рублей на три года"
        if doc[holder].pos_ == "VERB" and _head_of_phrase(words.tokens[other.number_start]) == holder:
            return True   # "потратит 29 млн долларов в течение 10 лет": one verb takes both
    return False


def _head_of_phrase(token):
    """Where a number's phrase hangs: '10' -> 'лет' -> the word 'лет' depends on."""
    while token.dep_.startswith("nummod") and token.head.i != token.i:
        token = token.head
    return token.head.i


def is_period_of_year(words, figure):
    """'за третий квартал и девять месяцев 2025 года': months or days followed
    by a year name a reporting period, the claims' time, not a quantity."""
    if figure.unit not in DURATION_UNITS or figure.end >= len(words.texts):
        return False
    return _is_year_like(words.texts[figure.end])


def is_period_part(words, figure):
    """'в первой трети XIX века', 'во второй половине дня': a part of a period, a time;
    'каждое второе воскресенье': a schedule, not a share of anything."""
    if figure.kind != "fraction":
        return False
    if _lemma(words, figure.number_start - 1) in cues()["period_ordinals"]:
        return True
    every_nth = figure.number_end == figure.number_start + 2
    return every_nth and _lemma(words, figure.number_end) in cues()["time_nouns"]


RULES = (
    ("date", is_date),
    ("year", is_year),
    ("clock", is_clock_time),
    ("identifier", is_identifier),
    ("ordinal", is_ordinal),
    ("ordinal", is_ordinal_ending),
    ("ordinal", is_compound_ordinal),
    ("ordinal", is_listed_after_ordinal),
    ("named_by_number", is_named_by_number),
    ("rank_bracket", is_rank_bracket),
    ("name_of_years", is_name_of_years),
    ("age_rating", is_age_rating),
    ("score", is_score),
    ("age", is_age),
    ("partitive", is_partitive),
    ("homograph", is_homograph),
    ("relative_time", is_relative_time),
    ("lone_one", is_lone_one),
    ("list_marker", is_list_marker),
    ("formula", is_formula),
    ("position_range", is_position_range),
    ("address", is_address),
    ("idiom", is_idiom),
    ("rate_base", is_rate_base),
    ("one_of_pair", is_one_of_pair),
    ("denied", is_denied),
    ("title", is_title),
    ("period_part", is_period_part),
    ("period_of_year", is_period_of_year),
    ("frame_of_another", is_frame_of_another),
)
