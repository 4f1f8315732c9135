"""Words put between a figure's subject, its verb and the figure: an aside
between commas ('составит, сообщил он, ...', 'по предварительной оценке'),
'удалось' before the verb. The clause reads as if they were not there.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- an aside between the verb and its figure --------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Дефицит областного бюджета составит, сообщил министр, 4,2 млрд рублей.", "4,2 млрд рублей", "дефицит"),
    ("Выпуск продукции за тот же период снизился на 2% в сопоставимых ценах и составил, "
     "по предварительной оценке, 3,1 трлн рублей.", "3,1 трлн рублей", "выпуск"),
])
def test_a_verb_keeps_its_figure_across_an_aside(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "level"
    assert metric_head(claim) == head


# --- an aside between the subject and its verb -------------------------------

def test_a_subject_keeps_its_verb_across_an_aside_of_how_it_was_reckoned(nlp):
    claims = claims_by_figure(nlp, "При этом доля семян высшего сорта, по предварительным итогам, превысила 60%, "
                                   "а всхожесть в среднем держится на уровне 90 процентов, – отметил агроном.")
    assert metric_head(claims["60%"]) == "доля"


# --- 'удалось' before the verb -----------------------------------------------

def test_what_was_managed_to_be_cut_is_the_noun_before_udalos(nlp):
    claims = claims_by_figure(nlp, "Износ тепловых сетей удалось снизить на 3 процентных пункта, до 55%.")
    assert metric_head(claims["3 процентных пункта"]) == "износ"
    assert metric_head(claims["55%"]) == "износ"


def test_who_managed_it_in_the_dative_is_not_what_was_cut(nlp):
    claims = claims_by_figure(nlp, "Компании удалось снизить на 5% расходы.")
    assert metric_head(claims["5%"]) == "расход"
