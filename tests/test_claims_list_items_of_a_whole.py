"""List items that are parts of a whole named before them: kinds counted
after a colon, shares of a whole shared out among payers, labelled values
of a heading followed by a clause of its own. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- kinds after a colon count the noun before its genitives ---------------

@pytest.mark.parametrize("text, figures, whole", [
    ("На счету пловчихи 11 наград Олимпийских игр: 5 золотых, 4 серебряные и 2 бронзовые.",
     ("5", "4", "2"), "награда"),
    ("Всего у лыжника 14 медалей чемпионатов мира: 6 золотых, 5 серебряных и 3 бронзовые.",
     ("6", "5", "3"), "медаль"),
    ("В автопарке 120 автобусов городских маршрутов: 80 дизельных и 40 электрических.",
     ("80", "40"), "автобус"),
])
def test_kinds_after_a_colon_count_the_noun_the_genitives_hang_on(nlp, text, figures, whole):
    heads = metric_heads(nlp, text)
    for figure in figures:
        assert heads[figure] == whole
