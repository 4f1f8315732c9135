"""One figure described on its own: comparison, trigger, direction, bound and metric.

`describe` turns a figure (figures.py) into a `Found`, the record the later
steps of extract.py fill in: a comparison ('на 9 больше', 'вдвое выше'),
else the trigger of the figure and its direction (triggers.py), and the
metric (metric.py). What the figure's own sentence leaves out is filled
afterwards from its neighbours (references.py, ellipsis.py, lists/).
"""
from pipeline.claims import (counts, dashes, frames, hung_on, metric, near_figure, priced_goods, purposes, references, subjects,
                             triggers, word_kinds)
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims.figures import bound_phrase_with_a_noun
from pipeline.claims.lexicon import case_words, lemma_of, normalize, skipped_before_figure
from pipeline.claims.lists.neighbours import opening_of_pointing_back, restating_bounds
from pipeline.claims.part_openers import labelled_part_openers, part_opener_span
from pipeline.claims.rule_chain import NO_HEAD
from pipeline.claims.triggers import CHANGE_DIRECTIONS
from pipeline.claims.units import CURRENCIES, SHARE_UNITS, may_be_half_unit
from pipeline.claims.word_kinds import measure_words


COMPARATIVE_BOUNDS = {"increase": "more_than", "decrease": "less_than"}


class Found:
    """One figure while it is being described (token indices into the Doc)."""
    __slots__ = ("figure", "tokens", "anchor", "inside", "trigger", "direction",
                 "change", "bound", "metric", "qualifiers", "time", "source", "sentence",
                 "comparative", "refers_back", "whole", "no_metric")

    def __init__(self, figure, tokens, sentence):
        self.figure = figure
        self.tokens = tokens
        # the words of 'от силы', 'по меньшей мере' count as the figure's own
        self.inside = frozenset(t.i for t in tokens) | bound_phrase_with_a_noun(tokens[0].doc, tokens[0].i)
        self.anchor = _anchor(tokens, figure)
        self.sentence = sentence
        self.trigger = self.direction = self.change = self.metric = None
        self.time = self.source = None
        self.bound = figure.bound
        self.qualifiers = []
        self.comparative = None    # "на 9 [больше]", "вдвое [выше]"
        self.refers_back = False   # "..., что на 12% больше": about the claim before
        self.whole = None          # "1,3 тыс. получили ранения, из них 90": the figure 'них' stands for
        self.no_metric = False     # a rule settled that it measures nothing: no fallback fills it


def _anchor(tokens, figure):
    """The token of the figure that the tree attaches elsewhere."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def describe(doc, words, figure, sentence):
    tokens = words.tokens[figure.start:figure.end]
    item = Found(figure, tokens, sentence)
    if _find_comparative(doc, item):
        head = None if item.refers_back else frames.compared_head(item.comparative, item.inside)
        if head is None and not item.refers_back and figure.unit == "count":
            # "открылось на 5 школ больше": a count compared names its own noun
            head = counts.counted_noun(item.anchor, item.inside)
        if head is not None:
            # the comparative is no part of what it compares ('впятеро [меньше] нефти')
            item.metric = (metric.phrase(head, item.inside | {item.comparative.i}), head)
        # '..., это на 14% больше': it measures what the claim before measures, or nothing
        item.no_metric = item.refers_back
        return item
    _find_trigger(doc, words, item)
    if _exceeds_what_before(item):
        return item
    outpacing = _what_outpaces(item)
    head = _what_exceeds(item) or _what_exceeds_many_times(item) or outpacing \
        or metric.metric_head_or_no_head(figure, item.anchor, item.inside, item.trigger, item.direction)
    if head is NO_HEAD:
        item.no_metric, head = True, None
    if head is None and figure.unit in ("count",) and item.anchor.head.pos_ == "NOUN" \
            and item.anchor.head.i < item.anchor.i and item.anchor.head.i not in item.inside \
            and not dashes.before_dash(item.anchor.head, item.inside) \
            and not hung_on.scale_of_another_number(item.anchor.head, item.inside) \
            and not word_kinds.names_period(item.anchor.head) \
            and not frames.after_a_bracket_naming_its_own(item.inside, doc):
        # "количество арестованных журналистов (67)": the quantity noun above it,
        # but not a list item after a bracket that named the counted noun
        # ("математики (212 вакансий), физики (148)"), which takes the list's metric
        head = frames.quantity_above(item.anchor.head, item.inside) or item.anchor.head
    if head is not None and item.trigger is not None and head.i == item.trigger.i \
            and (outpacing is None or outpacing.i != head.i):
        # "Котировки показали рост на 3,5%": the change noun is the trigger;
        # what changes is the subject of the verb that has the change (but
        # "подорожание вчетверо опередило инфляцию" is a ratio of the change itself)
        head = subjects.subject_of_holder(head, item.inside)
    if head is not None:
        item.metric = (metric.phrase(head, item.inside), head)
    elif _money_paid_or_received(item) or metric.sum_on_a_person(figure, item.anchor, item.inside):
        item.no_metric = True    # NOTES.md: money paid or received with no noun naming it has no metric
    elif priced_goods.size_of_a_good_with_no_price(figure, item.anchor, item.inside):
        item.no_metric = True    # a size on a line that lists no goods: the rule declined its noun
    elif hung_on.listed_after_a_noun(item.anchor, item.inside):
        item.no_metric = True    # a figure listed after things ('дом, катер, а также 90 тысяч долларов') sizes none
    _change_past_a_mark(item)
    return item


def _money_paid_or_received(item):
    """'семьи получат 15 тыс. рублей', 'гости тратили около 5 тыс. рублей', 'фонд
    инвестировал в Казани 2 млрд рублей', 'компания заработала 5 млн рублей': a sum
    that is the object of a verb of paying, receiving, investing or earning, where
    the rules found no purpose."""
    verb = item.anchor.head
    return item.figure.unit in CURRENCIES and verb.i not in item.inside \
        and any(verb.lemma_ in measure_words(kind) for kind in ("paying_verbs", "investing_verbs", "earning_verbs"))


def _what_exceeds(item):
    """'Расходы превысили план на 12%': the thing that exceeds, a quantity,
    is measured by the excess; with a person for subject ('водитель превысил
    скорость на 40 км/ч') it is the verb's object (None when neither). The
    object is otherwise only the base the excess is counted from."""
    trigger = item.trigger
    if not _what_exceeds_applies(item):
        return None
    subject = subjects.subject_of(_verb_with_the_subject(trigger), item.inside)
    if subject is not None and subject.pos_ == "NOUN" and "Anim" not in subject.morph.get("Animacy"):
        return subject
    return subjects.subject_or_object(trigger, item.inside, prefer_object=True)


def _what_exceeds_many_times(item):
    """'Концентрация нефтепродуктов превышала ПДК в 56 раз', 'Показатель
    составил 2,2, превысив среднероссийский почти в четыре раза': the thing
    that exceeds is measured by the multiple, the object only its base.
    With a person for subject ('водитель превысил скорость в полтора раза')
    what was exceeded is the object."""
    trigger = item.trigger
    if item.figure.unit != "times" or item.figure.preposition != "в" or trigger is None \
            or trigger.pos_ != "VERB" or triggers.level_bound(trigger) != "more_than":
        return None
    subject = _noun_subject_of(trigger, item.inside)
    if subject is None:
        return None
    if word_kinds.names_living_being(subject):
        return subjects.subject_or_object(trigger, item.inside, prefer_object=True)
    return subject


def _what_outpaces(item):
    """'Артиллерия гетмана уступала русской почти вдвое', 'подорожание более
    чем вчетверо опередило инфляцию': a bare ratio hung on a verb of falling
    behind or getting ahead (measures.json outpacing_verbs) measures the
    verb's subject; the object is only the rival it is set against. A person
    or team for subject is left to the other rules."""
    verb = item.anchor.head
    if item.figure.unit != "times" or verb.i == item.anchor.i or verb.pos_ != "VERB" \
            or lemma_of(verb) not in word_kinds.measure_words("outpacing_verbs"):
        return None
    subject = _noun_subject_of(verb, item.inside)
    if subject is None or "Anim" in subject.morph.get("Animacy"):
        return None
    return subject


def _noun_subject_of(verb, inside):
    """The noun subject of a verb (of the finite verb, for a verbal adverb),
    or None. The parser may hang the subject on a later verb ('подорожание
    ... опередило инфляцию, которая составила 4,2%'): a lost one is the
    nominative before the verb."""
    verb = _verb_with_the_subject(verb)
    subject = subjects.subject_of(verb, inside) or subjects.nominative_before(verb.i, verb.doc)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def _verb_with_the_subject(verb):
    """'Коэффициент достиг 13,3, превысив средний уровень на 0,7 пункта': a
    verbal adverb has no subject of its own; it shares the subject of the
    verb it hangs on."""
    if "Conv" in verb.morph.get("VerbForm") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return verb


def _exceeds_what_before(item):
    """'оценивается в 1,07 млрд рублей, что на 12% превышает прошлогоднюю
    сумму': the excess is of the figure the ', что' stands for, whose metric
    references.py gives it; the object is only the base."""
    return _what_exceeds_applies(item) and references.verb_of_what_before(item)


def _what_exceeds_applies(item):
    trigger = item.trigger
    # _exceeded_by has already made the excess an increase, or none when a person exceeded
    return trigger is not None and trigger.pos_ == "VERB" and item.direction in (None, "increase") \
        and item.figure.preposition == "на" and triggers.level_bound(trigger) == "more_than"


def _find_comparative(doc, item):
    """'на 9 больше, чем в 2005 году', 'вдвое выше нормы': a comparison.

    The comparative is the trigger and gives the direction, whether it
    compares with an earlier time, with another thing or with a standard
    ('на 30% больше, чем у предшественницы', 'в пять раз легче Солнца'), as
    annotators who read only CLAIMS.md read every comparison (NOTES.md,
    session 5).
    """
    figure = item.figure
    if figure.preposition not in ("на", "в") and figure.unit != "times":
        return False
    comparative = triggers.comparative_after(doc, item.tokens[-1].i)
    if comparative is None and figure.preposition in ("на", "в"):
        comparative = triggers.comparative_before(doc, item.tokens[0].i, ratio=figure.unit == "times")
    if comparative is None:
        return False
    item.comparative = comparative
    item.refers_back = triggers.refers_back(doc, item.tokens[0].i)
    item.trigger, item.direction = comparative, triggers.comparative_direction(comparative)
    item.change = triggers.change_of(figure, item.direction)
    return True


def _in_measure_phrase(figure, item):
    """'при себестоимости 10 тысяч рублей', 'при отметке 9,3 м': the figure is
    the value of a quantity noun with its own preposition ('на уровне', 'на
    отметку' excepted: they state the level the verb reaches)."""
    measure = metric.measure_phrase_before(figure, item.inside, item.anchor.doc)
    return measure is not None and not frames.level_frame(measure)


def _find_trigger(doc, words, item):
    figure = item.figure
    if triggers.signed_change_after_figure(doc, item.tokens[0].i):
        _read_sign(doc, item)   # '(+14% г/г)' after a level: the sign, not the level's verb
        item.trigger = None
        return
    trigger = triggers.own_conjunct(_candidate_trigger(doc, words, item), item.tokens[0].i)
    if trigger is None:
        trigger = triggers.verb_of_target_level(doc, item.tokens[0].i, _sentence_start(words))
    trigger, direction = _direction_of(trigger, item)
    for rule in _DIRECTION_RULES:
        trigger, direction = rule(trigger, direction, item)
    item.trigger, item.direction = trigger, direction
    item.change = triggers.change_of(figure, direction)
    if direction is None and figure.unit in triggers.SIGNED_CHANGE_UNITS:
        _read_sign(doc, item)
    elif direction is None and triggers.sign_word_before_money_or_weight(item.tokens[0], figure.unit):
        _read_sign(doc, item)   # "Минус 13,4 кило за полгода": a loss, not a weight below zero
    if item.direction is None and figure.value_from is not None and figure.value != figure.value_from:
        # "холодная вода — с 48,76 до 54,22 рубля", "52 рубля вместо 46": a
        # value that replaced another has moved, verb or no verb
        item.direction = "increase" if figure.value > figure.value_from else "decrease"
    if direction in CHANGE_DIRECTIONS and figure.preposition == "до" and item.bound == "less_than":
        item.bound = None
    if direction == "level" and trigger is not None and item.bound is None:
        item.bound = triggers.level_bound(trigger)


def _candidate_trigger(doc, words, item):
    """The first trigger a finder names that none of the checks rejects, else
    None: 'Мясо подешевело на 1,5%, а цены выросли' hangs the figure on the
    later clause's verb, and the nearest change verb before it still holds."""
    for finder in _TRIGGER_FINDERS:
        trigger = finder(doc, words, item)
        if trigger is not None and not any(check(doc, words, item, trigger) for check in _NOT_THE_FIGURES_TRIGGER):
            return trigger
    return None


def _trigger_by_word_order(doc, words, item):
    """Word order first: a trigger verb right before the figure takes it even
    when the parser hung the figure on an earlier verb ("выросла ..., а
    прибыль увеличилась на 64%")."""
    skipped = skipped_before_figure("bounds_and_prepositions")
    # 'на уровне' right before the figure comes before the parse: 'плата сохранилась на
    # уровне [118 тыс. тенге], реальная зарплата снизилась на 3,6%' may hang the figure
    # on the later verb (the development gold gives 'на уровне N' a level 115 of 115)
    return triggers.adjacent_verb_trigger(doc, item.tokens[0].i, skipped) \
        or _change_noun_sized(doc, item, skipped) \
        or triggers.level_of_renamed_noun(doc, item.tokens[0].i, skipped) \
        or triggers.governing_trigger(item.anchor, item.inside) \
        or triggers.verb_of_renamed_target(doc, item.tokens[0].i, skipped)


def _change_noun_sized(doc, item, skipped):
    """'выросли на 0,2% после падения на 0,7%': the change noun right before
    'на'/'до' is the figure's trigger, wherever the parser hung the figure."""
    if item.figure.preposition not in ("на", "до"):
        return None
    return triggers.adjacent_change_noun(doc, item.tokens[0].i, skipped)


def _the_verb_itself(doc, words, item):
    """'цены удвоились': a verb of multiplying is its own figure and trigger."""
    return item.anchor if item.figure.kind == "verb" else None


def _nearest_trigger_of_a_change_size(doc, words, item):
    if item.figure.kind == "compound" and not may_be_half_unit(normalize(item.tokens[0].text)):
        return None       # 'на четырёхдневную неделю': an adjective's number sizes its noun, never a change
    # ('снижения ставки на полпроцента': a half unit is a noun, sized like '0,5%')
    if item.figure.preposition in ("на", "до") or item.figure.unit == "times":
        nearest = triggers.nearest_trigger_left(doc, item.tokens[0].i, _sentence_start(words))
        return _change_verb_of_the_object(doc, nearest) or nearest
    return None


def _change_verb_of_the_object(doc, noun):
    """'может снизить темпы роста ещё на 0,5%', 'ускорит темп прироста на 1%':
    a change noun in the genitive of the object right after a change verb names
    what the verb changes; the verb is the trigger. Read off word order, as the
    parser may hang the object and the figure on another verb."""
    if noun is None or noun.pos_ != "NOUN" or "Gen" not in noun.morph.get("Case") or noun.i < 2:
        return None
    measured, verb = doc[noun.i - 1], doc[noun.i - 2]
    if measured.pos_ != "NOUN" or "Acc" not in measured.morph.get("Case") or verb.pos_ != "VERB":
        return None
    return verb if triggers.direction_of(verb) in CHANGE_DIRECTIONS else None


def _verb_before_bracket(doc, words, item):
    if item.figure.unit in triggers.SIGNED_CHANGE_UNITS and _closes_bracket(doc, item):
        return triggers.verb_of_subject_before_bracket(doc, item.tokens[0].i)
    return None


def _change_noun_as_subject(doc, words, item):
    """"рост числа посетителей — уже 30%": a change noun as the figure's subject
    (the last such subject, if there are several)."""
    trigger = None
    for child in _dependents_of_the_figure(item):
        if child.dep_ == "nsubj" and triggers.direction_of(child) in CHANGE_DIRECTIONS:
            trigger = child
    return trigger


def _dependents_of_the_figure(item):
    """The words that hang on the figure and, when it sits in an amount frame
    ('рост будет в диапазоне 5–5,5%'), those that hang on the frame noun,
    whose subject is the figure's."""
    children = list(item.anchor.children)
    head = item.anchor.head
    if head.i != item.anchor.i and frames.amount_frames().get(word_kinds.lemma_of(head)) is not None:
        children += [child for child in head.children if child.i != item.anchor.i]
    return children


def _change_noun_of_the_counted(doc, words, item):
    """'о сокращении 320 рабочих мест': a change noun right
    before a count, governing the noun the count counts, says how many were
    cut or added: the count is the size of that change."""
    if item.figure.unit != "count" or item.tokens[0].i == 0:
        return None
    change = doc[item.tokens[0].i - 1]
    if change.pos_ != "NOUN" or triggers.direction_of(change) not in CHANGE_DIRECTIONS:
        return None
    # read off word order: the parser may hang the counted noun on a later noun
    counted = near_figure.noun_right_after(item.inside, doc)
    return change if counted is not None and "Gen" in counted.morph.get("Case") else None


def _verb_a_multiple_exceeds_by(doc, words, item):
    """'Концентрация превышала ПДК в [56 раз], через трое суток она
    снизилась': a multiple right after a verb of exceeding and its object
    says how many times the subject exceeds it, though the parser may hang
    the multiple on a later verb. Read off word order: the verb that sets a
    'more than' bound ('превышать', 'превысить') before the figure in its
    clause, with only its object's words between."""
    if item.figure.unit != "times" or item.figure.preposition != "в":
        return None
    for index in range(item.tokens[0].i - 1, max(-1, item.tokens[0].i - MAX_OBJECT_WORDS - 2), -1):
        token = doc[index]
        if token.text in word_kinds.CLAUSE_EDGES:
            return None
        if token.pos_ == "VERB" and triggers.level_bound(token) == "more_than":
            return token
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


MAX_OBJECT_WORDS = 5    # 'превышает среднегодовую норму по городу [в 2 раза]'


_TRIGGER_FINDERS = (_the_verb_itself, _verb_a_multiple_exceeds_by, _trigger_by_word_order, _nearest_trigger_of_a_change_size, _verb_before_bracket,
                    _change_noun_as_subject, _change_noun_of_the_counted)


def _verb_between(doc, words, item, trigger):
    """Another verb stands between: "поднялся на 1-е место, опережая «Краснодар» на 1 очко"."""
    return triggers.another_verb_between(doc, trigger, item.tokens[0].i)


def _verb_of_a_circumstance(doc, words, item, trigger):
    """"достиг 9,12 м при критической отметке 9,3 м": a circumstance, not the verb's value"""
    return trigger.pos_ in ("VERB", "AUX") and _in_measure_phrase(item.figure, item)


def _outside_its_condition(doc, words, item, trigger):
    """'достигла 2 350 человек при вместимости арены в 3 000', 'усиление
    ветра до 12–15 м/с, при порывах до 20 м/с': the trigger stands before the
    'при' that opens the figure's phrase, so it says nothing of the figure; a
    trigger inside the phrase ('при падении курса до $65 000') still does."""
    opener = triggers.condition_opener_before(doc, item.tokens[0].i, _sentence_start(words))
    return opener is not None and trigger.i < opener.i


def _in_a_later_clause(doc, words, item, trigger):
    """The trigger is in a later clause: "продано 24,1 млн билетов, а цена выросла"."""
    return triggers.in_a_later_clause(doc, item.tokens[-1].i, trigger)


def _names_a_group(doc, words, item, trigger):
    """"вклады сроком свыше 3 лет выросли на 12%": the years name the group"""
    return triggers.has_a_later_change_value(trigger, item.tokens[-1].i, item.figure.preposition)


def _names_a_size(doc, words, item, trigger):
    """The trigger names a size, not a change: "рост игрока — 218 см"."""
    figure = item.figure
    return triggers.names_a_size(trigger, words.norms[figure.number_end:figure.end])


def _names_a_purpose(doc, words, item, trigger):
    """"потратили на усиление более 40 млн евро": a change noun a verb of
    giving takes with 'на' before the money is what the money goes to
    (purposes.py finds it as the metric), not a change of the money. A
    locative is no purpose: 'цена заложена на уровне 50 долларов' states a level."""
    return trigger.pos_ == "NOUN" and trigger.i < item.tokens[0].i and "на" in case_words(trigger) \
        and "Acc" in trigger.morph.get("Case") \
        and word_kinds.lemma_of(trigger.head) in word_kinds.measure_words("giving_verbs") \
        and item.figure.unit in purposes.GIVEN_UNITS and item.figure.preposition is None


PARTITIVE_REACH = 3    # words from 'из них' to its figure: 'из них почти [половина]'


def _part_after_partitive(doc, words, item, trigger):
    """'Объем размещения составил 9,7 млрд руб., из них [6 млрд руб.] пойдут
    на развитие': a part after 'из них' / 'из которых' is no value of the
    verb before them, which states the whole. The development gold gives
    every such part after a level verb no direction (41 of 41 on 92 sets).
    A verb after the opener ('обратились 41,6 тыс. человек, из них почти 60%
    составили дети') is the part's own, never the whole's."""
    first, last = item.tokens[0].i, item.tokens[-1].i
    if trigger.i > last:
        return part_opener_span(doc, last + 1, trigger.i, labelled_part_openers()) is not None
    opener = part_opener_span(doc, max(trigger.i + 1, first - PARTITIVE_REACH - 2), first,
                              labelled_part_openers())
    # a part labelled before a dash ('из них под пшеницей — [1 900]') is the whole's
    # level told by parts (NOTES.md, session 7), as the gold reads it
    return opener is not None and first - opener[1] <= PARTITIVE_REACH \
        and not any(token.text in CLAUSE_DASHES_AS_TYPED for token in doc[opener[1]:first])


def _share_told_against_a_whole(doc, words, item, trigger):
    """'ущерб составит 2 млрд долларов — это около [8%] ВВП', 'долг составлял
    1,1 млрд рублей, это примерно [28 процентов] от доходов': a share after
    '— это' / ', то есть' tells the figure before as a part of another whole;
    the verb before states only that figure. The development gold gives such
    shares after a level verb no direction (5 of 5); money told again ('аванс
    составил 30% цены, то есть около 28 млрд рублей') keeps the level."""
    if item.figure.unit not in SHARE_UNITS or trigger.i >= item.tokens[0].i:
        return False
    index = item.tokens[0].i - 1
    while index > trigger.i and normalize(doc[index].text) in restating_bounds():
        index -= 1
    opening = opening_of_pointing_back(doc, index)
    return opening is not None and opening > trigger.i


def _added_with_a_verb_of_its_own(doc, words, item, trigger):
    """'долг составляет 1,14 млрд рублей; еще около [380 млн рублей] компания
    задолжала подрядчикам': the verb after the figure is its own."""
    return trigger.i < item.tokens[0].i and triggers.added_with_a_verb_of_its_own(doc, item.tokens, trigger.i)


# a trigger found for the figure is dropped when one of these holds, checked in turn
_NOT_THE_FIGURES_TRIGGER = (_verb_between, _verb_of_a_circumstance, _outside_its_condition, _in_a_later_clause, _names_a_group,
                            _names_a_size, _names_a_purpose, _part_after_partitive, _share_told_against_a_whole,
                            _added_with_a_verb_of_its_own)


def _direction_of(trigger, item):
    """(trigger, direction); a comparative before the figure is its bound instead."""
    direction = triggers.direction_of(trigger) if trigger is not None else None
    if trigger is not None and direction is None:
        direction = triggers.comparative_direction(trigger)
        if trigger.i < item.tokens[0].i:
            # "выше 55%", "не больше 10%": a comparative before the figure is its
            # bound (CLAIMS.md: "более", "свыше", "больше" -> more_than), not a change
            if item.bound is None:
                item.bound = COMPARATIVE_BOUNDS.get(direction)
            trigger = direction = None
            # "на уровне не выше 3,5%": the bound caps the level its frame states
            trigger = _level_frame_before(item)
            direction = "level" if trigger is not None else None
        if item.figure.unit == "times":
            trigger = direction = None   # "в 10 раз больше": a ratio, no direction
    return trigger, direction


def _level_frame_before(item):
    """The 'на уровне' noun the figure states, past its bound, else None."""
    doc = item.anchor.doc
    return triggers.level_of_renamed_noun(doc, item.tokens[0].i, skipped_before_figure("bounds_and_prepositions"))


def _change_of_a_change(trigger, direction, item):
    """'замедления роста ВВП до 5,1%', 'рост потерь на 8%': a change noun
    governing another change noun in the genitive says how that change
    changed; the outer noun is the trigger and the inner phrase the metric,
    as 'Рост портфеля замедлился до 12%' reads with a verb."""
    if trigger is None or trigger.pos_ != "NOUN" or trigger.dep_ != "nmod" \
            or "Gen" not in trigger.morph.get("Case"):
        return trigger, direction
    outer = trigger.head
    outer_direction = triggers.direction_of(outer)
    if outer.i < trigger.i and (outer.pos_ == "NOUN" or word_kinds.mistagged_noun(outer)) \
            and outer_direction in CHANGE_DIRECTIONS:
        return outer, outer_direction
    return trigger, direction


# the bound a denied change past a mark sets: 'не опустилась ниже N' = 'не ниже N'
DENIED_CHANGE_BOUNDS = {"decrease": "at_least", "increase": "at_most"}


def _change_past_a_mark(item):
    """A change verb with a comparative of its own direction right before the
    figure says the quantity moved past a mark. "Инфляция опустилась ниже
    20%", "курс подскочил выше 30 гривен": the figure is where the quantity
    went, bounded by the comparative (change to, less_than / more_than; a
    bound the figure has, 'не выше', stays), as dev gold gives it (fresh-b,
    -f, -y, -bn, -bz, -ci, -cj, -cp, sample). Negated ("температура не
    опустилась ниже +24,3 градуса", "мультипликатор не опускался ниже 6"),
    the level stayed on one side of the mark: a bound on the level ('не
    ниже'), no change; the CLAIMS.md-only annotators give no direction
    (fresh-al, -br, -cp, -cs). Run once the metric is found: the verb still
    names what moved or stayed."""
    direction = item.direction
    if _mark_passed(item) is None:
        return
    if word_kinds.negated(item.trigger):
        item.bound = DENIED_CHANGE_BOUNDS[direction]
        item.direction = item.change = None
        return
    item.change = "to"
    if item.bound is None:
        item.bound = COMPARATIVE_BOUNDS[direction]


def _mark_passed(item):
    """The comparative right before the figure that says its change verb went
    past the figure ('опустилась [ниже] 20%'), else None. A comparative of
    quantity ('больше', 'меньше': 'прибавил больше 26%') measures the change
    itself, so it is no mark."""
    trigger, direction = item.trigger, item.direction
    if direction not in CHANGE_DIRECTIONS or trigger is None or trigger.pos_ != "VERB":
        return None
    start = item.tokens[0].i
    mark = item.anchor.doc[start - 1] if start > 0 else None
    if mark is None or mark.i <= trigger.i or triggers.comparative_direction(mark) != direction \
            or normalize(mark.text) in triggers.trigger_words("quantity_comparatives"):
        return None
    return mark


def _change_among_cases(trigger, direction, item):
    """"в 19% случаев баллы были повышены": "в N" locates the change among
    cases; the size of a change is "на N", "до N" or "в N раз"."""
    if direction in CHANGE_DIRECTIONS and item.figure.preposition == "в" and item.figure.unit != "times":
        return None, None
    return trigger, direction


def _exceeded_by(trigger, direction, item):
    """"на 12% превышает прошлогоднюю сумму", "превысил план на 18%": 'на'
    gives by how much one thing is above another, not a level reached, and
    the CLAIMS.md-only annotators read that as an increase (seven of nine
    such figures, NOTES.md session 8). A person who exceeded something
    ("водитель превысил скорость на 40 км/ч") raised nothing: no direction;
    nor has another level verb with 'на' ("школа на 1 100 мест составляет")."""
    if direction != "level" or trigger.pos_ != "VERB" or item.figure.preposition != "на":
        return trigger, direction
    if triggers.level_bound(trigger) == "more_than" and not _exceeded_by_someone(trigger, item):
        return trigger, "increase"
    return trigger, None


def _fallen_behind_by_a_ratio(trigger, direction, item):
    """'уступает ему в 20 раз', 'уступала русской почти вдвое': a ratio by
    which one thing falls behind another is a comparison, 'в 20 раз меньше',
    and takes the verb as its trigger (triggers.json falling_behind_verbs)."""
    verb = item.anchor.head
    if trigger is not None or direction is not None or item.figure.unit != "times" or verb.i == item.anchor.i \
            or lemma_of(verb) not in triggers.trigger_words("falling_behind_verbs"):
        return trigger, direction
    return verb, "decrease"


def _exceeded_by_someone(verb, item):
    subject = subjects.subject_of(verb, item.inside)
    return subject is not None and "Anim" in subject.morph.get("Animacy")


def _change_noun_of_level_verb(trigger, direction, item):
    """"рост составил 5%": a bare change noun carries the direction (what
    changed is named in an earlier sentence). A change noun that names what
    changed ("рост цен составил 7%", "снижение начальной цены составило
    0,3%") is a quantity of its own whose level the verb states: the
    CLAIMS.md-only annotators give level, the verb for trigger and the change
    noun phrase for the metric (NOTES.md, session 11), as they do for a cap
    on the change ("рост цен не превысит 6%", session 7). A bound of either
    side keeps the level even on a bare change noun: 'падение не превысит
    5%' and 'прирост может превысить 3%', 'её падение превысило 10%' bound
    the change's own size, and every such figure of the development gold
    is level (5 of 5, on fresh-ak, -ao, -cr, -dh, -x)."""
    if direction == "level" and trigger.pos_ == "VERB" and triggers.level_bound(trigger) is None:
        subject = subjects.subject_or_object(trigger, item.inside, prefer_object=False)
        if subject is not None and triggers.direction_of(subject) in CHANGE_DIRECTIONS \
                and not _names_what_changed(subject, item) and not _balance_counted(subject, item) \
                and not _losses(subject, item):
            return subject, triggers.direction_of(subject)
    return trigger, direction


def _names_what_changed(noun, item):
    """'рост цен', 'снижение начальной цены': a change noun with the genitive
    of what changed (the figure itself, hung on the noun, names nothing)."""
    return any(child.i not in item.inside for child in _genitives_under(noun))


def _genitives_under(noun):
    """The genitive nouns that hang on noun ('рост цен', 'прирост населения').
    A word the tagger gives no case ('рост LFL-продаж': a Latin-hyphen word it
    takes for a name) counts when no preposition governs it: only a genitive
    hangs on a noun so."""
    return [child for child in noun.children if child.dep_ == "nmod"
            and ("Gen" in child.morph.get("Case") or _caseless_without_preposition(child))]


def _caseless_without_preposition(word):
    return not word.morph.get("Case") and not any(child.dep_ == "case" for child in word.children)


def _balance_counted(noun, item):
    """'миграционный прирост составил 3 560 человек': a balance noun naming no
    thing that changed, with a count, is a quantity of its own (arrivals over
    departures), and the level verb states its level. Other change nouns keep
    their direction: 'Сокращение составило 300 человек' is a decrease."""
    if item.figure.unit != "count" or word_kinds.lemma_of(noun) not in word_kinds.measure_words("balance_nouns"):
        return False
    return not _genitives_under(noun)     # unlike _names_what_changed, a genitive inside the figure counts too


def _losses(noun, item):
    """'потери противника составили 90 человек', 'потери бюджета составят 1,2
    трлн рублей': the plural of a loss noun names an amount lost, a quantity
    whose level the verb states, not a fall (loss_nouns); a bare singular
    stays a change ('потеря составила 5 кг'; with what was lost named,
    'потеря веса', it is a level by _names_what_changed), and so does a
    multiple, which compares two amounts ('потери выросли в 1,5 раза')."""
    return item.figure.unit != "times" and word_kinds.lemma_of(noun) in word_kinds.measure_words("loss_nouns") \
        and "Plur" in noun.morph.get("Number")


def _plain_count_of_change_verb(trigger, direction, item):
    """"сократила 300 сотрудников": a count that is the object of a change
    verb is a plain count unless the verb's subject names a quantity or
    the figure is the size of the change ("на", "до"), or the verb is one
    whose object is the amount gained or lost ("потерял 2,3 тыс. жителей",
    "сократит 2,3 тыс. сотрудников": triggers.json amount_verbs). A level
    verb ("штат превысил 4 тысячи человек", "Дети составляют половину
    заболевших") always states a level (CLAIMS.md: "level only with
    составлять/достигать/превышать")."""
    figure = item.figure
    if figure.unit in ("count", "fraction") and trigger is not None and trigger.pos_ != "NOUN" \
            and direction != "level" and not _amount_gained_or_lost(trigger, item):
        subject = subjects.subject_or_object(trigger, item.inside, prefer_object=False)
        names_quantity = (subject is not None and word_kinds.is_quantity_noun(subject)) \
            or subjects.quantity_subject_beside(trigger, item.inside) is not None
        if not names_quantity and figure.preposition not in ("на", "до"):
            return None, None
    return trigger, direction


def _amount_gained_or_lost(verb, item):
    """Whether the figure, or the noun it counts, is the object of a verb
    whose object is the amount gained or lost ('потерял [2,3 тыс.] жителей');
    a figure the parser merely hangs on it ('прибавил 650 тыс. клиентов,
    теперь их у оператора [23,4 млн]') is not."""
    if word_kinds.lemma_of(verb) not in triggers.trigger_words("amount_verbs"):
        return False
    anchor, first = item.anchor, item.tokens[0].i
    if verb.i > first or any(token.is_punct for token in anchor.doc[verb.i + 1:first]):
        return False     # the object follows its verb in the same clause
    counted = anchor.head if anchor.dep_ in triggers.COUNT_DEPS else anchor
    return any(token.dep_ == "obj" and token.head.i == verb.i for token in (anchor, counted))


def _lost_up_to(trigger, direction, item):
    """"нападавшие потеряли до 600 человек": after a verb of losing, 'до'
    caps how much was lost; a loss reaches no new value, so this is no
    change 'to' it (triggers.json losing_verbs: no direction, bound
    less_than, 4 of 4 in the development gold)."""
    if trigger is None or item.figure.preposition != "до" \
            or lemma_of(trigger) not in triggers.trigger_words("losing_verbs"):
        return trigger, direction
    item.bound = item.bound or "less_than"
    return None, None


def _owner_of_the_change(trigger, direction, item):
    """"у 19 организаций задолженность выросла": a figure after 'у' or
    'среди' counts whose the quantity is, not how much it changed or stands
    at (triggers.json possessor_prepositions: no direction, 37 of 37)."""
    if direction is None or not _after_a_possessor_preposition(item):
        return trigger, direction
    return None, None


def _after_a_possessor_preposition(item):
    """Whether 'у'/'среди' stands right before the figure, past bound words
    ('у более 300 семей'). Word order, not the tree: the parser hangs a
    figure on a group before it ('Среди выехавших 86% составляют мужчины',
    'среди молодёжи 18–24 лет этот показатель подскочил до 32%'), and those
    keep the verb's direction."""
    before = word_kinds.word_before(item.anchor.doc, item.tokens[0].i, word_kinds.bound_words("bounds"))
    return before is not None and normalize(before.text) in triggers.trigger_words("possessor_prepositions")


# Prepositions that give a change verb its own size: 'подорожал с 450 до 520', 'выросла на 1,2 п.п.'.
SIZE_PREPOSITIONS = {"с", "со", "на", "до"}


def _size_before_its_verb(trigger, direction, item):
    """"Доля кредитов с просрочкой свыше 90 дней снизилась с 5,1% до 4,3%",
    "базовый пакет на 100 Мбит/с подорожал с 450 до 520 рублей": a figure
    in the subject before a change verb that has its own size after it
    names what changes, not by how much: no direction (every such figure of
    the development gold, about 40 in 30 sets). A size of another kind
    still counts ('на 10% выросли, до 55 рублей': 'на' and 'до' say two
    things about one change), as does a ratio."""
    if direction not in CHANGE_DIRECTIONS or trigger is None or trigger.pos_ not in ("VERB", "AUX") \
            or trigger.i <= item.tokens[-1].i or item.figure.unit == "times":
        return trigger, direction
    doc = trigger.doc
    if any(token.is_punct for token in doc[item.tokens[-1].i + 1:trigger.i]):
        return trigger, direction
    own = _sizes_right_after(trigger)
    mine = item.figure.preposition
    if not own or (mine in triggers.CHANGE_BY_PREPOSITION and mine not in own and not {"с", "до"} <= own):
        return trigger, direction
    return trigger, None   # the verb still says whose the figure is ('базовый пакет на 100 Мбит/с')


def _sizes_right_after(verb):
    """The prepositions of the figures right after a verb, in its clause:
    {'с', 'до'} for 'подорожал с 450 до 520 рублей', {'на'} for 'выросла на 1,2 п.п.'."""
    doc, found = verb.doc, set()
    bounds = skipped_before_figure("bounds")
    for position in range(verb.i + 1, min(len(doc) - 1, verb.i + 8)):
        word = doc[position]
        if word.is_punct and word.text not in ("%",):
            break
        after = position + 1
        while after < len(doc) - 1 and normalize(doc[after].text) in bounds:
            after += 1
        if normalize(word.text) in SIZE_PREPOSITIONS and doc[after].like_num:
            found.add("с" if normalize(word.text) == "со" else normalize(word.text))
    return found


# each takes and gives (trigger, direction), in this order
_DIRECTION_RULES = (_change_of_a_change, _change_among_cases, _exceeded_by, _fallen_behind_by_a_ratio, _change_noun_of_level_verb, _plain_count_of_change_verb,
                    _lost_up_to, _owner_of_the_change, _size_before_its_verb)


def _read_sign(doc, item):
    """"(-1,8%)": a fall by 1.8%, as "снизилось на 1,8%" would say it."""
    signed = triggers.sign_direction(doc, item.tokens[0].i)
    if signed:
        figure = item.figure
        if figure.value_max is not None and figure.value_max < 0:
            # "минус 500–600 млрд": both ends were signed and swapped; unsign and swap back
            item.figure = figure._replace(value=-figure.value_max, value_max=-figure.value)
        else:
            item.figure = figure._replace(value=abs(figure.value))
        item.direction, item.change = signed, "by"
        if triggers.is_sign_word(item.tokens[0]):
            # "минус 1,4%": the sign word stays outside the span, as "на" would
            item.tokens = item.tokens[1:]
            item.inside = frozenset(t.i for t in item.tokens)


def _closes_bracket(doc, item):
    last = item.tokens[-1].i
    return last + 1 < len(doc) and doc[last + 1].text == ")"


def _sentence_start(words):
    """Token index where the search for a trigger to the left stops: the
    sentence's start (a change word before an earlier figure of the sentence
    may still govern this one: "выросла на 5%, а за год — на 12%")."""
    return words.tokens[0].i
