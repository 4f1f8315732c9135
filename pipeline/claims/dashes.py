"""A dash in place of a verb: 'Экипаж корабля при старте — три космонавта'.

A dash equation makes the figure the value of the nominative before the
dash (devset-b notes); a name or a qualifier before the dash only labels a
list item ('Набережные Челны — 6', 'по химии — 14%').
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED, CLAUSE_DASHES_OR_HYPHEN
from pipeline.claims import triggers
from pipeline.claims.frames import level_frame, phrase_top
from pipeline.claims.lexicon import load_json, normalize, skipped_before_figure, start_of_reckoning_phrase_before
from pipeline.claims.figures import DECIMAL_DIGITS_OR_WHOLE, bound_tables, bound_written_before
from pipeline.claims.number_lists import NUMERAL_JOINERS, list_end
from pipeline.claims.subjects import before_aside_or_relative_clause
from pipeline.claims.word_kinds import (NOUNISH, QUOTES, after_preposition, finite_verb, is_number_phrase,
                                        is_quantity_noun, lemma_of, may_be_nominative, measure_abbreviation,
                                        measure_words, mistagged_noun, names_person, word_before)

PLACE_ENTITIES = {"LOC", "GPE"}
# Where a search left from a dash equation stops: another dash, or the sentence before.
DASH_OR_SENTENCE_END = CLAUSE_DASHES_AS_TYPED | {".", "!", "?"}


def quantity_before_dash(anchor, inside):
    """'Сумма сделки впечатляет — 2,7 млрд долларов': the quantity noun before the dash.
    The dash may stand for a verb with its preposition ('диаметр оценивается
    в 200 метров, а масса — примерно в 9 млн тонн')."""
    doc = anchor.doc
    first = min(inside)
    before = _past_a_bound_phrase(word_before(doc, first, _adverb_preposition_or_bound), doc, _adverb_preposition_or_bound)
    position = _before_list_items(before.i if before is not None else -1, doc)
    if position < 0 or doc[position].text not in CLAUSE_DASHES_AS_TYPED:
        return None
    sentence_start = doc[position].sent.start if doc.has_annotation("SENT_START") else 0
    for index in range(position - 1, max(sentence_start, position - 12) - 1, -1):
        token = doc[index]
        if token.text in CLAUSE_DASHES_AS_TYPED or token.text in (":", ";"):
            break     # 'длина — 110 м, экипаж — 110 человек': an earlier equation has its own noun;
            #           'компенсировал потери: приехали 31 тыс. человек, уехали — 28,5 тыс.': a lead-in
        # 'В структуре экспорта лидируют металлы — 29%': a quantity noun after a
        # preposition frames the list, it is not the quantity the dash gives;
        # nor is an instrumental one ('квартиры площадью 38 кв. м'), which
        # describes the noun before it
        # (the tagger may take a capitalized first word for a name: 'Вместимость арены — 44 899 мест');
        # a word of a named place is no quantity ('Соединённые Штаты' is not a staff)
        if (token.pos_ in NOUNISH or mistagged_noun(token)) and is_quantity_noun(token) \
                and not level_frame(token) and not _in_place_name(token) \
                and not after_preposition(phrase_top(token)) and "Ins" not in token.morph.get("Case"):
            return phrase_top(token)
    return None


def _adverb_preposition_or_bound(word):
    """What the dash before a quantity's figure may stand before: adverbs,
    prepositions and bounds ('масса — примерно в 9 млн тонн')."""
    return word.pos_ in ("ADV", "ADP") or normalize(word.text) in skipped_before_figure("bounds")


# Words that end the clause a dash equation's subject is looked for in.
DASH_CLAUSE_EDGES = {",", ";", ":", "(", ")", "а", "но", "и", "или"}


def dash_before(inside, doc):
    """Index of the dash right before a figure (adverbs and bound words skipped), or None."""
    before = _past_a_bound_phrase(word_before(doc, min(inside), _adverb_or_bound), doc, _adverb_or_bound)
    if _opens_a_range(before, inside, doc):
        before = _past_a_bound_phrase(word_before(doc, before.i, _adverb_or_bound), doc, _adverb_or_bound)
    position = _before_list_items(before.i if before is not None else -1, doc)
    if position < 0 or doc[position].text not in CLAUSE_DASHES_AS_TYPED or triggers.is_sign(doc[position]):
        return None
    return position


def _opens_a_range(word, inside, doc):
    """'Профилактическая доза для взрослых — от 1000 до 2000 МЕ': the 'от' of a
    range whose 'до' is in the figure stands between the dash and the figure
    as a bound word does; it says where the range starts, not what it measures."""
    return word is not None and normalize(word.text) == "от" \
        and any(normalize(doc[i].text) == "до" for i in inside)


def _past_a_bound_phrase(word, doc, skip):
    """'Загрузка мощностей сейчас – без малого 92%': a bound of several words
    (bounds.json before_figure) ending at `word` stands between the dash and
    the figure as a single 'почти' does; the word before it, the same words
    stepped over, else `word` itself."""
    if word is None:
        return None
    first = max(0, word.i + 1 - bound_tables()[1])
    length, _ = bound_written_before([normalize(t.text) for t in doc[first:word.i + 1]], word.i + 1 - first)
    if length > 1:
        return word_before(doc, word.i - length + 1, skip)
    return word


def _adverb_or_bound(word):
    """What may stand between a dash and its figure: adverbs and bound words
    ('— почти 30%', '— ещё около 5 тыс.')."""
    return word.is_space or word.pos_ == "ADV" or normalize(word.text) in skipped_before_figure("bounds_and_particles")


def _before_list_items(position, doc):
    """'его размер — 50, 75 или 100%': past the bare numbers listed before a
    figure, to what stands before the list; `position` itself when no list
    ends there. `position` is the word before the figure, where a joiner
    would stand; a bare number reads the same normalized."""
    return list_end(_NormalizedWords(doc, position + 1), position + 1, -1, NUMERAL_JOINERS,
                    DECIMAL_DIGITS_OR_WHOLE.match) - 1


class _NormalizedWords:
    """The normalized words of doc[:end], each normalized only when read: the
    walk over a list looks at a few words before a figure, not at the whole
    document before it, which this runs for on every dash."""

    def __init__(self, doc, end):
        self.doc, self.end = doc, end

    def __len__(self):
        return self.end

    def __getitem__(self, index):
        return normalize(self.doc[index].text)


def noun_after_dash(doc, item, preposition=None, dash=None):
    """The noun of '— [preposition] ADJ* NOUN' after the figure, or None. The
    dash stands right after the figure unless `dash` says where ('40%
    опрошенных — ...': past a share's base)."""
    end = item.sentence[1]
    dash = item.tokens[-1].i + 1 if dash is None else dash
    if dash >= end or doc[dash].text not in CLAUSE_DASHES_AS_TYPED or triggers.is_sign(doc[dash]):
        return None
    index = dash + 1
    if preposition is not None:
        if index >= end or normalize(doc[index].text) != preposition:
            return None
        index += 1
    while index < end and doc[index].pos_ == "ADJ":
        index += 1
    return doc[index] if index < end and doc[index].pos_ in NOUNISH else None


def noun_after_opening_figure(inside, doc):
    """'• 250 — столько волонтёров вышли на уборку', '• 58,7 ц/га — средняя
    урожайность пшеницы': a line or sentence that opens with its figure and
    a dash names what the figure measures after the dash, past the words
    that say the figure again ('столько', 'такой была'). None when the
    figure does not open its line, or no noun follows."""
    if not _opens_line(min(inside), doc):
        return None
    dash = max(inside) + 1
    if dash >= len(doc) or doc[dash].text not in CLAUSE_DASHES_AS_TYPED:
        return None
    restating = _figure_restating_words()
    index = dash + 1
    while index < len(doc) and (normalize(doc[index].text) in restating or doc[index].pos_ in ("ADJ", "AUX", "DET")
                                or lemma_of(doc[index]) in _linking_verbs()):
        index += 1
    # 'столько', 'одного' count the noun as the figure does: they are no figure of their own
    restated = set(inside) | set(range(dash + 1, index))
    if index < len(doc) and doc[index].pos_ in NOUNISH and not is_number_phrase(doc[index], restated) \
            and not names_person(doc[index]):
        return doc[index]     # ('• 1 — Иванов': a ranking names who, not what)
    return None


def _opens_line(first, doc):
    """Whether nothing but a list marker stands between the figure at
    `first` and the start of its line or sentence."""
    before = word_before(doc, first, _space_within_line)
    if before is not None and before.text in LIST_MARKERS:
        before = word_before(doc, before.i, _space_within_line)
    return before is None or before.text in (".", "!", "?") or "\n" in before.text


def _space_within_line(word):
    """A space that breaks no line: a list marker may be set off by one."""
    return word.is_space and "\n" not in word.text


@lru_cache(maxsize=None)
def _figure_restating_words():
    return frozenset(normalize(word) for word in load_json("lists.json")["figure_restating_words"])


@lru_cache(maxsize=None)
def _linking_verbs():
    """'такой оказалась явка': a linking verb between the restating word and its noun."""
    return frozenset(normalize(word) for word in load_json("lists.json")["predicate_verbs"])


def subject_before_dash(anchor, inside):
    """'Экипаж корабля при старте — три космонавта', 'Контроль времени — 2 часа':
    a dash in place of the verb of being makes the figure the value of the
    noun before it, as a составить sentence would (devset-b notes). That noun
    is the first nominative of the clause before the dash, with no verb in
    between; a person or a name ('Петров — 7,3%') is who the figure is about,
    not what it measures."""
    doc = anchor.doc
    dash = _equation_dash(inside, doc)
    if dash is None:
        return None
    found = None
    index = dash
    while index > 0:
        index -= 1
        token = doc[index]
        if token.is_space or token.text in QUOTES:
            continue
        aside = before_aside_or_relative_clause(doc, index) if token.text == "," else None
        if aside is not None:
            # 'Средняя занятость койки, по словам врача, — 312 дней', 'Дистанция,
            # которую пробежали игроки, — 112 км': the subject stands before both
            index = aside + 1
            continue
        if normalize(token.text) in DASH_CLAUSE_EDGES or token.text in DASH_OR_SENTENCE_END \
                or (token.pos_ in ("VERB", "AUX", "SCONJ") and not mistagged_noun(token)):
            break
        if (_nominative_noun(token) or _nominative_conjunct(token) or measure_abbreviation(token)) \
                and not after_preposition(token):
            found = token
        if token.is_sent_start:
            break
    if found is None or (((found.ent_type_ and not _quantity_opening_line(found)) or _a_name(found))
                         and not measure_abbreviation(found)) or _quoted(found):
        return None     # a name labels a list item ('Набережные Челны — 6'), whether or not NER caught it
    if "Anim" in found.morph.get("Animacy") and not _a_group(found):
        return None     # a person ('его заместитель — 3 года') is who the figure is about
    return _whole_the_subject_makes_up(found) or _first_conjunct(found)


def _whole_the_subject_makes_up(subject):
    """'Основу улова составила горбуша — 71,5 тыс. тонн', 'Основу урожая
    дала пшеница — 2,4 млн тонн': the subject is only the part that makes up the
    bulk of a whole (measures.json base_part_nouns, the verb's object), and the
    figure after the dash is how much of that whole it makes up: it measures
    the whole in the genitive, as a share falling to a part does (shares.py)."""
    if subject.dep_ != "nsubj":
        return None
    for part in subject.head.children:
        if part.dep_ == "obj" and lemma_of(part) in measure_words("base_part_nouns"):
            return next((noun for noun in part.children if noun.dep_ == "nmod" and noun.pos_ in NOUNISH
                         and "Gen" in noun.morph.get("Case") and not after_preposition(noun)), None)
    return None


def _in_place_name(token):
    """A word of a named place: 'Соединённые Штаты' is no staff."""
    return token.ent_type_ in PLACE_ENTITIES and not _quantity_opening_line(token)


def _quantity_opening_line(token):
    """'Длина реки — 287 км', 'Площадь района — 14,3 тыс. км²': the tagger
    takes a capitalized quantity noun for a place, with the place after it;
    opening its line or sentence, its capital is the line's, not a name's."""
    return is_quantity_noun(token) and _opens_line(token.i, token.doc)


def _equation_dash(inside, doc):
    """The dash of a dash equation whose value is the figure: right before it,
    before a phrase saying how it was reckoned ('— в среднем 4 тыс. рублей'),
    or before the place the subject is found in, which a colon or a second
    dash closes ('Самые высокие зарплаты — в нефтедобыче: 142 тыс. рублей');
    that place is the figure's qualifier, not its metric."""
    dash = dash_before(inside, doc)
    if dash is not None:
        return dash
    position = _before_reckoning_phrase(min(inside), doc)
    if position is not None and doc[position].text in CLAUSE_DASHES_AS_TYPED:
        return position
    if position is None or doc[position].text not in CLAUSE_DASHES_AS_TYPED | {":"}:
        return None
    return _dash_before_place(position, doc)


def _before_reckoning_phrase(first, doc):
    """Index of the token before the figure at `first` and the bound words and
    reckoning phrase ('в среднем') standing before it, or None."""
    before = word_before(doc, first, _space_or_bound)
    position = start_of_reckoning_phrase_before(before.i + 1 if before is not None else 0, doc) - 1
    return position if position >= 0 else None


def _space_or_bound(word):
    """What may stand between a figure and the reckoning phrase before it ('в среднем около 4 тыс.')."""
    return word.is_space or normalize(word.text) in skipped_before_figure("bounds_and_particles")


# How many words the place between a dash and a colon may have ('в Северском районе').
PLACE_REACH = 5


def _dash_before_place(closing, doc):
    """'— в нефтедобыче:': index of the dash before a phrase of place that
    opens with a preposition and has no verb, ending at `closing`, or None."""
    start = closing - 1
    while start >= 0 and closing - start <= PLACE_REACH and doc[start].text not in CLAUSE_DASHES_AS_TYPED:
        token = doc[start]
        if token.pos_ not in ("ADP", "ADJ", "NOUN", "PROPN", "DET", "ADV") or token.is_punct:
            return None
        start -= 1
    if start < 1 or doc[start].text not in CLAUSE_DASHES_AS_TYPED or doc[start + 1].pos_ != "ADP":
        return None
    return start


def _quoted(token):
    """'«Новые люди» — 7,9%': a noun whose words stand in quotes is a name,
    whatever the tagger made of its common words."""
    doc = token.doc
    after = token.i + 1
    if after >= len(doc) or doc[after].text not in QUOTES:
        return False
    start = token.i - 1
    while start >= 0 and doc[start].pos_ in ("ADJ", "NOUN", "PROPN", "DET"):
        start -= 1
    return start >= 0 and doc[start].text in QUOTES


# How far before a conjunct the first one of the pair may stand ('металлы и изделия из них').
CONJUNCT_REACH = 4


def _first_conjunct(noun):
    """'металлы и изделия из них — 29%': of nouns joined by 'и', the first
    heads the item; the clause edge 'и' stopped the search at the second."""
    first = noun.head
    if noun.dep_ != "conj" or not 0 < noun.i - first.i <= CONJUNCT_REACH or not _nominative_noun(first) \
            or after_preposition(first) or first.ent_type_:
        return noun
    return first


def _nominative_conjunct(token):
    """'лекарства и медицинские изделия': a conjunct shares its head's case,
    which the tagger may have read as an accusative of the same form."""
    return token.dep_ == "conj" and token.head.i < token.i and _nominative_noun(token.head) \
        and may_be_nominative(token)


def _a_group(token):
    """A plural common noun names a group of people ('жители Белоруссии —
    41%'), whose share the figure is; a singular one names a person."""
    return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") \
        and not any(t.ent_type_ == "PER" for t in token.doc[token.i:token.i + 4])


def counted_before_dash(anchor, inside):
    """'Больше всего вакансий в промышленности — 11 тысяч': a bare count after
    a dash counts the genitive plural of the clause before the dash, as
    'таких школ осталось три' does (what stands after a preposition is
    where, not what)."""
    doc = anchor.doc
    dash = dash_before(inside, doc)
    if dash is None:
        return None
    for index in range(dash - 1, -1, -1):
        token = doc[index]
        if normalize(token.text) in DASH_CLAUSE_EDGES or token.text in DASH_OR_SENTENCE_END \
                or finite_verb(token) or token.pos_ == "SCONJ":
            return None
        if token.pos_ == "NOUN" and "Gen" in token.morph.get("Case") and "Plur" in token.morph.get("Number") \
                and not after_preposition(token) and not is_number_phrase(token):
            return token
        if token.is_sent_start:
            return None
    return None


# Signs that open a list item (lists/ reads them too).
LIST_MARKERS = CLAUSE_DASHES_OR_HYPHEN | {"•", "·", "*", "▪", "◦"}


def _a_name(token):
    """A proper noun where its capital letter means a name: inside a sentence,
    or opening a list item. A sentence's first word may be tagged PROPN for
    its capital only ('Контроль времени — 2 часа')."""
    if token.pos_ != "PROPN":
        return False
    doc = token.doc
    first = token.i      # the first word of the name ('Набережные Челны')
    while first > 0 and (doc[first - 1].is_space or doc[first - 1].pos_ == "ADJ"):
        first -= 1
    while doc[first].is_space:
        first += 1
    if first == 0 or doc[first - 1].text in (".", "!", "?", "\n"):
        return False
    return doc[first - 1].text in LIST_MARKERS or not doc[first].is_sent_start


def _nominative_noun(token):
    if mistagged_noun(token):
        return normalize(token.text) == lemma_of(token)    # a noun's lemma is its nominative
    # 'готовность объекта — 68%': an accusative of nominative form that is no
    # verb's object is the tagger's guess ('получил заказ — 140 насосов' is an object)
    return token.pos_ in NOUNISH and not is_number_phrase(token) \
        and ("Nom" in token.morph.get("Case") or (may_be_nominative(token) and token.dep_ not in ("obj", "iobj")))


def label_with_preposition_before_dash(word, inside):
    """'в городах — в 94% вызовов, в сельских округах — в 78%', 'в гостиницах —
    на 8%, в апартаментах — на 14%': a noun with a preposition of its own
    left of a dash that stands before the figure's preposition labels a gapped
    list item (where, for whom); the parser hangs the figure on it, but the
    item measures what the item before it does (development gold: none of 100
    such items takes the label)."""
    doc = word.doc
    preposition = word_before(doc, min(inside), _adverb_or_bound)
    if preposition is None or preposition.pos_ != "ADP":
        return False
    dash = word_before(doc, preposition.i, _adverb_or_bound)
    if dash is None or dash.text not in CLAUSE_DASHES_AS_TYPED or word.i >= dash.i:
        return False
    return any(child.dep_ == "case" and child.i < word.i for child in word.children)


def before_dash(word, inside):
    """'средним медперсоналом — 78%', 'по химии — 14%', 'Москва — 6,1 млн кв. м':
    a word left of the dash that stands right before the figure labels a list
    item (a qualifier); the parser may hang the figure on it all the same.
    A bare genitive plural is no label but what is counted ('Из них
    иностранцев — 180 тыс.', as in 'таких школ осталось три')."""
    dash = dash_before(inside, word.doc)
    if dash is None or word.i > dash:
        return False
    counted = "Gen" in word.morph.get("Case") and "Plur" in word.morph.get("Number") \
        and not any(child.dep_ == "case" for child in word.children)
    return not counted
