"""Metrics: general cases found on encyclopedia and blog text
that no rule was tuned on.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory


def metrics_of(nlp, text):
    """{figure text: (metric text, metric head)} for the claims found in `text`."""
    found = {}
    for claim in nlp(text)._.claims:
        metric = claim["metric"]
        found[claim["figure"]["text"]] = (metric["text"], metric["head"]) if metric else None
    return found


# --- 'N из M' with the noun after both numbers -------------------------------

def test_a_part_and_its_whole_share_the_noun_after_them(nlp):
    found = metrics_of(nlp, "Трёх из пяти названных признаков хватает для диагноза.")
    assert found["Трёх"] == found["пяти"]
    text, head = found["Трёх"]
    assert head == "признак" and text.endswith("признаков")


# --- a quantity noun before the genitive it is of ----------------------------

def test_a_genitive_before_the_figure_belongs_to_the_quantity_noun(nlp):
    found = metrics_of(nlp, "Протяжённость трассы 40 км, плотность застройки 120 домов на гектар.")
    assert found["120"][1] == "плотность"


def test_word_order_finds_the_quantity_noun_past_adjectives_in_the_genitive(nlp):
    found = metrics_of(nlp, "Глубина озера составляет 12 м, площадь водосборного бассейна 45 км2.")
    assert found["45 км2"][1] == "площадь"


# --- counts joined by 'и' / 'или' name their noun once ----------------------

def test_two_joined_counts_count_the_noun_after_the_second(nlp):
    found = metrics_of(nlp, "Опекуны двоих и троих подростков получат пособие.")
    assert found["двоих"][1] == found["троих"][1] == "подросток"
    # neighbours joined by 'или' are one rough range (ud-gsd-dev gold)
    found = metrics_of(nlp, "Опекуны двоих или троих подростков получат пособие.")
    assert found["двоих или троих"][1] == "подросток"


def test_a_level_verb_subject_is_kept_for_joined_counts(nlp):
    found = metrics_of(nlp, "Число раненых составило 4 или 6 человек.")
    assert found["4"][1] == found["6"][1] == "число"
    found = metrics_of(nlp, "Число раненых составило 4 или 5 человек.")
    assert found["4 или 5"][1] == "число"


# --- a preposition before a number governs the noun after it ----------------

def test_a_count_after_a_preposition_counts_the_noun_that_follows(nlp):
    found = metrics_of(nlp, "Занятия шли в 12 кружках и 3 секциях, открытых при 5 сельских клубах.")
    assert found["5"][1] == "клуб"


# --- approximate inversion: the noun before the number ----------------------

def test_a_count_after_its_genitive_noun_counts_that_noun(nlp):
    found = metrics_of(nlp, "Соседи заходили раза три за лето.")
    assert found["три"][1] == "раз"


# --- 'штук' only counts pieces ------------------------------------------------

def test_pieces_count_the_genitive_after_them(nlp):
    assert metrics_of(nlp, "Фермер продал 400 штук яблок.")["400"][1] == "яблоко"


def test_pieces_with_nothing_named_stay_pieces(nlp):
    assert metrics_of(nlp, "Мы заказали 30 штук.")["30"][1] == "штука"


# --- two subjects on one verb: the clause after the comma owns the figure ----

def test_the_subject_after_the_comma_is_the_one_a_later_figure_measures(nlp):
    found = metrics_of(nlp, "Лето в горах прохладное, число дождливых дней составляет 90.")
    assert found["90"][1] == "число"


# --- a dash typed as two hyphens ----------------------------------------------

def test_two_hyphens_make_the_same_dash_equation_as_a_dash(nlp):
    assert metrics_of(nlp, "Население -- 640 жителей.")["640"][1] == "население"
    assert metrics_of(nlp, "Население — 640 жителей.")["640"][1] == "население"


def test_each_dash_equation_in_a_row_keeps_its_own_subject(nlp):
    found = metrics_of(nlp, "Масса баржи -- 800 т, ширина -- 12 м, команда -- 15 человек.")
    assert found["12 м"][1] == "ширина"
    assert found["15"][1] != "ширина"


# --- a bare count in a bracket after the noun it counts ----------------------

def test_a_bracketed_count_counts_the_genitive_plural_before_it(nlp):
    found = metrics_of(nlp, "В базе собраны адреса аптек (более 3000) и клиник (более 900).")
    assert found["3000"][1] == "аптека"
