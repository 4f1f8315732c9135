"""Figures that leave their metric, verb or both out (ellipsis, CLAIMS.md).

Each step fills what a figure of a sentence lacks from a figure before it:
- a parallel clause after a dash repeats the verb before it ('выручка
  составила 4,7 трлн, чистая прибыль — 1,1 трлн');
- pairs after a dash equation repeat its subject ('Экипаж при старте — три
  космонавта, при посадке — четыре');
- a figure set against another ('17 ударов против 9') is the same quantity;
- a figure of a list takes its neighbour's metric, and the words that set
  it apart are its qualifier;
- a change, or a figure after a dash, that names nothing measures what the
  paragraph's claim of the same kind of unit measures.
extract.py calls them in this order, after the references are resolved.
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED, CLAUSE_DASHES_OR_HYPHEN
from pipeline.claims.details import without_details
from pipeline.claims.exclusions.shared import cues as exclusion_cues
from pipeline.claims import carried_over, context, dashes, metric, weighed_stuff, near_figure, polled_groups, prison_terms, ratio_names, shares, subjects, triggers, units_in_context, word_kinds
from pipeline.claims.lexicon import case_words, lemma_of, load_json, normalize, skipped_before_figure
from pipeline.claims.lists.brackets import dated_in_bracket_after, placed_in_bracket_after
from pipeline.claims.lists.whole_first import whole_named_first
from pipeline.claims.part_openers import whole_past_its_part
from pipeline.claims.units import CURRENCIES, SHARE_UNITS, read_unit, same_kind


CLAUSE_SEPARATORS = {",", ";", ":", "а", "и", "но"}


def target_after_dash(doc, found):
    """'сократили чистый долг на 8% с начала года — до 184 млрд рублей': a
    figure after a dash and 'до', right after a change by some amount, is
    where that change ended: the same quantity and the same verb, whatever
    its unit."""
    for k, item in enumerate(found):
        if k == 0 or item.figure.preposition != "до":
            continue
        donor = found[k - 1]
        # a comma may stand for the dash: 'увеличилась на 9,8%, до 214,6 млрд рублей'
        dash = _dash_before(doc, item.tokens[0].i)
        if dash is None:
            dash = _comma_before(doc, item.tokens[0].i)
        if dash is None or donor.change != "by" or donor.trigger is None or donor.metric is None:
            continue
        between = doc[donor.tokens[-1].i + 1:dash]
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.like_num for t in between):
            continue
        item.metric = donor.metric
        item.trigger, item.direction = donor.trigger, donor.direction
        item.change = triggers.change_of(item.figure, item.direction)


# What may stand between a change and the "до" of its target: '+9,2% (до 268 руб.)', '+2,7%, до 112 руб.'.
# A change by a verb with a metric ('выросла на 5%, до 12 млрд') is target_after_dash's, which
# runs first and also overrides the target's own verb; without either comma path a development
# document changes, so both stay.
TARGET_OPENERS = {"(", ","}


def target_after_change(doc, found):
    """'огурцы +9,2% (до 268 руб. за кг)': a "до" figure right after a
    change by some amount, with no verb of its own, is where that change
    ended: same quantity, same direction; "до" marks the target, not a cap."""
    for k, item in enumerate(found):
        if k == 0 or item.figure.preposition != "до" or item.direction is not None:
            continue
        donor = found[k - 1]
        if donor.change != "by" or donor.direction not in ("increase", "decrease"):
            continue
        between = doc[donor.tokens[-1].i + 1:item.tokens[0].i]
        if not between or normalize(between[-1].text) != "до" \
                or any(token.text not in TARGET_OPENERS for token in between[:-1]):
            continue
        item.metric = item.metric or donor.metric
        item.trigger, item.direction = donor.trigger, donor.direction
        item.change = "to"
        if item.bound == "less_than":
            item.bound = None


def _comparative_predicate(token):
    """'она ниже', 'там дороже': a comparative standing as a clause's predicate."""
    return token.pos_ in ("ADJ", "ADV") and "Cmp" in token.morph.get("Degree") and token.dep_ not in ("amod", "advmod")


def parallel_after_dash(doc, found):
    """'выручка составила 4,7 трлн, чистая прибыль — 1,1 трлн', 'у хозяев 112 км,
    у гостей — 108': a figure after a dash repeats the verb of the clause before.

    It takes that clause's trigger and direction; its metric is the nominative
    noun before the dash, or else the earlier claim's metric with the words
    before the dash as its qualifier.
    """
    for k, item in enumerate(found):
        if item.comparative is not None:
            continue
        dash = _dash_before(doc, item.tokens[0].i)
        if dash is None:
            continue
        # the dash leaves out a verb, or a comparison ('риск был выше в 2,1 раза,
        # а у курильщиков — в 1,9 раза')
        # a level verb states any kind of value ('кредит составил 6,1 млн рублей, а срок — 26 лет')
        # an abbreviated measure's change may follow a change of any unit
        # ('база сократилась на 300 тыс., ARPU — на 2%'): it is a new subject
        donor = _donor_before_dash(doc, found[:k], item, dash)
        if donor is not None and _verb_leads_in_between(doc, donor, dash):
            donor = None
        if donor is None:
            if not _remnant_of_the_subject(doc, found[:k], item, dash):
                _first_item_after_its_verb(doc, item, dash)
            continue
        lower = max(donor.tokens[-1].i + 1, item.sentence[0])
        # the subject is looked for before a clause describing the noun before the dash
        start = word_kinds.past_a_qualifying_clause(doc, dash, lower, CLAUSE_SEPARATORS)
        while start > lower and normalize(doc[start - 1].text) not in CLAUSE_SEPARATORS:
            start -= 1
        if start >= dash:
            continue
        # a trigger of the figure's own clause stands; one taken from the
        # clause before (by the parse or the search leftwards) is the verb the
        # dash leaves out ("товары подорожали на 8,1%, платные услуги — на 10,6%")
        if item.trigger is not None and item.trigger.i >= start:
            continue
        if any(triggers.opens_clause(token) for token in doc[start:dash]):
            continue   # "а безработица держится на минимуме — 2,2%": no verb left out
        if any(token.text == "(" for token in doc[start:dash]):
            continue   # "почти аншлаг (вместимость арены — 8 500 мест)": a bracket's own equation
        if any(_comparative_predicate(token) for token in doc[start:dash]):
            continue   # "в частном бизнесе она ниже — 64%": the comparison is the predicate
        if not _change_left_unmarked(donor, item):
            item.trigger, item.direction = donor.trigger, donor.direction
            item.change = triggers.change_of(item.figure, item.direction)
        subject = _gapped_subject(doc[start:dash])
        if subject is not None and _names_person(doc[start:dash]) and donor.metric is not None:
            # "Петров набрал 60% голосов, Сидоров — 30%": who the figure is
            # about sets it apart; what it measures is the donor's
            item.metric = donor.metric
            item.qualifiers = [(start, dash)]
        elif subject is not None and _a_model_code(subject) and donor.metric is not None:
            # "Бензин АИ-92 подорожал на 0,5%, АИ-95 — на 0,6%": a grade or
            # model names a kind of the donor's thing, not a thing of its own
            item.metric = donor.metric
            item.qualifiers = [(start, dash)]
        elif subject is not None and _another_kind_of_the_ratio(doc[start:dash], donor):
            # "мультипликатор EV/Sales составит 0,6, а EV/EBITDA — 7": the name
            # of another ratio sets the figure apart; it is still a multiple
            item.metric = donor.metric
            item.qualifiers = [(start, dash)]
        elif subject is not None and _substantivized_adjective(subject) and donor.metric is not None:
            # "Продовольственные товары подорожали на 8,1%, непродовольственные —
            # на 9,7%": the adjective stands for the noun left out (ellipsis,
            # CLAIMS.md): the metric is inherited, the adjective qualifies it
            item.metric = donor.metric
            item.qualifiers = [(start, dash)]
        elif subject is not None and _in_place_of_the_donors_genitive(subject, donor):
            # "курс доллара превышал 80 рублей, евро — 100": a word of no case
            # ('евро') stands for the genitive of the donor's metric, as
            # "доллара — 68 рублей" after "Курс евро" would; it is no subject
            item.metric = donor.metric
            item.qualifiers = [(start, dash)]
        elif subject is not None and _counts_its_own_noun(donor):
            # "край потерял 2,3 тыс. жителей, Приморье — 3,1 тыс.": the count
            # measures the noun it counts; the gapped subject parallels the
            # verb's subject, who lost them, not what was counted
            item.metric = donor.metric
            item.qualifiers = [(start, dash)]
        elif subject is not None:
            item.metric = (metric.phrase(subject, item.inside), subject)
        else:
            item.metric = donor.metric
            item.qualifiers = [(start, dash)]


def _in_place_of_the_donors_genitive(subject, donor):
    """Whether the subject is an indeclinable noun of a unit ('евро') and the
    donor's metric a noun with a genitive unit of its own ('курс доллара'):
    the word the tagger called nominative is that genitive's parallel. A
    donor metric with no such genitive leaves the indeclinable noun its own
    subject ('доллар подешевел на 46 копеек, евро — до 95,40 рубля',
    'Призовой фонд конкурса составил 10 млн тенге; гран-при — 2,5 млн')."""
    if donor.metric is None or not word_kinds.indeclinable(subject) or not _names_a_unit(subject):
        return False
    return any(child.dep_ == "nmod" and child.pos_ in word_kinds.NOUNISH and "Gen" in child.morph.get("Case")
               and _names_a_unit(child) for child in donor.metric[1].children)


def _names_a_unit(token):
    """'доллара', 'евро': a word that reads as a unit on its own (units.json)."""
    return read_unit([normalize(token.text)], 0)[0] is not None


def _counts_its_own_noun(donor):
    """Whether the donor is a count whose metric is the noun right after it,
    the noun it counts (read off word order: the parser may lose the noun
    of a gapped sentence)."""
    if donor.figure.unit != "count" or donor.metric is None:
        return False
    between = donor.anchor.doc[donor.tokens[-1].i + 1:donor.metric[0][0]]
    return donor.metric[0][0] > donor.tokens[-1].i and all(token.text == "." for token in between)


def _donor_before_dash(doc, before, item, dash):
    """The earlier figure whose verb the dash leaves out: the last of the same
    kind, or one the verb states as a level. An abbreviated measure's change
    may follow a change of any unit ('база сократилась на 300 тыс., ARPU — на
    2%'), but a figure of its own kind still comes first: in 'выручка
    прибавила 15%, до 28,3 млрд, EBITDA — 21%' the 21% repeats the 15%, not
    the 'до' figure."""
    with_verb = [d for d in reversed(before) if d.trigger is not None or d.comparative is not None]
    same = next((d for d in with_verb if same_kind(d.figure.unit, item.figure.unit) or d.direction == "level"), None)
    if same is not None and _plain_figure_of_its_kind_between(before, same, item):
        return None
    if same is not None or not _abbreviation_before_dash(doc, item, dash):
        return same
    return next(iter(with_verb), None)


def _plain_figure_of_its_kind_between(before, donor, item):
    """'добыча превысила 79 тыс. т, из них на Бразилию пришлось около 91%, на
    Канаду — порядка 8%': a figure of the item's own kind with no direction,
    nearer than the donor, is the one the dash parallels; the item repeats its
    verbless clause, not the donor's verb of another kind."""
    nearer = [d for d in before if donor.tokens[-1].i < d.tokens[0].i
              and d.tokens[0].i < item.tokens[0].i and d.direction is None and d.comparative is None]
    if not same_kind(donor.figure.unit, item.figure.unit):
        return any(same_kind(d.figure.unit, item.figure.unit) for d in nearer)
    # 'потерял почти четверть населения: в 1989 году жили 8,06 млн человек, в
    # 2010-м — уже 6,29 млн': a share and a count may mix in a list, but a
    # nearer plain count is the one a count after the dash parallels
    return donor.figure.unit != item.figure.unit and any(d.figure.unit == item.figure.unit for d in nearer)


def _verb_leads_in_between(doc, donor, dash):
    """'Тарифы повысятся на 67%, электроэнергия подорожает поэтапно: в первом
    полугодии — на 19%': a clause with a verb of its own, ending in a colon
    between the donor's figure and the dash, leads the items in; they leave
    out that verb, not the donor's."""
    colon = next((i for i in range(dash - 1, donor.tokens[-1].i, -1) if doc[i].text == ":" and doc[i].whitespace_), None)
    return colon is not None and any(triggers.opens_clause(token) for token in doc[donor.tokens[-1].i + 1:colon])


def _abbreviation_before_dash(doc, item, dash):
    """'…, ARPU — на 2%': whether the clause before the dash is only a Latin
    abbreviation of a measure."""
    start = dash
    while start > item.sentence[0] and normalize(doc[start - 1].text) not in CLAUSE_SEPARATORS:
        start -= 1
    words = [token for token in doc[start:dash] if not token.is_space]
    return len(words) == 1 and word_kinds.measure_abbreviation(words[0])


def _gapped_subject(words):
    """The subject of a clause whose verb the dash leaves out: a noun that may
    be nominative ('чистая прибыль — 1,1 трлн'), or a Latin abbreviation of a
    measure, which the tagger leaves without a case ('OIBDA — на 4,1%'). A
    noun after a preposition is a circumstance that sets the figure apart
    ('к евро — на 11,5%'), not a new subject; nor is a month or period, even
    one whose preposition stands before the range's first month ('за январь —
    сентябрь — 211,3 млрд'): it says when. Nor is a name set beside a noun
    of the words ('а в заведениях класса «люкс» — от 10 тысяч'): it names
    that noun, which a preposition may govern."""
    return next((t for t in words if t.pos_ in ("NOUN", "PROPN") and not _preposition_before(t)
                 and not word_kinds.names_period(t) and not _apposition_within(t, words)
                 and (word_kinds.may_be_nominative(t) or word_kinds.measure_abbreviation(t))), None)


def _apposition_within(token, words):
    """Whether the token stands beside another noun of the words as its apposition."""
    return token.dep_ == "appos" and words.start <= token.head.i < words.end


def _preposition_before(token):
    """Whether a preposition stands before the noun, past its adjectives. Read
    off word order: the parser may hang the figure's own 'до' on the noun
    before the dash ('остальную часть — до 12,5 п. п.')."""
    before = token.i - 1
    while before >= 0 and token.doc[before].pos_ in ("ADJ", "DET"):
        before -= 1
    return before >= 0 and token.doc[before].pos_ == "ADP"


def _change_left_unmarked(donor, item):
    """'увеличилась на 0,8 года, до 68,4 года; у мужчин — 62,1': a change is
    repeated after a dash only with its marker ('в центре — на 41%',
    'медсестёр — до 17,9 тыс.'); a bare figure after the change of a marked
    figure states a value, with no direction."""
    return donor.direction in triggers.CHANGE_DIRECTIONS and donor.figure.preposition is not None \
        and item.figure.preposition is None and item.comparative is None


def level_after_comma(doc, found):
    """'Длина реки составляет 16 км, площадь бассейна 133 км2': a clause after
    a comma that is only a noun and a figure leaves out the level verb of the
    clause before, as a dash would; it takes that verb and its direction."""
    for k, item in enumerate(found):
        if k == 0 or item.trigger is not None or item.direction is not None or item.comparative is not None:
            continue
        donor = found[k - 1]
        if donor.direction != "level" or donor.trigger is None or donor.sentence != item.sentence:
            continue
        between = doc[donor.tokens[-1].i + 1:item.tokens[0].i]
        if len(between) < 2 or between[0].text != "," or any(t.is_punct for t in between[1:]):
            continue
        if any(t.pos_ in ("VERB", "AUX", "ADP") or t.like_num for t in between) \
                or not any(t.pos_ == "NOUN" and word_kinds.may_be_nominative(t) for t in between):
            continue
        item.trigger, item.direction = donor.trigger, donor.direction
        item.change = triggers.change_of(item.figure, item.direction)


def share_after_dash(doc, found):
    """'на электронику приходится 34% продаж, ещё 21% — на одежду': a dash
    after a share stands for the share verb of a figure before it, so the
    share measures the same whole; the part after the dash's 'на' only
    narrows it (NOTES.md, decided 2026-11-27, session 4)."""
    for k, item in enumerate(found):
        if k == 0 or item.figure.unit not in SHARE_UNITS:
            continue
        if dashes.noun_after_dash(doc, item, preposition="на") is None:
            _answer_of_the_same_polled(doc, found[:k], item)
            continue
        donor = next((d for d in reversed(found[:k]) if shares.share_recipient(d.anchor, d.inside) is not None), None)
        if donor is not None:
            item.metric = donor.metric


OPENING_QUOTES = {"«", "\"", "„", "“"}


def _answer_of_the_same_polled(doc, before, item):
    """'35% россиян считают, что надёжнее в долларах, 21% — в рублях': a share
    right before a dash and a preposition is the subject of a clause whose verb
    the dash leaves out; it is a share of the same people as the share before
    it with its base named after it, not of the noun after the preposition."""
    dash = item.tokens[-1].i + 1
    after = dash + 1
    while after < item.sentence[1] and doc[after].text in OPENING_QUOTES:
        after += 1        # '17% — «под матрасом»': an answer quoted as it was worded
    if after >= item.sentence[1] or doc[dash].text not in CLAUSE_DASHES_AS_TYPED:
        return
    polled = polled_groups.polled_share_answered_for(doc, before, item)
    if polled is not None:
        item.metric = polled.metric    # '43% самарцев называют дороги, 31% — пробки'
        return
    if not _opens_a_left_out_answer(doc[after]):
        return
    donor = next((d for d in reversed(before) if d.figure.unit in SHARE_UNITS), None)
    if donor is not None and donor.metric is not None and _base_named_after(donor, before):
        item.metric = donor.metric


def _opens_a_left_out_answer(word):
    """'21% — в рублях', '17% — отправиться за границу', '11% — что средств
    не хватает': what the dash's clause keeps of an answer whose verb it
    leaves out starts with a preposition, an infinitive the left-out verb
    governed, or 'что' opening the clause it took as its object."""
    return word.pos_ == "ADP" or "Inf" in word.morph.get("VerbForm") \
        or (word.pos_ == "SCONJ" and normalize(word.text) == "что")


def _base_named_after(share, before):
    """Whether the share's metric is the base right after it ('35% россиян'),
    or was passed on from one ('35% россиян ..., 21% — в рублях, а 17% — ...')."""
    return any(d.figure.unit in SHARE_UNITS and d.metric is not None and d.metric[1].i == d.tokens[-1].i + 1
               and d.metric[1].i == share.metric[1].i for d in before)


def _remnant_of_the_subject(doc, before, item, dash):
    """'пригородные поезда перевезли 23,4 млн человек, а поезда дальнего
    следования — 2,1 млн': the noun before the dash stands where the clause
    before has the verb's subject, and that subject is who acts, not what the
    figure counts (the counted noun after the figure). So the figure counts
    the same noun; the words before the dash set it apart. Returns whether
    it applied."""
    donor = next((d for d in reversed(before) if same_kind(d.figure.unit, item.figure.unit)), None)
    if donor is None or donor.metric is None or donor.metric[1].i <= donor.tokens[-1].i:
        return False
    verb = near_figure.governing_verb(donor.anchor, donor.inside)
    if verb is None or not any(c.dep_ in word_kinds.SUBJECT_DEPS and c.i < donor.tokens[0].i for c in verb.children):
        return False
    start = dash
    while start > donor.tokens[-1].i + 1 and normalize(doc[start - 1].text) not in CLAUSE_SEPARATORS:
        start -= 1
    words = doc[start:dash]
    if not any(t.pos_ == "NOUN" and word_kinds.may_be_nominative(t) for t in words) \
            or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    if any(_names_a_quantity(t) for t in words):
        return False   # '…посетили 186 тысяч зрителей; средняя посещаемость — около 4,5 тысячи': its own quantity
    item.metric = donor.metric
    item.qualifiers = [(start, dash)]
    return True


def _names_a_quantity(token):
    """A noun that names a quantity (measures.json quantity_nouns: 'посещаемость',
    'выручка'), not who or what is counted."""
    return token.pos_ == "NOUN" and word_kinds.is_quantity_noun(token)


def _first_item_after_its_verb(doc, item, dash):
    """'Быстрее всего дорожали овощи, в том числе: огурцы — на 14,2%': the
    first item of a list after its verb has no figure before it to take the
    verb from, but the verb stands before the item all the same; the noun
    before the dash is its subject, so it is what the figure measures."""
    if item.trigger is None or item.trigger.i >= dash or item.trigger.pos_ not in ("VERB", "AUX"):
        return
    start = dash
    while start > item.sentence[0] and normalize(doc[start - 1].text) not in CLAUSE_SEPARATORS:
        start -= 1
    if start >= dash or item.trigger.i >= start:
        return
    subject = next((t for t in doc[start:dash] if t.pos_ == "NOUN" and word_kinds.may_be_nominative(t)
                    and not word_kinds.after_preposition(t)), None)
    if subject is not None and not _names_person(doc[start:dash]) and not _a_model_code(subject):
        # the item's words only, not the opener the parse hangs on it ('в том числе:')
        phrase_start, phrase_end = metric.phrase(subject, item.inside)
        item.metric = ((max(phrase_start, start), phrase_end), subject)


def _a_model_code(token):
    """A grade or model name written with digits ('АИ-95', 'Ту-204')."""
    return any(ch.isdigit() for ch in token.text)


def _another_kind_of_the_ratio(span, donor):
    """Is `span` a ratio's name ('EV/EBITDA') and the donor's metric a ratio noun ('мультипликатор')?"""
    if donor.metric is None or word_kinds.lemma_of(donor.metric[1]) not in ratio_names.ratio_nouns():
        return False
    return ratio_names.names_a_ratio("".join(normalize(token.text) for token in span if not token.is_space))


def _names_person(span):
    return any(token.ent_type_ == "PER" for token in span)


ADJECTIVE_ENDINGS = ("ый", "ий", "ой")


def _substantivized_adjective(token):
    """An adjective used as a noun (the tagger may call it either): its lemma has
    an adjective's ending ("непродовольственные" -> "непродовольственный")."""
    return token.pos_ == "ADJ" or word_kinds.lemma_of(token).endswith(ADJECTIVE_ENDINGS)


def _comma_before(doc, first):
    """Index of a comma right before the figure's 'до' (bound words skipped), or None."""
    word = word_kinds.word_before(doc, first, _space_bound_or_preposition)
    return word.i if word is not None and word.text == "," else None


def _dash_before(doc, first):
    """Index of a dash right before the figure (bound words, with their 'не' or
    'от', and prepositions skipped: 'первоначальный взнос – не менее 10%')."""
    word = word_kinds.word_before(doc, first, _space_bound_negation_or_preposition)
    return word.i if word is not None and word.text in CLAUSE_DASHES_AS_TYPED and not triggers.is_sign(word) else None


def _space_bound_or_preposition(word):
    """Stepped over to reach the comma or dash that links a figure to what it
    leaves out ('За отопление — около 2,3 млрд'): bounds and prepositions of
    the figure, and spaces."""
    return word.is_space or normalize(word.text) in skipped_before_figure("bounds_and_prepositions")


def _space_bound_negation_or_preposition(word):
    """Stepped over to reach the dash of a gapped clause: as
    _space_bound_or_preposition, and the 'не' of 'не менее', the 'от' of a
    range and the 'чем' of 'не более чем' (bounds.json before_a_gapped_figure)."""
    return word.is_space or normalize(word.text) in skipped_before_figure("before_a_gapped_figure")


def dash_equation_list(doc, found):
    """'Экипаж при старте — три космонавта, при посадке — четыре': pairs of
    'circumstance — figure' after a dash equation repeat its subject (ellipsis,
    CLAIMS.md); the circumstance is the qualifier."""
    for k, item in enumerate(found):
        if k == 0 or item.trigger is not None or item.comparative is not None:
            continue
        dash = dashes.dash_before(item.inside, doc)
        if dash is None or _names_its_own_subject(item):
            continue
        donor = found[k - 1]
        if donor.metric is None or not same_kind(donor.figure.unit, item.figure.unit):
            continue
        subject = dashes.subject_before_dash(donor.anchor, donor.inside)
        if subject is None or subject.i != donor.metric[1].i:
            continue
        start = dash
        while start > donor.tokens[-1].i + 1 and normalize(doc[start - 1].text) not in CLAUSE_SEPARATORS:
            start -= 1
        item.metric = donor.metric
        if start < dash:
            item.qualifiers = [(start, dash)]


def recipient_before_dash(doc, found):
    """'выплатить компенсации семьям погибших — по 1 млн рублей, раненым — по
    400 тыс.', 'Каждой семье выдали сертификат на 7 500 рублей, а семьям с
    детьми-инвалидами — на 12 тысяч': a list item whose words before the dash
    open with a noun in the dative names who gets the figure, not what it
    measures. The figure takes the metric of the figure of its kind before it
    in the sentence; the recipient sets it apart as a qualifier. Only a metric
    read off the recipient's own words is replaced."""
    for k, item in enumerate(found):
        if item.metric is None:
            continue
        dash = _dash_before_its_preposition(doc, item)
        if dash is None:
            continue
        start = _clause_start_before(doc, dash, item.sentence[0])
        if not start <= item.metric[1].i < dash:
            continue
        recipient = next((t for t in doc[start:dash] if t.pos_ in ("NOUN", "PROPN")), None)
        if recipient is None or _preposition_before(recipient) \
                or not (_dative_only(recipient) or _people_paid(recipient, item)):
            continue
        donor = next((d for d in reversed(found[:k]) if d.metric is not None
                      and same_kind(d.figure.unit, item.figure.unit)
                      and item.sentence[0] <= d.tokens[0].i and d.tokens[-1].i < start
                      and not start <= d.metric[1].i < dash), None)
        if donor is None or (not _dative_only(recipient) and _names_its_own_item(doc, donor)):
            # 'говядина — 450, свинина — 280, куры — около 150': an item of
            # goods, each naming its own, is no sum paid to people
            continue
        item.metric = donor.metric
        item.qualifiers = [(start, dash)]
        if item.trigger is None and donor.direction == "level":
            # 'Призовые победителя составят $172 тыс., полуфиналистов — по
            # $48,5 тыс.': the item leaves out the verb that states the level
            item.trigger, item.direction = donor.trigger, donor.direction
            item.change = triggers.change_of(item.figure, item.direction)


def _names_its_own_item(doc, donor):
    """Whether the donor's metric is the noun right before a dash of its own."""
    after = word_kinds.word_at_or_after(doc, donor.metric[1].i + 1)
    return after is not None and after.text in CLAUSE_DASHES_AS_TYPED


def _people_paid(noun, item):
    """'Победитель получит премию 250 тыс. рублей, призёр – 150 тыс.',
    'финалиста — $91 тыс., полуфиналистов — по $48,5 тыс.', 'зарплата
    фельдшера достигла 68,4 тыс., водителя — 52 тыс.': before the dash of a
    sum of money, people in any case name who is paid, not what (every such
    item of the development gold takes the sum before it)."""
    return item.figure.unit in CURRENCIES and noun.pos_ == "NOUN" and _of_people(noun) \
        and not word_kinds.is_quantity_noun(noun)


def _of_people(noun):
    """Animate by the tagger or, where the tagger says otherwise ('призёр'),
    by every noun reading of the dictionary."""
    if "Anim" in noun.morph.get("Animacy"):
        return True
    readings = word_kinds.noun_parses(noun.text)
    return bool(readings) and all("anim" in parse.tag for parse in readings)


def _dash_before_its_preposition(doc, item):
    """The dash right before a figure, past its bounds and its own preposition
    ('раненым — по 400 тыс.'), or None."""
    def stepped_over(word):
        return _space_bound_or_preposition(word) or normalize(word.text) == item.figure.preposition
    word = word_kinds.word_before(doc, item.tokens[0].i, stepped_over)
    return word.i if word is not None and word.text in CLAUSE_DASHES_AS_TYPED and not triggers.is_sign(word) else None


def _clause_start_before(doc, dash, lower):
    """Where the words before a list item's dash begin: past the comma, 'а'
    or 'и' that joins the item to the one before."""
    start = dash
    while start > lower and normalize(doc[start - 1].text) not in CLAUSE_SEPARATORS:
        start -= 1
    return start


def _dative_only(token):
    """A noun the tagger reads as dative and nothing else: a subject or object
    form ('Экипаж', 'окна') never comes through here."""
    return token.morph.get("Case") == ["Dat"]


def _names_its_own_subject(item):
    """Whether the words before the item's dash name a subject of its own; an
    adjective standing for the noun left out does not ('Масса пустого
    самолёта — 3 950 кг, максимальная взлётная — 6 800 кг')."""
    subject = dashes.subject_before_dash(item.anchor, item.inside)
    return subject is not None and not word_kinds.adjective_tagged_noun(subject)


def shares_of_the_polled(found, earlier):
    """'Мэрии доверяют 52% опрошенных. Не доверяют 31%, ещё 17% затруднились
    с ответом': a percent that is itself the subject of its verb stands for a
    share of the people the paragraph's last share was of (ellipsis: a bare
    figure in a parallel clause inherits the first clause's metric, CLAIMS.md),
    in the next sentence too. Run before contrasted_figures, so that a base
    set against it ('(против 38%)') takes the same metric. A sentence that
    names its whole first ('Из расходной части почти половина пойдёт на
    образование') is left to lists/whole_first.py."""
    for k, item in enumerate(found):
        if item.metric is not None or item.trigger is not None or item.refers_back \
                or item.figure.unit not in SHARE_UNITS or not _subject_of_its_verb(item):
            continue
        if whole_named_first(item.tokens[0].doc, item.sentence) is not None:
            continue
        donor = next((d for d in reversed(list(earlier) + found[:k])
                      if d.metric is not None and d.figure.unit in SHARE_UNITS), None)
        if donor is not None:
            item.metric = donor.metric


def _subject_of_its_verb(item):
    """'ещё 17% затруднились', 'лишь 8% согласны': the figure's word is the
    subject of a verb or of a short adjective standing for one, or a share
    before a plural verb that the parser took for its object."""
    return any(token.dep_ in word_kinds.SUBJECT_DEPS
               and (token.head.pos_ == "VERB" or word_kinds.short_adjective(token.head)) for token in item.tokens) \
        or any(_fronted_share_of_plural_verb(token) for token in item.tokens)


def _fronted_share_of_plural_verb(token):
    """'Ровно четверть назвали главной проблемой рост цен': the parser makes
    'четверть' the object and the noun after the verb its subject; but that
    noun is singular, and only the share before the verb can be what the
    plural verb agrees with."""
    verb = token.head
    if token.dep_ != "obj" or verb.pos_ != "VERB" or token.i > verb.i or "Plur" not in verb.morph.get("Number"):
        return False
    return not any(child.dep_ in word_kinds.SUBJECT_DEPS and "Plur" in child.morph.get("Number") for child in verb.children)


@lru_cache(maxsize=None)
def contrast_words():
    """'против', 'вместо' (models/claims/lists.json)."""
    return frozenset(normalize(word) for word in load_json("lists.json")["contrast_words"])


def contrasted_figures(doc, found):
    """'15,2 центнера с гектара против 11,6 центнера годом ранее', '17 ударов
    против 9': a figure set against the one before is the same quantity in
    another place or time (ellipsis, CLAIMS.md): same metric, no direction.
    So is a limit the figure before is held against ('превышала 140 км/ч при
    разрешённых 90'): the verb says nothing of the limit."""
    for k, item in enumerate(found):
        first = item.tokens[0].i
        if k == 0 or first == 0:
            continue
        word_before = _contrast_word_before(doc, first)
        if word_before is None \
                and units_in_context.limit_opened_before(doc, first, ("allowed_limits",)) is None:
            continue
        donor = found[k - 1]
        if not same_kind(donor.figure.unit, item.figure.unit):
            continue
        item.metric = donor.metric
        if _states_its_base_too(donor) and word_before in _bases_a_level_states():
            # "составила 28,2% против 25,6%": both are values the quantity had
            item.trigger, item.direction, item.change = donor.trigger, "level", None
            continue
        # "опустилась до 44% против 58% годом ранее", "достиг 512 руб. против
        # 455 руб.": the base is only the value compared with; it did not fall,
        # nor did the verb state it
        item.trigger = item.direction = item.change = None


def _contrast_word_before(doc, first):
    """The contrast word right before the figure, or before one adjective or
    participle standing before it ('против 25,6%', 'вместо прежних 80',
    'против нынешних 6,8 тыс.'), or None."""
    for position in (first - 1, first - 2):
        if position < 0:
            return None
        word = normalize(doc[position].text)
        if word in contrast_words():
            return word
        if not word_kinds.adjective_or_participle(doc[position]):
            return None
    return None


def _states_its_base_too(donor):
    """Whether the level word of the figure before states the base set against it as well."""
    return donor.direction == "level" and donor.trigger is not None \
        and lemma_of(donor.trigger) in _level_shared_with_a_base()


@lru_cache(maxsize=None)
def _bases_a_level_states():
    """'против', not 'вместо': the base of '50 долларов вместо 80' is what the
    value replaced, not a value the verb states (models/claims/triggers.json)."""
    return frozenset(load_json("triggers.json")["bases_a_level_states"])


@lru_cache(maxsize=None)
def _level_shared_with_a_base():
    """составить, 'на уровне' (models/claims/triggers.json)."""
    return frozenset(load_json("triggers.json")["level_shared_with_a_base"])


# words of a rate between the figure and the comma of its cap ('12 тыс. рублей в месяц, но')
CAP_RATE_WORDS = 3


def cap_on_the_figure_before(doc, found):
    """'штраф 25 руб., но не более 50% стоимости перевозки': a bounded figure
    joined to the figure before by ', но' is a cap or floor on the same
    quantity (its genitive names only what the cap is counted from)."""
    for k, item in enumerate(found):
        donor = found[k - 1] if k else None
        if donor is None or donor.metric is None or item.figure.bound not in ("at_most", "at_least"):
            continue
        between = [t for t in doc[donor.tokens[-1].i + 1:item.tokens[0].i] if not t.is_space]
        comma = next((i for i in range(len(between) - 1, -1, -1) if between[i].text == ","), None)
        if comma is None or comma > CAP_RATE_WORDS or any(t.is_punct or t.like_num for t in between[:comma]):
            continue
        joiner, *bound = [normalize(t.text) for t in between[comma + 1:]] or [None]
        if joiner in _cap_joiners() and " ".join(bound) in _cap_phrases():
            item.metric = donor.metric


@lru_cache(maxsize=None)
def _cap_joiners():
    """'но', 'однако' (models/claims/lists.json)."""
    return frozenset(normalize(word) for word in load_json("lists.json")["cap_joiners"])


@lru_cache(maxsize=None)
def _cap_phrases():
    """'не более', 'не менее': the bound phrases of a cap or floor (models/claims/bounds.json)."""
    bounds = load_json("bounds.json")["before_figure"]
    return frozenset(normalize(phrase) for kind in ("at_most", "at_least") for phrase in bounds[kind])


EARLIER_VALUE_REACH = 3


def earlier_values(doc, found, previous=None):
    """'выросла до 78% (год назад — 69%)', 'упала до 5%, а год назад была
    18%', 'с долей 27% (в 2023 году — 24%)': a figure dated back from now by
    'назад', 'ранее', or dated in a bracket right after a figure of the same
    kind, is the value the quantity had then. It is stated, not changed: no
    direction (the gold sets mark every such base so, like the base after
    'против'), unless the figure before is the level of a verb that states
    its base too ('составила 1,9% (годом ранее — 2,1%)'); in a bracket it
    measures what the figure before it measures.

    So does a bare figure that names nothing and is only what a form of
    быть states ('годом ранее было 64%', 'Около 1,2 млрд. В этом году было
    2,4 млрд', 'сейчас 3 400 детей, в начале года было 5 100'): the value the
    quantity of the figure before (`previous`, the paragraph's last claim,
    when none stands before it in the sentence) had or will have then."""
    for k, item in enumerate(found):
        dated = dated_in_bracket_after(doc, found, k)
        if dated is not None:
            item.metric = dated.metric
        if dated is not None and _states_its_base_too(dated):
            # "составила 1,9% (годом ранее — 2,1%)": as with "против", the
            # level verb states the earlier value too (the development gold
            # marks it level 3 times of 4 after составить; 'против', 15 of 22)
            item.trigger, item.direction, item.change = dated.trigger, "level", None
        elif dated is not None or _dated_back_from_now(doc, item):
            item.trigger = item.direction = item.change = None
        placed = placed_in_bracket_after(doc, found, k) if dated is None else None
        if placed is not None and _states_its_base_too(placed) and item.direction is None:
            # "составила 3,1% (по республике – 3,4%)": the level verb states the
            # value elsewhere too (development gold: level 2 of 2, fresh-bs, -n)
            item.metric = placed.metric
            item.trigger, item.direction, item.change = placed.trigger, "level", None
        if _stated_by_a_copula(doc, item) and _names_nothing(doc, item):
            _measure_as_the_figure_before(item, [previous, *found[:k]])


def _stated_by_a_copula(doc, item):
    """Whether a form of быть stands right before the figure, past bound words
    ('было 2,4 млрд', 'будет около 300')."""
    position = item.tokens[0].i - 1
    while position >= item.sentence[0] and normalize(doc[position].text) in skipped_before_figure("bounds_and_particles"):
        position -= 1
    return position >= item.sentence[0] and normalize(doc[position].text) in word_kinds.measure_words("copula_forms")


def _names_nothing(doc, item):
    """No metric, or only the period the figure is dated by ('в начале года
    было 5 100'), and no noun of its own right after the figure."""
    if item.metric is not None and not _time_noun(item.metric[1]):
        return False
    after = item.tokens[-1].i + 1
    return after >= item.sentence[1] or doc[after].pos_ not in word_kinds.NOUNISH | {"ADJ"}


def _time_noun(noun):
    # 'в начале года': the period's preposition may belong to the noun before it
    return word_kinds.names_period(noun) or word_kinds.lemma_of(noun) in context.context_lexicon()["time_nouns"]


def _measure_as_the_figure_before(item, earlier):
    """The metric of the nearest figure before of the same kind of unit."""
    donor = next((e for e in reversed(earlier) if e is not None and e.metric is not None
                  and same_kind(e.figure.unit, item.figure.unit)), None)
    if donor is not None:
        item.metric = donor.metric


def _dated_back_from_now(doc, item):
    """Whether 'назад', 'ранее' stands right before the figure, past a dash,
    the past of быть or a pronoun ('а год назад была 18%')."""
    position = item.tokens[0].i - 1
    while position >= 0 and item.tokens[0].i - position <= EARLIER_VALUE_REACH \
            and normalize(doc[position].text) in _earlier_value_links():
        position -= 1
    return position < item.tokens[0].i - 1 and position >= 0 \
        and normalize(doc[position].text) in context.context_lexicon()["relative_time_adverbs"]


@lru_cache(maxsize=None)
def _earlier_value_links():
    """What may stand between 'год назад' and the earlier value it dates: a
    dash, the past of быть ('а год назад была 18%'), a pronoun ('Месяцем
    ранее она была')."""
    return CLAUSE_DASHES_AS_TYPED | context.context_lexicon()["earlier_value_links"]


LIST_SEPARATORS = CLAUSE_DASHES_OR_HYPHEN | {",", ":", ";", "а", "и", "но", "(", "также"}


def inherit_along_lists(doc, words, found):
    """Ellipsis and lists: a figure without a metric takes its neighbour's."""
    for k, item in enumerate(found):
        if item.metric is not None or item.refers_back or _later_prison_term(item) \
                or near_figure.counts_times_of_its_verb(item):
            continue
        if carried_over.opened_by_a_time_of_day(doc, item):
            continue      # 'Вторник: днём +4 °C': left for carried_over, which keeps to the unit as written
        donor = _donor(found, k, words)
        if donor is None:
            continue
        item.metric = _gapped_stuff_of_its_own(doc, donor, item) or donor.metric
        if item.trigger is None and item.direction is None and donor.trigger is not None \
                and same_kind(item.figure.unit, donor.figure.unit) \
                and not triggers.another_verb_between(doc, donor.trigger, item.tokens[0].i) \
                and not triggers.added_with_a_verb_of_its_own(doc, item.tokens, donor.trigger.i) \
                and not _ranked_place_between(doc, donor, item) \
                and not _in_a_condition_phrase(doc, item):
            # "составил 12,8 млн т, из них направлено 9,1 млн т": the part has a verb of its own;
            # a direction the figure has without a verb ('(+0,2 млн)', its sign) stays
            item.trigger, item.direction = donor.trigger, donor.direction
            item.change = triggers.change_of(item.figure, item.direction)
    for k, item in enumerate(found):
        if _shares_metric(found, k, k - 1) or _shares_metric(found, k, k + 1):
            qualifier = _list_qualifier(doc, words, found, k)
            if qualifier:
                item.qualifiers = [qualifier]


def _gapped_stuff_of_its_own(doc, donor, item):
    """'Ячменя намолочено 1,5 млн т, кукурузы на зерно — свыше 700 тыс. т',
    'Картофеля накопано 486 тыс. тонн, овощей открытого грунта — 172 тыс.':
    when the donor weighs a bare genitive put before it (the stuff itself),
    a bare genitive before the item's dash is the item's own stuff, in the
    donor's place. A donor measuring a quantity ('Грузооборот составил ...,
    уголь — 27,9 млн т') keeps it for the item. Returns (span, head) or None."""
    if donor.metric is None or donor.figure.unit not in weighed_stuff.STUFF_UNITS \
            or not same_kind(donor.figure.unit, item.figure.unit):
        return None
    if not _bare_genitive(donor.metric[1]) or donor.metric[1].i > donor.tokens[0].i:
        return None
    dash = _dash_before(doc, item.tokens[0].i)
    if dash is None:
        return None
    start = dash
    while start - 1 > donor.tokens[-1].i and normalize(doc[start - 1].text) not in CLAUSE_SEPARATORS:
        start -= 1
    stuff = next((token for token in doc[start:dash] if token.pos_ in word_kinds.NOUNISH), None)
    if stuff is None or not _bare_genitive(stuff):
        return None
    return metric.phrase(stuff, item.inside), stuff


def _bare_genitive(noun):
    """A noun in the genitive with no preposition of its own ('Картофеля', 'овощей')."""
    return noun.pos_ in word_kinds.NOUNISH and word_kinds.bare_genitive(noun)


def _ranked_place_between(doc, donor, item):
    """'товарооборот с ним достиг 88,8 млрд, на втором месте — Нидерланды (76
    млрд)': an item of a ranking ('на втором месте', 'на третьем') only says
    how much the next one has; the development gold gives such items no
    direction (18 of 18 figures, eight sets), so the verb of the first is not
    theirs, though its metric is."""
    between = doc[donor.tokens[-1].i + 1:item.tokens[0].i]
    return any(normalize(word.text) == "на" and word.i + 1 < item.tokens[0].i
               and lemma_of(doc[word.i + 1]) in exclusion_cues()["ordinal_number_words"] for word in between)


def _in_a_condition_phrase(doc, item):
    """'сложился на уровне 2,9% при плановых 3,3%': a figure in a phrase
    opened by 'при' states the setting, not a change the verb before says
    (lists.json condition_prepositions), so it takes no direction from it."""
    return triggers.condition_opener_before(doc, item.tokens[0].i, item.sentence[0]) is not None


def _shares_metric(found, k, other):
    if not 0 <= other < len(found) or found[k].metric is None or found[other].metric is None:
        return False
    if found[k].refers_back or found[other].refers_back:
        return False
    return found[k].metric[1].i == found[other].metric[1].i


def _donor(found, k, words):
    item = found[k]
    # "Шестеро из семи кандидатов": the part takes the whole's noun
    after = item.figure.number_end
    if k + 1 < len(found) and words.norms[after:after + 1] == ["из"] \
            and found[k + 1].figure.start == after + 1 and found[k + 1].metric is not None:
        return found[k + 1]
    # ('104 спортсмена из 31 страны': '31' is a detail of the athletes, no donor)
    earlier = [previous for previous in without_details(found[:k])
               if previous.metric is not None and same_kind(previous.figure.unit, item.figure.unit)]
    if not earlier:
        return None
    return whole_past_its_part(item, earlier)



def _list_qualifier(doc, words, found, k):
    """The words that set a list item apart: 'в общественных местах на 36%'."""
    item = found[k]
    first = item.tokens[0].i
    # step back over the preposition and bound words of the figure
    position = first - 1
    while position >= 0 and (doc[position].pos_ in ("ADP",) or normalize(doc[position].text) in skipped_before_figure("bounds")):
        position -= 1
    end = position + 1
    previous_end = found[k - 1].tokens[-1].i + 1 if k else item.sentence[0]
    start = end
    while start - 1 >= max(previous_end, item.sentence[0]) and normalize(doc[start - 1].text) not in LIST_SEPARATORS:
        start -= 1
    if start >= end or end - start > 7:
        return None
    span = doc[start:end]
    if not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in span) or any(t.pos_ == "VERB" and t.dep_ == "root" for t in span):
        return None
    if item.metric and start <= item.metric[0][0] < end:
        return None
    return start, end


def change_noun_as_trigger(found):
    """'В январе рост был скромнее — 2,4%': a bare change noun the parse gave
    the figure for its metric is the figure's trigger; what grew was named
    before (change_of_the_topic finds it). Run before pronouns are resolved,
    so that an antecedent ('прирост ...: он оценивается в') stays the metric."""
    for item in found:
        if item.metric is not None and item.trigger is None and triggers.bare_change_noun(item.metric[1]) \
                and item.metric[1].dep_ in word_kinds.SUBJECT_DEPS:
            item.trigger, item.direction = item.metric[1], triggers.direction_of(item.metric[1])
            item.change = triggers.change_of(item.figure, item.direction)
            item.metric = None


def change_of_the_topic(found, previous, earlier=()):
    """A change is always a change of something: a rise or fall whose sentence
    names no metric ("Рост составил 3,1%", "За год — минус 4%", "рост был
    скромнее — 2,4%") is one of the
    quantity the paragraph is about: the metric of the nearest claim before it
    with the same kind of unit ("производство выросло на 2,4%, продукции
    произведено на 17,9 млрд рублей. ... рост составил 3,1%"), else of the
    claim right before it. A comparison referring back ('это на 18% больше')
    was already given the metric of the claim it refers to, even none."""
    earlier = list(earlier)
    donor = previous
    for k, item in enumerate(found):
        if item.metric is None and item.direction in triggers.CHANGE_DIRECTIONS and not item.refers_back:
            nearest_of_kind = next((d for d in reversed(earlier + found[:k]) if d.metric is not None
                                     and same_kind(d.figure.unit, item.figure.unit)), None)
            source = nearest_of_kind or donor
            if source is not None and source.metric is not None:
                item.metric = source.metric
        donor = item if item.metric is not None else donor


def share_of_the_count_before(found):
    """'уже около 34 млн, причём каждый четвёртый платит за подписку', '41%
    россиян считают ..., и лишь каждый десятый уверен': a fraction that names
    no group of its own is a share of the group the count or the share before
    it in the sentence counts (a share with no part named keeps the whole, NOTES.md)."""
    for k, item in enumerate(found):
        if item.metric is not None or item.figure.unit != "fraction":
            continue
        donor = next((d for d in reversed(found[:k]) if d.metric is not None
                      and (d.figure.unit == "count" or shares.names_a_group_shared(d))), None)
        if donor is not None:
            item.metric = donor.metric


def topic_of_an_elliptic_figure(doc, found, earlier):
    """'Задолженность составила 5,4 млрд рублей. ... За отопление — около 2,3 млрд',
    '(в этом году — 49)': a figure after a dash leaves its verb and its metric
    out; it measures what the paragraph's nearest claim of the same kind of
    unit measures. A bare count does the same with the paragraph's last count,
    and so does a figure a bare 'было' gives ('Годом ранее было 8,1%'), or
    a sentence dated back that repeats the verb ('Годом ранее компания
    выплатила 11 рублей')."""
    for k, item in enumerate(found):
        if item.metric is not None or item.direction is not None or item.refers_back:
            continue
        if _later_prison_term(item):
            continue
        bare = _bare_count(doc, item)
        part = _part_of_a_whole_left_unnamed(item)
        elliptic = _dash_before(doc, item.tokens[0].i) is not None or bare or _after_bare_copula(doc, item) \
            or _expected_value(item) or part
        if not elliptic and not _sentence_dated_back(doc, item):
            continue
        fronted = _fronted_counted_noun(doc, item) if bare else None
        if fronted is not None:
            item.metric = (metric.phrase(fronted, item.inside), fronted)
            continue
        kin = [d for d in reversed(earlier + found[:k])
               if (d.figure.unit == "count" if bare else _same_kind_or_shares(d, item) or _a_whole_shared(part, item, d))]
        if kin and kin[0].metric is None and kin[0].sentence == item.sentence:
            # 'Гости из Москвы тратили 5 тыс. рублей, из Казани — 4 200': the figure
            # the dash parallels, in its own sentence, names nothing; neither does this one
            continue
        donor = next((d for d in kin if d.metric is not None), None)
        if donor is not None and (elliptic or _repeats_the_verb(doc, donor, item)):
            item.metric = donor.metric


def _part_of_a_whole_left_unnamed(item):
    """'Кредитный портфель — 118 млрд тенге, на малый бизнес приходится 42%',
    'Сальдо составило $2,3 млрд. Из него на туризм пришлось $1,1 млрд': an
    amount a share verb gives to a part ('на малый бизнес'), with no whole
    named in its clause, is a part of the whole the paragraph has just
    measured, and measures it (shares.py: the part only narrows the whole).
    A count keeps to what it counts ('на одну вакансию приходится 2,2')."""
    if item.figure.unit == "count":
        return False
    if shares.share_recipient(item.anchor, item.inside) is not None:
        return True
    verb = _share_verb_right_before(item)
    return verb is not None and _part_opening_the_clause(verb)


def _share_verb_right_before(item):
    """'приходится около 21%': the share verb right before the figure (bound
    words skipped), which the parser may not make the figure's head."""
    verb = word_kinds.word_before(item.anchor.doc, item.tokens[0].i, word_kinds.bound_words("bounds"))
    if verb is None or word_kinds.lemma_of(verb) not in word_kinds.measure_words("share_verbs"):
        return None
    return verb


def _part_opening_the_clause(verb):
    """'На страны дальней дуги, по данным ведомства, приходится около 21%':
    the parser may hang the 'на' phrase before the share verb on another word;
    word order still gives it to the verb when nothing but a source or an
    aside stands between them in the clause."""
    doc = verb.doc
    index = verb.i - 1
    while index >= 0 and not doc[index].is_sent_end:
        token = doc[index]
        if token.text == ",":
            aside = subjects.before_source_aside(doc, index)
            if aside is None:
                return False
            index = aside
            continue
        if normalize(token.text) in CLAUSE_SEPARATORS or token.text in CLAUSE_DASHES_AS_TYPED:
            return False
        if token.pos_ in word_kinds.NOUNISH and "на" in case_words(token):
            return True
        index -= 1
    return False


def _a_whole_shared(part, item, donor):
    """A share of a part may be a share of a whole measured in any unit
    ('118 млрд тенге, на малый бизнес приходится 42%'), but a count ('на
    остальные пять районов — около 45%') counts the parts, not the whole."""
    return part and item.figure.unit in SHARE_UNITS and donor.figure.unit != "count"


def _repeats_the_verb(doc, donor, item):
    """'рекомендовал выплатить дивиденды ... Годом ранее компания выплатила
    11 рублей': the earlier value is given by the verb the donor's sentence
    used; a verb of its own ('Годом ранее отрасль получила 58,2 млрд') may
    tell another quantity, which the sentence leaves unnamed."""
    verb = near_figure.governing_verb(item.anchor, item.inside)
    if verb is None:
        return False
    lemma = word_kinds.lemma_of(verb)
    return any(word_kinds.lemma_of(t) == lemma for t in doc[donor.sentence[0]:donor.sentence[1]] if t.i != verb.i)


def _same_kind_or_shares(donor, item):
    """'каждый пятый пользователь (в начале года — лишь 11%)': a percent and a
    fraction are both shares of one whole, and may stand for each other."""
    units = {donor.figure.unit, item.figure.unit}
    return same_kind(donor.figure.unit, item.figure.unit) or units <= SHARE_UNITS


def _expected_value(item):
    """'Инфляция замедлилась до 29,4%. Аналитики ожидали 30,1%', 'Мы хотели
    выйти на 65%': a value someone expected or aimed at, with nothing named
    it measures, is a value of what the paragraph has just measured."""
    verb = near_figure.governing_verb(item.anchor, item.inside)
    expecting = word_kinds.measure_words("expectation_verbs")
    return verb is not None and (word_kinds.lemma_of(verb) in expecting
                                 or (verb.dep_ == "xcomp" and word_kinds.lemma_of(verb.head) in expecting))


def _later_prison_term(item):
    """'..., начальник отдела — 4 года колонии': a later term has no metric
    (NOTES.md), so it borrows none from its neighbours either."""
    return prison_terms.later_prison_term(item.figure, item.anchor, item.inside)


def _fronted_counted_noun(doc, item):
    """'Частных пользователей облачных хранилищ, по оценке агентства, уже
    около 34 млн': a clause with no verb that opens with a plural genitive
    noun counts that noun; the figure names no other."""
    start = item.sentence[0]
    while start < item.tokens[0].i and (doc[start].is_space or doc[start].pos_ == "ADJ"):
        start += 1
    noun = doc[start]
    # an animate plural's genitive reads as an accusative too ('пользователей')
    genitive = "Gen" in noun.morph.get("Case") or ("Acc" in noun.morph.get("Case") and "Anim" in noun.morph.get("Animacy"))
    if noun.pos_ != "NOUN" or not genitive or "Plur" not in noun.morph.get("Number") \
            or word_kinds.after_preposition(noun):
        return None
    if any(word_kinds.finite_verb(t) for t in doc[start:item.tokens[0].i]):
        return None
    return noun


# 'Годом ранее', 'Два года назад': a time noun, perhaps counted, then the adverb
DATED_BACK_OPENING = 3


def _sentence_dated_back(doc, item):
    """'Годом ранее компания выплатила 11 рублей на акцию': a sentence that
    opens by dating itself back from the one before gives an earlier value of
    what the paragraph has just measured, when it names nothing else."""
    start = item.sentence[0]
    while start < item.tokens[0].i and doc[start].is_space:
        start += 1
    opening = doc[start:min(start + DATED_BACK_OPENING, item.tokens[0].i)]
    adverbs = context.context_lexicon()["relative_time_adverbs"]
    for k, token in enumerate(opening):
        if normalize(token.text) in adverbs:
            return k > 0 and all(word_kinds.names_period(t) or t.like_num for t in opening[:k])
    return False


def _after_bare_copula(doc, item):
    """'Годом ранее было 8,1%': a form of 'быть' right before the figure (bound
    words skipped) with no subject of its own but the figure: the sentence
    gives an earlier value of what the paragraph has just measured."""
    verb = word_kinds.word_before(doc, item.tokens[0].i, word_kinds.bound_words("bounds"))
    if verb is None or word_kinds.lemma_of(verb) != "быть":
        return False
    return not any(child.dep_ == "nsubj" and child.i not in item.inside for child in verb.children)


def _bare_count(doc, item):
    """'на сайте побывало 714 млн': a count in digits with no noun leaves out
    the noun an earlier count named. One in brackets is a side note (a rating,
    a score), and a number word ('в первую десятку') names a rank, not a count."""
    first, last = item.tokens[0].i, item.tokens[-1].i
    in_brackets = first > 0 and doc[first - 1].text == "(" and last + 1 < len(doc) and doc[last + 1].text == ")"
    # a collective numeral ('Ещё трое объявлены в розыск') counts people named before
    written_as_count = any(ch.isdigit() for ch in item.tokens[0].text) or item.figure.kind == "collective"
    return item.figure.unit == "count" and not in_brackets and written_as_count

