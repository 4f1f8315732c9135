"""Figures in real news copy: car plates in incident reports, and debts and
prices in multiples of EBITDA in the business press.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, figures_of


# --- car plates are identifiers ----------------------------------------------

def test_the_numbers_of_a_car_plate_are_no_claims(nlp):
    text = "Водитель Lada Granta (госномер А 123 ВС 54) не справился с управлением."
    assert figures_of(nlp, text) == {}


def test_a_plate_whose_letters_read_as_a_unit_is_still_no_claim(nlp):
    # "ММ" in capitals is the plate's letters, not millimetres
    assert figures_of(nlp, "Машину с номером К 777 ММ 77 задержали на трассе.") == {}


def test_capital_letters_after_a_count_without_a_plate_shape_keep_the_count(nlp):
    assert figures_of(nlp, "Завод выпустил 120 ВС за год.") == {"120": "count"}


# --- multiples of EBITDA --------------------------------------------------------

def test_a_debt_in_multiples_of_ebitda_is_a_ratio_and_so_is_the_figure_set_against_it(nlp):
    claims = claims_by_figure(nlp, "Долговая нагрузка холдинга на конец года составила 3,4 EBITDA против 2,8 годом ранее.")
    assert {figure: claim["unit"] for figure, claim in claims.items()} == {"3,4": "times", "2,8": "times"}
    # the level of a ratio, not the ratio of a change
    assert claims["3,4"]["change"] is None


def test_a_price_in_annual_ebitda_is_a_ratio(nlp):
    assert figures_of(nlp, "Аналитики оценивают сделку в 7–8 EBITDA.") == {"7–8": "times"}
    assert figures_of(nlp, "Покупатель заплатил около 6,5 годовых EBITDA.") == {"6,5": "times"}


def test_a_number_measuring_a_ratio_noun_is_in_times(nlp):
    claims = claims_by_figure(nlp, "Отношение чистого долга к EBITDA выросло с 1,9 до 2,4.")
    assert claims["2,4"]["unit"] == "times"
    assert claims["2,4"]["change"] == "to"
    assert figures_of(nlp, "Соотношение чистого долга и EBITDA не превышает 2,5.") == {"2,5": "times"}


def test_ebitda_in_money_stays_money(nlp):
    assert figures_of(nlp, "EBITDA составила 12 млрд рублей.") == {"12 млрд рублей": "rub"}



def test_uzbek_sums_and_gigacalories_are_units(nlp):
    claims = claims_by_figure(nlp, "Пенсия в Ташкенте выросла до 640 тыс. сумов, а выработка тепла составила 3,1 млн Гкал.")
    assert claims["640 тыс. сумов"]["unit"] == "other_currency"
    assert claims["3,1 млн Гкал"]["unit"] == "other"
