"""'в том числе', 'в т. ч.': the phrase that opens the parts of a whole.

Its own module because both the metric search (the phrase is never a
metric) and the list rules (the parts inherit the whole's metric) read it.
Phrases live in models/claims/lists.json.
"""
from functools import lru_cache

from pipeline.claims.lexicon import load_json, normalize, phrase_key


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
