"""Figures that name nothing and carry on the quantity the paragraph has just measured.

Two kinds of figure leave what they measure out because the text has just
named it:
- an amount opened by 'ещё' adds to the amount before it: 'Основная часть
  дополнительных средств, 2,8 млрд рублей, пойдёт на выплаты. Ещё 640
  миллионов получат районы' measures the same money;
- a share written as a word ('половина', 'треть', 'каждый пятый') with no
  whole of its own is a share of what was just counted or measured: 'выпустит
  600 тыс. тонн топлива, причём примерно половина уйдёт на экспорт';
- a forecast's time of day alone before a figure goes on with the quantity
  given before in the same unit, across the paragraphs of a forecast's days:
  'Температура воздуха днём +1 °C ... // Вторник: днём +4 °C, ночью −2 °C'.
The gold agrees (counted over the 88 development sets in session 15): of 195
figures right after 'ещё', 2 have no metric and the rest measure what the
figure before measured or name their own noun; of 272 fraction words, 2 have
no metric.

This runs last among the filling steps, so it only fills a figure every other
rule left empty, and it never overrides a metric, a prison term's null or a
noun the figure names itself.
"""
from pipeline.claims import prison_terms
from pipeline.claims.units import DURATION_UNITS, SHARE_UNITS, same_kind
from pipeline.claims.context import context_lexicon
from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims.lexicon import normalize
from pipeline.claims.word_kinds import (CLAUSE_PUNCTUATION_OR_DASH, SUBJECT_DEPS, bound_words, measure_words, names_day,
                                        word_before)


def metrics_carried_over(doc, found, earlier, earlier_paragraphs=()):
    """Give the figures of this sentence that name nothing the metric of
    the nearest figure before them (in the sentence, then the paragraph;
    for a forecast's time of day, then the paragraphs before) that they
    carry on."""
    for k, item in enumerate(found):
        if item.metric is not None or _later_prison_term(item):
            continue
        before = list(reversed(earlier + found[:k]))
        if opened_by_a_time_of_day(doc, item):
            donor = next((d for d in before if d.metric is not None and _same_written_unit(doc, d, item)), None) \
                or _same_measure_of_a_day_before(doc, item, earlier_paragraphs)
        elif item.figure.preposition is not None:
            continue
        elif _opened_by_a_time_back(doc, item) and not _noun_right_after(doc, item) \
                and not _verb_has_a_noun_subject(item):
            donor = next((d for d in before if d.metric is not None and same_kind(d.figure.unit, item.figure.unit)),
                         None)
        elif _opened_by_more(doc, item):
            donor = next((d for d in before if d.metric is not None and _same_kind_or_shares(d, item)), None)
        elif item.figure.unit == "fraction" and not _handled_by_people_of_its_own(item):
            donor = next((d for d in before if d.metric is not None and _a_whole(d)), None)
        else:
            continue
        if donor is not None:
            item.metric = donor.metric


def levels_after_a_change(doc, found):
    """'Призовой фонд турнира, который стартует в понедельник, увеличен на 20%
    и составит $1,08 млн': a level joined by 'и' to the change right before it
    is the level of what changed. The parser often hangs the second verb on
    another clause and loses its subject; word order keeps the pair. Only
    fills a figure every other rule left empty."""
    for k, item in enumerate(found):
        if k == 0 or item.metric is not None:
            continue
        donor = found[k - 1]
        if donor.metric is not None and donor.direction in ("increase", "decrease") \
                and _joined_as_change_and_level(doc, donor, item):
            item.metric = donor.metric
            _gapped_items_of(found[k + 1:], item)


def _gapped_items_of(later, level):
    """'Средняя зарплата фельдшера выросла на 14% и достигла 68,4 тыс.
    рублей, водителя — 52 тыс. рублей': a gapped item after the level
    repeats its verb (ellipsis.parallel_after_dash gave it the level's
    trigger and the words before its dash as qualifier) and was to take its
    metric, which the level only gets here; it takes it now."""
    for item in later:
        if item.metric is None and item.qualifiers and item.trigger is not None \
                and item.trigger.i == level.trigger.i:
            item.metric = level.metric


def _joined_as_change_and_level(doc, donor, item):
    """Between the two figures (no other figure stands there, found is in text
    order): 'и', then a verb, with no punctuation or nominative of the level's
    own ('и официальный курс составил' names its own subject) and only a few
    adverbial words ('и на 30 сентября оценивался в')."""
    between = doc[max(donor.inside) + 1:min(item.inside)]
    if not 2 <= len(between) <= _MOST_WORDS_BETWEEN or normalize(between[0].text) not in measure_words("change_then_level_words"):
        return False
    if any(token.is_punct or "Nom" in token.morph.get("Case") for token in between[1:]):
        return False
    return any(token.pos_ in ("VERB", "AUX") for token in between[1:])


_MOST_WORDS_BETWEEN = 6


def _opened_by_a_time_back(doc, item):
    """'Годом ранее из России было переведено 3,6 млрд', 'Год назад компания
    выплатила 31 рубль на акцию': a sentence that opens by dating itself back
    from the one before ('ранее', 'раньше', 'назад' among its first words)
    gives the value the quantity just measured had then. The development
    gold (session 25, 118 sets) leaves 1 figure of 115 in such sentences
    with no metric; the others name their own noun or the one before."""
    start = item.sentence[0]
    opening = doc[start:min(start + _TIME_BACK_REACH, min(item.inside))]
    return any(normalize(token.text) in context_lexicon()["relative_time_adverbs"] for token in opening)


# How far into its sentence the 'ранее' of 'Месяцем ранее', 'Два года назад' may stand.
_TIME_BACK_REACH = 3


def _verb_of(item):
    """The verb the figure hangs on, or None."""
    for token in item.tokens:
        if token.head.i not in item.inside and token.head.pos_ in ("VERB", "AUX"):
            return token.head
    return None


def _verb_has_a_noun_subject(item):
    """'Годом ранее отрасль получила 58,2 млрд': the subject says whose the
    money is; the gold gives such a figure no metric rather than the one before."""
    verb = _verb_of(item)
    return verb is not None and any(child.dep_ in SUBJECT_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON")
                                    and child.i not in item.inside for child in verb.children)


def _noun_right_after(doc, item):
    """'Годом ранее было 2,4 млн пассажиров': the figure names its own noun."""
    after = max(item.inside) + 1
    return after < item.sentence[1] and doc[after].pos_ in ("NOUN", "PROPN")


def _opened_by_more(doc, item):
    """'ещё 640 миллионов', 'ещё около 38 млн рублей': 'ещё' right before the
    figure, past its bound words ('всё ещё' and 'ещё в апреле' stand apart)."""
    first = min(item.inside)
    before = word_before(doc, first, bound_words("bounds"), limit=item.sentence[0])
    if before is None or before.i < item.sentence[0]:
        return False
    return normalize(before.text) in measure_words("more_of_the_same_words") \
        and (before.i == 0 or normalize(doc[before.i - 1].text) != "все")


def opened_by_a_time_of_day(doc, item):
    """'Вторник: днём +4 °C, ночью −2…0 °C', 'Среда: облачно, днём до +7 °C': a
    clause of a time of day and a figure alone goes on with the quantity a
    forecast has just given for another time (fresh-ad, -dk, -du: 11 of 11
    such figures take the metric before). Bounds and a preposition may stand
    between ('днём до +7 °C'); the time word opens its clause."""
    first = min(item.inside)
    opener = word_before(doc, first, _bound_or_preposition, limit=item.sentence[0])
    if opener is None or opener.i < item.sentence[0] or not names_day(opener) \
            or normalize(opener.text) not in context_lexicon()["times_of_day"]:
        return False
    return opener.i == item.sentence[0] or doc[opener.i - 1].text in CLAUSE_PUNCTUATION_OR_DASH


def _same_measure_of_a_day_before(doc, item, earlier_paragraphs):
    """'Понедельник ... Температура воздуха днём +1…+3 °C ... // Вторник: днём
    +4 °C': a forecast gives each day a paragraph of its own, and names the
    quantity only on the first; a later day's figure goes on with the last
    figure written in the same unit ('°C'), never with a unitless one."""
    unit = _written_unit(doc, item)
    if not unit:
        return None
    return next((d for d in reversed(list(earlier_paragraphs)) if d.metric is not None
                 and same_kind(d.figure.unit, item.figure.unit) and _written_unit(doc, d) == unit), None)


def _bound_or_preposition(token):
    return token.pos_ == "ADP" or bound_words("bounds")(token) or token.text in CLAUSE_DASHES


def _same_written_unit(doc, donor, item):
    """'днём +4 °C' goes on with '−6 °C', not with the wind's '4–6 м/с' between;
    a figure written with no unit ('днём — от плюс 6 до плюс 11') goes on
    with any figure of its kind, and any figure with one that has none."""
    unit, donors = _written_unit(doc, item), _written_unit(doc, donor)
    return same_kind(donor.figure.unit, item.figure.unit) and (not unit or not donors or unit == donors)


def _written_unit(doc, item):
    """The unit words of a figure as written ('°C', 'м/с', 'градусов'), lower case."""
    words = [doc[i].text.lower() for i in sorted(item.inside)
             if any(ch.isalpha() or ch == "°" for ch in doc[i].text) and normalize(doc[i].text) not in _SIGN_WORDS]
    return " ".join(words)


# words of a temperature's sign and range, no unit: 'от плюс 6 до плюс 11'
_SIGN_WORDS = frozenset({"плюс", "минус", "от", "до"})


def _same_kind_or_shares(donor, item):
    # a percent and a fraction are both shares of one whole; sums in two currencies one sum
    return same_kind(donor.figure.unit, item.figure.unit) or {donor.figure.unit, item.figure.unit} <= SHARE_UNITS


def _a_whole(donor):
    """A share is taken of a group or an amount, not of a span of time
    ('Средний возраст уехавших — 34 года; каждый пятый — IT-специалист'
    shares out the emigrants, not their age)."""
    return donor.figure.unit not in DURATION_UNITS


def _handled_by_people_of_its_own(item):
    """'Мэру доверяют 44% опрошенных. Треть собрали волонтёры': a share that
    is the object of a verb with people of its own as subject is something
    they handle, not a share of the group before (ellipsis.shares_of_the_polled
    leaves it empty on purpose); 'коммуналка съедает треть', 'Половину уже
    сделали' have no such actors."""
    for token in item.tokens:
        verb = token.head
        if token.dep_ == "obj" and verb.pos_ == "VERB" and any(
                child.dep_ in SUBJECT_DEPS and "Anim" in child.morph.get("Animacy") for child in verb.children):
            return True
    return False


def _later_prison_term(item):
    # a later term has no metric (NOTES.md), so it borrows none either
    return prison_terms.later_prison_term(item.figure, item.anchor, item.inside)
