"""Ages of people and things ('мужчина 45 лет', 'ему 30 лет', '150-летний
юбилей') and the age marks of films and pages ('16+').
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims.exclusions.shared import (
    AGE_LIST_LINKS, DURATION_UNITS, PLAIN_INTEGER, _counts_a_noun, _lemma, _number_text, _word, cues)
from pipeline.claims.lexicon import normalize
from pipeline.claims.word_kinds import measure_words, noun_parses
from pipeline.claims.words import feature, pos, token_at

# Older than this, a bare number beside a name is no one's age.
MAX_AGE = 120
# 'Водителю рейсового автобуса 52 года': at most this many genitive words stand between an owner and the age.
MAX_GENITIVE_WORDS = 3


def is_age_rating(words, figure):
    """'(16+)', 'материал 18+': the age mark of a film or page, not a count."""
    end = figure.number_end
    return figure.unit == "count" and _number_text(words, figure) in cues()["age_ratings"] \
        and _word(words, end) == "+" and words.gaps[end - 1] == "" and not _counts_a_noun(words, end + 1)


def is_age(words, figure):
    if _first_of_ages(words, figure) or _age_named_after_dash(words, figure):
        return True
    if _bare_age_of_person(words, figure) or _bare_age_of_dative_aside(words, figure):
        return True
    if _bare_age_of_dative_pronoun(words, figure):
        return True
    if _age_over_of_dative(words, figure) or _age_limit_of_dative(words, figure):
        return True
    if figure.unit == "month" and _age_of_dative(words, figure) and _animate(words, _owner_before(words, figure)):
        return True   # 'Котёнку 2 месяца': the young of people and animals are aged in months
    # 'в возрасте 3 месяцев': a young animal's or a child's age is given in months too
    age_word = _age_word_before(words, figure.start)
    if figure.unit in DURATION_UNITS and age_word is not None:
        return age_word
    # 'самому старшему участнику исполнилось 62': a bare number after an age word
    if figure.unit == "count" and age_word and figure.value <= MAX_AGE and not _counts_a_noun(words, figure.end):
        return True
    if figure.unit != "year":
        return False
    table = cues()
    if tuple(words.norms[figure.end:figure.end + 2]) in table["age_after_phrases"]:
        return True
    # "Дети до 14 лет", "граждан от 18 лет": a limit of years on a group of
    # people is an age (CLAIMS.md: "в возрасте до пяти лет" is not a claim)
    before = figure.start - 1
    if _word(words, before) in table["age_limit_prepositions"] and words.tokens is not None and before > 0:
        person = words.tokens[before - 1]
        if person.pos_ in ("NOUN", "PROPN") and _names_people(person):
            return True
    if figure.kind == "compound" and "летн" in words.norms[figure.end - 1]:
        return _modifies_person(words, figure.end)
    return _age_at(words, figure) or _age_aside(words, figure) or _age_of_dative(words, figure) \
        or _age_after_person(words, figure.start, figure.end, ranged=figure.value_max is not None) \
        or _age_after_name(words, figure)


def _age_word_before(words, start):
    """'в возрасте 16 лет', 'старше 6 месяцев': True for an age word up to three
    words before, False when it names an average ('со средним возрастом 9,6
    года' is a statistic), None when there is no age word."""
    table = cues()
    for span in range(1, 4):
        for length in (1, 2):
            first = max(0, start - span - length + 1)
            phrase = tuple(words.norms[first:start - span + 1])
            if phrase in table["age_before_phrases"]:
                return _word(words, first - 1) not in table["average_words"]
    return None


def _names_people(token):
    """A person noun, or a group of people the tagger takes as a thing
    ('молодежь до 30 лет': collective nouns are inanimate in grammar)."""
    return token.morph.get("Animacy") == ["Anim"] or normalize(token.lemma_) in cues()["people_collectives"]


def _age_after_person(words, start, end, ranged=False):
    """'задержали двух жителей Березников 19 и 21 года', 'мужчина 45 лет':
    bare years right after a person (a name may stand between) are an age.
    Not when a verb follows: 'Жители Москвы 10 лет ждали' (a duration), unless
    the years are a list ('подростки 15 и 16 лет повредили'): one duration is not listed twice;
    nor is it given as a band ('Молодёжь 18–24 лет рассчитывает', ranged)."""
    if words.tokens is None:
        return False
    index = start - 1
    while index > 0 and (words.norms[index] in AGE_LIST_LINKS or PLAIN_INTEGER.match(words.norms[index])):
        index -= 1   # the first ages of a list: "19 и 21 года"
    listed = index < start - 1 or any(norm in AGE_LIST_LINKS for norm in words.norms[start:end])
    # 'Молодёжь 18–24 лет рассчитывает': a range of years after people is an age band, as a list is
    listed = listed or ranged
    if pos(words, end) in ("VERB", "AUX") and not listed and not _picks_out_a_group(words, index):
        return False
    if _lemma(words, end) in cues()["punishment_after_years"]:
        return False   # 'просило для чиновника восемь лет лишения свободы': a term asked for him
    if pos(words, index) in ("VERB", "AUX", "ADP") or _word(words, index) in cues()["age_limit_prepositions"]:
        return False
    # a place or a name between, however the tagger reads it ("Березников" as ADJ)
    while index > 0 and (pos(words, index) == "PROPN" or words.texts[index][:1].isupper()):
        index -= 1
    token = token_at(words, index)
    if token is not None and token.morph.get("Case") == ["Dat"]:
        return False   # 'сыну 3 года' or 'назначил бухгалтеру 3 года': _age_of_dative tells them apart
    return token is not None and token.pos_ == "NOUN" and _names_people(token)


def _picks_out_a_group(words, person):
    """'среди респондентов 18–34 лет достигает': people after a preposition that
    picks a group out of a whole, and the years after them narrow the group, so they
    are its age even when a verb follows ('Жители Москвы 10 лет ждали' is a duration)."""
    return _word(words, person - 1) in cues()["group_prepositions"]


def _age_over_of_dative(words, figure):
    """'тем, кому за 60', 'ему давно за 70': 'за' and a bare number after a pronoun in
    the dative says someone is older than that, an age ('заплатили им за 30 часов' counts a noun)."""
    if figure.unit != "count" or figure.preposition != "за" or figure.value > MAX_AGE \
            or _counts_a_noun(words, figure.end):
        return False
    owner = figure.start - 2
    while owner > 0 and (_word(words, owner) in cues()["focus_particles"] or pos(words, owner) == "ADV"):
        owner -= 1   # 'ему уже за сорок', 'им давно за 70'
    return pos(words, owner) == "PRON" and feature(words, owner, "Case") == "Dat"


def _age_named_after_dash(words, figure):
    """'18 — возраст самой юной участницы': a number that a dash says is an
    age ('34 — средний возраст' names a statistic, and stays a claim)."""
    if figure.unit not in ("count", "year") or _word(words, figure.end) not in CLAUSE_DASHES_AS_TYPED:
        return False
    return _lemma(words, figure.end + 1) in cues()["age_nouns_after_dash"]


def _first_of_ages(words, figure):
    """'19' of '19 и 21 года': a bare number joined by 'и' to an age."""
    if figure.unit != "count" or figure.preposition is not None or figure.bound is not None:
        return False
    end = figure.end
    if _word(words, end) not in AGE_LIST_LINKS or not PLAIN_INTEGER.match(_word(words, end + 1)) \
            or _word(words, end + 2) not in cues()["year_words"] | cues()["age_phrase_years"]:
        return False
    # 'хозяев, которым 68 и 71 год': the list's owner may stand in the dative
    return _age_after_person(words, figure.start, end + 3) or _age_of_dative(words, figure)


def _age_at(words, figure):
    """'В 16 лет он уехал': 'в N лет' hanging on no noun is the age at which something happened
    ('разница в 5 лет', 'срок в 10 лет' measure, and keep their claims)."""
    if figure.preposition not in ("в", "во") or figure.bound is not None \
            or _word(words, figure.end - 1) not in cues()["age_phrase_years"]:
        return False
    noun = figure.start - 2
    if pos(words, noun) not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return True
    return _lemma(words, noun) not in measure_words("quantity_nouns") and _hangs_on_verb(words, figure.end - 1)


def _hangs_on_verb(words, index):
    """'Начала заниматься спортом в 11 лет': the noun before 'в' is the verb's,
    and the years hang on the verb too, as a time of life ('Срок в 10 лет
    истёк', which the parser may hang on the verb, names a quantity noun)."""
    token = token_at(words, index)
    return token is not None and token.dep_ == "obl" and token.head.pos_ == "VERB"


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


def _age_after_name(words, figure):
    """'считает экономист Игорь Мельничук, 38 лет.', 'С уважением, Нина К., 67 лет,
    пенсионерка': years set off by commas right after a person's name, closing the
    phrase, are the person's age ('Петров, 20 лет проработавший на заводе' goes on to a word)."""
    if figure.preposition is not None or figure.bound is not None or figure.value_max is not None:
        return False
    if _word(words, figure.start - 1) != "," or _word(words, figure.end) not in ("", ",", ".", ";", ")"):
        return False
    name = figure.start - 2
    if _word(words, name) == ".":
        name -= 1   # an initial: 'Нина Сергеевна К., 67 лет'
    return _is_person_name(words, name)


def _bare_age_of_person(words, figure):
    """'Пётр Сидоров (Чехия, 36, 2792)': in a bracket after a person's name,
    a bare whole number between commas, another number after it, is the
    person's age; the number after it is what the entry is about."""
    if figure.unit != "count" or figure.preposition is not None or figure.bound is not None \
            or not PLAIN_INTEGER.match(_number_text(words, figure)) or figure.value > MAX_AGE:
        return False
    if _word(words, figure.start - 1) != "," or _word(words, figure.end) != "," \
            or not PLAIN_INTEGER.match(_word(words, figure.end + 1)):
        return False
    opening = _bracket_opening(words, figure.start)
    return opening is not None and _is_person_name(words, opening - 1)


def _bare_age_of_dative_aside(words, figure):
    """'мы с мужем (ему 34, мне 31)': a bare whole number right after a person
    in the dative, set aside in brackets, is that person's age, as 'ему 34 года'
    is; the writer leaves out 'года' because the bracket says enough."""
    if figure.unit != "count" or figure.preposition is not None or figure.bound is not None \
            or not PLAIN_INTEGER.match(_number_text(words, figure)) or figure.value > MAX_AGE:
        return False
    if _word(words, figure.end) not in (",", ")") or _bracket_opening(words, figure.start) is None:
        return False
    person = figure.start - 1
    return pos(words, person) in ("PRON", "NOUN", "PROPN") and feature(words, person, "Case") == "Dat" \
        and (pos(words, person) == "PRON" or _names_people(token_at(words, person)))


# what may close a bare age: the end of its clause
CLAUSE_ENDS = ("", ",", ".", ";", ")", "!", "?", "»")


def _bare_age_of_dative_pronoun(words, figure):
    """'Галина Петровна, которой 78, говорит', 'Ей в марте восемьдесят будет',
    'ей семьдесят шесть', 'Николаю Шамраю шестьдесят три', 'самому молодому
    сорок три': a bare whole number after a pronoun or a person in the dative,
    closing its clause or followed by 'быть', is how old that person is, as
    'ей 78 лет' is; the writer leaves out 'лет' (an adverb, 'быть' or a time
    phrase may stand between)."""
    if figure.unit != "count" or figure.preposition is not None or figure.bound is not None \
            or figure.value_max is not None or figure.value > MAX_AGE or figure.end != figure.number_end:
        return False
    if not _whole_number_in_words_or_digits(words, figure):
        return False
    if _word(words, figure.end) not in CLAUSE_ENDS and not _is_copula(words, figure.end):
        return False
    index = figure.start - 1
    while index > 0:
        if pos(words, index) == "ADV" or _is_copula(words, index):
            index -= 1
        elif pos(words, index) == "NOUN" and pos(words, index - 1) == "ADP":
            index -= 2   # a time phrase: 'в марте'
        else:
            break
    if pos(words, index) == "PRON":
        return feature(words, index, "Case") == "Dat"
    return _dative_person_not_an_object(words, index)


def _whole_number_in_words_or_digits(words, figure):
    """'78' or 'семьдесят шесть': one group of digits, or number words only
    (not '2,5', nor digits in groups)."""
    texts = words.texts[figure.number_start:figure.number_end]
    if len(texts) == 1:
        return "," not in texts[0]
    return all(text.isalpha() for text in texts)


def _dative_person_not_an_object(words, index):
    """'Николаю Шамраю', 'самому молодому': a person in the dative (a name, a
    person noun, or an adjective standing for one) that no verb before it
    takes as its object ('раздали детям 30' gives to them)."""
    if feature(words, index, "Case") != "Dat" or pos(words, index) not in ("NOUN", "PROPN", "ADJ"):
        return False
    if pos(words, index) != "ADJ" and not _animate(words, index):
        return False
    while index > 0 and pos(words, index - 1) in ("ADJ", "DET", "PROPN") and feature(words, index - 1, "Case") == "Dat":
        index -= 1
    return pos(words, index - 1) not in ("VERB", "AUX") or _is_copula(words, index - 1)


def _bracket_opening(words, start):
    """Index of the '(' the word at `start` stands in, looking a few words back, or None."""
    for index in range(start - 1, max(-1, start - 8), -1):
        if words.norms[index] == ")":
            return None
        if words.norms[index] == "(":
            return index
    return None


def _is_person_name(words, index):
    token = token_at(words, index)
    return token is not None and token.pos_ == "PROPN" and token.morph.get("Animacy") == ["Anim"]


def _age_of_dative(words, figure):
    """'ему 30 лет', 'Этому моторчику сегодня 1 год', 'компании 25 лет': whose age, in the dative."""
    if figure.preposition is not None or words.tokens is None:
        return False
    index = _owner_before(words, figure)
    if pos(words, index) not in ("NOUN", "PRON", "PROPN") or not _reads_as_dative(words, index):
        return False
    # "дали ему 5 лет", "назначил бывшему бухгалтеру 3 года": a verb before the
    # dative (and its adjectives) makes the years its object (a term)
    index -= 1
    while index >= 0 and pos(words, index) in ("ADJ", "DET"):
        index -= 1
    return pos(words, index) not in ("VERB", "AUX") or _is_copula(words, index)


def _reads_as_dative(words, index):
    """'Котёнку 2 месяца', 'Щенкам до 6 месяцев': a capital opening the
    sentence makes the tagger guess a name in the nominative; the dictionary
    still reads the form as a dative of a noun."""
    if feature(words, index, "Case") == "Dat":
        return True
    opens_sentence = all(not text[:1].isalnum() for text in words.texts[:index])
    if opens_sentence and pos(words, index) == "PROPN" and any("datv" in parse.tag for parse in noun_parses(words.texts[index])):
        return True
    return _names_someone_in_the_dative(words, index)


def _names_someone_in_the_dative(words, index):
    """'Сейчас Лаптеву 51 год': the tagger reads a surname or a first name as
    a nominative subject where the dictionary knows the form only as some
    name's dative ('Лаптеву' is 'Лаптев' or 'Лаптева' in the dative or the
    accusative, never a nominative)."""
    if not _is_person_name(words, index):
        return False
    readings = [parse for parse in noun_parses(words.texts[index]) if {"Surn", "Name"} & parse.tag.grammemes]
    return any("datv" in parse.tag for parse in readings) and not any("nomn" in parse.tag for parse in readings)


def _age_limit_of_dative(words, figure):
    """'Щенкам до 6 месяцев хватит 4–5 прогулок', 'детям до 3 лет', 'тех,
    кому от 18 до 24 лет', 'донорам — от 18 лет': a limit of years or months
    right after an animate noun or a pronoun in the dative (a dash may stand
    between, for the verb left out) says whom the sentence is about, by age
    (the people's limit in years is read in is_age)."""
    before = figure.start - 1
    if figure.unit not in DURATION_UNITS or _word(words, before) not in cues()["age_limit_prepositions"] or before < 1:
        return False
    if _lemma(words, figure.end) in cues()["punishment_after_years"]:
        return False   # 'фигурантам — до 5 лет колонии': a term, not an age
    owner = before - 1
    if _word(words, owner) in CLAUSE_DASHES_AS_TYPED:
        if figure.unit != "year":
            return False   # 'Очередь к специалистам — до 10 дней': a wait, not an age
        owner -= 1   # 'донорам — от 18 лет': the dash stands for the verb left out
    if pos(words, owner) == "PRON":
        return feature(words, owner, "Case") == "Dat"   # 'тех, кому от 18 до 24 лет'
    return pos(words, owner) in ("NOUN", "PROPN") and _animate(words, owner) and _reads_as_dative(words, owner)


def _animate(words, index):
    """A living owner, by the tagger or, where it guessed a name, by the dictionary."""
    return feature(words, index, "Animacy") == "Anim" \
        or any("anim" in parse.tag and "datv" in parse.tag for parse in noun_parses(words.texts[index]))


def _owner_before(words, figure):
    """The word an age in the dative belongs to: "ему было 30 лет", "будь ему
    сейчас 6 лет": adverbs and 'быть' leave the dative the owner, and a
    genitive after it says which owner."""
    index = _before_earlier_ages(words, figure.start - 1)
    while index >= 0 and (pos(words, index) == "ADV" or _is_copula(words, index)):
        index -= 1
    return _before_genitive_modifiers(words, index)


def _before_earlier_ages(words, index):
    """'хозяев, которым 68 и 71 год': step back over the earlier ages of a list
    ('68 и') from the word at `index`, so that the last age finds the owner too."""
    while index >= 1 and words.norms[index] in AGE_LIST_LINKS and PLAIN_INTEGER.match(words.norms[index - 1]):
        index -= 2
    return index


def _before_genitive_modifiers(words, index):
    """'Водителю грузовика 34 года': a genitive after the owner says which
    owner ('водителю' of which lorry); step over it (and its adjectives) to the dative."""
    start = index
    while index > 0 and start - index < MAX_GENITIVE_WORDS and feature(words, index, "Case") == "Gen" \
            and pos(words, index) in ("NOUN", "PROPN", "ADJ"):
        index -= 1
    return index if feature(words, index, "Case") == "Dat" else start


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
        return True   # "150-летний юбилей": an anniversary is an age of a thing; "в 17-летнем возрасте"
    return token.pos_ not in ("NOUN", "ADJ")
