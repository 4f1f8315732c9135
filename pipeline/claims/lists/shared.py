"""What several kinds of list read: the first word of a line, where the
line of an item starts, the label before an item's dash, and the word lists
of models/claims/lists.json.
"""
from functools import lru_cache

from pipeline.claims import dashes
from pipeline.claims.lexicon import load_json, normalize


def _first_word(doc, start, end):
    for index in range(start, end):
        if not doc[index].is_space:
            return index
    return None


def item_label(doc, item):
    """(start, end) of the words between the item's marker and the dash before its figure."""
    dash = dashes.dash_before(item.inside, doc)
    if dash is None:
        return None
    start = dash
    while start > item.sentence[0] and doc[start - 1].text not in dashes.LIST_MARKERS | {";", ",", ":"} \
            and not doc[start - 1].is_space:
        start -= 1
    return (start, dash) if start < dash else None


@lru_cache(maxsize=None)
def _words(key):
    """One word list of models/claims/lists.json, normalized."""
    return frozenset(normalize(word) for word in load_json("lists.json")[key])


def _line_start(doc, item):
    """Index of the first token of the line the item's figure stands on
    (razdel may join list lines into one sentence)."""
    index = item.tokens[0].i
    while index > item.sentence[0] and "\n" not in doc[index - 1].text:
        index -= 1
    return index
