"""What a span of time measures, read off the dependency tree.

'5 годам лишения свободы', '10-летний срок', 'Полёт ... занял 13 суток': a
span describes the noun it modifies or governs, or the subject of a verb of
lasting (занять, длиться); 'она три недели дрейфовала' names none. A span
noun after 'на' ('кредит на срок 3 года') gives the term of the noun above
it. lasting.py reads the same from word order when a verb of lasting stands
right before the span. A span over a threshold right after a noun ('кредиты
с просрочкой свыше 90 дней') sorts that noun into a kind and measures
nothing. Word lists: measures.json (duration_nouns, duration_verbs,
preposition_nouns, threshold_words, term_units, confinement_places).
"""
from pipeline.claims.lasting import condition_right_before, length_of_each_before, span_noun_right_before
from pipeline.claims.lexicon import case_words, normalize
from pipeline.claims.near_figure import genitive_after, word_above
from pipeline.claims.paid_or_taken import what_took_the_span
from pipeline.claims.prison_terms import given_by_court
from pipeline.claims.rule_chain import NO_HEAD, settled
from pipeline.claims.subjects import antecedent
from pipeline.claims.units import DURATION_UNITS, TIME_UNITS
from pipeline.claims.weighed_stuff import measured_stuff_after
from pipeline.claims.word_kinds import (SUBJECT_DEPS, after_preposition, common_noun, genitive_reading, is_number_phrase,
                                        lemma_of, measure_words, names_period, top_of_noun_chain)


def _comma_between(token, inside):
    low, high = sorted((token.i, min(inside)))
    return any(t.text == "," for t in token.doc[low:high])


def duration_subject(anchor, inside, unit, may_take_subject=True):
    """'5 годам лишения свободы', '10-летний срок', 'Полёт ... занял 13 суток'.

    A duration describes a noun it modifies or governs, or the subject of
    a verb of lasting (занять, длиться); 'она три недели дрейфовала' names none.
    """
    share = genitive_after(anchor, inside) or _bare_noun_after_span(anchor, inside)
    if share is not None:
        return share
    span = span_noun_right_before(inside, anchor.doc) or length_of_each_before(inside, anchor.doc) \
        or condition_right_before(inside, anchor.doc)
    if span is not None:
        return span
    if given_by_court(anchor.head):
        return None
    head = anchor.head
    if head.pos_ == "NOUN" and head.i not in inside and head.i != anchor.i:
        if lemma_of(head) in measure_words("preposition_nouns") or normalize(head.text) in measure_words("preposition_nouns"):
            return None   # "на протяжении 40 лет": a preposition, not what lasts
        if unit in DURATION_UNITS and head.i < anchor.i and _bare(anchor, inside) \
                and lemma_of(head) not in measure_words("duration_nouns"):
            return None   # "получать нефть 20 лет": a bare span after a noun is its length only if the noun names a span
        if any(child.dep_ == "cop" for child in head.children):
            return None   # "около двух лет был директором": the span says how long someone was what the noun names
        if _term_after_na(inside, anchor.doc):
            return top_of_noun_chain(head, _genitive_link)    # "приостановили прием заявок на десять дней"
        return head       # "срок 5 лет", "полуторачасовую беседу"
    if head.pos_ not in ("VERB", "AUX") or head.i == anchor.i or not may_take_subject:
        return None
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i not in inside and common_noun(c)]
    own_subject = bool(subjects)
    if not subjects and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        # "Полёт, который должен был продлиться 11 дней": the verb above may
        # have a relative pronoun for its subject, which stands for its noun
        above = head.head
        subjects = [antecedent(c, above) for c in above.children if c.dep_ in SUBJECT_DEPS
                    and (c.pos_ == "NOUN" or lemma_of(c) == "который")]
        subjects = [s for s in subjects if s is not None and s.pos_ == "NOUN" and s.i not in inside]
    if not subjects:
        return None
    # "Голосование проходило три дня", "Запрет будет действовать один год": the
    # duration is the predicate of an event or state, which is its metric.
    # A person's subject ("осуждённый проведёт 3 года") names no measured thing.
    if lemma_of(head) in measure_words("duration_verbs"):
        return subjects[0]
    # Other verbs only when the bare duration (no preposition) stands right
    # next to its verb, so the parse is believable, and the subject is no person.
    bare = _bare(anchor, inside)
    if own_subject and bare and _in_the_verbs_clause(head, inside) and "Anim" not in subjects[0].morph.get("Animacy"):
        return subjects[0]
    return None


def _term_after_na(inside, doc):
    """'на десять дней': the span is a term set with 'на' right before it."""
    return min(inside) > 0 and doc[min(inside) - 1].lower_ == "на"


def _genitive_link(lower, upper):
    """'прием заявок', 'программу выкупа активов': the parser hangs a term
    after 'на' on the last genitive of a chain, but the term is set on the
    noun the chain completes (the gold takes 'прием', not 'заявок')."""
    return upper.pos_ == "NOUN" and "Gen" in lower.morph.get("Case")


# How far a bare span may stand from its verb, with nothing but the clause's
# own words between ('Дело рассматривалось в суде 14 месяцев'), for the parse to be believed.
SPAN_REACH = 4


def _in_the_verbs_clause(verb, inside):
    """Whether the span stands right next to its verb, or a few words after
    it with no punctuation between."""
    if verb.i == max(inside) + 1 or min(inside) - verb.i in (1, 2):
        return True
    between = verb.doc[verb.i + 1:min(inside)]
    return 0 < len(between) <= SPAN_REACH and not any(token.is_punct for token in between)


def _bare_noun_after_span(anchor, inside):
    """'приговорён к пяти годам ссылки': a noun with no preposition right after
    a span, hung on its unit word, is a genitive of what lasts, whatever case
    the tagger chose for a form the dictionary also reads as a genitive."""
    after = max(inside) + 1
    if after >= len(anchor.doc):
        return None
    noun = anchor.doc[after]
    punishment = _past_adjectives(noun)
    if _punishment_after_a_term(punishment, anchor):
        return punishment    # 'получил 2,5 года условного срока': the parser may hang 'срока' on the verb
    if noun.pos_ != "NOUN" or noun.dep_ != "nmod" or noun.head.i not in inside \
            or any(child.dep_ == "case" for child in noun.children) or is_number_phrase(noun, inside) \
            or names_period(noun) or not genitive_reading(noun):
        return None
    return noun


def _past_adjectives(token):
    """The first word from token on that is no adjective ('условного срока' -> 'срока')."""
    doc = token.doc
    while token.pos_ == "ADJ" and token.i + 1 < len(doc):
        token = doc[token.i + 1]
    return token


def _punishment_after_a_term(noun, anchor):
    """'приговорён к 4,5 года колонии общего режима за хищение 23 млн',
    'получили по 3 года ограничения свободы': the place a term is served in
    (confinement_places) or the punishment it is a term of (term_punishments)
    right after its unit word is what the term measures, even when the parser
    hangs it on the crime or makes it the object of the giving verb."""
    punishments = measure_words("confinement_places") | measure_words("term_punishments")
    return lemma_of(anchor) in measure_words("term_units") and lemma_of(noun) in punishments \
        and genitive_reading(noun)


def term_holder(noun):
    """'лишение свободы на срок до 20 лет', 'кредит на срок 3 года': a span
    noun after 'на' gives the term of the noun it hangs from, which is what
    the span measures ('судно со средним возрастом 9 лет' keeps 'возрастом');
    None for any other noun."""
    holder = noun.head
    if lemma_of(noun) not in measure_words("duration_nouns") or "на" not in case_words(noun) \
            or holder.i == noun.i or holder.i > noun.i or holder.pos_ != "NOUN" or noun.dep_ != "nmod":
        return None
    return holder


def noun_an_infinitive_completes(head, anchor, inside):
    """'запрет занимать должности сроком на три года', 'лишил права управлять
    транспортом на три года': a term set on an infinitive that completes a
    noun (a ban, a right) is the term of that noun, not of the infinitive's
    object nor of 'сроком'; the noun climbs to the one its genitive completes
    ('лишение права занимать' -> 'лишение'). None when the term is on no such
    infinitive ('кредит сроком на семь лет' keeps 'сроком')."""
    on_the_term = anchor.head.i == head.i
    if lemma_of(head) in measure_words("duration_nouns") and head.dep_ == "nmod" and head.head.pos_ == "NOUN":
        head = head.head     # 'заниматься деятельностью сроком на два года': 'сроком' hung on the object
    verb = head.head
    if verb.i == head.i or verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm") \
            or not (on_the_term or anchor.head.i in (head.i, verb.i) or _right_before_its_preposition(head, inside)):
        return None
    noun = verb.head
    if verb.dep_ not in ("nmod", "acl") or noun.i == verb.i or noun.pos_ != "NOUN" or noun.i > verb.i:
        return None
    return top_of_noun_chain(noun, lambda lower, upper: upper.pos_ == "NOUN" and "Gen" in lower.morph.get("Case"))


def _right_before_its_preposition(head, inside):
    """'транспортом на три года': only the span's preposition stands between
    the word and the span, whatever the parser hangs the span on."""
    between = head.doc[head.i + 1:min(inside)]
    return len(between) == 1 and between[0].pos_ == "ADP"


def _bare(anchor, inside):
    """A figure with no preposition of its own ('3 года', not 'на 3 года')."""
    return not any(c.dep_ == "case" for c in anchor.children) and not any(
        t.pos_ == "ADP" for t in anchor.doc[max(min(inside) - 1, 0):min(inside)])


def threshold_of_a_kind(figure, anchor, inside, trigger, direction):
    """'кредиты с просрочкой свыше 90 дней', 'задолженность свыше трёх месяцев':
    a span over a threshold right after a noun sorts that noun into a kind;
    it measures nothing (a noun naming a span, 'срок свыше 5 лет', still lasts)."""
    if figure.unit not in DURATION_UNITS or min(inside) < 2:
        return None
    doc = anchor.doc
    threshold, noun = doc[min(inside) - 1], doc[min(inside) - 2]
    if normalize(threshold.text) in measure_words("threshold_words") and noun.pos_ == "NOUN" \
            and lemma_of(noun) not in measure_words("duration_nouns"):
        return NO_HEAD
    return None


def what_lasts(figure, anchor, inside, trigger, direction):
    if figure.unit in TIME_UNITS and trigger is None:
        # 'other' holds areas and speeds as well as minutes: '1,84 млн кв. м жилья'
        head = what_the_time_is_needed_for(anchor, inside) \
            or duration_subject(anchor, inside, figure.unit, figure.kind != "compound") \
            or measured_stuff_after(figure, inside, anchor.doc) \
            or _term_of_the_thing_beside(figure, inside, anchor.doc) \
            or what_took_the_span(figure, anchor, inside)
        if head is None and not a_span_of_time(figure, inside, anchor.doc):
            return None     # 'устройство вмещает до 1,5 Тбайт': no span, so the later rules read its verb
        return settled(head)
    return None


def a_span_of_time(figure, inside, doc):
    """'30 минут', 'три недели', '6 дней': the figure is a span of time; an
    'other' figure is one only in a time word (measures.json time_words_of_other)."""
    if figure.unit in DURATION_UNITS:
        return True
    time_words = measure_words("time_words_of_other")
    return any(lemma_of(doc[i]) in time_words or normalize(doc[i].text) in time_words for i in inside)


# How many words (bound words) may stand between 'на' and a term.
TERM_REACH = 2


def _term_of_the_thing_beside(figure, inside, doc):
    """'заключил соглашение на два года', 'продлил на три года контракт': a
    span after 'на' is the term of the thing (no person, no period) named
    right before 'на', or right after the span when a verb stands before 'на',
    however the parser hangs the span."""
    if figure.unit not in DURATION_UNITS or figure.preposition != "на":
        return None
    opener = next((i for i in range(min(inside) - 1, max(min(inside) - 2 - TERM_REACH, -1), -1)
                   if doc[i].lower_ == "на"), None)
    if opener is None or opener == 0:
        return None
    before, after = doc[opener - 1], doc[max(inside) + 1] if max(inside) + 1 < len(doc) else None
    if before.pos_ in ("VERB", "AUX") and after is not None and after.head.i == before.i:
        return after if _thing_with_a_term(after) else None
    return before if _thing_with_a_term(before) else None


def _thing_with_a_term(noun):
    return noun.pos_ == "NOUN" and "Anim" not in noun.morph.get("Animacy") and not names_period(noun) \
        and not after_preposition(noun) and lemma_of(noun) not in measure_words("preposition_nouns")


def what_the_time_is_needed_for(anchor, inside):
    """'Для создания реактора понадобится 100 лет', 'на строительство моста
    уйдёт три года': the time a task needs measures that task, named with
    'для' or 'на' beside a verb of needing (need_verbs), as money given to a
    purpose measures the purpose (purposes.py). Time spent on something
    ('тратят на дорогу 40 минут') measures it too, when the span is the bare
    thing spent and not a frame of another claim ('в течение 10 лет потратит')."""
    verb = word_above(anchor, inside)
    if not _needs_or_spends(verb, anchor, inside) or _comma_between(verb, inside):
        return None     # 'уходит на пенсию, проработав 43 года': the span belongs to another verb
    for holder in (verb, verb.head):     # 'для восстановления может уйти 4 месяца': on the modal verb
        for child in holder.children:
            if child.dep_ == "obl" and child.pos_ == "NOUN" and child.i not in inside and not names_period(child) \
                    and ("для" in case_words(child)
                         or ("на" in case_words(child) and "Acc" in child.morph.get("Case")
                             and "Anim" not in child.morph.get("Animacy"))):
                return child
    return None


def _needs_or_spends(verb, anchor, inside):
    """A verb of needing, or of spending with the bare span as what is spent."""
    needs = measure_words("need_verbs")
    if lemma_of(verb) in needs or normalize(verb.text) in needs:
        return True     # 'нужно', 'необходимо': short forms the tagger lemmatizes to 'нужный', 'необходимый'
    return lemma_of(verb) in measure_words("time_spending_verbs") and _bare(anchor, inside)
