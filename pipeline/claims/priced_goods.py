"""A good named at the start of a line of a price list, its pack size, then
its price: 'Грунтовка 10 л — около 900 рублей', 'Кофе в зёрнах, 1 кг: 1 249
руб.'. Both figures are about the good: the size is how much of it is sold,
the price what that costs (the gold of fresh-du and fresh-dx takes the good
for both, 4 of 4; no development set reads such a line otherwise).

The parser takes such a verbless line apart in many ways (the good as a
place, the size as an apposition, the price as an orphan), so the line is
read by word order: the good's words, the size, a dash or colon, bound words
and the price.
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims.lexicon import normalize, skipped_before_figure
from pipeline.claims.units import CURRENCIES, SHARE_UNITS, read_unit
from pipeline.claims.word_kinds import common_noun, noun_parses, number_word

# the most words the good's name may have ('Кофе в зёрнах', 'Краска акриловая белая')
NAME_REACH = 5
# what may join the words of the good's name: a preposition, an adjective, another noun
NAME_POS = {"NOUN", "PROPN", "ADJ", "ADP"}
# what closes the size before its price
SIZE_CLOSERS = set(CLAUSE_DASHES_AS_TYPED) | {":"}


def good_of_a_priced_pack(figure, anchor, inside, trigger, direction):
    """The good a pack size or its price in such a line is about, or None."""
    if trigger is not None:
        return None
    doc = anchor.doc
    if figure.unit in CURRENCIES:
        size_end = _before_the_price(min(inside), doc)
        size_start = _start_of_a_size(size_end, doc) if size_end is not None else None
    elif not _may_be_a_pack_size(figure) or not _price_follows(max(inside) + 1, doc):
        return None
    else:
        size_start = min(inside)
    return _good_opening_the_line(size_start, doc) if size_start is not None else None


def size_of_a_good_with_no_price(figure, anchor, inside):
    """'Грунтовка 10 л — хватит на всю комнату': a size after the noun opening
    its line, then a dash or colon, but no price: good_of_a_priced_pack settled
    that nothing says the line lists goods, so the size names no good (this
    tells the learned fallback, metric_ranker.py, it was declined on purpose)."""
    doc = anchor.doc
    after = max(inside) + 1
    if not _may_be_a_pack_size(figure) or after >= len(doc) or doc[after].text not in SIZE_CLOSERS \
            or _price_follows(after, doc):
        return False
    return _good_opening_the_line(min(inside), doc) is not None


def _may_be_a_pack_size(figure):
    """A measure ('10 л', '1 кг'), neither money, a count nor a share."""
    return figure.unit not in CURRENCIES and figure.unit != "count" and figure.unit not in SHARE_UNITS


def _before_the_price(first, doc):
    """The index of the last word before the dash or colon that stands before the
    price starting at `first` (bound words stepped over), or None."""
    position = first - 1
    while position >= 0 and (doc[position].is_space or normalize(doc[position].text) in _bounds()):
        position -= 1
    if position < 1 or doc[position].text not in SIZE_CLOSERS:
        return None
    return position - 1


def _start_of_a_size(end, doc):
    """'10 л' ending at `end`: the index of its number, when a measure (not
    money, a share or a count) ends there, else None."""
    for start in range(end, max(end - 3, -1), -1):
        if number_word(doc[start]):
            norms = [normalize(t.text).rstrip(".") for t in doc[start + 1:end + 1]]
            unit, length = read_unit(norms, 0) if norms else (None, 0)
            if unit is None or length != len(norms) or unit in CURRENCIES or unit in SHARE_UNITS:
                return None
            while start > 0 and number_word(doc[start - 1]):
                start -= 1        # '1 249': a number written in groups
            return start
    return None


def _price_follows(after, doc):
    """Whether a dash or colon, bound words and a sum of money follow the size."""
    position = after
    if position >= len(doc) or doc[position].text not in SIZE_CLOSERS:
        return False
    position += 1
    while position < len(doc) and (doc[position].is_space or normalize(doc[position].text) in _bounds()):
        position += 1
    start = position
    while position < len(doc) and number_word(doc[position]):
        position += 1
    if position == start:
        return False
    norms = [normalize(t.text).rstrip(".") for t in doc[position:position + 3]]
    for length in range(len(norms), 0, -1):
        unit, end = read_unit(norms[:length], 0)
        if unit is not None and end == length:
            return unit in CURRENCIES
    return False


def _good_opening_the_line(size_start, doc):
    """The first noun of the words between the start of the line or sentence and
    the size, when those words are a verbless noun phrase (a comma may end it)."""
    end = size_start - 1
    if end >= 0 and doc[end].text == ",":
        end -= 1
    start = end
    while start >= 0 and end - start < NAME_REACH and doc[start].pos_ in NAME_POS \
            and not _opens_the_line(doc[start]):
        start -= 1
    if start < 0 or not _opens_the_line(doc[start]) or end - start >= NAME_REACH:
        return None
    words = doc[start:end + 1]
    if any(t.pos_ not in NAME_POS for t in words):
        return None
    # the tagger may take a capitalized good for a name ('Масло', 'Грунтовка'):
    # its first word with a noun reading in the dictionary is the good
    return next((t for t in words if t.pos_ != "ADP" and (common_noun(t) or noun_parses(t.text))), None)


def _opens_the_line(token):
    """A word that starts its sentence or its line, with a capital letter."""
    doc = token.doc
    first_of_line = token.i == 0 or doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text
    return (token.is_sent_start or first_of_line) and token.text[:1].isupper()


def _bounds():
    return skipped_before_figure("bounds_and_particles")
