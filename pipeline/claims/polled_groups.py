"""Who a bare poll share is of, when no share before it says.

'Главными проблемами горожане назвали дороги (так ответили 62%)', 'среди
граждан старше 55 лет за ходом выборов следят 58%', '... которую опрошенные
готовы доверить банку ... Лишь 12 процентов знают': a share that is itself
the subject of a verb of answering, saying, thinking, agreeing, knowing or
planning, with no noun of its own, is a share of the people the paragraph
named before it. A share of people earlier in the paragraph is inherited
first (ellipsis.shares_of_the_polled); this step only fills what that left.
"""
from functools import lru_cache

from pipeline.claims import word_kinds
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims.lexicon import load_json
from pipeline.claims.units import SHARE_UNITS


@lru_cache(maxsize=None)
def poll_answer_verbs():
    """'ответить', 'знать', 'согласный' (models/claims/lists.json)."""
    return frozenset(load_json("lists.json")["poll_answer_verbs"])


def shares_of_the_people_named(doc, found, paragraph_start):
    """Give a bare share answering a poll the plural of people named last
    before it in its paragraph."""
    for item in found:
        if item.metric is not None or item.trigger is not None or item.figure.unit not in SHARE_UNITS:
            continue
        verb = _answer_verb(item)
        if verb is None:
            continue
        people = _people_named_before(doc, paragraph_start, item.tokens[0].i, found)
        if people is not None:
            item.metric = ((people.i, people.i + 1), people)


def _answer_verb(item):
    """The poll verb (or short adjective) the share's word is the subject of, or None."""
    for token in item.tokens:
        head = token.head
        if token.dep_ in word_kinds.SUBJECT_DEPS and head.lemma_ in poll_answer_verbs() \
                and (head.pos_ == "VERB" or word_kinds.short_adjective(head)):
            return head
    return None


def _people_named_before(doc, start, end, found):
    """The last plural noun of living beings before `end` from `start` that no
    figure counts ('1200 жителей' is a sample's size, not who answered)."""
    counted = {t.i for item in found for t in item.tokens} | {item.metric[1].i for item in found
                                                               if item.metric is not None and item.figure.unit == "count"}
    for token in reversed(doc[start:end]):
        if _names_people(token) and token.i not in counted and not _counted_by_a_number(token):
            return token
    return None


def _names_people(token):
    """'горожане', 'граждан', 'опрошенные': a plural of living beings that is
    a common noun or a participle standing for one, not a name."""
    if token.ent_type_ or not word_kinds.plural_of_people(token):
        return False
    # 'опрошенные', 'опрошенных': a participle stands for people as a subject
    # or object, where it has no noun to agree with
    return token.pos_ == "NOUN" or token.dep_ in word_kinds.SUBJECT_DEPS + ("obl", "nmod", "obj")


def _counted_by_a_number(token):
    return any(child.dep_ == "nummod" or child.like_num for child in token.children)


def polled_share_answered_for(doc, before, item):
    """'43% самарцев главной проблемой называют дороги, 31% — пробки, ещё 18%
    — работу ЖКХ', '... поздравить жену или подругу, 58% — мать': a noun right
    after the share's dash stands where the first share's verb had its
    object, so it is the answer, and the share is of the same people, not of
    the answer (gold 4 of 4: fresh-ab, -bl, -ea). A plural of people after
    the dash ('треть — молодёжь') names a part of the polled instead.
    Returns the earlier share that named the people, or None."""
    dash = item.tokens[-1].i + 1
    if item.figure.unit not in SHARE_UNITS or dash + 1 >= item.sentence[1] \
            or doc[dash].text not in CLAUSE_DASHES_AS_TYPED:
        return None
    word = doc[dash + 1]
    if word.pos_ not in word_kinds.NOUNISH or word_kinds.plural_of_people(word):
        return None
    namer = _share_naming_its_people(before)
    if namer is None:
        return None
    between = doc[namer.tokens[-1].i + 1:item.tokens[0].i]
    verb = next((t for t in between if word_kinds.finite_verb(t)), None)
    has_object = verb is not None and any(t.dep_ == "obj" and t.pos_ in word_kinds.NOUNISH and t.i > verb.i for t in between)
    return namer if has_object else None


def _share_naming_its_people(before):
    """The last earlier share whose metric is the plural of people right after
    it ('43% самарцев', '45% опрошенных мужчин'), or None."""
    for item in reversed(before):
        if item.figure.unit in SHARE_UNITS and item.metric is not None:
            (start, _), people = item.metric
            if start == item.tokens[-1].i + 1 and word_kinds.plural_of_people(people):
                return item
    return None
