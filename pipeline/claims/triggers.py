"""Which word gives a figure its direction, and which change it is.

The trigger lexicon (models/claims/triggers.json) maps lemmas of change
verbs and nouns to increase/decrease, and the verbs of a stated value to
level. A figure's trigger is found up the dependency tree from the
figure; when the parse loses it (lists after a colon), the nearest
trigger to the left in the same sentence is used.
"""
import re
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims.asides import in_an_aside, opening_comma_of_aside
from pipeline.claims.lexicon import FROM_PREPOSITIONS, case_words, lemma_of, load_json, looks_like_year, normalize, \
    skipped_before_figure, start_of_reckoning_phrase_before
from pipeline.claims.word_kinds import (CLAUSE_PUNCTUATION_OR_DASH, NOUNISH, SUBJECT_DEPS, agrees, first_conjunct, may_be_nominative,
                                        names_period, negated, past_a_qualifying_clause,
                                        point_ends_sentence)

# Nouns a figure hangs from on its way to the verb: "до уровня 10 млрд", "в размере 5 млн".
PASS_THROUGH = {"уровень", "размер", "сумма", "отметка"}
CHANGE_BY_PREPOSITION = {"на": "by", "до": "to"}
CHANGE_DIRECTIONS = ("increase", "decrease")   # the directions of a change, as against "level"
COUNT_DEPS = {"nummod", "nummod:gov", "nummod:entity"}
# Words that may stand between a verb and the figure it takes: prepositions,
# bound words ("составили около 15%"), particles and adverbs ("уже", "почти").
VERB_GAP_POS = {"ADP", "ADV", "PART"}
VERB_GAP = 3


@lru_cache(maxsize=None)
def lexicon():
    data = load_json("triggers.json")
    directions = {}
    for direction in ("increase", "decrease", "level"):
        for lemma in data[direction]:
            directions[normalize(lemma)] = direction
    for lemma in data["extending_verbs"]:
        directions[normalize(lemma)] = "increase"     # only for their span: governing_trigger checks it
    comparatives = {normalize(k): v for k, v in data["comparatives"].items()}
    return directions, comparatives, data["level_bound"]


@lru_cache(maxsize=None)
def comparison_cues():
    data = load_json("triggers.json")
    return {normalize(w) for w in data["past_cues"]}, {normalize(w) for w in data["anaphors"]}


@lru_cache(maxsize=None)
def trigger_words(kind):
    """A word list of triggers.json, normalized, by its key:
    restating_joiners (', или в 1,3 раза больше': a comparison telling the
    figure before again), quantity_comparatives ('больше школьников': the
    genitive is what is counted, not the base), level_after_na ('на уровне';
    not measures.json's level_nouns, which also has 'отметка': CLAIMS.md
    names no level but 'на уровне'), verbs_into_sign ('уйти в минус'), becoming_verbs ('стать'),
    dimension_nouns ('прибавили в цене'), later_clause_openers (', а цена
    выросла', ', поэтому дефицит вырос')."""
    return frozenset(normalize(word) for word in load_json("triggers.json")[kind])


def names_a_size(trigger, unit_words):
    """'Рост баскетболиста — 218 см': 'рост' before a length is a height, no change."""
    data = load_json("triggers.json")
    return lemma_of(trigger) in data["size_nouns"] and bool(set(unit_words) & set(data["length_words"]))


def direction_of(token):
    """increase / decrease / level for a trigger word, else None."""
    return lexicon()[0].get(lemma_of(token)) or _direction_into_sign(token)


def _direction_into_sign(verb):
    """'сальдо ушло в минус на 2 824 человека': 'уйти' says nothing of a
    quantity alone; with 'в минус' / 'в плюс' right after it, it is a change
    down or up (triggers.json, verbs_into_sign). Read off word order: the
    parser may take 'плюс' for a preposition of the figure."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in trigger_words("verbs_into_sign"):
        return None
    following = [normalize(token.text) for token in verb.doc[verb.i + 1:verb.i + 3]]
    if len(following) == 2 and following[0] == "в":
        return _sign_words().get(following[1])
    return None


def bare_change_noun(token):
    """'рост на 9,8%', 'В январе рост был скромнее': a change noun with no
    genitive naming what changes; it is a change of what the text measures
    before it, never itself the metric."""
    return token.pos_ == "NOUN" and direction_of(token) in CHANGE_DIRECTIONS \
        and not any(child.dep_ == "nmod" and child.pos_ in ("NOUN", "PROPN") for child in token.children)


def comparative_direction(token):
    """increase/decrease for 'больше', 'выше', 'дешевле'... (a lemma only on a Cmp form)."""
    comparatives = lexicon()[1]
    form = normalize(token.text)
    if form in comparatives:
        return comparatives[form]
    if "Cmp" in token.morph.get("Degree"):
        return comparatives.get(lemma_of(token))
    return None


# Words that may stand between a figure and the comparative it measures.
COMPARATIVE_GAP = 2


def comparative_after(doc, last):
    """The comparative right after a figure ending at token `last`: 'на 9 [больше]',
    also past the noun a count counts: 'на 312 человек [больше]'."""
    if last + 1 < len(doc) and doc[last].head.i == last + 1 and doc[last + 1].pos_ == "NOUN" \
            and doc[last].dep_.startswith("nummod"):
        last += 1
    last = _past_restatement(doc, last)
    return _first_comparative(doc, range(last + 1, min(last + 1 + COMPARATIVE_GAP, len(doc))))


# Words a restatement between commas may hold: 'на 60 тенге, или 13%, дороже'.
RESTATEMENT_REACH = 6


def _past_restatement(doc, last):
    """'на 60 тенге, или 13%, дороже': the same change said twice between
    commas stands before the comparative that both figures measure. From the
    first figure, the end of ', или 13%'; from the restating one, the comma
    that closes it. Otherwise `last` itself."""
    after = last + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "или":
        for index in range(after + 2, min(after + 2 + RESTATEMENT_REACH, len(doc))):
            if doc[index].text == ",":
                return index
        return last
    restating = any(doc[i].lower_ == "или" and doc[i - 1].text == ","
                    for i in range(max(1, last - RESTATEMENT_REACH), last))
    if restating and after < len(doc) and doc[after].text == ",":
        return after
    return last


def comparative_before(doc, first, ratio=False):
    """The comparative right before a figure that starts at token `first`
    and its preposition: 'риск был [выше] в 2,1 раза', 'цены [ниже] на 5%'.
    Its base may stand between when the figure is a ratio or follows 'на'
    ('дороже конкурентов в полтора раза'); 'меньше нормы в 5 литров' gives
    the base its own value."""
    index = first - 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if index < 0 or doc[index].pos_ != "ADP":
        return None
    if ratio or normalize(doc[index].text) == "на":
        index = _past_base_of_comparison(doc, index - 1)
    else:
        index -= 1
    return _first_comparative(doc, range(index, max(index - COMPARATIVE_GAP, -1), -1))


# Words the base of a comparison may hold between the comparative and the figure.
BASE_REACH = 3


def _past_base_of_comparison(doc, index):
    """'дороже конкурентов в полтора раза', 'выше нормы на 20%': the base in
    the genitive of comparison may stand between the comparative and the
    figure. From token `index` leftwards, the index before such a base when
    a comparative stands right before it; otherwise `index` itself."""
    while index >= 0 and doc[index].pos_ in ("ADV", "PART") and not comparative_direction(doc[index]):
        index -= 1      # 'ниже рыночной цены [примерно] на 15–20 процентов': a bound word before 'на'
    start = _left_of_words_in_case(doc, index, "Gen", BASE_REACH)
    start = _past_area_of_base(doc, start, index)
    base = doc[start + 1:index + 1]
    names_a_thing = any(token.pos_ in ("NOUN", "PROPN") for token in base) or _adjective_for_a_noun(base)
    if start >= 0 and names_a_thing and comparative_direction(doc[start]):
        return start
    return index


def _adjective_for_a_noun(base):
    """'жильё дороже [омского] в 4,3 раза', 'длиннее [прежнего] на 2,7 км': a
    lone genitive adjective right before the figure's preposition has no noun
    of its own and stands for the noun compared (2 of 2 in the development
    gold, fresh-ea and fresh-ec, both with the comparative's direction). The
    parser may hang it anywhere ('прежнего' on the subject of the clause
    before), so its head is not asked."""
    return len(base) == 1 and base[0].pos_ in ("ADJ", "DET")


# Words of the area a base is taken over ('средней [по Дальневосточному федеральному округу]').
AREA_REACH = 4


def _past_area_of_base(doc, start, index):
    """'ниже средней по Дальневосточному федеральному округу на 18%': an
    area in 'по' + dative may follow the base word of a comparison; from
    `start` (the token left of the base read so far) leftwards, the token
    left of the base with its area, or `start` itself when no 'по' opens one
    right after a genitive base word."""
    if start != index or start < 0:
        return start    # the area follows the base word; a genitive base alone ends at `start`
    position = _left_of_words_in_case(doc, start, "Dat", AREA_REACH)
    if position == index or position < 1 or normalize(doc[position].text) != "по":
        return start
    base = _left_of_words_in_case(doc, position - 1, "Gen", BASE_REACH)
    return base if base < position - 1 else start


def _left_of_words_in_case(doc, index, case, reach):
    """The token left of the noun-phrase words in `case` that end at `index`
    ('рыночной цены' in the genitive, 'Дальневосточному федеральному округу'
    in the dative), at most `reach` of them; `index` itself when there are none."""
    start = index
    while start >= 0 and index - start < reach and doc[start].pos_ in ("NOUN", "PROPN", "ADJ", "DET") \
            and case in doc[start].morph.get("Case"):
        start -= 1
    return start


def _first_comparative(doc, indices):
    """The first comparative at these token indices, stepping over spaces,
    adverbs and particles ('на 9 [почти] больше'); None at any other word."""
    for index in indices:
        token = doc[index]
        if token.is_space:
            continue
        if comparative_direction(token):
            return token
        if token.pos_ not in ("ADV", "PART"):
            return None
    return None


# Prepositions by which a change verb names where the change ends ('опустилась до минимума').
TARGET_PREPOSITIONS = {"до", "на"}


def verb_of_renamed_target(doc, first, skip_words):
    """'Безработица опустилась до исторического минимума — 1,9%': a figure
    after a dash renames the noun before it; when that noun is where a change
    verb ends ('до минимума'), the figure is that change's value and the verb
    its trigger. Returns the verb, or None."""
    index = first - 1
    while index >= 0 and (doc[index].is_space or normalize(doc[index].text) in skip_words):
        index -= 1
    if index < 1 or doc[index].text not in CLAUSE_DASHES or is_sign(doc[index]):
        return None
    noun = doc[index - 1]
    while noun.dep_ in ("amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ != "NOUN" or not any(c.dep_ == "case" and normalize(c.text) in TARGET_PREPOSITIONS
                                      for c in noun.children):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or direction_of(verb) not in CHANGE_DIRECTIONS:
        return None
    return verb


def level_of_renamed_noun(doc, first, skip_words):
    """'остался на уровне 2024 года — 89,7%': a figure after a dash that
    renames a 'на уровне ...' phrase states that level, as does a figure
    right after that phrase. Returns the level noun, or None."""
    index = first - 1
    while index >= 0 and (doc[index].is_space or normalize(doc[index].text) in skip_words):
        index -= 1
    index = _past_comparative_bound(doc, index)
    if index >= 0 and lemma_of(doc[index]) in trigger_words("level_after_na") and "на" in case_words(doc[index]):
        return doc[index]   # "вышли на проектный уровень 38 млрд": the parse lost the link
    if index < 1 or doc[index].text not in CLAUSE_DASHES or is_sign(doc[index]):
        return None
    noun = doc[index - 1]
    while noun.dep_ in ("amod", "nmod") and noun.head.i < noun.i:
        noun = noun.head
    if lemma_of(noun) in trigger_words("level_after_na") and "на" in case_words(noun):
        return noun
    return None


def _past_comparative_bound(doc, index):
    """'на уровне не выше 3,5%', 'на уровне ниже 2%': a comparative bound
    (with its 'не') between the level noun and the figure caps the level and
    does not break the frame. The index before that bound, else `index`."""
    if index < 1 or not comparative_direction(doc[index]):
        return index
    index -= 1
    return index - 1 if index >= 1 and normalize(doc[index].text) == "не" else index


def compares_with_past(comparative):
    """'больше, чем годом ранее', 'выше прошлогоднего', 'их станет больше': a change over time."""
    if _predicate_of_becoming(comparative):
        return True
    past, _ = comparison_cues()
    doc = comparative.doc
    end = min(comparative.i + 10, len(doc))
    seen_than = False
    for token in doc[comparative.i + 1:end]:
        if token.text in (".", "!", "?", ";"):
            break
        lemma = lemma_of(token)
        if lemma == "чем":
            seen_than = True
            continue
        if seen_than and token.text == ",":
            break   # "быстрее, чем ИТ в целом, и к 2030 году": the compared phrase has ended
        if (seen_than or token.i <= comparative.i + 2) and (lemma in past or looks_like_year(token.text)):
            return True
    return False


def _predicate_of_becoming(comparative):
    """'их станет больше на полмиллиона': a comparative whose verb (by the parse,
    or the verb right before it) is 'стать' says how the thing changed."""
    doc = comparative.doc
    becoming = trigger_words("becoming_verbs")
    if comparative.head.i != comparative.i and lemma_of(comparative.head) in becoming:
        return True
    before = comparative.i - 1
    return before >= 0 and lemma_of(doc[before]) in becoming


def names_a_standard(comparative):
    """'на 200 млн меньше потолка', 'на четверть ниже, чем в среднем': the
    comparison names what it is set against ('чем ...' or a genitive noun).
    Unless that is an earlier time (compares_with_past), it sets two things
    side by side: no change, even when it refers back to the claim before."""
    doc = comparative.doc
    for token in doc[comparative.i + 1:min(comparative.i + 5, len(doc))]:
        if token.is_space or token.text == ",":
            continue
        if lemma_of(token) == "чем":
            return True
        if token.pos_ in ("ADJ", "DET") and "Gen" in token.morph.get("Case"):
            continue   # "ниже климатической нормы": the standard's adjectives
        # the parser links the two either way ("меньше" may hang on "потолка");
        # only "больше"/"меньше" may also count a genitive ("больше туристов"),
        # so after "ниже", "дороже" a genitive noun is the standard, linked or not
        linked = token.head.i == comparative.i or comparative.head.i == token.i \
            or normalize(comparative.text) not in trigger_words("quantity_comparatives")
        return token.pos_ in ("NOUN", "PROPN") and "Gen" in token.morph.get("Case") and linked
    return False


def refers_back(doc, first):
    """', что на 12% больше', 'это вдвое больше', '2 418 ДТП — на 6% меньше',
    '3,2 тыс. кредитов, вдвое меньше', 'от 52 тыс. рублей в месяц, на 12%
    выше среднего': the comparison is about the claim before, which a dash
    or a comma right after that claim's phrase sets it against."""
    _, anaphors = comparison_cues()
    for index in range(first - 1, max(first - 5, -1), -1):
        token = doc[index]
        if token.is_space:
            continue
        if normalize(token.text) in anaphors:
            return True
        if token.text in CLAUSE_DASHES or token.text == ",":
            # the figure is looked for before a clause describing its noun
            start = doc[index].sent.start if doc.has_annotation("SENT_START") else 0
            return _figure_just_before(doc, past_a_qualifying_clause(doc, index, start - 1,
                                                                     CLAUSE_PUNCTUATION_OR_DASH)) \
                or _figure_before_a_contrast(doc, index, start)
        comma = comma_before_restating_joiner(doc, index)
        if comma is not None:
            # '312 тыс. кв. м, или в 1,3 раза больше уровня 2015 года', '49
            # мандатов, то есть на 12 меньше': the figure before told again as
            # a comparison; the genitive is only its base
            return _figure_just_before(doc, comma)
        if token.pos_ not in ("ADP", "ADV", "PART"):
            return False
    return False


# How many words the place or kind a contrast sets the figure before against
# may take between ', а' and its dash ('а в сельской школе –').
CONTRAST_REACH = 5


def _figure_before_a_contrast(doc, dash, start):
    """'получает подъёмные в 300 тысяч рублей, а в сельской школе – вдвое
    больше', 'Средний размер покупки — 14 700 рублей, а медианный — втрое
    меньше': a dash after ', а' and a few words with no verb or number of
    their own compares the figure that ends the clause before the comma."""
    for index in range(dash - 1, max(dash - 2 - CONTRAST_REACH, start - 1), -1):
        token = doc[index]
        if token.pos_ in ("VERB", "AUX", "NUM") or any(ch.isdigit() for ch in token.text):
            return False
        if normalize(token.text) == "а":
            return index - 1 > start and doc[index - 1].text == "," and _figure_just_before(doc, index - 1)
        if token.is_punct:
            return False
    return False


def comma_before_restating_joiner(doc, last):
    """The index of the comma before a restating joiner ending at `last`
    (', или', ', то есть'; triggers.json restating_joiners), or None."""
    for joiner in trigger_words("restating_joiners"):
        words = joiner.split()
        first = last - len(words) + 1
        if first > 0 and doc[first - 1].text == "," \
                and [normalize(t.text) for t in doc[first:last + 1]] == words:
            return first - 1
    return None


# How far before a dash the figure a comparison after it speaks of may end:
# its counted noun phrase stands between ('2 418 ДТП с пострадавшими —').
FIGURE_BEFORE_DASH = 6


def _figure_just_before(doc, dash):
    """A figure ends the clause before the dash, in the same sentence."""
    start = doc[dash].sent.start if doc.has_annotation("SENT_START") else 0
    for index in range(dash - 1, max(dash - 1 - FIGURE_BEFORE_DASH, start - 1), -1):
        token = doc[index]
        if token.text in (",", ";", ":", "—", "–", "(") or token.pos_ in ("VERB", "AUX"):
            return False
        if token.pos_ == "NUM" or any(ch.isdigit() for ch in token.text):
            return True
    return False


# A negated bound verb states the opposite bound: 'не превышает 0,8' is at most 0.8.
NEGATED_BOUNDS = {"more_than": "at_most", "less_than": "at_least"}


def level_bound(token):
    """The bound a level verb sets ('превысил 5%' -> more_than), or None."""
    bound = lexicon()[2].get(lemma_of(token))
    if bound is not None and negated(token):
        return NEGATED_BOUNDS.get(bound, bound)
    return bound


def _verb_exceeding_the_base(node, head):
    """'температура превысила норму [на 5,2 градуса]', 'расходы превысили план
    на 12%': the parser hangs 'на N' on the object, the base exceeded, but
    the excess measures the verb of exceeding (a level verb with a lower
    bound, level_bound), which takes the figure. The base may carry a
    genitive the figure hangs on instead ('превысила прогноз аналитиков на 3
    млрд рублей')."""
    if node.dep_ != "nmod" or "на" not in case_words(node) or head.pos_ not in NOUNISH:
        return None
    base = head.head if head.dep_ == "nmod" and "Gen" in head.morph.get("Case") else head
    verb = base.head
    if base.dep_ != "obj" or verb.i == base.i:
        return None
    return verb if lexicon()[2].get(lemma_of(verb)) == "more_than" else None


def governing_trigger(anchor, inside):
    """The trigger up the tree from a figure's anchor token, or None.

    `inside` is the set of token indices of the figure, which are skipped.
    """
    node = anchor
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if head.i in inside:
            node = head
            continue
        if node.dep_ in COUNT_DEPS and head.pos_ == "NOUN" and head.head.i != head.i \
                and (head.head.pos_ in ("VERB", "AUX") or lemma_of(head.head) in trigger_words("level_after_na")):
            # "штат превысил [4 тысячи] человек", "на уровне [105 млн] человек":
            # a count stands for its counted noun, so what governs the noun governs the figure
            if _in_a_circumstance(head):
                return None
            node = head
            continue
        exceeding = _verb_exceeding_the_base(node, head)
        if exceeding is not None:
            return exceeding
        lemma = lemma_of(head)
        if lemma in trigger_words("extending_verbs"):
            return head if _extent_of(node) else None
        if lemma in trigger_words("level_after_na"):
            if "на" in case_words(head):
                return head
            node = head
            continue
        if lemma in lexicon()[0]:
            # "составлено 360 протоколов": a passive participle is a deed, not a level
            if lexicon()[0][lemma] == "level" and "Pass" in head.morph.get("Voice"):
                return None
            return head
        if lemma in lexicon()[1] and node.dep_ in ("obl", "nmod", "advmod", "obj", "nummod") \
                and (head.i < min(inside) or head.i - max(inside) <= COMPARATIVE_GAP + 1):
            # a comparative measures the figure right before it ("на 9 больше");
            # one further on belongs to another phrase
            return head
        if head.pos_ == "NOUN" and (lemma in PASS_THROUGH or dimension_of_a_change(head)):
            node = head
            continue
        return None
    return None


def _extent_of(node):
    """'продлили на 2,3 км', 'продлить до 1 050 м': a verb of extending
    (extending_verbs) is a change only for the span after 'на' or 'до';
    'продлевают его 40% владельцев' says who extends, which no change is."""
    return bool(case_words(node) & set(CHANGE_BY_PREPOSITION))


# Cases of a counted noun that says where, to whom or with what, never how much:
# 'в 12 регионах', 'перед 1 180 сотрудниками', 'в 214 случаях'.
CIRCUMSTANCE_CASES = {"Loc", "Ins", "Dat"}


def _in_a_circumstance(noun):
    """"в 12 регионах долговая нагрузка превышает 100%", "долг перед 1 180
    сотрудниками превышает 54 млн рублей": a count whose noun stands in the
    locative, instrumental or dative is a circumstance of the verb, not the
    value it states or changes (the development gold gives every count after
    such a preposition no direction, 144 of 144). The value of a verb is in
    the accusative or genitive ('превысил 4 тысячи человек', 'на уровне
    105 млн человек', 'вырос на 8 тыс. человек')."""
    return bool(CIRCUMSTANCE_CASES & set(noun.morph.get("Case"))) and any(
        child.dep_ == "case" for child in noun.children)


def dimension_of_a_change(noun):
    """'прибавили в цене 2,7%': the noun says in what the verb's subject
    changed, so the figure hung on it is the change verb's (triggers.json,
    dimension_nouns)."""
    verb = noun.head
    return lemma_of(noun) in trigger_words("dimension_nouns") and "в" in case_words(noun) \
        and direction_of(verb) in CHANGE_DIRECTIONS


def adjacent_verb_trigger(doc, first, bound_words):
    """A trigger verb right before the figure when the parse lost the link:
    "иностранцы составили около [15%]", "штат превысил [4 тысячи]".

    Word order is the evidence: the figure follows its verb with at most a
    preposition, a bound word, an adverb, an aside between commas or a phrase of
    time between (CLAIMS.md: bound words and prepositions stand outside the
    figure). A passive participle of a
    level verb ("составлено 360 протоколов") is a deed, not a level.
    """
    index = first - 1
    for _ in range(VERB_GAP + 1):
        if index < 0:
            return None
        token = doc[index]
        if token.is_space:
            index -= 1
            continue
        if token.pos_ in ("VERB", "AUX"):
            direction = direction_of(token)
            if direction is None or (direction == "level" and "Pass" in token.morph.get("Voice")):
                return None
            return token
        if _from_number_before(doc, index):
            index -= 2    # "вырастет с 54 до [57]": the starting value stands between
            continue
        opening = opening_comma_of_aside(doc, index) if token.text == "," else None
        if opening is not None:
            index = opening - 1    # "составит, добавил он, [2,13 трлн]": an aside stands between
            continue
        if _sign_after_verb_into_sign(doc, index):
            index -= 2    # "ушло в минус на [4,6%]": the verb's own 'в минус' stands between
            continue
        reckoning = start_of_reckoning_phrase_before(index + 1, doc)
        if reckoning <= index:
            # "зарплаты составили в среднем [128 тыс. рублей]": how the figure was
            # reckoned says nothing of the verb (the gold gives the verb's direction 21 of 21)
            index = reckoning - 1
            continue
        if token.pos_ not in VERB_GAP_POS and normalize(token.text) not in bound_words \
                and not _in_a_phrase_of_time(token):
            return None
        index -= 1
    return None


def adjacent_change_noun(doc, first, bound_words):
    """A change noun right before the preposition of the figure ('после падения
    на [0,7%]', 'на фоне роста почти на [3%]'): the noun's own size, even when
    the parser hung the figure on the clause's verb. A noun another noun
    governs ('прогноз роста на 0,5 п.п.') or a verb takes as its object sizes
    nothing of its own here."""
    index = first - 1
    while index >= 0 and normalize(doc[index].text) in bound_words:
        index -= 1
    if index == first - 1 or index < 0:
        return None     # no preposition between: the noun is no change's size
    token = doc[index]
    if token.pos_ != "NOUN" or direction_of(token) not in CHANGE_DIRECTIONS or token.dep_ in ("nmod", "obj"):
        return None
    return token


def _in_a_phrase_of_time(token):
    """'прибавив с начала года 7,4%', 'потерял за неделю 4%': a phrase saying
    when stands between a verb and its figure as an adverb does."""
    # 'года' in 'с начала года' hangs on the time noun right before it
    return names_period(token) or (token.dep_ == "nmod" and token.head.i == token.i - 1 and names_period(token.head))


def _sign_after_verb_into_sign(doc, index):
    """True if doc[index] is the sign word of 'ушло в минус'."""
    return index >= 2 and normalize(doc[index - 1].text) == "в" and _direction_into_sign(doc[index - 2]) is not None


def _from_number_before(doc, index):
    """True if doc[index] is the number of a 'с N' before a 'до' target."""
    return index >= 1 and index + 1 < len(doc) and normalize(doc[index + 1].text) == "до" \
        and any(ch.isdigit() for ch in doc[index].text) and normalize(doc[index - 1].text) in FROM_PREPOSITIONS


def in_a_later_clause(doc, last, trigger):
    """Is the trigger in a clause after the figure's, past ', а' / ', поэтому' / ';'?
    ("продано 24,1 млн билетов, а цена выросла": the parser may hang the
    count on the later verb, which says nothing of it)."""
    if trigger.i <= last:
        return False
    between = doc[last + 1:trigger.i]
    for token in between:
        if token.text == ";":
            return True
        if token.text == "," and token.i + 1 < trigger.i and normalize(doc[token.i + 1].text) in trigger_words("later_clause_openers"):
            return True
        if token.text == "," and _own_subject_between(doc, token.i, trigger):
            return True
    return False


def _own_subject_between(doc, comma, trigger):
    """'упала в 3,4 раза, до 1,15 млрд рублей, выручка прибавила 4%': a
    trigger whose own subject stands between it and a comma after the figure
    heads a clause of its own; the parser may still hang the figure on it."""
    return any(word.dep_ in SUBJECT_DEPS and word.pos_ in NOUNISH and may_be_nominative(word)
               and agrees(word, trigger) for word in doc[comma + 1:trigger.i])


# Verb forms that open a clause of their own (a participle does not).
CLAUSE_VERB_FORMS = {"Fin", "Conv", "Inf"}


CHANGE_VALUE_PREPOSITIONS = ("на", "до")


def has_a_later_change_value(trigger, last, figure_preposition):
    """Does a verb after a figure take its own size of change after it?
    ("Доля кредитов с просрочкой свыше 90 дней снизилась до 4,3%": the verb's
    value is "до 4,3%"; the duration before it belongs to the subject.)"""
    if trigger.pos_ != "VERB" or trigger.i <= last or figure_preposition in CHANGE_VALUE_PREPOSITIONS:
        return False
    for child in trigger.children:
        if child.i > trigger.i and child.dep_ in ("obl", "obj") \
                and any(w.lower_ in CHANGE_VALUE_PREPOSITIONS and w.dep_ == "case" for w in child.children) \
                and any(w.like_num or w.pos_ == "NUM" for w in child.subtree):
            return True
    return False


def verb_of_subject_before_bracket(doc, first):
    """'Быстрее всего росли строительство (11,7%) и транспорт (8,9%)': the
    change verb whose subject stands right before the bracket holding a
    figure that starts at token `first`, or None."""
    index = first - 1
    while index >= 0 and (doc[index].is_space or is_sign_word(doc[index])):
        index -= 1
    if index < 1 or doc[index].text != "(":
        return None
    noun = first_conjunct(doc[index - 1])
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or direction_of(verb) not in CHANGE_DIRECTIONS:
        return None
    return verb


def another_verb_between(doc, trigger, first):
    """Is there a verb of another clause between a trigger on the left and the
    figure? Then the figure belongs to that nearer verb ("поднялся на 1-е место,
    опережая «Краснодар» на 1 очко": "опережая", not "поднялся")."""
    if trigger.i >= first:
        return False
    # the speech verb of an aside ("составит, добавил он, 2,13 трлн") opens no clause of the figure's
    return any(opens_clause(token) and not in_an_aside(token) for token in doc[trigger.i + 1:first])


def opens_clause(token):
    """A verb that is the predicate of a clause: finite, infinitive, converb, or a
    short participle ("будет направлено"); "то есть" is a fixed link."""
    if token.pos_ != "VERB" or token.dep_ == "fixed" or lemma_of(token) == "быть":
        return False
    forms = set(token.morph.get("VerbForm"))
    return bool(forms & CLAUSE_VERB_FORMS) or ("Part" in forms and "Short" in token.morph.get("Variant")) \
        or ("Part" in forms and _past_tense_ending(token))


# The endings of a finite past verb ('сдвинулась', 'вырос'), which no full
# participle has: the tagger sometimes reads such a verb as a participle
# ('она почти не сдвинулась — 58%' tagged VerbForm=Part).
PAST_TENSE_ENDING = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись)$")


def _past_tense_ending(token):
    return bool(PAST_TENSE_ENDING.search(normalize(token.text)))


def verb_of_target_level(doc, first, stop):
    """'довести товарооборот до уровня десяти миллиардов долларов': a figure
    after 'до уровня' is the target of the nearest change word before that
    phrase (a parse may hang 'уровня' on a later verb). The word, or None."""
    noun = first - 1
    if noun < 1 or lemma_of(doc[noun]) not in trigger_words("level_after_na") or normalize(doc[noun - 1].text) != "до":
        return None
    return nearest_trigger_left(doc, noun - 1, stop)


def nearest_trigger_left(tokens, position, stop):
    """The closest change word left of `position`, not crossing index `stop`."""
    for index in range(position - 1, stop - 1, -1):
        token = tokens[index]
        direction = direction_of(token)
        if direction in CHANGE_DIRECTIONS and token.pos_ in ("NOUN", "VERB"):
            return token
    return None


def change_of(figure, trigger_direction):
    """by / to / ratio, from the preposition and the unit."""
    if figure.unit == "times" and not _bare_multiple(figure):
        return "ratio"
    if figure.value_from is not None:
        return "to"
    if trigger_direction in CHANGE_DIRECTIONS:
        # "выручка прибавила 4%", "индекс потерял 4,4%": with no preposition the
        # figure is the amount of the change, as "на" would say it
        return CHANGE_BY_PREPOSITION.get(figure.preposition or "на")
    return None


def _bare_multiple(figure):
    """'составила 2,9 EBITDA': a number with no 'раз' is the level of a
    ratio between two measures, not the ratio of a change."""
    return figure.kind == "cardinal" and figure.end == figure.number_end


# A sign typed onto a percent states a change, as wire copy writes it:
# "перевезено 76,4 млн человек (-1,8%)", "промпроизводство — −1,1%".
SIGN_DIRECTIONS = {"+": "increase", "-": "decrease", "−": "decrease", "–": "decrease"}
SIGNED_CHANGE_UNITS = {"percent", "percentage_point"}


def sign_direction(doc, first):
    """increase/decrease from a sign glued to the number at or before token
    `first`, or written as a word there ("минус 1,4%", "плюс 11,7%")."""
    for index in (first - 1, first):
        if 0 <= index < len(doc) - 1 and is_sign(doc[index]):
            return SIGN_DIRECTIONS[doc[index].text]
        if 0 <= index < len(doc) - 1 and is_sign_word(doc[index]):
            return _sign_words()[doc[index].lower_]
    return None


def signed_change_after_figure(doc, first):
    """increase/decrease when the number at token `first` is signed and opens a
    bracket right after another figure: '38,6 млн пользователей (+0,4 млн кв/кв)',
    'составила 12 млрд руб. (+14% г/г)'. The bracket gives the change of the
    figure before it, whatever the unit and whatever verb states that figure's
    level. Else None ('Моро (+11,9 секунды)' follows no figure: a gap, no change)."""
    sign = first - 1
    if sign < 1 or not is_sign(doc[sign]) or doc[sign - 1].text != "(":
        return None
    if not _figure_right_before(doc, sign - 1):
        return None
    return SIGN_DIRECTIONS[doc[sign].text]


FIGURE_TO_BRACKET = 5   # words between a figure and its bracket: '58,40 руб. за литр ('


def _figure_right_before(doc, bracket):
    """A number among the few words before token `bracket`, in the same clause
    (no comma, dash or other bracket between)."""
    for index in range(bracket - 1, max(-1, bracket - 1 - FIGURE_TO_BRACKET), -1):
        token = doc[index]
        if token.text[:1].isdigit():
            return True
        if token.is_punct and token.text != ".":
            return False
    return False


def is_sign_word(token):
    """'минус', 'плюс' right before a number."""
    doc = token.doc
    return token.lower_ in _sign_words() and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isdigit()


def sign_word_before_money_or_weight(token, unit):
    """'Минус 13,4 кило', 'минус 500–600 млрд тенге': a sign word opening a
    figure of money or weight (triggers.json sign_word_units) says a change."""
    return unit in load_json("triggers.json")["sign_word_units"] and is_sign_word(token)


@lru_cache(maxsize=None)
def _sign_words():
    return load_json("triggers.json")["sign_words"]


def is_sign(token):
    """'-3,2%': a plus or minus typed onto the number after it, not a dash."""
    doc = token.doc
    return token.text in SIGN_DIRECTIONS and token.whitespace_ == "" \
        and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isdigit()


# What a conjunct names as its own: the genitive of a change noun ('повышение
# [возраста]'), the object of a change verb ('увеличила [доходы]').
OWN_MEASURED_DEPS = {"nmod", "obj"}


def own_conjunct(trigger, first):
    """'урезание пенсий на 5–15% и повышение пенсионного возраста с 65 до
    [67 лет]': the parser may hang a figure of a second conjunct on the first
    change word. A change word joined to the trigger by 'и'/'а'/a comma that
    stands between the trigger and the figure, and names what it changes
    itself, is the figure's trigger: its own metric and its own direction.
    The nearest such conjunct, else the trigger itself."""
    if trigger is None or trigger.i >= first:
        return trigger
    nearest = trigger
    for conjunct in trigger.conjuncts:
        if nearest.i < conjunct.i < first and conjunct.pos_ == trigger.pos_ \
                and direction_of(conjunct) in CHANGE_DIRECTIONS and _names_what_it_changes(conjunct, first):
            nearest = conjunct
    return nearest


def _names_what_it_changes(word, first):
    """A genitive or object of the change word, between the word and the figure."""
    return any(child.dep_ in OWN_MEASURED_DEPS and word.i < child.i < first and child.pos_ in NOUNISH
               and (child.dep_ == "obj" or "Gen" in child.morph.get("Case"))
               for child in word.children)


def added_with_a_verb_of_its_own(doc, tokens, before):
    """'долг составляет 1,14 млрд рублей; еще около [380 млн рублей] компания
    задолжала подрядчикам', 'погибли 63 человека и ещё [587] получили
    травмы': a figure after 'ещё' (past its bound words, after token index
    `before`) with a verb of its own after it belongs to that verb's clause,
    so a trigger before 'ещё' says nothing of it (triggers.json, more_words)."""
    index = tokens[0].i - 1
    while index > before and normalize(doc[index].text) in skipped_before_figure("bounds_and_particles"):
        index -= 1
    if index <= before or normalize(doc[index].text) not in trigger_words("more_words"):
        return False
    if point_ends_sentence(tokens[-1]):
        return False
    return _own_predicate_after(doc, tokens[-1].i + 1)


def _own_predicate_after(doc, start):
    """A verb stating something of its own ('компания задолжала', 'повреждены
    частично') before the clause ends. A level or change verb there is the
    figure's own trigger, which the trigger finders reach by themselves."""
    for token in doc[start:]:
        if token.text in CLAUSE_PUNCTUATION_OR_DASH:
            return False
        if token.pos_ in ("VERB", "AUX") and direction_of(token) is None \
                and ("Fin" in token.morph.get("VerbForm") or "Short" in token.morph.get("Variant")):
            return True
    return False


# Words of the condition's noun phrase that may stand between 'при' and the
# figure ('при численности экономически активного населения около 9 млн').
CONDITION_PHRASE_WORDS = 4


def condition_opener_before(doc, first, sentence_start):
    """'достигла 2 350 человек при вместимости арены в 3 000': the 'при'
    (models/claims/lists.json condition_prepositions) opening the phrase the
    figure starting at `first` stands in, or None. Such a figure states the
    setting of the claim before it, not a value or change of the verb before
    'при' (the development gold gives it no direction 50 times of 50 where no
    verb of its own stands between 'при' and the figure)."""
    position = first - 1
    while position >= sentence_start and normalize(doc[position].text) in skipped_before_figure("bounds_and_prepositions"):
        position -= 1   # the figure's own 'в', 'до', 'около'
    for _ in range(CONDITION_PHRASE_WORDS + 1):
        if position < sentence_start:
            return None
        word = doc[position]
        if normalize(word.text) in _condition_prepositions():
            # 'при этом' links two clauses; it opens no condition
            if position + 1 < len(doc) and normalize(doc[position + 1].text) in _condition_openers_not():
                return None
            return word
        if word.is_punct or word.pos_ in ("VERB", "AUX"):
            return None
        position -= 1
    return None


@lru_cache(maxsize=None)
def _condition_prepositions():
    """'при' (models/claims/lists.json)."""
    return frozenset(load_json("lists.json")["condition_prepositions"])


@lru_cache(maxsize=None)
def _condition_openers_not():
    """'этом', 'этого' (models/claims/lists.json)."""
    return frozenset(load_json("lists.json")["condition_openers_not"])
