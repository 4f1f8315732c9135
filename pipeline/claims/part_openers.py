"""'в том числе', 'в т. ч.': the phrase that opens the parts of a whole.

Its own module because both the metric search (the phrase is never a
metric) and the list rules (the parts inherit the whole's metric) read it.
Phrases live in models/claims/lists.json.
"""
from functools import lru_cache

from pipeline.claims.lexicon import load_json, normalize, phrase_key
from pipeline.claims.word_kinds import finite_verb


@lru_cache(maxsize=None)
def part_openers():
    """'в том числе', 'в т. ч.' as tuples of normalized tokens (models/claims/lists.json)."""
    return tuple(sorted({phrase_key(p) for p in load_json("lists.json")["part_openers"]}, key=len, reverse=True))


@lru_cache(maxsize=None)
def labelled_part_openers():
    """'из них', 'из которых': openers of parts only when the parts are labelled ('пшеница — 1,05 млн')."""
    return tuple(sorted({phrase_key(p) for p in load_json("lists.json")["labelled_part_openers"]}, key=len, reverse=True))


def part_opener_span(doc, start, end, openers=None):
    """(start, end) of the first 'в том числе' (or another of `openers`)
    between token indices start and end, or None."""
    # normalize each word once: this runs for every figure of a long document
    words = tuple(normalize(token.text) for token in doc[start:end])
    for offset in range(len(words)):
        for opener in openers or part_openers():
            if words[offset:offset + len(opener)] == opener:
                return start + offset, start + offset + len(opener)
    return None


def in_part_opener(token):
    """Whether the word belongs to 'в том числе': a fixed phrase, never a metric."""
    doc = token.doc
    longest = max(len(opener) for opener in part_openers())
    span = part_opener_span(doc, max(token.i - longest + 1, 0), min(token.i + longest, len(doc)))
    return span is not None and span[0] <= token.i < span[1]


def _opened_as_a_part(item):
    """Whether 'в том числе' stands right before the figure ('131 человек, в
    том числе 48 детей'; a bound word may come between)."""
    doc = item.tokens[0].doc
    first = item.tokens[0].i
    longest = max(len(opener) for opener in part_openers())
    span = part_opener_span(doc, max(first - longest - 1, 0), first)
    return span is not None and first - span[1] <= 1


def whole_past_its_part(item, earlier):
    """'Госпитализированы 131 человек, в том числе 48 детей; в тяжёлом
    состоянии находятся четверо': once a clause of its own follows the part
    that 'в том числе' opens, a bare figure goes on about the whole, not the
    part; the gold counts the whole's noun (fresh-q, -bg: 2 of 2). Parts in a
    row ('в том числе 48 детей и 12 подростков') stay each other's donors."""
    donor = earlier[-1]
    if len(earlier) >= 2 and part_left_behind(donor, item):
        return earlier[-2]
    return donor


def part_left_behind(part, item):
    """Whether `part` is opened by 'в том числе' and `item` stands in a clause
    of its own after it (a semicolon, a sentence end or a finite verb between)."""
    doc = item.tokens[0].doc
    return _opened_as_a_part(part) and any(
        token.text in CLAUSE_ENDS or finite_verb(token) for token in doc[part.tokens[-1].i + 1:item.tokens[0].i])


# what ends a clause between a part and the next figure
CLAUSE_ENDS = (";", ".", "!", "?")
