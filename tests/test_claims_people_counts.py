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



# --- 'N человек' after a bare genitive that says whom it counts ----------------

@pytest.mark.parametrize("text, figure, head", [
    ("Зарегистрированных безработных в районе насчитывается 2,3 тыс. человек.", "2,3 тыс.", "безработный"),
    # the parser hangs 'человек' on the first verb; the verb right before the figure still holds the genitive
    ("Число вакансий в городе достигло 12,5 тыс., тогда как официально зарегистрированных безработных "
     "насчитывается лишь 1,9 тыс. человек.", "1,9 тыс.", "безработный"),
    ("Туристов из Китая стало заметно больше: 12 тыс. человек за лето.", "12 тыс.", "турист"),
    ("Волонтёров на форуме — 48 человек.", "48", "волонтёр"),
    ("Призёров олимпиад среди первокурсников — 21 человек.", "21", "призёр"),
])
def test_people_counted_by_a_genitive_before_take_that_genitive(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


@pytest.mark.parametrize("text, figure", [
    # the genitive belongs to another clause, after a comma
    ("В общежитиях, рассчитанных на 6 тыс. мест, сейчас живут около 9 тыс. человек.", "9 тыс."),
    # a genitive of time is no subject
    ("С начала года от гриппа привиты 4 100 человек.", "4 100"),
    # a singular genitive next to a verb is no partitive subject
    ("Делегацию из 3 человек возглавил министр.", "3"),
])
def test_people_with_no_genitive_subject_before_stay_people(nlp, text, figure):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == "человек"


@pytest.mark.parametrize("text, figure, head", [
    ("Штаб оценивает собственные потери в 120 человек.", "120", "потеря"),
    ("Спасатели оценивают число пострадавших в 3 тыс. человек.", "3 тыс.", "число"),
])
def test_a_quantity_valued_at_a_count_of_people_is_its_metric(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


# --- the whole's phrase stops at the comma that opens the part -----------------

def test_the_metric_of_a_part_after_iz_nikh_is_the_whole_without_the_part(nlp):
    claim = claims_by_figure(nlp, "Стобалльников среди абитуриентов — 43 человека, из них 12 — призёры олимпиад.")["12"]
    assert claim["metric"]["text"] == "человека"
