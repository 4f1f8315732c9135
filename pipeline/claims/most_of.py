"""'Больше всего голосов победитель получил в районе — свыше 71%': a superlative
lead-in names the quantity by the genitive noun after it, and a figure set off
after it by a dash, bracket or colon gives that quantity's largest (or
smallest) part, so that noun is the figure's metric, even when the figure
counts a noun of its own ('Больше всего заболевших в X — 6 210 человек').
A figure inside a clause with its own verb after the separator ('где за него
отдали голоса 47 тысяч человек') states something else and is left alone.
A comparative lead-in before a nominative noun and its place works the same
way ('Меньше всего зарплата в Ивановской области: 48,6 тыс. рублей').
A superlative subject set off by a dash works the same way ('Наиболее высокие
заработки — в Минске (7,9 млн рублей), самые низкие — в области: 4,9 млн'):
its noun is what the figures after it measure.
The lead-ins, superlative words and separators live in models/claims/most_of.json.
"""
from functools import lru_cache

from pipeline.claims.dash_marks import CLAUSE_DASHES_AS_TYPED
from pipeline.claims.lexicon import load_json, normalize, phrase_key
from pipeline.claims.word_kinds import NOUNISH, finite_verb


@lru_cache(maxsize=None)
def _lead_ins():
    return frozenset(phrase_key(phrase) for phrase in load_json("most_of.json")["lead_ins"])


@lru_cache(maxsize=None)
def _longest_lead_in():
    return max(len(key) for key in _lead_ins())


@lru_cache(maxsize=None)
def _separators():
    return frozenset(load_json("most_of.json")["separators"])


def noun_after_superlative_lead_in(figure, anchor, inside, trigger, direction):
    """The noun a superlative lead-in names, when the figure gives its part; else None."""
    doc, first = anchor.doc, min(inside)
    sentence_start = doc[first].sent.start
    separator = _last_separator(doc, sentence_start, first)
    if separator is None or _verb_between(doc, separator + 1, first):
        return None
    # a count naming its own noun keeps it after a superlative subject (NOTES.md, session 5)
    counts_its_own = figure.unit == "count" and _noun_right_after(doc, max(inside))
    return _named_quantity(doc, sentence_start, separator, not counts_its_own)


@lru_cache(maxsize=None)
def _superlative_words():
    return frozenset(normalize(word) for word in load_json("most_of.json")["superlative_words"])


def _last_separator(doc, start, end):
    """Index of the last dash, bracket or colon before the figure in its sentence."""
    return next((i for i in range(end - 1, start - 1, -1) if doc[i].text in _separators()), None)


def _verb_between(doc, start, end):
    return any(finite_verb(doc[i]) for i in range(start, end))


def _named_quantity(doc, start, end, superlative_subjects=True):
    """The genitive noun after the last lead-in that names one (a bare 'меньше
    всего — в центре' goes on with the noun of the lead-in before it)."""
    for i in range(end - 1, start - 1, -1):
        after = _end_of_lead_in(doc, i, end)
        if after is not None and after < end and _names_a_quantity(doc[after]):
            return doc[after]
        noun = (_superlative_subject(doc, i, end) or _subject_after_a_comparative(doc, i, end)) if superlative_subjects else None
        if noun is not None:
            return noun
    return None


@lru_cache(maxsize=None)
def _comparative_lead_ins():
    return frozenset(phrase_key(phrase) for phrase in load_json("most_of.json")["comparative_lead_ins"])


def _subject_after_a_comparative(doc, i, end):
    """'Меньше всего зарплата в Ивановской области: 48,6 тыс. рублей', 'Дороже
    всего по-прежнему жильё в Нагорном районе: от 95 тыс.': the nominative noun
    after a comparative lead-in starting at i, with a place or kind after it
    (its preposition right after the noun), is the quantity whose extreme the
    figure gives, as a superlative subject is; adverbs before it ('по-прежнему',
    'традиционно') say nothing of what is measured."""
    window = tuple(normalize(token.text) for token in doc[i:i + 2])
    if window not in _comparative_lead_ins():
        return None
    index = i + 2
    while index < end and doc[index].pos_ in ("ADV", "ADJ"):
        index += 1
    if index + 1 >= end or doc[index].pos_ != "NOUN" or "Nom" not in doc[index].morph.get("Case"):
        return None
    return doc[index] if doc[index + 1].pos_ == "ADP" else None


def _noun_right_after(doc, last):
    """'31 заявление', '6 210 человек': a noun right after the figure's last word."""
    return last + 1 < len(doc) and doc[last + 1].pos_ in NOUNISH


def _superlative_subject(doc, i, end):
    """'Наиболее высокие заработки — в Минске': the noun of a superlative
    phrase starting at i whose noun a preposition follows (the place or kind
    the top value belongs to), after a dash or none ('Самые высокие зарплаты,
    как и прежде, в финансовой сфере (48,9 тыс.)'), or None. A noun after the
    dash ('Наиболее частые санкции — штраф в 15 МРП') names the value itself."""
    if normalize(doc[i].lemma_) not in _superlative_words() and normalize(doc[i].text) not in _superlative_words():
        return None
    index = i + 1
    while index < end and doc[index].pos_ == "ADJ":
        index += 1
    if index >= end or doc[index].pos_ not in NOUNISH:
        return None
    after = _past_an_aside(doc, index + 1, end)
    if after < end and doc[after].text in CLAUSE_DASHES_AS_TYPED:
        after += 1
    return doc[index] if after < end and doc[after].pos_ == "ADP" else None


# How many words an aside set off by commas ('как и прежде') may hold.
ASIDE_REACH = 4


def _past_an_aside(doc, index, end):
    """The index after an aside set off by commas and holding no verb (', как
    и прежде,') starting at `index`, or `index` itself when none starts there."""
    if index >= end or doc[index].text != ",":
        return index
    for closing in range(index + 1, min(index + ASIDE_REACH + 2, end)):
        if doc[closing].text == ",":
            return closing + 1
        if finite_verb(doc[closing]):
            return index
    return index


def in_a_lead_in(token):
    """'Больше', 'всех' of 'Больше всех очков': no part of the noun's phrase."""
    starts = range(max(0, token.i - _longest_lead_in() + 1), token.i + 1)
    return any((_end_of_lead_in(token.doc, i, len(token.doc)) or 0) > token.i for i in starts)


def named_by_a_lead_in(noun):
    """'дипломов' of 'Больше всего дипломов привезли химики (19)': a noun right
    after a lead-in, the quantity the figures of the sentence are parts of."""
    starts = range(max(0, noun.i - _longest_lead_in()), noun.i)
    return any(_end_of_lead_in(noun.doc, i, noun.i) == noun.i for i in starts)


def _end_of_lead_in(doc, i, end):
    """Index right after a lead-in starting at i, or None."""
    # the words are normalized once here, not once per lead-in: this runs for every word before a figure
    window = tuple(normalize(token.text) for token in doc[i:min(i + _longest_lead_in(), end)])
    for key in _lead_ins():
        if window[:len(key)] == key:
            return i + len(key)
    return None


def _names_a_quantity(token):
    """'голосов', 'заболевших': a genitive noun or a noun-like participle."""
    return (token.pos_ in NOUNISH or token.pos_ in ("ADJ", "VERB")) and "Gen" in token.morph.get("Case") \
        and not finite_verb(token)
