"""A whole named first with 'Из', its parts counted after it.

'Из новых расходов 300 млрд направят на школы, 200 млрд — на больницы':
each bare figure of the sentence is a part of the whole after 'Из', so it
measures that whole, not whatever figure stands before it (CLAIMS.md,
ellipsis and lists).
"""
from pipeline.claims import metric, word_kinds
from pipeline.claims.lexicon import normalize

# 'Из' that opens a sentence names where the parts are taken from
WHOLE_OPENER = "из"


def parts_of_a_whole_named_first(doc, found):
    """Give the figures without a metric of their own the noun phrase after
    a sentence-opening 'Из'."""
    if not found:
        return
    whole = _whole_after_opener(doc, found[0].sentence[0])
    if whole is None:
        return
    for item in found:
        if item.metric is None and item.tokens[0].i > whole.i:
            item.metric = (metric.phrase(whole), whole)


def _whole_after_opener(doc, first):
    """The common noun governed by the 'Из' that opens the sentence: not a
    number ('Из 120 котельных' is counted_out_of's) nor a place or name
    ('Из Москвы уехали')."""
    if normalize(doc[first].text) != WHOLE_OPENER:
        return None
    opener = doc[first]
    noun = opener.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or any(word_kinds.number_word(t) for t in doc[first + 1:noun.i]):
        return None
    return noun
