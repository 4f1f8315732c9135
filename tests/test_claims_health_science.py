"""Shapes of science, health and education news: a balance of people that
falls to a count after an aside, distances in light years, and figures for
groups given after a dash once a change has been told.

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def test_a_count_after_do_is_not_the_subject_even_after_an_aside(nlp):
    found = claims_by_figure(nlp, "Миграционный прирост, впрочем, снизился до 2 350 человек.")
    assert found["2 350"]["metric"]["head"] == "прирост"
    assert found["2 350"]["direction"] == "decrease"


def test_a_natural_decline_after_an_aside_keeps_its_own_metric(nlp):
    found = claims_by_figure(nlp, "Естественная убыль, по сути, уменьшилась до 3 100 человек.")
    assert found["3 100"]["metric"]["head"] == "убыль"


def test_light_years_after_two_to_four_are_a_distance_not_years(nlp):
    found = claims_by_figure(nlp, "Расстояние до этой звезды — 23 световых года.")
    assert found["23 световых года"]["unit"] == "other"


def test_figures_for_groups_after_a_marked_change_state_values(nlp):
    found = claims_by_figure(
        nlp, "Средний возраст выпускников вырос на 0,5 года, до 22,3 года; у юношей — 22,9, у девушек — 21,8 года.")
    assert found["22,3 года"]["direction"] == "increase"
    assert found["22,9"]["direction"] is None
    assert found["21,8 года"]["direction"] is None
    assert found["22,9"]["metric"]["head"] == "возраст"


def test_a_change_repeated_with_its_marker_keeps_the_direction(nlp):
    found = claims_by_figure(nlp, "Заболеваемость в области выросла на 12%, а в столице — на 19%.")
    assert found["19%"]["direction"] == "increase"
