"""Figures that name no measure of their own and take a neighbour's: a
ranking's named items, figures joined by 'и', a figure restated after ', или'.

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
from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims import metric, near_figure, triggers, word_kinds
from pipeline.claims.lexicon import normalize
from pipeline.claims.lists.shared import _words
from pipeline.claims.units import CURRENCIES, SHARE_UNITS, same_kind


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
        while start > item.sentence[0] and doc[start - 1].text not in CLAUSE_DASHES_AS_TYPED | {",", ";", ":", "("}:
            start -= 1
        item.qualifiers = [(start, name_end)]


def _name_before(doc, item):
    """End of the name right before 'с' or '(' that stands before a bare
    figure ('«Стройкорзина» с 4,6%'), or None."""
    after = item.tokens[-1].i + 1
    if after < item.sentence[1] and doc[after].pos_ == "NOUN" and not word_kinds.is_number_phrase(doc[after], item.inside):
        return None      # a noun of its own after the figure
    before = word_kinds.word_before(doc, item.tokens[0].i, word_kinds.bound_words("bounds"))
    index = before.i if before is not None else -1
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
    # right to left, so that the noun named with the last item reaches every
    # item of a list ('2, 3 и 5 млн тонн')
    for item, following in reversed(list(zip(found, found[1:]))):
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
    noun before it the parser hung it on. So does a bare item that took its
    unit from the list ('3, 4 и 5 млн тонн зерна')."""
    joiner = item.tokens[-1].i + 1
    bare = item.figure.unit == "count" or item.figure.end == item.figure.number_end
    if not bare or joiner + 1 != following.tokens[0].i:
        return False
    if item.metric is not None and item.metric[1].i > item.tokens[-1].i:
        return False
    return normalize(doc[joiner].text) in _words("numeral_joiners")


def restated_after_or(doc, found):
    """'отгрузили 9,1 млн т, или 71%', 'составила 2,9 тыс. человек, или 0,1%
    рабочей силы': the figure after ', или' gives the figure before it in
    another unit, so it measures the same thing, with the same verb. A share
    with its own genitive right after it keeps it when the figure before
    counts ('9 тыс. человек, или 47% выпускников' counts the graduates); after
    an amount ('доходы составили 7,4 трлн рублей, или 51% доходов бюджета',
    'расходы составят 416 млрд рублей, или 0,6% ВВП') the genitive is only the
    base the amount is set against.

    After ', это', '— это' or ', то есть' ('12 мм дождя — это почти треть
    нормы') the pronoun stands for the figure before, so the figure told
    again measures what that one does when its own genitive is only a base
    it is compared with (a norm). A share of a whole named after it ('2 млрд
    долларов — это около 8% ВВП', '3 млн тонн, то есть треть урожая')
    measures that whole, as a share does anywhere else. A change ('это на
    8% больше') is references.py's to read.

    A sum that opens a bracket right after a sum in another currency ('3 600
    белорусских рублей (около $1 100)') is that sum converted: it measures
    what the sum before does, whatever noun the parser hung it on."""
    for k, item in enumerate(found):
        if k == 0:
            continue
        donor = found[k - 1]
        joined = _restating_link(doc, item.tokens[0].i, donor, _preposition_to_step_over(item, donor))
        if joined == "bracket" and not _converted_sum(donor, item):
            continue
        if joined == "back" and donor.metric is None:
            _measured_as_restated(donor, item)
        if joined is None or donor.metric is None:
            continue
        if joined == "or" and _counts_people_or_things(donor) \
                and (_own_genitive(item) or (_own_genitive(item, past_adjectives=True) and _counted_noun_kept(donor))):
            # '2,3 тыс. сотрудников, или 11% персонала': its own noun, the same change
            _takes_the_verb_of(donor, item)
            continue
        whole = _whole_after_share(doc, item) if joined == "back" else None
        if whole is not None:
            item.metric = ((whole.i, metric.phrase(whole, item.inside)[1]), whole)
            continue
        counted = _counted_noun_lost_to_verb(doc, item, donor) if joined == "back" and item.figure.preposition is None else None
        if counted is not None:
            _measure_by_counted_noun(item, counted)
            continue
        if joined == "back" and (item.figure.preposition is not None or _counts_its_own_noun(doc, item)):
            continue
        item.metric = donor.metric
        if joined in ("or", "bracket"):
            _takes_the_verb_of(donor, item)


def _takes_the_verb_of(donor, item):
    """The figure told again after ', или' has the verb and direction of the
    figure before it, unless it has a verb of its own (development gold: the
    same direction in 84 of 86 such pairs; the two others compare, 'или на 5%
    больше')."""
    if item.trigger is None and donor.trigger is not None:
        item.trigger, item.direction = donor.trigger, donor.direction
        item.change = triggers.change_of(item.figure, item.direction)


def _counts_its_own_noun(doc, item):
    """'выпало 140 мм осадков, то есть почти две месячные нормы', 'зарплата в 25
    тысяч — это два месячных заработка': a count told again after a word
    pointing back, with the noun it counts right after it (past its adjectives),
    counts units of its own; that noun stays its metric. A share's genitive
    ('треть нормы') is a whole or a base, read above."""
    if item.figure.unit != "count" or item.metric is None:
        return False
    head = item.metric[1]
    between = doc[item.tokens[-1].i + 1:head.i]
    return head.i > item.tokens[-1].i and all(t.pos_ in ("ADJ", "DET") for t in between)


def _counted_noun_lost_to_verb(doc, item, donor):
    """'Штраф составил 60 тысяч рублей — это четыре средние пенсии': the parser
    may hang the noun a count told again counts on the verb before, so the count
    took that verb and its subject. The noun right after the count (past its
    adjectives) when that happened and it is not already the metric, else None."""
    if item.figure.unit != "count" or item.trigger is None or item.trigger.i > donor.tokens[-1].i:
        return None
    counted = near_figure.noun_right_after(item.inside, doc)
    if counted is None or (item.metric is not None and item.metric[1].i == counted.i):
        return None
    return counted


def _measure_by_counted_noun(item, counted):
    """The count told again measures the noun it counts, and the verb of the
    figure before is not its own: no trigger, direction or change."""
    item.metric = (metric.phrase(counted, item.inside), counted)
    item.trigger = item.direction = item.change = None


def _measured_as_restated(donor, item):
    """'не дошло 27 процентов — это почти 11 млн кубов': a figure with no metric
    of its own measures what the amount restating it after '— это' does. A
    share told after it ('— это треть нормы') names a base, not the metric."""
    if item.metric is not None and item.figure.unit not in SHARE_UNITS and item.figure.preposition is None:
        donor.metric = item.metric


# Words that may stand between the figure before and ', или' (its noun, its base: '1,2% ВВП, или').
RESTATED_GAP = 3


def _preposition_to_step_over(item, donor):
    """'обмолочены на площади 3,1 млн гектаров, или на 97% от плана': a share
    with no metric of its own may carry its own preposition after ', или' and
    still tell the figure before it again. Neither is the noun that holds the
    figure before ('исполнены в сумме 4,5 трлн тенге, или на 102%': the parser
    hangs the share on 'сумме') a metric of its own. A share whose genitive
    names its whole ('или на 97% посевных площадей') keeps it."""
    if item.figure.unit not in SHARE_UNITS:
        return None
    if item.metric is None or item.metric[0][0] <= donor.tokens[0].i < item.metric[0][1]:
        return item.figure.preposition
    return None


def _restating_link(doc, first, donor, preposition=None):
    """How the figure at token `first` restates the donor figure close before
    it: "or" after ', или', "bracket" after an opening bracket, "back" after a
    comma or dash and a word pointing back ('это', 'то есть'), else None. Bound words may follow the link
    ('или примерно', 'это почти'), and so may the figure's own `preposition`
    after ', или' when one is given ('или почти на 97%')."""
    index, stepped = first - 1, False
    while index >= 0:
        word = normalize(doc[index].text)
        if word == preposition and not stepped:
            stepped = True      # once, right before the figure or its bound word
        elif word not in _words("restating_bounds"):
            break
        index -= 1
    if index < 1:
        return None
    # after a word pointing back a preposition says a change ('это на 8% больше'), read elsewhere
    if stepped and normalize(doc[index].text) != "или":
        return None
    if normalize(doc[index].text) == "или" and doc[index - 1].text == ",":
        link, opening = "or", index - 1
    elif doc[index].text == "(":
        link, opening = "bracket", index
    else:
        link, opening = "back", opening_of_pointing_back(doc, index)
        if opening is None:
            return None
    gap = doc[donor.tokens[-1].i + 1:opening]
    if len(gap) > RESTATED_GAP or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in gap):
        return None
    return link


def _converted_sum(donor, item):
    """Whether `item` gives the sum `donor` in another currency (both money, units differ)."""
    return donor.figure.unit in CURRENCIES and item.figure.unit in CURRENCIES and donor.figure.unit != item.figure.unit


def opening_of_pointing_back(doc, last):
    """Index of the comma or dash before a pointing-back phrase that ends at
    token `last` ('— это', ', то есть'), or None."""
    for phrase in _words("pointing_back_words"):
        words = phrase.split()
        start = last - len(words) + 1
        if start < 1 or [normalize(t.text) for t in doc[start:last + 1]] != words:
            continue
        if doc[start - 1].text == "," or doc[start - 1].text in CLAUSE_DASHES_AS_TYPED:
            return start - 1
    return None


def restated_by_this(doc, found, previous):
    """'... гражданский иск на 38,2 млн рублей. «Это почти 36 тысяч рублей на
    каждую квартиру': a sentence that opens with a word pointing back and
    then a figure in the same kind of unit tells the claim before (`previous`,
    which a quote opening the next paragraph may answer) again, so it
    measures the same thing. So does a share that names no whole, only a
    base it is reckoned from ('составил 11,3 млрд рублей. Это 58% от
    собственных доходов'), and the shares joined to it by 'и' ('Это 103% и
    115% от средней по региону')."""
    if not found or previous is None:
        return
    item = found[0]
    if item.metric is not None or previous.metric is None or item.figure.preposition is not None \
            or not (same_kind(item.figure.unit, previous.figure.unit) or _share_of_no_whole(doc, item)):
        return
    if _opens_with_pointing_back(doc, item):
        item.metric = previous.metric
        for joined in _joined_by_and(doc, found):
            joined.metric = previous.metric


def _share_of_no_whole(doc, item):
    return item.figure.unit in SHARE_UNITS and _whole_after_share(doc, item) is None


def _joined_by_and(doc, found):
    """The figures after the first that name nothing and follow it joined by
    'и' or a comma alone, in the same unit ('103% и 115%')."""
    joined = []
    for before, item in zip(found, found[1:]):
        between = [normalize(t.text) for t in doc[before.tokens[-1].i + 1:item.tokens[0].i]]
        if item.metric is not None or item.figure.unit != found[0].figure.unit or between not in (["и"], [","]):
            break
        joined.append(item)
    return joined


def _opens_with_pointing_back(doc, item):
    """Whether only quotes, a pointing-back word ('Это') and bound words stand
    between the sentence start and the item's figure."""
    words = [t for t in doc[item.sentence[0]:item.tokens[0].i] if not t.is_space and t.text not in word_kinds.QUOTES]
    while words and normalize(words[-1].text) in _words("restating_bounds"):
        words.pop()
    said = " ".join(normalize(t.text) for t in words)
    return said in _words("pointing_back_words") or _converted_and_pointing_back(said)


def _converted_and_pointing_back(said):
    """'В пересчете на доллары это': a conversion into another unit, then a
    word pointing back, the last word before the figure."""
    opener = next((o for o in _words("conversion_openers") if said.startswith(o + " ")), None)
    return opener is not None and said.split()[-1] in _words("pointing_back_words")


def _whole_after_share(doc, item):
    """'— это примерно треть всех доходов бюджета': the genitive noun right
    after a share (past adjectives and determiners), unless it is a base the
    figure is only compared with ('почти 40% месячной нормы'); else None."""
    if item.figure.unit not in SHARE_UNITS:
        return None
    index = item.tokens[-1].i + 1
    while index < item.sentence[1] and doc[index].pos_ in ("ADJ", "DET"):
        index += 1
    if index >= item.sentence[1] or index in item.inside:
        return None
    noun = doc[index]
    if noun.pos_ not in ("NOUN", "PROPN") or "Gen" not in noun.morph.get("Case"):
        return None
    if normalize(noun.lemma_) in _words("comparison_bases"):
        return None
    return noun


def _counts_people_or_things(donor):
    return donor.figure.unit == "count"


def _counted_noun_kept(donor):
    """'привились 812 тыс. человек, или 26,4% взрослого населения': the count
    before measures the noun it counts, so the share after it is of its own
    base. After a count whose quantity is named before it ('Число безработных
    составило 4,1 тыс. человек, или 0,6% рабочей силы') a base with
    adjectives is only what the same quantity is set against."""
    return donor.metric[1].i > donor.tokens[-1].i


def _own_genitive(item, past_adjectives=False):
    """'или 47% выпускников' (or, past_adjectives, 'или 26,4% взрослого
    населения'): the share's own genitive after it; a share written 'каждый
    пятый' agrees with its noun instead ('или почти каждый пятый житель')."""
    head = item.metric[1] if item.metric is not None else None
    after = item.tokens[-1].i + 1
    if head is None or head.i < after or (head.i > after and not past_adjectives) \
            or any(token.pos_ not in ("ADJ", "DET") for token in head.doc[after:head.i]):
        return False
    return "Gen" in head.morph.get("Case") or item.figure.unit == "fraction"


def restating_bounds():
    """Bound words that may stand between '— это' and the figure told again
    ('— это около 8%'; models/claims/lists.json, restating_bounds)."""
    return _words("restating_bounds")
