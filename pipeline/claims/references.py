"""A figure whose metric is named elsewhere, by a reference back or a pronoun.

'Явка составила 42,1%, что на 3,4 п.п. выше': the comparison measures what
the claim it refers back to measures. 'из них 6', 'их — 31', 'он увеличился
на 10,9%': the pronoun's antecedent is the metric (anaphora.py finds it).
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims.details import detail_of_another
from pipeline.claims import anaphora, dashes, kinds_of_a_whole, metric, near_figure, triggers, word_kinds
from pipeline.claims.lexicon import case_words, load_json, normalize
from pipeline.claims.part_openers import part_left_behind
from pipeline.claims.units_in_context import limit_opened_before
from pipeline.claims.units import CURRENCIES, PERCENT_UNITS, SHARE_UNITS, same_kind

# How many words after a dash the noun naming a part may stand ('— федеральные средства').
PART_REACH = 3


def resolve_references(found, previous):
    """'Явка составила 42,1%, что на 3,4 п.п. выше': the comparison measures
    the metric of the claim it refers back to (in this sentence or the one
    before); so does a figure whose verb has that 'что' for its subject
    ('обмолочены на площади 1 126 тыс. га, что составляет 87% от посевной')."""
    for k, item in enumerate(found):
        if not (item.refers_back or verb_of_what_before(item)) or item.metric is not None:
            continue
        # the claim referred to is the nearest one; when it names no metric
        # ('на них заложено 612 млн рублей — на 18% больше'), nor does the comparison
        # ('11 тыс. бегунов из 64 регионов и 12 стран — на 2,5 тыс. больше':
        # the countries are a detail of the runners, who are compared)
        referred = next((e for e in [*reversed(found[:k]), previous] if e is not None and not e.refers_back
                         and _may_be_compared(e, item) and not detail_of_another(e, found[:k])), None)
        if referred is not None:
            item.metric = referred.metric


def _may_be_compared(referred, item):
    """'61% населения, или 742 тыс. человек, что на 3,2 п.п. выше': percentage
    points compare only a percentage, so they pass over a count that
    restates it; '0,9 мг/л при норме 0,05 мг/л, то есть в 18 раз выше': a
    comparison passes over the limit the figure it tells again is held
    against ('при урожайности 12,1 ц/га, что в 1,4 раза выше' is no limit);
    any other comparison speaks of the figure right before."""
    first = referred.tokens[0]
    if limit_opened_before(first.doc, first.i, ("allowed_limits", "comparison_bases")) is not None:
        return False
    return item.figure.unit != "percentage_point" or referred.figure.unit in PERCENT_UNITS


def comparisons_joined_by_and(doc, found):
    """'186,5 тыс. вакансий — на 7% меньше, чем в сентябре, и на 14% меньше,
    чем в октябре': a comparison joined by 'и' to one that refers back to a
    figure refers back to the same figure, and measures what it measures."""
    for before, item in zip(found, found[1:]):
        if item.comparative is None or item.refers_back or not before.refers_back or before.comparative is None:
            continue
        joiner = _word_before_comparison(doc, item)
        if joiner is not None and normalize(joiner.text) in _anaphora_words("comparison_joiners") \
                and joiner.i > before.comparative.i:
            item.refers_back = True
            item.metric = before.metric


@lru_cache(maxsize=None)
def _anaphora_words(kind):
    """A word list of anaphora.json, normalized: 'comparison_joiners' (what joins
    a second comparison to a first one), 'general_nouns' ('этот показатель')."""
    return frozenset(normalize(word) for word in load_json("anaphora.json")[kind])


def _word_before_comparison(doc, item):
    """The word before the figure's own preposition and bound words, or None."""
    index = item.tokens[0].i - 1
    while index > item.sentence[0] and (doc[index].pos_ in ("ADP", "ADV", "PART") or doc[index].is_space):
        index -= 1
    return doc[index] if index >= item.sentence[0] else None


def verb_of_what_before(item):
    """Whether the figure's verb has for its subject a ', что' that stands for the clause before."""
    if item.trigger is None:
        return False
    doc = item.trigger.doc
    return any(child.dep_ in word_kinds.SUBJECT_DEPS and normalize(child.text) == "что" and child.i > 0
               and doc[child.i - 1].text == "," for child in item.trigger.children)


def resolve_pronouns(doc, found, sentence, sentence_before, resolved, claims_before=()):
    """A figure whose metric a pronoun names takes the pronoun's antecedent
    (devset notes: "Pronoun metrics take the antecedent's span"): 'из них 6',
    'их — 31', 'которых в стране 7,7 млн', 'он увеличился на 10,9%'.
    A subject pronoun first looks for an earlier claim of its sentence
    that agrees with it ('Прожиточный минимум составит 15 250 рублей, он
    увеличился на 10,9%'); `resolved` collects the paragraph's pronouns, so
    that a pronoun may stand for one before it ('их — 31. Три четверти из них').
    `claims_before` are the paragraph's claims of earlier sentences."""
    reach = sentence_before[0] if sentence_before is not None else sentence[0]
    for k, item in enumerate(found):
        if _part_named_after_dash(doc, item) is not None:
            # 'из них 4,1 млрд — федеральные средства': a part of the whole 'них'
            # stands for, like any share (NOTES.md, session 7); the dash only says
            # which part, in an equation with no verb
            item.trigger = item.direction = item.change = None
            pronoun = anaphora.partitive_pronoun(doc, item.inside)
        else:
            pronoun = _pronoun_for_metric(doc, item)
        if pronoun is None:
            _pronoun_of_a_value_verb(item, sentence, sentence_before, resolved)
            continue
        partitive = _is_partitive(doc, item, pronoun) or _from_partitive_phrase(pronoun)
        if anaphora.kind_of(pronoun) == "relative" and not partitive:
            target = None     # 'зарплаты, которые прибавили 15%': the noun the clause is about
        elif _is_subject_pronoun(item, pronoun):
            target = _nearer_antecedent(_earlier_metric(found[:k], pronoun), pronoun, sentence, resolved)
        elif partitive:
            # 'Долги превысили 1,9 млрд рублей, из них 70%', '4,7 км, из которых
            # 2 960 метров': the part is of what the figure before measured
            wholes = [c for c in [*claims_before, *found[:k]] if c.tokens[0].i >= reach]
            target = _money_named_in_own_sentence(doc, item, pronoun, sentence, wholes) \
                or _measured_whole(wholes, pronoun, item)
        else:
            target = None
        if target is None and _counted_by_figure(doc, item, pronoun):
            # 'задержали 37 нетрезвых водителей. Годом ранее их было 52': what
            # the pronoun counts is what a count before it in reach counted,
            # unless a noun that agrees stands nearer ('на гипермаркеты (их 63)')
            earlier = [c for c in [*claims_before, *found[:k]] if c.tokens[0].i >= reach]
            target = _nearer_antecedent(anaphora.counted_before(pronoun, reversed(earlier)), pronoun, sentence, resolved)
        if target is None:
            target = anaphora.antecedent(pronoun, sentence, sentence_before, resolved)
        if target is None and item.metric is not None and item.metric[1].i == pronoun.i:
            item.metric = None    # a pronoun standing for nothing found names nothing
        if target is not None:
            item.metric = target
            resolved[pronoun.i] = target
            if _part_before_partitive(doc, item, pronoun):
                # 'В 47 из них концентрация превышала норму': a count of parts
                # says how many of them the clause is true of, no level of the verb
                item.trigger = item.direction = item.change = None


def _pronoun_for_metric(doc, item):
    """The pronoun standing for what the figure measures, or None."""
    if item.metric is not None and anaphora.kind_of(item.metric[1]) == "relative":
        return item.metric[1]     # the rules of metric.py took the subject 'которые' itself
    if item.metric is not None and anaphora.kind_of(item.metric[1]) and _from_partitive_phrase(item.metric[1]):
        return item.metric[1]     # shares.py took the whole of 'из них ... пришлось 40%' for the metric
    partitive = anaphora.partitive_pronoun(doc, item.inside)
    if partitive is not None and (item.metric is None or _from_partitive_phrase(item.metric[1])
                                  or (partitive.i > item.tokens[-1].i and item.figure.unit == "count")
                                  or kinds_of_a_whole.sorts_the_whole(doc, item)):
        # 'из них 6 из первой десятки': the group named after is narrower;
        # 'В 47 из них концентрация ...': a count right before 'из них' counts
        # its parts; a share is of the whole 'них' stands for ('половина из них приходится на ...');
        # 'из них 34 дальнемагистральных', 'из них 300 — тяжелые' only say which kind of it
        return partitive
    if item.figure.unit == "count" and (item.metric is None or item.metric[1].i < item.tokens[0].i):
        # 'семьям, которых в области 12 тысяч': what a pronoun before a count
        # of nothing named stands for, whatever noun the parse hung it on
        counted = anaphora.counted_pronoun(doc, item.inside)
        if counted is not None:
            return counted
    share_to = _subject_pronoun_before_dash(doc, item)
    if share_to is not None:
        return share_to
    if item.trigger is None:
        return None
    subject = _subject_pronoun(item.trigger)
    if subject is None or (item.metric is not None and not _guessed_for_the_subject(item)):
        return None
    return subject


def _subject_pronoun(trigger):
    """The personal pronoun that is the trigger's subject, or None. The
    trigger may be a verb or a predicate level noun ('он был на уровне 0,7%');
    an infinitive ('она может вырасти до 1,375%') has no subject of its own:
    the parser hangs it on the verb the infinitive completes."""
    return next((c for verb in _verbs_of_trigger(trigger) for c in verb.children if c.dep_ in word_kinds.SUBJECT_DEPS
                 and c.pos_ == "PRON" and anaphora.kind_of(c) == "personal"), None)


def _verbs_of_trigger(trigger):
    """The trigger, and the verb whose subject is the trigger's: the verb an
    infinitive completes, or the verb a level noun hangs on ('он держится
    на уровне 2,0', 'она находится на уровне 16%')."""
    verbs = [trigger]
    head = trigger.head
    if head.i == trigger.i:
        return verbs
    if trigger.dep_ == "xcomp" and "Inf" in trigger.morph.get("VerbForm"):
        verbs.append(head)
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "obl" and head.pos_ in ("VERB", "AUX"):
        verbs.append(head)
    return verbs


def _part_before_partitive(doc, item, pronoun):
    """A count right before its 'из них' whose verb only sets a level."""
    return item.figure.unit == "count" and item.direction == "level" and pronoun.i > item.tokens[-1].i \
        and _is_partitive(doc, item, pronoun)


def _subject_pronoun_before_dash(doc, item):
    """'В потребительском сегменте она выше — порядка 6%': a figure with no
    metric after a dash gives the value of the clause's subject pronoun."""
    if item.metric is not None:
        return None
    dash = dashes.dash_before(item.inside, doc)
    if dash is None:
        return None
    for index in range(dash - 1, item.sentence[0] - 1, -1):
        token = doc[index]
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "PRON" and anaphora.kind_of(token) == "personal" and "Nom" in token.morph.get("Case"):
            return token
    return None


def _guessed_for_the_subject(item):
    """'В Москве она достигла 41 200 рублей', 'у семей он превышает три
    месяца': with a pronoun for its subject, the verb's metric was guessed
    from a noun before it that is no object of the verb ('Москве', a
    subject of the clause before). The pronoun names the metric instead;
    an object ('выручку она увеличила') or a noun after the figure stays."""
    head = item.metric[1]
    if head.i > item.tokens[-1].i:
        return _base_of_a_stated_share(item)
    return not (head.head.i == item.trigger.i and head.dep_ == "obj")


def _base_of_a_stated_share(item):
    """'на 1 марта она составляла 0,9% портфеля': the genitive after a share
    that a level verb states is only the base it is taken of; the verb's
    subject is what the share measures, as a noun subject is in the gold
    ('Просрочка составила 0,9% портфеля': the subject in 26 of 27 such
    claims over the development sets), so a pronoun subject names it too."""
    return item.direction == "level" and item.figure.unit in SHARE_UNITS


def _pronoun_of_a_value_verb(item, sentence, sentence_before, resolved):
    """'Миграционный прирост ...: он оценивается в 160–170 тыс. человек': a
    verb of value ('оцениваться', 'насчитывать') whose subject is a pronoun
    standing for a quantity noun gives the figure that quantity as its
    metric, as 'Численность ... составила' does for a count (CLAIMS.md)."""
    if item.trigger is not None:
        return
    verb = near_figure.governing_verb(item.anchor, item.inside)
    if verb is None or word_kinds.lemma_of(verb) not in word_kinds.measure_words("value_verbs"):
        return
    pronoun = next((c for c in verb.children if c.dep_ in word_kinds.SUBJECT_DEPS
                    and c.pos_ == "PRON" and anaphora.kind_of(c) == "personal"), None)
    if pronoun is None:
        return
    target = anaphora.antecedent(pronoun, sentence, sentence_before, resolved)
    if target is not None and (_names_a_quantity(target[1]) or _priced_thing(item, target[1])):
        item.metric = target
        resolved[pronoun.i] = target


def _priced_thing(item, noun):
    """'Самая дорогая покупка — томограф, он обошёлся в 40 млн': money a
    value verb gives is the price of the thing the pronoun stands for, as it
    is of a noun subject ('томограф обошёлся в 40 млн', value_verbs.py)."""
    return item.figure.unit in CURRENCIES and noun.pos_ in word_kinds.NOUNISH \
        and "Anim" not in noun.morph.get("Animacy")


def _names_a_quantity(noun):
    """'численность', 'стоимость', or a change that is counted ('прирост')."""
    return word_kinds.is_quantity_noun(noun) \
        or triggers.direction_of(noun) is not None


def _part_named_after_dash(doc, item):
    """The noun in the nominative after a dash right after a figure that
    'из них' opens ('из них 4,1 млрд — федеральные средства') or follows
    ('60% из него — кредиты бизнесу'), or None."""
    pronoun = anaphora.partitive_pronoun(doc, item.inside)
    if pronoun is None:
        return None
    after = item.tokens[-1].i + 1
    if pronoun.i > item.tokens[0].i:
        # the pronoun after the figure: the dash comes right after the pronoun;
        # a count ('двое из них — уроженцы ...') keeps counting the people
        # and the dash only describes them
        if pronoun.i != after + 1 or item.figure.unit == "count":
            return None
        after = pronoun.i + 1
    if after >= len(doc) or doc[after].text not in CLAUSE_DASHES:
        return None
    for token in doc[after + 1:min(after + 1 + PART_REACH, item.sentence[1])]:
        if token.pos_ in ("ADJ", "DET") or token.is_space:
            continue
        if token.pos_ == "NOUN" and word_kinds.may_be_nominative(token):
            return token
        return None
    return None


def _is_partitive(doc, item, pronoun):
    partitive = anaphora.partitive_pronoun(doc, item.inside)
    return partitive is not None and partitive.i == pronoun.i


def _measured_whole(earlier_claims, pronoun, part):
    """'численность занятых превышает 1,97 млн человек. Из них около 14%',
    'действуют 23 лесных пожара на площади 14,7 тыс. га, из них 9', 'Долги
    превысили 1,9 млрд рублей, из них около 70%': a part 'из них' is taken
    from the whole a figure before it measured; that figure's metric names
    it (the quantity noun it stands for, or the counted noun, whatever number
    the numeral puts that noun in). A count is a part of counted things only.
    A relative pronoun stands for the noun right before it ('до 9 100
    насосов, из которых треть'), which names the whole unless it is the unit
    word of that figure ('62 млрд рублей, из которых треть')."""
    if "Plur" not in pronoun.morph.get("Number") and word_kinds.lemma_of(pronoun) not in ("они", "который"):
        return None
    for earlier in reversed(earlier_claims):
        if part.figure.unit == "count" and earlier.figure.unit != "count":
            continue
        if earlier.metric is None and earlier.sentence == part.sentence and earlier.tokens[-1].i < pronoun.i \
                and part.whole is None:
            # '1,3 тыс. получили ранения, из них 90': the whole's noun is filled in
            # later (elided_nouns.py); parts_of_a_whole_filled_later lends it then
            part.whole = earlier
        if earlier.metric is None or earlier.metric[1].i >= pronoun.i or earlier.tokens[-1].i >= pronoun.i:
            continue
        if part_left_behind(earlier, part):
            # 'задержаны 23 человека, в том числе трое несовершеннолетних. На 17
            # из них': a new clause takes its part of the whole, not of the part (fresh-s)
            continue
        if anaphora.kind_of(pronoun) == "relative" and earlier.tokens[-1].i + 3 < pronoun.i:
            return None       # the noun before 'из которых' is not this figure's
        return _counted_whole(earlier, part) or earlier.metric
    return None


def parts_of_a_whole_filled_later(found):
    """'Число погибших достигло 214 человек, еще не менее 1,3 тыс. получили
    ранения, из них 90 — тяжелые': when the pronouns were read, the whole
    right before 'из них' had no metric yet, and the part borrowed that of a
    figure further back. Now that the whole has one, the part is of it."""
    for part in found:
        whole = part.whole
        if whole is not None and whole.metric is not None and whole.metric[1].i < part.tokens[0].i:
            part.metric = _counted_whole(whole, part) or whole.metric


def _money_named_in_own_sentence(doc, part, pronoun, sentence, wholes):
    """'Ущерб оценили в 8,7 млн рублей. Он выводил деньги со счетов, около 2 млн
    из них потратил на квартиру': a sum taken 'из них' is a part of the money
    its own sentence names before it ('деньги'), not of the figure of the
    sentence before, when no figure of its own sentence stands between."""
    if part.figure.unit not in CURRENCIES or any(c.tokens[0].i >= sentence[0] for c in wholes):
        return None
    for token in reversed(doc[sentence[0]:pronoun.i]):
        if token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") \
                and word_kinds.lemma_of(token) in _money_nouns():
            return metric.phrase(token, part.inside), token
    return None


@lru_cache(maxsize=None)
def _money_nouns():
    """The lemmas that name money (units.json money_cues); the verbs among them never stand as nouns."""
    return frozenset(load_json("units.json")["money_cues"]["lemmas"])


def _counted_whole(earlier, part):
    """'Аудитория превысила 74 млн пользователей, из них 40 млн заходили
    ежедневно': a count of parts counts the things the count before it
    counted (the plural 'них' stands for 'пользователей'), not the quantity
    that count is the value of. A quantity that names how many there are
    (size_nouns: 'Численность получателей достигнет 46,8 млн человек, из них
    9,6 млн') is itself the whole the part is taken from (NOTES.md, session 7)."""
    if part.figure.unit != "count" or word_kinds.lemma_of(earlier.metric[1]) in word_kinds.measure_words("size_nouns"):
        return None
    doc = part.tokens[0].doc
    after = earlier.tokens[-1].i + 1
    if after >= earlier.sentence[1] or doc[after].pos_ != "NOUN" or doc[after].i == earlier.metric[1].i:
        return None
    return metric.phrase(doc[after], earlier.inside), doc[after]


def _from_partitive_phrase(head):
    return "из" in case_words(head)


def _counted_by_figure(doc, item, pronoun):
    """'их было 52', 'теперь их у оператора 23,4 млн': a genitive pronoun
    before a count of nothing named is what the count counts. Under a
    preposition ('Иностранцев среди них — 64 тысячи') it names the group
    the counted are among."""
    if item.figure.unit != "count" or word_kinds.after_preposition(pronoun):
        return False
    counted = anaphora.counted_pronoun(doc, item.inside)
    return counted is not None and counted.i == pronoun.i


def _is_subject_pronoun(item, pronoun):
    return item.trigger is not None and pronoun.dep_ in word_kinds.SUBJECT_DEPS \
        and any(pronoun.head.i == verb.i for verb in _verbs_of_trigger(item.trigger))


def _nearer_antecedent(claimed, pronoun, sentence, resolved):
    """'Каждый пятый лицевой счёт имеет просроченный долг, у 41 тыс. семей он
    превышает три месяца': a noun that agrees with the pronoun and stands
    between it and an earlier claim's metric is what it stands for."""
    if claimed is None:
        return None
    own = anaphora.antecedent(pronoun, sentence, None, resolved)
    if own is not None and own[1].i > claimed[1].i:
        return own
    return claimed


def _earlier_metric(earlier_claims, pronoun):
    """The metric of the nearest claim before the pronoun in its own sentence
    that agrees with it (in the sentence before, that sentence's subject
    comes first: anaphora.antecedent)."""
    for earlier in reversed(earlier_claims):
        if earlier.metric is not None \
                and earlier.metric[1].i < pronoun.i and word_kinds.agrees(earlier.metric[1], pronoun):
            return earlier.metric
    return None


def restated_after_colon(doc, found):
    """'Заказов стало на 35% меньше, чем в 2025-м: 2 150 против 3 300': bare
    figures after a colon that follows a change in the same sentence give the
    values before and after that change, so they measure what it measures."""
    for k, item in enumerate(found):
        if item.metric is not None or _noun_right_after(doc, item):
            continue
        colon = _colon_before(doc, item)
        if colon is None:
            continue
        change = next((e for e in reversed(found[:k]) if e.tokens[-1].i < colon), None)
        if change is not None and change.direction in triggers.CHANGE_DIRECTIONS and change.metric is not None:
            item.metric = change.metric


def _colon_before(doc, item):
    """Index of the colon the figure's clause opens with (only figures and
    'против'-like words between), or None."""
    for index in range(item.tokens[0].i - 1, item.sentence[0] - 1, -1):
        token = doc[index]
        if token.text == ":":
            return index
        if token.pos_ in ("VERB", "AUX", "NOUN", "PROPN") or token.text in ("—", "–", ";", "."):
            return None
    return None


def _noun_right_after(doc, item):
    after = item.tokens[-1].i + 1
    return after < item.sentence[1] and doc[after].pos_ == "NOUN"


def general_nouns_pointing_back(found, earlier_claims):
    """'Цены выросли до 7 900 рублей. Годом ранее этот показатель составлял
    5 300 рублей': a general noun whose determiner points back ('этот
    показатель', 'эта цифра') stands for the quantity of the nearest claim
    before it in the same unit; the annotators who read only CLAIMS.md give
    that claim's metric (NOTES.md, session 7). `earlier_claims` are the
    paragraph's claims of earlier sentences."""
    for k, item in enumerate(found):
        if item.metric is None or not (_general_noun_pointing_back(item.metric[1])
                                       or _general_noun_naming_a_bare_count(item)):
            continue
        referred = next((e for e in reversed([*earlier_claims, *found[:k]])
                         if e.metric is not None and _may_restate(e, item)
                         and not _general_noun_pointing_back(e.metric[1])), None)
        if referred is not None:
            item.metric = referred.metric


def _may_restate(earlier, item):
    """Whether the general noun of `item` may stand for the quantity of
    `earlier`: a level in the same unit, or a change of it. A change in
    percent fits a quantity in any unit ('пенсия составит 13 570 рублей.
    Годом ранее этот показатель увеличился на 11,4%'), one in percentage
    points fits a share ('доля выросла до 34%. Годом ранее этот показатель
    прибавил 2 п. п.')."""
    unit = item.figure.unit
    if item.change == "by" and unit == "percent":
        return True
    if item.change == "by" and unit == "percentage_point":
        return earlier.figure.unit in PERCENT_UNITS
    return _same_quantity(earlier.figure.unit, unit)


def _same_quantity(earlier, unit):
    """Units one quantity may be given in twice: those a list may mix, and the
    two ways of writing a share ('около 20% заправок, а на северо-западе этот
    показатель достигает трети')."""
    return same_kind(earlier, unit) or {earlier, unit} <= SHARE_UNITS


def _general_noun_pointing_back(noun):
    return word_kinds.lemma_of(noun) in _anaphora_words("general_nouns") and word_kinds.points_back(noun)


def _general_noun_naming_a_bare_count(item):
    """'на улицы вышли около 12 тысяч человек, организаторы называют цифру в
    30 тысяч': a bare general noun ('цифра', anaphora.json
    general_nouns_restating_counts) that a count of nothing named values
    restates the count before it, as a pointing determiner would; the gold
    gives that count's noun (fresh-aj, -ci, -s: 3 of 3). A ratio ('реальная
    цифра в два-три раза выше') keeps the noun, as does a count with its own
    noun ('цифру в 100 тыс. участников')."""
    noun = item.metric[1]
    if item.figure.unit != "count" or word_kinds.lemma_of(noun) not in _anaphora_words("general_nouns_restating_counts"):
        return False
    doc = noun.doc
    after = item.tokens[-1].i + 1
    # ('в 100 тыс. Демонстранты ...': the abbreviation's point ends the sentence)
    names_its_own = after < item.sentence[1] and not doc[after].is_sent_start and doc[after].pos_ in ("NOUN", "ADJ")
    # 'цифра погибших' names its quantity itself (the parser may hang a noun
    # of the clause before on it too, so only one between it and the figure counts)
    has_genitive = any(child.dep_ == "nmod" and noun.i < child.i < item.tokens[0].i for child in noun.children)
    return not names_its_own and not has_genitive
