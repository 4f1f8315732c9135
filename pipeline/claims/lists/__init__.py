"""Figures in lists: items that name only a label and a figure.

A figure in a list, under a lead-in or a heading, in a bracket or beside
another figure often names no measure of its own: it takes the measure of
its neighbour, and what sets it apart becomes its qualifier (CLAIMS.md,
ellipsis and lists). extract.py calls these steps in order.

One module per concern: items.py (list items, one a line, and their labels),
lead_ins.py (a clause, heading or topic before a colon that names what the
items measure), brackets.py (a share, change or earlier value in brackets, an
item named before its bracket), parts.py (parts of a whole: 'в том числе',
'N из M', 'из них N — ...') and neighbours.py (a ranking's named items,
figures joined by 'и', a figure restated after ', или'); shared.py holds the
line and label helpers and the word lists they share.
"""
from pipeline.claims.lists.brackets import (change_after_figure_in_bracket, change_restated_in_brackets, dated_in_bracket_after,
                                          groups_in_bracket_after_noun, items_before_brackets, share_in_brackets,
                                          signed_change_of_the_figure_before,
                                          total_in_brackets, answers_of_the_polled, value_of_the_standard_in_brackets)
from pipeline.claims.lists.items import (
    continues_list, inherit_from_item_before, metric_from_a_later_line, metric_from_the_next_label, noun_before_figure_in_item,
    opens_item)
from pipeline.claims.lists.lead_ins import (ends_in_colon, items_after_lead_in, list_lead, quantity_before_inner_colon, lead_before_inner_colon,
                                             topic_before_colon)
from pipeline.claims.lists.neighbours import (noun_named_with_the_last, restated_after_or, restated_by_this,
                                              values_of_named_items)
from pipeline.claims.lists.parts import counted_out_of, named_after_dash, parts_of_a_whole

__all__ = [
    "metric_from_a_later_line", "metric_from_the_next_label", "noun_before_figure_in_item", "opens_item", "inherit_from_item_before",
    "continues_list", "change_after_figure_in_bracket", "signed_change_of_the_figure_before", "share_in_brackets",
    "change_restated_in_brackets", "total_in_brackets", "dated_in_bracket_after", "items_before_brackets",
    "answers_of_the_polled", "value_of_the_standard_in_brackets",
    "groups_in_bracket_after_noun", "quantity_before_inner_colon", "lead_before_inner_colon",
    "topic_before_colon", "ends_in_colon", "list_lead", "items_after_lead_in", "counted_out_of", "named_after_dash",
    "parts_of_a_whole", "values_of_named_items", "noun_named_with_the_last", "restated_after_or", "restated_by_this",
]
