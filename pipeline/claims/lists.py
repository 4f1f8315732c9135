"""Figures in lists: items that name only a label and a figure.

A list written one item a line ("— Бердск — 136;", "• Москва — 6,1 млн кв. м")
is cut into one sentence per line, so the ellipsis of its items reaches back
into the line before: a bare figure of an item takes the metric of the item
before it (CLAIMS.md, ellipsis and lists); the label before the dash is what
sets the item apart, its qualifier.

A list led in by a clause ending in a colon ("По отраслям средства
распределены так: — образование — 10,9 млрд рублей; — культура — 612 млн")
measures what that clause names: its subject, or with a linking verb the
predicate noun ("Лидерами по вводу стали: • Москва — 6,1 млн кв. м"); each
item's label is its qualifier.

Parts of a whole ("Грузооборот составил 98 млн т. В том числе: нефть —
61,3 млн т, уголь — 27,9 млн т") measure what the lead-in's figure
measures; what singles a part out is its qualifier.

A share in brackets right after a figure ("1 204 ДТП (49,8% от общего
числа)", "76,4 млн человек (-1,8%)") is the share or change of what that
figure measures.

An item named right before a bracket that holds only its figure
("Подешевели сахар (на 1,3%), гречневая крупа (на 0,8%)", "граждане
Казахстана (17%) и Армении (9%)") is what that figure measures: each item
of the list is its own subject; a genitive joined to another one
('Армении') leaves its head noun out, which it takes, and qualifies it.

"N из M" counts a part of a whole of the same things: "412 806 избирателей
из 1 066 684 включённых в списки" counts voters twice, the participle after
the whole only qualifies it; "В округах кандидаты победили в 19 из 20"
leaves the noun out of both, and the plural noun the sentence put after the
same preposition before them is it.

A figure that a dash explains ("из них 4,1 млрд — федеральные средства")
is the size of the thing named after the dash, which ends the clause.

A figure after a named item of a ranking ("на третьем — интернет-магазин
«Стройкорзина» с 4,6%", "мультфильм «Снежный кот» (980 млн рублей)")
names no measure: it gives the item's value of what the paragraph's
ranking measures, the nearest claim of the same kind of unit; the item is
its qualifier.

Figures joined by "и" may name their noun only once, with the last one
("заменить 186 км ветхих водопроводных и 74 км тепловых сетей"): a figure
followed by adjectives alone counts the noun of the figure after it.

A figure after ", или" restates the figure before it in another unit
("9,1 млн т, или 71%", "2,9 тыс. человек, или 0,1%"): the same quantity,
so the same metric and the same verb.
"""
from functools import lru_cache

from pipeline.claims import context, dashes, metric, subjects, triggers, word_kinds
from pipeline.claims.lexicon import load_json, normalize, skipped_before_figure
from pipeline.claims.part_openers import part_opener_span
from pipeline.claims.triggers import SIGN_DIRECTIONS
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


def noun_before_figure_in_item(doc, found):
    """'– пшеница: убрано 812 тыс. га, урожайность 32,1 ц/га;': in a list
    line, a nominative noun that opens its comma-part and stands right before
    a figure with no metric labels that figure, as a dash would."""
    for item in found:
        if item.metric is not None or doc[_first_word(doc, _line_start(doc, item), item.sentence[1])].text \
                not in dashes.LIST_MARKERS:
            continue
        before = item.tokens[0].i - 1
        while before > item.sentence[0] and normalize(doc[before].text) in skipped_before_figure("bounds"):
            before -= 1
        noun = doc[before]
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


def _first_word(doc, start, end):
    for index in range(start, end):
        if not doc[index].is_space:
            return index
    return None


def inherit_from_item_before(doc, found, earlier):
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
    dash = dashes.dash_before(item.inside, doc)
    if dash is None:
        return None
    start = dash
    while start > item.sentence[0] and doc[start - 1].text not in dashes.LIST_MARKERS | {";", ",", ":"} \
            and not doc[start - 1].is_space:
        start -= 1
    return (start, dash) if start < dash else None


def share_in_brackets(doc, found):
    """'1 204 ДТП (49,8% от общего числа)': a percent that opens a bracket
    right after another figure's phrase takes that figure's metric."""
    for k, item in enumerate(found):
        if k == 0 or (item.metric is not None and not _a_period(item.metric[1])) or item.figure.unit != "percent":
            continue
        bracket = _bracket_before(doc, item.tokens[0].i)
        if bracket is None:
            continue
        donor = found[k - 1]
        if donor.metric is None or donor.figure.unit == "percent":
            continue
        donor_end = max(donor.tokens[-1].i, donor.metric[0][1] - 1)
        if _rest_of_the_phrase(doc[donor_end + 1:bracket]):
            # '(-1,8%)': its direction came from the sign (triggers.sign_direction)
            item.metric = donor.metric


def earlier_value_in_brackets(doc, found):
    """'с долей 27% (годом ранее — 24%)': a bracket right after a figure that
    gives a period, a dash and a figure of the same kind holds the earlier
    value of the same quantity, so it measures what that figure measures."""
    for k, item in enumerate(found):
        if k == 0:
            continue
        donor = found[k - 1]
        bracket = _bracket_opening_a_period(doc, item)
        if bracket is None or donor.metric is None or donor.tokens[-1].i + 1 != bracket \
                or not same_kind(donor.figure.unit, item.figure.unit):
            continue
        item.metric = donor.metric


# Words a period may take between '(' and its dash ('(годом ранее — 24%)', '(в 2024 году — 31)').
BRACKETED_PERIOD_WORDS = 4


def _bracket_opening_a_period(doc, item):
    """Index of the '(' of '(<period> — figure)', or None."""
    last = item.tokens[-1].i
    if last + 1 >= len(doc) or doc[last + 1].text != ")":
        return None
    dash = dashes.dash_before(item.inside, doc)
    if dash is None:
        return None
    start = dash - 1
    while start >= 0 and doc[start].text != "(" and dash - start <= BRACKETED_PERIOD_WORDS + 1:
        start -= 1
    if start < 0 or doc[start].text != "(":
        return None
    period = doc[start + 1:dash]
    times = context.time_phrases(doc, start + 1, dash)
    return start if len(period) and times and times[0][0] == start + 1 and times[-1][1] == dash else None


def topic_before_colon(doc, found):
    """'Аренда: однушку сдают за 27 тыс. рублей в месяц, двушку — за 36,5
    тыс.': a noun alone before a colon that opens the sentence names what the
    sentence's figures measure. A figure with no metric of its own takes it;
    so does one whose metric is only the label before its dash ('двушку'),
    which becomes its qualifier."""
    if not found:
        return
    topic = _topic_before_colon(doc, found[0].sentence)
    if topic is None:
        return
    for item in found:
        label = _label_before_dash(doc, item)
        if item.metric is None:
            item.metric = topic
        elif label is not None and label[0] <= item.metric[1].i < label[1]:
            item.metric = topic
            item.qualifiers = [label]


def _label_before_dash(doc, item):
    """(start, end) of the words between a ',' or ':' and a dash before the
    figure, which may keep its preposition ('двушку — за 36,5 тыс.'), or None."""
    dash = item.tokens[0].i - 1
    while dash > item.sentence[0] and (doc[dash].pos_ == "ADP"
                                       or normalize(doc[dash].text) in skipped_before_figure("bounds")):
        dash -= 1
    if doc[dash].text not in dashes.DASHES or triggers.is_sign(doc[dash]):
        return None
    start = dash
    while start > item.sentence[0] and doc[start - 1].text not in {",", ";", ":"}:
        start -= 1
    return (start, dash) if start < dash else None


def _topic_before_colon(doc, sentence):
    """(span, head) of 'Noun:' opening the sentence with words after the colon, or None."""
    first = _first_word(doc, *sentence)
    if first is None or first + 2 >= sentence[1] or doc[first + 1].text != ":":
        return None
    noun = doc[first]
    if noun.pos_ != "NOUN" or "Nom" not in noun.morph.get("Case") or word_kinds.names_person(noun):
        return None
    return (first, first + 1), noun


# Words of the figure's own phrase that may stand before its bracket
# ('412 тыс. баррелей нефтяного эквивалента в сутки (+3,1%)').
PHRASE_BEFORE_BRACKET = 5


def _rest_of_the_phrase(gap):
    words = [t for t in gap if not t.is_space]
    return len(words) <= PHRASE_BEFORE_BRACKET and not any(
        t.is_punct or t.pos_ in ("VERB", "AUX", "NUM") or t.like_num for t in words)


def _a_period(noun):
    """'(+3,1% год к году)': a period noun is the base of the change, never what it measures."""
    lexicon = context.context_lexicon()
    return word_kinds.lemma_of(noun) in lexicon["time_nouns"] | lexicon["months"]


def items_before_brackets(doc, found):
    """'Подешевели сахар (на 1,3%), гречневая крупа (на 0,8%)': a figure
    alone in a bracket measures the item named right before the bracket,
    not the first subject of the verb. A metric of the bracket's own ('(20%
    рынка)') stands; a bracket after another figure is share_in_brackets'."""
    for item in found:
        bracket = _bracket_around(doc, item)
        if bracket is None or (item.metric is not None and item.metric[1].i > bracket):
            continue
        counted = _counted_before_bracket(doc, bracket, item)
        if counted is not None:
            item.metric = (metric.phrase(counted, item.inside), counted)
            continue
        named = _item_named_before(doc, bracket, found)
        if named is None:
            continue
        head, joined = named
        if joined is None:
            # the item runs up to the bracket ('граждане Казахстана (17%)')
            item.metric = ((metric.phrase(head)[0], bracket), head)
        else:
            # 'граждане Казахстана (17%) и Армении (9%)': 'граждане' left out
            item.metric = ((head.i, head.i + 1), head)
            item.qualifiers = [(joined.i, joined.i + 1)]


def _counted_before_bracket(doc, bracket, item):
    """'справочник компаний (более 17000)': a bare count with no metric, alone
    in a bracket after a genitive plural, counts that noun, which stands in
    the form a count asks for."""
    if item.metric is not None or item.figure.unit != "count" or bracket == 0:
        return None
    noun = doc[bracket - 1]
    if noun.pos_ != "NOUN" or "Gen" not in noun.morph.get("Case") or "Plur" not in noun.morph.get("Number") \
            or word_kinds.after_preposition(noun) or word_kinds.names_period(noun):
        return None
    return noun


def _bracket_around(doc, item):
    """Index of the '(' of a bracket holding only the figure (its sign,
    preposition and bound words), or None."""
    last = item.tokens[-1].i
    if last + 1 >= len(doc) or doc[last + 1].text != ")":
        return None
    index = item.tokens[0].i - 1
    while index >= 0 and (doc[index].text in SIGN_DIRECTIONS
                          or normalize(doc[index].text) in skipped_before_figure("bounds_and_prepositions")):
        index -= 1
    return index if index >= 0 and doc[index].text == "(" else None


def _item_named_before(doc, bracket, found):
    """(noun, joined genitive or None) of the list item whose last word stands
    right before the bracket: a nominative common noun, no name, no
    circumstance after a preposition, no word of another figure."""
    if bracket == 0:
        return None
    token, joined = doc[bracket - 1], None
    if any(token.i in other.inside for other in found):
        return None
    # climb from a genitive to the noun it belongs to ('граждане Казахстана'):
    # that noun stands right before it, wherever the parser hung the genitive
    while "Gen" in token.morph.get("Case") and not word_kinds.after_preposition(token) and token.i > 0:
        if token.dep_ == "conj" and joined is None and token.head.i < token.i \
                and "Gen" in token.head.morph.get("Case"):
            joined, token = token, token.head
        elif doc[token.i - 1].pos_ == "NOUN":
            token = doc[token.i - 1]
        else:
            break
    if token.pos_ != "NOUN" or not word_kinds.may_be_nominative(token) or word_kinds.after_preposition(token) \
            or word_kinds.names_person(token) or any(token.i in other.inside for other in found):
        return None
    return token, joined


def counted_out_of(doc, found):
    """'N X из M': the whole M counts what the part N counts. A whole whose
    own word is no noun ('из 1 066 684 включённых в списки') takes the part's
    noun and keeps its word as a qualifier; a pair with no noun at all ('в 19
    из 20') counts the plural noun that stood after the same preposition
    earlier in the sentence ('В одномандатных округах')."""
    for part, whole in zip(found, found[1:]):
        if not _out_of(doc, part, whole):
            continue
        if part.metric is not None and (whole.metric is None or not _names_a_thing(whole.metric[1])):
            if whole.metric is not None and whole.metric[1].i > whole.tokens[-1].i:
                word = whole.metric[1]       # the participle with its words ('включённых в списки')
                whole.qualifiers = [(word.i, min(word.right_edge.i + 1, whole.sentence[1]))]
            (start, end), head = part.metric
            if head.i < whole.tokens[0].i:
                # the part's noun ends at 'из' ('акционеров', not 'акционеров из 530 ...')
                end = min(end, whole.tokens[0].i - 1)
            else:
                # 'двух из трёх указанных особенностей': the noun after the whole
                # is shared, so its phrase starts past the whole's number
                start = max(start, whole.tokens[-1].i + 1)
            part.metric = whole.metric = ((start, end), head)
        elif part.metric is None and whole.metric is None and _ends_bare(doc, whole):
            noun = _plural_after_same_preposition(doc, part)
            if noun is not None:
                part.metric = whole.metric = (metric.phrase(noun, part.inside), noun)


def _out_of(doc, part, whole):
    """Whether 'из' joins the part (with its noun, if any) to the whole."""
    before_whole = whole.tokens[0].i - 1
    if before_whole <= part.tokens[-1].i or normalize(doc[before_whole].text) not in _words("out_of_words"):
        return False
    if before_whole == part.tokens[-1].i + 1:
        return True
    return part.metric is not None and part.metric[1].i == before_whole - 1 and part.metric[1].i > part.tokens[-1].i


def _names_a_thing(token):
    """A noun, not a participle the tagger took for one ('внесённых', lemma 'внести')."""
    return token.pos_ == "NOUN" and not word_kinds.lemma_of(token).endswith(word_kinds.INFINITIVE_ENDINGS)


def _ends_bare(doc, item):
    after = item.tokens[-1].i + 1
    return after >= item.sentence[1] or doc[after].is_punct


def _plural_after_same_preposition(doc, part):
    """'В округах ... победили в 19 из 20': the plural noun governed earlier
    in the sentence by the preposition the part stands after."""
    before = part.tokens[0].i - 1
    if before < part.sentence[0] or doc[before].pos_ != "ADP":
        return None
    preposition = normalize(doc[before].text)
    for token in doc[part.sentence[0]:before]:
        if token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") \
                and any(normalize(c.text) == preposition for c in token.children if c.dep_ == "case"):
            return token
    return None


def named_after_dash(doc, found):
    """'составил 6,7 млрд рублей, из них 4,1 млрд — федеральные средства': a
    part followed by a dash and a noun phrase that ends the clause is the
    size of that noun's thing. The verb of the whole before it is not the
    part's: the part is only named, neither reached nor changed."""
    for k, item in enumerate(found):
        noun = _noun_phrase_after_dash(doc, item)
        if noun is None:
            continue
        head, end = noun
        item.metric = ((metric.phrase(head, item.inside)[0], end), head)
        if item.trigger is not None and any(d.trigger is not None and d.trigger.i == item.trigger.i for d in found[:k]):
            item.trigger = item.direction = item.change = None


def _noun_phrase_after_dash(doc, item):
    """(noun, end) of 'ADJ* NOUN' right after a dash after the figure, when a
    punctuation mark or the sentence end follows it; else None."""
    dash = item.tokens[-1].i + 1
    if dash >= item.sentence[1] or doc[dash].text not in dashes.DASHES or triggers.is_sign(doc[dash]):
        return None
    index = dash + 1
    while index < item.sentence[1] and doc[index].pos_ == "ADJ":
        index += 1
    if index >= item.sentence[1]:
        return None
    head = doc[index]
    if head.pos_ != "NOUN" or not word_kinds.may_be_nominative(head) or word_kinds.is_number_phrase(head):
        return None
    after = index + 1
    if after < item.sentence[1] and not doc[after].is_punct:
        return None
    return head, after


def values_of_named_items(doc, found, earlier):
    """'На втором месте — фильм «Станция 9» с 1,2 млрд': a bare figure after
    a name (its closing quote or a proper noun) and 'с' or '(' measures what
    the claim of the same kind of unit before it measures."""
    for k, item in enumerate(found):
        name_end = _name_before(doc, item)
        if name_end is None:
            continue
        donor = next((d for d in reversed(list(earlier) + found[:k]) if d.metric is not None
                      and same_kind(d.figure.unit, item.figure.unit)), None)
        if donor is None:
            continue
        item.metric = donor.metric
        start = name_end
        while start > item.sentence[0] and doc[start - 1].text not in dashes.DASHES | {",", ";", ":", "("}:
            start -= 1
        item.qualifiers = [(start, name_end)]


def _name_before(doc, item):
    """End of the name right before 'с' or '(' that stands before a bare
    figure ('«Стройкорзина» с 4,6%'), or None."""
    after = item.tokens[-1].i + 1
    if after < item.sentence[1] and doc[after].pos_ == "NOUN" and not word_kinds.is_number_phrase(doc[after], item.inside):
        return None      # a noun of its own after the figure
    index = item.tokens[0].i - 1
    while index >= 0 and normalize(doc[index].text) in skipped_before_figure("bounds"):
        index -= 1
    if index < 1 or normalize(doc[index].text) not in _words("named_value_words"):
        return None
    if doc[index].text == "(" and (after >= len(doc) or doc[after].text != ")"):
        return None
    name = doc[index - 1]
    # a name in another case belongs to a noun before it ('граждане Казахстана (17%)')
    named = name.text in word_kinds.QUOTES or (name.pos_ == "PROPN" and "Nom" in name.morph.get("Case"))
    return index if named else None


def noun_named_with_the_last(doc, found):
    """'186 км ветхих водопроводных и 74 км тепловых сетей': a figure with no
    metric whose adjectives lead up to 'и' or ',' and the next figure takes
    that figure's noun."""
    for item, following in zip(found, found[1:]):
        if following.metric is None or following.metric[1].i < following.tokens[-1].i \
                or not same_kind(item.figure.unit, following.figure.unit):
            continue
        if _numbers_joined(doc, item, following):
            head = following.metric[1]
            item.metric = ((head.i, head.i + 1), head)
            continue
        if item.metric is not None:
            continue
        index = item.tokens[-1].i + 1
        adjectives = index
        while index < following.tokens[0].i and doc[index].pos_ == "ADJ":
            index += 1
        if index == adjectives or index + 1 != following.tokens[0].i or normalize(doc[index].text) not in _words("shared_noun_joiners"):
            continue
        head = following.metric[1]
        item.metric = ((head.i, head.i + 1), head)


def _numbers_joined(doc, item, following):
    """'мамочки двоих и троих детей', 'двух или трёх дней': a count joined
    straight to the next one counts the noun named after that one, whatever
    noun before it the parser hung it on."""
    joiner = item.tokens[-1].i + 1
    if item.figure.unit != "count" or joiner + 1 != following.tokens[0].i:
        return False
    if item.metric is not None and item.metric[1].i > item.tokens[-1].i:
        return False
    return normalize(doc[joiner].text) in _words("numeral_joiners")


def restated_after_or(doc, found):
    """'отгрузили 9,1 млн т, или 71%', 'составила 2,9 тыс. человек, или 0,1%
    рабочей силы': the figure after ', или' gives the figure before it in
    another unit, so it measures the same thing, with the same verb. A share
    with its own genitive right after it keeps it ('9 тыс. человек, или 47%
    выпускников' counts the graduates).

    After ', это', '— это' or ', то есть' ('12 мм дождя — это почти треть
    нормы') the pronoun stands for the figure before, so the figure told
    again measures what that one does; its own genitive is only the base.
    A change ('это на 8% больше') is references.py's to read."""
    for k, item in enumerate(found):
        if k == 0:
            continue
        donor = found[k - 1]
        joined = _restating_link(doc, item.tokens[0].i, donor)
        if joined is None or donor.metric is None:
            continue
        if joined == "or" and _own_genitive(item):
            continue
        if joined == "back" and item.figure.preposition is not None:
            continue
        item.metric = donor.metric
        if joined == "or" and item.trigger is None and donor.trigger is not None:
            item.trigger, item.direction = donor.trigger, donor.direction
            item.change = triggers.change_of(item.figure, item.direction)


# Words that may stand between the figure before and ', или' (its noun, its base: '1,2% ВВП, или').
RESTATED_GAP = 3


def _restating_link(doc, first, donor):
    """How the figure at token `first` restates the donor figure close before
    it: "or" after ', или', "back" after a comma or dash and a word pointing
    back ('это', 'то есть'), else None. Bound words may follow the link
    ('или примерно', 'это почти')."""
    index = first - 1
    while index >= 0 and normalize(doc[index].text) in _words("restating_bounds"):
        index -= 1
    if index < 1:
        return None
    if normalize(doc[index].text) == "или" and doc[index - 1].text == ",":
        link, opening = "or", index - 1
    else:
        link, opening = "back", _opening_of_pointing_back(doc, index)
        if opening is None:
            return None
    gap = doc[donor.tokens[-1].i + 1:opening]
    if len(gap) > RESTATED_GAP or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in gap):
        return None
    return link


def _opening_of_pointing_back(doc, last):
    """Index of the comma or dash before a pointing-back phrase that ends at
    token `last` ('— это', ', то есть'), or None."""
    for phrase in _words("pointing_back_words"):
        words = phrase.split()
        start = last - len(words) + 1
        if start < 1 or [normalize(t.text) for t in doc[start:last + 1]] != words:
            continue
        if doc[start - 1].text == "," or doc[start - 1].text in dashes.DASHES:
            return start - 1
    return None


def _own_genitive(item):
    head = item.metric[1] if item.metric is not None else None
    return head is not None and head.i == item.tokens[-1].i + 1 and "Gen" in head.morph.get("Case")


def _bracket_before(doc, first):
    """Index of '(' right before a figure (a sign may stand between), or None."""
    index = first - 1
    if index >= 0 and doc[index].text in SIGN_DIRECTIONS:
        index -= 1
    return index if index >= 0 and doc[index].text == "(" else None


def parts_of_a_whole(doc, found, claims_before):
    """Figures after 'в том числе' are parts of the quantity the lead-in's
    figure measures (in this sentence, or in the sentence before when the
    phrase opens this one): they take its metric, and the words naming the
    part ('нефть —', '31% женщин') become their qualifier. A part with a
    trigger of its own clause states a change of its own and keeps its metric;
    a count keeps the noun it counts (CLAIMS.md)."""
    sentence_start = found[0].sentence[0] if found else 0
    opener = part_opener_span(doc, sentence_start, found[0].sentence[1]) if found else None
    if opener is None:
        return
    lead_ins = [item for item in found if item.tokens[-1].i < opener[0]] or list(claims_before)
    for item in found:
        if item.tokens[0].i < opener[1] or item.comparative is not None or item.refers_back:
            continue
        if item.trigger is not None and item.trigger.i >= opener[1]:
            continue
        if item.figure.unit == "count" and item.metric is not None and item.metric[1].i > item.tokens[-1].i:
            continue      # 'эвакуированы 900 человек, в том числе 250 детей': a count keeps its noun
        donor = next((d for d in reversed(lead_ins) if d.metric is not None
                      and same_kind(d.figure.unit, item.figure.unit)), None)
        if donor is None:
            continue
        label = _part_label(doc, item, opener)
        item.metric = donor.metric
        if label is not None:
            item.qualifiers = [label]


def _part_label(doc, item, opener):
    """What singles a part out: the label before its dash ('уголь — 27,9 млн т')
    or the phrase the figure is a share of ('31% женщин')."""
    label = item_label(doc, item)
    if label is not None:
        start, end = label
        return (max(start, opener[1]), end) if max(start, opener[1]) < end else None
    if item.metric is not None and item.metric[0][0] > item.tokens[-1].i:
        return item.metric[0]
    return None


def lead_in_metric(doc, sentence):
    """(span, head) of what a list's lead-in clause names, or None: the subject
    of its verb ('средства распределены так:'), or with a linking verb the
    predicate noun, narrowed to the measure it is about ('Лидерами по вводу
    стали:' -> 'вводу'). Only a clause that ends in a colon leads a list in."""
    start, end = sentence
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or words[-1].text != ":":
        return None
    root = next((t for t in words if t.dep_ == "root"), None)
    if root is None:
        return None
    if root.pos_ not in ("VERB", "AUX"):
        return _heading_measure(root, words)
    if word_kinds.lemma_of(root) in predicate_verbs():
        head = _predicate_measure(root)
    else:
        head = subjects.subject_of(root)
    if head is None or head.pos_ not in word_kinds.NOUNISH or word_kinds.names_person(head):
        return None
    return metric.phrase(head), head


def _heading_measure(root, words):
    """'Цены по районам (вторичный рынок, февраль):', 'Цены на топливо:': a
    heading with no verb whose head is a quantity noun names what each item
    measures. A noun that only gathers named measures ('Основные показатели
    квартала:') leaves each item its own label."""
    if root.pos_ != "NOUN" or "Nom" not in root.morph.get("Case") or word_kinds.after_preposition(root):
        return None
    if any(word_kinds.finite_verb(t) for t in words):
        return None
    lemma = word_kinds.lemma_of(root)
    if lemma not in word_kinds.measure_words("quantity_nouns") or lemma in _words("gathering_heading_nouns"):
        return None
    return metric.phrase(root), root


@lru_cache(maxsize=None)
def _words(key):
    """One word list of models/claims/lists.json, normalized."""
    return frozenset(normalize(word) for word in load_json("lists.json")[key])


@lru_cache(maxsize=None)
def predicate_verbs():
    return frozenset(normalize(word) for word in load_json("lists.json")["predicate_verbs"])


def _predicate_measure(verb):
    """'Лидерами по вводу стали', 'В лидерах по вывозу оказались': the
    predicate noun (instrumental, or after 'в'), or the noun after its 'по'."""
    predicate = next((c for c in verb.children if c.dep_ in ("xcomp", "obl") and c.pos_ in word_kinds.NOUNISH
                      and ("Ins" in c.morph.get("Case")
                           or any(normalize(g.text) == "в" for g in c.children if g.dep_ == "case"))), None)
    if predicate is None:
        return None
    return next((c for c in predicate.children if c.dep_ == "nmod" and c.pos_ in word_kinds.NOUNISH
                 and any(normalize(g.text) == "по" for g in c.children if g.dep_ == "case")), predicate)


def items_after_lead_in(doc, found, lead):
    """Items 'label — figure' of a list led in by `lead` measure it; the
    label is the qualifier. An item with a verb of its own keeps its metric;
    so does one with a noun of its own after the figure ('— Новосибирск —
    1 204 ДТП'), and the items after it take that noun by ellipsis instead.
    Returns the lead still in force for the lines that follow."""
    for item in found:
        if lead is None:
            break
        label = item_label(doc, item) or _label_before_colon(doc, item) or _label_after_marker(doc, item)
        if label is None or item.comparative is not None:
            continue
        if _verb_of_its_own(doc, item, label):
            continue
        if _own_noun_after(doc, item):
            lead = None
            continue
        item.metric = lead
        item.qualifiers = [label]
    return lead


def _verb_of_its_own(doc, item, label):
    """Whether the item states a change of its own, with a trigger on its own
    line after its label. A bare change noun ('742 рубля за кубометр, рост на
    9,8%') changes what the list measures, and so does a price verb ('-
    бананы подешевели на 3,1%' under 'Цены:'), whose subject is the goods."""
    trigger = item.trigger
    if trigger is None or trigger.i < label[0] or trigger.i < _line_start(doc, item):
        return False
    return not triggers.bare_change_noun(trigger) and word_kinds.lemma_of(trigger) not in _words("price_verbs")


def _line_start(doc, item):
    """Index of the first token of the line the item's figure stands on
    (razdel may join list lines into one sentence)."""
    index = item.tokens[0].i
    while index > item.sentence[0] and "\n" not in doc[index - 1].text:
        index -= 1
    return index


def _label_before_colon(doc, item):
    """'— холодная вода: с 48,76 до 54,22 рубля (+11,2%)': (start, end) of
    the words between the item's marker and the colon its figures follow,
    or None when the item has no such colon."""
    colon = None
    for index in range(item.tokens[0].i - 1, item.sentence[0] - 1, -1):
        token = doc[index]
        if token.text == ":":
            colon = index
            break
        if _ends_item(token) or token.text in dashes.LIST_MARKERS:
            return None
    if colon is None:
        return None
    start = colon
    while start > item.sentence[0] and not _ends_item(doc[start - 1]) \
            and doc[start - 1].text not in dashes.LIST_MARKERS:
        start -= 1
    return (start, colon) if start < colon else None


def _label_after_marker(doc, item):
    """'- огурцы +9,2% (до 268 руб. за кг)', '- АИ-95 — 64,15 руб. (+0,8%)':
    (start, end) of the words between the line's list marker and the first
    dash, sign, bracket, verb, preposition or number after it; else None."""
    marker = _first_word(doc, _line_start(doc, item), item.sentence[1])
    if marker is None or doc[marker].text not in dashes.LIST_MARKERS or marker >= item.tokens[0].i:
        return None
    end = marker + 1
    while end < item.tokens[0].i and not _closes_label(doc[end]):
        end += 1
    return (marker + 1, end) if end > marker + 1 else None


def _closes_label(token):
    # the verb too: '- бананы подешевели на 3,1%' is labelled by its subject
    return token.text in dashes.DASHES | {":", "(", ",", ";"} or triggers.is_sign(token) \
        or token.like_num or token.is_space or token.pos_ in ("VERB", "AUX", "ADP")


def _ends_item(token):
    return token.text == ";" or "\n" in token.text


def _own_noun_after(doc, item):
    """'— Новосибирск — 1 204 ДТП': a noun right after the item's figure,
    within the item, is what it counts; a rate's 'за кубометр' is not."""
    if item.metric is None:
        return False
    head = item.metric[1]
    # a rate: 'за кубометр', '/кв. м'
    in_phrase = any(child.dep_ == "case" for child in head.children) or _after_slash(doc, item, head)
    return item.tokens[-1].i < head.i < _item_end(doc, item) and not in_phrase


def _after_slash(doc, item, head):
    return any(doc[i].text == "/" for i in range(item.tokens[-1].i + 1, head.i))


def _item_end(doc, item):
    """Index of the ';' or line break that ends the item a figure stands in."""
    for index in range(item.tokens[-1].i + 1, item.sentence[1]):
        if doc[index].text == ";" or "\n" in doc[index].text:
            return index
    return item.sentence[1]


def list_lead(doc, sentences, index, lead_before):
    """The lead-in metric in force for sentence `index`: set by a sentence
    ending in a colon right before a list item, kept while items follow."""
    if index == 0 or not opens_item(doc, sentences[index]):
        return None
    lead = lead_in_metric(doc, sentences[index - 1])
    if lead is not None:
        return lead
    return lead_before if opens_item(doc, sentences[index - 1]) else None


def continues_list(doc, sentences, index, line_before):
    """Whether this sentence is a list item on its own line right after another item with claims."""
    return line_before is not None and line_before[0] == index - 1 \
        and opens_item(doc, sentences[index]) and opens_item(doc, sentences[index - 1])
