"""word_kinds.word_before: the one walk left from a figure to the word a rule
reads before it, each rule with its own skip rule; and the rules split or
unified alongside it (a count told again, a balance noun). Every sentence here
is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.claims.word_kinds import (bound_words, is_quantity_noun, plural_of_people, point_ends_sentence,
                                        top_of_noun_chain, verb_gap, word_at_or_after, word_before)

from claims_helpers import claims_by_figure, metric_head, metric_heads


def _start_of(doc, figure_word):
    return next(token.i for token in doc if token.text == figure_word)


def test_the_walk_stops_at_the_first_word_not_skipped(nlp):
    doc = nlp("Цены выросли почти на 7%.")
    bounds = {"почти", "на"}
    assert word_before(doc, _start_of(doc, "7"), lambda word: word.text in bounds).text == "выросли"


def test_the_walk_ends_at_the_start_of_the_text(nlp):
    doc = nlp("Около 40 человек пришли на встречу.")
    assert word_before(doc, _start_of(doc, "40"), lambda word: word.text == "Около") is None


def test_a_walk_with_a_limit_stops_there_and_reads_that_word(nlp):
    doc = nlp("Урожай вырос. Почти 40 тонн собрали.")
    start, sentence_start = _start_of(doc, "40"), _start_of(doc, "Почти")
    bound = lambda word: word.text == "Почти"  # noqa: E731
    assert word_before(doc, start, bound, limit=sentence_start).text == "Почти"
    assert word_before(doc, start, bound).text == "."


@pytest.mark.parametrize("text, figure, before", [
    ("Инфляция в регионе была почти 9%.", "9", "была"),
    ("Компания стоит примерно 5 EBITDA.", "5", "стоит"),
])
def test_a_list_of_bound_words_is_stepped_over(nlp, text, figure, before):
    doc = nlp(text)
    assert word_before(doc, _start_of(doc, figure), bound_words("bounds_and_particles")).text == before


@pytest.mark.parametrize("text, figure, head", [
    ("Банк торгуется с мультипликатором P/E около 4,5x.", "4,5x", "мультипликатор"),
    ("Ритейлер оценён по мультипликатору EV/EBITDA 6,2x.", "6,2x", "мультипликатор"),
])
def test_a_ratio_name_before_a_multiple_is_found_past_its_bound(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, verb", [
    ("Ремонт школы обошёлся городскому бюджету в 12 млн рублей.", "12", "обошёлся"),
    ("Билет на концерт стоил в среднем 900 рублей.", "900", "стоил"),
    ("Абонемент в бассейн обходится семьям примерно в 3 тыс. рублей.", "3", "обходится"),
])
def test_a_verb_gap_steps_over_prepositions_a_reckoning_phrase_and_the_payer(nlp, text, figure, verb):
    doc = nlp(text)
    start = _start_of(doc, figure)
    assert word_before(doc, start, verb_gap(start, max_gap=3, dative_words=3)).text == verb


def test_a_verb_gap_counts_its_reach_without_the_payer(nlp):
    doc = nlp("Ремонт обошёлся городскому бюджету в 12 млн рублей.")
    start = _start_of(doc, "12")
    assert word_before(doc, start, verb_gap(start, max_gap=3, dative_words=0)).text == "бюджету"


@pytest.mark.parametrize("text, figure, head", [
    ("Поездка на поезде продолжалась почти шесть часов.", "шесть часов", "поездка"),
    ("Экзамен длится не более трёх часов.", "трёх часов", "экзамен"),
])
def test_a_lasting_verb_is_found_past_the_bounds_of_the_span(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a count told again after '— это' measures the noun it counts -----------

@pytest.mark.parametrize("text, figure, head", [
    ("Премия составила 90 тысяч рублей — это три средние зарплаты.", "три", "зарплата"),
    ("Штраф составил 50 тысяч рублей — это две месячные пенсии.", "две", "пенсия"),
])
def test_a_count_told_again_takes_its_counted_noun_and_no_trigger(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["trigger"] is None


# --- a balance noun with a count states its level ----------------------------

@pytest.mark.parametrize("text, figure, direction", [
    ("Естественный прирост составил 1 200 человек.", "1 200", "level"),
    ("Миграционный прирост в области составил 800 человек.", "800", "level"),
    ("Сокращение составило 300 человек.", "300", "decrease"),
])
def test_a_balance_noun_with_a_count_is_a_level_other_changes_keep_theirs(nlp, text, figure, direction):
    assert claims_by_figure(nlp, text)[figure]["direction"] == direction


@pytest.mark.parametrize("text, word, names_a_quantity", [
    ("Выручка сети выросла на 12%.", "Выручка", True),
    ("Посещаемость матчей упала до 8 тыс. зрителей.", "Посещаемость", True),
    ("Рабочие завода получили по 40 тыс. рублей.", "Рабочие", False),
])
def test_a_quantity_noun_is_told_by_its_lemma(nlp, text, word, names_a_quantity):
    """One predicate for 'this noun names a quantity' (measures.json
    quantity_nouns), shared by every rule that asks it."""
    token = next(token for token in nlp(text) if token.text == word)
    assert is_quantity_noun(token) is names_a_quantity


# --- one test of whether a full stop ends a sentence ---------------------------

def _points(doc):
    return [token for token in doc if token.text == "."]


@pytest.mark.parametrize("text, ends", [
    # a point after a short lower-case word cuts an abbreviation
    ("Рентабельность прибавила 2,1 п. п. и составила 16,4%.", [False, False, True]),
    # ... unless a capital letter follows it
    ("Пожертвования составили ещё 96 тыс. Дамбу отстроили к лету.", [True, True]),
    # a point after a longer word ends its sentence whatever follows
    ("Зал заполнен наполовину. потом стало лучше.", [True, True]),
])
def test_a_point_ends_a_sentence_unless_it_cuts_an_abbreviation(nlp, text, ends):
    assert [point_ends_sentence(point) for point in _points(nlp.make_doc(text))] == ends


# --- one climb up a chain of nouns, each rule with its own links ---------------

def test_a_chain_of_genitives_is_climbed_to_its_first_noun(nlp):
    doc = nlp("Запаса топлива хватит на 72 часа.")
    fuel = next(token for token in doc if token.text == "топлива")
    assert top_of_noun_chain(fuel).text == "Запаса"


def test_a_rule_may_refuse_a_link(nlp):
    doc = nlp("Запаса топлива хватит на 72 часа.")
    fuel = next(token for token in doc if token.text == "топлива")
    assert top_of_noun_chain(fuel, lambda lower, upper: upper.text != "Запаса").text == "топлива"


# --- one test of a plural naming people, for poll shares and shares of a group --

@pytest.mark.parametrize("text, word, people", [
    ("Горожане ответили на вопросы.", "Горожане", True),
    ("Так ответили 40% опрошенных.", "опрошенных", True),
    ("Цены на квартиры выросли.", "квартиры", False),
    ("Горожанин ответил на вопросы.", "Горожанин", False),
])
def test_a_plural_of_people_is_an_animate_noun_or_a_participle_standing_for_one(nlp, text, word, people):
    doc = nlp(text)
    assert plural_of_people(next(token for token in doc if token.text == word)) is people


def test_the_word_after_a_figure_passes_a_line_break(nlp):
    doc = nlp("Всего 40\nчеловек.")
    forty = next(token for token in doc if token.text == "40")
    assert word_at_or_after(doc, forty.i + 1).text == "человек"
    assert word_at_or_after(doc, len(doc)) is None


@pytest.mark.parametrize("text, figure, head", [
    ("Пробег от силы 800 км, машина почти не ездила.", "800 км", "пробег"),
    ("Раньше одобряли восемь заявок, сейчас — от силы шесть.", "шесть", "заявка"),
    ("Из 40 домов на улице жилые — от силы полтора десятка.", "полтора десятка", "дом"),
])
def test_a_bound_of_several_words_is_stepped_over_as_one(nlp, text, figure, head):
    # 'силы' of 'от силы' is tagged a noun and the parser hangs the figure on
    # it; the bound's words are the figure's own, not what it measures
    assert metric_heads(nlp, text)[figure] == head
