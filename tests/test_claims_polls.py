"""Poll reports: shares of the people asked, written in words and in digits.

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def test_a_fraction_of_a_participle_used_as_a_noun(nlp):
    found = claims_by_figure(nlp, "Треть опрошенных поддержали реформу.")
    assert found["Треть"]["metric"]["text"] == "опрошенных"


def test_a_share_after_a_word_that_precedes_codes_is_still_a_share(nlp):
    # 'кабинета 12' would be a room; 'кабинета 12%' is a share
    found = claims_by_figure(nlp, "Работу кабинета одобряют 12% респондентов.")
    assert found["12%"]["metric"]["head"] == "респондент"


def test_the_bounds_of_an_age_group_are_ages(nlp):
    found = claims_by_figure(nlp, "В возрастной группе от 25 до 34 лет таких 40%.")
    assert list(found) == ["40%"]


def test_a_share_agreeing_by_a_short_adjective_is_of_the_people_before(nlp):
    found = claims_by_figure(nlp, "Половина респондентов готова платить за проезд не больше 40 рублей, "
                                  "а лишь 8% согласны на новое повышение тарифа.")
    assert found["8%"]["metric"]["head"] == "респондент"


def test_a_share_whose_answer_verb_a_dash_leaves_out_before_an_infinitive(nlp):
    found = claims_by_figure(nlp, "Более трети отпускников планируют провести отпуск дома, "
                                  "каждый пятый — поехать к родственникам, 17% — отправиться за границу.")
    assert found["17%"]["metric"]["head"] == "отпускник"

