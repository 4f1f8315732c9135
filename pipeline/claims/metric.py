"""What a figure measures, read off the dependency tree: the entry point.

- a count: the counted noun ("428 таких сообщений" -> "таких сообщений");
  but when a level or change verb takes the count, its subject if that
  names a quantity ("Число погибших достигло 16 человек" -> "Число погибших");
- a share, money or measure: a genitive noun after it ("80 процентов акций"),
  else the object or subject of its trigger ("снизить уровень преступности
  на 10%", "Доля ... составляет 70%"), else the noun it is the size of
  ("штраф в размере 500 млн", "стоимостью $70 млн").
The span is the head noun with its adjectives and genitive dependents.

metric_head tries the rules of _HEAD_RULES in order (rule_chain.py says how a
rule settles the head or passes). What the rules read lives by concern in
  word_kinds.py    what kind of word a token is (number, name, period, verb);
  near_figure.py   the words right next to a figure: the noun after it, its
                   genitive ('80 процентов акций'), the verb above it;
  subjects.py      a verb's subject or object, also when the parser loses it;
  frames.py        frames and quantity nouns ('в размере', 'на уровне'),
                   comparatives as bounds ('выше 15%'), brackets, rates ('под 21%');
  dashes.py        dash equations ('Экипаж — три космонавта') and list labels;
and the families of rules live in
  counts.py        what a count counts, or the subject of the verb it is the
                   value of ('штат превысил 4 тысячи человек'): the count rules;
  shares.py        shares and parts of a whole: the whole a part is taken from
                   ('из них 78% ...'), the part a share goes to ('на транспорт');
  value_verbs.py   verbs of costing, reaching and valuing, whose subject or
                   object the figure is the value of ('метр стоит 218 тыс. рублей');
  weighed_stuff.py the stuff a weight or volume measures, the genitive right
                   after it ('40 кг прекурсоров', 'пакет — 30 ГБ трафика');
  lasting.py       spans of time and distance: what lasts or stretches, by the
                   verb before ('беременности, длящейся 21–23 недель', 'в неделю');
  durations.py     what a span of time measures, read off the tree: the noun it
                   modifies, the subject of a verb of lasting ('Полёт занял 13
                   суток'); a span over a threshold sorts into a kind
                   ('просрочка свыше 90 дней');
  prison_terms.py  a later prison term has no metric, and whoever gives or
                   receives a term is not what lasts ('суд назначил 4 года');
  distances.py     distances to or from a point, which locate and measure
                   nothing ('в 50 км от столицы');
  instruction_steps.py  a span of time in a step of instructions measures the
                   step, its imperative ('Выпекайте 35–40 минут');
  priced_goods.py  a good opening a line, its pack size and its price
                   ('Грунтовка 10 л — около 900 рублей');
  paid_or_taken.py what a sum paid 'за' or a rate 'под' belongs to, the verb's
                   object or subject ('яйца брала за 98 рублей', 'взял ипотеку под 7,9%'),
                   and a span taken 'за', its subject ('Снег растает за три дня').
The rules left here are short ones over those helpers, and the last resorts
(the noun the parser hangs the figure on).
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims.answers import asked_about, counted_in_question
from pipeline.claims.counts import count_agreeing_with_its_noun, what_is_counted
from pipeline.claims.dashes import (before_dash, label_with_preposition_before_dash, dash_before, noun_after_opening_figure, quantity_before_dash,
                                    subject_before_dash)
from pipeline.claims.distances import DISTANCE_UNITS, holder_of_a_position, locates_from_a_point, point_of_a_distance
from pipeline.claims.durations import noun_an_infinitive_completes, term_holder, threshold_of_a_kind, what_lasts
from pipeline.claims.frame_before_a_dash import noun_a_frame_sizes_before_a_dash
from pipeline.claims.figure_asides import noun_before_an_aside_figure
from pipeline.claims.frames import (after_a_bracket_naming_its_own, alone_in_brackets, dealt_out_noun, framed_noun, frames_money_without_preposition,
                                    head_before_bracket, holder_of_level, level_frame, level_holder, noun_phrase_before, quantity_just_before, quantity_without_verb,
                                    rated_noun, subject_above_a_bound)
from pipeline.claims.held_in_a_fund import fund_holding_the_money
from pipeline.claims.instruction_steps import verb_of_an_instruction_step
from pipeline.claims.hung_on import label_before_colon, label_opening_its_line, not_what_it_measures
from pipeline.claims.lasting import noun_taking_span_per_period, what_lasts_by_the_verb_before
from pipeline.claims.lexicon import FROM_PREPOSITIONS, case_words, normalize
from pipeline.claims.most_of import noun_after_superlative_lead_in, in_a_lead_in
from pipeline.claims.near_figure import (NOUN_REACH, first_noun_after, genitive_after, noun_of_a_ratio_name, noun_right_after,
                                         own_counted_noun, ratio_named_before)
from pipeline.claims.paid_or_taken import what_was_paid_for
from pipeline.claims.part_openers import in_part_opener
from pipeline.claims.plain_predicates import noun_described_before_a_comma, subject_of_a_plain_predicate, subject_sized_after_na
from pipeline.claims.priced_goods import good_of_a_priced_pack
from pipeline.claims.prison_terms import no_metric_for_a_later_term
from pipeline.claims.rate_quotes import rate_noun_of_a_quote
from pipeline.claims.rule_chain import NO_HEAD, first_answer, settled
from pipeline.claims.shares import (agrees_with_noun, counted_recipient, every_nth_without_its_noun, group_a_share_is_of,
                                    whole_a_part_is_taken_from, whole_of_the_next_share)
from pipeline.claims.subjects import (agreeing_subject, copula_subject, group_before_copula, inherited_subject,
                                      object_right_after, subject_of, subject_or_object, who_says_it)
from pipeline.claims.triggers import CHANGE_DIRECTIONS, dimension_of_a_change
from pipeline.claims.units import CURRENCIES, DURATION_UNITS, SHARE_UNITS, TIME_UNITS
from pipeline.claims.value_verbs import object_of_valuing_verb, subject_of_value_verb, what_earned_the_sum
from pipeline.claims.weighed_stuff import (measured_stuff_after, own_stuff_of_a_sum_or_measure, stuff_after_the_measure, stuff_of_the_figure_before,
                                           stuff_right_after_a_dash)
from pipeline.claims.word_kinds import (COUNT_DEPS, NOUNISH, SUBJECT_DEPS, after_preposition, bound_words, clause_span,
                                        finite_verb, is_number_phrase, in_comparison_mark, lemma_of, measure_words,
                                        mistagged_noun, names_day, names_living_being, names_period, names_person, number_word, verb_form_tagged_noun, verb_tagged_noun,
                                        word_at_or_after, word_before)

PHRASE_DEPS = {"amod", "det", "nmod", "flat", "flat:name", "flat:foreign", "compound", "nummod:gov"}
MAX_PHRASE = 8


def phrase(token, inside=frozenset()):
    """(start_i, end_i) of the noun phrase headed by token: adjectives, genitives."""
    members = [token.i]
    stack = [token]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.i in inside or child.dep_ not in PHRASE_DEPS:
                continue
            if child.dep_ == "nmod" and any(g.dep_ == "case" for g in child.children) and node is not token:
                continue
            if in_a_lead_in(child):
                continue      # "Больше всего голосов": the lead-in says which part, not what is measured
            if frames_money_without_preposition(child):
                continue      # "облигации объёмом 5 млрд": the frame says how much, not what
            if names_period(child):
                continue      # "Выручка сети за квартал": the period is the claim's time, not its metric
            if lemma_of(child) in measure_words("how_many_words"):
                continue      # "сколько пассажиров": the question word asks for the number, names nothing
            if child.i < token.i and is_number_phrase(child, inside):
                continue      # "при ставке 19,8% и сроке 5 лет": another figure left of the head is no part of it
            if abs(child.i - token.i) > MAX_PHRASE:
                continue
            members.append(child.i)
            stack.append(child)
    start, end = min(members), max(members) + 1
    # never swallow the figure itself: keep the side of the head
    for i in inside:
        if start <= i < end:
            if i < token.i:
                start = max(start, i + 1)
            else:
                end = min(end, i)
    # a dash or a comma after the head ends the phrase: 'Размер скидки — 50, 75 или 100%'
    # (what follows the dash is the value), '57 человек, из них 21' (the comma opens a part or an aside)
    doc = token.doc
    end = next((i for i in range(token.i + 1, end) if doc[i].text in CLAUSE_DASHES or doc[i].text == ","), end)
    start = next((i + 1 for i in range(token.i - 1, start - 1, -1) if doc[i].text in CLAUSE_DASHES), start)
    # a phrase starting with punctuation or a preposition is trimmed
    while start < token.i and doc[start].pos_ in ("PUNCT", "ADP", "CCONJ"):
        start += 1
    while end - 1 > token.i and doc[end - 1].pos_ in ("PUNCT", "ADP", "CCONJ"):
        end -= 1
    return start, end


def metric_head(figure, anchor, inside, trigger, direction):
    """The token heading the metric of a figure, or None."""
    head = metric_head_or_no_head(figure, anchor, inside, trigger, direction)
    return None if head is NO_HEAD else head


def metric_head_or_no_head(figure, anchor, inside, trigger, direction):
    """The token heading the metric of a figure; NO_HEAD when a rule settles
    that the figure measures nothing (or refuses the word the rules found);
    None when no rule found anything.

    Whatever rule finds it, the head is a word naming a thing or quantity:
    never another figure ('650 млрд рублей'), a scale word or a finite verb.
    A digest line ('• 250 — столько волонтёров вышли') is settled first: the
    words restating its figure count the noun after them as the figure does."""
    opening = noun_after_opening_figure(inside, anchor.doc) if trigger is None else None
    if opening is not None:
        return opening
    # 'Выпекайте 35–40 минут': the step lasts, and a verb names it; the checks
    # below are for nouns, and would drop the verb as a finite one
    step = verb_of_an_instruction_step(figure, anchor, inside) if trigger is None else None
    if step is not None:
        return step
    head = _metric_head(figure, anchor, inside, trigger, direction)
    if head is NO_HEAD:
        return NO_HEAD
    if head is not None:
        head = noun_of_a_ratio_name(head)
    if head is not None and level_frame(head):
        head = holder_of_level(head, inside)
    # ('перевод на четырёхдневную неделю': a compound adjective's span sizes its own noun)
    sizes_its_noun = figure.kind == "compound"
    if head is not None and figure.unit in DURATION_UNITS and not sizes_its_noun:
        head = term_holder(head) or noun_an_infinitive_completes(head, anchor, inside) or head
    if head is not None and names_period(head) and not sizes_its_noun:
        head = settled(topic_of_period(head, inside))
        if head is NO_HEAD:
            return NO_HEAD
    if head is not None and (point_of_a_distance(figure, head, inside) or locates_from_a_point(figure, inside, anchor.doc)) \
            and head != holder_of_a_position(figure, anchor, inside):
        return NO_HEAD    # a distance to or from a point measures nothing named
    if head is None and locates_from_a_point(figure, inside, anchor.doc):
        return NO_HEAD    # 'в 20 верстах от Смоленска' with nothing found: still a place, settled empty
    if head is not None and (head.i in inside or (is_number_phrase(head, inside) and not counted_recipient(head, anchor, inside)
                                                  and not _worth_of_counted_things(figure, head, inside)
                                                  and head != noun_counted_in_brackets_after(inside, anchor.doc))
                             or finite_verb(head) or names_person(head) or in_part_opener(head) or in_comparison_mark(head)
                             or (who_says_it(head) and not _counted_by(figure, head, anchor, inside))):
        return NO_HEAD    # the word the rules settled on is no metric: none other is either
    return head


def _worth_of_counted_things(figure, head, inside):
    """'выделили два пакета помощи на 240 млрд евро', 'три контракта на 15 млрд
    рублей': a sum after 'на' right after a noun that a number of its own
    counts is what those things are worth together, so the noun stays its
    metric, as for a noun no number counts ('контракт на 52 млн')."""
    doc = head.doc
    position = _position_of_preposition(inside, doc)
    if figure.unit not in CURRENCIES or position is None \
            or normalize(doc[position].text) not in measure_words("worth_prepositions"):
        return False
    # the noun phrase ending at the preposition, climbed to its head ('пакета помощи')
    noun = doc[position - 1]
    while noun.i != head.i and noun.dep_ == "nmod" and noun.head.i < noun.i:
        noun = noun.head
    return noun.i == head.i


def _counted_by(figure, noun, anchor, inside):
    """'писали 2 140 школьников', 'каждый пятый респондент ожидает': the noun
    the figure itself counts. The words of 'каждый N-й' agree with their noun
    as adjectives do, so that noun is the group a fifth is taken of, even as
    the subject of a verb of saying or expecting."""
    return (anchor.dep_ in COUNT_DEPS and anchor.head.i == noun.i) or agrees_with_noun(figure, noun, inside)


def topic_of_period(period, inside):
    """'Выручка сети за квартал: +2,5%', 'Выпуск стали в мае: 5,2 млн тонн':
    what the period phrase belongs to, the noun it hangs from or the subject
    of its verb, is what the figure measures."""
    holder = period.head
    if holder.i == period.i or holder.i in inside or names_day(period):
        return None       # 'Среда: облачно, днём до +7 °C': a day heads a forecast's line, no quantity
    if holder.pos_ in NOUNISH:
        return None if names_period(holder) or is_number_phrase(holder, inside) else holder
    if holder.pos_ in ("VERB", "AUX"):
        subject = subject_of(holder, inside)
        return subject if subject is not None and subject.pos_ in NOUNISH and not names_period(subject) else None
    return None


def _metric_head(figure, anchor, inside, trigger, direction):
    """The token the figure measures: the first of the head rules that settles it."""
    return first_answer(_HEAD_RULES, figure, anchor, inside, trigger, direction)


def _label_of_its_line(figure, anchor, inside, trigger, direction):
    # only a rate labels its line ('• инфляция: 15,1%'): a label before an amount
    # may name a kind of item ('– ячмень: 214,5 тыс. га'), a qualifier the NOTES
    # leave without metric, and a count counts its own noun ('• пострадавшие: 12 человек').
    # A share with its own genitive after it is a share of that: 'Цифра дня: 61% жителей
    # Тольятти поддерживают...', 'Опрос: 54% участников...' (gold 10 of 10, 8 sets)
    if figure.unit in SHARE_UNITS and genitive_after(anchor, inside) is None:
        return label_opening_its_line(inside, anchor.doc)
    return None


def _noun_after_compound(figure, anchor, inside, trigger, direction):
    if figure.kind == "compound":
        noun = noun_right_after(inside, anchor.doc)
        if noun is not None and figure.unit == "times" and lemma_of(noun) in measure_words("frame_nouns"):
            return _what_a_multiple_sizes(inside, anchor.doc) or noun
        return noun
    return None


def _what_a_multiple_sizes(inside, doc):
    """'штраф в сорокакратном размере суммы взяток', 'штраф в размере до
    100-кратной суммы взятки': a multiple sizing a frame noun only says how
    many times a base sum the amount is; what it sizes is the noun before the
    frame's preposition (the fine), read off word order, since the parser
    often hangs the frame on a noun further left ('наказание в виде штрафа')."""
    before = word_before(doc, min(inside), bound_words("bounds_and_particles"))
    position = before.i if before is not None else -1
    if position >= 0 and lemma_of(doc[position]) in measure_words("frame_nouns"):
        position -= 1      # 'в размере до 100-кратной суммы': the frame stands before the multiple
    if position < 1 or doc[position].pos_ != "ADP":
        return None
    noun = doc[position - 1]
    if noun.pos_ != "NOUN" or names_person(noun) or names_period(noun):
        return None
    return noun


def _measure_phrase(figure, anchor, inside, trigger, direction):
    return measure_phrase_before(figure, inside, anchor.doc)


def _holder_of_a_position(figure, anchor, inside, trigger, direction):
    return holder_of_a_position(figure, anchor, inside)


def _lasting_or_stretching(figure, anchor, inside, trigger, direction):
    """'беременность, длящаяся 21–23 недели': a span after a verb of lasting
    or stretching measures what that verb is said of (lasting.py); money
    after 'составит' is a level, which other rules read."""
    if figure.unit in DURATION_UNITS:
        per_period = noun_taking_span_per_period(inside, anchor.doc)   # 'работу меньше 40 часов в неделю'
        if per_period is not None:
            return per_period
    if figure.unit in TIME_UNITS or figure.unit in DISTANCE_UNITS:
        return what_lasts_by_the_verb_before(inside, anchor.doc)
    return None


def _loan_of_a_rate(figure, anchor, inside, trigger, direction):
    return rated_noun(figure, inside, anchor.doc)


def _dealt_out(figure, anchor, inside, trigger, direction):
    return dealt_out_noun(figure, inside, anchor.doc)


def _holder_of_named_level(figure, anchor, inside, trigger, direction):
    """"сохранил ставку на уровне 21%", "инфляция на уровне 5%": what stands at that level"""
    if trigger is not None and lemma_of(trigger) == "уровень":
        return settled(holder_of_level(trigger, inside))
    return None


def _level_holder(figure, anchor, inside, trigger, direction):
    """A later clause whose change verb names what it changes ('сохранил прогноз
    на уровне 7,4%, ... может снизить темпы роста ещё на полпроцента') keeps the
    figure the parser hung on the earlier level noun."""
    if trigger is not None and trigger.i > anchor.head.i and object_right_after(trigger, inside) is not None:
        return None
    return level_holder(anchor, inside)


def _subject_of_share_verb(figure, anchor, inside, trigger, direction):
    """"дефицит составит 1,2% ВВП", "иностранцы составили 15% посетителей":
    the subject is what the share measures; the genitive is its base. An
    infinitive shares the subject of the modal word it hangs on ('Дефицит не
    должен превышать 3% ВВП'), and a subject the parser gave another clause
    is the noun that agrees with the verb ('дефицит бюджета превысит 4% ВВП,
    а «дыра» составит ...', with the two subjects swapped)."""
    if trigger is None or direction != "level" or trigger.pos_ not in ("VERB", "AUX") or figure.unit == "count":
        return None
    subject = subject_of(trigger, inside)
    if subject is None and figure.unit in SHARE_UNITS and genitive_after(anchor, inside) is not None:
        subject = inherited_subject(trigger, inside) or agreeing_subject(trigger, inside)
    if subject is None and _a_measure(figure):
        # 'вылов лососей составил 286,4 тыс. тонн', with 'вылов' hung on a later
        # verb: a tonnage, distance or span reached has a holder as a share has
        subject = inherited_subject(trigger, inside) or agreeing_subject(trigger, inside)
        if subject is not None and names_person(subject):
            return None   # 'Сомов ... срок содержания в СИЗО составляет 22 месяца': a person is no holder; later rules read on
    return subject


def _a_measure(figure):
    """A figure in units of weight, length, area, time and the like: neither
    money, a count, a multiple nor a share."""
    return figure.unit not in CURRENCIES and figure.unit not in SHARE_UNITS \
        and figure.unit not in ("count", "times", "percentage_point")


def _done_to_a_degree(figure, anchor, inside, trigger, direction):
    """"номера были заполнены на 64%", "план выполнен на 95%": a share
    after 'на' on a passive participle says how far the deed is done to its
    subject, which is what the figure measures; on a verb with no subject
    named ('парк обновили на треть') to its object"""
    head = anchor.head
    if trigger is not None or figure.unit not in SHARE_UNITS or figure.preposition != "на":
        return None
    if "Pass" in head.morph.get("Voice") and "Part" in head.morph.get("VerbForm"):
        return _thing_met(head, inside, SUBJECT_DEPS)
    if head.pos_ == "VERB" and lemma_of(head) in measure_words("fulfilment_verbs"):
        # 'план мы выполнили на 103%', 'прогноз оправдался на 81%': a verb of
        # fulfilment measures what it meets, named by its doer or not; a subject
        # the parser gave another clause is the noun agreeing with the verb
        met = _thing_met(head, inside, ("obj",)) or _thing_met(head, inside, SUBJECT_DEPS)
        if met is not None and _in_clause_of(met, head):
            return met
        return _unless_person(agreeing_subject(head, inside))
    if head.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        # 'парк обновили на треть': with no subject named, the object is what is done to a degree
        return next((c for c in head.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < min(inside)
                     and not names_person(c)), None)
    return None


def _thing_met(verb, inside, deps):
    """The noun on one of `deps` of `verb` that a share of fulfilment measures (a person is the doer, never the thing)."""
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ in NOUNISH
                 and c.i not in inside and not names_person(c)), None)


def _in_clause_of(noun, verb):
    """Whether no clause edge stands between a noun and its verb (a noun the
    parser hung across a comma from an earlier clause is not the verb's)."""
    first, last = sorted((noun.i, verb.i))
    return not any(normalize(token.text) in RESULT_CLAUSE_EDGES for token in noun.doc[first:last])


def _unless_person(noun):
    return None if noun is None or names_person(noun) else noun


def _quantity_named_without_trigger(figure, anchor, inside, trigger, direction):
    if trigger is None:
        return framed_noun(inside, anchor.doc, money=figure.unit in CURRENCIES) or quantity_before_dash(anchor, inside) \
            or quantity_named_before(figure, inside, anchor.doc) or _subject_of_dash_equation(figure, anchor, inside) \
            or judged_subject(anchor, inside)
    return None


def _subject_of_dash_equation(figure, anchor, inside):
    """'Контроль времени — 2 часа': the noun before the dash; a count that names
    what it counts keeps it ('экипаж — 6 астронавтов' -> 'астронавтов'), as
    CLAIMS.md's plain count does, unless that noun names how many there are
    ('Население района — 41 тысяча человек', quantity_before_dash)."""
    if own_counted_noun(figure, inside, anchor.doc) is not None:
        return None
    return subject_before_dash(anchor, inside)


def _subject_of_a_copula(figure, anchor, inside, trigger, direction):
    # a count counts its own noun ('Очередь была 40 человек' -> 'человек'); a bare
    # one gives the subject's value ('Проходной балл был 271')
    if trigger is None and (figure.unit != "count" or _bare_number(inside, anchor.doc)):
        subject = copula_subject(inside, anchor.doc)
        if subject is None and figure.unit in SHARE_UNITS:
            subject = group_before_copula(inside, anchor.doc)
        return subject
    return None


def _bare_number(inside, doc):
    """Whether no noun or adjective follows the figure (it counts no noun of its own)."""
    word = word_at_or_after(doc, max(inside) + 1)
    return word is None or word.pos_ not in NOUNISH | {"ADJ"}


def _what_the_question_asked(figure, anchor, inside, trigger, direction):
    if trigger is not None:
        return None
    if figure.unit != "count":
        return asked_about(inside, anchor.doc)
    # a count answering 'Сколько ...?' counts its own noun when it names one
    return counted_in_question(inside, anchor.doc) if _bare_number(inside, anchor.doc) else None


def _quantity_without_verb(figure, anchor, inside, trigger, direction):
    if trigger is None and figure.unit != "count":
        return quantity_without_verb(inside, anchor.doc)
    return None


def _genitive_of_trigger_noun(figure, anchor, inside, trigger, direction):
    if trigger is not None and (trigger.pos_ == "NOUN" or mistagged_noun(trigger)):
        for child in trigger.children:
            if child.dep_ == "nmod" and child.i not in inside and child.pos_ in NOUNISH and child.i > trigger.i:
                return child
    return None


def _subject_of_a_change_by_instrumental(figure, anchor, inside, trigger, direction):
    """'Биткоин завершил неделю ростом на 6,4%', 'Индекс закрылся снижением на
    1,2%': a change noun in the bare instrumental, with no genitive of what
    changed, tells how the verb's subject fared; that subject is what changed."""
    if trigger is None or trigger.pos_ != "NOUN" or "Ins" not in trigger.morph.get("Case") \
            or case_words(trigger) or trigger.head.pos_ != "VERB" or trigger.head.i == trigger.i:
        return None
    subject = subject_of(trigger.head, inside)
    return subject if subject is not None and subject.pos_ in NOUNISH else None


def _what_changes_in_shares_of_a_base(figure, anchor, inside, trigger, direction):
    """'Дефицит сократится до 0,6% ВВП', 'расходы урежут до 30% бюджета': a
    change verb moves its object or subject by or to a share of a base named
    in the genitive after the share; the base is what the share is taken of,
    the thing that changes is what is measured (as 'Дефицит составит 1,2% ВВП')."""
    if trigger is None or trigger.pos_ == "NOUN" or direction not in CHANGE_DIRECTIONS \
            or figure.unit != "percent" or figure.preposition not in ("на", "до"):
        return None
    base = genitive_after(anchor, inside)
    if base is None:
        return None
    changing = subject_or_object(trigger, inside, prefer_object=True)
    if changing is None or changing.i == base.i or changing.pos_ != "NOUN" or names_person(changing):
        return None
    return changing


def _share_of_a_base_after_a_noun(figure, anchor, inside, trigger, direction):
    """'дефицит бюджета в 0,25% ВВП', 'профицит в 1% ВВП': a share after 'в'
    right after a noun, with its base in the genitive after it, is that noun's
    size; the genitive is only what the share is taken of. A peak noun names
    no quantity ('Госдолг достигнет пика в 201% ВВП'): the subject of its verb
    is what reaches that peak."""
    if figure.unit != "percent" or figure.preposition != "в" or genitive_after(anchor, inside) is None:
        return None
    position = _position_of_preposition(inside, anchor.doc)
    noun = None if position is None else noun_phrase_before(position, anchor.doc, inside)
    if noun is None or names_person(noun):
        return None
    if lemma_of(noun) in measure_words("peak_nouns"):
        return subject_of(noun.head, inside) if noun.head.pos_ in ("VERB", "AUX") else None
    return noun


def _genitive_after(figure, anchor, inside, trigger, direction):
    return genitive_after(anchor, inside)


def _subject_above_a_bound(figure, anchor, inside, trigger, direction):
    if trigger is None:
        return subject_above_a_bound(inside, anchor.doc)
    return None


def _subject_or_object_of_trigger_verb(figure, anchor, inside, trigger, direction):
    if trigger is not None and (trigger.pos_ != "NOUN" or verb_tagged_noun(trigger)):
        return settled(subject_or_object(trigger, inside, prefer_object=direction != "level"))
    return None


def _noun_after_percent(figure, anchor, inside, trigger, direction):
    if figure.unit == "percent":
        return noun_right_after(inside, anchor.doc, skip_figures=True)
    return None


def _object_given_up_to(figure, anchor, inside, trigger, direction):
    """'компенсируем аренду жилья до 80 тысяч тенге': a sum after 'до' on a
    verb with no direction caps what the verb pays or gives, its object
    right before the figure."""
    verb = _verb_of_clause_before(inside, anchor.doc)
    if trigger is not None or figure.preposition != "до" or figure.unit not in CURRENCIES or verb is None:
        return None
    # read off word order: the parser may hang the sum on the verb of a clause before
    return next((c for c in verb.children if c.dep_ in ("obj", "iobj") and c.pos_ == "NOUN"
                 and "Acc" in c.morph.get("Case") and not names_person(c)), None)


def _verb_of_clause_before(inside, doc):
    """The nearest verb left of the figure with no punctuation between, or None."""
    for token in reversed(doc[max(min(inside) - NOUN_REACH, 0):min(inside)]):
        if token.is_punct:
            return None
        if token.pos_ == "VERB":
            return token
    return None


def _ratio_before_its_multiple(figure, anchor, inside, trigger, direction):
    """'при EV/EBITDA 6,1x': a multiple with no preposition is the value of the
    ratio named right before it, whatever the parser hangs it on."""
    if figure.unit != "times" or figure.preposition is not None:
        return None
    return ratio_named_before(inside, anchor.doc)


def _noun_before_its_amount(figure, anchor, inside, trigger, direction):
    """'при цели в 6,5 млн', 'при инфляции в 5%': an amount after 'в' right
    after a noun phrase is that noun's size, however the parser hangs it
    (a ratio 'в 2 раза' compares, and a count counts a noun of its own);
    a sum of money after 'на' says what the noun is worth ('Контракт на 52
    млн рублей по итогам торгов заключён'), and after 'от' what the noun
    costs at the least ('туры от 25 тыс. рублей', 'от' read as a bound)."""
    position = _position_of_preposition(inside, anchor.doc)
    worth = _is_sum_put_on_something(figure, position, anchor.doc)
    if (figure.preposition != "в" and not worth) or figure.unit in ("times", "count") or trigger is not None:
        return None
    if not worth:
        return None if position is None else noun_phrase_before(position, anchor.doc, inside)
    noun = _noun_a_sum_is_put_on(position, anchor.doc, inside)
    if noun is not None and (noun.dep_ == "conj" or names_living_being(noun)):
        # 'оштрафовал владельца на 45 тыс.': a sum on a person is a fine or a debt, not what the
        # person is worth; 'машины, сталь и продовольствие на €1 млрд': the whole list is worth it
        return None
    return noun


def sum_on_a_person(figure, anchor, inside):
    """'Суд оштрафовал трёх водителей на 90 тыс. рублей': a sum after 'на' right
    after a person is a fine or a debt, with no metric (_noun_before_its_amount
    declines it; this tells the learned fallback it was declined on purpose)."""
    position = _position_of_preposition(inside, anchor.doc)
    if not _is_sum_put_on_something(figure, position, anchor.doc):
        return False
    noun = _noun_a_sum_is_put_on(position, anchor.doc, inside)
    return noun is not None and names_living_being(noun)


def _is_sum_put_on_something(figure, position, doc):
    """A sum of money after 'на' or 'от' (worth_prepositions), the preposition
    read by the figure or standing at `position`: 'Контракт на 52 млн рублей'."""
    written = None if position is None else normalize(doc[position].text)
    return figure.unit in CURRENCIES and (figure.preposition or written) in measure_words("worth_prepositions")


def _noun_a_sum_is_put_on(position, doc, inside):
    """The noun phrase right before the sum's preposition at `position`, past the
    bound words before it, or the things a number of their own counts there."""
    if position is None:
        return None
    position = _start_of_bounds_before(position, doc)
    noun = noun_phrase_before(position, doc, inside)
    return noun if noun is not None else _counted_things_before(position, doc, inside)


def _start_of_bounds_before(position, doc):
    """'заключили экспортные контракты более чем на 60 млрд долларов', 'перерасчет
    почти на 2000 рублей': bound words before the sum's 'на' say how exact the
    sum is, not what it is the worth of; the noun stands before them."""
    is_bound = bound_words("before_a_worth_preposition")
    while position >= 1 and is_bound(doc[position - 1]):
        position -= 1
    return position


def _counted_things_before(position, doc, inside):
    """'банки выдали 31 402 ипотечных кредита на 56,7 млрд рублей': a sum after
    'на' right after a noun that a number of its own counts is what those
    things are worth together, even when the parser hangs the sum on the verb
    (noun_phrase_before leaves a counted noun to its count; metric_head lets
    it through as _worth_of_counted_things)."""
    noun = doc[position - 1] if position is not None and position >= 1 else None
    if noun is None or noun.pos_ != "NOUN" or names_period(noun) or not is_number_phrase(noun, inside):
        return None
    return noun


def _position_of_preposition(inside, doc):
    """The index of the preposition before the figure and its bound words, or None."""
    position = min(inside) - 1
    while position >= 0 and doc[position].pos_ != "ADP" and doc[position].pos_ in ("ADV", "PART"):
        position -= 1
    return position if position >= 0 and doc[position].pos_ == "ADP" else None


def _noun_the_figure_hangs_on(figure, anchor, inside, trigger, direction):
    head = anchor.head
    if head.i != anchor.i and head.pos_ == "NOUN" and head.i not in inside and not before_dash(head, inside) \
            and not label_with_preposition_before_dash(head, inside) \
            and not _inside_later_brackets(head, inside) and not verb_form_tagged_noun(head):
        if stuff_of_the_figure_before(head, anchor) and measured_stuff_after(figure, inside, anchor.doc) is not None:
            # '20 тонн говядины и 52 тыс. т баранины', the second weight hung
            # on the first's stuff: its own stuff after it is what it weighs
            return measured_stuff_after(figure, inside, anchor.doc)
        if not_what_it_measures(head, anchor, inside):
            return None
        label = label_before_colon(head, inside)
        if label is not None:
            return label
        if lemma_of(head) in measure_words("frame_nouns") and head.head.pos_ == "NOUN":
            return head.head
        if alone_in_brackets(inside, anchor.doc):
            if after_a_bracket_naming_its_own(inside, anchor.doc):
                return None
            return head_before_bracket(head)
        return head
    return None


def _sum_of_a_with_phrase(figure, anchor, inside, trigger, direction):
    """'с бюджетом 5 млн долларов', 'с денежной частью 500 тысяч рублей': a sum
    right after a noun in the instrumental under 'с' is that noun's size, when
    the parser hangs the sum elsewhere (last rule: only when nothing else named it)."""
    if figure.unit not in CURRENCIES or figure.preposition is not None or min(inside) < 2:
        return None
    noun = anchor.doc[min(inside) - 1]
    if noun.pos_ != "NOUN" or "Ins" not in noun.morph.get("Case"):
        return None
    opener = noun.i - 1
    while opener >= 0 and anchor.doc[opener].pos_ in ("ADJ", "DET"):
        opener -= 1
    return noun if opener >= 0 and anchor.doc[opener].lower_ in FROM_PREPOSITIONS else None


def _inside_later_brackets(head, inside):
    """'на 30 тыс. рублей за продажу пива (ст. 14.16 КоАП)': a noun in brackets
    opened after the figure is an aside (an article of law, a source) that the
    parser may hang the figure on; the figure does not size it."""
    last = max(inside)
    return head.i > last and any(t.text == "(" for t in head.doc[last + 1:head.i + 1])


def _share_of_the_count_in_brackets(figure, anchor, inside, trigger, direction):
    """'Саакашвили — 52,1 % (922774 голоса)': a share with a count in brackets
    right after it is a share of what that count counts, as 'N голосов (52%)'
    is read the other way round."""
    if figure.unit not in SHARE_UNITS:
        return None
    return noun_counted_in_brackets_after(inside, anchor.doc)


def noun_counted_in_brackets_after(inside, doc):
    """The noun a count in brackets right after a figure counts, or None."""
    bracket = max(inside) + 1
    if bracket >= len(doc) or doc[bracket].text != "(":
        return None
    position = bracket + 1
    while position < len(doc) and (doc[position].pos_ == "NUM" or number_word(doc[position]) or doc[position].text == "."):
        position += 1
    if position == bracket + 1 or position >= len(doc):
        return None
    noun = doc[position]
    return noun if noun.pos_ == "NOUN" and not names_period(noun) else None


# The words that end the clause a sport result is read in: the next result
# starts after them ('в беге на 100 м — 10,61 с, в прыжке в длину — 7,78 м').
RESULT_CLAUSE_EDGES = (",", ";", ":", ")", "и", "а")


def _event_of_a_result(figure, anchor, inside, trigger, direction):
    """'в беге на 100 м — 10,61 с', 'показал 14,02 с в барьерном беге',
    'метнул диск на 48,3 м': a time or length whose clause names an event is
    that event's result; the event noun nearest the figure is its metric, or
    the event it depends on ('в толкании ядра')."""
    if figure.unit not in ("m", "km", "other"):
        return None
    doc = anchor.doc
    events = [token for token in _clause_around(inside, doc)
              if lemma_of(token) in measure_words("event_nouns") and token.pos_ in NOUNISH]
    if not events:
        return None
    nearest = min(events, key=lambda token: abs(token.i - min(inside)))
    return nearest.head if nearest.head in events else nearest


def _clause_around(inside, doc):
    """The tokens from the clause edge before the figure to the one after it."""
    sentence = doc[min(inside)].sent
    start, end = clause_span(doc, min(inside), max(inside), (sentence.start, sentence.end), RESULT_CLAUSE_EDGES)
    return [doc[i] for i in range(start, end) if i not in inside]


_HEAD_RULES = (
    no_metric_for_a_later_term, noun_after_superlative_lead_in, count_agreeing_with_its_noun, every_nth_without_its_noun, _label_of_its_line, _noun_after_compound,
    noun_described_before_a_comma, good_of_a_priced_pack, rate_noun_of_a_quote, fund_holding_the_money,
    noun_a_frame_sizes_before_a_dash,
    _event_of_a_result, own_stuff_of_a_sum_or_measure, _measure_phrase,
    _holder_of_a_position, _lasting_or_stretching, _loan_of_a_rate, _dealt_out,
    _holder_of_named_level, _level_holder, _ratio_before_its_multiple,
    _subject_of_share_verb, whole_a_part_is_taken_from, stuff_right_after_a_dash, _done_to_a_degree,
    threshold_of_a_kind, group_a_share_is_of, _quantity_named_without_trigger, subject_of_value_verb, what_earned_the_sum, _subject_of_a_copula, _what_the_question_asked,
    _quantity_without_verb,
    _genitive_of_trigger_noun, _subject_of_a_change_by_instrumental, what_is_counted, what_lasts,
    _what_changes_in_shares_of_a_base, _share_of_a_base_after_a_noun, _genitive_after, whole_of_the_next_share, _subject_above_a_bound,
    _subject_or_object_of_trigger_verb, _noun_after_percent, object_of_valuing_verb, _object_given_up_to,
    _noun_before_its_amount, _noun_the_figure_hangs_on, stuff_after_the_measure, _share_of_the_count_in_brackets,
    _sum_of_a_with_phrase, subject_of_a_plain_predicate, subject_sized_after_na, what_was_paid_for,
    noun_before_an_aside_figure,
)


def quantity_named_before(figure, inside, doc):
    """The quantity noun right before a figure ('площадью 25 тыс. кв. м'); a
    span of time names only a quantity of time ('срок до 12 месяцев'): in
    'задолженность дольше трёх месяцев' it marks which debts are meant."""
    quantity = quantity_just_before(inside, doc)
    if quantity is not None and figure.unit in DURATION_UNITS \
            and lemma_of(quantity) not in measure_words("duration_nouns"):
        return None
    return quantity


def judged_subject(anchor, inside):
    """'Явка осталась высокой — 81%', 'Загрузка оказалась низкой — 34%': a figure
    after a dash gives the value of the adjective the verb says its subject
    has; that subject is what is measured."""
    doc = anchor.doc
    dash = dash_before(inside, doc)
    if dash is None or dash < 1 or first_noun_after(inside, doc) is not None:
        return None       # 'Команда оказалась сильной — 5 побед': a count of its own noun
    adjective = doc[dash - 1]
    verb = adjective.head
    if adjective.pos_ != "ADJ" or adjective.dep_ != "xcomp" or verb.pos_ not in ("VERB", "AUX") or verb.i > adjective.i:
        return None
    subject = subject_of(verb, inside) or agreeing_subject(verb, inside)
    return subject if subject is not None and subject.pos_ in NOUNISH else None


def measure_phrase_before(figure, inside, doc):
    """'При себестоимости 10–11 тысяч рублей рентабельность упала': a quantity
    noun with its own preposition right before a figure that has none names
    it; the figure is part of that phrase, whatever verb the parser hangs it on.
    'Товары прибавили в цене 2,7%' is no such phrase: 'в цене' says in what the
    change verb's subject changed, and the figure is that verb's."""
    if figure.preposition is not None:
        return None
    measure = quantity_just_before(inside, doc)
    if measure is None or measure.i != min(inside) - 1 or not after_preposition(measure) \
            or dimension_of_a_change(measure):
        return None
    return measure
