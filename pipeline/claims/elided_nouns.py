"""Nouns a writer leaves out after an adjective (ellipsis, CLAIMS.md).

'выпустила девять студийных альбомов и три концертных', 'самый крупный
перевод составил 500 тысяч рублей, самый маленький — 50': the second figure
names only the adjective that sets it apart; the noun it measures is the one
of the parallel figure before it, without that figure's own contrasting
adjectives.
"""
from pipeline.claims import word_kinds

# words an adjective phrase standing for a noun is made of ('самый маленький', 'концертных')
ADJECTIVE_TAGS = {"ADJ", "DET"}


def noun_left_out(doc, found, paragraph_found):
    """Give a figure whose metric is a bare adjective the noun of the nearest
    earlier figure of the paragraph with the same unit whose metric is that
    noun with adjectives of its own."""
    earlier = list(paragraph_found)
    for item in found:
        if _bare_adjective(doc, item):
            donor = _parallel_figure(item, earlier)
            if donor is not None:
                _take_noun(doc, item, donor)
        earlier.append(item)


def _bare_adjective(doc, item):
    """'три концертных', 'самый маленький составил': a metric of adjectives
    only, whose head no dictionary reads as a noun ('котельных' is one)."""
    if item.metric is None:
        return False
    (start, end), head = item.metric
    words = doc[start:end]
    return head.pos_ == "ADJ" and not word_kinds.dictionary_noun(head) \
        and all(token.pos_ in ADJECTIVE_TAGS for token in words)


def _parallel_figure(item, earlier):
    """The nearest earlier figure of the same unit measuring a noun with an
    adjective before it that the bare adjective agrees with."""
    head = item.metric[1]
    for donor in reversed(earlier):
        if donor.metric is None or donor.figure.unit != item.figure.unit:
            continue
        (start, _), noun = donor.metric
        if noun.pos_ == "NOUN" and start < noun.i and noun.doc[start].pos_ in ADJECTIVE_TAGS \
                and word_kinds.agrees(noun, head):
            return donor
        return None   # only the figure right before may lend its noun
    return None


def _take_noun(doc, item, donor):
    """The donor's phrase less as many leading adjectives as the figure names
    in their place ('студийных альбомов' less 'студийных')."""
    own = _adjectives_named(item.metric[1])
    (start, end), noun = donor.metric
    dropped = 0
    while dropped < own and start < noun.i and doc[start].pos_ in ADJECTIVE_TAGS:
        start, dropped = start + 1, dropped + 1
    # the donor's phrase may run on past its noun ('перевод составил'): the noun ends it
    while end - 1 > noun.i and doc[end - 1].pos_ in ("VERB", "AUX", "PUNCT"):
        end -= 1
    item.metric = ((start, end), noun)


def _adjectives_named(head):
    """'самый маленький': the adjective and the words before it that grade it."""
    return 1 + sum(1 for child in head.lefts if child.pos_ in ADJECTIVE_TAGS | {"ADV"})
