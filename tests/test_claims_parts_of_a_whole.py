"""A whole and the parts listed after it ('занимали 1,6 млн га, из них
пшеница — 1,05 млн'). Every sentence here is written for these tests, not
taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- the area a crop or a land use takes up ---------------------------------

@pytest.mark.parametrize("text, figure, subject", [
    ("Озимые в районе в этом году занимают около 120 тыс. га.", "120 тыс. га", "Озимые"),
    ("Пастбища занимают в хозяйстве 350 га.", "350 га", "Пастбища"),
])
def test_what_takes_up_an_area_is_the_metric(nlp, text, figure, subject):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["text"].startswith(subject)
    assert claim["direction"] is None


def test_a_worker_busy_somewhere_is_no_area_taken_up(nlp):
    # 'заняты на производстве' (perfective 'занять') says where people work
    claims = claims_by_figure(nlp, "Численность персонала — около 7 200 человек, из них 5 100 заняты на заводе.")
    assert metric_head(claims["5 100"]) == "численность"
