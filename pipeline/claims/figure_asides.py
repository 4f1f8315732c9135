"""A figure set aside right after a noun: in brackets, or between two dashes.

'Аренду (около 40 тысяч рублей в месяц) оплачивает администрация', 'Большая
часть экспонатов (примерно две трети, по подсчётам куратора) прежде не
выставлялась', 'мамину зарплату — 640 тысяч — задерживали', 'о покупке
контрольного пакета — 75,1% — холдинга': the aside gives the size of the noun
it follows. Of the 251 development gold claims whose figure opens a bracket
right after a word, 42 take the noun before the bracket (fresh-ab, -aj, -bl,
-cv, -eh, -ej and more), 166 a metric further left (mostly a figure the
bracket restates, or a list item, which the earlier rules read), 39 a noun
after the figure and 4 none. Between two dashes the gold takes the noun before
the first dash in fresh-ae, -ai, -am, -ar, -at, -b, -bk, -bm, -bp, -ej and
more. Such a figure hangs on nothing the other rules read (the parser makes
it a parataxis or the verb's object), so this is a last resort.

Two kinds of aside are left to the other rules: a bracket in a row of
bracketed figures ('вывоз снега (47%) и работу транспорта (39%)' is a list
whose items inherit one metric, CLAIMS.md ellipsis and lists) and one dash
alone ('в финансовом секторе — 61 тыс.': a list item's qualifier).
"""
from pipeline.claims.dash_marks import CLAUSE_DASHES
from pipeline.claims.frames import head_before_bracket, phrase_top
from pipeline.claims.lexicon import normalize, skipped_before_figure
from pipeline.claims.word_kinds import after_preposition, common_noun, is_number_phrase, mistagged_noun, names_period, names_person, word_before

# How many words (a unit, a rate 'в месяц') may stand between the figure and the dash closing its aside.
WORDS_BEFORE_CLOSING_DASH = 3


def noun_before_an_aside_figure(figure, anchor, inside, trigger, direction):
    """The noun a bracketed or dash-enclosed figure follows, or None."""
    if trigger is not None:
        return None
    doc = anchor.doc
    opener = word_before(doc, min(inside), _bound_or_preposition)
    if opener is None or opener.i == 0:
        return None
    if opener.text == "(":
        if _in_a_row_of_bracketed_figures(opener, inside, doc):
            return None
    elif opener.text not in CLAUSE_DASHES or not _closing_dash_after(max(inside), doc):
        return None
    noun = doc[opener.i - 1]
    if noun.i in inside or not (common_noun(noun) or mistagged_noun(noun)) or names_period(noun) or names_person(noun) \
            or is_number_phrase(noun, inside):
        return None
    # 'зарплаты в Атырауской области (474 тыс. тенге)': a noun under a preposition
    # says where or for whom, a qualifier of a metric named before it (fresh-cr)
    if after_preposition(noun):
        return None
    return head_before_bracket(noun) if opener.text == "(" else phrase_top(noun)


def _bound_or_preposition(word):
    """'(около 40 тысяч', '— почти 9% —': bound words and prepositions stand between the opener and its figure."""
    return normalize(word.text) in skipped_before_figure("bounds_and_prepositions")


def _closing_dash_after(last, doc):
    """Whether a dash closes the aside within a few words of the figure's end ('— 640 тысяч —')."""
    for position in range(last + 1, min(last + WORDS_BEFORE_CLOSING_DASH + 2, len(doc))):
        token = doc[position]
        if token.text in CLAUSE_DASHES:
            return True
        if token.is_punct or token.like_num:
            return False
    return False


def _in_a_row_of_bracketed_figures(opener, inside, doc):
    """'дороги (62%), вывоз снега (47%) и работу транспорта (39%)': another
    bracket of the sentence opening with a figure makes the brackets a list."""
    for token in opener.sent:
        if token.text == "(" and token.i != opener.i and _opens_with_a_figure(token, doc):
            return True
    return False


def _opens_with_a_figure(bracket, doc):
    """'(47%)', '(около 5 тыс.': the first word in the bracket past bound words is a number."""
    position = bracket.i + 1
    while position < len(doc) and _bound_or_preposition(doc[position]):
        position += 1
    return position < len(doc) and doc[position].like_num
