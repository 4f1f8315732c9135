"""list_end: how far a list of numbers runs from one of its items."""
import re

import pytest

from pipeline.claims.number_lists import list_end

NUMBER = re.compile(r"^\d+$").match
JOINERS = {",", "и", "или"}


@pytest.mark.parametrize("text, index, step, expected", [
    ("в 2 , 3 и 5 раз", 5, -1, 1),       # from '5' left to '2'
    ("в 2 , 3 и 5 раз", 1, 1, 5),        # from '2' right to '5'
    ("в 2 , 3 и 5 раз", 3, -1, 1),
    ("в 5 раз", 1, -1, 1),               # no list: the item itself
    ("в 5 раз", 1, 1, 1),
    ("2 и 5", 2, -1, 0),                 # up to the first word
    ("2 и 5", 0, 1, 2),                  # up to the last word
    ("2 и", 0, 1, 0),                    # a joiner with no item after it
    ("года 2 и пяти", 1, 1, 1),          # the item test decides: 'пяти' is not digits
    ("с 3 по 17 апреля", 1, 1, 1),       # 'по' is not one of these joiners
])
def test_list_end(text, index, step, expected):
    assert list_end(text.split(), index, step, JOINERS, NUMBER) == expected
