"""Verbs of costing, reaching and valuing: the figure is the value of their subject or object.

'метр стоит 218 тыс. рублей', 'строительство обошлось в 96 млрд', 'загрузка
доходит до 90%': with no direction, a value verb says its subject has the
figure as its value. 'оценила капитализацию Facebook в 19,2 млрд долларов':
a valuing verb gives the value of its object, which a passive makes its
subject ('Ущерб оценён в 80 млн рублей'); a relative pronoun in either role
stands for its noun ('оттока капитала, который мы оцениваем в $9 млрд'). The parser may hang the figure on
the verb of a clause before, so a value verb right before the figure is
read off word order. Word lists: measures.json (value_verbs, valuing_verbs,
quantity_nouns).
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims.lexicon import case_words
from pipeline.claims.near_figure import genitive_after, governing_verb, own_counted_noun, stuff_a_share_is_of
from pipeline.claims.subjects import agreeing_subject, antecedent, partitive_subject, quantity_subject_beside, subject_of, subject_or_object
from pipeline.claims.units import CURRENCIES, SHARE_UNITS
from pipeline.claims.word_kinds import (CLAUSE_EDGES, NOUNISH, SUBJECT_DEPS, acts_as_verb_form, after_preposition,
                                        common_noun, dictionary_readings, is_number_phrase, is_quantity_noun,
                                        lemma_of, measure_words, noun_parses, short_participle, verb_gap,
                                        word_before)


def value_verb_subject(anchor, inside, money=False):
    """'метр стоит 218 тыс. рублей', 'строительство обошлось в 96 млрд',
    'загрузка доходит до 90%': with a verb of costing or reaching and no
    direction, the figure is the value of the verb's subject."""
    verb = _value_verb_of(anchor, inside, money)
    if verb is None or _new_subject_before_dash(verb, inside):
        return None
    if _participle(verb):
        subject = noun_the_participle_describes(verb, inside)
    else:
        subject = subject_or_object(verb, inside, prefer_object=False)
    if subject is None:
        # '2% привилегированных акций обошлись в 200 млн': a share as subject, which
        # the subject finders skip as a figure of its own; its price is that of its stuff
        subject = _share_subject(verb, inside)
    if subject is None and genitive_after(anchor, inside) is None:
        # 'снега выпало до 14 мм'; with 'выпало 12 мм осадков' the genitive after the figure says it
        subject = partitive_subject(verb, inside)
    if subject is not None and subject.text == "%":
        subject = stuff_a_share_is_of(subject)
    if subject is None or subject.pos_ not in NOUNISH or _animate(subject):
        return None
    return subject


def _share_subject(verb, inside):
    """The '%' of a share that is the verb's subject ('2% акций обошлись'), or None."""
    return next((child for child in verb.children if child.dep_ in SUBJECT_DEPS and child.text == "%"
                 and child.i not in inside), None)


def _value_verb_of(anchor, inside, money):
    """The value verb the figure is the value for: the verb right before it
    (word order, as the parser may hang the figure elsewhere), a participle
    the tagger took for an adjective that the figure hangs on ('Строительство
    стадиона, обошедшееся области в 40 млрд'), or the verb above the figure."""
    participle = anchor.head if anchor.head.pos_ == "ADJ" and anchor.head.i not in inside else None
    verb_before = word_before(anchor.doc, min(inside), verb_gap(min(inside), VALUE_VERB_GAP, PAYER_WORDS))
    candidates = (verb_before, participle,
                  governing_verb(anchor, inside))
    return next((word for word in candidates if word is not None and _reads_as_value_verb(word, money)), None)


def _reads_as_value_verb(word, money):
    """A value verb (measures.json, value_verbs); before money, also a present
    form spelled as one of them but lemmatized as another verb ('Билеты
    стоят от 300 рублей': 'стоят' of 'стоить', read as 'стоять';
    value_verb_homographs)."""
    if not acts_as_verb_form(word):
        return False
    if lemma_of(word) in measure_words("value_verbs"):
        return True
    return money and lemma_of(word) in measure_words("value_verb_homographs") and "Pres" in word.morph.get("Tense")


def _participle(verb):
    """'обошедшийся', 'обошедшейся': a full participle, which the tagger may
    call an adjective. A short one is a predicate with a subject of its own
    ('выплата ограничена 1,4 млн рублей')."""
    return (verb.pos_ == "ADJ" or "Part" in verb.morph.get("VerbForm")) and not short_participle(verb)


def noun_the_participle_describes(participle, inside):
    """'мост через Енисей у посёлка Предивинск, обошедшийся бюджету в 1,15
    млрд': a participle set after its noun describes it, and a dative after
    the participle is who pays, never what is priced. The noun agrees with the
    participle in gender, number and a case its form may have (the tagger
    guesses a participle's case badly): the parser's 'acl' link names it when
    it agrees ('Школа на 600 мест, обошедшаяся' is hung on 'мест'); else the
    nearest such noun before the participle's comma, not one under a
    preposition ('через Енисей') or a name set beside a noun."""
    readings = participle_readings(participle)
    noun = participle.head
    if participle.dep_ == "acl" and noun.i < participle.i and noun.i not in inside and noun.pos_ in NOUNISH \
            and _noun_reading(noun) in readings:
        return noun
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    for index in range(participle.i - 2, max(participle.i - PARTICIPLE_NOUN_REACH, 0) - 1, -1):
        word = doc[index]
        if word.text in CLAUSE_EDGES or index in inside:
            return None
        if word.pos_ in NOUNISH and not after_preposition(word) and not word.dep_.startswith(("flat", "appos")) \
                and _noun_reading(word) in readings:
            return word
    return None


def participle_readings(participle):
    """The (case, gender, number) a participle's form may have, by the
    dictionary: 'обошедшийся' is a masculine singular nominative or accusative."""
    readings = set()
    for parse in dictionary_readings(participle.lower_):
        if parse.tag.POS in ("PRTF", "ADJF"):
            readings.add((PYMORPHY_CASES.get(parse.tag.case), parse.tag.gender, parse.tag.number))
    return readings


def _noun_reading(noun):
    """A noun's (case, gender, number) as the participle readings write them;
    a plural has no gender."""
    number = "plur" if "Plur" in noun.morph.get("Number") else "sing"
    gender = None if number == "plur" else {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(next(iter(noun.morph.get("Gender")), None))
    return next(iter(noun.morph.get("Case")), None), gender, number


# pymorphy3's case names as the tagger's.
PYMORPHY_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc",
                  "gen2": "Gen", "loc2": "Loc"}
# How many words before a participle's comma its noun may stand ('мост через Енисей у посёлка Предивинск,').
PARTICIPLE_NOUN_REACH = 8


def _animate(noun):
    """The tagger's animacy; for a rare noun opening the sentence, which the
    tagger took for a name ('Паутинка ручной вязки стоит от трёх тысяч') and
    so guessed animate, the dictionary's."""
    if noun.pos_ == "PROPN" and noun.is_sent_start and common_noun(noun):
        return not any("inan" in parse.tag for parse in noun_parses(noun.text))
    return "Anim" in noun.morph.get("Animacy")


# How many prepositions and bound words may stand between a value verb and its figure ('обходится в среднем в').
VALUE_VERB_GAP = 3
# How many words of a dative payer may stand between a value verb and its figure ('обошёлся областной больнице в').
PAYER_WORDS = 3


def _new_subject_before_dash(verb, inside):
    """'Бензин продаётся по 255 тенге, дизельное топливо — по 310 тенге': a
    figure after a dash past its verb, with a bare noun before that dash,
    belongs to that noun, the subject of an elliptic clause that shares only
    the verb ('в магистратуре — в 240 тыс.' keeps the verb's subject)."""
    doc = verb.doc
    dashes = [token.i for token in doc[verb.i + 1:min(inside)] if token.text in CLAUSE_DASHES_AS_TYPED]
    if not dashes or dashes[-1] < 1:
        return False
    before = doc[dashes[-1] - 1]
    return before.pos_ in NOUNISH and not case_words(before)


def subject_of_value_verb(figure, anchor, inside, trigger, direction):
    if trigger is None and figure.unit in SHARE_UNITS and genitive_after(anchor, inside) is not None:
        return None     # 'квартиры заняли 61% продаж': a share names its base after it, which it measures
    if trigger is None:
        subject = value_verb_subject(anchor, inside, money=figure.unit in CURRENCIES)
        if subject is not None and figure.unit in SHARE_UNITS and _organisation(subject):
            return None     # 'с 14,1% заняла «Словацкая отчизна»': a party or firm holds a share, it is not what is shared
        if subject is not None and (figure.unit != "count" or _names_the_count(subject, figure, anchor, inside)):
            return subject
        if figure.unit == "count":
            subject = quantity_subject_of_value_verb(anchor, inside)
            return subject if subject is not None and _names_the_count(subject, figure, anchor, inside) else None
    return None


def _organisation(noun):
    """A body named or tagged as one ('«Словацкая отчизна»', 'компания'), which holds or earns, not is measured."""
    return noun.ent_type_ in ("PER", "ORG") or lemma_of(noun) in measure_words("organisation_nouns")


def what_earned_the_sum(figure, anchor, inside, trigger, direction):
    """'сбор средств принёс 350 тысяч рублей', 'картина собрала $12,7 млн': a
    sum a thing brings in (earning_verbs) measures that thing; a person or an
    organisation that earns is an actor, not a metric."""
    if trigger is not None or figure.unit not in CURRENCIES:
        return None
    verb = governing_verb(anchor, inside)
    if verb is None or lemma_of(verb) not in measure_words("earning_verbs"):
        return None
    subject = subject_of(verb, inside) or agreeing_subject(verb, inside)
    if subject is None or subject.pos_ != "NOUN" or "Anim" in subject.morph.get("Animacy") or _organisation(subject):
        return None
    return subject


def _names_the_count(subject, figure, anchor, inside):
    """A count is the value of a quantity noun ('аудитория насчитывает 400 млн');
    one that names what it counts keeps that noun ('аудитория насчитывает 400
    млн пользователей'), unless the subject names how many there are."""
    if own_counted_noun(figure, inside, anchor.doc) is not None:
        return lemma_of(subject) in measure_words("size_nouns")
    return is_quantity_noun(subject)


def quantity_subject_of_value_verb(anchor, inside):
    """'Численность населения оценивается в 2,3 млн человек': a quantity noun
    beside the counted noun among the valuing verb's subjects."""
    verb = governing_verb(anchor, inside)
    if verb is None or lemma_of(verb) not in measure_words("value_verbs"):
        return None
    return quantity_subject_beside(verb, inside)


def object_of_valuing_verb(figure, anchor, inside, trigger, direction):
    """"оценила капитализацию Facebook в 19,2 млрд долларов": the verb's object,
    which a passive makes its subject ("Ущерб оценён в 80 млн рублей"); when
    the parser hung that subject above the verb, the noun left of the verb
    that agrees with it"""
    head = anchor.head
    if figure.preposition == "в" and not _acts_as_verb(head):
        head = _valuing_verb_above_the_object(head, inside) or head
    if figure.preposition == "в" and _acts_as_verb(head) and head.i not in inside:
        # 'оттока капитала, который мы оцениваем в $9 млрд': a relative pronoun stands for its noun
        objects = [antecedent(c, head) for c in head.children if c.dep_ in ("obj", "nsubj:pass") and c.i not in inside
                   and not is_number_phrase(c, inside)]
        objects = [noun for noun in objects if noun is not None and noun.pos_ in NOUNISH]
        if objects:
            return objects[0]
        if lemma_of(head) in measure_words("valuing_verbs"):
            return agreeing_subject(head, inside)
    return None


def _valuing_verb_above_the_object(noun, inside):
    """'оценивает потери отрасли от пошлин в 3% выручки': the parser may hang
    the figure on a noun inside the valued object; the verb of valuing above
    that noun phrase is what takes the figure."""
    node = noun
    while node.pos_ in NOUNISH and node.dep_ != "root" and node.i not in inside:
        node = node.head
    return node if lemma_of(node) in measure_words("valuing_verbs") and node.i not in inside else None


def _acts_as_verb(token):
    """A verb, or a word the tagger took for a noun that governs a subject
    as only a verb does ('Ущерб оценён в ...', with 'оценён' tagged NOUN)."""
    return token.pos_ == "VERB" or any(child.dep_ in SUBJECT_DEPS for child in token.children)
