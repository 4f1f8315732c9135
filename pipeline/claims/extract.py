"""From a parsed Doc to its list of claims (docs/CLAIMS.md dicts).

`extract_claims` walks the sentences; only those holding a number are
looked at in any detail. For each one, in this order:
1. find the figures (figures.py) and drop the non-claims (exclusions/,
   furniture, numbers inside names);
2. let bare numbers take their list's unit and the paragraph's currency
   (units_in_context.py);
3. describe each figure on its own: comparison, trigger and direction,
   metric (describe.py, with triggers.py and metric.py);
4. fill what the sentence leaves out from the figures before it: references
   back and pronouns (references.py), ellipsis (ellipsis.py), list items
   (lists/), then a named measure's unit (units_in_context.py);
5. add time, source and qualifiers (context.py) and write the dicts
   (record.py).
Some steps remember the paragraph so far (paragraphs.py says where one
starts): its currency, its last measure and claim, its resolved pronouns.
"""
from spacy.attrs import ORTH

from pipeline.claims import context, describe, elided_nouns, ellipsis, lists, paragraphs, purposes, record, references, units_in_context
from pipeline.claims.exclusions import exclusion
from pipeline.claims.lists import whole_first
from pipeline.claims.figures import find_figures, join_target_first, may_open_figure
from pipeline.claims.words import words_from_span
from pipeline.furniture import in_furniture
from pipeline.tokenize import sentence_ranges


def extract_claims(doc):
    sentences = sentence_ranges(doc)
    token_texts = _token_texts(doc)
    first_of_paragraph = paragraphs.paragraph_starts(doc, sentences)
    end_of_paragraph = paragraphs.paragraph_ends(first_of_paragraph)
    text = doc.text          # spaCy joins the tokens anew on each doc.text
    entities = list(doc.ents)
    times = context.TimePhrases(doc)
    claims = []
    measure = None       # the paragraph's last named measure ("рейтинг — 2804")
    earlier_measure = None   # the last measure of an earlier paragraph, for later "Погонина (2440)"
    money = None         # the paragraph's last currency ("18,6 млрд рублей. Из них 4,2 млрд")
    previous = None      # the paragraph's last claim, for "это на 9 больше"
    last_claim = None    # the last claim so far, whatever its paragraph, for "«Это почти 36 тысяч рублей"
    line_before = None   # (sentence index, its claims) of the last sentence with claims, for list items
    resolved = {}        # the paragraph's pronouns already resolved: {token index: (span, head)}
    lead = None          # what a list led in by a colon measures ("средства распределены так:")
    claim_before_colon = None   # the last claim before a lead-in, for "По районам разброс заметный:"
    paragraph_found = []  # the paragraph's claims so far, for a figure whose clause leaves its metric out
    rouble = units_in_context.rouble_of_document(doc)   # Russian, or another country's ("BYN")
    for index, sentence in enumerate(sentences):
        if first_of_paragraph[index] == index:
            earlier_measure = measure or earlier_measure
            measure = previous = None
            resolved = {}
            paragraph_found = []
            if not lists.continues_list(doc, sentences, index, line_before):
                money = None   # list items on lines of their own share one currency ('— 161 тыс.')
        if lists.ends_in_colon(doc, sentence):
            claim_before_colon = previous
        if not _may_hold_number(token_texts, *sentence):
            continue
        words = words_from_span(doc, *sentence, text=text)
        figures = [figure for figure in find_figures(words) if _is_claim(doc, words, figure, entities)]
        figures = units_in_context.share_units(words, figures)
        figures = units_in_context.foreign_roubles_in(words, figures, rouble)
        figures, money = units_in_context.carry_currency(words, figures, money, rouble)
        figures = units_in_context.fractional_numbers_measure(words, figures)
        figures = units_in_context.points_after_percentages(words, figures, paragraph_found, last_claim)
        figures = join_target_first(words, figures)
        found = [describe.describe(doc, words, figure, sentence) for figure in figures]
        if not found:
            continue
        sentence_before = sentences[index - 1] if index > first_of_paragraph[index] else None
        lists.metric_from_a_later_line(doc, found)
        lists.noun_before_figure_in_item(doc, found)
        ellipsis.change_noun_as_trigger(found)
        references.resolve_pronouns(doc, found, sentence, sentence_before, resolved, paragraph_found)
        # after the pronouns: 'он оценивается в 160 тыс. человек, что вдвое меньше'
        references.resolve_references(found, previous)
        references.comparisons_joined_by_and(doc, found)
        references.restated_after_colon(doc, found)
        ellipsis.target_after_dash(doc, found)
        ellipsis.target_after_change(doc, found)
        ellipsis.parallel_after_dash(doc, found)
        ellipsis.level_after_comma(doc, found)
        ellipsis.share_after_dash(doc, found)
        ellipsis.dash_equation_list(doc, found)
        ellipsis.shares_of_the_polled(found, paragraph_found)
        ellipsis.contrasted_figures(doc, found)
        ellipsis.earlier_values(doc, found)
        ellipsis.cap_on_the_figure_before(doc, found)
        lists.share_in_brackets(doc, found)
        lists.total_in_brackets(doc, found)
        lists.topic_before_colon(doc, found)
        lists.items_before_brackets(doc, found)
        lists.quantity_before_inner_colon(doc, found)
        lists.answers_of_the_polled(doc, found, paragraph_found)
        lead = lists.list_lead(doc, sentences, index, lead, claim_before_colon)
        if lead is not None:
            lead = lists.items_after_lead_in(doc, found, lead)
        if lists.continues_list(doc, sentences, index, line_before):
            lists.inherit_from_item_before(doc, found, line_before[1])
        lists.noun_named_with_the_last(doc, found)
        whole_first.parts_of_a_whole_named_first(doc, found)
        elided_nouns.count_with_its_own_verb(doc, found)
        elided_nouns.rest_of_a_whole(doc, found, paragraph_found)
        ellipsis.inherit_along_lists(doc, words, found)
        # after the lists' shared qualifiers: each figure's group is its own
        lists.groups_in_bracket_after_noun(doc, found)
        lists.counted_out_of(doc, found)
        lists.named_after_dash(doc, found)
        lists.values_of_named_items(doc, found, paragraph_found)
        lists.restated_after_or(doc, found)
        lists.restated_by_this(doc, found, last_claim)
        same_paragraph = line_before is not None and line_before[0] >= first_of_paragraph[index]
        lists.parts_of_a_whole(doc, found, line_before[1] if same_paragraph else [])
        ellipsis.change_of_the_topic(found, previous, paragraph_found)
        ellipsis.topic_of_an_elliptic_figure(doc, found, paragraph_found)
        ellipsis.share_of_the_count_before(found)
        elided_nouns.noun_left_out(doc, found, paragraph_found)
        purposes.metrics_of_purposes(found)
        purposes.metrics_of_payments(found)
        paragraph_found = paragraph_found + found
        line_before = (index, found)
        measure = units_in_context.apply_measure_units(doc, found, measure, earlier_measure)
        previous = last_claim = found[-1]
        first = first_of_paragraph[index]
        paragraph = sentences[first:index + 1]
        # sentences of earlier paragraphs, for a period set before ("Так, с начала года ...")
        before = sentences[max(0, first - context.TIME_LOOKBACK_SENTENCES):first]
        following = sentences[index + 1] if index + 1 < end_of_paragraph[index] else None
        _add_context(doc, found, sentence, paragraph, times, before,
                     sentences[end_of_paragraph[index] - 1], following)
        _add_heading_time(doc, found, paragraph[0], sentences[:first], times)
        claims.extend(record.to_dict(doc, text, item) for item in found)
    return claims


def _may_hold_number(texts, start, end):
    return any(may_open_figure(texts[i]) for i in range(start, end))


def _token_texts(doc):
    """Every token's text, read from the Doc's arrays rather than token by token."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def _is_claim(doc, words, figure, entities):
    char_start, char_end = words.starts[figure.start], words.ends[figure.end - 1]
    if in_furniture(doc, char_start, char_end):
        return False
    if exclusion(words, figure):
        return False
    # a count inside a name ("Phillips 66", "Формула 1") is part of the name
    if figure.unit == "count":
        token = words.tokens[figure.number_start]
        for entity in entities:
            if entity.start <= token.i < entity.end:
                return False
    return True


def _add_heading_time(doc, found, paragraph_first, sentences_before, times):
    """A list item with no period of its own covers the period of the
    lead-in line its list hangs from ("Цены за неделю, данные облстата:")."""
    if not lists.opens_item(doc, paragraph_first) or all(item.time for item in found):
        return
    period = context.heading_time(times, sentences_before, lambda s: lists.opens_item(doc, s))
    for item in found:
        item.time = item.time or period


def _add_context(doc, found, sentence, paragraph, times, before, paragraph_last, following):
    earlier = paragraph[:-1]
    source = context.claim_source(doc, sentence, paragraph[0], paragraph_last, following)
    for item in found:
        item.time = context.claim_time(times, sentence, earlier, sorted(item.inside), before)
        item.source = source
        if not item.qualifiers:
            metric_span, metric_head = item.metric if item.metric else (None, None)
            item.qualifiers = context.qualifiers(item.anchor, item.inside, metric_span, item.trigger,
                                                 item.time, metric_head, times(sentence))

