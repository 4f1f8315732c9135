"""Units a figure takes from the figures around it.

A bare number borrows the unit written once for its list ('на 50 и 30
метров'); a bare amount with a scale word takes the currency the paragraph
last named ('18,6 млрд рублей. Из них 4,2 млрд'); a bare amount after money
in its sentence, or first in the sentence after the paragraph's money, is
more of that money ('обошлась в 1500 р., ещё 800'); a large bare amount
per month or person is a price ('абонемент 3200 в месяц'); a bare amount
bought or paid for is a price ('купили за 2 700'), and one whose metric is
a price or a payment is money ('пенсия составляет 21 400'); a bare number
after a named measure takes that measure ('рейтинг — 2804 ... Сакаев
(2637)'); a bare rate of exchange is in the currency it quotes ('курс
тенге — 184,5 за доллар'); and whole points after a named index measure it
('Индекс МосБиржи опустился ниже 2300 пунктов').
extract.py lets a sentence's figures share units and carry the currency
before it describes them, and applies a named measure and a money metric
once their metrics are known.
"""
import re
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH

from pipeline.claims.dash_marks import CLAUSE_DASHES, CLAUSE_DASHES_AS_TYPED, RANGE_DASHES
from pipeline.claims import context, dashes, word_kinds
from pipeline.claims.figures import DECIMAL_DIGITS, DECIMAL_DIGITS_OR_WHOLE, bound_written_before
from pipeline.claims.number_lists import NUMERAL_JOINERS
from pipeline.claims.lexicon import lemma_of, load_json, normalize, phrase_key, skipped_before_figure
from pipeline.claims.numbers import number_words
from pipeline.claims.ratio_names import multiple_bases, names_a_ratio, ratio_nouns
from pipeline.claims.units import (CURRENCIES, currency_adjectives, foreign_roubles, per_base_table, read_hundredths,
                                   read_unit)
from pipeline.claims.words import pos

# Any form of 'цент' (not 'центр', 'центнер', 'процент'), to skip documents with no cent.
CENT_WORD = re.compile(r"(?<![а-яё])цент(?:а|ам|ами|ах|е|ов|ом|у|ы)?(?![а-яё])", re.IGNORECASE)

# Parallel values of one quantity are of one order of magnitude.
SHARED_UNIT_RATIO = 10


SIGN_CHARACTERS = ("-", "−", "+")
UNIT_LINKS = RANGE_DASHES | {"и", "или", ",", "…"}
CLOSING_QUOTES = {"»", "”", '"'}
# Cases a noun right after an amount takes when the amount does not count it.
NOT_COUNTED_CASES = (["Nom"], ["Dat"], ["Ins"], ["Loc"])
PART_OF_WHOLE_WORDS = {"из"}


def share_units(words, figures):
    """A bare number takes the unit written once for its list.

    'на 50 и 30 метров' (the unit follows), 'в Акмолинской — 6,1 млн тонн, в
    Северо-Казахстанской — 5,4 млн' (the unit came before). A bare number is
    a count with no noun after it; its partner must be of similar size.
    """
    shared = _scales_up_a_list(words, figures)
    # right to left, so that a unit written last reaches every item: '50, 75 или 100%'
    for k in range(len(shared) - 2, -1, -1):
        figure, after = shared[k], shared[k + 1]
        if _is_bare(words, figure) and _writes_a_unit(after) and _links_to(words, figure, after) \
                and _similar_size(figure.value, after.value) and not _subject_is_a_number_of(words, figure):
            shared[k] = figure._replace(unit=after.unit)
    for k in range(1, len(shared)):
        figure, before = shared[k], shared[k - 1]   # a unit passes down a whole list
        if _is_bare(words, figure) and _writes_a_unit(before) and _similar_size(figure.value, before.value) \
                and not _subject_is_a_number_of(words, figure) \
                and (_after_dash_or_bound(words, figure.start) or _old_value_in_brackets(words, figure.start)
                     or _whole_of_part(words, before, figure) or _part_of_whole(words, figure)
                     or _set_against(words, figure.start) or _after_change_preposition(words, figure.start)
                     or _allowed_limit(words, figure.start) or _parallel_after_dash(words, before, figure)
                     or _bound_written_before(words, figure.start)):
            shared[k] = figure._replace(unit=before.unit)
    return shared


def _subject_is_a_number_of(words, figure):
    """'Число выездов выросло на 40%, до 119', 'сток уменьшился на 12
    процентов, а число дней с ледоставом — на девять': a bare number whose
    clause is about a number of things (its nearest nominative noun before
    it is 'число', 'количество', units.json count_subjects) is a count, not
    more of the percent or money beside it. In the development gold every
    bare figure in digits whose metric head is such a noun is a count (244 in 84 sets)."""
    if words.tokens is None:
        return False
    for token in reversed(words.tokens[:figure.start]):
        if token.pos_ in ("NOUN", "PROPN") and token.morph.get("Case") == ["Nom"]:
            return lemma_of(token) in load_json("units.json")["count_subjects"]["lemmas"]
    return False


def _writes_a_unit(figure):
    """Has the figure a unit to share? Not a count, and not a ratio word
    ('поступило 7, вдвое меньше', 'сократилось втрое, до 5'): 'вдвое' sizes
    the change, and the number beside it keeps its own count."""
    return figure.unit != "count" and figure.kind != "multiplicative"


def _is_bare(words, figure):
    return figure.unit == "count" and figure.kind == "cardinal" and not _counts_something(words, figure)


def _links_to(words, figure, after):
    """Is `after` the next item of the figure's list ('50, 75', '20 и 30')?"""
    return after.start == figure.end + 1 and words.norms[figure.end] in UNIT_LINKS


def _scales_up_a_list(words, figures):
    """'по 10, 20 и 30 тысяч', '3 и 5 млн': bare items of a list take the scale
    word written once, with the last item, if that leaves them of its size."""
    shared = list(figures)
    scales = [_written_scale(words, figure) for figure in figures]
    for k in range(len(figures) - 2, -1, -1):
        figure, after, scale = figures[k], shared[k + 1], scales[k + 1]
        if scale is None or scales[k] is not None or not _bare_number(figure) \
                or not _links_to(words, figure, after) or words.norms[figure.end] not in NUMERAL_JOINERS \
                or not _similar_size(figure.value * scale, after.value):
            continue
        shared[k] = figure._replace(value=figure.value * scale)
        scales[k] = scale
    return shared


def _bare_number(figure):
    """A plain number, nothing written after it: no unit, scale or range of its own."""
    return figure.kind == "cardinal" and figure.value_max is None and figure.end == figure.number_end


def _written_scale(words, figure):
    """The value of the scale word written in the figure ('тысяч' -> 1000), else None;
    a range's scale follows its second number ('3 или 4 млн')."""
    table = number_words()
    for norm in words.norms[figure.number_start:figure.end]:
        scale = table.scales.get(norm) or table.group_scales.get(norm)
        if scale is not None:
            return scale
    return None


# Prepositions of a change that may stand between a dash and its figure ("— до 830 тысяч").
CHANGE_PREPOSITIONS = {"до", "на"}


def _old_value_in_brackets(words, start):
    """'6,12 руб. за кВт·ч (было 5,58)': the old value of the figure before."""
    return start > 1 and words.norms[start - 2] == "(" \
        and words.norms[start - 1] in load_json("units.json")["old_value_words"]["words"]


def _set_against(words, start):
    """'51,3 рубля против 45,6 в начале года', '50 долларов вместо прежних 80':
    a bare number set against the figure before is the same quantity
    elsewhere or earlier, in its unit."""
    start = _start_past_adjective(words, start)
    return start > 0 and words.norms[start - 1] in _contrast_words()


def _start_past_adjective(words, start):
    """`start` moved back over one adjective or participle standing right
    before it ('вместо прежних 80', 'из запланированных 5 млн'), so that the
    word before the phrase can be read."""
    if words.tokens is None or start < 2:
        return start
    word = words.tokens[start - 1]
    return start - 1 if word_kinds.adjective_or_participle(word) else start


def _parallel_after_dash(words, before, figure):
    """'набор обходится в 3 480 рублей, по России — в 3 530', 'Пекин строил по
    3 км в год, Шанхай — по 20': after a dash, a bare number with the same
    preposition as the figure before repeats that figure's measure for
    another place or time."""
    start = figure.start
    return before.preposition is not None and figure.preposition == before.preposition \
        and start > 1 and words.norms[start - 1] == before.preposition and words.norms[start - 2] in CLAUSE_DASHES_AS_TYPED


def _bound_written_before(words, start):
    """'4 200–4 500 тенге, а в январе просили не больше 3 600': a bound word
    (bounds.json before_figure) right before a bare number that follows a
    figure with a unit sets a limit on the same quantity."""
    return bound_written_before(words.norms, start)[1] is not None


@lru_cache(maxsize=None)
def _contrast_words():
    """'против', 'вместо' (models/claims/lists.json contrast_words)."""
    return frozenset(normalize(word) for word in load_json("lists.json")["contrast_words"])


def _allowed_limit(words, start):
    """'превышала 140 км/ч при разрешённых 90', '11,2 кв. м при нормативе 16': the
    limit the figure before is held against, in its unit, which the writer leaves out."""
    if words.tokens is None:
        return False
    figure_start = words.tokens[start]
    return limit_opened_before(figure_start.doc, figure_start.i, ("allowed_limits", "comparison_bases")) is not None


def limit_opened_before(doc, first, limit_lists):
    """The word of a limit right before the figure at token `first`, opened by
    'при' ('при разрешённых 90', 'при предельно допустимых 40', 'при нормативе
    16'), when its lemma is in one of limit_lists of lists.json; else None."""
    if first < 2:
        return None
    table = load_json("lists.json")
    limit = doc[first - 1]
    if not any(lemma_of(limit) in table[name] for name in limit_lists):
        return None
    index = first - 2
    while index > 0 and doc[index].pos_ == "ADV":
        index -= 1   # 'при предельно допустимых 40'
    return limit if normalize(doc[index].text) in table["allowed_limit_openers"] else None


def _whole_of_part(words, part, figure):
    """'обмолочено 58 тыс. га из 402 тыс.', '3,9 млн гектаров из запланированных
    5 млн': the whole right after its part is in the part's unit."""
    start = _start_past_adjective(words, figure.start)
    return part.end == start - 1 and words.norms[part.end] in PART_OF_WHOLE_WORDS


def _part_of_whole(words, figure):
    """'865 тыс. кв. м, из них 212 тыс.': a part named right after its whole."""
    norms = words.norms
    start = figure.start
    if start and norms[start - 1] in skipped_before_figure("bounds"):
        start -= 1   # "из них около 200 тыс."
    return any(tuple(norms[max(0, start - len(phrase)):start]) == phrase for phrase in _part_phrases())


def _part_phrase_at(words, index):
    """Does a phrase naming the whole a part is of ('из них') begin at word `index`?"""
    return any(tuple(words.norms[index:index + len(phrase)]) == phrase for phrase in _part_phrases())


@lru_cache(maxsize=None)
def _part_phrases():
    return tuple(phrase_key(p) for p in load_json("units.json")["parts_named_after"]["phrases"])


def _after_dash_or_bound(words, start):
    """'— 5,4 млн', 'около 5,4 млн', 'на 150 тысяч гектаров — до 830 тысяч'."""
    if not start:
        return False
    before = words.norms[start - 1]
    if before in CLAUSE_DASHES_AS_TYPED | skipped_before_figure("bounds"):
        return True
    if before in CHANGE_PREPOSITIONS and start > 1 and words.norms[start - 2] in CLAUSE_DASHES_AS_TYPED:
        return True
    # "днём до −5 °C, ночью до −12": a signed bare number repeats the measure before it
    return before in CHANGE_PREPOSITIONS and words.norms[start][:1] in SIGN_CHARACTERS


def _after_change_preposition(words, start):
    """'сто десять тысяч гектаров, на пятнадцать тысяч больше', 'тридцать два
    центнера с гектара, а в прошлом сезоне не дотягивала и до двадцати пяти':
    a bare number after 'на' or 'до' is the change or the level of the
    quantity the figure before measured, in its unit."""
    return start > 0 and words.norms[start - 1] in CHANGE_PREPOSITIONS


# What ends the clause a bare fraction is read in: "12 очков, а показатель — 0,8".
CLAUSE_MARKS = frozenset({",", ";", ":"})
BRACKETS = frozenset({"(", ")"})


def fractional_numbers_measure(words, figures):
    """'нужно не менее 2,1', 'этот показатель не превышает 0,8': a bare number
    with a fraction and no unit or noun, left so after the list and the
    paragraph gave theirs, counts nothing whole: it is a measure, unit other.
    Not where its own clause counts points, which come in halves
    ('наибольшее количество очков — 6,5'), nor after an average counted
    earlier in the sentence, which it answers by ellipsis ('7,4 издания,
    наши — 2,9': editions too, CLAIMS.md)."""
    return [figure._replace(unit="other") if _bare_fraction(words, figure)
            and not _clause_counts_halves(words, figure.start)
            and not _average_count_before(words, figures, figure) else figure for figure in figures]


def multiples_of_earnings(words, figures):
    """'долговая нагрузка составила 2,9 EBITDA', 'примерно 5,5 годовых EBITDA':
    a bare number before an earnings measure (units.json multiple_bases) is
    how many times that measure a debt or a price is, unit times. So is a
    number set against one ('2,9 EBITDA против 2,1 годом ранее'), and one
    right after the name of a ratio ('торгуется с мультипликатором P/BV
    около 0,8', 'EV/EBITDA — примерно 7'; units.json ratio_names)."""
    multiples = []
    for figure in figures:
        against_multiple = bool(multiples) and multiples[-1].unit == "times" and figure.unit == "count" \
            and figure.end == figure.number_end and _set_against(words, figure.start)
        if _before_multiple_base(words, figure) or _after_ratio_name(words, figure) or against_multiple:
            figure = figure._replace(unit="times")
        multiples.append(figure)
    return multiples


def _before_multiple_base(words, figure):
    if figure.unit not in ("count", "other") or figure.end != figure.number_end:
        return False
    bases = multiple_bases()
    after = words.norms[figure.end:figure.end + 2]
    # one adjective may stand between: 'годовых EBITDA'
    return after[:1] and after[0] in bases or (len(after) == 2 and after[1] in bases and words.texts[figure.end].isalpha())


def _after_ratio_name(words, figure):
    """'мультипликатор P/E 12', 'соотношение — 1,5', 'EV/Sales около 0,6':
    a bare number right after a ratio's name, past bound words and a dash."""
    if figure.unit not in ("count", "other") or figure.end != figure.number_end:
        return False
    skipped = skipped_before_figure("bounds_and_particles") | CLAUSE_DASHES_AS_TYPED
    position = figure.start - 1
    while position >= 0 and words.norms[position] in skipped:
        position -= 1
    if position < 0:
        return False
    if words.tokens is not None and lemma_of(words.tokens[position]) in ratio_nouns():
        return True
    return names_a_ratio(_slash_name_ending_at(words, position))


def _slash_name_ending_at(words, position):
    """'p/bv' for the words 'P', '/', 'BV' ending at word `position` (or one word 'P/BV'), else None."""
    if "/" in words.norms[position]:
        return words.norms[position]
    if position >= 2 and words.norms[position - 1] == "/":
        return "".join(words.norms[position - 2:position + 1])
    return None


def _average_count_before(words, figures, figure):
    """Whether a count with a fraction and its noun ('27,8 ученика') comes
    before `figure` in the sentence."""
    return any(other.end <= figure.start and other.unit == "count" and other.value_max is None
               and DECIMAL_DIGITS.match(words.texts[other.number_end - 1]) is not None
               and _counts_something(words, other) for other in figures)


def _clause_counts_halves(words, end):
    """Whether a word of points stands in the clause before word `end`, back
    to the last comma, semicolon or colon."""
    halves = per_base_table()["counted_in_halves"]
    return any(norm in halves for norm in words.norms[_clause_start(words, end, CLAUSE_MARKS):end])


def _bare_fraction(words, figure):
    return figure.unit == "count" and figure.kind == "cardinal" and figure.end == figure.number_end \
        and figure.number_end == figure.number_start + 1 and figure.value_max is None \
        and DECIMAL_DIGITS.match(words.texts[figure.number_start]) is not None \
        and not _counts_something(words, figure)


def exchange_rates(words, figures, rouble):
    """'Курс тенге — 184,5 за доллар', 'гривна торговалась на уровне 21,4 за
    доллар', 'рублю держаться ниже 72 за доллар': a bare number priced per
    unit of a currency is a rate of exchange, in the currency the sentence
    names before it, the one being quoted (a rouble is the document's
    `rouble`). Left as it is when the sentence names no other currency."""
    rated = []
    for figure in figures:
        per_currency = _currency_priced_per(words, figure)
        quoted = _currency_named_before(words, figure.start, per_currency) if per_currency else None
        if quoted is not None:
            figure = figure._replace(unit=rouble if quoted == "rub" else quoted)
        rated.append(figure)
    return rated


def _currency_priced_per(words, figure):
    """The currency after 'за' right after a bare number ('184,5 за доллар'), else None."""
    after = figure.end
    if figure.unit != "count" or figure.kind != "cardinal" or after != figure.number_end \
            or after + 1 >= len(words.norms) or words.norms[after] not in _rate_prepositions():
        return None
    unit, _ = read_unit(words.norms, after + 1)
    return unit if unit in CURRENCIES else None


def _currency_named_before(words, start, other_than):
    """The nearest currency named before word `start` of the sentence, other than `other_than`."""
    for index in range(start - 1, -1, -1):
        unit, _ = read_unit(words.norms, index)
        if unit in CURRENCIES and unit != other_than:
            return unit
    return None


@lru_cache(maxsize=None)
def _rate_prepositions():
    """'за' (models/claims/units.json exchange_rates)."""
    return frozenset(normalize(word) for word in load_json("units.json")["exchange_rates"]["prepositions"])


def carry_currency(words, figures, money, rouble, money_before=None):
    """'Инвестиции составили 18,6 млрд рублей. Из них 4,2 млрд …': a bare
    amount with a scale word and nothing counted after it is in the currency
    the paragraph last named (`money`). Where the paragraph named none, its
    clause may still speak of money ('Долг по зарплате был 46 миллионов',
    'давали 14 тысяч за тонну'): then it is in the document's `rouble`, the
    home currency a writer leaves unnamed (an export price in dollars earlier
    in the article does not make a farmer's price dollars). Returns the
    figures and the paragraph's currency.

    Not when its sentence counts things before it: '410 тысяч грузовиков —
    на 38 тысяч больше', 'Число абонентов не изменилось — 256 млн'.

    `money_before` is the paragraph's last claim when it is money, which the
    sentence's first bare amount may go on from ('Пришла квитанция на 9840
    рублей. В ноябре было 6200')."""
    carried = []
    for figure in figures:
        currency = money or (rouble if _speaks_of_money(words, figure) else None)
        if currency and figure.unit == "count" and _scaled(words, figure) \
                and not _counts_after_scale(words, figure) and not _counted_before(words, carried, figure):
            figure = figure._replace(unit=currency)
        elif figure.unit == "count" and _priced_at_a_rate(words, figure, money or (currency and rouble)
                                                          or _large_enough_to_be_a_price(words, figure)):
            figure = figure._replace(unit=money or rouble)
        elif carried and _more_money(words, carried[-1], figure):
            figure = figure._replace(unit=carried[-1].unit)
        elif not carried and money_before is not None and _more_money(words, money_before, figure) \
                and not _clause_names_a_subject(words, figure):
            figure = figure._replace(unit=money_before.unit)
        elif _paid_for(words, figure):
            figure = figure._replace(unit=money or rouble)
        if figure.unit in CURRENCIES:
            money = figure.unit
        carried.append(figure)
    return carried, money


def _priced_at_a_rate(words, figure, evidence):
    """'место под палатку стоило 1500 в сутки', 'Рафтинг — 2500 с человека':
    a bare amount in digits, nothing counted after it, priced per day or per
    person, is money when there is `evidence` of money (the paragraph's
    currency, or a money word in its clause). The rate is what tells a price
    from any other bare number of a text about money."""
    if not evidence or figure.kind != "cardinal" or figure.end != figure.number_end or figure.value < 10 \
            or not DECIMAL_DIGITS_OR_WHOLE.match(words.texts[figure.number_start]) or _counts_something(words, figure) \
            or _subject_is_a_number_of(words, figure) or _counted_noun_opens_clause(words, figure):
        return False   # "число таких рейсов выросло до 40 в неделю" counts flights, whatever the paragraph paid
    return tuple(words.norms[figure.end:figure.end + 2]) in _price_rates() or _price_per_unit(words, figure)


def _more_money(words, before, figure):
    """'Диагностика обошлась в 1500 р., ещё 800 за чистку', 'молоко 120 рублей
    за литр, хлеб 65', 'было 180 с человека, стало 360': a bare amount after
    money in its sentence, of a like size, is more of that money. In the gold
    of the development sets every such amount is (26, fourteen sets); the
    counts after money there are of another size ('на сумму 410 млн рублей,
    а в 2023-м — ещё 12') or follow a noun of number ('число хозяйств — 212')."""
    # '$80 за баррель … ниже 72 за доллар' is a rate of exchange, which exchange_rates reads
    return before.unit in CURRENCIES and _is_bare(words, figure) and _similar_size(figure.value, before.value) \
        and not _counted_before(words, [before], figure) and _currency_priced_per(words, figure) is None


def _clause_names_a_subject(words, figure):
    """'Для сёл действует понижающий коэффициент 0,7' after '6,74 руб. за кВт·ч':
    a clause with a noun in the nominative says what its figure measures, and
    does not go on with the money of the sentence before ('В ноябре было 6200')."""
    if words.tokens is None:
        return False
    marks = CLAUSE_MARKS | BRACKETS
    start, end = _clause_start(words, figure.start, marks), _clause_end(words, figure.end, marks)
    return any(token.pos_ in ("NOUN", "PROPN") and token.morph.get("Case") == ["Nom"]
               for token in [*words.tokens[start:figure.start], *words.tokens[figure.end:end]])


def _paid_for(words, figure):
    """'Кимоно купили за 2 700', 'За аттестацию сдаём по 1 500': a bare amount
    in digits right after 'за' or 'по', in a clause whose verb before it buys,
    sells, rents or pays (models/claims/units.json money_cues, paid_for), is a price."""
    prepositions, verbs = _paid_for_cues()
    start = figure.start
    if words.tokens is None or not start or words.norms[start - 1] not in prepositions \
            or not _is_bare(words, figure) or _scaled(words, figure) \
            or not DECIMAL_DIGITS_OR_WHOLE.match(words.texts[figure.number_start]):
        return False
    clause_start = _clause_start(words, start, CLAUSE_MARKS | BRACKETS)
    # by lemma alone: the tagger takes a verb of web slang for a noun now and then ('сдаём')
    return any(lemma_of(token) in verbs for token in words.tokens[clause_start:start - 1])


@lru_cache(maxsize=None)
def _paid_for_cues():
    """(prepositions, verbs) of units.json money_cues paid_for, as sets."""
    table = load_json("units.json")["money_cues"]["paid_for"]
    return frozenset(table["prepositions"]), frozenset(table["verbs"])


def money_by_metric(words, found, money, rouble):
    """'пенсия у меня составляет 21 400', 'платёжка за январь была 9 800': a
    bare amount whose metric is a noun of a price, a payment or a sum
    (models/claims/units.json money_cues, money_metrics) is money, in the
    paragraph's currency `money`, else the document's `rouble`. Run once the
    metrics are known; returns the paragraph's currency.

    Not a number of another size (_similar_size) after money in its
    sentence, which counts what the money was paid for ('Штраф составил 5
    тысяч рублей, в прошлом году их было 40'); nor one whose metric noun is in
    the genitive plural, which counts the payments ('таких выплат было уже
    сорок семь')."""
    nouns = _money_metrics()
    money_before = None
    for item in found:
        if item.metric is not None and lemma_of(item.metric[1]) in nouns and not _counted_by_case(item.metric[1]) \
                and _is_bare(words, item.figure) \
                and (money_before is None or _similar_size(item.figure.value, money_before.value)):
            item.figure = item.figure._replace(unit=money or rouble)
        if item.figure.unit in CURRENCIES:
            money, money_before = item.figure.unit, item.figure
    return money


# 'Продуктов закупили на 7 тысяч', 'Товаров продали за 3 млн': a figure after
# these is the sum paid for the goods the genitive names, not their number.
SUM_PREPOSITIONS = frozenset({"на", "за", "в"})


@lru_cache(maxsize=None)
def _money_nouns():
    """Every lemma that names money: units.json money_cues lemmas, money_metrics and money_in_the_genitive."""
    table = load_json("units.json")["money_cues"]
    return _money_metrics() | frozenset(normalize(word) for key in ("lemmas", "money_in_the_genitive") for word in table[key])


def _genitive_plural(token):
    """A noun or 'их' in the genitive plural, by the tagger, or by the
    dictionary alone where the tagger misreads a capital that opens a
    sentence ('Вакансий в школах —' tagged a nominative singular)."""
    if token.pos_ == "PRON":
        return token.morph.get("Case") == ["Gen"] and token.morph.get("Number") == ["Plur"]
    if _counted_by_case(token):
        return True
    parses = word_kinds.noun_parses(token.text)
    return bool(parses) and all("gent" in parse.tag and "plur" in parse.tag for parse in parses)


def _counted_by_case(noun):
    """'таких выплат было сорок семь': a noun in the genitive plural is what a
    number counts. The dictionary must agree: the tagger takes a slang word
    it does not know ('платёжка') for a genitive plural."""
    return noun.morph.get("Case") == ["Gen"] and noun.morph.get("Number") == ["Plur"] \
        and word_kinds.genitive_reading(noun)


@lru_cache(maxsize=None)
def _money_metrics():
    return frozenset(normalize(word) for word in load_json("units.json")["money_cues"]["money_metrics"])


def _large_enough_to_be_a_price(words, figure):
    """'Абонемент в зал 3200 в месяц', 'Рафтинг — 2500 с человека': in web
    posts a price per month or per person needs no money word around it;
    the rate alone tells it once the amount is large (models/claims/units.json
    money_cues, price_rate_alone_from), while 'судозаходы увеличились до 14 в
    месяц' and 'число рейсов выросло до 40 в неделю' count things. Written
    in full digits only: with a scale word the amount is news copy's, which
    leaves out what it counts ('выпускали до 12 тысяч [насосов] в год')."""
    return figure.value >= load_json("units.json")["money_cues"]["price_rate_alone_from"] \
        and not _scaled(words, figure) and not _counted_before(words, [], figure)


@lru_cache(maxsize=None)
def _price_rates():
    return frozenset(tuple(rate) for rate in load_json("units.json")["money_cues"]["price_rates"])


def _counts_after_scale(words, figure):
    """Is a noun after 'млн'/'тысяч' the thing counted? Counted, it is in the
    genitive ('1,6 млн рублей'); 'Оставшиеся 1,6 млн фонд направит…' has the
    subject there: a nominative the dictionary offers no genitive reading of."""
    noun = words.tokens[figure.end] if words.tokens is not None and figure.end < len(words.tokens) else None
    if noun is not None and noun.pos_ == "DET" and noun.morph.get("Case") == ["Gen"]:
        return True   # "140 тысяч таких автомобилей"
    if _part_phrase_at(words, figure.end):
        return False   # "около 2 млн из них потратил": a part of the whole named before, nothing counted here
    if not _counts_something(words, figure):
        return False
    # "ещё 3 миллионов чиновнику передали": a nominative subject or a dative,
    # instrumental or locative noun after the amount is not what it counts,
    # unless the dictionary also reads that form as a genitive
    return noun is None or noun.morph.get("Case") not in NOT_COUNTED_CASES or word_kinds.genitive_reading(noun)


def _speaks_of_money(words, figure):
    """Does the figure's clause name money or a payment ('долг', 'сумму', 'получают')?"""
    if words.tokens is None:
        return False
    # a figure in brackets is a clause of its own: "пенсионерам (их порядка 7,8 млн) выплаты …"
    marks = CLAUSE_MARKS | BRACKETS
    start, end = _clause_start(words, figure.start, marks), _clause_end(words, figure.end, marks)
    return any(lemma_of(token) in _money_cues() for token in words.tokens[start:end]) or _price_per_unit(words, figure) \
        or _money_subject_left_out(words, figure, start, end)


def _money_subject_left_out(words, figure, start, end):
    """'Зарплата у меня удвоилась, сейчас выходит около сорока тысяч': a clause
    with no noun or pronoun of its own goes on speaking of the money an earlier
    clause of its sentence named."""
    own = [*words.tokens[start:figure.start], *words.tokens[figure.end:end]]
    if any(token.pos_ in ("NOUN", "PROPN", "PRON") for token in own):
        return False
    return any(token.pos_ == "NOUN" and lemma_of(token) in _money_cues() for token in words.tokens[:start])


def _clause_start(words, index, marks):
    """The first word of the clause that word `index` stands in, back to the nearest of `marks`."""
    while index > 0 and words.norms[index - 1] not in marks:
        index -= 1
    return index


def _clause_end(words, index, marks):
    """The word after the clause that ends before word `index` or later, at the nearest of `marks`."""
    while index < len(words.norms) and words.norms[index] not in marks:
        index += 1
    return index


def _price_per_unit(words, figure):
    """'давали 14 тысяч за тонну': an amount for each unit of goods is a price."""
    after = figure.end
    return after + 1 < len(words.tokens) and words.norms[after] == "за" \
        and lemma_of(words.tokens[after + 1]) in load_json("units.json")["money_cues"]["price_units"]


@lru_cache(maxsize=None)
def _money_cues():
    return frozenset(load_json("units.json")["money_cues"]["lemmas"])


def _scaled(words, figure):
    """Is a scale word ('млн', 'тысяч', 'полмиллиона') written with the number?"""
    scales = word_kinds.scale_words() | word_kinds.half_scale_words()
    return any(norm.rstrip(".") in scales for norm in words.norms[figure.number_start:figure.end])


def _counted_before(words, earlier, figure):
    """Is the bare amount a number of things, by what its sentence said before it?"""
    if earlier and earlier[-1].unit == "count" and _scaled(words, earlier[-1]):
        return True   # "410 тысяч грузовиков — на 38 тысяч больше"; not "7 проектов стоимостью 210 млрд"
    if words.tokens is None:
        return False
    subjects = load_json("units.json")["count_subjects"]["lemmas"]
    return any(lemma_of(token) in subjects for token in words.tokens[:figure.start]) \
        or _counted_noun_opens_clause(words, figure)


def _counted_noun_opens_clause(words, figure):
    """'Вакансий в школах — около 250 тысяч', 'ясных ночей бывает до 190 в
    год', '(их в крае 274 тысячи)': a clause whose first noun or pronoun is a
    genitive plural that no preposition governs names what its bare figure
    counts (the subject of a count is put in the genitive), so the figure is a
    count, whatever money the paragraph spoke of. Not a noun of money
    ('Накоплений — 1,9 млн'), which the figure measures instead; not a sum
    paid for the things ('Продуктов закупили на 7 тысяч'); not a noun a
    number follows ('Лет пять назад'); and not a genitive that a preposition or a number
    before it governs ('для детей', 'За пять лет зарплата выросла до 45 тысяч')."""
    if words.tokens is None or figure.preposition in SUM_PREPOSITIONS:
        return False
    start = _clause_start(words, figure.start, CLAUSE_MARKS | BRACKETS)
    for index in range(start, figure.start):
        token = words.tokens[index]
        if token.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if not _genitive_plural(token) or lemma_of(token) in _money_nouns() or pos(words, index + 1) == "NUM":
            return False
        governor = index - 1
        while governor >= start and words.tokens[governor].pos_ in ("ADJ", "DET"):
            governor -= 1
        return governor < start or words.tokens[governor].pos_ not in ("ADP", "NUM")
    return False


def rouble_of_document(doc, text=None):
    """'other_currency' when the document writes of another country's rouble
    (it names one, 'BYN', 'белорусских рублей', or that country, or opens with
    a dateline of that country, 'МИНСК, 18 февраля') and not of Russia, else 'rub'.

    `text` is doc.text, passed in because spaCy rebuilds it on every access."""
    text = doc.text if text is None else text
    table = foreign_roubles()
    if text.split(",", 1)[0].strip() in table["datelines"]:
        return "other_currency"
    lowered = text.lower()
    if "руб" not in lowered and "byn" not in lowered:
        return "rub"      # every other sign of a foreign rouble is a form of 'рубль' or its code
    lemmas = _document_lemmas(doc)      # once, from the arrays: this runs on every document with 'руб'
    if not table["home_lemmas"].isdisjoint(lemmas):
        return "rub"      # a text that names Russia too marks only the foreign rouble it names
    if not table["country_lemmas"].isdisjoint(lemmas) and any(
            _rouble_beside_country(lemmas[sentence.start:sentence.end], table["country_lemmas"])
            for sentence in doc.sents):
        return "other_currency"
    norms = [normalize(text) for text in _document_strings(doc, ORTH)]
    # compare whole names only where their first word stands
    starts = {}
    for index, norm in enumerate(norms):
        starts.setdefault(norm, []).append(index)
    for name in table["names"]:
        if any(tuple(norms[i:i + len(name)]) == name for i in starts.get(name[0], ())):
            return "other_currency"
    return "rub"


def _document_lemmas(doc):
    """lemma_of every token, read from the Doc's arrays rather than token by token."""
    return [normalize(lemma) for lemma in _document_strings(doc, LEMMA)]


def _document_strings(doc, attribute):
    strings = doc.vocab.strings
    return [strings[key] for key in doc.to_array(attribute).tolist()]


def _rouble_beside_country(sentence_lemmas, country_lemmas):
    """'Зарплата в Беларуси составила 2 318,6 рубля': a sentence that names
    the country and the rouble together ('жители Белоруссии — 41%' names no money)."""
    return "рубль" in sentence_lemmas and not country_lemmas.isdisjoint(sentence_lemmas)


def cent_currency_of_document(doc, text=None):
    """The currency a bare cent is a hundredth of: 'eur' when the document
    writes its money in euros and never in dollars ('стоит 1,62 евро, что на
    4 цента меньше'), else 'usd' ('на 47 центов ... до $94,90').

    `text` is doc.text, passed in because spaCy rebuilds it on every access."""
    table = load_json("units.json")["cent_currencies"]
    text = doc.text if text is None else text
    if not CENT_WORD.search(text):
        return table["cent"]      # no cent to place: skip reading the document's words
    norms = [normalize(word) for word in _document_strings(doc, ORTH)]
    named = {read_unit(norms, index)[0] for index in range(len(norms))} & CURRENCIES
    if table["cent"] in named:
        return table["cent"]
    taken = [currency for currency in table["taken_from"] if currency in named]
    return taken[0] if len(taken) == 1 else table["cent"]


def cents_in(words, figures, cent):
    """A bare cent ('подешевел на 6 центов') is a hundredth of the currency
    the document writes in (cent_currency_of_document)."""
    default = load_json("units.json")["cent_currencies"]["cent"]
    if cent == default:
        return figures
    return [figure._replace(unit=cent)
            if figure.unit == default and _written_in_cents(words, figure) else figure
            for figure in figures]


def _written_in_cents(words, figure):
    """Is the figure's unit a cent word ('15 центов'), not a dollar or its sign?"""
    return any(read_hundredths(words.norms, index) is not None and read_unit(words.norms, index)[0] is None
               for index in range(figure.number_end, figure.end))


def foreign_roubles_in(words, figures, rouble):
    """In a document about another country's rouble, a bare 'рублей' is that
    rouble; the sign ₽ and 'российских рублей' keep the Russian one."""
    if rouble == "rub":
        return figures
    russian = set(load_json("units.json")["home_currency_adjectives"]["rub"]) | {"₽", "rub"}
    return [figure._replace(unit=rouble)
            if figure.unit == "rub" and not russian & set(words.norms[figure.start:figure.end]) else figure
            for figure in figures]


def foreign_namesakes_named(words, named):
    """The currencies the sentence names as another country's namesake ('667,2
    миллиона кипрских фунтов', 'австралийских долларов'), added to `named`, the
    ones the document named before it."""
    endings, home = currency_adjectives()
    norms = words.norms
    found = set(named)
    for index in range(len(norms) - 1):
        if not norms[index].endswith(endings) or home.get(norms[index]):
            continue
        unit, _ = read_unit(norms, index + 1)
        if unit in NAMESAKE_CURRENCIES:
            found.add(unit)
    return frozenset(found)


# A pound or a dollar is also the money of other countries than Britain and the US.
NAMESAKE_CURRENCIES = ("gbp", "usd")


def foreign_namesakes_in(words, figures, named):
    """In a document that named a pound or dollar of another country ('кипрских
    фунтов'), a later bare 'фунтов' is that country's money too, as a bare
    'рублей' is in a text about the Belarusian rouble; a sign ('£', '$') or a home
    adjective ('британских фунтов') keeps the British or American one."""
    if not named:
        return figures
    _, home = currency_adjectives()
    return [figure._replace(unit="other_currency")
            if figure.unit in named and _written_as_bare_word(words, figure, home) else figure
            for figure in figures]


def _written_as_bare_word(words, figure, home):
    """Is the figure's currency a word with no adjective ('111,2 миллиона фунтов'), not a sign?"""
    span = words.norms[figure.start:figure.end]
    if any(not norm[:1].isalnum() for norm in span) or any(home.get(norm) for norm in span):
        return False
    return any(read_unit(words.norms, index)[0] == figure.unit and words.norms[index][:1].isalpha()
               for index in range(figure.number_end, figure.end))


def _counts_something(words, figure):
    end = figure.end
    if end < len(words.texts) and words.texts[end] in CLOSING_QUOTES:
        end += 1      # "цифру «не менее 3 тысяч» погибших": the quote closes before what is counted
    if end >= len(words.texts):
        return False
    token = words.tokens[end] if words.tokens is not None else None
    if token is None:
        return words.texts[end][:1].isalpha() and words.norms[end] not in UNIT_LINKS
    if token.morph.get("Degree") == ["Cmp"]:
        return False   # "на пять тысяч выше": the comparative says by how much, it counts nothing
    if _time_in_instrumental(token):
        return False   # "против 13,5 тыс. осенью 2023 года": when, not what is counted
    return token.pos_ in ("NOUN", "ADJ", "PROPN") or (token.pos_ == "ADP" and words.norms[end] == "из") \
        or _people_named_by_participle(token)


def _time_in_instrumental(token):
    """'осенью', 'годом ранее': a period noun in the instrumental says when a
    figure held; a counted noun after a number is in the genitive or agrees with it."""
    return token.pos_ == "NOUN" and token.morph.get("Case") == ["Ins"] \
        and lemma_of(token) in context.context_lexicon()["time_nouns"]


def _people_named_by_participle(token):
    """'3 тысяч погибших', '2 млн пострадавших': a participle in the genitive
    plural after a scale word stands for the people it describes."""
    return token.pos_ == "VERB" and token.morph.get("VerbForm") == ["Part"] \
        and token.morph.get("Case") == ["Gen"] and token.morph.get("Number") == ["Plur"]


def _similar_size(left, right):
    left, right = abs(left), abs(right)
    return bool(left and right) and max(left, right) / min(left, right) <= SHARED_UNIT_RATIO


def apply_measure_units(doc, found, measure, earlier_measure=None):
    """'рейтинг — 2804' is measured in rating points; later bare numbers of the
    paragraph ('Сакаев (2637)') take that metric and unit. A number in brackets
    right after a name keeps the measure of an earlier paragraph too (a report
    gives every player's rating so, paragraph after paragraph). Returns the
    measure in force."""
    units = word_kinds.metric_units()
    for item in found:
        # a bare number with a fraction was made a measure (other) before its metric was known
        bare_measure = item.figure.unit == "other" and item.figure.end == item.figure.number_end
        if item.figure.unit != "count" and not bare_measure:
            continue
        if bare_measure:
            _ratio_of_own_metric(item, units)
            continue
        in_force = measure if measure is not None else (
            earlier_measure if _bracketed_after_name(doc, item) else None)
        if in_force is not None and _bare_beside_name(doc, item):
            item.metric = in_force
            item.figure = item.figure._replace(unit=units[word_kinds.lemma_of(in_force[1])])
        elif item.metric is not None and word_kinds.lemma_of(item.metric[1]) in units:
            item.figure = item.figure._replace(unit=units[word_kinds.lemma_of(item.metric[1])])
            measure = item.metric
        elif item.metric is not None and _fractional_points(item):
            # 'Средний балл составил 69,4': points with a fraction are an average, a
            # measure (NOTES.md), as '2 915,4 пункта' is when the noun follows
            item.figure = item.figure._replace(unit="other")
    return measure


def _ratio_of_own_metric(item, units):
    """'соотношение долга и EBITDA не превышает 1,5': a bare number with a
    fraction, made a measure before its metric was known, is in times when
    that metric names a ratio; it takes no measure named earlier."""
    if item.metric is not None and units.get(word_kinds.lemma_of(item.metric[1])) == "times":
        item.figure = item.figure._replace(unit="times")


def _fractional_points(item):
    fractional_nouns = load_json("units.json")["measure_when_fractional"]
    return normalize(item.metric[1].text) in fractional_nouns and item.figure.value != int(item.figure.value)


def _bare_beside_name(doc, item):
    """'Сакаев (2637)', 'занимает двадцатое место в списке — 2695': a number
    standing alone beside a name or after a dash, counting nothing."""
    first, last = item.tokens[0].i, item.tokens[-1].i
    before = doc[first - 1].text if first else ""
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "ADJ"):
        return False
    return (before == "(" and after is not None and after.text == ")") or before in CLAUSE_DASHES


def _bracketed_after_name(doc, item):
    """'Погонина (2440)': a lone number in brackets right after a proper name."""
    first = item.tokens[0].i
    if first < 2 or doc[first - 1].text != "(":
        return False
    name = doc[first - 2]
    return name.pos_ == "PROPN" or (name.text[:1].isupper() and name.i > name.sent.start)


def index_points(words, figures, paragraph_start):
    """'Индекс МосБиржи опустился ниже 2300 пунктов', 'Индекс доверия составил
    52 пункта. Годом ранее этот показатель составлял 48 пунктов': whole points
    after an index named earlier in the paragraph (from token `paragraph_start`)
    measure that index: unit other, the word inside the figure, as an index's
    '2 915,4 пункта' is. Read before points_after_percentages, so that an
    index's change ('на 59 пунктов, до 4220 пунктов') is not taken for
    percentage points."""
    if words.tokens is None:
        return figures
    table = load_json("units.json")["index_points"]
    read = []
    for figure in figures:
        if _whole_points(words, figure, table["words"]) \
                and _index_named_before(words.tokens[figure.start], paragraph_start, table["index_lemmas"]):
            figure = figure._replace(end=figure.end + 1, unit="other")
        read.append(figure)
    return read


def _whole_points(words, figure, point_words):
    """A whole count followed by a points word that counts nothing after it ('на 14 пунктов обогрева' counts places)."""
    after = figure.end
    if figure.unit != "count" or figure.value != int(figure.value) or after >= len(words.norms) \
            or words.norms[after] not in point_words:
        return False
    return after + 1 >= len(words.tokens) or words.tokens[after + 1].pos_ not in ("NOUN", "PROPN")


def _index_named_before(first_token, paragraph_start, index_lemmas):
    """Is an index named between the paragraph's first token and the figure's?
    Only before it: 'на 3 пункта ниже' ahead of 'Индекс доверия составил …'
    still compares percentages."""
    doc = first_token.doc
    return any(lemma_of(token) in index_lemmas for token in doc[paragraph_start:first_token.i])


def points_after_percentages(words, figures, paragraph_found, last_claim):
    """'доля выросла с 34% до 47%. «Рост на тринадцать пунктов …»': a change
    by whole points after percentages is in percentage points, the word
    'пунктов' inside the figure. The percentages stand earlier in the
    paragraph (`paragraph_found`, the claims of its sentences before) or
    end the paragraph before (`last_claim`), as a quote commenting on them does."""
    claims_before = paragraph_found + ([last_claim] if last_claim is not None else [])
    percent_before = any(item.figure.unit == "percent" for item in claims_before)
    read = []
    for figure in figures:
        if percent_before and _change_by_whole_points(words, figure):
            figure = figure._replace(end=figure.end + 1, unit="percentage_point")
        elif percent_before and _change_by_fractional_points(words, figure):
            figure = figure._replace(unit="percentage_point")
        percent_before = percent_before or figure.unit == "percent"
        read.append(figure)
    return read


def _change_by_fractional_points(words, figure):
    """'ставка на 1,5 пункта выше' after '18,2%': the points are already inside
    the figure, read as a measure (units.json, measure_when_fractional).
    Only the bare word right after the number: 'на 100–150 базисных пунктов'
    are basis points, unit other."""
    table = load_json("units.json")["points_after_percentages"]
    return figure.unit == "other" and figure.preposition in table["prepositions"] \
        and figure.value != int(figure.value) and figure.value_max is None \
        and figure.end == figure.number_end + 1 and words.norms[figure.number_end] in table["words"]


def _change_by_whole_points(words, figure):
    table = load_json("units.json")["points_after_percentages"]
    after = figure.end
    if figure.unit != "count" or figure.preposition not in table["prepositions"] \
            or figure.value != int(figure.value) or after >= len(words.norms) or words.norms[after] not in table["words"]:
        return False
    # "на 14 пунктов обогрева" counts places
    return words.tokens is None or after + 1 >= len(words.tokens) or words.tokens[after + 1].pos_ not in ("NOUN", "PROPN")
