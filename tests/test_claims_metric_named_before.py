"""A figure whose metric was named in an earlier sentence or clause: a
pronoun subject stands for it, or a clause after a dash leaves it out.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a pronoun subject of a modal verb whose infinitive gives the figure ------

@pytest.mark.parametrize("text, figure, head", [
    ("Ставка по ипотеке долго не менялась. По оценке аналитиков, к осени она может вырасти до 14%.",
     "14%", "ставка"),
    ("Безработица в области остаётся высокой. По прогнозу правительства, к концу года она должна снизиться до 4,5%.",
     "4,5%", "безработица"),
    ("Цены на жильё пока стабильны. В следующем году они могут вырасти на 8%.", "8%", "цена"),
])
def test_a_pronoun_subject_of_a_modal_verb_stands_for_the_metric(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head

