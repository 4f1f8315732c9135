"""Number words that count nothing: a lone 'one' ('одним словом'), 'one of'
('один из них'), one of a pair ('одна ... другую') and nouns spelled like
numbers ('свою семью').
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED, RANGE_DASHES
from pipeline.claims.exclusions.shared import _word, cues
from pipeline.claims.lexicon import lemma_of, load_json, normalize
from pipeline.claims.numbers import read_number
from pipeline.claims.words import pos, token_at


def is_lone_one(words, figure):
    """'одним словом', 'в одном флаконе', 'один и тот же': 'one' that counts nothing."""
    norm = words.norms[figure.number_start]
    if figure.number_end != figure.number_start + 1 or figure.unit != "count":
        return False
    table = cues()
    if norm not in table["partitive_words"]:
        return False
    # 'одним', 'одного': an oblique 'one' is mostly a phrase ('одним словом',
    # 'в одном флаконе'); it counts only where the text stresses the number
    oblique = norm not in table["one_forms_counting"]
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
    if oblique:
        return following not in ("NOUN", "ADJ") or not _one_stressed(words, figure)
    if following == "PUNCT" and _one_closing_a_list(words, figure):
        return False
    if following is not None and following not in ("NOUN", "ADJ", "PROPN"):
        return True
    return not _one_made_a_point(words, figure)


def _one_stressed(words, figure):
    """'ответил лишь одним голом', 'не реже одного раза в неделю': a
    restricting word or a limit before 'one' makes the number the point."""
    start = figure.number_start
    restricting = cues()["one_restricting_before"]
    return any(_word(words, index) in restricting for index in (start - 1, start - 2)) \
        or figure.bound in ONE_LIMITING_BOUNDS


# bounds that set a limit ('не менее одного'); 'около одного' is no stress
ONE_LIMITING_BOUNDS = ("at_least", "at_most", "more_than", "less_than")


ONE_LIST_REACH = 4    # words between 'one' and another number of the same list ('два европейских и один восточный')


def _one_closing_a_list(words, figure):
    """'За проголосовали 312, против — 54, воздержался один.': a 'one' that
    ends its clause with another number of its list just before it counts
    the same thing as that number (ellipsis), like the numbers before it."""
    start = figure.number_start
    return any(_a_number(words, index) for index in range(max(0, start - ONE_LIST_REACH), start))


def _one_made_a_point(words, figure):
    """'один' before a noun is mostly an indefinite article ('один родитель',
    'дала мне одну книгу'), which annotators do not count. It counts when
    the text makes the number the point: a restricting word before it
    ('только один корабль', 'всего один ребёнок') or another number of its
    list nearby ('два европейских и один восточный'), or a verb of the events
    news counts ('погиб один человек', 'задержали одну женщину')."""
    table = cues()
    start = figure.number_start
    if any(_word(words, index) in table["one_restricting_before"] for index in (start - 1, start - 2)):
        return True
    if _after_a_phrase(words, start, table["one_part_of_a_count_phrases"]):
        return True   # "6 школ (в том числе одна гимназия)": a part of a count
    before = range(max(0, start - ONE_LIST_REACH), start)
    return any(_a_number(words, index) for index in before) \
        or _list_mate_after(words, figure) or _news_event_count(words, figure) \
        or _same_noun_counted_nearby(words, figure)


def _after_a_phrase(words, index, phrases):
    """Whether one of `phrases` (tuples of words) ends right before word `index`."""
    return any(tuple(words.norms[max(0, index - len(phrase)):index]) == phrase for phrase in phrases)


# sentences either side where another count of the same noun may stand: a
# bulleted list breaks 'Австралию представляет один арбитр: • Марк Шилд
# (Австралия) Азию представляют два арбитра' into several
SENTENCE_REACH = 3


def _same_noun_counted_nearby(words, figure):
    """'два русских героя (...), а один чешский герой', 'включает одну
    велопарковку. Но власти пообещали построить ещё 5 велопарковок': another
    number within a few sentences counts the noun 'one' stands before, so
    'one' is set against it and counts too. Only the forms a count takes
    ('один', 'одну'): 'стоимость одной фермы' after '4 ферм' is the unit a
    price is given for, as 'на одно место' is the base of a rate."""
    one = token_at(words, figure.number_start)
    if one is None or words.norms[figure.number_start] not in cues()["one_forms_counting"]:
        return False
    if _word(words, figure.number_start - 1) == "на":
        return False   # "на одно место претендуют двое детей": the base of a rate
    noun = one.head
    if noun.i == one.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(_counts(token, noun) for token in _sentences_around(one))


def _counts(token, noun):
    """A number other than 'one' that counts a noun of the same lemma as `noun`."""
    if token.head.i == noun.i or normalize(token.head.lemma_) != normalize(noun.lemma_):
        return False
    norm = normalize(token.text)
    return token.dep_.startswith("nummod") and (norm.isdigit() or norm in cues()["counting_number_words"])


def _sentences_around(token):
    """The words of the sentence of `token` and of SENTENCE_REACH sentences either side."""
    sentences = list(token.doc.sents)
    here = next(index for index, sentence in enumerate(sentences) if sentence.start <= token.i < sentence.end)
    for sentence in sentences[max(0, here - SENTENCE_REACH):here + SENTENCE_REACH + 1]:
        yield from sentence


def _list_mate_after(words, figure):
    """'один пистолет и два автомата': a number after 'one' in the same list.
    A verb between ends the list: in 'один оборот занимает 17 суток' the
    later number is what the one is measured by, and 'one' is its base."""
    for index in range(figure.number_end, min(len(words.norms), figure.number_end + ONE_LIST_REACH)):
        if pos(words, index) in ("VERB", "AUX"):
            return False
        if _a_number(words, index):
            return True
    return False


def _news_event_count(words, figure):
    """'При пожаре погиб один человек', 'Полиция задержала одну женщину': the
    one who died, was held or hurt is the news, a count (one_counting_verbs)."""
    one = token_at(words, figure.number_start)
    if one is None:
        return False
    noun = one.head
    verb = noun.head
    return lemma_of(verb) in cues()["one_counting_verbs"] or lemma_of(noun) in cues()["one_counting_verbs"]


def _a_number(words, index):
    word = words.norms[index]
    return word.isdigit() or word in cues()["counting_number_words"]


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


def is_one_of_pair(words, figure):
    """'одна команда превосходила другую', 'один слой ..., второй ...': one of two, not a count."""
    if figure.unit != "count" or figure.number_end != figure.number_start + 1 \
            or words.norms[figure.number_start] not in cues()["partitive_words"]:
        return False
    for word in words.norms[figure.end:]:
        if word in cues()["first_of_pair_words"]:
            return False   # 'первый -- английский, второй -- ...': the 'второй' answers this 'первый'
        if word in cues()["one_other_words"]:
            return True
    return False


RANGE_MARKS = RANGE_DASHES | {"…"}


def is_unit_of_sale(words, figure):
    """'десяток яиц — 58', 'десяток стоит уже 690 тенге', 'Десяток яиц обойдётся
    в шестьдесят пять рублей': a dozen or a ten named as the thing a price is
    for, like 'литр молока', counts nothing."""
    table = cues()
    if figure.unit != "count" or figure.number_end != figure.number_start + 1 \
            or words.norms[figure.number_start] not in table["sale_unit_nouns"]:
        return False
    noun = token_at(words, figure.number_start)
    if _subject_of_a_price_verb(noun, table["sale_subject_verbs"]) or _bought_for_a_price(noun):
        return True
    index = figure.end
    if pos(words, index) == "NOUN":
        index += 1   # the goods: 'десяток яиц'
    if _word(words, index) not in CLAUSE_DASHES_AS_TYPED and lemma_of_word(words, index) not in table["sale_price_verbs"]:
        return False
    index += 1
    while _word(words, index) in table["sale_price_fillers"]:
        index += 1
    index = _last_word_of_price(words, index)
    if index is None:
        return False
    # a money word or nothing after the price: '— 40 семей' counts families, not a price
    after = index + 1
    return pos(words, after) != "NOUN" or lemma_of_word(words, after) in table["sale_money_words"]


def _subject_of_a_price_verb(token, verbs):
    """'Десяток теперь обходится покупателям в среднем в 98 рублей', 'десяток
    может подешеветь': the parse makes the noun the subject of a price verb,
    or of a modal whose infinitive is one, however many words stand between."""
    if token is None or token.dep_ != "nsubj":
        return False
    verb = token.head
    if normalize(verb.lemma_) in verbs:
        return True
    return any(child.dep_ == "xcomp" and normalize(child.lemma_) in verbs for child in verb.children)


def _bought_for_a_price(token):
    """'Десяток яиц в январе брала за 98 рублей': the noun is the object of a
    verb of buying (units.json paid_for verbs) that names its price after 'за'."""
    if token is None or token.dep_ != "obj":
        return False
    paid_for = load_json("units.json")["money_cues"]["paid_for"]
    verb = token.head
    return normalize(verb.lemma_) in paid_for["verbs"] and any(
        any(case.dep_ == "case" and case.lower_ == "за" for case in child.children)
        and any(number.dep_ == "nummod" for number in child.children)
        for child in verb.children if child.dep_ == "obl")


def _last_word_of_price(words, index):
    """The last word of the price that begins at word `index` ('690–720',
    '1 200', 'шестьдесят пять': broadcast copy writes it in words), or None."""
    if not _word(words, index)[:1].isdigit():
        number = read_number(words.texts, index) if index < len(words.texts) else None
        return number.end - 1 if number is not None else None
    while _word(words, index + 1)[:1].isdigit() or _word(words, index + 1) in RANGE_MARKS:
        index += 1
    return index


def lemma_of_word(words, index):
    token = token_at(words, index)
    return normalize(token.lemma_) if token is not None else None
