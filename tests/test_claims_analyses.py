"""Long business-paper analyses (industry output, takeovers, wages by
sector), one class per test. Every sentence here is written for these
tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.furniture import furniture_lines

from claims_helpers import claims_by_figure, figures_of


# --- comparatives -----------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("В реальном выражении рост выручки оказался вдвое скромнее.", "вдвое"),
    ("Прибыль банка оказалась в полтора раза скромнее, чем годом ранее.", "полтора раза"),
])
def test_a_humbler_result_is_a_decrease(nlp, text, figure):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["direction"] == "decrease"
    assert claim["trigger"]["text"] == "скромнее"


def test_a_humble_sum_in_the_positive_degree_sets_no_direction(nlp):
    claim = claims_by_figure(nlp, "Фонд выделил скромные 5 млн рублей.")["5 млн рублей"]
    assert claim["direction"] is None


# --- page furniture ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Комментарии (14) | Версия для печати",
    "Отзывы (3)",
])
def test_a_counter_in_brackets_is_furniture(line):
    text = ("Сделку одобрили в пятницу, и стороны надеются закрыть её до конца осени "
            f"без новых условий.\n{line}")
    start = text.index(line)
    assert (start, start + len(line)) in furniture_lines(text)


# --- ages of groups ---------------------------------------------------------

def test_years_after_a_collective_noun_for_people_are_an_age(nlp):
    assert figures_of(nlp, "Среди новых клиентов 40% — молодежь до 25 лет.") == {"40%": "percent"}
