"""Numbers that name rather than count: codes, phone numbers, URLs and
e-mails, article and house numbers, addresses, catalogue designations,
names with a number in them ('улица 40 лет Победы', 'клуб четырёх', 'Семилетняя война').
"""
import re

from pipeline.claims.exclusions.shared import (
    DURATION_UNITS, MONEY_AND_SHARES, PLAIN_INTEGER, _counts_a_noun, _is_year_like, _lemma, _number_text, _word,
    cues)
from pipeline.claims.exclusions.titles import _quoted_speech
from pipeline.claims.figures import TIMES_WORDS
from pipeline.claims.number_lists import NUMERAL_JOINERS, list_end
from pipeline.claims.word_kinds import adjective_or_participle
from pipeline.claims.words import feature, pos, token_at

PHONE_TOKEN = re.compile(r"^\+?\d{1,4}(?:-\d{2,4}){2,}$")
# Russia's toll-free prefix standing alone ('звонили на горячую линию 8-800 —'):
# no range runs from 8 to 800; the 10 in the development texts are all phones
TOLL_FREE_PREFIX = re.compile(r"^8-800$")
LATIN = re.compile(r"[A-Za-z]")
LATIN_CAPITAL = re.compile(r"[A-Z]")     # "Boeing 737", "iOS 17"
STANDARD_ACRONYM = re.compile(r"^[A-Z]{3,}$")   # "SATA", "HDMI", "LTE"
SINGLE_LATIN = re.compile(r"^[A-Za-z]$")
DESIGNATION_LETTERS = re.compile(r"^[A-Z]{1,3}\d*$")    # "QX", "HK4"
LEADING_ZERO = re.compile(r"^0\d+$")     # "02", "003": dialled or filed, never counted
VERSION_NUMBER = re.compile(r"^\d+\.0$")   # "3.0", "Веб 2.0": Russian decimals take a comma, a bare '.0' tail is a version


def is_named_by_number(words, figure):
    """'матч-турнир восьми', 'клуб четырёх': a number word in the genitive
    right after a noun, counting nothing after it, names a format or a group."""
    start = figure.number_start
    if figure.unit != "count" or figure.end != start + 1 or not words.texts[start].isalpha() or words.tokens is None:
        return False
    if pos(words, start - 1) != "NOUN" or feature(words, start, "Case") != "Gen":
        return False
    # "посещение двух из этих островов" counts: only a closed phrase names,
    # or one a preposition goes on from ('матч-турнир восьми за звание чемпиона');
    # a collective numeral there is people ('жизнь троих в опасности')
    if figure.end >= len(words.texts) or pos(words, figure.end) in ("PUNCT", "AUX"):
        return True
    # a verb ends the phrase, but a participle describes the counted noun
    # ('директор двух управляющих компаний')
    if pos(words, figure.end) == "VERB":
        following = token_at(words, figure.end)
        return following is None or not adjective_or_participle(following)
    table = cues()
    return pos(words, figure.end) == "ADP" and _word(words, figure.end) not in table["partitive_after"] \
        and _word(words, start) not in table["collective_for_words"]


def is_name_of_years(words, figure):
    """'улица 40 лет Победы', 'стадион «50 лет Октября»': years followed by a
    capitalised word, after a street word or an opening quote, name a place."""
    if figure.unit != "year" or _word(words, figure.end - 1) not in cues()["age_phrase_years"]:
        return False
    before, after = _word(words, figure.start - 1), figure.end
    return after < len(words.texts) and words.texts[after][:1].isupper() \
        and (before in cues()["address_words"] or before in cues()["quote_openers"])


def is_name_of_war(words, figure):
    """'Семилетняя война', 'после пятидневной войны': a war named by how long
    it lasted; the length is part of the name, not a measure the text reports."""
    if figure.kind != "compound" or figure.unit not in DURATION_UNITS:
        return False
    index = figure.end
    # "Шестидневной арабо-израильской войны": adjectives stand between
    while pos(words, index) == "ADJ":
        index += 1
    return _lemma(words, index) in cues()["named_event_nouns"]


def is_name_of_race(words, figure):
    """'выиграла первенство на дистанции 1500 м', 'в беге на 100 м',
    'эстафета 4 × 400 м': a distance that names the race, as an event's number
    names it; it measures nothing the text reports (NOTES.md: race distances)."""
    if figure.unit not in ("m", "km"):
        return False
    if figure.preposition is None:
        before = figure.start - 1
        if _lemma(words, before) in cues()["race_nouns"] and _word(words, before - 1) == "на":
            return True
    return _named_by_event(words, figure)


def is_name_of_speed_test(words, figure):
    """'Разгон до 100 км/ч занимает 10,4 секунды': the speed after 'до' names
    the test the time is measured in, as a distance names a race."""
    return figure.preposition == "до" and _lemma(words, figure.start - 2) in cues()["speed_test_nouns"]


def _named_by_event(words, figure):
    """'в заплывах на 1000 и 10000 метров', 'кенийской эстафетной команды
    4 × 400 м': 'на' or laps and a product sign before the distance (or the
    list it ends), and an event noun right before them or one word earlier."""
    first = list_end(words.norms, figure.number_start, -1, NUMERAL_JOINERS, _is_digits)
    if _word(words, first - 1) == "на":
        head = first - 2
    elif _word(words, first - 1) in cues()["product_signs"] and _is_digits(_word(words, first - 2)):
        head = first - 3
    else:
        return False
    # a discipline named in the nominative lists what is run ('Среди них бег на
    # 50 и 30 метров'), which factru-devset annotates (NOTES.md: race distances)
    return any(_lemma(words, index) in cues()["event_nouns"] and feature(words, index, "Case") != "Nom"
               for index in (head, head - 1))


def _is_digits(word):
    return word[:1].isdigit()


def is_identifier(words, figure):
    start, end = figure.number_start, figure.number_end
    text = _number_text(words, figure)
    if PHONE_TOKEN.match(text) or TOLL_FREE_PREFIX.match(text):
        return True
    if _footnote_mark(words, figure):
        return True
    before = _word(words, start - 1)
    table = cues()
    # "ч. 2 ст. 158", "дом 15": a code is written in digits; "частью
    # двухдневного визита" names no code; a code has no unit ('работу кабинета
    # 31% респондентов' is a share, 'с денежной частью 500 тысяч рублей' a sum)
    written_in_digits = text[:1].isdigit() and figure.unit == "count"
    if written_in_digits and before in table["identifier_before"] and not _counts_in_place(words, figure):
        return True
    if written_in_digits and before in (".", ":") and _word(words, start - 2) in table["identifier_before"]:
        return True       # "ст. 158", "arXiv:2611.04521"
    if written_in_digits and _designation(words, figure):
        return True
    if text[:1].isdigit() and before == "№":
        return True       # "маршрут № 7К": whatever the letter after it is read as, a number sign names
    if written_in_digits and _second_number_of(words, start):
        return True       # "в выпуске № 147 (5523)": the running number beside its number in the year
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
    if written_in_digits and _listed_with_codes(words, figure):
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
    if right_glued and _letters_then_digits(words, end):
        return True   # "локомотивы серии 2ТЭ25": digits, capitals, digits typed as one word are a model's name
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
    if _in_digit_run(words, figure) or _long_code(words, figure) or _on_car_plate(words, figure):
        return True
    if _after_dialling_code(words, figure):
        return True
    if _designation_after(words, figure) or _letter_after(words, figure) or _after_label(words, figure) or _institution_number(words, figure) or _after_code_noun(words, figure) or (LEADING_ZERO.match(text) and figure.unit == "count") \
            or (VERSION_NUMBER.match(text) and figure.unit == "count"):
        return True   # "по телефону 02 или 112"; "02" is dialled, no amount starts with a zero
    # names with a number: "Phillips 66", "Boeing 737", "iOS 17"; not "USD 5"
    if figure.unit == "count" and words.texts[start - 1:start] and LATIN_CAPITAL.search(words.texts[start - 1]):
        return True
    # "SATA 6 Гбит/с": a measure right after an acronym in Latin capitals names a revision of that standard;
    # a multiple ("EV/EBITDA 5,4x") is a ratio of that acronym, never its revision
    if figure.unit not in MONEY_AND_SHARES and figure.unit != "times" and start > 0 \
            and STANDARD_ACRONYM.match(words.texts[start - 1]):
        return True
    return False


def _second_number_of(words, start):
    """Is the number at `start` in brackets right after a number that an
    identifier word names ('№ 147 (5523)', 'номер 51 (742)')? It numbers the
    same thing another way, and counts nothing."""
    return _word(words, start - 1) == "(" and _word(words, start + 1) == ")" \
        and _is_digits(_word(words, start - 2)) and _word(words, start - 3) in cues()["identifier_before"]


def _letters_then_digits(words, index):
    """Is word `index` capital letters with digits typed right after them
    ('ТЭ' in '2ТЭ25', 'ВЛ' in '3ВЛ80')? Units are not written so ('5кВт10' is no unit)."""
    letters = words.texts[index] if index < len(words.texts) else ""
    return letters.isalpha() and letters.isupper() and index + 1 < len(words.texts) \
        and words.gaps[index] == "" and words.texts[index + 1][:1].isdigit()


def _after_dialling_code(words, figure):
    """'Телефонный код +7 81738', '+375 29 1234567': plain digit groups after a
    country's dialling code ('+' glued to digits) are the rest of a phone number."""
    start = figure.number_start
    if figure.unit != "count" or not PLAIN_INTEGER.match(_number_text(words, figure)):
        return False
    index = start - 1
    while index > 0 and PLAIN_INTEGER.match(words.norms[index]) and words.gaps[index] != "":
        index -= 1
    return index < start - 1 and words.norms[index] == "+" and words.gaps[index] == ""


def _footnote_mark(words, figure):
    """'при 4 пушках[3].', 'в истории города[12]': a number in square brackets
    glued to the word before is a footnote's mark, page furniture."""
    start, end = figure.number_start, figure.number_end
    if figure.unit != "count" or not PLAIN_INTEGER.match(_number_text(words, figure)) or start < 2:
        return False
    return words.texts[start - 1] == "[" and words.gaps[start - 2] == "" and words.gaps[start - 1] == "" \
        and _word(words, end) == "]"


def _listed_with_codes(words, figure):
    """'дома 5, 7 и 9 по улице', 'по статьям 105, 111 и 162 УК': a bare number
    in a list whose first item follows a code word, or whose last item is
    followed by a code's name, is a code too; not when the list counts a noun
    ('дома 5, 7 и 9 этажей')."""
    if figure.unit != "count" or figure.end != figure.number_end:
        return False
    table = cues()
    first, last = _list_around(words, figure.number_start)
    if first == last:
        return False
    after = tuple(words.norms[last + 1:last + 3])
    if after[:1] in table["identifier_after_phrases"] or after in table["identifier_after_phrases"]:
        return True
    return _word(words, first - 1) in table["identifier_before"] and not _counts_a_noun(words, last + 1)


def _list_around(words, index):
    """Indices of the first and the last plain number of the list joined by
    code_list_links that holds the number at `index`."""
    links = cues()["code_list_links"]
    return (list_end(words.norms, index, -1, links, PLAIN_INTEGER.match),
            list_end(words.norms, index, 1, links, PLAIN_INTEGER.match))


# 'проекта 21631', 'модель 2190': a type's number is long; 'модели 3 типов' counts
MIN_DESIGNATION_DIGITS = 3


def _designation(words, figure):
    """'два малых ракетных корабля проекта 21631', 'седан Vesta-2 (модель 2190)':
    a long plain number right after a noun of a type names the type, and counts
    nothing after it."""
    text = _number_text(words, figure)
    return PLAIN_INTEGER.match(text) is not None and len(text) >= MIN_DESIGNATION_DIGITS \
        and _word(words, figure.number_start - 1) in cues()["designation_nouns"] \
        and not _counts_a_noun(words, figure.number_end)


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
    # a list of codes before it ("№ 12, 27")
    while index > 0 and (words.norms[index] in table["code_list_links"] or PLAIN_INTEGER.match(words.norms[index])):
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
    # "аудитория 114 тыс. человек" measures an audience: a name has no scale word
    return figure.unit == "count" and _number_text(words, figure).isdigit() \
        and figure.number_end == figure.number_start + 1 \
        and _after_naming_noun(words, figure.number_start - 1, cues()["institution_before"]) \
        and not _counts_a_noun(words, figure.number_end)


def _letter_after(words, figure):
    """'11 «Б» класса', '5 «А»': a number with a quoted letter names a class or a building."""
    end = figure.number_end
    return figure.unit == "count" and _word(words, end) in cues()["quote_openers"] \
        and len(words.texts[end + 1] if end + 1 < len(words.texts) else "") == 1 \
        and words.texts[end + 1].isalpha() and words.texts[end + 1].isupper() \
        and _word(words, end + 2) in cues()["quote_closers"]


PLATE_DIGITS = re.compile(r"^\d{3}$")
PLATE_REGION = re.compile(r"^\d{2,3}$")


def _on_car_plate(words, figure):
    """'госномер Е 482 КН 22': a letter, three digits, two letters and a region
    make a car plate; neither number in it counts anything."""
    start = figure.number_start
    # the figure is the three digits, or the region two tokens after them
    return any(_plate_at(words, digits) for digits in (start, start - 2))


def _plate_at(words, digits):
    """Do the words around index `digits` read 'Е 482 КН 22'?"""
    if digits < 1 or digits + 2 >= len(words.texts):
        return False
    letter, number, pair, region = words.texts[digits - 1:digits + 3]
    return _plate_letters(letter, 1) and PLATE_DIGITS.match(number) is not None \
        and _plate_letters(pair, 2) and PLATE_REGION.match(region) is not None


def _plate_letters(text, length):
    """Capital letters of the kind a car plate uses, `length` of them."""
    letters = cues()["plate_letters"]
    return len(text) == length and text.isupper() and all(ch.lower() in letters for ch in text)


def _long_code(words, figure):
    """'ИНН 7707083893': ten or more digits written with no group spaces and
    counting nothing is an identifier, not an amount."""
    text = _number_text(words, figure)
    return figure.unit == "count" and figure.number_end == figure.number_start + 1 \
        and text.isdigit() and len(text) >= CODE_DIGITS


def is_address(words, figure):
    """'ул. Баумана, 58', 'на улице Танкистов, 14': a house number;
    '(Московское шоссе, 18 км)': a kilometre of a road, where a place stands."""
    start = figure.number_start
    if _word(words, start - 1) != ",":
        return False
    window = words.norms[max(0, start - 6):start - 1]
    if figure.unit == "km":
        # the bracket closing right after: '(трасса М-5, 30 км от Самары)' may measure a distance
        return _is_whole(figure) and _word(words, figure.end) == ")" \
            and any(word in cues()["road_words"] for word in window)
    if figure.unit != "count":
        return False
    return _after_street_name(words, figure) or any(word in cues()["address_words"] for word in window)


def _is_whole(figure):
    return figure.value_max is None and float(figure.value).is_integer()


# 'на Карла Маркса', 'на Эйч-стрит': a street's name is one to three capitalised words
MAX_STREET_NAME_WORDS = 3


def _after_street_name(words, figure):
    """'пишем в жилинспекцию на Фрунзе, 71': the street word left out, a bare
    whole number after 'на', a capitalised name and a comma is the house;
    'бассейн на Карла Маркса, 3 тренировки' counts the noun after it."""
    start = figure.number_start
    if figure.end != start + 1 or not PLAIN_INTEGER.match(_number_text(words, figure)) \
            or _counts_a_noun(words, figure.end):
        return False
    index = start - 2
    name_words = 0
    while index > 0 and words.texts[index][:1].isupper() and name_words < MAX_STREET_NAME_WORDS:
        index -= 1
        name_words += 1
    return name_words > 0 and _word(words, index) in cues()["street_prepositions"]
