"""Counts of people written 'N человек': what they measure when 'человек'
only counts heads. Every sentence here is written for these tests, not
taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a change 'на/до N человек': the noun under the preposition is no subject --

@pytest.mark.parametrize("text, figure, head", [
    ("Численность рабочих фабрики снизится до 3,2 тыс. человек.", "3,2 тыс.", "численность"),
    ("Количество студентов колледжа вырастет до 2,4 тыс. человек.", "2,4 тыс.", "количество"),
    ("Турпоток на курорте в прошлом сезоне вырос на 40 тыс. человек в год.", "40 тыс.", "турпоток"),
    ("Штат министерства сократят на 1,5 тыс. человек.", "1,5 тыс.", "штат"),
])
def test_a_change_by_or_to_a_count_of_people_measures_what_changes(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] in ("increase", "decrease")

