"""Shares and parts of a whole: the whole a part is taken from, the part a share goes to.

'из них 78% пришлось на льготные программы': an amount taken out of a whole
named before measures that whole (the pronoun, which references.py replaces
by what it stands for). 'на транспорт пришлось 45% инвестиций': the share
measures the whole after it, and the part it falls to ('на транспорт') only
narrows it (NOTES.md, decided 2026-11-27, session 4); the part is still read,
so that a count inside it stays a count and a share after a dash is known to
fall to a part. Word lists: measures.json (share_verbs).
"""
from functools import lru_cache

from pipeline.claims.lexicon import case_words, load_json, normalize
from pipeline.claims.near_figure import NOUN_REACH, genitive_after, governing_verb, noun_after_participle_and_agent
from pipeline.claims.rule_chain import NO_HEAD
from pipeline.claims.units import SHARE_UNITS
from pipeline.claims.word_kinds import (NOUNISH, lemma_of, measure_words, number_word, plural_of_people, points_back,
                                        unit_of_a_number, used_as_noun)


def counted_recipient(head, anchor, inside):
    """'На три крупнейших банка приходится 58% рынка': the group a share goes
    to may be counted by a number of its own and still be what is measured;
    only a number, scale or unit word is never a metric."""
    if number_word(head) or unit_of_a_number(head, inside):
        return False
    recipient = share_recipient(anchor, inside)
    return recipient is not None and recipient.i == head.i


def whole_a_part_is_taken_from(figure, anchor, inside, trigger, direction):
    """A share, or any amount but a count, taken out of a whole named before
    ('из них 78% пришлось на льготные программы', 'из них 2,3 млрд приходится
    на тепло') measures that whole: the metric is the pronoun, which
    references.py replaces by what it stands for. The part the amount falls
    to only narrows it (NOTES.md, decided 2026-11-27, session 4); a count
    keeps the noun it counts."""
    if trigger is None and figure.unit != "count":
        return _whole_taken_from(anchor, inside)
    return None


def _whole_taken_from(anchor, inside):
    """The pronoun of "из них", "из которых" before the figure on its verb
    (the figure is a part of the whole it stands for), or None."""
    verb = governing_verb(anchor, inside)
    if verb is None:
        return None
    pronoun = next((child for child in verb.children
                    if child.pos_ == "PRON" and "из" in case_words(child) and child.i < min(inside)), None)
    if pronoun is None or any(token.text in (",", ";") for token in anchor.doc[pronoun.i:min(inside)]):
        return None       # 'Из них 6,2 млрд пойдут на закупку, в том числе аппаратов по 120 млн': only the 6,2 млрд
    return pronoun


def share_recipient(anchor, inside):
    """'на транспорт пришлось 45% инвестиций', 'на их долю приходится 40%':
    the part a share falls to, or None. The share measures the whole named
    after it ('инвестиций'), not this part (NOTES.md, decided 2026-11-27,
    session 4); the part is read here so that a count inside it is still a
    count ('На три крупнейших банка приходится 58% рынка') and a share after
    a dash is known to fall to a part as well."""
    verb = governing_verb(anchor, inside)
    if verb is None or lemma_of(verb) not in measure_words("share_verbs"):
        return None
    return _part_sent_to(verb, anchor, inside)


def _part_sent_to(verb, anchor, inside):
    """The noun after 'на' on the verb by which a share goes to a part."""
    whole = genitive_after(anchor, inside)
    if whole is not None and points_back(whole):
        return None       # 'Около трети этой суммы приходится на ...': a share of the whole named before
    for child in verb.children:
        # an adjective used as a noun names a part too ('на вторичку', 'на первичное')
        if child.dep_ == "obl" and (child.pos_ in NOUNISH or used_as_noun(child)) and child.i not in inside \
                and any(normalize(g.text) == "на" for g in child.children if g.dep_ == "case"):
            return child
    return _recipient_right_after(verb, inside)


def _recipient_right_after(verb, inside):
    """'из которых около трети придётся на строительство фабрики': the parser
    may hang the 'на' phrase right after the verb on a verb further back; word
    order still gives it to the share verb."""
    doc = verb.doc
    for index in range(verb.i + 1, min(verb.i + 1 + NOUN_REACH, len(doc))):
        token = doc[index]
        if token.is_punct or token.i in inside:
            return None
        if token.pos_ in NOUNISH and "на" in case_words(token):
            return token
    return None


def group_a_share_is_of(figure, anchor, inside, trigger, direction):
    """'доход около 35% самозанятых не превышает 15 тыс.', 'в торговле (около
    40% неформально занятых)': a share followed by a group of people in the
    genitive plural is a share of that group, whatever noun stands before it
    or the parser hangs it on (the parser often loses a participle used as a
    noun when an adverb qualifies it)."""
    if figure.unit not in SHARE_UNITS:
        return None
    doc = anchor.doc
    position = max(inside) + 1
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    if position >= len(doc):
        return None
    word = doc[position]
    if not _names_a_group_of_people(word):
        return None
    # 'больше половины опрошенных нами семей': the participle qualifies the noun after its agent
    return noun_after_participle_and_agent(inside, doc) or word


def _names_a_group_of_people(word):
    """A genitive plural naming people: an animate noun ('самозанятых',
    'респондентов') or a participle used as a noun ('занятых', 'опрошенных')."""
    return "Gen" in word.morph.get("Case") and word.dep_ != "amod" and plural_of_people(word)


# How the words of 'каждый пятый' hang on the noun they agree with.
AGREEING_DEPS = ("amod", "det")


def agrees_with_noun(figure, noun, inside):
    """'каждый пятый респондент': the words of a fraction written with каждый
    agree with the noun they take a share of, as adjectives do."""
    doc = noun.doc
    return figure.unit == "fraction" and any(doc[i].head.i == noun.i and doc[i].dep_ in AGREEING_DEPS for i in inside)


def every_nth_without_its_noun(figure, anchor, inside, trigger, direction):
    """'получили 512,4 тысячи жителей края — каждый пятый', 'и лишь каждый
    десятый уверен': 'каждый N-й' with no noun of its own to agree with is a
    share of the group named before it (ellipsis.share_of_the_group_before),
    never of a quantity or subject the parser hangs it near."""
    doc = anchor.doc
    if figure.unit != "fraction" or normalize(doc[min(inside)].text) not in _every_forms():
        return None
    if any(doc[i].head.i not in inside and doc[i].dep_ in AGREEING_DEPS for i in inside):
        return None
    after = max(inside) + 1
    if after < len(doc) and doc[after].pos_ in NOUNISH | {"ADJ"}:
        return None       # 'у каждого четвёртого заёмщика', the noun after it mistagged: the other rules read it
    return NO_HEAD


@lru_cache(maxsize=1)
def _every_forms():
    return frozenset(normalize(form) for form in load_json("numbers.json")["every_nth"]["каждый"])


# The conjunctions that join two shares of one whole ('41% и 27% выявленных эпизодов').
SHARE_CONJUNCTIONS = ("и", "или")


def whole_of_the_next_share(figure, anchor, inside, trigger, direction):
    """'на них приходится 41% и 27% выявленных эпизодов соответственно': two
    shares joined by 'и' name their whole once, after the second; the first,
    with no genitive of its own, is a share of that whole too (as
    'получат 50% и 30% скидку' shares its noun)."""
    if figure.unit not in SHARE_UNITS:
        return None
    doc = anchor.doc
    joint = max(inside) + 1
    if joint >= len(doc) or normalize(doc[joint].text) not in SHARE_CONJUNCTIONS:
        return None
    second = _next_share(anchor, inside, joint)
    if second is None:
        return None
    return genitive_after(second, _words_of_figure(second))


def _next_share(anchor, inside, joint):
    """The unit word of the share joined to this one as its conjunct right
    after the conjunction, or None."""
    for word in inside:
        for child in anchor.doc[word].children:
            if child.dep_ == "conj" and child.i not in inside and joint < child.i <= joint + 3 \
                    and child.text == anchor.text:
                return child
    return None


def _words_of_figure(unit_word):
    """The unit word with the numbers and adverbs that hang on it ('27 %')."""
    return frozenset([unit_word.i] + [child.i for child in unit_word.children
                                      if child.dep_ in ("nummod", "nummod:gov") and child.i < unit_word.i])


def names_a_group_shared(claim):
    """'41% россиян', 'Более трети отпускников': a share whose metric is the
    group of people after it, in the genitive plural."""
    if claim.figure.unit not in SHARE_UNITS or claim.metric is None:
        return False
    head = claim.metric[1]
    return head.i > claim.tokens[-1].i and _names_a_group_of_people(head)
