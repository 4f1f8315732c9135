"""Figures: units carried along list lines and to a whole after
its part, decimal ratios without 'в', route numbers in a list, ages in a
list, durations of time after a focus particle, and widget lines.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from pipeline.furniture import furniture_lines


def claims_of(nlp, text):
    """{figure text: (value, unit)} for the claims found in `text`."""
    return {claim["figure"]["text"]: (claim["value"], claim["unit"]) for claim in nlp(text)._.claims}


# --- units carried from the figure before ------------------------------------

def test_list_lines_keep_the_currency_of_the_first_line(nlp):
    text = ("Аренда офиса по кварталам:\n"
            "— Северный — 3,4 тыс. руб. за метр;\n"
            "— Южный — 2,9 тыс.;\n"
            "— Восточный — 2,1 тыс.")
    found = claims_of(nlp, text)
    assert found["2,9 тыс."] == (2900, "rub")
    assert found["2,1 тыс."] == (2100, "rub")


def test_a_new_paragraph_forgets_the_currency(nlp):
    text = "Проект обошёлся в 4,5 млн рублей.\n\nНа митинг пришли 3 тыс. человек."
    assert claims_of(nlp, text)["3 тыс."][1] == "count"


def test_the_whole_after_its_part_takes_the_part_unit(nlp):
    found = claims_of(nlp, "К среде засеяли 41 тыс. га из 250 тыс., сообщили в управлении.")
    assert found["250 тыс."] == (250000, "ha")


# --- ratios ------------------------------------------------------------------

def test_a_decimal_before_raza_is_a_ratio_without_v(nlp):
    found = claims_of(nlp, "Отставание области от соседей достигло 1,7 раза.")
    assert found["1,7 раза"] == (1.7, "times")


# --- numbers that are not claims ---------------------------------------------

def test_route_numbers_listed_after_the_number_sign(nlp):
    found = claims_of(nlp, "С понедельника трамваи № 3, 8 и 11 ходят по новой схеме.")
    assert found == {}


def test_ages_in_a_list_before_a_verb(nlp):
    found = claims_of(nlp, "Двое студентов 19 и 20 лет разбили витрину магазина.")
    assert "19" not in found and "20 лет" not in found


def test_one_duration_before_a_verb_still_counts(nlp):
    found = claims_of(nlp, "Жители посёлка 12 лет ждали новую дорогу.")
    assert found["12 лет"] == (12, "year")


def test_time_after_a_focus_particle(nlp):
    found = claims_of(nlp, "Нападающий забил спустя всего две минуты после выхода на поле.")
    assert found == {}


# --- page furniture ----------------------------------------------------------

def test_widgets_side_by_side_are_furniture():
    text = "Главная новость дня.\nПросмотров: 1 204 | Подписывайтесь на нас"
    assert furniture_lines(text) == [(21, len(text))]


def test_a_sentence_with_a_bar_in_the_body_is_not_furniture():
    body = "Банк опубликовал отчёт за квартал, и аналитики долго спорили о его выводах в эфире.\n"
    assert furniture_lines(body + "Доход вырос на 5% | так сообщил банк") == []
