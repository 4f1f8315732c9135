"""Words that are never what a figure measures, whatever the parser hangs on
them. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- the scale word of an earlier figure ('тыс.', 'млн') ---------------------

@pytest.mark.parametrize("text, figure, head", [
    ("В марте, по данным дилеров, было продано 18,3 тыс. грузовиков, что на треть больше, "
     "чем в феврале, хотя и на 27% меньше, чем годом ранее.", "27%", "грузовик"),
    ("В мае, по данным ассоциации, было выдано 26,5 тыс. ипотечных кредитов, что втрое больше, "
     "чем в апреле, хотя и на 40% меньше, чем годом ранее.", "40%", "кредит"),
])
def test_a_comparison_after_a_figure_with_a_scale_measures_its_counted_noun(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    ("Из 9 тыс. зарегистрированных финишировали 7 115 человек, ещё около 1 тыс. сошли с дистанции.",
     "1 тыс.", "человек"),
    ("Из 14 тыс. записавшихся экзамен сдали 11 020 абитуриентов, ещё около 2 тыс. не явились.",
     "2 тыс.", "абитуриент"),
])
def test_a_scale_after_an_opening_iz_is_no_whole(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
