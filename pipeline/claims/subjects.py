"""The subject (or object) of a verb, also when the parser loses it.

The parse often hangs a subject elsewhere or calls it an apposition; these
rules fall back on word order and agreement ('Стоимость проезда ... с
2 января вырастет'), step over asides and sources between commas, and
let verbs joined by 'и' share a subject. Used by pipeline/claims/metric.py
and its helper modules frames.py and dashes.py.
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES, RANGE_DASHES
from pipeline.claims import asides, context, triggers
from pipeline.claims.figures import comparisons_by
from pipeline.claims.lexicon import load_json, normalize
from pipeline.claims.word_kinds import (CLAUSE_CONJUNCTIONS, CLAUSE_EDGES, MODIFIER_CLAUSES, NOUN_OR_ADJ, NOUNISH,
                                        QUOTES, SUBJECT_DEPS, after_preposition, agrees, dictionary_noun,
                                        finite_verb, first_conjunct, is_number_phrase, is_quantity_noun, is_relative_pronoun,
                                        labels_a_line, lemma_of, may_be_nominative, measure_words, mistagged_noun,
                                        modifying_participle, names_living_being, names_period, names_person, nominative_reading,
                                        point_ends_sentence, reflexive, short_participle, verb_form_tagged_noun, dictionary_readings,
                                        top_of_noun_chain)

NOUN_DEPENDENTS = {"appos", "flat", "flat:name", "nmod"}


def subject_or_object(verb, inside, prefer_object):
    """The verb's object (transitive change) or subject (intransitive, level)."""
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i not in inside and c.pos_ in NOUN_OR_ADJ
               and not is_number_phrase(c, inside) and not _base_exceeded(verb, c) and not _bare_time_object(c)
               and not _possessive_before_its_noun(c)
               and not _object_of_a_clause_before(verb, c) and not _object_of_a_clause_after(verb, c)
               and not _past_a_semicolon(verb, c)]
    # the parser may give a verb two subjects ("Рубль ..., курс доллара опустился"):
    # the one nearest the verb is its own, unless the figure's own noun is one;
    # one that disagrees with the verb ("Ставка в банках, привлекающих наибольший
    # объём, снизилась") belongs to a clause in between, whatever its distance
    subjects = sorted((c for c in subject_candidates(verb) if c.i not in inside
                       and c.pos_ in NOUN_OR_ADJ and not names_person(c) and not is_number_phrase(c, inside)
                       and not _apposition_after_figure(c, inside) and not _governed_by_preposition(c)
                       and not _after_colon_past_verb(c, verb) and not _past_a_semicolon(verb, c)),
                      key=lambda c: (not any(g.i in inside for g in c.children), not agrees(c, verb),
                                     abs(c.i - verb.i)))
    if subjects and not agrees(subjects[0], verb):
        subjects = _agreeing_noun_nearer(verb, inside, subjects[0]) + subjects
    order = (objects, subjects) if prefer_object else (subjects, objects)
    for group in order:
        if group:
            return antecedent(group[0], verb)
    lost_object = object_right_after(verb, inside) if prefer_object else None
    fallbacks = (lambda: _noun_of_participle(verb, inside), lambda: lost_object,
                 lambda: subject_lent_to_the_verb_above(verb, inside), lambda: inherited_subject(verb, inside),
                 lambda: agreeing_subject(verb, inside), lambda: _subject_of_the_modal(verb, inside),
                 lambda: _object_before_a_modal_word(verb, inside))
    # a person or speaker a fallback lands on ('Как заявил замгендиректора ...,
    # фонд оплаты труда увеличен на 8%', with the speaker lent to the participle)
    # is who acts or speaks, never what changes, as for the verb's own subjects: try the next
    return next((noun for noun in (fallback() for fallback in fallbacks)
                 if noun is not None and not names_person(noun) and not who_says_it(noun)), None)


def who_says_it(noun):
    """'Аналитики банка считают ...': who or what body speaks, as the subject of
    a speech verb, is a source, never a metric (a thing the parser made that
    subject, 'что выручка составила', stays)."""
    return noun.dep_ == "nsubj" and lemma_of(noun.head) in context.context_lexicon()["speech_verbs"] \
        and ("Anim" in noun.morph.get("Animacy") or noun.ent_type_ in ("PER", "ORG"))


def subject_lent_to_the_verb_above(verb, inside):
    """'Долг сократился на 12%, а соотношение долг/EBITDA опустилось до 1,6x':
    the parser may hang the second clause's subject on the first clause's verb
    and leave the second verb with none. A nominative that agrees with the
    verb, standing between the verb above and this verb past a comma, is this
    verb's own subject, not a second one of the verb above. The noun, or None."""
    above = verb.head
    if above.i >= verb.i or above.pos_ not in ("VERB", "AUX") or _across_clause_edge(verb):
        return None
    lent = [c for c in above.children if c.dep_ in SUBJECT_DEPS and above.i < c.i < verb.i
            and c.i not in inside and c.pos_ in NOUNISH and not names_person(c) and agrees(c, verb)
            and any(t.text == "," for t in verb.doc[above.i + 1:c.i])]
    return lent[-1] if lent else None


def _object_of_a_clause_before(verb, word):
    """'установят 2,4 тыс. светильников, а протяженность улиц прибавит 35 км',
    with 'светильников' hung on 'прибавит': a verb's own subject stands between
    a comma and the verb, so a noun before that comma belongs to a clause
    before; it is not what the verb changes."""
    if word.i > verb.i:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ in NOUNISH and word.i < c.i < verb.i
               and any(t.text == "," for t in verb.doc[word.i + 1:c.i]) for c in verb.children) \
        or _conjunct_clause_between(verb, word)


def _object_of_a_clause_after(verb, word):
    """'превысил 14 млрд рублей, из них на услуги пришлось более трети', with
    'трети' hung on 'превысил': past a comma, the finite verb of a later
    clause stands between the verb and the noun, with no comma after it, so
    the noun belongs to that later clause. (A verb fenced off by commas, as
    in 'достиг, как сообщили, уровня', is an aside and leaves the noun alone.)"""
    doc = verb.doc
    if word.i < verb.i:
        return False
    commas = [t.i for t in doc[verb.i + 1:word.i] if t.text == ","]
    return bool(commas) and any(finite_verb(t) and not any(u.text == "," for u in doc[t.i + 1:word.i])
                                for t in doc[commas[0] + 1:word.i])


def _past_a_semicolon(verb, word):
    """'из них 5 100 заняты на производстве; средняя зарплата ... превысила 58
    тыс.', with 'зарплата' hung on 'заняты': a semicolon closes a clause, so
    a noun on its other side is no subject or object of the verb."""
    low, high = sorted((verb.i, word.i))
    return any(t.text == ";" for t in verb.doc[low + 1:high])


def _conjunct_clause_between(verb, word):
    """'ЦОД вырос до 1,8 тыс. стоек, а пиковый трафик подскочил втрое и достиг
    3,1 ПБ', with 'стоек' hung on 'достиг': past a comma, a verb of another
    clause with a subject of its own stands between the noun and the verb,
    so the noun belongs to the clause before that comma."""
    doc = verb.doc
    commas = [t.i for t in doc[word.i + 1:verb.i] if t.text == ","]
    return bool(commas) and any(
        finite_verb(t) and any(c.dep_ in SUBJECT_DEPS and c.pos_ in NOUNISH and commas[0] < c.i < t.i for c in t.children)
        for t in doc[commas[0] + 1:verb.i])


def object_right_after(verb, inside):
    """'замедление может снизить темпы роста на 0,5%': an accusative noun right
    after a transitive change verb is its object, even when the parser hung it
    on an earlier verb; it, not the modal's subject (the cause), is what
    changes. A bare time noun ('закрыла неделю') only says when."""
    if verb is None or verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc) or reflexive(verb) \
            or triggers.direction_of(verb) not in triggers.CHANGE_DIRECTIONS:
        return None
    noun = verb.doc[verb.i + 1]
    if noun.pos_ != "NOUN" or "Acc" not in noun.morph.get("Case") or noun.i in inside \
            or is_number_phrase(noun, inside) or _bare_time_object(noun):
        return None
    return noun


def _noun_of_participle(verb, inside):
    """'спрос, превысивший $1,8 млрд', 'из-за долгов, превышавших 40 млн': a
    participle has no subject of its own; the noun it modifies is what it is
    said of. (Read off the 'acl' link, not the verb form, which the tagger may
    get wrong: 'превысивший' tagged as finite.)"""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i >= verb.i or noun.i in inside or noun.pos_ not in NOUNISH \
            or names_person(noun) or is_number_phrase(noun, inside):
        return None
    return noun


def _base_exceeded(verb, word):
    """'превысив среднероссийский почти в четыре раза': an adjective standing
    alone as the object of a verb of exceeding leaves out the subject's own
    noun (the national rate of the same thing); it is the base compared with,
    and the subject, or the main clause's for a gerund, is what is measured."""
    return word.pos_ == "ADJ" and triggers.level_bound(verb) is not None


def _bare_time_object(noun):
    """'закрыла неделю на уровне 7,86%', 'завершил год ростом на 5%': a time noun
    with no word of its own, as the verb's object, says when, not what changed
    ('сократили рабочую неделю до 4 дней' names what its adjective sets apart)."""
    return lemma_of(noun) in context.context_lexicon()["time_nouns"] and not any(
        child.dep_ in ("amod", "nmod", "det") for child in noun.children)


def _possessive_before_its_noun(word):
    """'её сборы снизились на 41%', with 'её' made the verb's object: a
    possessive right before a noun (or its adjective) belongs to that noun;
    it is no object of its own ('их индексировали' still is one)."""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.pos_ == "DET" and lemma_of(word) in _possessives() \
        and following is not None and following.pos_ in ("NOUN", "ADJ")


@lru_cache(maxsize=None)
def _possessives():
    return frozenset(normalize(word) for word in load_json("anaphora.json")["possessives"])


def _after_colon_past_verb(noun, verb):
    """'Выручка упала на 18%, до 152 млрд рублей: средняя цена угля
    снизилась': a noun after the verb and a colon opens the clause that
    explains it, whatever the parser hung it on; it is not this verb's subject."""
    return verb.i < noun.i and any(_ends_clause(t) and t.text == ":" for t in verb.doc[verb.i + 1:noun.i])


def _agreeing_noun_nearer(verb, inside, subject):
    """'Тарифы повысятся на 67%, электроэнергия подорожает поэтапно', with
    'Тарифы' hung on 'подорожает': a subject that disagrees with the verb is
    another clause's when a noun that agrees stands between it and the verb.
    Not past the figure: 'контракт на 84 млн уже подписан, работы начнутся'
    keeps the figure with the noun before it. [that noun], or []."""
    nearer = agreeing_subject(verb, inside)
    if nearer is None or not subject.i < nearer.i < verb.i or names_person(nearer):
        return []
    return [] if subject.i < min(inside) < nearer.i else [nearer]


def _governed_by_preposition(noun):
    """'убыль, таким образом, сократилась до 4 213 человек': a noun under a
    preposition is never a subject, though the parser, misled by an aside
    before the verb, may call it one. Only a preposition in the noun's own
    phrase counts: one across a comma ('до 214,6 млрд рублей, при этом
    продажи') the parser hung there by mistake."""
    return any(child.dep_ == "case" and child.pos_ == "ADP" and child.i < noun.i
               and not any(t.is_punct for t in noun.doc[child.i + 1:noun.i])
               for child in noun.children)


def _end_of_a_period_range(noun):
    """'Экспорт за январь – сентябрь обвалился на 8%': the last month of a
    range after a preposition is governed by that preposition too, though
    the parser, seeing no preposition of its own, may call it the subject."""
    if not names_period(noun) or noun.i < 2:
        return False
    dash, first = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    return dash.text in RANGE_DASHES and names_period(first) and _governed_by_preposition(first)


def _in_a_period_range(token):
    """The dash of a period range after a preposition, or the period after
    that dash ('за январь – сентябрь'): neither ends a clause nor names a subject."""
    if token.text in RANGE_DASHES and token.i + 1 < len(token.doc):
        return _end_of_a_period_range(token.doc[token.i + 1])
    return _end_of_a_period_range(token)


def _object_before_a_modal_word(verb, inside):
    """'Число инсультов можно было бы сократить на 15%', 'расходы нужно
    урезать на треть', 'объём планируется увеличить на пятую часть': an infinitive under 'можно'/'нужно' changes the noun
    the parser hangs on that word as its subject; it is the infinitive's object."""
    modal = verb.head
    # ('объём планируется увеличить': the parser makes the infinitive of a passive plan 'csubj:pass')
    if verb.dep_ not in ("csubj", "csubj:pass", "xcomp") or "Inf" not in verb.morph.get("VerbForm") \
            or modal.i == verb.i or lemma_of(modal) not in measure_words("modal_words"):
        return None
    return next((c for c in modal.children if _subject_of_modal_word(c) and c.i not in inside
                 and c.pos_ in NOUNISH and not names_person(c)), None) or _noun_right_before_modal(modal, inside)


def _noun_right_before_modal(modal, inside):
    """'выросли на 8%, при этом дефицит удалось сократить вдвое': the parser may
    hang the noun before the modal word on the verb of the clause before; word
    order still shows it is what the infinitive changes (a dative names who managed)."""
    position = modal.i - 1
    while position >= 0 and modal.doc[position].pos_ in ("ADV", "PART"):
        position -= 1
    noun = modal.doc[position] if position >= 0 else None
    if noun is None or noun.i in inside or noun.pos_ not in NOUNISH or names_person(noun) \
            or "Dat" in noun.morph.get("Case") or is_number_phrase(noun, inside):
        return None
    return noun


def _subject_of_modal_word(noun):
    """'Износ сетей удалось снизить': the parser may take the nominative before
    'удалось' for its indirect object, as it is for 'Компании удалось'; the
    dative names who managed it, any other case what the infinitive changes."""
    return noun.dep_ in SUBJECT_DEPS or (noun.dep_ == "iobj" and "Dat" not in noun.morph.get("Case"))


def _subject_of_the_modal(verb, inside):
    """'температура, по расчётам авторов, может превышать 900 °C': an
    infinitive has no subject of its own; the modal verb it hangs on agrees
    with the one they share, even when the parser hung it elsewhere."""
    if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm") or verb.head.i == verb.i:
        return None
    return agreeing_subject(verb.head, inside)


def inherited_subject(verb, inside):
    """'Посещаемость выросла на 18% и достигла 19,6 тыс. человек': a verb
    joined to another by 'и', an infinitive or a participle takes its subject
    from the verb above it; None for a verb of its own clause."""
    if not (verb.dep_ in ("xcomp", "conj", "acl", "advcl") or _joined_by_and(verb)) or verb.head.i == verb.i:
        return None
    if _across_clause_edge(verb):
        # 'Выручка выросла на 18%; доля экспорта увеличилась на 4 п.п. и достигла
        # 42%', with 'достигла' hung across the semicolon: the verb before 'и'
        # stands in the verb's own clause and lends it its subject
        return _subject_of_the_verb_just_before_and(verb, inside)
    own = _own_subject_after_comma(verb, inside)
    if own is not None:
        return own
    shared = _nearest_conjunct_subject(verb, inside) or _subject_of_the_verb_just_before_and(verb, inside)
    if shared is not None:
        return shared
    # a subject that disagrees with the verb is not shared: 'Смертность просела
    # на 1,2%, а естественный прирост ушёл в плюс и составил 24 тыс.', with
    # 'Смертность' hung on 'ушёл', leaves 'составил' to the noun that agrees
    for child in verb.head.children:
        if child.dep_ in SUBJECT_DEPS and child.i not in inside and child.pos_ in NOUNISH \
                and not names_person(child) and agrees(child, verb):
            return child
    if verb.dep_ == "xcomp":
        # 'Рынок растёт ... и может превысить 500 млрд': the modal verb above the
        # infinitive has no subject of its own but shares one with its conjunct
        return inherited_subject(verb.head, inside)
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        # 'за полгода экспорт вырос на 12% и достиг $310 млн': the parser may
        # lose the first verb's subject too ('за' pulls 'экспорт' into an obl);
        # the noun that agrees with that verb is the one both share
        return agreeing_subject(verb.head, inside)
    return None


def _own_subject_after_comma(verb, inside):
    """'Выручка прибавила 6% и составила 214,7 млрд руб., EBITDA выросла на
    9%', with 'EBITDA' hung on the sum: a nominative noun agreeing with the
    verb, standing before it past a comma after the verb above, opens a
    clause of its own; that verb shares no subject. The noun, or None."""
    above = verb.head
    if above.i >= verb.i:
        return None
    own = agreeing_subject(verb, inside)
    if own is None or own.i < above.i:
        return None
    return own if any(t.text == "," for t in verb.doc[above.i + 1:own.i]) else None


def _joined_by_and(verb):
    """'Уровень поднялся на 74 см и к утру достиг 9 м': a verb the parser
    left beside the one before it, though 'и' joins them, shares its subject
    like any conjunct (a verb of its own clause would have its own subject)."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    between = verb.doc[head.i + 1:verb.i]
    # the 'и' must open the verb's own clause, not join two nouns before it;
    # a colon or semicolon after it opens another clause ('Мешают X и Y:
    # цена Z выросла'), so that 'и' is not the verb's
    opens_clause = any(normalize(t.text) in ("и", "а") and (t.head.i == verb.i or verb.is_ancestor(t.head)
                                                   or _joins_to_the_verb_above(t, head, verb))
                       and not any(_ends_clause(u) for u in verb.doc[t.i + 1:verb.i])
                       for t in between)
    return opens_clause and not any(finite_verb(t) or t.text == ";" for t in between)


def _joins_to_the_verb_above(conjunction, above, verb):
    """'Число безработных выросло на 24% и на 1 апреля достигло 21,7 тыс.':
    the parser hung 'и' on the verb above and left the second verb beside it;
    with only a phrase under a preposition between 'и' and the second verb
    (when, where), no second subject stands there, so 'и' joins the verbs."""
    if conjunction.head.i != above.i or conjunction.dep_ != "cc":
        return False
    between = verb.doc[conjunction.i + 1:verb.i]
    return bool(between) and between[0].pos_ == "ADP" \
        and not any(may_be_nominative(t) and not after_preposition(t) and t.pos_ in NOUNISH for t in between)


def subject_across_and(verb, inside):
    """'Митинг начался в 12:00 и продолжался три часа', with the second verb
    hung on the time by the parser: a verb right after 'и' with no subject of
    its own shares the subject of the finite verb before 'и' in its clause,
    when that subject agrees with it too."""
    before = _verb_before_and(verb)
    return None if before is None else _shared_subject(before, verb, inside)


def _shared_subject(before, verb, inside):
    """The subject of the verb `before`, when it agrees with `verb` too (or
    the dictionary reads it so: 'поступления ... прибавили 14,6% и достигли',
    with 'поступления' tagged a genitive singular)."""
    subject = subject_of(before, inside) or agreeing_subject(before, inside)
    if subject is None:
        return None
    return subject if agrees(subject, verb) or nominative_reading(subject, verb) else None


def _verb_before_and(verb):
    """The finite verb before the 'и' that opens the verb's clause, or None."""
    before = _word_before_verb(verb)
    if before is None or normalize(before.text) != "и":
        return None
    for token in reversed(verb.doc[verb.sent.start:before.i]):
        if _ends_clause(token) or point_ends_sentence(token):
            return None
        if finite_verb(token):
            return token
    return None


def _subject_of_the_verb_just_before_and(verb, inside):
    """'Правительство внесло проект, в котором расходы вырастут на 18,6% и
    составят 2,14 трлн', with 'составят' hung on 'внесло': verbs joined by
    'и' share the subject of the verb right before 'и', not of a verb
    further back the parser joined them to."""
    before = _verb_before_and(verb)
    if before is None or before.i == verb.head.i:
        return None
    return _shared_subject(before, verb, inside)


def _across_clause_edge(verb):
    """'Минск объявил о контракте: по данным ведомства, стоимость сделки
    составила 310 млн': a verb after a colon or semicolon opens a clause of
    its own, so it takes no subject from a verb before that edge."""
    low, high = sorted((verb.i, verb.head.i))
    return any(_ends_clause(t) for t in verb.doc[low + 1:high])


def _word_before_verb(verb):
    """The word before the verb, past adverbs and particles ('и затем продолжался')."""
    index = verb.i - 1
    while index >= verb.sent.start and verb.doc[index].pos_ in ("ADV", "PART"):
        index -= 1
    return verb.doc[index] if index >= verb.sent.start else None


def _ends_clause(token):
    """A semicolon, or a colon with a space after it (not the one in '8:00')."""
    return token.text == ";" or (token.text == ":" and bool(token.whitespace_))


def _across_colon(token):
    """'А. Лапин: Доля кредитов снизилась' with 'Доля' hung on the speaker
    label: a link across a colon joins no noun to its dependent."""
    low, high = sorted((token.i, token.head.i))
    return any(_ends_clause(t) for t in token.doc[low + 1:high])


def _apposition_after_figure(word, inside):
    """'снизилась до 263 млн т — минимума с 2012 года': a noun after the
    figure and a dash renames the figure; it is not the verb's subject."""
    last = max(inside)
    return word.i > last and any(t.text in CLAUSE_DASHES for t in word.doc[last + 1:word.i])


def _nearest_conjunct_subject(verb, inside):
    """'Выручка выросла ..., а прибыль увеличилась на 64% и составила 7,2 млрд':
    verbs joined by 'и' share the subject of the nearest conjunct before them."""
    if verb.dep_ != "conj":
        return None
    conjuncts = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in ("VERB", "AUX")]
    for conjunct in sorted(conjuncts, key=lambda t: -t.i):
        for child in conjunct.children:
            if child.dep_ in SUBJECT_DEPS and child.i not in inside and child.pos_ in NOUNISH \
                    and not names_person(child):
                return child
    return None


# How far left of its verb a subject the parser lost is looked for: a subject
# phrase with prepositional modifiers, a name in quotes and a date before the
# verb ('Стоимость проезда по карте «Тройка» с 2 января вырастет') is that long.
SUBJECT_REACH = 12


def agreeing_subject(verb, inside):
    """The parser attached the subject elsewhere: take the nominative noun just
    left of the verb that agrees with it in number (and gender in the past)."""
    verb = _finite_auxiliary(verb)
    if verb.pos_ not in ("VERB", "AUX") or not ("Fin" in verb.morph.get("VerbForm") or short_participle(verb)):
        return None
    doc = verb.doc
    index, words_read = verb.i, 0
    # an aside stepped over ('по подсчётам риелторов') does not count against
    # the reach: it says who reckons, and the subject phrase is still as long
    while index > 0 and words_read < SUBJECT_REACH:
        index = _step_over_aside(doc, index - 1)
        words_read += 1
        if index < 0:
            return None
        token = doc[index]
        if _in_a_period_range(token):
            continue      # 'Экспорт за январь – сентябрь обвалился': the range says when
        if token.text in QUOTES or _clock_colon(token) or (_depends_on_a_noun(token) and not _across_colon(token)
                                    and not _apposition_in_another_case(token)
                                    and not _subject_hung_on_an_opening_phrase(token, verb)) \
                or modifying_participle(token):
            continue      # "владение мячом у «Зенита» составило 58%": a name or a noun's dependent is no subject
        if mistagged_noun(token):
            pass          # 'пересчёт ... занял четыре часа', with the noun tagged a verb
        elif index in inside or token.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ"):
            return None
        if (names_period(token) and _governed_by_preposition(token)) or _name_right_after_preposition(token):
            continue      # 'Экспорт за тот же период прибавил': a period under a preposition says when;
            #               'Объём переводов в Таджикистан, по данным ЦБ, упал': a place, where to
        if (token.pos_ in NOUNISH or mistagged_noun(token)) and ((may_be_nominative(token) and agrees(token, verb))
                                      or (not after_preposition(token) and nominative_reading(token, verb))):
            return token
    return None


def _name_right_after_preposition(token):
    """'в Таджикистан', 'из Китая': a name with its own preposition right
    before it says where or whose. Only a name counts: the parser may hang a
    preposition of a time phrase on the common noun after it ('в 1998-м
    обесценение составило'), which is then the subject all the same."""
    return token.pos_ == "PROPN" and token.i > 0 and any(
        child.dep_ == "case" and child.i == token.i - 1 for child in token.children)


def _subject_hung_on_an_opening_phrase(token, verb):
    """'С января утильсбор вырастет на 15%', 'В юанях экспорт снизился на 3,6%':
    the parser may hang the subject, as a modifier, on the phrase under a
    preposition that opens the clause. A noun's modifier after it is a
    genitive, never a nominative; a common noun the dictionary reads as a
    nominative in the verb's number, and not tagged a genitive, is the
    subject the parser lost."""
    head = token.head
    return token.dep_ == "nmod" and token.pos_ == "NOUN" and token.text[:1].islower() \
        and head.i < token.i and after_preposition(head) and not any(c.dep_ == "case" for c in token.children) \
        and "Gen" not in token.morph.get("Case") and agrees(token, verb) and nominative_reading(token, verb)


def _depends_on_a_noun(token):
    """A noun's dependent, or a word joined to one by 'и' ('Товарооборот Китая
    и ЕС ... сократился': 'ЕС' belongs to the genitive 'Китая', not to the verb)."""
    return first_conjunct(token).dep_ in NOUN_DEPENDENTS


def _finite_auxiliary(verb):
    """'поездка будет стоить 240 руб.', 'курс был установлен на уровне ...': an
    infinitive or a short participle agrees with its subject through the finite
    auxiliary before it; any other verb, or a participle with none ('цена
    заложена'), is its own."""
    if "Inf" not in verb.morph.get("VerbForm") and not short_participle(verb):
        return verb
    return next((child for child in verb.children if child.dep_ in ("aux", "aux:pass") and child.i < verb.i
                 and "Fin" in child.morph.get("VerbForm")), verb)


def _clock_colon(token):
    """'Нефть Brent на 19:00 мск дешевела': the colon of a clock time ends no
    clause, so the subject before the time is still the verb's."""
    doc = token.doc
    return token.text == ":" and 0 < token.i < len(doc) - 1 \
        and doc[token.i - 1].text.isdigit() and doc[token.i + 1].text.isdigit() \
        and not doc[token.i].whitespace_ and not doc[token.i - 1].whitespace_


def _apposition_in_another_case(token):
    """'У побережья мыса Скалистый порывы ветра достигли': an apposition
    agrees in case with its noun, so a nominative hung as one on a genitive
    is a subject the parser put in the wrong place. A name keeps its
    nominative in apposition ('компании «Вектор»'), so only a common noun
    in lower case counts."""
    if token.dep_ != "appos" or token.head.pos_ not in NOUNISH or token.pos_ != "NOUN" \
            or not token.text[:1].islower():
        return False
    cases, head_cases = set(token.morph.get("Case")), set(token.head.morph.get("Case"))
    return "Nom" in cases and bool(head_cases) and not cases & head_cases


def _step_over_aside(doc, index):
    """Walking leftwards from index: the index before a bracketed aside
    ('Производство газа (СПГ) составило') or a source put between commas
    ('Экспорт, по оценке экспертов, сократился'), else index itself.
    Neither holds the subject of the verb after it."""
    if index < 0:
        return index
    if doc[index].text == ")":
        for k in range(index - 1, max(index - SUBJECT_REACH, -1), -1):
            if doc[k].text == "(":
                return k - 1
        return index
    if doc[index].text == ",":
        before = before_aside_or_relative_clause(doc, index)
        return index if before is None else before
    return index


def before_aside_or_relative_clause(doc, comma):
    """Walking leftwards from the comma at `comma` that closes a source aside
    ('по оценке экспертов') or a relative clause ('которую преодолели
    ребята'), the index of the word before it; None when neither ends there.
    Neither holds the subject of the verb, or of the dash, after it."""
    before = before_source_aside(doc, comma)
    return _before_relative_clause(doc, comma) if before is None else before


def _before_relative_clause(doc, comma):
    """'доля тех, кто копит на отпуск, выросла до 29%', 'число городов, где
    действует запрет, достигло 12': walking leftwards from the comma at `comma`
    that closes a relative clause (opened by a word of anaphora.json
    relative_clause_openers, perhaps after its preposition), the index of the
    word before the clause, which belongs to the noun there and holds no
    subject of the verb after it; None when no such clause ends there."""
    for k in range(comma - 1, max(comma - SUBJECT_REACH, -1), -1):
        if doc[k].pos_ == "PUNCT":
            if doc[k].text != ",":
                return None
            opener = doc[k + 1]
            if opener.pos_ == "ADP" and k + 2 < comma:
                opener = doc[k + 2]      # 'в которых', 'у кого'
            return k - 1 if lemma_of(opener) in _relative_clause_openers() else None
    return None


@lru_cache(maxsize=1)
def _relative_clause_openers():
    return frozenset(normalize(word) for word in load_json("anaphora.json")["relative_clause_openers"])


def before_source_aside(doc, comma):
    """'Экспорт, по оценке экспертов, сократился', 'доля, по предварительным
    анализам, превысила', 'летальность, таким образом, держится': walking
    leftwards from the comma at `comma` that closes a source or another aside
    put between commas (asides.py), the index of the word before the aside;
    None when no such aside ends there."""
    for k in range(comma - 1, max(comma - SUBJECT_REACH, -1), -1):
        if doc[k].text == ",":
            return k - 1 if _source_cue_at(doc, k + 1) or asides.is_aside(doc[k + 1:comma]) else None
    return None


def opens_a_source(doc, start):
    """Whether a source cue starts at token `start` ('По словам министра,',
    'по данным облстата,', 'как уточнил министр,')."""
    return _source_cue_at(doc, start)


def _source_cue_at(doc, start):
    norms = [normalize(t.text) for t in _cue_words(doc, start)]
    return any(tuple(norms[:len(cue)]) == cue for cue in context.context_lexicon()["source_prepositions"]) \
        or _as_someone_said(doc, start)


def _cue_words(doc, start):
    """The first three words of a possible source cue at start, past the
    adjectives after its preposition: 'по предварительной оценке Нацбанка',
    'по нашим расчётам', 'по разным данным' read as 'по оценке', 'по расчётам'."""
    words = [doc[start]] if start < len(doc) else []
    position = start + 1
    while words and words[0].pos_ == "ADP" and position < len(doc) and doc[position].pos_ in ("ADJ", "DET"):
        position += 1
    return words + list(doc[position:position + 2])


def _as_someone_said(doc, start):
    """'занятость коек, как уточнил министр здравоохранения области, превысила
    64%': 'как' and any verb of speech open a source, however long the
    speaker's name and title after it (speech_verbs in context.json)."""
    return start + 1 < len(doc) and normalize(doc[start].text) == "как" and doc[start + 1].pos_ == "VERB" \
        and lemma_of(doc[start + 1]) in context.context_lexicon()["speech_verbs"]


def subject_candidates(verb):
    """The verb's subjects; also a nominative noun left of it that the parser
    hung on it as an apposition or a noun's modifier, which a verb cannot
    have: it is the subject the parser lost ('И. Белов: Объём инвестиций
    составил ...', with the speaker label taken for the subject)."""
    children = [child for child in verb.children if child.dep_ in SUBJECT_DEPS
                or (verb.pos_ in ("VERB", "AUX") and child.i < verb.i and child.pos_ in NOUNISH
                    and ((child.dep_ == "appos" and may_be_nominative(child))
                         or (child.dep_ == "nmod" and "Nom" in child.morph.get("Case"))))]
    children = [_subject_after_colon(child, verb) or child for child in children]
    return [child for child in children
            if not _gender_clash(child, verb) and not _in_another_clause(child, verb) and not labels_a_line(child)
            and not _month_in_a_period(child) and not _end_of_a_period_range(child)]


def _month_in_a_period(noun):
    """'Доходы в январе — феврале составили': the second month of a period
    joined by a dash, which the parser may take for a subject, says when."""
    return names_period(noun) and "Nom" not in noun.morph.get("Case")


def _in_another_clause(noun, verb):
    """'Доходы ... превысили 14,6 млрд рублей, а поступления ... выросли в 1,3
    раза' with the two subjects swapped by the parser: a noun parted from the
    verb by 'а' or 'но' after it is the subject of the next clause."""
    if noun.i > verb.i:
        between = [normalize(t.text) for t in verb.doc[verb.i + 1:noun.i]]
        return any(word in CLAUSE_CONJUNCTIONS for word in between) or _names_a_part(between) \
            or (_clause_break(between) and _subject_of_a_later_verb(noun, verb))
    # the same swap seen from the later verb: the noun before has its own
    # verb, and 'а' or 'но' after that verb opens this verb's clause
    between = verb.doc[noun.i + 1:verb.i]
    return any(normalize(t.text) in CLAUSE_CONJUNCTIONS and any(finite_verb(v) for v in verb.doc[noun.i + 1:t.i])
               for t in between) or _past_the_verb_before(noun, verb)


def _clause_break(words):
    """A comma, or a semicolon ('Капитализация составляла 21,5 млрд рублей; за
    год акции подорожали'), that may end the verb's clause before a noun after it."""
    return "," in words or ";" in words


def _subject_of_a_later_verb(noun, verb):
    """'Индекс потерял 4,4%, долларовый РТС обвалился сильнее', with 'РТС'
    hung on 'потерял': a nominative noun after a comma that is followed,
    before any punctuation, by a finite verb it agrees with is that verb's
    subject, whatever the parser hung it on."""
    if not may_be_nominative(noun):
        return False
    for token in noun.doc[noun.i + 1:noun.sent.end]:
        if token.is_punct:
            return False
        if token.i != verb.i and finite_verb(token):
            return agrees(noun, token)
    return False


def _past_the_verb_before(noun, verb):
    """'Электроэнергия подорожает на 7,5%, для сельских жителей ставка
    сохранится ...': a clause set beside the one before it with no 'а' or 'и'
    (the parser hangs its verb on the earlier verb) has a subject of its own;
    a noun left of that earlier verb is the earlier clause's subject."""
    before = verb.head
    return verb.dep_ == "parataxis" and noun.i < before.i < verb.i and finite_verb(before) \
        and not _joined_by_and(verb) and not _in_relative_clause(noun, before)


def _in_relative_clause(noun, verb):
    """'Доля пациентов, которые ... продолжали принимать статины, составила
    57%', with the relative clause's verb made the root: a verb after
    'который' belongs to a clause inside the noun's, not to one beside it."""
    return any(is_relative_pronoun(t) for t in noun.doc[noun.i + 1:verb.i])


def _subject_after_colon(noun, verb):
    """'Основная причина – погашение долга: выплаты ... составили 2,9 млрд',
    with 'причина' hung on the verb: a colon opens a clause of its own, so a
    nominative noun after it, before the verb, is the verb's subject, and a
    noun before the colon belongs to the clause the colon closes. Returns
    that later noun, or None."""
    if noun.i > verb.i:
        return None
    between = verb.doc[noun.i + 1:verb.i]
    colon = next((t for t in between if t.text == ":"), None)
    if colon is None:
        return None
    # the tagger may take a plural subject for a genitive ('выплаты')
    subject = next((t for t in between if t.i > colon.i and t.pos_ == "NOUN" and not after_preposition(t)
                    and (may_be_nominative(t) or nominative_reading(t, verb))), None)
    if subject is None or any(finite_verb(t) for t in verb.doc[subject.i + 1:verb.i]):
        return None   # '…: «Работодатели замораживают наём, где число … упало»': it has a verb of its own
    return subject



def _names_a_part(words):
    """'достигли 187,4 млрд тенге, из них почти половина — ...': a noun after
    'из них' is the part's own subject, never the whole's."""
    return any(tuple(words[i:i + len(phrase)]) == phrase
               for phrase in _part_phrases() for i in range(len(words)))


@lru_cache(maxsize=None)
def _part_phrases():
    """'из них', 'из которых', 'в том числе' (units.json parts_named_after) as word tuples."""
    return tuple(tuple(normalize(word) for word in phrase.split())
                 for phrase in load_json("units.json")["parts_named_after"]["phrases"])


def _gender_clash(noun, verb):
    """'цена ... составила $57,6, а дисконт ... доходил до $13' with the two
    subjects swapped by the parser: a singular noun of another gender than its
    singular past-tense verb cannot be its subject (plural verbs, which
    joined subjects take, have no gender)."""
    genders = noun.morph.get("Gender"), verb.morph.get("Gender")
    singular = "Sing" in noun.morph.get("Number") and "Sing" in verb.morph.get("Number")
    return singular and all(genders) and genders[0] != genders[1] and verb.pos_ in ("VERB", "AUX")


def subject_of(verb, inside=frozenset()):
    """The verb's noun subject (a relative pronoun stands for its noun), or None."""
    for child in _nearest_first(subject_candidates(verb), verb, inside):
        if child.i not in inside and (child.pos_ in NOUN_OR_ADJ or dictionary_noun(child)) \
                and not is_number_phrase(child, inside) and not names_person(child):
            return antecedent(child, verb)
    return None


def _nearest_first(candidates, verb, inside):
    """'Зима мягкая, число дней составляет 270', with both nouns hung on the
    verb: a verb has one subject, so a subject cut off from the verb by a
    comma and another subject after that comma (or after the verb) belongs
    to a clause of its own, and the figure after both is the later clause's;
    the later one comes first."""
    figure_at = min(inside) if inside else verb.i
    later = [c for c in candidates if c.i < verb.i and c.i < figure_at]
    # 'обратились 41,6 тыс. человек, из них почти 60% составили дети': with
    # the figure before the verb, a subject after the verb is the later clause's
    # as well (not 'составили 401,6 тыс. человек', the noun the figure counts)
    after_verb = [c for c in candidates if figure_at < verb.i < c.i and "Nom" in c.morph.get("Case")]
    cut_off = [c for c in later
               if any(t.text in CLAUSE_EDGES and (after_verb or any(t.i < o.i for o in later))
                      for t in verb.doc[c.i + 1:verb.i])]
    return [c for c in candidates if c not in cut_off] + cut_off


def quantity_subject_beside(verb, inside):
    """'количество погибших прибавило 11 человек', 'Численность населения
    оценивается в 2,3 млн человек': the parser may make the counted noun the
    verb's subject too; a quantity noun among the verb's other subjects,
    before the figure, is what the count gives the value of."""
    for subject in subject_candidates(verb):
        if subject.i not in inside and subject.i < min(inside) \
                and is_quantity_noun(subject):
            return subject
    return None


def antecedent(word, verb):
    """'задолженности, которая составляет 200 млн': 'которая' stands for 'задолженности'."""
    if lemma_of(word) == "который":
        return relative_antecedent(word) or word
    if word.pos_ == "PRON":
        return None
    return word


# How far left of a relative pronoun the noun it stands for is looked for when the parse lost it.
RELATIVE_REACH = 4


def relative_antecedent(pronoun):
    """'пенсионерам, которых в стране 7,7 млн': the noun the clause modifies,
    by the parse, or else the noun just before the clause that agrees (the
    parser may hang 'убытки, которые оцениваются в ...' on a verb), or None."""
    for clause in pronoun.ancestors:
        if clause.dep_ in MODIFIER_CLAUSES and clause.head.pos_ in NOUNISH:
            return _agreeing_head_above(clause.head, pronoun)
        if clause.dep_ in ("root", "acl:relcl"):
            break
    doc = pronoun.doc
    for index in range(pronoun.i - 1, max(pronoun.i - RELATIVE_REACH, 0) - 1, -1):
        token = doc[index]
        # ('депутатов, двое из которых': the part's number stands between the noun and 'из которых')
        if token.pos_ in ("PUNCT", "ADJ", "DET", "NUM") or token.is_space:
            continue
        if token.pos_ in NOUNISH and agrees(token, pronoun):
            return token
        if token.pos_ != "ADP":
            return None
    return None


def _agreeing_head_above(noun, pronoun):
    """'Строительство станции, которое обошлось в 2,4 млрд': 'который' agrees
    with its noun in gender and number, so when the parser hangs the clause on
    the genitive next to it that disagrees ('станции'), the noun that genitive
    belongs to and that agrees ('Строительство') is the one meant."""
    node = noun
    while not agrees(node, pronoun) and node.dep_ == "nmod" and node.head.pos_ in NOUNISH:
        node = node.head
    return node if agrees(node, pronoun) else noun


def partitive_subject(verb, inside):
    """'снега выпало до 14 мм', 'Осадков выпадет мало': a verb of amount may
    take its subject in the genitive, which the parser hangs anywhere; it is
    the bare genitive noun nearest left of the verb in its clause."""
    doc = verb.doc
    for index in range(verb.i - 1, max(verb.i - SUBJECT_REACH, -1), -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES or index in inside or token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "NOUN" and "Gen" in token.morph.get("Case") and "Anim" not in token.morph.get("Animacy") \
                and not _attribute_of_noun_before(token) \
                and not any(child.dep_ == "case" for child in token.children) and not is_number_phrase(token, inside) \
                and not names_period(token) and not _genitive_of_a_period(token) and not _after_a_figure(token):
            return token
    return None


def _attribute_of_noun_before(genitive):
    """'Программа города предусматривала расходы': a genitive the parser hangs
    on the noun right before it belongs to that noun, and is no subject. After
    a place in the locative ('в горах снега выпало') the parser's link is
    often wrong, and the genitive may still be the subject."""
    owner = genitive.head
    return genitive.dep_ == "nmod" and owner.i == genitive.i - 1 and owner.pos_ in NOUNISH \
        and "Loc" not in owner.morph.get("Case")


def fronted_genitive(inside, doc):
    """'Частных клиентов, по оценке банка, уже около 2 млн': a clause with no
    verb that opens with a bare genitive plural counts it, however the parser
    hangs the figure; a source between commas is stepped over."""
    index = min(inside)
    past_verb = False
    while index > 0:
        index = _step_over_aside(doc, index - 1)
        if index < 0:
            return None
        token = doc[index]
        if token.pos_ in ("ADV", "ADP", "ADJ", "DET", "PART") or token.is_space or modifying_participle(token):
            continue
        if not past_verb and _verb_of_being_there(token):
            past_verb = True      # 'аварий было 31', 'вакансий оставалось 164', 'ячменя намолочено 1,5 млн т'
            continue
        if token.pos_ in NOUNISH and _in_a_phrase_of_time(token):
            continue      # 'вакансий на 1 сентября оставалось 164'
        if past_verb and token.pos_ in NOUNISH and any(child.dep_ == "case" for child in token.children):
            continue      # 'Картофеля в хозяйствах всех категорий накопано': where, not what
        if token.pos_ == "NOUN" and token.dep_ == "nmod" and token.head.i < token.i and not names_period(token.head):
            continue      # 'клиентов облачных сервисов': the genitive's own dependent
        if token.pos_ in NOUNISH and ("Plur" in token.morph.get("Number") or past_verb) and _genitive_form(token) \
                and not any(child.dep_ == "case" for child in token.children) and not is_number_phrase(token, inside) \
                and not _after_a_figure(token) and (token.pos_ == "NOUN" or token.is_sent_start):
            return token
        return None
    return None


def _verb_of_being_there(token):
    """'было', 'оставалось', 'насчитывается' (existence_verbs), or an impersonal
    short passive ('намолочено', 'выявлено'), after which a genitive counts."""
    if verb_form_tagged_noun(token):
        return _impersonal_short_participle_reading(token)   # 'накопано', tagged a noun
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if lemma_of(token) in measure_words("existence_verbs"):
        return True
    morph = token.morph
    return "Short" in morph.get("Variant") and "Part" in morph.get("VerbForm") and "Neut" in morph.get("Gender")


def _impersonal_short_participle_reading(token):
    """Whether the dictionary reads the form as a neuter short passive
    participle ('накопано'), as an impersonal clause of harvest puts it."""
    return any(parse.tag.POS == "PRTS" and "neut" in parse.tag for parse in dictionary_readings(token.lower_))


def _in_a_phrase_of_time(token):
    """A word of a date or period phrase ('на 1 сентября'), which stands between
    a fronted genitive and its verb."""
    def has_preposition(word):
        return any(child.dep_ == "case" for child in word.children)
    return names_period(token) or has_preposition(token) or (token.dep_ == "flat" and has_preposition(token.head)) \
        or _genitive_of_a_period(token)


def _genitive_of_a_period(token):
    """'в начале лета', 'к концу года': a time noun in the genitive of a period
    phrase's noun belongs to that phrase, and says when, not what is counted
    (unlike 'за те же дни аварий было 31', where the parser hangs the counted
    genitive on the period)."""
    return token.dep_ == "nmod" and token.head.i < token.i and names_period(token.head) \
        and lemma_of(token) in context.context_lexicon()["time_nouns"]


def _genitive_form(noun):
    """Genitive, or an animate plural accusative, which has the same form; or a
    form the dictionary reads only as a genitive, whatever case the tagger gave
    it ('вакансий учителей насчитывалось 1 137', tagged a nominative)."""
    case = noun.morph.get("Case")
    return "Gen" in case or ("Acc" in case and "Anim" in noun.morph.get("Animacy")) or _only_genitive(noun)


def _only_genitive(noun):
    """Every noun reading of the word form is a genitive."""
    readings = [parse.tag for parse in dictionary_readings(noun.lower_) if parse.tag.POS == "NOUN"]
    return bool(readings) and all("gent" in tag for tag in readings)


def _after_a_figure(noun):
    """'2% привилегированных акций': a genitive after a number is that figure's, no subject."""
    index = noun.i - 1
    while index >= 0 and (noun.doc[index].pos_ == "ADJ" or modifying_participle(noun.doc[index])):
        index -= 1
    return index >= 0 and (noun.doc[index].pos_ in ("NUM", "SYM") or is_number_phrase(noun.doc[index]))


def subject_of_holder(noun, inside):
    """The noun subject of the verb a noun is the object of, or None."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX") or noun.dep_ != "obj":
        return None
    subject = subject_of(verb, inside)
    return subject if subject is not None and subject.pos_ in NOUNISH else None


def nominative_before(position, doc):
    """The nearest nominative noun left of `position` in its clause: the subject
    of a clause whose predicate is no verb ('доля ... выше 55%')."""
    for index in range(position - 1, -1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            return None
        if token.pos_ == "NOUN" and "Nom" in token.morph.get("Case"):
            return token
        if token.is_sent_start:
            return None
    return None


def verb_before(first, doc):
    """The finite verb nearest left of token `first` in its clause, or None
    (read off word order, as the parser may hang an adverb on another clause)."""
    for index in range(first - 1, -1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            return None
        if finite_verb(token) and token.pos_ in ("VERB", "AUX"):
            return token
        if token.is_sent_start:
            return None
    return None


def copula_subject(inside, doc):
    """'Долг по зарплате был 46 миллионов': a figure right after a past or
    future form of 'быть' is the value of that clause's subject, found by word
    order because the parser often hangs the copula on the wrong word. Only a
    thing, not a person, is measured this way."""
    position = _copula_before(inside, doc)
    if position is None:
        return None
    subject = _nominative_noun_before(position, doc)
    if subject is None or names_living_being(subject):
        return None
    return subject


def group_before_copula(inside, doc):
    """'женщин среди них было 38%': a share after 'было' with a genitive plural
    before it, and no nominative subject, is the share of that group."""
    position = _copula_before(inside, doc)
    if position is None:
        return None
    sentence_start = doc[min(inside)].sent.start
    for index in range(position - 1, sentence_start - 1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            return None
        if token.pos_ in NOUNISH and not after_preposition(token):
            morph = token.morph
            return token if "Gen" in morph.get("Case") and "Plur" in morph.get("Number") else None
    return None


def _copula_before(inside, doc):
    """The index of 'был/была/было/были/будет' right before the figure and its bound words, or None."""
    position = min(inside) - 1
    while position >= 0 and (doc[position].pos_ in ("ADV", "PART", "ADP") or normalize(doc[position].text) in comparisons_by()):
        # bound words: 'был около 46 миллионов', and 'было не больше 30%', whose
        # comparative the tagger may call a numeral
        position -= 1
    if position < 1 or normalize(doc[position].text) not in measure_words("copula_forms"):
        return None
    return position


def _nominative_noun_before(position, doc):
    """The nearest nominative noun left of `position` in its clause, climbed up
    to the noun it modifies ('Цена на масло была': 'масло' -> 'Цена')."""
    for index in range(position - 1, -1, -1):
        token = doc[index]
        if token.text in CLAUSE_EDGES:
            return None
        if token.pos_ in NOUNISH and "Nom" in token.morph.get("Case"):
            return top_of_noun_chain(token, lambda lower, upper: upper.pos_ in NOUNISH)
        if token.is_sent_start:
            return None
    return None
