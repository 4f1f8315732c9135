"""What kind of word a token is, as the metric rules ask it.

A number or the unit word of another figure ('650 млрд рублей'), a person's
name, a period ('за квартал'), a participle, a verb the tagger took for a
noun ('Заполняемость') or a noun it took for a verb ('прикупил'), a word
that may be a subject (nominative, agreeing). These are tests on one token
and its neighbours; finding a figure's metric is pipeline/claims/metric.py.
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims import context
from pipeline.claims.lexicon import (case_words, lemma_of, load_json, normalize, skipped_before_figure,
                                    start_of_reckoning_phrase_before)
from pipeline.claims.units import comparison_mark_end, longest_comparison_mark, read_unit
from pipeline.lemma import analyzer


NOUNISH = {"NOUN", "PROPN"}
NOUN_OR_ADJ = {"NOUN", "PROPN", "ADJ", "PRON", "DET"}
COUNT_DEPS = {"nummod", "nummod:gov", "nummod:entity"}
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
CLAUSE_CONJUNCTIONS = {"а", "но"}     # open a clause of their own
CLAUSE_EDGES = {",", ";", ":", "(", ")", "."} | CLAUSE_DASHES | CLAUSE_CONJUNCTIONS
QUOTES = {"«", "»", '"', "„", "“", "”"}
# The punctuation that closes a clause or a sentence, for rules that read the words
# up to it ('их 30 человек', 'ещё 380 млн рублей компания задолжала'), and the same
# with the clause dashes ('из них 310 — реанимационные, а ...')
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", ")", ".", "!", "?"})
CLAUSE_PUNCTUATION_OR_DASH = CLAUSE_PUNCTUATION | CLAUSE_DASHES


@lru_cache(maxsize=None)
def measure_words(kind):
    """A word list of models/claims/measures.json as normalized forms."""
    return frozenset(normalize(word) for word in load_json("measures.json")[kind])


def is_quantity_noun(token):
    """Whether the word's lemma names a quantity (measures.json quantity_nouns:
    'выручка', 'посещаемость', 'число'): what a figure measures, not who or what
    it counts. The part of speech is the caller's to check, since the tagger
    sometimes takes such a noun for an adjective or a name."""
    return lemma_of(token) in measure_words("quantity_nouns")


def verb_of_kind_right_before(inside, doc, kind, max_gap=None, dative_words=0):
    """A verb of a measures.json kind right before the figure, with only
    prepositions, adverbs, bound words and a phrase of reckoning between
    ('продают по 280 рублей', 'обходилась в среднем в 7 400 рублей'): the
    parser may hang the figure on the verb of another clause, so word order
    decides. Up to dative_words words of a dative phrase may stand between
    too, who pays ('обошёлся областной больнице в 54 млн'), not counted in
    max_gap, the most words skipped."""
    start = min(inside)
    word = word_before(doc, start, verb_gap(start, max_gap, dative_words))
    if word is not None and acts_as_verb_form(word) and lemma_of(word) in measure_words(kind):
        return word
    return None


def word_before(doc, start, skip, limit=None):
    """The word a rule reads as the one right before the figure that starts
    at token `start`: the nearest word to its left that `skip` does not step
    over, or None at the start of the text.

    The parser often hangs a figure on a word it only stands near, so many
    rules read word order instead, and each steps over other words on the way:
      lasting           bounds, prepositions, a comma or dash, a few at most
                        ('длящаяся более 20 недель', 'срок — до трёх лет'): the
                        verb or noun of the span stands before them;
      verb_gap (below)  prepositions, adverbs, particles, a phrase of reckoning
                        and a dative payer ('обошёлся больнице в среднем в 54
                        млн'): a value or buying verb stands before them;
      plain_predicates  bounds, particles, adverbs of time ('ставка была бы
                        около 6%'): the predicate stands before them;
      ellipsis          spaces, bounds and prepositions ('За отопление — около
                        2,3 млрд'): the comma or dash that links the figure;
      hung_on           bounds that restate ('в валюте: около 2 000'): the colon
                        of a label or the 'и' of a list item;
      purposes          pronouns, names, adverbs, particles ('задолжала ему за
                        транзит'): the verb of paying stands before them;
      prison_terms      the figure written just before ('от двух до трёх с
                        половиной лет'), to reach the bound before it.
      bound_words(kind) a list of bound words alone ('мультипликатором P/BV
                        около 0,8', 'был почти 5%'): near_figure, metric,
                        lists/neighbours and ellipsis read the name, frame noun
                        or verb right before them.
    The words differ by reader because the readers look for different words
    (a verb is never a bound, a colon is never a preposition); merging the
    lists changes the output (bounds.json, skipped_before_figure).

    skip(word) tells how many words ending at `word` to step over: 0 (False)
    stops the walk there, 1 (True) steps over the word itself, more over a
    phrase ending in it ('в общей сложности'). A rule that may step over only
    a few words says so in its skip: it returns 0 once the walk is too far.

    limit, for a rule that reads no further left than a given token (the first
    word of the figure's sentence: lists/items reads a list line's label within
    it), is where the walk stops: that word is read whatever skip says of it.
    A figure that starts at the limit itself reads the word right before it,
    as the walk never starts."""
    index = start - 1
    leftmost = 0 if limit is None else limit + 1
    while index >= leftmost:
        width = int(skip(doc[index]))
        if width == 0:
            break
        index -= width
    return doc[index] if index >= 0 else None


def bound_words(kind):
    """The skip rule (for word_before) of a rule that steps over one list of
    bounds.json skipped_before_figure ('около', 'почти', 'до' ...): the bound
    words of a figure say how exact it is, not what it measures."""
    words = skipped_before_figure(kind)
    return lambda word: normalize(word.text) in words


def verb_gap(start, max_gap=None, dative_words=0):
    """The skip rule (for word_before) between a verb and its figure that starts
    at token `start`: prepositions, adverbs and particles ('продают по 280'), a
    phrase of reckoning ('обходилась в среднем в 7 400', whose 'среднем' the
    tagger tags NOUN), and up to dative_words words of a dative phrase, who pays
    ('обошёлся областной больнице в 54 млн'); at most max_gap words besides the
    payer's. Made anew for each walk, as it counts the payer's words."""
    payer_words = 0

    def skip(word):
        nonlocal payer_words
        if max_gap is not None and start - word.i - payer_words > max_gap:
            return 0
        reckoning_start = start_of_reckoning_phrase_before(word.i + 1, word.doc)
        if reckoning_start <= word.i:
            return word.i + 1 - reckoning_start
        if payer_words < dative_words and word.pos_ in NOUN_OR_ADJ and "Dat" in word.morph.get("Case") \
                and not acts_as_verb_form(word):
            payer_words += 1
            return 1
        return word.pos_ in ("ADP", "ADV", "PART")
    return skip


def acts_as_verb_form(word):
    """A verb, or a participle the tagger took for an adjective ('мост,
    обошедшийся бюджету в 1,15 млрд'): its lemma is still the verb's."""
    return word.pos_ == "VERB" or (word.pos_ == "ADJ" and lemma_of(word).endswith(INFINITIVE_ENDINGS))


def clause_span(doc, first, last, bounds, edges):
    """(start, end) token indices of the clause around tokens first..last: out
    to the nearest of the `edges` words on either side, within `bounds`, the
    (start, end) of the sentence. The edges differ by reader: a sport result
    reads across a dash ('в беге на 100 м — 10,61 с'), a purpose does not."""
    start = first
    while start > bounds[0] and normalize(doc[start - 1].text) not in edges:
        start -= 1
    end = last + 1
    while end < bounds[1] and normalize(doc[end].text) not in edges:
        end += 1
    return start, end


# The dependency labels of a clause that describes the noun it hangs on
# ('гражданам, участвовавшим ...', 'убытки, которые оцениваются ...').
MODIFIER_CLAUSES = ("acl", "acl:relcl")


@lru_cache(maxsize=None)
def _relative_pronouns():
    return frozenset(normalize(lemma) for lemma in load_json("anaphora.json")["relative"])


def is_relative_pronoun(token):
    """'который' in any form (anaphora.json relative): it opens a clause about
    the noun before it."""
    return lemma_of(token) in _relative_pronouns()


def in_comparison_mark(token):
    """'г/г', 'м/м', 'кв/кв', 'г./г.' (cut into three or five words): what a change
    is reckoned against ('15,1% г/г'), not what it measures (measures.json comparison_marks)."""
    doc, longest = token.doc, longest_comparison_mark()
    for start in range(max(0, token.i - longest + 1), token.i + 1):
        norms = [normalize(t.text) for t in doc[start:start + longest]]
        end = comparison_mark_end(norms, 0)
        if end is not None and start + end > token.i:
            return True
    return normalize(token.text) in measure_words("comparison_marks")


@lru_cache(maxsize=None)
def metric_units():
    """{metric lemma: unit}: 'рейтинг — 2804' is a rating (other), not a count."""
    return {normalize(word): unit for word, unit in load_json("measures.json")["metric_units"].items()}


@lru_cache(maxsize=None)
def scale_words():
    numbers = load_json("numbers.json")
    scales = [*numbers["scales"].values(), *(entry for entry in numbers["money_scales"].values() if isinstance(entry, dict))]
    words = {normalize(form) for entry in scales for form in entry["forms"]}
    return words | {normalize(word).rstrip(".") for word in numbers["scale_abbreviations"]}


def scale_word(token):
    """'тыс.', 'млрд', 'миллионов': the scale of some number, never a thing
    a figure measures, even when the parser makes it a subject or the noun
    after a preposition ('Из 11 тыс. стартовавших')."""
    return normalize(token.text).rstrip(".") in scale_words()


@lru_cache(maxsize=None)
def half_scale_words():
    """'полмиллиона', 'полтысячи': half a scale, written as one word."""
    return {normalize(form) for entry in load_json("numbers.json")["half_scales"].values() for form in entry["forms"]}


def is_number_phrase(token, inside=frozenset()):
    """'650 млрд рублей', 'тыс', '32,7 млн т': a figure of its own (another
    claim's number, scale word or unit word), never what a figure measures.
    The counted noun of this figure ('428 сообщений', its number being in
    `inside`) is no such."""
    # (spaCy's like_num takes "единиц" for a number word: digits are checked instead)
    if number_word(token) or unit_of_a_number(token, inside):
        return True
    # a number after the noun is another matter ("26 депутатов из 30")
    return any(child.dep_ in COUNT_DEPS and child.i not in inside and child.i < token.i and number_word(child)
               and not _noun_between(child, token) and not _one_as_base(child)
               for child in token.children)


@lru_cache(maxsize=None)
def _one_forms():
    return frozenset(load_json("exclusions.json")["one_forms_nominative"])


def _one_as_base(number):
    """'Один оборот занимает 17 суток', 'один билет стоит 300 рублей': the
    noun after 'one' is the thing a later figure measures, a base of one, not
    a figure of its own (the lone-one rules drop such 'one'). Only as a
    subject in the nominative, active or passive ('один перевод оценивается в
    $520'): 'читающих хотя бы одну книгу' (parsed as a subject at times) is no
    base of the share after it."""
    # (the case of 'один виток' is tagged either way; the form of 'one' decides)
    return normalize(number.text) in _one_forms() and number.head.dep_ in SUBJECT_DEPS


def _noun_between(number, token):
    """'430 тыс. человек, а ... 1,02 млн жителей' with '430 тыс.' hung on
    'жителей': a number counts the first noun after it, so a parse that
    crosses a noun does not make the later noun that number's."""
    return any(t.pos_ in NOUNISH and not number_word(t) for t in token.doc[number.i + 1:token.i])


def number_word(token):
    # 'больше 90 баллов': the tagger may call a comparative before a number NUM;
    # it is the figure's bound, not a number of its own
    if "Cmp" in token.morph.get("Degree") and not _has_digit(token):
        return False
    if normalize(token.text) in measure_words("how_many_words"):
        return False    # 'сколько пассажиров' asks for a number, it gives none
    return token.pos_ == "NUM" or _has_digit(token) or scale_word(token)


# How many tokens a unit written after its number may take ('тыс. кв. м').
UNIT_REACH = 4


def unit_of_a_number(token, inside=frozenset()):
    """'т' in '32,7 млн т', 'м' in '6,1 млн кв. м': the unit word that ends
    another figure is part of that figure. A currency or unit word standing
    alone ('курс доллара', 'цена метра') may well be what is measured, and
    so may the noun this figure counts ('100 баллов')."""
    doc = token.doc
    for start in range(token.i, max(token.i - UNIT_REACH - 1, 0), -1):
        before = doc[start - 1]
        if before.text == "." and start >= 2:
            before = doc[start - 2]       # the dot of an abbreviated scale word ('тыс.')
        if before.is_space:
            continue
        if not number_word(before) or before.i in inside:
            continue
        norms = [normalize(t.text) for t in doc[start:token.i + 1]]
        for variant in (norms, [norm.rstrip(".") for norm in norms]):
            unit, end = read_unit(variant, 0)
            if unit is not None and end == len(variant):
                return True
    return False


def _has_digit(token):
    return any(ch.isdigit() for ch in token.text)


# How long a lower-case abbreviation cut by a point may be: 'п. п.', 'тыс.', 'руб.'.
ABBREVIATION_LENGTH = 3


def point_ends_sentence(point):
    """Whether a full stop ends its sentence. A point glued to a short
    lower-case word cuts an abbreviation ('прибавила 1,8 п. п. и составила
    14,1%') and ends nothing, unless a capital letter follows it
    ('пожертвования составили ещё 96 тыс. Дамбу отстроили'), which the
    parse may still run on as one sentence."""
    if point.text != ".":
        return False
    after = point.i + 1
    if after == len(point.doc) or point.doc[after].text[:1].isupper():
        return True
    return not _cuts_abbreviation(point)


def _cuts_abbreviation(point):
    word = point.doc[point.i - 1] if point.i > 0 else None
    return word is not None and not word.whitespace_ and word.is_alpha and word.is_lower \
        and len(word.text) <= ABBREVIATION_LENGTH


def top_of_noun_chain(noun, may_climb=lambda lower, upper: True):
    """The noun a chain of nouns ends at, each hung on the one before it
    ('запаса топлива' -> 'запаса', 'Цена на масло' -> 'Цена'). Each rule
    says which links it climbs: `may_climb(lower, upper)`, for instance only
    genitives, or not past a change noun."""
    while noun.dep_ == "nmod" and noun.head.i < noun.i and may_climb(noun, noun.head):
        noun = noun.head
    return noun


def first_conjunct(word, may_climb=lambda lower, upper: True):
    """The first word of a row joined by 'и' or commas, the one the others
    hang on ('17 больниц и 42 школы' -> 'больниц'): a later conjunct stands
    where the first one stands. `may_climb(lower, upper)` says which links a
    rule climbs, for instance only between nouns in the same case."""
    while word.dep_ == "conj" and word.head.i < word.i and may_climb(word, word.head):
        word = word.head
    return word


def word_at_or_after(doc, index):
    """The first token from `index` on that is not white space (razdel keeps a
    line break as a token of its own), or None at the end of the text."""
    while index < len(doc) and doc[index].is_space:
        index += 1
    return doc[index] if index < len(doc) else None


def plural_of_people(word):
    """'горожане', 'респондентов', 'опрошенные': a plural naming people, an
    animate common noun or a participle standing for one (the tagger gives
    a participle used as a noun no animacy)."""
    if "Plur" not in word.morph.get("Number"):
        return False
    if word.pos_ == "NOUN":
        return "Anim" in word.morph.get("Animacy")
    return word.pos_ in ("VERB", "ADJ") and "Part" in word.morph.get("VerbForm")


def adjective_or_participle(word):
    """'прежних', 'запланированных', 'нынешних': a word that describes a noun,
    an adjective or a full participle ('вместо прежних 80')."""
    return word.pos_ == "ADJ" or (word.pos_ == "VERB" and word.morph.get("VerbForm") == ["Part"])


def used_as_noun(word):
    """'трое подозреваемых', 'двое раненых': a participle or adjective counted by
    a numeral and qualifying no noun is used as a noun."""
    # a short form ("ранены 1 380") is a predicate, not a noun: only full forms, which have case
    participle = word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm")
    return (participle or word.pos_ == "ADJ") and word.dep_ != "amod" \
        and bool(word.morph.get("Case")) and "Short" not in word.morph.get("Variant")


def dictionary_adjective(token):
    """'940 жёлтых и 31 красную карточку', 'жёлтых' tagged a noun: a word whose
    every dictionary reading is a full adjective is one, whatever the tagger guessed."""
    if token.pos_ == "ADJ":
        return True
    readings = dictionary_readings(token.lower_)
    return bool(readings) and all(parse.tag.POS == "ADJF" for parse in readings)


def dictionary_noun(token):
    """'приживаемость посадок составила 86%', tagged a participle: a word whose
    every dictionary reading is a noun is one, whatever the tagger guessed
    for a rare word."""
    if token.pos_ in NOUNISH:
        return True
    readings = dictionary_readings(token.lower_)
    return bool(readings) and all(parse.tag.POS == "NOUN" for parse in readings)


def common_noun(token):
    """A noun, also one the tagger took for a name for its capital letter
    ('Оферта действует 70 дней', 'Очередь ... сократилась' opening a sentence)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_ and dictionary_noun(token))


def short_adjective(token):
    """'согласны', 'готовы', 'уверен': a short adjective is the predicate of
    its clause, as a verb is; it modifies no noun."""
    return token.pos_ == "ADJ" and "Short" in token.morph.get("Variant")


def short_participle(token):
    """'установлен', 'заложена': a short passive participle is a predicate,
    agreeing with its subject in gender and number as a past-tense verb does;
    it modifies no noun."""
    return "Part" in token.morph.get("VerbForm") and "Short" in token.morph.get("Variant")


def modifying_participle(token):
    """'сжиженного газа': a participle modifies a noun, it ends no clause."""
    return "Part" in token.morph.get("VerbForm") and token.dep_ in ("amod", "acl")


@lru_cache(maxsize=None)
def _pointing_back_determiners():
    return frozenset(normalize(word) for word in load_json("anaphora.json")["pointing_back_determiners"])


def points_back(noun):
    """'этой суммы', 'данного объёма': a noun whose determiner points back to
    something named before."""
    return any(child.dep_ == "det" and lemma_of(child) in _pointing_back_determiners()
               for child in noun.children)


def may_be_nominative(token):
    """Nominative, or an inanimate accusative of the same form ('время',
    'курс', 'цены', 'готовность'; a feminine singular only where the
    dictionary writes both cases alike), which the tagger may have chosen
    instead."""
    case = token.morph.get("Case")
    if "Nom" in case or indeclinable(token):
        return True
    if not case and "Yes" in token.morph.get("Foreign"):
        return True       # 'EBITDA выросла': a word in Latin letters shows no case; it may be a subject
    return "Acc" in case and "Inan" in token.morph.get("Animacy") \
        and ("Plur" in token.morph.get("Number") or "Fem" not in token.morph.get("Gender")
             or _nominative_singular_form(token))


def _nominative_singular_form(noun):
    """'готовность', 'мощность': whether the dictionary offers this form as
    the nominative singular of the noun's lemma."""
    return any("nomn" in parse.tag and "sing" in parse.tag and normalize(parse.normal_form) == lemma_of(noun)
               for parse in noun_parses(noun.lower_))


@lru_cache(maxsize=50_000)
def dictionary_readings(word):
    """pymorphy3's readings of a lower-case word form, cached: the rules ask
    about the same forms again and again, and parsing is the costly part."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=50_000)
def noun_parses(word):
    """pymorphy3's noun readings of a word form."""
    return tuple(parse for parse in dictionary_readings(word.lower()) if parse.tag.POS == "NOUN")


def adjective_tagged_noun(token):
    """'максимальная взлётная — 6 800 кг', 'из них 12 — тяжёлые': a word the
    tagger calls a noun though the dictionary reads it only as an adjective:
    it stands for a noun left out and names nothing of its own. Substantivised
    words the dictionary knows as nouns ('рабочие', 'учёные') or participles
    ('пострадавшие') are not meant."""
    readings = dictionary_readings(token.lower_)
    return token.pos_ == "NOUN" and bool(readings) and all(parse.tag.POS == "ADJF" for parse in readings)


def measure_abbreviation(token):
    """'EBITDA', 'ARPU': a Latin abbreviation naming a measure, which the
    tagger leaves without a case and takes for a name (measures.json)."""
    return normalize(token.text) in measure_words("measure_abbreviations")


def indeclinable(token):
    """'евро', 'метро', 'кафе': a noun written alike in every case, whose case
    the tagger can only guess."""
    if token.pos_ != "NOUN":
        return False
    parses = noun_parses(token.lower_)
    return bool(parses) and all("Fixd" in p.tag for p in parses)


def nominative_reading(noun, verb):
    """'выдачи кредитов сократились', with 'выдачи' tagged a genitive singular:
    the dictionary may offer the same form as a nominative plural; whether
    it offers a nominative of this noun in the verb's number."""
    number = {"Sing": "sing", "Plur": "plur"}.get(next(iter(verb.morph.get("Number")), None))
    for parse in noun_parses(noun.lower_):
        if "nomn" in parse.tag and normalize(parse.normal_form) == lemma_of(noun) \
                and (number is None or number in parse.tag):
            return True
    return False


def stands_for_a_clause(token):
    """'половину того, что было сделано': a demonstrative followed by its own
    clause names a thing as a noun would."""
    return lemma_of(token) == "тот" and token.pos_ in ("PRON", "DET") \
        and any(child.dep_.startswith("acl") for child in token.children)


def genitive_reading(noun):
    """'к пяти годам ссылки', with 'ссылки' tagged an accusative plural: whether
    the dictionary offers the same form as a genitive of this noun."""
    return _dictionary_reading(noun, "gent")


def accusative_reading(noun):
    """'на премии', with 'премии' tagged a locative singular: whether the
    dictionary offers the same form as an accusative of this noun."""
    return _dictionary_reading(noun, "accs")


def instrumental_reading(noun):
    """'протяжённостью', tagged a participle: whether the dictionary offers
    the form as an instrumental of a noun with the same lemma."""
    return _dictionary_reading(noun, "ablt")


def bare_genitive(word):
    """A word in the genitive with no preposition of its own ('Картофеля',
    'овощей'): it says whose or of what, never where or about what."""
    return "Gen" in word.morph.get("Case") and not any(child.dep_ == "case" for child in word.children)


def quantity_noun_of_instrumental(word):
    """'марш протяжённостью 600 км', 'на участке протяжённостью около 12 км'
    with the form tagged an adverb or a genitive: when every dictionary
    reading of the form is the instrumental of one quantity noun, the word is
    that noun in the instrumental ('площадью', 'длиной', 'массой') whatever
    the tagger guessed. Returns that noun's lemma, or None."""
    lemmas = {normalize(parse.normal_form) for parse in dictionary_readings(word.lower_)
              if parse.tag.POS == "NOUN" and "ablt" in parse.tag}
    every_reading_instrumental = len(lemmas) == 1 and all(
        parse.tag.POS == "NOUN" and "ablt" in parse.tag for parse in dictionary_readings(word.lower_))
    if every_reading_instrumental and lemmas <= measure_words("quantity_nouns"):
        return next(iter(lemmas))
    return None


def _dictionary_reading(noun, case_tag):
    """Whether pymorphy3 reads the noun's form in the case `case_tag` ('gent',
    'accs') as a form of the same lemma, whatever case the tagger chose."""
    return any(case_tag in parse.tag and normalize(parse.normal_form) == lemma_of(noun)
               for parse in noun_parses(noun.lower_))


def agrees(noun, word):
    """Same number, and same gender where both have one."""
    for feature in ("Number", "Gender"):
        wanted, have = word.morph.get(feature), noun.morph.get(feature)
        if wanted and have and wanted != have:
            return False
    return True


def negated(verb):
    """'не превысит', 'не опустилась': the parser hangs the particle 'не' on the verb it denies."""
    return any(normalize(child.text) == "не" for child in verb.children)


def after_preposition(token):
    """A noun governed by a preposition ('при старте') is a circumstance, not a subject."""
    if any(child.dep_ == "case" for child in token.children):
        return True
    before = token.i - 1
    while before >= 0 and token.doc[before].pos_ in ("ADJ", "DET"):
        before -= 1
    return before >= 0 and token.doc[before].pos_ == "ADP"


def interviewer_label(token):
    """'«ДН»: Акции банка подешевели ...': a quoted or capitalised short name
    opening a line and closed by a colon is who asks in an interview (the
    outlet), never the subject of the question's verb. A plain noun before a
    colon ('Аренда: однушку сдают ...') names a topic and is no label."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].text in QUOTES:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text:
        return False
    end = token.i + 1
    while end < len(doc) and doc[end].text in QUOTES:
        end += 1
    if end >= len(doc) or doc[end].text != ":":
        return False
    quoted = start < token.i
    return quoted or (len(token.text) > 1 and token.text.isupper())


def names_person(token):
    """A person's name ('Игорь Белов', the speaker label 'И. Белов:' of an
    interview): who acts or speaks, never what a figure measures. A quantity
    noun the tagger took for a surname ('Надой на корову превысил ...') is none."""
    if is_quantity_noun(token):
        return False
    if token.ent_type_ == "PER" and not _common_word_taken_for_a_name(token):
        return True
    # a title before a name ('мэр Сергей Кузнецов') names the person too
    if any(child.dep_ == "appos" and child.ent_type_ == "PER" and child.i == token.i + 1 for child in token.children):
        return True
    if interviewer_label(token):
        return True
    # an initial: one capital letter and a dot, which NER may leave untagged
    doc = token.doc
    return token.pos_ == "PROPN" and len(token.text) == 1 and token.text.isupper() \
        and token.i + 1 < len(doc) and doc[token.i + 1].text == "."


# pymorphy3's tags of a person's name, surname and patronymic.
PERSON_NAME_TAGS = ("Name", "Surn", "Patr")



def names_living_being(token):
    """A person's name or an animate noun ('водителей', 'хозяева'): who pays,
    acts or owns, not what a figure measures."""
    return names_person(token) or "Anim" in token.morph.get("Animacy")

def _common_word_taken_for_a_name(token):
    """'Сахар потерял в цене 0,7%', 'Гречка подешевела': a common noun opening
    the sentence, alone, that NER tagged a person for its capital letter. The
    dictionary knows it only as a common noun, with no name or surname reading
    ('Путин', 'Мороз', 'Белов' have one), so it is a thing and may be measured."""
    if not token.is_sent_start or token.ent_iob_ != "B":
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False
    readings = dictionary_readings(token.lower_)
    return bool(readings) and all(parse.tag.POS == "NOUN" and not any(tag in parse.tag for tag in PERSON_NAME_TAGS)
                                  for parse in readings)


def labels_a_line(token):
    """'«ДН»: ...', 'Вопрос: ...': the word that opens a line and is followed
    by a colon labels who speaks (an interview's question or answer); it is
    never the subject of the sentence after the colon."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].text in QUOTES:
        after += 1
    if after >= len(doc) or doc[after].text != ":":
        return False
    before = token.i - 1
    while before >= 0 and doc[before].text in QUOTES:
        before -= 1
    return before < 0 or (doc[before].is_space and "\n" in doc[before].text)


def names_period(token):
    """'за квартал', 'в марте', 'по итогам года': a month, a day of the week,
    a time of day ('днём', 'ночью'), or a time noun after its preposition,
    says when; it is never what a figure measures."""
    lexicon = context.context_lexicon()
    lemma = lemma_of(token)
    if lemma in lexicon["months"] or names_day(token):
        return True
    if "Ins" in token.morph.get("Case") and _governs_a_figure(token):
        return False      # 'с периодом 6,4 часа': a time noun with its figure is a measure, not when
    if lemma not in lexicon["time_nouns"]:
        return False
    return bool(case_words(token) & lexicon["time_prepositions"]) or _dated_back(token, lexicon)


def names_day(token):
    """'Вторник: днём +4 °C, ночью −2 °C', 'в воскресенье составит 12 см': a day
    of the week, or a time of day in the bare instrumental, says when a
    weather column's figure holds; it belongs to no quantity either."""
    lexicon = context.context_lexicon()
    if lemma_of(token) in lexicon["weekdays"]:
        # a day is one ('в среду'); 'границу раздела двух сред' is a medium
        return "Plur" not in token.morph.get("Number")
    # (a sign the parser hangs on it as a preposition, '+' of '+9 °C', is none)
    return normalize(token.text) in lexicon["times_of_day"] and not any(word.isalpha() for word in case_words(token))


def _dated_back(token, lexicon):
    """'год назад', 'месяцем ранее': a time noun right before a word dating
    back from now says when, with no preposition."""
    after = token.i + 1
    return after < len(token.doc) and normalize(token.doc[after].text) in lexicon["relative_time_adverbs"]


def _governs_a_figure(token):
    """'периодом 6,4 часа': a number, or a unit word counted by one, hangs from token."""
    return any(number_word(child) or any(number_word(g) for g in child.children) for child in token.children)


def finite_verb(token):
    if mistagged_noun(token):
        return False
    return (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")) or _past_tense_form(token)


# Noun suffixes that no infinitive or adjective lemma ends in (which '-сть' alone
# would not tell: 'класть'; an adjective's lemma ends in -ий, never -ие).
NOUN_ONLY_SUFFIX = ("ость", "ение", "ание")
# How an adjective's lemma ends ('общий' is in the quantity nouns for 'общий объём').
ADJECTIVE_LEMMA_ENDINGS = ("ый", "ий", "ой")


def mistagged_noun(token):
    """'Укомплектованность врачами — 83%', 'Заполняемость гостиниц — 64%' with
    the first word tagged VERB or ADJ: every form of a verb has an infinitive
    for its lemma and an adjective a lemma in -ый/-ий/-ой; a lemma in -ость
    or -ение ('ожидают замедления роста', tagged ADJ), or a 'verb' whose
    lemma is no infinitive, is a noun's."""
    lemma = lemma_of(token)
    if token.pos_ in ("VERB", "AUX"):
        return not lemma.endswith(INFINITIVE_ENDINGS) or lemma.endswith(NOUN_ONLY_SUFFIX)
    # 'Площадь района — 14,3 тыс. км²' tagged ADJ: a quantity noun's lemma
    # with no adjective ending is the noun's
    return token.pos_ == "ADJ" and (lemma.endswith(NOUN_ONLY_SUFFIX)
                                    or (lemma in measure_words("quantity_nouns")
                                        and not lemma.endswith(ADJECTIVE_LEMMA_ENDINGS))
                                    or _only_a_noun_in_the_dictionary(token))


def _only_a_noun_in_the_dictionary(token):
    """'вылов тихоокеанских лососей составил 286,4 тыс. тонн' with 'вылов'
    tagged an adjective: a word the dictionary reads only as a noun, under
    a lemma with no adjective ending, is that noun."""
    readings = dictionary_readings(token.lower_)
    return bool(readings) and all(parse.tag.POS == "NOUN" and not parse.normal_form.endswith(ADJECTIVE_LEMMA_ENDINGS)
                                  and "Abbr" not in parse.tag and "UNKN" not in parse.tag for parse in readings)


def verb_form_tagged_noun(word):
    """'Картофеля ... накопано 486 тыс. тонн' with 'накопано' tagged a noun:
    a word the dictionary reads only as a form of a verb (a short or full
    participle, a finite form) names no thing, whatever the tagger says."""
    readings = dictionary_readings(word.lower_)
    return word.pos_ == "NOUN" and bool(readings) and all(parse.tag.POS in VERB_FORMS for parse in readings)


# pymorphy3's parts of speech for the forms of a verb.
VERB_FORMS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def verb_tagged_noun(trigger):
    """'Страховые пенсии ... проиндексируют на 7,6%', 'Доля импорта, ещё в 2013
    году превышавшая 50%, ...' with the verb tagged a noun: a trigger word
    (triggers.json) whose lemma is an infinitive is a verb form, since no change
    or level noun there ends like one ('рост', 'снижение', 'уровень')."""
    return trigger.pos_ == "NOUN" and lemma_of(trigger).endswith(INFINITIVE_ENDINGS)


# How an infinitive, a verb's lemma, ends ('стоить', 'обойтись', 'обходиться').
INFINITIVE_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")
# How a reflexive verb's lemma ends ('сдвигаться', 'получиться').
REFLEXIVE_ENDINGS = ("ся", "сь")


def reflexive(verb):
    """'сдвигается', 'получается': a reflexive verb, which takes no object."""
    return lemma_of(verb).endswith(REFLEXIVE_ENDINGS)
PAST_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")


def _past_tense_form(token):
    """'прикупил' tagged NOUN: a past-tense ending on a word whose lemma is an
    infinitive is a verb whatever the tagger says (a noun in -ть, 'сеть', has
    no form in -л)."""
    text, lemma = normalize(token.text), lemma_of(token)
    return lemma.endswith(INFINITIVE_ENDINGS) and text.endswith(PAST_ENDINGS) and text != lemma


def past_a_qualifying_clause(doc, dash, lower, separators):
    """'37 ДТП, связанных с непогодой, — на треть больше', 'протяжённость
    участков, требующих срочной замены, — почти 410 км': a participle or
    'который' clause set off by commas right before the dash belongs to the
    noun before it. Returns where a search leftwards from the dash goes on
    from: the comma opening that clause, or the dash itself when there is
    none. The clause runs back to the first of `separators` after `lower`."""
    closing_comma = dash - 1
    if closing_comma <= lower or doc[closing_comma].text != ",":
        return dash
    for index in range(closing_comma - 1, lower, -1):
        if doc[index].text in separators:
            opener = doc[index + 1]
            qualifies = "Part" in opener.morph.get("VerbForm") or is_relative_pronoun(opener)
            return index if doc[index].text == "," and qualifies else dash
    return dash
