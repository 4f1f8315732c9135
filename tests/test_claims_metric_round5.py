"""Metrics, round five: general cases found on encyclopedia and blog text
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
