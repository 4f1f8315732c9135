"""Numbers that say when, not how much: dates, years and decades, clock
times and match scores written as times, relative times ('через 6 дней',
'13 лет назад') and periods ('за девять месяцев 2025 года', 'во второй
половине дня').
"""
import re

from pipeline.claims.dash_marks import RANGE_DASH_CLASS, RANGE_DASHES
from pipeline.claims.exclusions.time_taken import took_so_long
from pipeline.claims.exclusions.shared import (
    DIGITS_ONLY, DURATION_UNITS, PLAIN_INTEGER, _counts_a_noun, _head_of_phrase, _is_year_like,
    _lemma, _number_text, _word, cues)
from pipeline.claims.lexicon import FROM_PREPOSITIONS, load_json, normalize
from pipeline.claims.number_lists import list_end
from pipeline.claims.triggers import CHANGE_DIRECTIONS, direction_of
from pipeline.claims.word_kinds import measure_words
from pipeline.claims.words import feature, pos, token_at

CLOCK_TOKEN = re.compile(r"^\d{1,2}[.:]\d{2}$")
DATE_TOKEN = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$")
YEAR_RANGE = re.compile(r"^(1[89]\d\d|20\d\d)" + RANGE_DASH_CLASS + r"(1[89]\d\d|20\d\d|\d\d)$")
DECADE = re.compile(r"^(\d+)0-(х|е|ые|ых|ми)$")
MINUTES = re.compile(r"^\d")
ZONE_SIGNS = {"+", "-", "−", "–"}
YEAR_LINKS = RANGE_DASHES | {"и", "или", "по", ","}
MAX_DAY = 31
OPENING_BRACKETS = {"(", "["}
CLOSING_BRACKETS = {")", "]"}
# "1700–1721 годов": a span of years before the 19th century, which YEAR_RANGE leaves to a year word
OLDER_YEAR_RANGE = re.compile(r"^(1\d\d\d)" + RANGE_DASH_CLASS + r"(1\d\d\d)$")


def is_date(words, figure):
    text = _number_text(words, figure)
    if DATE_TOKEN.match(text):
        return True
    after = _word(words, figure.number_end)
    months = cues()["months"]
    if after in months or (after == "." and _word(words, figure.number_end + 1) in months):
        return figure.value <= 31 or _is_year_like(text)
    # "в ночь с 20 на 21 июля", "с 3 по 17 апреля", "18, 23 и 26 января"
    if _listed_before_month(words, figure.number_end):
        return True
    if _old_style_pair(words, figure):
        return True
    # "апреля 2015", "в мае 2010 года"
    return _word(words, figure.number_start - 1) in months and _is_year_like(text)


def _old_style_pair(words, figure):
    """'14 (25) мая 1709 года', '12 [24] марта 1861': a day given in both
    calendars, the new style's in brackets before the month; both days are dates."""
    if not PLAIN_INTEGER.match(_number_text(words, figure)) or figure.value > MAX_DAY:
        return False
    start, end = figure.number_start, figure.number_end
    in_brackets = _word(words, start - 1) in OPENING_BRACKETS and PLAIN_INTEGER.match(_word(words, start - 2)) \
        and _word(words, end) in CLOSING_BRACKETS and _word(words, end + 1) in cues()["months"]
    before_brackets = _word(words, end) in OPENING_BRACKETS and PLAIN_INTEGER.match(_word(words, end + 1)) \
        and _word(words, end + 2) in CLOSING_BRACKETS and _word(words, end + 3) in cues()["months"]
    return bool(in_brackets or before_brackets)


def _listed_before_month(words, end):
    """Do days joined by commas or date links ('18, 23 и 26', 'с 3 по 17')
    run from word `end` to a month? Then each of them is a date."""
    links = cues()["date_links"] | {","}
    last_day = list_end(words.norms, end - 1, 1, links, PLAIN_INTEGER.match)   # end - 1: the figure's own day
    return last_day != end - 1 and _word(words, last_day + 1) in cues()["months"]


def is_year(words, figure):
    text = _number_text(words, figure)
    if YEAR_RANGE.match(text):
        return True
    decade = DECADE.match(text)
    if decade and (len(text) > 6 or decade.group(2) != "х" or not _counts_a_noun(words, figure.number_end)):
        return True   # "1990-х", "в начале 90-х", "80-х годов"; not "30-х страниц"
    if PLAIN_INTEGER.match(text) and len(text) == 4 and _word(words, figure.number_end) in cues()["year_words"]:
        return True   # "2242 год": a year, however far
    if _older_year_range(text) and _word(words, figure.number_end) in cues()["year_words"]:
        return True   # "Северной войны 1700–1721 годов", "в 1785–1920 годах"
    if _year_by_agreement(words, figure) or _life_event_year(words, figure):
        return True
    # "в 988 г.": 'г' after a number is grams ("340 г гашиша") unless a preposition places it in time;
    # a slash after it makes a rate of grams ("в 20 г/т"), never a year
    if PLAIN_INTEGER.match(text) and _word(words, figure.number_end) == "г" \
            and _word(words, figure.number_end + 1) != "/" \
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
    if figure.unit != "count" or _priced_at_a_rate(words, figure):
        return False
    # A count needs its noun: "2000 человек". "в 2015 он ..." / "с 2015 по 2017" are years.
    next_pos = pos(words, figure.number_end)
    if next_pos == "PROPN" and _word(words, figure.number_start - 1) in cues()["clock_prepositions"]:
        return True   # "В 1982 Киквете был избран": a name follows the year, it is not counted
    if next_pos is not None:
        return next_pos not in ("NOUN", "ADJ", "PROPN")
    return not (after.isalpha() and after.islower())


def _priced_at_a_rate(words, figure):
    """'место стоило 1500 в сутки', 'Рафтинг — 2000 с человека': a year takes
    no price rate after it (units.json, money_cues price_rates). After a
    preposition of time ('с 2015 в сутки …') it stays a year."""
    if _word(words, figure.number_start - 1) in cues()["clock_prepositions"]:
        return False
    rates = {tuple(rate) for rate in load_json("units.json")["money_cues"]["price_rates"]}
    return tuple(words.norms[figure.number_end:figure.number_end + 2]) in rates


def _older_year_range(text):
    """'1700–1721': two years, the later second (a range of counts, '1200–1500', needs no year word)."""
    found = OLDER_YEAR_RANGE.match(text)
    return found is not None and _is_year_like(found.group(1)) and int(found.group(1)) < int(found.group(2))


def _life_event_year(words, figure):
    """'(ум. ок. 934)', '(р. 870)': a bare number after the abbreviation of
    'born' or 'died' is the year, even one too early to look like a year."""
    if not PLAIN_INTEGER.match(_number_text(words, figure)) or figure.end != figure.number_end:
        return False
    index = figure.number_start - 1
    if _word(words, index) == "." and _word(words, index - 1) in cues()["life_event_circa"]:
        index -= 2      # 'ок.' between
    elif _word(words, index) in cues()["life_event_circa"]:
        index -= 1      # 'около' between
    return _word(words, index) == "." and _word(words, index - 1) in cues()["life_event_abbreviations"]


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


def is_clock_time(words, figure):
    text = _number_text(words, figure)
    start, end = figure.number_start, figure.number_end
    if _offset_of_zone(words, start):
        return True
    # "15:41"
    if _word(words, end) == ":" and words.gaps[end - 1] == "" and MINUTES.match(_word(words, end + 1)):
        return True
    # "2:1", "0,5:0,5": a score or a time, whichever side the figure is on;
    # both are typed tight, while a colon with a space after it opens what
    # follows ('по делу с подстанции № 2: трое фигурантов получили ...')
    if _word(words, start - 1) == ":" and start > 1 and words.gaps[start - 2] == "" \
            and words.gaps[start - 1] == "" and DIGITS_ONLY.match(_word(words, start - 2)):
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
    # "в 3 ночи", "до 2 ночи": an hour named by its part of the day, which
    # is otherwise a count ("5,9 ночи" of a stay); the word may follow the figure
    if before in clock_prepositions and figure.value == int(figure.value) and figure.value <= 12 \
            and cues()["times_of_day"] & {_word(words, figure.end - 1), _word(words, figure.end)}:
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


def _offset_of_zone(words, start):
    """'UTC+1', 'GMT -5': the number after a time zone's code and its sign."""
    sign = start if _word(words, start) in ZONE_SIGNS else start - 1
    return _word(words, sign) in ZONE_SIGNS and _word(words, sign - 1) in cues()["zone_codes"]


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
    while position > 0 and _word(words, position) not in FROM_PREPOSITIONS:
        position -= 1
    token = token_at(words, position - 1)
    return token is not None and direction_of(token) in CHANGE_DIRECTIONS


def is_relative_time(words, figure):
    """'через 6 дней', 'за два дня до', '13 лет назад', 'за последние 4 года': when, not how much."""
    # "за 30 кругов до финиша": a distance before an event, whatever the unit
    if _word(words, figure.start - 1) == "за" and "до" in words.norms[figure.end:figure.end + 2]:
        return True
    if _after_rounds(words, figure):
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
    if not modified and took_so_long(words, figure):
        return False    # "устранить аварию за 6 часов": how long the action took
    if before in table["relative_time_before"] or _relative_after(words, figure.end):
        return True
    if _word(words, figure.end) in table["earlier_later_after"] and before not in table["by_how_much_before"]:
        return True     # "пятью годами ранее", but "на пять лет раньше срока"
    return modified and before not in table["duration_with_metric_blockers"]


def _after_rounds(words, figure):
    """'Счёт после трёх партий 2:1': the rounds played say when the score stood.
    With no score before them they are counted ('После 54 игр команда набрала
    71 очко': the gold of five sets to one, models/claims/exclusions.json)."""
    table = cues()
    before = figure.start - 1
    return figure.unit == "count" and _word(words, before) in table["round_prepositions"] \
        and _lemma(words, figure.end) in table["round_nouns"] and _lemma(words, before - 1) in table["score_nouns"]


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
