"""Lead-ins and headings: a clause or a noun before a colon that names what
the figures after it measure.

A list led in by a clause ending in a colon ("По отраслям средства
распределены так: — образование — 10,9 млрд рублей; — культура — 612 млн")
measures what that clause names: its subject, or with a linking verb the
predicate noun ("Лидерами по вводу стали: • Москва — 6,1 млн кв. м"); each
item's label is its qualifier.
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims import context, dashes, metric, subjects, triggers, word_kinds
from pipeline.claims.lexicon import case_words, load_json, normalize, skipped_before_figure
from pipeline.claims.lists.items import opens_item, opens_labelled_line
from pipeline.claims.lists.shared import _first_word, _line_start, _words, item_label


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
        _heading_over_labelled_items(doc, found)
        return
    rubric = _subject_after_colon(doc, topic[1].i + 2, found[0].sentence[1])
    for item in found:
        label = _label_before_dash(doc, item)
        if item.metric is None and not rubric:
            item.metric = topic
        elif item.metric is not None and label is not None and label[0] <= item.metric[1].i < label[1] \
                and (not rubric or word_kinds.plural_of_people(item.metric[1])):
            # 'Ипотека: семьи берут 4,2 млн, молодые специалисты — по 3,1 млн': a group
            # before the dash is who, the topic what; 'билеты — от 500 руб.' under a
            # rubric is the priced thing itself
            item.metric = topic
            item.qualifiers = [label]


def _label_before_dash(doc, item):
    """(start, end) of the words between a ',' or ':' and a dash before the
    figure, which may keep its preposition ('двушку — за 36,5 тыс.'), or None."""
    dash = item.tokens[0].i - 1
    while dash > item.sentence[0] and (doc[dash].pos_ == "ADP"
                                       or normalize(doc[dash].text) in skipped_before_figure("bounds")):
        dash -= 1
    if doc[dash].text not in CLAUSE_DASHES_AS_TYPED or triggers.is_sign(doc[dash]):
        return None
    start = dash
    while start > item.sentence[0] and doc[start - 1].text not in {",", ";", ":"}:
        start -= 1
    return (start, dash) if start < dash else None


def _heading_over_labelled_items(doc, found):
    """'Национальный состав (2021): казахи — 61,2 %, русские — 24,5 %': a
    heading noun phrase before a colon, followed only by items 'label —
    figure', names what every item measures; each label (a group, an owner)
    is the item's qualifier. The list ends at the first figure with no label:
    'максимальный — 1100 м³/с, что в 20 раз превышает меженный' goes on
    with a clause of its own."""
    heading = _heading_before_colon(doc, found[0].sentence)
    if heading is None:
        return
    measure, colon = heading
    items, labels = _labelled_run(doc, [item for item in found if item.tokens[0].i > colon], colon)
    if len(items) < 2:
        return
    for item, label in zip(items, labels):
        if item.comparative is not None:
            continue
        item.metric = measure
        item.qualifiers = [label]


def _labelled_run(doc, items, colon):
    """The items right after the colon that each have a 'label —' of their
    own, up to the first that has none, and their labels."""
    run, labels = [], []
    for item in items:
        label = _label_before_dash(doc, item)
        if label is None or label[0] <= colon:
            break
        run.append(item)
        labels.append(label)
    return run, labels


def _heading_before_colon(doc, sentence):
    """((span, head), colon index) of a heading opening the sentence's line:
    a short noun phrase in the nominative with no verb, perhaps with a
    bracket before its colon ('Доли в капитале (на 31 декабря 2023
    года):'); None when the words before the first colon are no such phrase."""
    first = _first_word(doc, *sentence)
    if first is None:
        return None
    colon = next((i for i in range(first + 1, min(sentence[1], first + MAX_HEADING_WORDS + 1))
                  if _ends_heading(doc[i])), None)
    if colon is None or colon + 1 >= sentence[1]:
        return None
    first = _start_of_heading_line(doc, colon, first)
    end = _bracket_before(doc, first, colon)
    words = doc[first:end]
    if end <= first or any(t.like_num or t.is_punct or t.is_space or word_kinds.finite_verb(t) for t in words):
        return None
    head = next((t for t in words if t.pos_ not in ("ADJ", "DET")), None)
    if head is None or head.pos_ != "NOUN" or not _may_be_nominative(head) \
            or not _names_a_whole(head):
        return None
    return ((first, end), head), colon


def _may_be_nominative(noun):
    """A heading opens with a nominative, though the tagger may read 'Доли
    в капитале' as a genitive: a dictionary nominative of the form will do."""
    return "Nom" in noun.morph.get("Case") or any("nomn" in parse.tag for parse in word_kinds.noun_parses(noun.lower_))


# a heading is a short noun phrase ('Национальный состав (2021)')
MAX_HEADING_WORDS = 12


def _ends_heading(token):
    return token.text == ":" and bool(token.whitespace_)


def _start_of_heading_line(doc, colon, first):
    """The first word after the last line break before the colon (a section
    title on the line above, 'Собственники\nДоли в капитале:', is not the heading)."""
    for index in range(colon - 1, first - 1, -1):
        if "\n" in doc[index].text:
            return index + 1
    return first


def _bracket_before(doc, first, colon):
    """Index of the '(' of a bracket that closes right before the colon, else the colon."""
    if doc[colon - 1].text != ")":
        return colon
    for index in range(colon - 2, first - 1, -1):
        if doc[index].text == "(":
            return index
    return colon


def _names_a_whole(head):
    """'Доли в капитале', 'Национальный состав': a quantity, or a whole
    given in parts; 'Основные показатели' only gathers the items' own measures."""
    lemma = word_kinds.lemma_of(head)
    if lemma in _words("gathering_heading_nouns"):
        return False
    return lemma in word_kinds.measure_words("quantity_nouns") or lemma in _words("whole_heading_nouns")


def _topic_before_colon(doc, sentence):
    """(span, head) of 'Noun:' opening the sentence with words after the colon, or None."""
    first = _first_word(doc, *sentence)
    if first is None or first + 2 >= sentence[1] or doc[first + 1].text != ":":
        return None
    noun = doc[first]
    if noun.pos_ != "NOUN" or "Nom" not in noun.morph.get("Case") or word_kinds.names_person(noun):
        return None
    if word_kinds.names_period(noun):
        return None       # 'Среда: облачно, днём до +7 °C': a day heads a forecast's line, and says when
    return (first, first + 1), noun


def _subject_after_colon(doc, start, end):
    """Whether the words after a 'Noun:' opening have a noun subject of their
    own, which makes the noun a digest's rubric ('Суд: городской суд
    отправил...'). 'Аренда: однушку сдают за 27 тыс.', 'Бег: вышел 4 раза, в сумме 31 км'
    say nothing of who or what, so the label is what they measure (gold 3 of
    3, fresh-d, -dw); 'Культура: филармония откроет сезон, билеты — от 500
    руб.', 'Цены: огурцы подорожали на 12%, томаты — на 8%' tell of a subject
    of their own under a digest's rubric, which the gold never takes (fresh-ea,
    -bf: 0 of 9 fires)."""
    return any(token.dep_ in word_kinds.SUBJECT_DEPS and token.pos_ in word_kinds.NOUNISH
               for token in doc[start:end])


def lead_in_metric(doc, sentence):
    """(span, head) of what a list's lead-in clause names, or None: the subject
    of its verb ('средства распределены так:'), or with a linking verb the
    predicate noun, narrowed to the measure it is about ('Лидерами по вводу
    стали:' -> 'вводу'). With no verb, a comparative leads a list in by its
    subject, what each item's figure measures ('Дороже всего аренда в
    центре:' -> 'аренда'). Only a clause that ends in a colon leads a list in."""
    if not ends_in_colon(doc, sentence):
        return None
    words = [t for t in doc[sentence[0]:sentence[1]] if not t.is_space]
    root = next((t for t in words if t.dep_ == "root"), None)
    if root is None:
        return None
    if set(root.morph.get("Degree")) & {"Cmp", "Sup"} and root.pos_ not in ("VERB", "AUX"):
        head = subjects.subject_of(root)
    elif root.pos_ not in ("VERB", "AUX"):
        return _heading_measure(root, words)
    elif word_kinds.lemma_of(root) in predicate_verbs():
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
        label = item_label(doc, item) or _label_before_colon(doc, item) or _label_after_marker(doc, item) \
            or _label_of_unmarked_line(doc, item)
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


def _label_of_unmarked_line(doc, item):
    """'Ладога Спринт — от 1,07 млн руб.': the words before the dash of a
    line with no list marker, or None."""
    if not opens_labelled_line(doc, item.sentence):
        return None
    return _label_before_dash(doc, item)


def _verb_of_its_own(doc, item, label):
    """Whether the item states a change of its own, with a trigger on its own
    line after its label. A bare change noun ('742 рубля за кубометр, рост на
    9,8%') changes what the list measures, and so does a price verb ('-
    бананы подешевели на 3,1%' under 'Цены:'), whose subject is the goods."""
    trigger = item.trigger
    if trigger is None or trigger.i < label[0] or trigger.i < _line_start(doc, item):
        return False
    return not triggers.bare_change_noun(trigger) and word_kinds.lemma_of(trigger) not in _words("price_verbs")


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
    return token.text in CLAUSE_DASHES_AS_TYPED | {":", "(", ",", ";"} or triggers.is_sign(token) \
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


def list_lead(doc, sentences, index, lead_before, claim_before_colon=None):
    """The lead-in metric in force for sentence `index`: set by a sentence
    ending in a colon right before a list item, kept while items follow.
    A lead-in that only says how the figure before it breaks down ('По
    районам разброс заметный:') passes on that figure's metric
    (`claim_before_colon`, the last claim before the lead-in)."""
    if index == 0 or not _an_item(doc, sentences[index]):
        return None
    lead = lead_in_metric(doc, sentences[index - 1])
    if lead is None and claim_before_colon is not None and names_a_breakdown(doc, sentences[index - 1]):
        lead = claim_before_colon.metric
    if lead is not None:
        return lead
    return lead_before if _an_item(doc, sentences[index - 1]) else None


def ends_in_colon(doc, sentence):
    # read back from the end to the last word: this runs on every sentence of a document
    for index in range(sentence[1] - 1, sentence[0] - 1, -1):
        if not doc[index].is_space:
            return doc[index].text == ":"
    return False


def names_a_breakdown(doc, sentence):
    """'По районам разброс заметный:', 'По регионам картина такая:': a
    lead-in with no figure that names only the parts ('по' and a plural
    noun) a figure named before it is broken down by."""
    words = [t for t in doc[sentence[0]:sentence[1]] if not t.is_space]
    if not ends_in_colon(doc, sentence) or any(t.like_num for t in words):
        return False
    return any(t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and "Dat" in t.morph.get("Case")
               and set(case_words(t)) & _words("breakdown_prepositions") for t in words)


def _an_item(doc, sentence):
    return opens_item(doc, sentence) or opens_labelled_line(doc, sentence)


def quantity_before_inner_colon(doc, found):
    """'Пошлина не должна превышать: в Польше, 30 евро, в Чехии, 25 евро':
    figures after a colon inside the sentence, each after the places or
    groups it holds for, are values of the quantity noun that is the
    subject of the clause before the colon; the places are qualifiers."""
    previous_end = None
    for item in found:
        colon = _colon_before(doc, item)
        places = _places_before(doc, item, colon, previous_end) if colon is not None else None
        previous_end = item.tokens[-1].i + 1
        if item.metric is not None or places is None:
            continue
        quantity = _quantity_subject_before(doc, item.sentence[0], colon)
        if quantity is not None:
            item.metric = (_without_pronoun_after(doc, metric.phrase(quantity, item.inside), quantity), quantity)
            item.qualifiers = [places]


def _without_pronoun_after(doc, span, head):
    """'Стоимость их': a possessive pronoun after the noun is no part of the measure."""
    start, end = span
    while end - 1 > head.i and doc[end - 1].pos_ in ("PRON", "DET"):
        end -= 1
    return start, end


def _colon_before(doc, item):
    """Index of the last ':' between the sentence start and the figure, or None."""
    return next((i for i in range(item.tokens[0].i - 1, item.sentence[0], -1) if doc[i].text == ":"), None)


def _places_before(doc, item, colon, previous_end):
    """(start, end) of the place or group phrases between the colon (or the
    figure before, after the colon) and this figure, trimmed of joining
    commas and 'и' ('в Англии и Шотландии'); None when the words there are
    no such phrases or hold a verb or another number."""
    start = colon + 1 if previous_end is None or previous_end <= colon else previous_end
    end = item.tokens[0].i
    while start < end and doc[start].pos_ in ("PUNCT", "CCONJ"):
        start += 1
    while end > start and doc[end - 1].pos_ == "PUNCT":
        end -= 1
    if start >= end or doc[start].dep_ != "case" or not context.says_where(doc[start].head):
        return None
    if any(t.like_num or word_kinds.finite_verb(t) for t in doc[start:end]):
        return None
    return start, end


def _quantity_subject_before(doc, start, colon):
    """The quantity noun ('стоимость', 'цена') subject of a verb before the colon, or None."""
    return next((t for t in doc[start:colon] if t.dep_ in word_kinds.SUBJECT_DEPS and t.pos_ == "NOUN"
                 and word_kinds.is_quantity_noun(t)
                 and start <= t.head.i < colon), None)


def lead_before_inner_colon(doc, found):
    """'Продукты подешевели: плодоовощная продукция — на 4,9%, сахар — на
    1,1%', 'Власти пообещали выплатить компенсации: семьям погибших — по 1
    млн рублей, раненым — ...': figures after a colon inside the sentence,
    each after a 'label —' with no verb of its own, measure what the clause
    before the colon names; the labels (kinds, recipients, groups) are the
    items' qualifiers. A change or share verb names it by its subject, a
    verb of paying or giving by its object. A label that is itself a
    measure ('срок подачи — 90 дней') or a place after a preposition keeps
    its own reading. After a verb that shares a whole out ('Финансирование
    распределено так: 60% обеспечит федеральный бюджет, 25% — областной')
    each share measures that whole and who takes it is its qualifier."""
    if not found:
        return
    colon = _inner_colon(doc, found[0].sentence)
    if colon is None:
        return
    start = found[0].sentence[0]
    verb = _last_verb_before(doc, start, colon)
    lead = _lead_of_clause_before(doc, verb, start, colon) or _quantity_shown_so(doc, start, colon)
    if lead is None:
        _changes_by_place(doc, found, start, colon)
        return
    items = [item for item in found if item.tokens[0].i > colon and item.comparative is None]
    if _divides_a_whole(verb):
        _shares_of_the_whole(doc, items, lead)
        return
    labels = [_kind_label(doc, item, colon) for item in items]
    if not items or labels[0] is None:
        return
    for position, (item, label) in enumerate(zip(items, labels)):
        # the level a change reached is one more figure of the item before
        if label is None and position and labels[position - 1] is not None \
                and _level_after_change(doc, items[position - 1], item):
            label = labels[position] = labels[position - 1]
        if label is None:
            break
        item.metric = lead
        item.qualifiers = [label]


def _level_after_change(doc, before, item):
    """'картофель — на 12,3% за месяц, до 46 рублей за килограмм': a figure
    after ', до' with no dash or verb since the item's figure before it is
    the level that item reached, one more figure of the same item (gold
    fresh-p; so the gold reads ', до N' after a change throughout, as in
    fresh-b, -bn, -cj and -dd)."""
    start = item.tokens[0].i
    if start < 2 or normalize(doc[start - 1].text) != "до" or doc[start - 2].text != ",":
        return False
    return not any(t.text in CLAUSE_DASHES_AS_TYPED or word_kinds.finite_verb(t)
                   for t in doc[before.tokens[-1].i + 1:start])


def _changes_by_place(doc, found, start, colon):
    """'Снижение числа преступлений отмечено почти во всех муниципалитетах: в
    Тольятти — на 15%, в Сызрани — на 9,7%', 'Заболеваемость выше порога в
    шести муниципалитетах: в Череповце — на 34%': a clause before the colon
    that names a change with no verb of change, by a change noun and its
    genitive or by a comparative after the opening noun, and items 'в place
    — на N%' after it: each item is that change in its place, which is the
    item's qualifier (gold fresh-db, -dg; fresh-ay and -df read the same way
    after a change verb)."""
    change = _change_noun_before(doc, start, colon) or _comparative_after_opening_noun(doc, start, colon)
    if change is None:
        return
    lead, trigger, direction = change
    for item in (item for item in found if item.tokens[0].i > colon):
        label = _place_label(doc, item, colon)
        if label is None or item.comparative is not None or normalize(doc[item.tokens[0].i - 1].text) != "на":
            break
        item.metric, item.qualifiers = lead, [label]
        item.trigger, item.direction = trigger, direction
        item.change = triggers.change_of(item.figure, direction)


def _change_noun_before(doc, start, colon):
    """(lead, noun, direction) of the first change noun before the colon
    that names what changed by its genitive ('Снижение числа преступлений'),
    or None."""
    for token in doc[start:colon]:
        direction = triggers.direction_of(token) if token.pos_ == "NOUN" else None
        if direction not in triggers.CHANGE_DIRECTIONS:
            continue
        changed = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ in word_kinds.NOUNISH
                        and not case_words(c) and "Gen" in c.morph.get("Case")), None)
        if changed is None:
            return None
        return (metric.phrase(changed), changed), token, direction
    return None


def _comparative_after_opening_noun(doc, start, colon):
    """(lead, comparative, direction) of 'Заболеваемость выше порога …': a
    noun opening the sentence and, right after it, a comparative of change;
    None when a verb stands before the colon."""
    first = _first_word(doc, start, colon)
    if first is None or first + 1 >= colon or doc[first].pos_ not in word_kinds.NOUNISH \
            or any(word_kinds.finite_verb(t) for t in doc[start:colon]):
        return None
    comparative = doc[first + 1]
    direction = triggers.comparative_direction(comparative)
    if direction not in triggers.CHANGE_DIRECTIONS:
        return None
    return (metric.phrase(doc[first], frozenset(range(first + 1, colon))), doc[first]), comparative, direction


def _place_label(doc, item, colon):
    """(start, end) of a 'в Тольятти —' label after the colon, a place phrase, or None."""
    label = _label_before_dash(doc, item)
    if label is None or label[0] <= colon or doc[label[0]].dep_ != "case" \
            or not context.says_where(doc[label[0]].head):
        return None
    return label


def _inner_colon(doc, sentence):
    """Index of the first ':' followed by a space and more words in the sentence, or None."""
    return next((i for i in range(sentence[0] + 1, sentence[1] - 1)
                 if doc[i].text == ":" and doc[i].whitespace_ and not doc[i + 1].is_space), None)


def _last_verb_before(doc, start, colon):
    """The last verb before the colon: it opens the clause right before the
    colon, not the sentence's first one ('Финансирование увеличится на 310
    млрд, тогда как ассигнования будут урезаны:')."""
    return next((t for t in reversed(doc[start:colon]) if t.pos_ == "VERB"), None)


def _lead_of_clause_before(doc, verb, start, colon):
    """(span, head) of what the clause before the colon measures: the
    subject of a change or share verb, the object of a verb of paying or
    giving ('пообещали выплатить компенсации'), read off `verb`, the last
    verb before the colon; None for any other clause or after a part opener."""
    if verb is None or _names_a_part(doc, start, colon):
        return None
    head = _subject_of_change(verb) or _object_of_giving(verb) or _whole_divided(verb) or _ranked_by(verb)
    if head is None or head.i >= colon or head.pos_ not in word_kinds.NOUNISH or word_kinds.names_person(head) \
            or word_kinds.lemma_of(head) in _words("gathering_heading_nouns"):
        return None
    return metric.phrase(head), head


def _quantity_shown_so(doc, start, colon):
    """(span, head) of the quantity a clause ending in 'так' or 'такой' before
    the colon says is broken down next ('дефицит фельдшеров по округам такой:
    Череповец — 41 человек, Вологда — 37', 'Смертность по районам выглядит
    так: Вологда — 468 случаев на 100 тыс., Череповец — 502'): its first
    noun that names a quantity and stands after no preposition. The items
    give its values, so even a first item's counted noun is no metric of its
    own. The tagger may take the noun for a name at the sentence start
    ('Заболеваемость'), so either part of speech will do. None for any other
    clause, and for a noun that only gathers the items' own measures
    ('Результаты выглядят так:')."""
    last = next((t for t in reversed(doc[start:colon]) if not t.is_space), None)
    if last is None or normalize(last.text) not in _words("breakdown_so_words"):
        return None
    head = next((t for t in doc[start:colon] if t.pos_ in word_kinds.NOUNISH and word_kinds.is_quantity_noun(t)
                 and not word_kinds.after_preposition(t)), None)
    if head is None or word_kinds.lemma_of(head) in _words("gathering_heading_nouns"):
        return None
    return metric.phrase(head), head


def _subject_of_change(verb):
    lemma = word_kinds.lemma_of(verb)
    if triggers.direction_of(verb) in ("increase", "decrease") or lemma in _words("price_verbs") \
            or lemma in word_kinds.measure_words("share_verbs"):
        return subjects.subject_of(verb)
    return None


def _ranked_by(verb):
    """'Лидируют по валовому сбору районы:', 'Лидерами по закупкам стали три
    хозяйства:': the noun after 'по' that a word of ranking governs, either
    the verb itself or the predicate noun of a linking verb, is what the
    leaders' figures measure; the leaders (the subject) are only counted."""
    leader = verb
    if word_kinds.lemma_of(verb) in predicate_verbs():
        leader = next((c for c in verb.children if c.dep_ in ("xcomp", "obl") and c.pos_ in word_kinds.NOUNISH), verb)
    if word_kinds.lemma_of(leader) not in _words("ranking_words"):
        return None
    return next((c for c in leader.children if c.dep_ in ("obl", "nmod") and c.pos_ in word_kinds.NOUNISH
                 and case_words(c) & {"по"}), None)


def _whole_divided(verb):
    """'Финансирование распределено так', 'Затраты поделили так': what a
    dividing verb shares out, its passive subject or active object."""
    if word_kinds.lemma_of(verb) not in _words("dividing_verbs"):
        return None
    return subjects.subject_of(verb) or next((c for c in verb.children if c.dep_ == "obj"), None)


def _object_of_giving(verb):
    giving = word_kinds.measure_words("paying_verbs") | word_kinds.measure_words("giving_verbs")
    if word_kinds.lemma_of(verb) in giving:
        return next((c for c in verb.children if c.dep_ == "obj"), None)
    return None


def _divides_a_whole(verb):
    """'Финансирование распределено так:', 'Расходы разделят следующим
    образом:': the clause before the colon, by its last verb, shares a whole out."""
    return verb is not None and word_kinds.lemma_of(verb) in _words("dividing_verbs")


def _shares_of_the_whole(doc, items, whole):
    """'60% обеспечит федеральный бюджет, 25% — областной': a share after
    the colon, followed by who takes it (after a dash, or as the subject of
    a verb of paying or providing), is a share of the whole; that taker is
    its qualifier. The first item of any other shape ends the list."""
    for item in items:
        if item.figure.unit != "percent":
            break
        taker = _taker_after_share(doc, item)
        if taker is None:
            break
        item.metric = whole
        item.qualifiers = [taker]


def _taker_after_share(doc, item):
    """(start, end) of the words after a share up to the next comma: after a
    dash, or after a verb of paying or providing; else None."""
    start = item.tokens[-1].i + 1
    end = start
    while end < item.sentence[1] and doc[end].text not in {",", ";", "."} and not doc[end].like_num:
        end += 1
    if start >= end:
        return None
    first = doc[start]
    providing = _words("providing_verbs") | word_kinds.measure_words("paying_verbs") \
        | word_kinds.measure_words("giving_verbs")
    if first.text in CLAUSE_DASHES_AS_TYPED or (first.pos_ == "VERB" and word_kinds.lemma_of(first) in providing):
        start += 1
    return (start, end) if start < end and start > item.tokens[-1].i + 1 else None


def _names_a_part(doc, start, colon):
    """'Быстрее всего дорожали овощи, в том числе: огурцы — на 14,2%': after
    a part opener the items are parts with measures of their own."""
    before = " ".join(normalize(t.text) for t in doc[start:colon])
    return any(before.endswith(opener) for opener in _words("part_openers"))


def _kind_label(doc, item, colon):
    """(start, end) of the 'label' of a 'label — figure' item after the
    colon when it names a kind, a group or a recipient: an adjective, or a
    noun with no preposition that is no measure itself; with no verb or
    number of its own. Else None."""
    label = _label_before_dash(doc, item)
    if label is None or label[0] <= colon:
        return None
    words = doc[label[0]:label[1]]
    if any(t.like_num or word_kinds.finite_verb(t) or t.pos_ == "ADP" for t in words):
        return None
    head = next((t for t in words if t.head.i == t.i or not label[0] <= t.head.i < label[1]), words[0])
    if head.pos_ == "ADJ":
        return label
    measures = word_kinds.measure_words("quantity_nouns") | word_kinds.measure_words("duration_nouns") \
        | word_kinds.measure_words("size_nouns")
    if head.pos_ not in word_kinds.NOUNISH or word_kinds.lemma_of(head) in measures:
        return None
    return label
