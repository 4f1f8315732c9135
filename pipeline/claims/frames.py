"""Frames and quantity nouns: the words around a figure that name what it is.

- a frame noun only frames an amount ('штраф в размере 2 млн', 'на сумму',
  'в объёме'); the noun before the frame is what the amount is of;
- a level ('на уровне', 'до отметки') is held by the noun or subject of its verb;
- a quantity noun before the figure names it ('площадью 25 тыс. кв. метров');
- a comparative is a bound ('выше 15%') or a comparison ('вдвое больше
  школьников'), and its subject or genitive is what is measured.
Word lists are in models/claims/measures.json.
"""
from functools import lru_cache

from pipeline.claims import triggers
from pipeline.claims.context import says_where
from pipeline.claims.lexicon import case_words, load_json, normalize, skipped_before_figure, start_of_reckoning_phrase_before
from pipeline.claims.near_figure import noun_right_after
from pipeline.claims.subjects import (antecedent, inherited_subject, nominative_before, partitive_subject, subject_of, subject_or_object,
                                      verb_before)
from pipeline.claims.triggers import trigger_words
from pipeline.claims.units import CURRENCIES
from pipeline.claims.word_kinds import (ADJECTIVE_LEMMA_ENDINGS, CLAUSE_EDGES, NOUNISH, SUBJECT_DEPS, agrees,
                                        bare_genitive, bound_words, is_number_phrase, is_quantity_noun, lemma_of, finite_verb,
                                        instrumental_reading, measure_words, mistagged_noun, names_period,
                                        names_person, quantity_noun_of_instrumental, scale_word, short_participle, top_of_noun_chain,
                                        used_as_noun, word_before, after_preposition, may_be_nominative, noun_parses)


CLAUSE_BREAKS = {";", ":"}


@lru_cache(maxsize=None)
def amount_frames(kind="amount_frames"):
    """{quantity noun: the preposition with which it only frames an amount ('в объёме'),
    or with membership_frames a group ('в числе')}."""
    return {normalize(word): preposition for word, preposition in load_json("measures.json")[kind].items()
            if preposition is not None}


def phrase_top(noun):
    """'Индекс промышленного производства', 'процентом отражённых бросков': a
    genitive names whose quantity it is; the noun it hangs from heads the
    phrase and is what is measured. A change noun above it ('Рост
    производства') is a trigger, not the metric, and is not climbed to; 'уровень', a trigger of
    a level only, changes nothing and is climbed to ('уровень поддержки — 48%')."""
    return top_of_noun_chain(noun, lambda lower, upper: upper.pos_ in NOUNISH and bare_genitive(lower)
                             and triggers.direction_of(upper) not in triggers.CHANGE_DIRECTIONS)


def alone_in_brackets(inside, doc):
    """Whether the figure (with its sign and bound words) is all a bracket holds."""
    return bracket_around(doc, min(inside), max(inside)) is not None


def bracket_around(doc, first, last, period_words=0):
    """Index of the '(' of a bracket holding only the figure from `first` to
    `last` (with its sign, preposition and bound words) and perhaps, in up
    to `period_words` words, the period it covers ('(+48% за год)'), or None."""
    if _closing_after(doc, last + 1, period_words) is None:
        return None
    before = word_before(doc, first, _sign_or_bound)
    return before.i if before is not None and before.text == "(" else None


def _sign_or_bound(word):
    """What may stand between a bracket and its figure: a sign ('(+48%'), a bound
    or a preposition ('(около 5 тыс.', '(до 20%')."""
    return word.text in triggers.SIGN_DIRECTIONS or normalize(word.text) in skipped_before_figure("bounds_and_prepositions")


def _closing_after(doc, index, period_words):
    """Index of the ')' at `index`, or after a period phrase of at most
    `period_words` words starting there ('за год)', 'к прошлому году)'), else None."""
    named_period = False
    for position in range(index, min(index + period_words + 1, len(doc))):
        token = doc[position]
        if token.text == ")":
            return position if position == index or named_period else None
        if names_period(token):
            named_period = True
        elif token.pos_ not in ("ADP", "ADJ", "DET"):
            return None
    return None


def head_before_bracket(noun):
    """'потолка зарплат лиги (990 млн)', 'предельный индекс, установленный для
    региона (11,9%)': a bracket gives the figure of the whole noun phrase
    before it, but the parser hangs it on the phrase's last noun, a genitive
    or a participle's circumstance; the phrase's head is what is measured."""
    top = phrase_top(noun)
    participle = top.head
    if top.dep_ in ("obl", "obl:agent", "nmod") and participle.dep_ == "acl" \
            and "Part" in participle.morph.get("VerbForm"):
        qualified = noun_a_participle_agrees_with(participle)
        if qualified is not None:
            return phrase_top(qualified)
    return top


# How many words left of a participle the noun it qualifies is looked for.
PARTICIPLE_REACH = 4


def noun_a_participle_agrees_with(participle):
    """'индекс, установленный ...': the nearest noun left of a participle that
    agrees with it in case, gender and number; the parser may hang the
    participle on a noun further back."""
    doc = participle.doc
    for index in range(participle.i - 1, max(participle.i - 1 - PARTICIPLE_REACH, -1), -1):
        token = doc[index]
        if token.pos_ in NOUNISH and agrees(token, participle) \
                and (_same_case(token, participle) or _nominative_or_accusative(token, participle)):
            return token
    return None


def _same_case(one, other):
    """Whether `one` has a case `other` has (true when `other` has none)."""
    wanted = set(other.morph.get("Case"))
    return not wanted or bool(wanted & set(one.morph.get("Case")))


def _nominative_or_accusative(one, other):
    """The tagger tells the two apart by guess in an inanimate masculine or
    neuter word, where they are written the same."""
    either = {"Nom", "Acc"}
    return bool(set(one.morph.get("Case")) & either) and bool(set(other.morph.get("Case")) & either)


def level_frame(token):
    """'на уровне', 'до уровня', 'на отметке': a level noun after a preposition
    only frames a value; it is never what is measured ('уровень безработицы',
    with no preposition, is)."""
    return lemma_of(token) in measure_words("level_nouns") \
        and bool(case_words(token) & LEVEL_PREPOSITIONS)


# A value stands 'на уровне', rises 'до уровня'; 'при отметке 9 м' names a threshold of its own.
LEVEL_PREPOSITIONS = {"на", "до"}


def holder_of_level(level, inside):
    """What stands at a level: the noun the level phrase hangs from, else the
    object or subject of its verb ('пассажиропоток останется на уровне ...')."""
    holder = level.head
    if holder.i == level.i:
        # 'Годом ранее показатель был на уровне 0,38%': the level phrase is the
        # predicate itself, and its subject stands at that level
        return subject_of(level, inside)
    if holder.i in inside:
        return None
    if holder.pos_ in NOUNISH and names_period(holder) and holder.head.pos_ in ("VERB", "AUX"):
        # 'закрыла неделю на уровне 7,86%': the parser hangs the level on the period,
        # which says when; what stands at the level belongs to the verb
        return subject_or_object(holder.head, inside, prefer_object=True)
    if holder.pos_ in NOUNISH:
        return None if level_frame(holder) else holder
    if holder.pos_ in ("VERB", "AUX") and not case_words(level):
        # 'Уровень воды достиг отметки 6,1 м': the level noun is the verb's own
        # object, so what reached it is the subject
        return subject_of(holder, inside) or inherited_subject(holder, inside) \
            or subject_or_object(_own_verb(holder, level), inside, prefer_object=True)
    if holder.pos_ in ("VERB", "AUX"):
        return subject_or_object(_own_verb(holder, level), inside, prefer_object=True)
    return None


def _own_verb(verb, level):
    """The verb a level belongs to: the nearest verb left of it in its clause
    when the parser hung it on one further off ('нарастить OIBDA на 5% и
    сохранить затраты на уровне 20%', 'ставим задачу увеличить товарооборот
    до уровня 10 млрд'), else the parsed one."""
    nearer = _verb_left_in_clause(level)
    if nearer is not None and (verb.i > level.i or nearer.i > verb.i):
        return nearer
    return verb


def _verb_left_in_clause(token):
    """The nearest verb left of token in its clause, or None; a short participle
    ('курс установлен') is a predicate too, a long one only qualifies a noun."""
    for index in range(token.i - 1, -1, -1):
        word = token.doc[index]
        if word.text in CLAUSE_EDGES or word.is_sent_start:
            return None
        if word.pos_ in ("VERB", "AUX") and ("Part" not in word.morph.get("VerbForm") or short_participle(word)):
            return word
    return None


def level_holder(anchor, inside):
    """'Курс закрылся на отметке 497,3 тенге', 'довести товарооборот до уровня
    10 млрд': the figure is the value of a level noun; what stands at that level
    is the object (or subject) of the verb the level noun hangs from. A level
    frames only a figure after it: one before it belongs to an earlier clause
    the parser hung on it ('вырастут на 5 млрд, а долг сохранится на уровне ...')."""
    level = anchor.head
    if level.i == anchor.i or level.i in inside or lemma_of(level) not in measure_words("level_nouns") \
            or level.i > max(inside):
        return None
    return holder_of_level(level, inside)


def quantity_just_before(inside, doc):
    """'площадью 25 тыс. кв. метров', 'общую протяжённость около двух километров':
    a quantity noun right before the figure names it."""
    before = word_before(doc, min(inside), _adverbs_and_prepositions_of(inside))
    if before is None or before.pos_ == "ADP":
        return None   # 'уровень у десяти банков': the preposition opens the figure's own noun phrase
    if _latin_name_after_its_noun(before):
        before = before.head     # 'при цене нефти Urals около 105 долларов'
    instrumental_noun = quantity_noun_of_instrumental(before)
    if instrumental_noun is not None and instrumental_noun not in measure_words("frame_nouns"):
        return before   # 'марш протяжённостью 600 км', tagged an adverb: the tag is wrong, not the word
    position = before.i
    noun = before
    if noun.pos_ in NOUNISH and (not is_quantity_noun(noun) or bare_genitive(noun)):
        # 'с процентом отражённых бросков 91,6%', 'плотность населения 205 чел',
        # 'рейтинг ФИДЕ 2 641': the quantity noun may stand before the genitive it is of
        noun = phrase_top(noun)
        if not is_quantity_noun(noun):
            noun = _quantity_left_of_genitives(position, doc)
    if noun is None or names_period(noun):
        return None   # 'по итогам обработки 98,6% протоколов': a period says when, it is no quantity
    # a dative names who pays or gets ("обошёлся бюджету в 800 млн"), not the quantity
    if (noun.pos_ in NOUNISH or _mistagged_instrumental(noun)) and is_quantity_noun(noun) \
            and lemma_of(noun) not in measure_words("frame_nouns") \
            and ({"Ins", "Nom", "Acc"} & set(noun.morph.get("Case")) or _measured_where(noun) or _priced_at(noun)
                 or _mistagged_instrumental(noun)):
        return noun
    return None


def _adverbs_and_prepositions_of(inside):
    """The skip rule (for word_before) between a quantity noun and its figure:
    adverbs, particles and prepositions ('площадью около 25 тыс.'); it stops at a
    preposition whose noun follows the figure, which opens the figure's own
    noun phrase, not the quantity's."""
    def skip(word):
        if word.pos_ == "ADP":
            return not _governs_noun_after(word, inside)
        if quantity_noun_of_instrumental(word) is not None:
            return False   # 'марш протяжённостью 600 км', the noun tagged an adverb
        return word.is_space or word.pos_ in ("ADV", "PART")
    return skip


def _mistagged_instrumental(word):
    """'на участке протяжённостью 6 км': the tagger may take a quantity noun
    in the instrumental for a participle, with a case of its guessing; the
    dictionary's instrumental reading of the form names the figure."""
    return mistagged_noun(word) and instrumental_reading(word)


def _priced_at(noun):
    """'продаются по цене от 3,1 до 3,9 млн рублей': a quantity noun in the
    dative after 'по' is the price the goods go at, unlike a bare dative,
    which names who pays ('обошёлся бюджету в 800 млн')."""
    return "Dat" in noun.morph.get("Case") \
        and any(word in measure_words("dative_quantity_prepositions") for word in case_words(noun))


def _quantity_left_of_genitives(position, doc):
    """'площадь водосборного бассейна 133 км2': when the parser hangs the
    genitive on some other word, word order still shows whose quantity it is:
    the quantity noun that the genitive words right before the figure follow."""
    first = max(position - GENITIVE_REACH, 0)
    for index in range(position, first - 1, -1):
        token = doc[index]
        if token.pos_ in NOUNISH and is_quantity_noun(token):
            return token
        if not _genitive_word(token):
            break
    return doc[position]


def _genitive_word(token):
    """A noun or adjective in the genitive, as an 'of' phrase is built of
    (the tagger may call an adjective such as 'водосборного' a noun)."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ", "DET"):
        return False
    return "Gen" in token.morph.get("Case") or token.text.lower().endswith(GENITIVE_ADJECTIVE_ENDINGS)


# How many words an 'of' phrase may put between a quantity noun and its figure.
GENITIVE_REACH = 4
# Endings no nominative adjective has: '-ого'/'-его' mark a genitive (or accusative) one.
GENITIVE_ADJECTIVE_ENDINGS = ("ого", "его")


def _governs_noun_after(preposition, inside):
    """A preposition whose noun follows the figure ('у десяти крупнейших банков'),
    so the figure counts that noun and the words before belong elsewhere."""
    if normalize(preposition.text) in skipped_before_figure("bounds_and_particles"):
        return False      # 'населением около 45 тысяч человек': a bound, not a preposition of the noun
    noun = preposition.head
    return noun.i > max(inside) and noun.pos_ in NOUNISH and not is_number_phrase(noun, inside)


def quantity_without_verb(inside, doc):
    """'Цены на пшеницу сейчас около 13 500 рублей за тонну': a clause with no
    verb, whose subject is a quantity noun in the nominative and whose
    predicate is the figure; that noun names it."""
    noun = nominative_before(min(inside), doc)
    if noun is None or not is_quantity_noun(noun) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1:min(inside)]):
        return None
    return phrase_top(noun)


def _measured_where(noun):
    """'на площади 14,7 тыс. га', 'на глубине 30 метров': a quantity noun in the
    locative after its preposition still names the quantity, unless the pair
    is a fixed frame of an amount ('в объёме', 'на уровне'), which names nothing."""
    if "Loc" not in noun.morph.get("Case"):
        return False
    has_preposition = any(c.dep_ == "case" for c in noun.children) or _shares_a_preposition(noun)
    return has_preposition and not only_a_frame(noun)


def _shares_a_preposition(noun):
    """'при ставке 19,8% и сроке 5 лет': a noun joined by 'и' to one after a
    preposition stands after that preposition too."""
    first = noun.head
    return noun.dep_ == "conj" and first.i < noun.i and first.pos_ in NOUNISH \
        and any(c.dep_ == "case" for c in first.children)


def only_a_frame(noun):
    """'в объёме', 'на уровне', 'в числе': the noun with its preposition frames a
    figure (an amount, or a group it is among) and names no quantity itself."""
    prepositions = {normalize(c.text) for c in noun.children if c.dep_ == "case"}
    frames = amount_frames(), amount_frames("membership_frames")
    return any(frame.get(lemma_of(noun)) in prepositions for frame in frames)


def framed_noun(inside, doc, money=False):
    """'штраф в размере 2 млн долларов', 'выплата дивидендов в размере 38 ₽':
    a frame noun right before the figure only frames it; the noun before the
    frame's preposition is what the amount is of. Read off word order, since
    the parser often hangs the amount elsewhere. A sum of money (`money`) is
    framed in the bare instrumental too ('облигации объёмом 5 млрд руб.')."""
    before = word_before(doc, min(inside), _adverb_or_bound)
    if before is None:
        return None     # nothing but bound words from the start of the text: no frame
    position = before.i
    frame = doc[position]
    # 'на общую сумму': the frame's adjectives stand between it and its preposition
    while position >= 1 and doc[position - 1].pos_ == "ADJ" and doc[position - 1].head.i == frame.i:
        position -= 1
    if money and frames_money_without_preposition(frame):
        position += 1   # no preposition to step over: the word before the frame is the noun's place
    elif position < 1 or doc[position - 1].pos_ != "ADP" or not _frames_an_amount(frame, doc[position - 1]):
        return None
    subjects = [c for c in frame.children if c.dep_ in SUBJECT_DEPS and c.pos_ in NOUNISH and c.i < frame.i]
    if subjects:
        # 'что рост экономики будет в диапазоне 5–5,5%': the frame is the predicate
        # of its own clause, and its subject is what it frames
        noun = subjects[0]
    elif frame.head.pos_ in NOUNISH and frame.head.i < frame.i and frame.dep_ == "nmod":
        noun = frame.head
    elif frame.head.pos_ in ("VERB", "AUX") and frame.head.i < frame.i:
        # 'сохраняем прогноз на конец года в диапазоне 4–5%': a frame hung on
        # its verb frames what the verb keeps or plans, not the word before it;
        # a verb past another verb or a clause edge is a parse that crossed
        # clauses ('закрыли долг, а ... заказ — 140 насосов на сумму'): the
        # frame names the amount itself
        noun = frame.head if _same_clause(frame.head, frame) else frame
    else:
        noun = doc[position - 2] if position >= 2 else None
    noun = _past_a_period(noun, inside)
    if noun is not None and noun.pos_ in ("VERB", "AUX") and noun.i not in inside:
        # 'доходы запланированы в объёме 19 млрд', 'выделили субсидии в размере 5 млн':
        # the amount is what the verb plans or gives
        noun = subject_or_object(noun, inside, prefer_object=True)
    if noun is not None and noun.i not in inside and is_number_phrase(noun, inside):
        # 'купили 1,1 млн билетов на сумму 560 млн рублей': the noun before is
        # counted by a figure of its own, so the frame is the quantity named
        return frame
    if _names_a_total(frame) and not _a_payment(noun):
        # 'похитил инструменты и автозапчасти на общую сумму 600 тыс.': the
        # total is the quantity named, unless it adds up payments ('штрафы')
        return frame
    if noun is None or noun.pos_ not in NOUNISH or noun.i in inside:
        return None
    return _what_changes(noun)


def _names_a_total(frame):
    """'на общую сумму': a total frame with an adjective that makes it a total
    (measures.json total_adjectives)."""
    return lemma_of(frame) in measure_words("total_frames") and any(
        child.dep_ == "amod" and lemma_of(child) in measure_words("total_adjectives") for child in frame.children)


def _a_payment(noun):
    """'выписаны штрафы на общую сумму': a payment noun, not a genitive inside
    a larger phrase ('исков о взыскании зарплаты'), whose total the frame
    gives (measures.json payment_nouns)."""
    return noun is not None and noun.pos_ in NOUNISH and lemma_of(noun) in measure_words("payment_nouns") \
        and "Gen" not in noun.morph.get("Case")


def _adverb_or_bound(word):
    """What may stand between a frame and its figure: adverbs, particles and bound
    words ('на сумму около 5 млн', 'в размере не менее 2%')."""
    return word.is_space or word.pos_ in ("ADV", "PART") \
        or normalize(word.text) in skipped_before_figure("bounds_and_particles")


def _past_a_period(noun, inside):
    """'прогноз капитальных вложений на 2019 год в диапазоне 35–38 млрд', 'план
    расходов на текущий год в объёме 80 млрд': a period phrase before the frame
    says for when the amount is planned; its number ('2019 год') counts no
    stuff. The amount is of the noun the period hangs on, or of the word
    right before the period phrase."""
    while noun is not None and noun.i not in inside and noun.pos_ in NOUNISH and names_period(noun):
        if noun.head.pos_ in NOUNISH and noun.head.i < noun.i:
            noun = noun.head
        else:
            start = noun.left_edge.i
            noun = noun.doc[start - 1] if start >= 1 else None
    return noun


def _same_clause(verb, word):
    """Whether no clause edge and no other verb stand between a verb and a word after it."""
    between = verb.doc[verb.i + 1:word.i]
    return not any(t.text in CLAUSE_EDGES or (t.pos_ in ("VERB", "AUX") and finite_verb(t)) for t in between)


def _what_changes(noun):
    """'рост экономики будет в диапазоне 5–5,5%': a change noun names how
    something moves; what moves is its genitive (NOTES.md: 'рост X составил
    N%' -> X). Any other noun is returned as it is."""
    if triggers.direction_of(noun) not in triggers.CHANGE_DIRECTIONS:
        return noun
    for child in noun.children:
        if child.dep_ == "nmod" and child.i > noun.i and child.pos_ in NOUNISH and bare_genitive(child):
            return child
    return noun


def frames_money_without_preposition(noun):
    """'облигации объёмом 5 млрд руб.': a money frame in the instrumental with no
    preposition of its own (measures.json, money_frames)."""
    return lemma_of(noun) in measure_words("money_frames") and "Ins" in noun.morph.get("Case") \
        and not any(c.dep_ == "case" for c in noun.children)


def _frames_an_amount(noun, preposition):
    """'в размере', 'на сумму' always; 'в объёме', 'в количестве' with their own preposition."""
    lemma = lemma_of(noun)
    return lemma in measure_words("frame_nouns") or (
        lemma not in measure_words("level_nouns") and amount_frames().get(lemma) == normalize(preposition.text))


def compared_head(comparative, inside):
    """What a comparison measures: 'вдвое больше школьников' -> 'школьников',
    'Уровень ... в два раза выше нормы' -> 'Уровень'."""
    dimension = _dimension_compared(comparative, inside)
    if dimension is not None:
        return dimension
    counted = normalize(comparative.text) in trigger_words("quantity_comparatives")
    if counted:
        amount = _partitive_subject_of_clause(inside, comparative.doc)
        if amount is not None:
            return amount
        quantified = _noun_the_comparative_quantifies(comparative, inside)
        if quantified is not None:
            return quantified
    for child in comparative.children:
        # 'насчитали вдвое больше задержанных': a participle used as a noun is counted too
        if not counted or child.i in inside or child.i < comparative.i \
                or not (child.pos_ in NOUNISH or _participle_as_noun(child)):
            continue
        if child.dep_ in ("obl", "nmod", "obj") and "Gen" in child.morph.get("Case") \
                and not any(g.dep_ in ("case", "mark") for g in child.children):
            return child
    if comparative.pos_ == "ADV" or _modifies_a_verb(comparative):
        # "переносят инсульт в 1,7 раза чаще": an adverb compares how often or
        # how long the verb's deed is done; what is done is its object. So does
        # "больше" on a verb ("потерял людей почти вдвое больше", "называют
        # цифру в пять раз больше"): the thing counted is the object, not the
        # one who counts or loses it
        verb = verb_before(min(inside), comparative.doc)
        if verb is not None:
            thing = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in NOUNISH
                          and c.i not in inside and not is_number_phrase(c, inside)), None)
            thing = thing or _goal_right_before(verb, inside)
            if thing is not None:
                return thing
    # "Продажи оказались на 8% меньше": the subject may hang from the verb above
    holders = [comparative]
    if comparative.head.i != comparative.i:
        holders.append(comparative.head)
    for holder in holders:
        # a clause has one subject, the nearest; a noun the parser also hangs
        # on the comparative from an earlier clause ('53 тыс. человек, но
        # считают, что реальная цифра вдвое выше') is not what is compared
        for child in sorted(holder.children, key=lambda c: abs(c.i - holder.i)):
            if child.dep_ in SUBJECT_DEPS and child.i not in inside and child.pos_ in NOUNISH \
                    and not names_person(child) and not _across_a_clause_break(child, comparative):
                if scale_word(child):
                    # the scale of an earlier figure ('353 тыс. человек, ... реальная
                    # цифра втрое выше') measures nothing: the parser lost the
                    # subject, which word order finds in the comparative's clause
                    return _nominative_in_clause_before(comparative, inside)
                return antecedent(child, holder)
    if any(child.dep_ == "cop" for child in comparative.children):
        # "Смертность в этой группе была меньше в 1,8 раза": with a linking verb
        # the comparative is the predicate, whatever the parser hangs it on;
        # its subject is the nominative before it in the clause
        return _nominative_in_clause_before(comparative, inside)
    return _subject_of_a_comparative_predicate(comparative, inside)


def _goal_right_before(verb, inside):
    """'рассчитывают на зарплату в 2,8 раза выше': a verb's accusative after a
    preposition, right before the figure, is the thing the comparison sizes,
    as its object would be; a place or owner ('у жителей', 'в городах') takes
    another case and is no such thing."""
    doc = verb.doc
    index = min(inside) - 1
    while index > verb.i and doc[index].pos_ in ("ADV", "ADP"):
        index -= 1      # 'почти в', the figure's own words
    noun = doc[index]
    if noun.i <= verb.i or noun.head.i != verb.i or noun.dep_ != "obl" or noun.pos_ != "NOUN" \
            or "Acc" not in noun.morph.get("Case"):
        return None
    return noun


def _across_a_clause_break(word, comparative):
    """'Ущерб оценивается в 2,7 млрд; в прошлом году потери были втрое
    меньше': a semicolon or colon between them puts a word the parser hangs
    on the comparative or its head in another clause."""
    first, last = sorted((word.i, comparative.i))
    return any(token.text in CLAUSE_BREAKS for token in comparative.doc[first + 1:last])


def _subject_of_a_comparative_predicate(comparative, inside):
    """'в Чемале цены почти вдвое выше, чем у нас', 'Эвакуаторов на улицах
    стало вдвое меньше': a comparative that is its clause's predicate, with
    at most a linking verb before it (triggers.json linking_verbs), compares
    the clause's subject. The parser often hangs that subject on another
    clause, so it is read by word order: the nearest noun before the figure
    with no preposition, a nominative, or a genitive when the comparative is
    one of amount ('сторонников ... вдвое больше'), climbed to the noun a
    genitive chain hangs from ('зарплата московского выпускника')."""
    doc = comparative.doc
    amount = normalize(comparative.text) in trigger_words("quantity_comparatives")
    for index in range(min(min(inside), comparative.i) - 1, -1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            return None
        if finite_verb(token) and token.pos_ in ("VERB", "AUX") \
                and lemma_of(token) not in trigger_words("linking_verbs"):
            return None   # 'платят вдвое меньше': the comparative tells of the verb's deed
        if _subject_of_a_predicate(token, amount):
            return top_of_noun_chain(token, lambda lower, upper: bare_genitive(lower) and _subject_of_a_predicate(upper, amount))
        if token.is_sent_start:
            return None
    return None


def _subject_of_a_predicate(token, amount):
    if token.pos_ != "NOUN" or after_preposition(token) or names_person(token) or names_period(token) \
            or scale_word(token):
        return False
    return may_be_nominative(token) or _nominative_in_the_dictionary(token) or (amount and bare_genitive(token))


def _nominative_in_the_dictionary(noun):
    """'цены' tagged a genitive singular: the same form is a nominative plural."""
    return any("nomn" in parse.tag and normalize(parse.normal_form) == lemma_of(noun)
               for parse in noun_parses(noun.lower_))


def _modifies_a_verb(comparative):
    """'потерял людей вдвое больше': the parser hangs a comparative of amount on
    the verb (as an adverb, or as a conjunct when it ends the clause), not on a noun."""
    verb = comparative.head
    return comparative.dep_ in ("advmod", "conj") and verb.pos_ == "VERB" and verb.i < comparative.i \
        and not any(token.is_punct for token in comparative.doc[verb.i + 1:comparative.i])


def _participle_as_noun(word):
    """'задержанных' in 'вдвое больше задержанных'; an adjective there is the
    standard, with its noun left out ('больше нынешнего', 'меньше среднего')."""
    return word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm") and used_as_noun(word)


def _nominative_in_clause_before(comparative, inside):
    subject = nominative_before(comparative.i, comparative.doc)
    if subject is None or subject.i in inside or names_person(subject):
        return None
    return subject


def _noun_the_comparative_quantifies(comparative, inside):
    """'добывающая впятеро меньше нефти, чем Россия', 'тратит втрое больше
    денег': the parser makes 'меньше' a numeral of the genitive noun after it,
    which is then what is compared; a standard it is set against ('вдвое
    меньше нормы') hangs on the comparative instead. With ', чем' right after
    the genitive the standard comes later, so the genitive is what is compared,
    wherever the parser hangs it ('в 2,4 раза меньше студентов, чем у нас')."""
    noun = comparative.head
    if comparative.dep_.startswith("nummod") and noun.i > comparative.i and _genitive_noun(noun, inside):
        return noun
    doc = comparative.doc
    index = comparative.i + 1
    while index < len(doc) and doc[index].pos_ in ("ADJ", "DET"):
        index += 1
    if index + 2 < len(doc) and _genitive_noun(doc[index], inside) \
            and doc[index + 1].text == "," and normalize(doc[index + 2].text) == STANDARD_OPENER:
        return doc[index]
    return None


# the conjunction that opens the standard of a comparison ('меньше студентов, чем у нас')
STANDARD_OPENER = "чем"


def _genitive_noun(token, inside):
    return token.i not in inside and token.pos_ in NOUNISH and "Gen" in token.morph.get("Case")


def _dimension_compared(comparative, inside):
    """'в 4,3 раза крупнее Земли по радиусу', 'вдвое больше конкурента по
    выручке': a comparison made along a dimension named by 'по' and a
    singular noun measures that dimension. The parser hangs that noun on
    the comparative, its standard or a noun of the next clause, so word
    order finds it: right after the comparison, before any comma or 'чем'
    (', чем в среднем по области' names the standard, a place)."""
    doc = comparative.doc
    for index in range(comparative.i + 1, min(comparative.i + DIMENSION_REACH, len(doc) - 1)):
        if doc[index].is_punct or doc[index].pos_ == "SCONJ":
            break
        if normalize(doc[index].text) in measure_words("dimension_prepositions") and _names_a_dimension(doc[index + 1]):
            return doc[index + 1]
    return None


# 'крупнее [Земли] по радиусу', 'больше [своего конкурента] по выручке'
DIMENSION_REACH = 5


def _names_a_dimension(noun):
    return noun.pos_ == "NOUN" and "Dat" in noun.morph.get("Case") and "Sing" in noun.morph.get("Number") \
        and not noun.ent_type_ and lemma_of(noun) not in measure_words("not_dimensions")


def _partitive_subject_of_clause(inside, doc):
    """'осадков выпало вдвое меньше нормы': when a verb of amount already has
    its subject in the genitive, that subject is what is compared, and the
    genitive after 'меньше' is only the standard it is set against."""
    verb = verb_before(min(inside), doc)
    return partitive_subject(verb, inside) if verb is not None else None


def subject_above_a_bound(inside, doc):
    """'ключевая ставка держится выше 15%', 'доля пшеницы класса выше 55%': a
    comparative right before the figure is its bound, and the clause says the
    subject is above or below it; that subject is what the figure measures."""
    position = min(inside) - 1
    if position < 0 or "Cmp" not in doc[position].morph.get("Degree") \
            or triggers.comparative_direction(doc[position]) not in triggers.CHANGE_DIRECTIONS:
        return None
    bounded = noun_phrase_before(position, doc, inside)
    if bounded is not None:
        return bounded
    verb = verb_before(position + 1, doc)
    if verb is not None:
        return subject_of(verb, inside)
    return nominative_before(position, doc)


def noun_phrase_before(position, doc, inside):
    """'при цене на масло выше $900', 'каждую смету больше 500 тысяч': a noun
    phrase ending right before a bound (or the figure's own 'в': 'при цели в
    6,5 млн') is what the bound is set on, whatever the clause's verb and
    subject are. The phrase's head is climbed to through the nouns it governs;
    a period or place ('в марте выше 5%') bounds nothing, nor does a noun
    another figure counts."""
    position = start_of_reckoning_phrase_before(position, doc)
    if position < 1:
        return None
    noun = doc[position - 1]
    if _adjective_after_its_noun(noun):
        noun = doc[noun.i - 1]   # 'казну полковую в 18 тысяч талеров'
    elif _latin_name_after_its_noun(noun):
        noun = noun.head         # 'при цене нефти Urals около 105 долларов'
    if noun.pos_ != "NOUN" or names_period(noun) or is_number_phrase(noun, inside):
        return None
    noun = top_of_noun_chain(noun, lambda lower, upper: upper.pos_ == "NOUN"
                             and not any(t.text in CLAUSE_EDGES for t in doc[upper.i:lower.i]))
    if names_period(noun) or says_where(noun) or triggers.direction_of(noun) is not None:
        return None
    return noun


def _latin_name_after_its_noun(token):
    """'при цене нефти Urals около 105 долларов', 'при средней цене Urals в
    $25': a name in Latin letters hung on the noun right before it names a
    grade or brand of that noun and belongs to its phrase."""
    return token.pos_ == "PROPN" and "Yes" in token.morph.get("Foreign") and token.i > 0 \
        and token.head.i == token.i - 1 and token.head.pos_ == "NOUN"


def _adjective_after_its_noun(token):
    """An adjective right after a noun ('казну полковую'), set after it as old
    and solemn prose sets it; the tagger may take it for a noun or a verb,
    whose lemma then keeps an adjective's ending."""
    is_adjective = token.pos_ == "ADJ" or (token.pos_ in ("NOUN", "VERB") and lemma_of(token).endswith(ADJECTIVE_LEMMA_ENDINGS))
    return is_adjective and token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN"


def quantity_above(noun, inside):
    """'с населением около 140 000 человек': the count describes 'населением'."""
    head = noun.head
    if head.i != noun.i and head.i < noun.i and head.i not in inside \
            and head.pos_ == "NOUN" and is_quantity_noun(head) and noun.dep_ in ("nmod", "obl") \
            and not only_a_frame(head) and not _own_preposition(noun) \
            and not any(t.text in CLAUSE_EDGES for t in noun.doc[head.i + 1:noun.i]):
        return head       # (a link across a comma is the parser's: '... общей стоимостью 210 млрд, они создадут 4 500 мест')
    return None


def _own_preposition(noun):
    """'средний уровень у десяти банков': the counted noun has a preposition of
    its own (not a bound like 'около'), so it is a circumstance of the noun
    above, not the quantity that noun measures."""
    return any(child.dep_ == "case" and normalize(child.text) not in skipped_before_figure("bounds_and_particles")
               for child in noun.children)


def rated_noun(figure, inside, doc):
    """'кредит под 21%', 'по семейной ипотеке под 6%': a percent after a rate
    preposition is the rate of the noun right before that preposition (a
    loan, a deposit), or before that noun's amount ('кредиты на 4,6 млрд
    рублей под 11–14%'), which is what it measures; None otherwise."""
    if figure.unit != "percent":
        return None
    preposition = word_before(doc, min(inside), bound_words("bounds"))     # 'под почти 20%'
    if preposition is None or preposition.i < 1 \
            or normalize(preposition.text) not in measure_words("rate_prepositions"):
        return None
    noun = _before_its_amount(doc, preposition.i - 1)
    if noun is None or noun.pos_ not in NOUNISH or names_person(noun) or is_number_phrase(noun):
        return None
    return noun


def _before_its_amount(doc, index):
    """The word at `index`, or, when its amount stands between it and the
    rate ('кредиты на 4,6 млрд рублей под 11%'), the word before that amount."""
    start = index
    while start > 0 and (is_number_phrase(doc[start]) or doc[start].text == "."):
        start -= 1
    if start == index:
        return doc[index]
    if start > 0 and normalize(doc[start].text) in measure_words("worth_prepositions"):
        return doc[start - 1]
    return None


def dealt_out_noun(figure, inside, doc):
    """'выплатят подъёмные по 1 млн рублей', 'Гранты получат 25 школ, по 3
    млн рублей каждая': money after a distributive preposition is each one's
    share of what the verb deals out, its object (not a count, not the
    people it goes to); None otherwise."""
    if figure.unit not in CURRENCIES or min(inside) == 0 \
            or normalize(doc[min(inside) - 1].text) not in measure_words("distributive_prepositions"):
        return None
    dealt = noun_right_after(inside, doc)
    if dealt is not None and dealt.i == max(inside) + 1 and "Gen" in dealt.morph.get("Case") \
            and "Anim" not in dealt.morph.get("Animacy"):
        return dealt   # 'по 1 млн рублей компенсации': the genitive right after names what is dealt out
    verb = doc[min(inside)].head
    while verb.i in inside and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("obj", "iobj", "nsubj:pass") and c.i not in inside
                 and c.pos_ in NOUNISH and "Anim" not in c.morph.get("Animacy")
                 and not is_number_phrase(c, inside)), None)


# What a later list item may hold between an earlier bracket and its own:
# its noun phrase and the separator ('), строительстве (17%)').
_LIST_ITEM_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ"})


def after_a_bracket_naming_its_own(inside, doc):
    """'в торговле (40% неформально занятых), строительстве (17%) и сельском
    хозяйстве (12%)': a figure alone in brackets on a later item of a list
    whose earlier bracket named what its figure measures is a bare figure in
    a list, which inherits that metric (CLAIMS.md, ellipsis and lists), not a
    figure of the item's own noun."""
    opening = bracket_around(doc, min(inside), max(inside))
    while opening is not None:
        closing = _closing_of_bracket_before(opening, doc)
        if closing is None:
            return False
        if _bracket_names_what_its_figure_measures(closing, doc):
            return True
        # 'строительстве (17%) и сельском хозяйстве (12%)': step over a bare item before
        opening = _opening_of_bare_figure(closing, doc)
    return False


def _opening_of_bare_figure(closing, doc):
    """The '(' of a bracket ending at `closing` that holds only a figure ('(17%)', '(около 5 тыс.)'), or None."""
    position = closing - 1
    while position >= 0 and (doc[position].like_num or doc[position].pos_ in ("NUM", "SYM", "ADP", "ADV")
                             or doc[position].text in ("%", ".", ",")):
        position -= 1
    return position if position >= 0 and doc[position].text == "(" and position < closing - 1 else None


def _closing_of_bracket_before(opening, doc):
    """The ')' of the list item's bracket right before the bracket at `opening`, or None."""
    position = opening - 1
    while position >= 0 and (doc[position].pos_ in _LIST_ITEM_POS or doc[position].text == ","):
        position -= 1
    if position < 0 or doc[position].text != ")" or position == opening - 1:
        return None
    return position


def _bracket_names_what_its_figure_measures(closing, doc):
    """Whether the bracket ending at `closing` holds a figure followed by a word of its own
    (a period it covers, '(+48% за год)', names nothing it measures)."""
    position = closing - 1
    named = False
    while position >= 0 and doc[position].text != "(":
        token = doc[position]
        if token.like_num or token.pos_ == "NUM":
            return named
        if (token.pos_ in NOUNISH and not names_period(token)) or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")):
            named = True
        position -= 1
    return False
