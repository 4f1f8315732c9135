"""List items, one a line, and the labels that set them apart.

A list written one item a line ("— Бердск — 136;", "• Москва — 6,1 млн кв. м")
is cut into one sentence per line, so the ellipsis of its items reaches back
into the line before: a bare figure of an item takes the metric of the item
before it (CLAIMS.md, ellipsis and lists); the label before the dash is what
sets the item apart, its qualifier.
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims import dashes, word_kinds
from pipeline.claims.lists.shared import _first_word, _line_start, item_label
from pipeline.claims.units import same_kind


def metric_from_a_later_line(doc, found):
    """'– ячмень: 214,5 тыс. га, ...;\n– подсолнечник: ...': razdel may keep
    list lines in one sentence, and the parse then hangs a figure on a noun
    of the next line; the parse may also reach into the next sentence ('Сейчас
    их 1 млн 240 тыс. Новых офисов откроем ...'). What a figure measures
    never stands on a later line or sentence, so such a metric is dropped
    and the later steps fill it."""
    for item in found:
        if item.metric is None:
            continue
        head = item.metric[1]
        if head.i >= item.sentence[1] or (head.i > item.tokens[-1].i and any(
                "\n" in doc[i].text for i in range(item.tokens[-1].i + 1, head.i))):
            item.metric = None


def metric_from_the_next_label(doc, found):
    """'доля сериала составила 24,8%, рейтинг — 9,1%', 'Турция — 14%, страны
    Центральной Азии — около 11%': the parse may hang a figure on the label of
    the next item, the words after its comma and before the next dash. That
    label sets the next figure apart and never measures the one before it,
    so such a metric is dropped and the later steps fill it (in the gold of
    fresh-ao, -ce, -db, -di and -h the figure keeps the measure before it)."""
    starts = {item.tokens[0].i for item in found}
    for item in found:
        if item.metric is not None and _labels_next_item(doc, item, starts):
            item.metric = None


def _labels_next_item(doc, item, figure_starts):
    """Whether the item's metric stands right after the item's comma and
    before a dash that a figure of the sentence follows (past a bound word
    or preposition)."""
    (start, end), head = item.metric
    after = item.tokens[-1].i + 1
    if not after < start or doc[start - 1].text != "," or any(
            not doc[i].is_punct or doc[i].text in CLAUSE_DASHES_AS_TYPED for i in range(after, start)):
        return False
    dash = end
    while dash < item.sentence[1] and dash - end < MAX_LABEL_TAIL and doc[dash].text not in CLAUSE_DASHES_AS_TYPED:
        if doc[dash].is_punct or doc[dash].like_num or word_kinds.finite_verb(doc[dash]):
            return False
        dash += 1
    if dash >= item.sentence[1] or doc[dash].text not in CLAUSE_DASHES_AS_TYPED:
        return False
    return any(index in figure_starts for index in range(dash + 1, min(dash + 4, item.sentence[1])))


# words the metric phrase may stop short of before the next item's dash
MAX_LABEL_TAIL = 3


def noun_before_figure_in_item(doc, found):
    """'– пшеница: убрано 812 тыс. га, урожайность 32,1 ц/га;': in a list
    line, a nominative noun that opens its comma-part and stands right before
    a figure with no metric labels that figure, as a dash would."""
    for item in found:
        if item.metric is not None or doc[_first_word(doc, _line_start(doc, item), item.sentence[1])].text \
                not in dashes.LIST_MARKERS:
            continue
        label = word_kinds.word_before(doc, item.tokens[0].i, word_kinds.bound_words("bounds"), limit=item.sentence[0])
        if label is None:
            continue    # the figure opens the text: no label before it
        noun, before = label, label.i
        if noun.pos_ != "NOUN" or "Nom" not in noun.morph.get("Case") or word_kinds.after_preposition(noun) \
                or word_kinds.is_number_phrase(noun):
            continue
        opener = before - 1
        while opener > item.sentence[0] and doc[opener].pos_ == "ADJ":
            opener -= 1
        if doc[opener].text in {",", ":", ";"} | dashes.LIST_MARKERS:
            item.metric = (opener + 1, before + 1), noun


def opens_item(doc, sentence):
    """Whether the sentence (a line) starts with a list marker."""
    first = _first_word(doc, *sentence)
    return first is not None and doc[first].text in dashes.LIST_MARKERS


def opens_labelled_line(doc, sentence):
    """Whether the sentence is a line of its own that opens with a short
    label and a dash before its first figure, with no list marker ('Ладога
    Спринт — от 1,07 млн руб.'): under a lead-in ending in a colon such lines
    are the list's items, as marked ones would be."""
    start, end = sentence
    first = _first_word(doc, start, end)
    if first is None or doc[first].text in dashes.LIST_MARKERS or not _on_a_line_of_its_own(doc, start, end):
        return False
    for index in range(first, min(end, first + MAX_LABEL_WORDS + 1)):
        token = doc[index]
        if token.text in CLAUSE_DASHES_AS_TYPED:
            return index > first
        # a number may stand inside a name ('Tianlu 4 — от 2,05 млн'), a verb or a comma may not
        if token.is_space or token.is_punct or word_kinds.finite_verb(token):
            return False
    return False


# a label is a name or a short noun phrase ('Haoyun X3', 'медицинских сестёр')
MAX_LABEL_WORDS = 5


def _on_a_line_of_its_own(doc, start, end):
    """Whether a line break closes the sentence and one ends the text before it."""
    ends_line = "\n" in doc[end - 1].text or end == len(doc)
    starts_line = start == 0 or "\n" in doc[start - 1].text
    return ends_line and starts_line


def inherit_from_item_before(doc, found, earlier):
    """Items of this line without a metric take the metric of the claim of the
    line before (`earlier`, its claims), when both lines are list items: the
    last earlier claim of the same kind of unit with a metric."""
    for item in found:
        if item.metric is not None or item.refers_back:
            continue
        # an item whose own label is its metric ('• выручка — 5 млрд') starts
        # no ellipsis: the next item names its own measure
        # an aside of its own line ('безработица: 3,9% (в июне — 3,9%)') goes on
        # the line's own measure before the one of the line above
        before_it = [d for d in found if d.figure.start < item.figure.start]
        donor = next((d for d in reversed(list(earlier) + before_it) if d.metric is not None
                      and same_kind(d.figure.unit, item.figure.unit) and not _labels_itself(doc, d)), None)
        if donor is None:
            continue
        item.metric = donor.metric
        label = item_label(doc, item)
        if label is not None:
            item.qualifiers = [label]


def _labels_itself(doc, item):
    label = item_label(doc, item)
    return label is not None and label[0] <= item.metric[1].i < label[1]


def continues_list(doc, sentences, index, line_before):
    """Whether this sentence is a list item on its own line right after another item with claims."""
    return line_before is not None and line_before[0] == index - 1 \
        and opens_item(doc, sentences[index]) and opens_item(doc, sentences[index - 1])
