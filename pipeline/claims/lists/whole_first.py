"""A whole named first with 'Из', its parts counted after it.

'Из новых расходов 300 млрд направят на школы, 200 млрд — на больницы':
each bare figure of the sentence is a part of the whole after 'Из', so it
measures that whole, not whatever figure stands before it (CLAIMS.md,
ellipsis and lists). A source put first does not move the opener: 'По
словам градоначальника, из этой суммы около 31 млрд направят на ремонт'
(the gold takes the whole after 'из' in every such figure: 9 of 11 over
the 105 development sets, session 22; fresh-ck takes what 'этого объёма'
points back to, twice).
'Из 13 станций только на двух пассажиропоток снизился', 'Из 31 контракта на
общую сумму 236 млн рублей 29 заключены без торгов': a whole counted first
names what a later count with no noun of its own counts. Neither count is a
value of the clause's verb: the whole only names the set, and the part says
of how many of them the clause is true (as 'В 47 из них концентрация
превышала норму', references.py).
"""
from pipeline.claims import metric, subjects, word_kinds
from pipeline.claims.lexicon import normalize
from pipeline.claims.near_figure import own_counted_noun

# 'Из' that opens a sentence names where the parts are taken from
WHOLE_OPENER = "из"
# What ends the clause the counted whole opens: the parts of 'Из 13 станций'
# stand before it ('...; на остальных пассажиропоток вырос на 4%')
CLAUSE_END = ";"
# the longest source cue put before 'из' ('По словам заместителя министра финансов,')
SOURCE_REACH = 8


def parts_of_a_whole_named_first(doc, found):
    """Give the figures without a metric of their own the noun phrase after
    a sentence-opening 'Из'; with a count before that noun, the later counts
    without a noun of their own as well."""
    if not found:
        return
    whole = whole_named_first(doc, found[0].sentence)
    if whole is None:
        return
    opener = _first_word_past_a_source(doc, *found[0].sentence)
    counted_whole = _count_of_the_whole(doc, found, whole, opener)
    if counted_whole is not None:
        _parts_of_a_counted_whole(doc, found, counted_whole, whole)
        return
    for item in found:
        if item.metric is None and item.tokens[0].i > whole.i:
            item.metric = (metric.phrase(whole), whole)


def whole_named_first(doc, sentence):
    """The noun of the whole a sentence names first with 'Из', past a
    source cue before it ('По его словам, из этого объёма'), or None."""
    first, end = sentence
    return _whole_after_opener(doc, _first_word_past_a_source(doc, first, end))


def _first_word_past_a_source(doc, first, end):
    if not subjects.opens_a_source(doc, first):
        return first
    comma = next((i for i in range(first + 1, min(first + SOURCE_REACH, end)) if doc[i].text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < end else first


def _whole_after_opener(doc, first):
    """The common noun governed by the 'Из' that opens the sentence: not a
    place or name ('Из Москвы уехали'). A number between the two is the
    whole's own count ('Из 120 котельных')."""
    if normalize(doc[first].text) != WHOLE_OPENER:
        return None
    noun = doc[first].head
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.i <= first or word_kinds.scale_word(noun):
        # ('Из 11 тыс. стартовавших': the parser may hang 'Из' on the scale word)
        return None
    return noun


def _count_of_the_whole(doc, found, whole, opener):
    """The figure between 'Из' (at `opener`) and the whole's noun that counts
    it, or None when no number stands there ('Из новых расходов')."""
    if not any(word_kinds.number_word(token) for token in doc[opener + 1:whole.i]):
        return None
    return next((item for item in found if opener < item.tokens[0].i and item.tokens[-1].i < whole.i
                 and item.figure.unit == "count"), None)


def _parts_of_a_counted_whole(doc, found, counted_whole, whole):
    """The whole's count measures its noun; each later count of its clause
    with no noun of its own counts that noun too. Neither is the verb's value."""
    whole_metric = (metric.phrase(whole, counted_whole.inside), whole)
    _no_value_of_the_verb(counted_whole)
    counted_whole.metric = whole_metric
    clause_end = next((token.i for token in doc[whole.i:found[0].sentence[1]] if token.text == CLAUSE_END),
                      found[0].sentence[1])
    for item in found:
        if item is counted_whole or not whole.i < item.tokens[0].i < clause_end:
            continue
        if item.figure.unit != "count" or own_counted_noun(item.figure, item.inside, doc) is not None:
            continue      # 'Из 40 школ 12 получили 30 новых компьютеров': a count of its own noun
        _no_value_of_the_verb(item)
        item.metric = whole_metric


def _no_value_of_the_verb(item):
    item.trigger = item.direction = item.change = None
