"""Prison terms: a later term has no metric, and whoever gives a term is not what lasts.

'Суд назначил 7 лет лишения свободы ... помощник получил 5 лет колонии': the
first term given in a text carries the metric, a later one that names only
where it is served has none (NOTES.md). 'Гособвинение просило 7,5 года':
the one who asks for, hands out or receives a term is not what the span
measures. Word lists: measures.json (confinement_places, term_units,
term_giving_verbs, deprivation_of_liberty, term_maximum_words,
term_range_openers).
"""
from pipeline.claims.lexicon import load_json, normalize
from pipeline.claims.near_figure import genitive_after, noun_right_after
from pipeline.claims.rule_chain import NO_HEAD
from pipeline.claims.units import TIME_UNITS
from pipeline.claims.word_kinds import lemma_of, measure_words, word_before


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
    if _most_a_law_allows(token.nbor(-1)):
        return False     # 'Санкция статьи – до пяти лет лишения свободы': a threat, no term given
    if lemma_of(token) in measure_words("confinement_places"):
        return True
    deprivation, liberty = load_json("measures.json")["deprivation_of_liberty"]
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return lemma_of(token) == deprivation and following is not None and lemma_of(following) == liberty


def _most_a_law_allows(unit):
    """'грозит до 10 лет колонии': a lone upper bound before the figure of a
    term makes it the most a law allows; 'от двух до трёх лет' is a range given."""
    bound = word_before(unit.doc, unit.i, _part_of_a_figure)
    if bound is None or normalize(bound.text) not in measure_words("term_maximum_words"):
        return False
    opener = word_before(bound.doc, bound.i, _part_of_a_figure)
    return opener is None or normalize(opener.text) not in measure_words("term_range_openers")


# 'трёх с половиной': the words inside a term's figure besides its numbers
_INSIDE_A_FIGURE = ("с", "половиной", ",")


def _part_of_a_figure(word):
    """Stepped over to reach the bound before a term's figure: its numbers and
    the words inside it ('до трёх с половиной лет')."""
    return word.like_num or word.pos_ == "NUM" or normalize(word.text) in _INSIDE_A_FIGURE


def given_by_court(verb):
    """'Гособвинение просило 7,5 года', 'суд назначил 4 года', 'он получил 3
    года': the one who asks for, hands out or receives a term is not what lasts."""
    return verb.pos_ == "VERB" and lemma_of(verb) in measure_words("term_giving_verbs")

