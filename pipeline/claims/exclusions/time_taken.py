"""A span after 'за' that says how long an action took is a claim, not a when.

'за девять месяцев выручка выросла на 5%' gives the period of another
figure (its time, NOTES.md), and 'за два дня до выборов' locates an event;
both are left out as relative times (dates_and_times.is_relative_time).
'Коммунальщики обещают устранить аварию за 6 часов', 'билеты раскупались
за двое суток', 'утечку удалось локализовать за 2 часа 15 минут' are
different: the span is the one figure of its clause and measures the action
itself, as 'полёт занял 13 суток' would (CLAIMS.md: durations are claims).
Read off the tree and the word order together, since in a long sentence the
parser may hang the span on a later verb: the span hangs on a verb in its
own stretch between punctuation marks, and that stretch holds no other
figure ('Всего за два дня инспекторы выявили более 600 нарушений' is a
period again) and no comparative ('за пять месяцев продали больше, чем за
весь год' compares two periods), and the verb says no change ('пенсия за
пять лет не выросла, а уменьшилась на 8%' gives the period of the change
after the comma: no such span after a verb of change is a claim in the
development gold, 38 of 38 in 26 sets). The verb's whole clause is not searched: its subject may
carry a figure of its own in apposition ('планета b, массой 1,3 земной,
обращается вокруг звезды за 9,4 суток'). Word list: exclusions.json
(time_taken_prepositions).
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES_OR_HYPHEN
from pipeline.claims.exclusions.shared import _word, cues
from pipeline.claims.figures import find_figures
from pipeline.claims.triggers import CHANGE_DIRECTIONS, direction_of
from pipeline.claims.words import token_at

# Marks that end the stretch of words a span and its verb must share
STRETCH_ENDS = CLAUSE_DASHES_OR_HYPHEN | {",", ";", ":", ".", "!", "?", "(", ")", "«", "»", '"'}


def took_so_long(words, figure):
    """'устранить аварию за 6 часов': the span after 'за' is how long the
    verb it hangs on took, when no other figure stands between the same punctuation marks."""
    if words.tokens is None or _word(words, figure.start - 1) not in cues()["time_taken_prepositions"]:
        return False
    verb = _verb_of_span(words, figure)
    if verb is None:
        return False
    first, last = _stretch(words, figure)
    if not words.tokens[first].i <= verb.i <= words.tokens[last].i:
        return False
    if any("Cmp" in words.tokens[index].morph.get("Degree") for index in range(first, last + 1)):
        return False    # "за пять месяцев продали больше, чем за весь год": periods compared
    if direction_of(verb) in CHANGE_DIRECTIONS:
        return False    # "пенсия за пять лет не выросла, а уменьшилась на 8%": the period of a change
    return not any(other.start != figure.start and other.start <= last and other.end > first
                   for other in find_figures(words))


def _verb_of_span(words, figure):
    """The verb the span hangs on, by the span word the rest of the sentence
    holds it by ('часа' in '2 часа 15 минут'), or None."""
    indices = range(figure.start, figure.end)
    figure_tokens = {token_at(words, index).i for index in indices}
    top = next((token_at(words, index) for index in indices
                if token_at(words, index).head.i not in figure_tokens), None)
    return top.head if top is not None and top.head.pos_ == "VERB" else None


def _stretch(words, figure):
    """(first, last) word index of the stretch around the figure between punctuation marks."""
    first = figure.start
    while first > 0 and words.texts[first - 1] not in STRETCH_ENDS:
        first -= 1
    last = figure.end - 1
    while last + 1 < len(words.texts) and words.texts[last + 1] not in STRETCH_ENDS:
        last += 1
    return first, last
