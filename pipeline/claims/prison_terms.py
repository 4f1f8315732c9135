"""Prison terms: a later term has no metric, and whoever gives a term is not what lasts.

'Суд назначил 7 лет лишения свободы ... помощник получил 5 лет колонии': the
first term given in a text carries the metric, a later one that names only
where it is served has none (NOTES.md). 'Гособвинение просило 7,5 года':
the one who asks for, hands out or receives a term is not what the span
measures. Word lists: measures.json (confinement_places, term_units,
term_giving_verbs, deprivation_of_liberty).
"""
from pipeline.claims.lexicon import load_json
from pipeline.claims.near_figure import genitive_after, noun_right_after
from pipeline.claims.rule_chain import NO_HEAD
from pipeline.claims.units import TIME_UNITS
from pipeline.claims.word_kinds import lemma_of, measure_words


def no_metric_for_a_later_term(figure, anchor, inside, trigger, direction):
    """The head rule: a later prison term settles that the figure has no metric."""
    if later_prison_term(figure, anchor, inside):
        return NO_HEAD
    return None


def later_prison_term(figure, anchor, inside):
    """'Суд назначил 7 лет лишения свободы ... помощник получил 5 лет колонии':
    a term that names only where it is served has no metric when a term was
    given anywhere before it in the text, not only in its own sentence
    (NOTES.md: the first mention carries the metric, later terms are null)."""
    if figure.unit not in TIME_UNITS:
        return False
    place = genitive_after(anchor, inside) or noun_right_after(inside, anchor.doc)
    if place is None or lemma_of(place) not in measure_words("confinement_places"):
        return False
    return any(_term_given_at(token) for token in anchor.doc[:min(inside)])


def _term_given_at(token):
    """'6 лет лишения свободы', '7 годам колонии': a word naming a sentence
    right after the unit of a term, so an earlier term was given there."""
    if token.i == 0 or lemma_of(token.nbor(-1)) not in measure_words("term_units"):
        return False
    if lemma_of(token) in measure_words("confinement_places"):
        return True
    deprivation, liberty = load_json("measures.json")["deprivation_of_liberty"]
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return lemma_of(token) == deprivation and following is not None and lemma_of(following) == liberty


def given_by_court(verb):
    """'Гособвинение просило 7,5 года', 'суд назначил 4 года', 'он получил 3
    года': the one who asks for, hands out or receives a term is not what lasts."""
    return verb.pos_ == "VERB" and lemma_of(verb) in measure_words("term_giving_verbs")

