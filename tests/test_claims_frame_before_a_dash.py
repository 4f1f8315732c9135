"""A sum after a dash sizes the noun of a frame that names no figure of its
own (pipeline/claims/frame_before_a_dash.py).

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


SIZED = [
    # a fine in a multiple of the bribe: the fine, not 'размере взятки'
    ("Суд назначил чиновнику штраф в двадцатикратном размере взятки — 6,2 млн рублей.", "6,2 млн рублей", "штраф"),
    # 'суммы' in the frame's genitive is no frame of its own
    ("Ему назначен штраф в тридцатикратном размере суммы взятки — 9 млн рублей.", "9 млн рублей", "штраф"),
]


@pytest.mark.parametrize("text, figure, head", SIZED)
def test_a_sum_after_a_dash_sizes_the_framed_noun(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_frame_with_its_own_figure_leaves_the_dash_to_the_list(nlp):
    # 'в объеме 48,6 млрд' holds a figure: 'расходы — 53,1 млрд' is a list item of its own
    assert metric_heads(nlp, "Доходы запланированы в объеме 48,6 млрд рублей, расходы — 53,1 млрд.")["53,1 млрд"] == "расход"
