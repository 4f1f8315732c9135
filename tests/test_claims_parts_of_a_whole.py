"""Parts of a whole named before them: the part that makes up the base of a
whole ('Основу улова составила горбуша — N'), and a part a share verb gives
a figure to when the clause names no whole of its own ('на X пришлось N').
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- 'Основу X составила Y — N': the figure measures the whole X ---------------

@pytest.mark.parametrize("text, figure, whole", [
    ("Основу урожая в области составила пшеница — 2,4 млн тонн.", "2,4 млн тонн", "урожай"),
    ("Основу улова в этом году дала сельдь — 95 тыс. тонн, на минтай пришлось 40,2 тыс. тонн.",
     "95 тыс. тонн", "улов"),
])
def test_the_base_of_a_whole_measures_the_whole_not_the_part(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


def test_the_parts_after_the_base_measure_the_same_whole(nlp):
    heads = metric_heads(nlp, "Основу улова в этом году дала сельдь — 95 тыс. тонн, "
                              "на минтай пришлось 40,2 тыс. тонн, на треску — 12 тыс.")
    assert heads["40,2 тыс. тонн"] == heads["12 тыс."] == "улов"
