"""When the noun the parser hangs a figure on is not what the figure measures.

The last-resort metric rule takes the figure's syntactic head when that is a
noun. The parser's head is often a word the figure only sits next to:
  a unit of a price     '35 рублей за килограмм (около 0,4 доллара)': 'за килограмм' is
                        what the price is per, never what is measured;
  a noun further on     'штраф 1,2 млн рублей; кроме того, иск о возмещении ущерба':
                        past the end of the figure's clause, the noun is in
                        another statement;
  a scale word          'Kia (17,9 тыс.), Hyundai (16,4 тыс.)': the 'тыс.' of another number;
  another list item     '40 кг героина и около 2 кг кокаина': a figure joined by
                        'и', 'а также' to a noun is the next item, not its size
                        (', или 1,9%' restates the noun's figure and stays).
And a figure opening what follows a colon is the value of the label that
ends at the colon ('субсидию и пожертвование в валюте: 2 000 долларов'), not of a noun
further left.
The words are data: units.json money_cues.price_units and lists.json
list_item_joiners (and restating_bounds, the bound words stepped over).
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES, CLAUSE_DASHES_OR_HYPHEN
from pipeline.claims.frames import noun_phrase_before
from pipeline.claims.lexicon import case_words, load_json, normalize
from pipeline.claims.triggers import SIGN_DIRECTIONS
from pipeline.claims.word_kinds import lemma_of, scale_word, word_before

CLAUSE_ENDS = {".", ";", ",", "!", "?"}
# What a line's label is made of ('доходность 10-летних ОФЗ', 'розничные продажи'),
# and what may stand before it on its line: a list marker or the previous sentence's end.
LABEL_WORDS = {"NOUN", "PROPN", "ADJ", "DET"}
LINE_OPENERS = CLAUSE_DASHES_OR_HYPHEN | {"•", "·", "*", "▪", "◦", ".", "!", "?", ";"}


def not_what_it_measures(head, anchor, inside):
    """True when the noun the figure hangs on is only near it (see the module doc)."""
    return (_unit_a_price_is_per(head) or _past_the_figure_clause(head, inside)
            or _another_list_item(head, anchor, inside) or scale_of_another_number(head, inside))


def label_before_colon(head, inside):
    """'субсидию в размере 5 млн рублей и пожертвование в валюте: 2 000 долларов': a
    figure opening what follows a colon is the value of the noun phrase that
    ends right before the colon, the label, whatever noun further left the
    parser hangs it on. None when the head already is that label."""
    doc = head.doc
    colon = word_before(doc, min(inside), _restating_bound)
    if colon is None or colon.text != ":" or head.i >= colon.i:
        return None
    label = noun_phrase_before(colon.i, doc, inside)
    return label if label is not None and label.i != head.i else None


def label_opening_its_line(inside, doc):
    """'• инфляция: 15,1% г/г после 15,9%', 'Реальные зарплаты (май): −6,1%': a
    figure right after a colon whose label is all its line holds before it (a
    list marker aside) is that label's value, whatever the parser hangs the
    figure on: a comparison mark or a remark after it ('3,9%, исторический
    минимум') is no metric. A lead-in with a verb ('Реакция оказалась
    сдержанной:') is not a label."""
    first = min(inside)
    if first > 0 and doc[first - 1].text in SIGN_DIRECTIONS:
        first -= 1       # '−8,8%': the sign is written onto the figure
    colon = word_before(doc, first, _restating_bound)
    if colon is None or colon.text != ":":
        return None
    label_end = _before_brackets(colon.i, doc)
    label = noun_phrase_before(label_end, doc, inside)
    if label is None or not _only_label_on_line(label_end, doc):
        return None
    return label


def _before_brackets(position, doc):
    """'реальные зарплаты (май):': the position right after the label, a
    bracketed note (its period) stepped over."""
    if position > 0 and doc[position - 1].text == ")":
        opening = next((i for i in range(position - 2, -1, -1) if doc[i].text == "("), None)
        if opening is not None:
            return opening
    return position


def _only_label_on_line(end, doc):
    """Whether nothing but nouns and their adjectives stand between the start of
    the line (or sentence, or a list marker) and `end`."""
    position = end - 1
    while position >= 0 and doc[position].pos_ in LABEL_WORDS and "\n" not in doc[position].text:
        position -= 1
    return position < 0 or doc[position].text in LINE_OPENERS or "\n" in doc[position].text \
        or doc[position + 1].is_sent_start


def _restating_bound(word):
    """Stepped over to reach the colon or the list joiner before a figure: its
    bound ('в валюте: около 2 000', 'и около 2 кг'), lists.json restating_bounds."""
    return normalize(word.text) in _bound_words()


def scale_of_another_number(noun, inside):
    """'Kia (17,9 тыс., +9%), Hyundai (16,4 тыс., +1%)', with the second figure
    hung on the first's 'тыс.': a scale word after a number belongs to that
    number's figure and measures nothing."""
    doc = noun.doc
    return scale_word(noun) and noun.i > 0 and noun.i - 1 not in inside \
        and doc[noun.i - 1].like_num


def _unit_a_price_is_per(noun):
    """'за тонну', 'за метр', 'за штуку': the unit a rate is counted per."""
    return "за" in case_words(noun) and lemma_of(noun) in _price_units()


def _past_the_figure_clause(noun, inside):
    """A noun right of the figure with a sentence or clause end between them.
    A dash right after the figure is left alone: 'из них 30% — студенты' names the
    part the share is, a convention the NOTES leave open."""
    doc = noun.doc
    after = max(inside) + 1
    if noun.i <= after or doc[after].text in CLAUSE_DASHES:
        return False
    return any(token.text in CLAUSE_ENDS for token in doc[after:noun.i])


def listed_after_a_noun(anchor, inside):
    """'дом, катер, а также около 90 тысяч долларов': the figure is the next
    item of a list after the noun it hangs on, a thing listed and not that
    noun's size; with no rule naming what it measures nothing does, and the
    learned fallback (metric_ranker.py) must not give it the noun before."""
    noun = anchor.head
    return noun.i != anchor.i and noun.pos_ == "NOUN" and _another_list_item(noun, anchor, inside)


def _another_list_item(noun, anchor, inside):
    """The figure is a conjunct of the noun, and 'и', 'а также' stands right
    before it (past a bound word such as 'около'). Read off word order: the
    parser may hang the conjunction on a later item of the list."""
    if anchor.dep_ != "conj" or anchor.head.i != noun.i:
        return False
    joiner = word_before(anchor.doc, min(inside), _restating_bound)
    return joiner is not None and joiner.i > noun.i and normalize(joiner.text) in _list_item_joiners()


@lru_cache(maxsize=None)
def _price_units():
    return frozenset(load_json("units.json")["money_cues"]["price_units"])


@lru_cache(maxsize=None)
def _bound_words():
    return frozenset(load_json("lists.json")["restating_bounds"])


@lru_cache(maxsize=None)
def _list_item_joiners():
    return frozenset(load_json("lists.json")["list_item_joiners"])
