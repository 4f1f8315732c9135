"""Figures that name nothing and carry on the quantity the paragraph has just measured.

Two kinds of figure leave what they measure out because the text has just
named it:
- an amount opened by 'ещё' adds to the amount before it: 'Основная часть
  дополнительных средств, 2,8 млрд рублей, пойдёт на выплаты. Ещё 640
  миллионов получат районы' measures the same money;
- a share written as a word ('половина', 'треть', 'каждый пятый') with no
  whole of its own is a share of what was just counted or measured: 'выпустит
  600 тыс. тонн топлива, причём примерно половина уйдёт на экспорт'.
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
from pipeline.claims.lexicon import normalize
from pipeline.claims.word_kinds import SUBJECT_DEPS, bound_words, measure_words, word_before


def metrics_carried_over(doc, found, earlier):
    """Give the figures of this sentence that name nothing the metric of
    the nearest figure before them (in the sentence, then the paragraph)
    that they carry on."""
    for k, item in enumerate(found):
        if item.metric is not None or item.figure.preposition is not None or _later_prison_term(item):
            continue
        before = list(reversed(earlier + found[:k]))
        if _opened_by_more(doc, item):
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


def _opened_by_more(doc, item):
    """'ещё 640 миллионов', 'ещё около 38 млн рублей': 'ещё' right before the
    figure, past its bound words ('всё ещё' and 'ещё в апреле' stand apart)."""
    first = min(item.inside)
    before = word_before(doc, first, bound_words("bounds"), limit=item.sentence[0])
    if before is None or before.i < item.sentence[0]:
        return False
    return normalize(before.text) in measure_words("more_of_the_same_words") \
        and (before.i == 0 or normalize(doc[before.i - 1].text) != "все")


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
