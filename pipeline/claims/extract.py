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
   (lists/), then a named measure's unit and the currency of a bare amount
   whose metric is a price or payment (units_in_context.py);
5. add time, source and qualifiers (context.py) and write the dicts
   (record.py).
Some steps remember the paragraph so far (paragraphs.py says where one
starts): its currency, its last measure and claim, its resolved pronouns.
"""
from spacy.attrs import ORTH, SPACY

from pipeline.claims import (carried_over, context, contests, describe, elided_nouns, ellipsis, lists, metric_ranker, paragraphs, polled_groups, purposes, record, references,
                             restated_fractions, share_bases, units_in_context)
from pipeline.claims.exclusions import exclusion
from pipeline.claims.lists import whole_first
from pipeline.claims.figures import find_figures, join_target_first, may_open_figure
from pipeline.claims.words import words_from_span
from pipeline.furniture import in_furniture
from pipeline.tokenize import sentence_ranges


class Reading:
    """What the walk over a document remembers from the sentences before a figure.

    Most of it is the paragraph's: a figure whose clause leaves out its metric,
    currency or measure takes it from the paragraph so far. A few things outlive
    the paragraph (the last claim, a list running on, a measure named earlier)."""

    def __init__(self, doc, sentences, text):
        self.doc = doc
        self.sentences = sentences
        self.first_of_paragraph = paragraphs.paragraph_starts(doc, sentences)
        self.end_of_paragraph = paragraphs.paragraph_ends(self.first_of_paragraph)
        self.rouble = units_in_context.rouble_of_document(doc, text)   # Russian, or another country's ("BYN")
        self.cent = units_in_context.cent_currency_of_document(doc, text)   # a hundredth of the dollar or the euro
        self.namesakes = frozenset()   # pounds and dollars of other countries named so far ("кипрских фунтов")
        self.measure = None       # the paragraph's last named measure ("рейтинг — 2804")
        self.earlier_measure = None   # the last measure of an earlier paragraph, for later "Погонина (2440)"
        self.money = None         # the paragraph's last currency ("18,6 млрд рублей. Из них 4,2 млрд")
        self.previous = None      # the paragraph's last claim, for "это на 9 больше"
        self.last_claim = None    # the last claim so far, whatever its paragraph, for "«Это почти 36 тысяч рублей"
        self.line_before = None   # (sentence index, its claims) of the last sentence with claims, for list items
        self.resolved = {}        # the paragraph's pronouns already resolved: {token index: (span, head)}
        self.lead = None          # what a list led in by a colon measures ("средства распределены так:")
        self.claim_before_colon = None   # the last claim before a lead-in, for "По районам разброс заметный:"
        self.paragraph_found = []  # the paragraph's claims so far, for a figure whose clause leaves its metric out
        self.document_found = []   # the document's claims so far, for a rival's share named once ('набрал 38,4% голосов')
        self.index = 0            # the sentence being read
        self.words = None         # its words

    def enter(self, index):
        """Move to sentence `index`, forgetting the paragraph's memory when one begins."""
        self.index = index
        if self.first_of_paragraph[index] == index:
            self.earlier_measure = self.measure or self.earlier_measure
            self.measure = self.previous = None
            self.resolved = {}
            self.paragraph_found = []
            if not self.continues_list():
                self.money = None   # list items on lines of their own share one currency ('— 161 тыс.')
        if lists.ends_in_colon(self.doc, self.sentences[index]):
            self.claim_before_colon = self.previous

    def paragraph_start(self):
        """The first token of the paragraph being read."""
        return self.sentences[self.first_of_paragraph[self.index]][0]

    def continues_list(self):
        return lists.continues_list(self.doc, self.sentences, self.index, self.line_before)

    def sentence_before(self):
        """The sentence before, if it is in the same paragraph or is the
        question the paragraph answers ('— А госдолг? — На 1 декабря он
        составил 11,3 млрд': the answer's pronoun stands for the question's noun)."""
        index = self.index
        if index > self.first_of_paragraph[index]:
            return self.sentences[index - 1]
        return self.sentences[index - 1] if index > 0 and self._asks(self.sentences[index - 1]) else None

    def _asks(self, sentence):
        return self.doc[sentence[0]:sentence[1]].text.rstrip().endswith("?")

    def money_claim_before(self):
        """The paragraph's last figure, when it is money ('квитанция на 9840 рублей')."""
        figure = self.previous.figure if self.previous is not None else None
        return figure if figure is not None and figure.unit in units_in_context.CURRENCIES else None

    def line_before_in_paragraph(self):
        """The claims of the last sentence with claims, if it is in the same paragraph."""
        same = self.line_before is not None and self.line_before[0] >= self.first_of_paragraph[self.index]
        return self.line_before[1] if same else []

    def remember(self, found):
        self.paragraph_found = self.paragraph_found + found
        self.document_found = self.document_found + found
        self.line_before = (self.index, found)
        self.money = units_in_context.money_by_metric(self.words, found, self.money, self.rouble)
        self.measure = units_in_context.apply_measure_units(self.doc, found, self.measure, self.earlier_measure)
        self.previous = self.last_claim = found[-1]


def extract_claims(doc):
    sentences = sentence_ranges(doc)
    token_texts = _token_texts(doc)
    text = _doc_text(doc, token_texts)   # spaCy joins the tokens anew on each doc.text
    entities = list(doc.ents)
    times = context.TimePhrases(doc)
    reading = Reading(doc, sentences, text)
    claims, settled_empty = [], []
    for index, sentence in enumerate(sentences):
        reading.enter(index)
        if not _may_hold_number(token_texts, *sentence):
            continue
        words = reading.words = words_from_span(doc, *sentence, text=text)
        figures = _figures_in_context(doc, words, entities, reading)
        found = [describe.describe(doc, words, figure, sentence) for figure in figures]
        if not found:
            continue
        for step in _FILLING_STEPS:
            step(doc, found, reading)
        reading.remember(found)
        _add_context(doc, found, reading, times)
        claims.extend(record.to_dict(doc, text, item) for item in found)
        settled_empty.extend(item.no_metric for item in found)
    # last, and only where no rule found a metric nor settled that there is none: the learned ranker's word
    return metric_ranker.fill_empty_metrics(doc, claims, settled_empty)


def _figures_in_context(doc, words, entities, reading):
    """The sentence's claim figures, bare numbers given the unit their context names."""
    figures = [figure for figure in find_figures(words) if _is_claim(doc, words, figure, entities)]
    figures = units_in_context.multiples_of_earnings(words, figures)
    figures = units_in_context.share_units(words, figures)
    figures = units_in_context.foreign_roubles_in(words, figures, reading.rouble)
    figures = units_in_context.cents_in(words, figures, reading.cent)
    reading.namesakes = units_in_context.foreign_namesakes_named(words, reading.namesakes)
    figures = units_in_context.foreign_namesakes_in(words, figures, reading.namesakes)
    figures = units_in_context.exchange_rates(words, figures, reading.rouble)
    figures, reading.money = units_in_context.carry_currency(words, figures, reading.money, reading.rouble,
                                                             reading.money_claim_before())
    figures = units_in_context.fractional_numbers_measure(words, figures)
    figures = units_in_context.index_points(words, figures, reading.paragraph_start())
    figures = units_in_context.points_after_percentages(words, figures, reading.paragraph_found, reading.last_claim)
    return join_target_first(words, figures)


# What a sentence leaves out, filled in this order. Each step takes (doc, found, reading);
# the ones that need only the sentence's own figures are wrapped by _alone.
def _alone(step):
    return lambda doc, found, reading: step(doc, found)


def _resolve_pronouns(doc, found, reading):
    sentence = reading.sentences[reading.index]
    references.resolve_pronouns(doc, found, sentence, reading.sentence_before(), reading.resolved, reading.paragraph_found)


def _refer_back(doc, found, reading):
    # after the pronouns: 'он оценивается в 160 тыс. человек, что вдвое меньше'
    references.resolve_references(found, reading.previous)


def _lists_led_in(doc, found, reading):
    reading.lead = lists.list_lead(doc, reading.sentences, reading.index, reading.lead, reading.claim_before_colon)
    if reading.lead is not None:
        reading.lead = lists.items_after_lead_in(doc, found, reading.lead)
    if reading.continues_list():
        lists.inherit_from_item_before(doc, found, reading.line_before[1])


_FILLING_STEPS = (
    # the sentence's own words
    _alone(lists.metric_from_a_later_line),
    _alone(lists.metric_from_the_next_label),
    _alone(lists.noun_before_figure_in_item),
    lambda doc, found, reading: ellipsis.change_noun_as_trigger(found),
    _resolve_pronouns,
    lambda doc, found, reading: references.general_nouns_pointing_back(found, reading.paragraph_found),
    _refer_back,
    _alone(references.comparisons_joined_by_and),
    _alone(references.restated_after_colon),
    # ellipsis inside the sentence
    _alone(ellipsis.target_after_dash),
    _alone(ellipsis.target_after_change),
    _alone(ellipsis.parallel_after_dash),
    # again, now that a gapped clause may have its own subject: 'OIBDA — на
    # 4,1%, до 35,2 млрд' ends where OIBDA's change ends, not the first clause's
    _alone(ellipsis.target_after_dash),
    _alone(ellipsis.level_after_comma),
    _alone(ellipsis.share_after_dash),
    _alone(ellipsis.dash_equation_list),
    lambda doc, found, reading: ellipsis.shares_of_the_polled(found, reading.paragraph_found),
    _alone(ellipsis.contrasted_figures),
    lambda doc, found, reading: ellipsis.earlier_values(doc, found, reading.previous),
    _alone(ellipsis.cap_on_the_figure_before),
    # brackets, colons and lists
    _alone(lists.share_in_brackets),
    _alone(lists.change_restated_in_brackets),
    _alone(lists.total_in_brackets),
    _alone(lists.topic_before_colon),
    _alone(lists.items_before_brackets),
    _alone(lists.quantity_before_inner_colon),
    _alone(lists.lead_before_inner_colon),
    lambda doc, found, reading: lists.answers_of_the_polled(doc, found, reading.paragraph_found),
    lambda doc, found, reading: polled_groups.shares_of_the_people_named(doc, found, reading.paragraph_start()),
    _lists_led_in,
    _alone(lists.noun_named_with_the_last),
    _alone(whole_first.parts_of_a_whole_named_first),
    _alone(elided_nouns.count_with_its_own_verb),
    lambda doc, found, reading: elided_nouns.rest_of_a_whole(doc, found, reading.paragraph_found),
    lambda doc, found, reading: ellipsis.inherit_along_lists(doc, reading.words, found),
    # the value compared against, once the compared figure has its metric
    _alone(lists.value_of_the_standard_in_brackets),
    # after the lists' shared qualifiers: each figure's group is its own
    _alone(lists.groups_in_bracket_after_noun),
    _alone(lists.counted_out_of),
    _alone(lists.named_after_dash),
    lambda doc, found, reading: lists.values_of_named_items(doc, found, reading.paragraph_found),
    _alone(lists.restated_after_or),
    lambda doc, found, reading: lists.restated_by_this(doc, found, reading.last_claim),
    lambda doc, found, reading: lists.parts_of_a_whole(doc, found, reading.line_before_in_paragraph()),
    # a dative before an item's dash is who gets the figure, once the items' own readings are done
    _alone(ellipsis.recipient_before_dash),
    # the paragraph before
    lambda doc, found, reading: ellipsis.change_of_the_topic(found, reading.previous, reading.paragraph_found),
    lambda doc, found, reading: ellipsis.topic_of_an_elliptic_figure(doc, found, reading.paragraph_found),
    _alone(lists.change_after_figure_in_bracket),
    lambda doc, found, reading: ellipsis.share_of_the_count_before(found),
    lambda doc, found, reading: elided_nouns.noun_left_out(doc, found, reading.paragraph_found),
    lambda doc, found, reading: elided_nouns.bare_figure_after_named_one(doc, found, reading.paragraph_found),
    # a part whose whole had no metric when the pronouns were read takes it now
    _alone(lambda doc, found: references.parts_of_a_whole_filled_later(found)),
    lambda doc, found, reading: purposes.metrics_of_purposes(found),
    lambda doc, found, reading: purposes.metrics_of_payments(found),
    _alone(lists.signed_change_of_the_figure_before),
    # again, now that purposes are known: '1,1 трлн рублей, что почти вдвое больше'
    # and '17,6 млрд руб., или 35 руб. на акцию' measure the purpose the sum was given to
    _refer_back,
    _alone(lists.restated_after_or),
    # and a sum restating a share given to a purpose measures that purpose, not the share's whole
    lambda doc, found, reading: purposes.sums_restating_a_share_given(found),
    # the document before
    lambda doc, found, reading: contests.what_each_rival_won(doc, found, reading.document_found,
                                                                reading.paragraph_found),
    # last: the base a percent is reckoned from, only when nothing else named what it measures
    _alone(share_bases.base_of_a_share_left_empty),
    # and after that, 'ещё N' and a bare half or third carry on what the paragraph has just measured
    lambda doc, found, reading: carried_over.metrics_carried_over(doc, found, reading.paragraph_found,
                                                                  reading.document_found),
    # and a level joined by 'и' to a change right before it: 'увеличен на 20% и составит $1,08 млн'
    _alone(carried_over.levels_after_a_change),
    # and, once the fraction has its metric, 'почти половина (48,5%)' restates it
    _alone(restated_fractions.figures_restating_a_fraction),
)


def _may_hold_number(texts, start, end):
    return any(may_open_figure(texts[i]) for i in range(start, end))


def _token_texts(doc):
    """Every token's text, read from the Doc's arrays rather than token by token."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def _doc_text(doc, token_texts):
    """doc.text, joined from the token texts already read: spaCy's own doc.text
    makes a Token object for every word, which costs several times more."""
    spaces = doc.to_array(SPACY).tolist()
    return "".join([text + " " if space else text for text, space in zip(token_texts, spaces)])


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


def _add_context(doc, found, reading, times):
    """Time, source and qualifiers, read from the sentence, its paragraph and
    the sentences before."""
    index, sentences = reading.index, reading.sentences
    first = reading.first_of_paragraph[index]
    end = reading.end_of_paragraph[index]
    paragraph = sentences[first:index + 1]
    # sentences of earlier paragraphs, for a period set before ("Так, с начала года ...")
    before = sentences[max(0, first - context.TIME_LOOKBACK_SENTENCES):first]
    following = sentences[index + 1] if index + 1 < end else None
    _add_time_source_qualifiers(doc, found, sentences[index], paragraph, times, before, sentences[end - 1], following)
    _add_heading_time(doc, found, paragraph[0], sentences[:first], times)


def _add_heading_time(doc, found, paragraph_first, sentences_before, times):
    """A list item with no period of its own covers the period of the
    lead-in line its list hangs from ("Цены за неделю, данные облстата:")."""
    if not lists.opens_item(doc, paragraph_first) or all(item.time for item in found):
        return
    period = context.heading_time(times, sentences_before, lambda s: lists.opens_item(doc, s))
    for item in found:
        item.time = item.time or period


def _add_time_source_qualifiers(doc, found, sentence, paragraph, times, before, paragraph_last, following):
    earlier = paragraph[:-1]
    source = context.claim_source(doc, sentence, paragraph[0], paragraph_last, following, earlier)
    for item in found:
        item.time = context.claim_time(times, sentence, earlier, sorted(item.inside), before)
        item.source = None if context.stated_for_another_clause(doc, source, sentence, sorted(item.inside)) else source
        if not item.qualifiers:
            metric_span, metric_head = item.metric if item.metric else (None, None)
            item.qualifiers = context.qualifiers(item.anchor, item.inside, metric_span, item.trigger,
                                                 item.time, metric_head, times(sentence))
        item.qualifiers = context.without_non_qualifiers(item.qualifiers, item, times(sentence))
    _comparisons_keep_the_qualifiers(found)


def _comparisons_keep_the_qualifiers(found):
    """'В 2025 году на дорогах области произошло 2 418 ДТП — на 6,3% меньше,
    чем годом ранее': a comparison that refers back to a claim of its sentence
    measures the same thing in the same place and group, so it takes that
    claim's qualifiers when it names none of its own."""
    for k, item in enumerate(found):
        if not item.refers_back or item.qualifiers or item.metric is None:
            continue
        referred = next((e for e in reversed(found[:k]) if not e.refers_back), None)
        if referred is not None and referred.metric is not None and referred.metric[1].i == item.metric[1].i:
            item.qualifiers = list(referred.qualifiers)

