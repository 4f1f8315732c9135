"""Figures in brackets: a share, a change or an earlier value of the figure
before, or the figure of the item named before the bracket.

A share in brackets right after a figure ("1 204 ДТП (49,8% от общего
числа)", "76,4 млн человек (-1,8%)") is the share or change of what that
figure measures; a bare percent after the size of a change ("на 47 центов
(0,5%)") is that change in percent.

An item named right before a bracket that holds only its figure
("Подешевели сахар (на 1,3%), гречневая крупа (на 0,8%)", "граждане
Казахстана (17%) и Армении (9%)") is what that figure measures: each item
of the list is its own subject; a genitive joined to another one
('Армении') leaves its head noun out, which it takes, and qualifies it.
"""
from pipeline.claims import context, dashes, metric, triggers, word_kinds
from pipeline.claims.frames import STANDARD_OPENER, after_a_bracket_naming_its_own, bracket_around
from pipeline.claims.lexicon import normalize
from pipeline.claims.lists.shared import _words
from pipeline.claims.most_of import named_by_a_lead_in
from pipeline.claims.triggers import SIGN_DIRECTIONS
from pipeline.claims.units import same_kind


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


def change_after_figure_in_bracket(doc, found):
    """'Kia (17,9 тыс., +9%)': a change told by its sign alone, after a comma
    that follows another figure in the same bracket, is the change of what
    that figure measures, whatever the paragraph before gave it (run once
    the figure has its metric)."""
    for k, item in enumerate(found):
        if k == 0:
            continue
        donor = found[k - 1]
        if donor.metric is not None and donor.figure.unit != "percent" and _signed_change_after(doc, donor, item):
            item.metric = donor.metric


def signed_change_of_the_figure_before(doc, found):
    """'потратили 212 млрд руб. (-6% г/г)', '38,6 млн абонентов (+0,4 млн кв/кв)':
    a signed change opening a bracket right after a figure's phrase is that
    figure's change, so it measures what that figure measures, even when the
    figure got its metric late (a purpose, 'на ИТ-закупки') and the change had
    meanwhile taken the paragraph's topic. Run after the purposes are known."""
    for k, item in enumerate(found):
        if k == 0 or not triggers.signed_change_after_figure(doc, item.tokens[0].i):
            continue
        donor = found[k - 1]
        bracket = _bracket_before(doc, item.tokens[0].i)
        if donor.metric is None or bracket is None:
            continue
        donor_end = max(donor.tokens[-1].i, donor.metric[0][1] - 1)
        # the dot of an abbreviated unit ('руб.') may stand outside the figure's tokens
        if _rest_of_the_phrase(t for t in doc[donor_end + 1:bracket] if t.text != "."):
            item.metric = donor.metric


def change_restated_in_brackets(doc, found):
    """'подорожала на 47 центов (0,5%)': a bare percent in a bracket right
    after the size of a change restates that change in percent: same
    trigger, direction and metric, a change by."""
    for k, item in enumerate(found):
        if k == 0 or item.figure.unit != "percent" or item.direction is not None or item.figure.preposition is not None:
            continue
        donor = found[k - 1]
        bracket = _bracket_before(doc, item.tokens[0].i)
        if bracket is None or bracket != donor.tokens[-1].i + 1 or donor.change != "by" or donor.figure.unit == "percent":
            continue
        closing = item.tokens[-1].i + 1
        if closing >= len(doc) or doc[closing].text != ")":
            continue   # '(0,5% от рынка)': a share of something else
        item.trigger, item.direction, item.change = donor.trigger, donor.direction, "by"
        item.metric = donor.metric


def total_in_brackets(doc, found):
    """'14,5 рубля на акцию (всего около 8,7 млрд рублей)': a figure of the
    same kind after a total word opening a bracket that follows another
    figure's phrase is that figure's total: the same quantity, whatever noun
    the parser hung it on outside the bracket."""
    for k, item in enumerate(found):
        if k == 0 or (item.metric is not None and item.metric[1].i > item.tokens[0].i):
            continue
        bracket = _bracket_opening_a_total(doc, item)
        donor = found[k - 1]
        if bracket is None or donor.metric is None or not same_kind(donor.figure.unit, item.figure.unit):
            continue
        donor_end = max(donor.tokens[-1].i, donor.metric[0][1] - 1)
        if _rest_of_the_phrase(doc[donor_end + 1:bracket]):
            item.metric = donor.metric


# the longest total phrase ('на общую сумму') and the bounds after it ('всего около')
TOTAL_WORDS_REACH = 5


def _bracket_opening_a_total(doc, item):
    """Index of the '(' of '(всего около <figure>', or None."""
    first = item.tokens[0].i
    end = first
    while end > 0 and normalize(doc[end - 1].text) in _words("restating_bounds"):
        end -= 1
    for start in range(end - 1, max(end - TOTAL_WORDS_REACH, 0) - 1, -1):
        if doc[start].text == "(":
            said = " ".join(normalize(t.text) for t in doc[start + 1:end])
            return start if said in _words("total_words") else None
    return None


def value_of_the_standard_in_brackets(doc, found):
    """'14 тыс. гостей — вдвое больше, чем приходило в прошлом году (7 тыс.)':
    a figure alone in brackets closing the standard of a comparison (', чем
    ...') is the value compared against, so it measures what the compared
    figure before 'чем' measures, whatever noun of the standard the parser
    hangs it on; the verb before 'чем' is that figure's, not its own."""
    for k, item in enumerate(found):
        opening = bracket_around(doc, item.tokens[0].i, item.tokens[-1].i)
        opener = None if opening is None else _standard_opener_before(doc, opening, item)
        if opener is None or any(opener < other.tokens[0].i < opening for other in found):
            continue
        donor = next((before for before in reversed(found[:k]) if before.tokens[-1].i < opener
                      and before.metric is not None and same_kind(before.figure.unit, item.figure.unit)), None)
        # the comparative sizes the figure of its own clause ('64, что вдвое меньше, чем');
        # after a verb of its own ('импорт снизился сильнее, чем') it compares something else
        if donor is None or donor.tokens[0].i < item.sentence[0] \
                or any(word_kinds.finite_verb(token) for token in doc[donor.tokens[-1].i + 1:opener]):
            continue
        item.metric = donor.metric
        if item.trigger is not None and item.trigger.i < opener:
            item.trigger, item.direction, item.change = None, None, None


# How many words the standard of a comparison may hold before its bracket
# ('чем в среднем собирала команда в прошлом сезоне (7,3 тыс.)').
STANDARD_REACH = 10


def _standard_opener_before(doc, opening, item):
    """Index of the 'чем' after a comparative that opens the standard ending
    right before the bracket at `opening`, with no clause mark between; else None."""
    for index in range(opening - 1, max(opening - STANDARD_REACH - 1, item.sentence[0] - 1), -1):
        token = doc[index]
        if normalize(token.text) == STANDARD_OPENER:
            return index if _after_a_comparative(doc, index) else None
        if token.text in ("(", ")", ";", ":", "—", "–"):
            return None
    return None


def _after_a_comparative(doc, index):
    """Whether a comparative ('больше', 'ниже') stands before 'чем', a comma between."""
    before = index - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    return before >= 0 and "Cmp" in doc[before].morph.get("Degree")


def dated_in_bracket_after(doc, found, k):
    """'с долей 27% (годом ранее — 24%)': the figure, with a metric, right
    before a bracket that gives a period, a dash and found[k], a figure of
    the same kind; found[k] is then that figure's value at that period.
    None for any other figure."""
    return _figure_before_the_bracket(doc, found, k, _bracket_opening_a_period)


def placed_in_bracket_after(doc, found, k):
    """'инфляция составила 3,1% (по республике – 3,4%)': the figure, with a
    metric, right before a bracket that opens with a preposition naming
    another place or group (no period, no verb, no figure of its own), a
    dash and found[k], a figure of the same kind; found[k] is then the same
    quantity there. None for any other figure, and for a period
    (dated_in_bracket_after reads those)."""
    return _figure_before_the_bracket(doc, found, k, _bracket_opening_a_place)


def _figure_before_the_bracket(doc, found, k, bracket_opening):
    """found[k - 1] when it has a metric, stands right before the bracket
    that bracket_opening(doc, found[k]) finds, and is of found[k]'s kind;
    else None."""
    if k == 0:
        return None
    item, before = found[k], found[k - 1]
    bracket = bracket_opening(doc, item)
    if bracket is None or before.metric is None or not _right_before(doc, before, bracket) \
            or not same_kind(before.figure.unit, item.figure.unit):
        return None
    return before


# Words a place may take between '(' and its dash ('(по республике — 3,4%)',
# '(в среднем по стране — 7,2%)').
BRACKETED_PLACE_WORDS = 4


def _bracket_opening_a_place(doc, item):
    """Index of the '(' of '(<preposition> <words> — figure)', or None."""
    last = item.tokens[-1].i
    dash = dashes.dash_before(item.inside, doc)
    if last + 1 >= len(doc) or doc[last + 1].text != ")" or dash is None:
        return None
    start = next((i for i in range(dash - 1, max(dash - BRACKETED_PLACE_WORDS - 2, -1), -1)
                  if doc[i].text == "("), None)
    if start is None or start + 1 >= dash or doc[start + 1].pos_ != "ADP":
        return None
    label = doc[start + 1:dash]
    if any(t.pos_ in ("VERB", "NUM", "PUNCT") or t.like_num for t in label) \
            or context.time_phrases(doc, start + 1, dash):
        return None
    return start


def _right_before(doc, figure, bracket):
    """Whether only the figure's counted noun stands between it and the
    bracket ('выросло до 187 человек (за тот же период 2015 года — 162)')."""
    counted = {token.head.i for token in figure.tokens}
    return all(token.i in counted or token.text == "." for token in doc[figure.tokens[-1].i + 1:bracket])


# Words a period may take between '(' and its dash ('(годом ранее — 24%)', '(в 2024 году — 31)',
# '(за тот же период 2015 года — 162)': six); the period phrase must still fill them all.
BRACKETED_PERIOD_WORDS = 6


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
    # (the parser may hang the figure on the period's noun, 'в 2015 году — 5,1%',
    # so the period phrase it gives may run past the dash)
    return start if len(period) and times and times[0][0] == start + 1 and times[-1][1] >= dash else None


# Words of the figure's own phrase that may stand before its bracket
# ('412 тыс. баррелей нефтяного эквивалента в сутки (+3,1%)').
PHRASE_BEFORE_BRACKET = 5


def _signed_change_after(doc, donor, item):
    """'(17,9 тыс., +9%)': a change told by its sign alone, after a comma
    that follows another figure inside the same bracket."""
    # the dot of a scale word ('тыс.') may stand outside the figure's tokens
    gap = [t.text for t in doc[donor.tokens[-1].i + 1:item.tokens[0].i] if t.text != "."]
    signed = item.trigger is None and item.direction in triggers.CHANGE_DIRECTIONS
    if not signed or gap not in ([",", sign] for sign in SIGN_DIRECTIONS):
        return False
    bracket = _bracket_holding(doc, donor)
    return bracket is not None and _bracket_holding(doc, item) == bracket


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
    рынка)') stands; a bracket after another figure is share_in_brackets'.
    The items are only qualifiers when a sibling's bracket names what the
    figures count ('ретейл (27% утечек), финансовый сектор (19%)') or a
    superlative lead-in does ('Больше всего дипломов привезли химики (19),
    математики (17)'): the figures then share that metric (CLAIMS.md, lists)."""
    for item in found:
        bracket = _bracket_around(doc, item)
        if bracket is None or (item.metric is not None and item.metric[1].i > bracket):
            continue
        if _parts_of_a_named_quantity(doc, item):
            continue
        counted = _counted_before_bracket(doc, bracket, item)
        if counted is not None:
            item.metric = (metric.phrase(counted, item.inside), counted)
            continue
        named = _item_named_before(doc, bracket, found)
        if named is None:
            if _holder_of_quoted_names(doc, bracket, item):
                continue
            quantity = _quantity_before_the_places(doc, bracket, item)
            if quantity is not None:
                item.metric = (metric.phrase(quantity, item.inside), quantity)
            continue
        head, joined = named
        if joined is None:
            # the item runs up to the bracket ('граждане Казахстана (17%)')
            item.metric = ((metric.phrase(head)[0], bracket), head)
        else:
            # 'граждане Казахстана (17%) и Армении (9%)': 'граждане' left out
            item.metric = ((head.i, head.i + 1), head)
            item.qualifiers = [(joined.i, joined.i + 1)]


def groups_in_bracket_after_noun(doc, found):
    """'Каждый круг (сейчас 5 км у юниоров и 4 км у девушек) проходят
    дважды': figures in a bracket that opens right after a noun, each
    followed by the group or place it holds for, are values of that noun;
    the group is each one's qualifier, not what it measures, whichever
    group of the bracket the parser hung the figure on."""
    for item in found:
        bracket = _bracket_holding(doc, item)
        group = _group_right_after(doc, item)
        if bracket is None or group is None:
            continue
        noun = doc[bracket - 1]
        if noun.pos_ != "NOUN" or word_kinds.after_preposition(noun) or word_kinds.names_period(noun) \
                or word_kinds.names_person(noun):
            continue
        # a place or group in the bracket is no measure ('6 км у женщин' -> 'мужчин')
        if item.metric is not None and item.metric[1].i != noun.i \
                and not (item.metric[1].i > bracket and context.says_where(item.metric[1])):
            continue
        item.metric = ((metric.phrase(noun, item.inside)[0], bracket), noun)
        item.qualifiers = [group]


def _bracket_holding(doc, item):
    """Index of the '(' the figure stands in (no ')' between), within its sentence, or None."""
    for index in range(item.tokens[0].i - 1, item.sentence[0], -1):
        if doc[index].text == ")":
            return None
        if doc[index].text == "(":
            return index
    return None


def _group_right_after(doc, item):
    """(start, end) of the place or group phrase right after the figure
    ('у юниоров', 'в Москве'), or None."""
    after = item.tokens[-1].i + 1
    if after >= item.sentence[1]:
        return None
    preposition = doc[after]
    noun = preposition.head
    if preposition.dep_ != "case" or noun.i <= after or not context.says_where(noun):
        return None
    return after, max(metric.phrase(noun, item.inside)[1], noun.i + 1)


def answers_of_the_polled(doc, found, earlier):
    """'Рост цен назвали 44% респондентов. Далее идут тарифы ЖКХ (29%)': a
    share in a bracket after an answer, in a paragraph whose share before
    was one of the people polled, is a share of those people too; the
    answer it follows is its qualifier. With no such share before, people
    who are the subject of the verb the answer hangs on ('участники опроса
    назвали плохой интернет (27%)', 'респонденты экономят на одежде (54%)')
    are who the share is of."""
    for k, item in enumerate(found):
        bracket = _bracket_around(doc, item)
        if bracket is None or item.figure.unit != "percent":
            continue
        if item.metric is None:
            # 'экономят на одежде (54%)': the answer after a preposition is left unmeasured
            _share_of_the_people_answering(doc, item, bracket, found)
            continue
        if item.metric[1].i > bracket or _names_people(item.metric[1]):
            continue
        donor = next((d for d in reversed(list(earlier) + found[:k]) if d.figure.unit == "percent"
                      and d.metric is not None and _bracket_around(doc, d) is None), None)
        if donor is not None and _names_people(donor.metric[1]):
            item.qualifiers = [item.metric[0]]
            item.metric = donor.metric
        else:
            _share_of_the_people_answering(doc, item, bracket, found)


def _share_of_the_people_answering(doc, item, bracket, found):
    """'нижегородцы доверяют церкви (61%) и армии (57%)': the answer right
    before the bracket (or the list of answers, or the phrase it ends) is
    the object of a verb whose subject is a plural of people; the share is
    of them, and the answer qualifies it."""
    noun = doc[bracket - 1]
    if item.direction is not None or noun.pos_ not in ("NOUN", "PROPN") or _counted_by_a_figure(noun, found):
        return
    answer = noun
    while answer.dep_ in ANSWER_INNER_DEPS and answer.head.pos_ in ("NOUN", "PROPN"):
        answer = answer.head     # 'недоверие к диагнозу без осмотра (38%), плохой интернет (27%)'
    verb = answer.head
    # 'назвали нехватку работы (44%), низкие зарплаты (31%)': the parser may join a later answer to the verb
    if answer.dep_ not in ANSWER_DEPS + ("conj",) or verb.pos_ != "VERB":
        return
    people = next((child for child in verb.children
                   if child.dep_ in word_kinds.SUBJECT_DEPS and _names_people(child)), None)
    if people is not None:
        item.qualifiers = [metric.phrase(noun, item.inside)] if item.metric is None else [item.metric[0]]
        item.metric = (metric.phrase(people, item.inside), people)


# what joins a word of an answer to the answer's head: the next answer of
# a list, a noun the answer is of or about
ANSWER_INNER_DEPS = ("conj", "nmod")
# how an answer hangs on the verb of the people who gave it: what they named
# or trust ('назвали интернет', 'доверяют церкви'), what they save on ('на одежде')
ANSWER_DEPS = ("obj", "iobj", "obl")


def _counted_by_a_figure(noun, found):
    """'провели 1 200 операций (+8%)': the noun before the bracket is what
    another figure counts, so the bracket is that figure's share or change."""
    return any(other.metric is not None and other.metric[1].i == noun.i and _bracket_around(noun.doc, other) is None
               for other in found)


def _names_people(noun):
    """'респондентов', 'опрошенных': a plural of living beings."""
    return "Anim" in noun.morph.get("Animacy") and "Plur" in noun.morph.get("Number")


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


# words a place phrase before a bracket may take ('в Минской области')
PLACE_PHRASE_WORDS = 4


def _quantity_before_the_places(doc, bracket, item):
    """'Самые высокие заработки в Минске (3 104 рубля) и Минской области
    (2 470 рублей)': a figure alone in a bracket after a place, with no
    metric of its own, is the value there of the quantity the clause named
    before its places (a list of places, each with its bracket, may stand
    between)."""
    if item.metric is not None:
        return None
    position = _before_place_phrase(doc, bracket)
    if position is None:
        return None
    # step back over earlier places of the list: 'в Минске (3 104 рубля) и'
    while position > 0 and normalize(doc[position].text) in ("и", ",") and doc[position - 1].text == ")":
        opening = next((i for i in range(position - 2, max(position - 2 - PLACE_PHRASE_WORDS * 2, -1), -1)
                        if doc[i].text == "("), None)
        earlier = _before_place_phrase(doc, opening) if opening is not None else None
        if earlier is None:
            return None
        position = earlier
    while position >= 0 and doc[position].pos_ == "ADV":
        position -= 1
    noun = doc[position] if position >= 0 else None
    if noun is None or noun.pos_ != "NOUN" or not word_kinds.may_be_nominative(noun) \
            or word_kinds.after_preposition(noun) or word_kinds.names_period(noun):
        return None
    return noun


def _before_place_phrase(doc, bracket):
    """Index of the word before the place phrase that ends right before the
    bracket ('заработки по-прежнему [в Минске] ('), or before a place joined
    to an earlier one ('[и] Минской области ('), or None."""
    position = bracket - 1
    start = position
    while start >= 0 and bracket - start <= PLACE_PHRASE_WORDS and doc[start].pos_ in ("PROPN", "NOUN", "ADJ"):
        start -= 1
    if start == position or start < 0:
        return None
    word = normalize(doc[start].text)
    if word in context.context_lexicon()["place_prepositions"]:
        return start - 1
    return start if word in ("и", ",") else None


def _bracket_around(doc, item):
    """Index of the '(' of a bracket holding only the figure and perhaps the
    period it covers ('(+48% за год)'), or None."""
    return bracket_around(doc, item.tokens[0].i, item.tokens[-1].i, MAX_PERIOD_WORDS)


# a period in a bracket after a figure is a few words long ('за весь прошлый год')
MAX_PERIOD_WORDS = 4


def _holder_of_quoted_names(doc, bracket, item):
    """'акции «Кедровой нефти» (-4,1%), «Балтийского кредита» (-3,8%)': a
    figure alone in a bracket after a quoted name is that name's value of
    what the noun before the list of names measures ('акции'); the name is
    its qualifier. Sets the item's metric and qualifier and says whether it did."""
    name = _quoted_name_before(doc, bracket, item.sentence[0])
    if name is None:
        return False
    position = name[0] - 1
    # step back over earlier names of the list: '«Кедровой нефти» (-4,1%), '
    while position > item.sentence[0] and normalize(doc[position].text) in QUOTED_LIST_JOINERS \
            and doc[position - 1].text == ")":
        opening = next((i for i in range(position - 2, item.sentence[0], -1) if doc[i].text == "("), None)
        earlier = _quoted_name_before(doc, opening, item.sentence[0]) if opening is not None else None
        if earlier is None:
            return False
        position = earlier[0] - 1
    noun = doc[position] if position >= item.sentence[0] else None
    if noun is None or noun.pos_ != "NOUN" or word_kinds.after_preposition(noun) \
            or word_kinds.names_period(noun) or word_kinds.names_person(noun):
        return False
    # a name the parser gave the figure is no measure ('«Северного банка» (-1,9%)')
    if item.metric is not None and not name[0] <= item.metric[1].i < name[1]:
        return False
    item.metric = ((noun.i, noun.i + 1), noun)
    item.qualifiers = [(name[0] + 1, name[1] - 1)]
    return True


# what joins the quoted names of one list ('«Альфа» (-2%), «Бета» (-1%) и «Гамма» (-3%)')
QUOTED_LIST_JOINERS = {",", "и"}
# words a quoted company name may take ('«Балтийского кредита»')
QUOTED_NAME_WORDS = 6


def _quoted_name_before(doc, bracket, sentence_start):
    """(start, end) of the quoted name, quotes included, that ends right
    before the bracket ('«Кедровой нефти» ('), or None."""
    closing = bracket - 1
    if closing <= sentence_start or doc[closing].text != "»":
        return None
    for index in range(closing - 1, max(sentence_start, closing - QUOTED_NAME_WORDS - 1) - 1, -1):
        if doc[index].text == "«":
            return (index, closing + 1) if index + 1 < closing else None
        if doc[index].text in ("»", "(", ")"):
            return None
    return None


def _parts_of_a_named_quantity(doc, item):
    """Whether a bare figure in a list item's bracket gives a part of a quantity
    named elsewhere: in an earlier item's bracket, or by a lead-in it already took."""
    if after_a_bracket_naming_its_own(item.inside, doc):
        return True
    return item.metric is not None and named_by_a_lead_in(item.metric[1])


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


def _bracket_before(doc, first):
    """Index of '(' right before a figure (a sign, or a sign word 'плюс',
    may stand between), or None."""
    index = first - 1
    if index >= 0 and (doc[index].text in SIGN_DIRECTIONS or triggers.is_sign_word(doc[index])):
        index -= 1
    return index if index >= 0 and doc[index].text == "(" else None
