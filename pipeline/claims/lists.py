"""Figures in lists: items that name only a label and a figure.

A list written one item a line ("— Бердск — 136;", "• Москва — 6,1 млн кв. м")
is cut into one sentence per line, so the ellipsis of its items reaches back
into the line before: a bare figure of an item takes the metric of the item
before it (CLAIMS.md, ellipsis and lists); the label before the dash is what
sets the item apart, its qualifier.

A share in brackets right after a figure ("1 204 ДТП (49,8% от общего
числа)", "76,4 млн человек (-1,8%)") is the share or change of what that
figure measures.
"""
from pipeline.claims import metric
from pipeline.claims.triggers import SIGN_DIRECTIONS

ITEM_MARKERS = {"—", "–", "-", "•", "·", "*", "▪", "◦"}
DASHES = {"—", "–", "-"}


def opens_item(doc, sentence):
    """Whether the sentence (a line) starts with a list marker."""
    first = _first_word(doc, *sentence)
    return first is not None and doc[first].text in ITEM_MARKERS


def _first_word(doc, start, end):
    for index in range(start, end):
        if not doc[index].is_space:
            return index
    return None


def inherit_from_item_before(doc, found, earlier, same_kind):
    """Items of this line without a metric take the metric of the claim of the
    line before (`earlier`, its claims), when both lines are list items: the
    last earlier claim of the same kind of unit with a metric."""
    for item in found:
        if item.metric is not None or item.refers_back:
            continue
        # an item whose own label is its metric ('• выручка — 5 млрд') starts
        # no ellipsis: the next item names its own measure
        donor = next((d for d in reversed(earlier) if d.metric is not None
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


def item_label(doc, item):
    """(start, end) of the words between the item's marker and the dash before its figure."""
    dash = metric.dash_before(item.inside, doc)
    if dash is None:
        return None
    start = dash
    while start > item.sentence[0] and doc[start - 1].text not in ITEM_MARKERS | {";", ",", ":"} \
            and not doc[start - 1].is_space:
        start -= 1
    return (start, dash) if start < dash else None


def share_in_brackets(doc, found):
    """'1 204 ДТП (49,8% от общего числа)': a percent that opens a bracket
    right after another figure's phrase takes that figure's metric."""
    for k, item in enumerate(found):
        if k == 0 or item.metric is not None or item.figure.unit != "percent":
            continue
        bracket = _bracket_before(doc, item.tokens[0].i)
        if bracket is None:
            continue
        donor = found[k - 1]
        if donor.metric is None or donor.figure.unit == "percent":
            continue
        donor_end = max(donor.tokens[-1].i, donor.metric[0][1] - 1)
        if all(doc[i].is_space for i in range(donor_end + 1, bracket)):
            # '(-1,8%)': its direction came from the sign (triggers.sign_direction)
            item.metric = donor.metric


def _bracket_before(doc, first):
    """Index of '(' right before a figure (a sign may stand between), or None."""
    index = first - 1
    if index >= 0 and doc[index].text in SIGN_DIRECTIONS:
        index -= 1
    return index if index >= 0 and doc[index].text == "(" else None
