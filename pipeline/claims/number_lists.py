"""Walking over a list of numbers and the words that join them ('2, 3 и 5').

Each caller keeps its own joiners and its own test of what an item is; the
walk itself, item, joiner, item, is the same for all of them.
"""
from pipeline.claims.lexicon import load_json, normalize

# What joins the numbers of a list to the figure that ends it ('50, 75 или 100%', 'в 2, 3 и 5 раз').
NUMERAL_JOINERS = frozenset(normalize(word) for word in load_json("lists.json")["numeral_joiners"])


def list_end(words, index, step, joiners, is_item):
    """The index of the farthest item of the list that holds the item at
    `index`, walking left (`step` -1) or right (`step` 1) over `words`:
    while the next word is one of `joiners` and the one after it passes
    `is_item`, step over both. `index` itself when no list goes on from it.
    The item at `index` is not tested."""
    while 0 <= index + 2 * step < len(words) and words[index + step] in joiners \
            and is_item(words[index + 2 * step]):
        index += 2 * step
    return index
