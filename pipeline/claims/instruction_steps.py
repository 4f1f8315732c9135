"""A span of time in a step of instructions measures the step: its verb.

Recipes, doses, training plans and gardening calendars give the time of a
step with an imperative and no noun naming it: 'Выпекайте 35–40 минут',
'Морковь и лук обжарьте 5–7 мин', 'Бегите по 8 минут', 'Проветривайте
комнату 2–3 дня'. The step itself is what lasts, so the imperative is the
metric; an infinitive after it is the step it asks for ('дайте щам
настояться не менее получаса' -> 'настояться'). The object before the verb
('Морковь') only says what the step is done to.

The tagger reads imperatives badly (as past tenses, gerunds, even nouns), so
the verb is found by the dictionary, by word order within the figure's
clause, not by the tree. Word lists: measures.json instruction_steps.
"""
from functools import lru_cache

from pipeline.claims.durations import a_span_of_time
from pipeline.claims.lasting import noun_taking_span_per_period
from pipeline.claims.lexicon import load_json, normalize
from pipeline.claims.near_figure import genitive_after
from pipeline.claims.word_kinds import dictionary_readings


@lru_cache(maxsize=None)
def _table():
    data = load_json("measures.json")["instruction_steps"]
    return {key: frozenset(normalize(word) for word in words) for key, words in data.items()}


def verb_of_an_instruction_step(figure, anchor, inside):
    """The imperative (or the infinitive after it) whose step a span of time
    lasts, or None."""
    doc = anchor.doc
    if not a_span_of_time(figure, inside, doc) or not _opens_as_a_step_span(figure):
        return None
    if genitive_after(anchor, inside) is not None:
        return None      # 'Чередуйте 1 минуту бега': the span is the running's
    if noun_taking_span_per_period(inside, doc) is not None:
        return None      # 'найди работу меньше 40 часов в неделю': so much of the work a week
    clause = _clause_before(inside, doc)
    if any(normalize(word.text) in _table()["addressed_pronouns"] for word in clause):
        return None      # 'Вы проводите в пробках 3 часа': it tells, it does not instruct
    infinitive = None
    for word in reversed(clause):
        if _imperative(word):
            return infinitive or word
        if infinitive is None and _infinitive(word):
            infinitive = word
    return None


def _clause_before(inside, doc):
    """The words of the figure's clause before it, from the clause's edge on."""
    first = min(inside)
    start = first
    while start > doc[first].sent.start and normalize(doc[start - 1].text) not in _table()["clause_edges"]:
        start -= 1
    return [doc[i] for i in range(start, first)]


def _opens_as_a_step_span(figure):
    """No preposition but a distributive 'по' before the span ('Бегите по 8
    минут'): 'до 3 минут' is a change, 'через 4 часа' a time."""
    return figure.preposition is None or figure.preposition in _table()["span_prepositions"]


def _imperative(word):
    """A form the dictionary reads only as a verb, one reading an imperative
    addressed to the reader ('обжарьте'; 'варите' may be a present tense too,
    which instructions do not use with a span and no 'вы'). A form that may
    be a past tense ('ушли', 'вышли') or a 'we' form ('добавим') tells."""
    readings = dictionary_readings(word.lower_)
    return bool(readings) and all(parse.tag.POS == "VERB" and parse.tag.tense != "past" for parse in readings) \
        and any(parse.tag.mood == "impr" and parse.tag.involvement != "incl" for parse in readings)


def _infinitive(word):
    readings = dictionary_readings(word.lower_)
    return bool(readings) and readings[0].tag.POS == "INFN"
