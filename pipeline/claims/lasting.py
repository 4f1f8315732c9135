"""A verb of lasting or stretching right before a span: what lasts or stretches.

'беременность, длящаяся 21–23 недели', 'по трубам, протянувшимся более чем на
3000 км', 'Урок продолжался около пяти часов': the span is the length of the
thing the verb says lasts or stretches. A participle agrees with that noun in
case, number and gender; a finite verb agrees with it as its subject. The
parser often hangs such a span on some other word, so word order is read here:
the verb stands right before the figure, past bound words and prepositions.
Word lists: measures.json (duration_verbs, extent_verbs, sufficing_verbs, shift_verbs), bounds.json
(skipped_before_figure.before_span), measures.json per_period_prepositions
and rate_periods.

A span per period ('работу меньше 40 часов в неделю') is how much of the
noun before it is done in each period; a noun naming a span right before
the figure ('срок — до трёх лет') is what lasts. Both step left over the
same words (before_span, which holds the dashes too). A span dealt out by 'по'
after a comma ('недолгие поездки, по пять дней') is the length of each thing
the noun before the comma names (measures.json distributive_prepositions);
so is a condition in the instrumental after a verb of having it
('страдающих зависимостью пять лет', measures.json condition_verbs).
"""
from functools import lru_cache

from pipeline.claims.frames import noun_a_participle_agrees_with
from pipeline.claims.lexicon import lemma_of, normalize, skipped_before_figure
from pipeline.claims.subjects import CLAUSE_EDGES, agreeing_subject, inherited_subject, nominative_before, subject_across_and, subject_of
from pipeline.claims.word_kinds import (NOUNISH, after_preposition, measure_words, mistagged_noun, names_period, names_person,
                                        reflexive, top_of_noun_chain, word_before)

# How many words (bounds, prepositions, a comma) may stand between the verb and the figure.
GAP_REACH = 4


def what_lasts_by_the_verb_before(inside, doc):
    """The noun a lasting or stretching verb right before the figure is said of, or None."""
    verb = _lasting_verb_before(inside, doc)
    if verb is None:
        return None
    if lemma_of(verb) in measure_words("sufficing_verbs"):
        holder = _stock_that_suffices(verb)
    elif "Short" in verb.morph.get("Variant"):
        holder = subject_of(verb, inside)      # 'Контракт рассчитан на четыре года': a predicate, as a finite verb
    elif "Part" in verb.morph.get("VerbForm"):
        holder = noun_a_participle_agrees_with(verb)
    elif "Fin" in verb.morph.get("VerbForm"):
        # 'обойдётся в 380 млн рублей и займёт 120 дней': a verb after 'и' shares the
        # subject before it, which the nearest agreeing word (the sum's 'млн') is not
        holder = subject_of(verb, inside) or subject_across_and(verb, inside) or agreeing_subject(verb, inside)
        holder = _subject_in_the_verbs_clause(verb, holder)
    elif "Inf" in verb.morph.get("VerbForm"):
        holder = _subject_of_infinitive(verb, inside)
    else:
        return None
    if holder is None or (holder.pos_ not in NOUNISH and not mistagged_noun(holder)) or holder.i in inside or names_person(holder):
        return None      # 'он проработал там 20 лет': a person's span is no measure of the person
    return holder


def _stock_that_suffices(verb):
    """'запаса топлива хватит на 72 часа': the stock a verb of sufficing is said
    of stands in the genitive, as its subject or, where the parser hung it
    elsewhere, right before the verb; the head of a genitive chain names it
    ('запаса топлива' -> 'запаса'). A person is no stock ('их хватит')."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "obl") and child.i < verb.i
                    and "Gen" in child.morph.get("Case") and not after_preposition(child)), None)
    if subject is None:
        subject = word_before(verb.doc, verb.i, lambda word: word.pos_ in ("ADV", "PART"))
    if subject is None or subject.pos_ not in NOUNISH or "Gen" not in subject.morph.get("Case") \
            or "Anim" in subject.morph.get("Animacy") or after_preposition(subject):
        return None
    return top_of_noun_chain(subject, lambda lower, upper: "Gen" in upper.morph.get("Case")
                             and upper.pos_ in NOUNISH and not after_preposition(upper))


def _subject_in_the_verbs_clause(verb, holder):
    """'Максимальная скорость — 147 км/ч, разгон до 100 км/ч занимает 19 с':
    the parser may give the verb a subject from the clause before a comma; a
    nominative noun in the verb's own clause is the one said to last."""
    if holder is None or holder.i > verb.i or not _clause_edge_between(holder.i, verb.i, verb.doc):
        return holder    # 'Интервал движения в часы пик составляет': the parser's subject stands in the clause
    return nominative_before(verb.i, verb.doc) or holder


def _clause_edge_between(left, right, doc):
    return any(doc[index].text in CLAUSE_EDGES for index in range(left + 1, right))


def _subject_of_infinitive(verb, inside):
    """'будут ли свидания продолжаться по три часа', 'матч может длиться
    два часа': an infinitive shares the subject of the verb above it; the
    parser often loses that subject, so the nominative noun before the
    infinitive in its clause stands for it, if it is a thing and no person."""
    noun = inherited_subject(verb, inside) or nominative_before(verb.i, verb.doc)
    if noun is None or "Anim" in noun.morph.get("Animacy"):
        return None      # 'участники должны задержаться на две недели': a person's stay measures no person
    return noun


def noun_taking_span_per_period(inside, doc):
    """'работу меньше 40 часов в неделю', 'тренировки по три часа в день': a
    span with a period after 'в' or 'за' is a rate, and the noun right before
    it (no circumstance after a preposition, no person) is what takes it."""
    after = max(inside) + 1
    if after + 1 >= len(doc) or normalize(doc[after].text) not in measure_words("per_period_prepositions") \
            or lemma_of(doc[after + 1]) not in measure_words("rate_periods"):
        return None
    noun = word_before(doc, min(inside), _span_gap(inside))
    if noun is None or noun.pos_ != "NOUN" or after_preposition(noun) or names_person(noun) or names_period(noun):
        return None
    return _span_noun_above(noun)


def _span_noun_above(noun):
    """'допустимое время простоя — 1,6 часа в год': a genitive under a noun
    naming a span (duration_nouns) says whose span it is; the span noun is
    what takes the rate, also over a chain of genitives ('время отключения света')."""
    lower = noun
    while lower.dep_ == "nmod" and lower.head.i < lower.i and "Gen" in lower.morph.get("Case"):
        lower = lower.head
        if lemma_of(lower) in measure_words("duration_nouns"):
            return lower
    return noun


def length_of_each_before(inside, doc):
    """'берут недолгие поездки, по пять дней', 'работают в две смены, по 12
    часов': a span dealt out by 'по' right after a comma gives the length of
    each of the things the noun before the comma names (a thing, no person:
    'осуждены двое, по 5 лет' measures no one)."""
    start = min(inside)
    if start < 3 or normalize(doc[start - 1].text) not in measure_words("distributive_prepositions") \
            or doc[start - 2].text != ",":
        return None
    noun = doc[start - 3]
    if noun.pos_ != "NOUN" or "Anim" in noun.morph.get("Animacy") or names_person(noun) or names_period(noun):
        return None
    return noun


def condition_right_before(inside, doc):
    """'страдающих зависимостью пять лет', 'болеет диабетом 10 лет': an
    illness or condition in the instrumental right before the span, held by
    a verb of having it (condition_verbs), is what lasts that long."""
    noun = word_before(doc, min(inside), _span_gap(inside))
    if noun is None or noun.pos_ != "NOUN" or "Ins" not in noun.morph.get("Case") \
            or noun.head.i == noun.i or lemma_of(noun.head) not in measure_words("condition_verbs"):
        return None
    return noun


def span_noun_right_before(inside, doc):
    """'давать гарантию не менее пяти лет', 'срок — до трёх лет', 'задержки
    рейсов более чем на два часа': a noun naming a span or a delay right
    before the duration (past its bound words and a dash, or above the
    genitives it governs) is what lasts, whatever verb the parser hangs the
    figure on."""
    noun = word_before(doc, min(inside), _span_gap(inside))
    if noun is None or noun.pos_ != "NOUN" or noun.i in inside:
        return None
    noun = _span_noun_above(noun)     # 'задержки электричек более чем на три часа'
    return noun if lemma_of(noun) in measure_words("duration_nouns") else None


def _span_gap(inside):
    """The skip rule (for word_before) between a span and the verb or noun of
    what lasts: its bound words, prepositions, a comma or dash ('длящаяся более
    20 недель', 'срок — до трёх лет'), GAP_REACH words at most."""
    start = min(inside)
    return lambda word: start - word.i <= GAP_REACH and normalize(word.text) in skipped_before_figure("before_span")


def _lasting_verb_before(inside, doc):
    verb = word_before(doc, min(inside), _span_gap(inside))
    if verb is None:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma_of(verb) in _lasting_verbs() or _shifted_in_the_passive(verb):
        return verb
    return None


def _shifted_in_the_passive(verb):
    """'Срок сдачи перенесён на два месяца', 'открытие сдвигается на полгода':
    a verb of moving or stopping (shift_verbs) whose subject is the thing
    moved, which it is only in the passive or reflexive ('власти перенесли' names who moves it)."""
    if lemma_of(verb) not in measure_words("shift_verbs"):
        return False
    return "Pass" in verb.morph.get("Voice") or reflexive(verb)


@lru_cache(maxsize=None)
def _lasting_verbs():
    # 'запаса топлива хватит на 72 часа': a stock lasts as long as the span it suffices for
    return measure_words("duration_verbs") | measure_words("extent_verbs") | measure_words("sufficing_verbs")
