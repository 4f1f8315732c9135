"""Copy of a regional TV channel's website: spoken sentences, numbers written
in words, units and currencies named once and left out after. One class per
test. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure


# --- a dozen or a ten named as what a price is for ------------------------------

@pytest.mark.parametrize("text, price", [
    ("На рынке десяток яиц обойдётся в семьдесят два рубля.", "семьдесят два рубля"),
    ("Десяток пирожков стоит сто двадцать рублей.", "сто двадцать рублей"),
])
def test_a_ten_priced_in_words_is_a_unit_of_sale(nlp, text, price):
    claims = claims_by_figure(nlp, text)
    assert price in claims
    assert not any("есяток" in figure for figure in claims)


# --- a part 'из них' of money named before is money -----------------------------

def test_a_sum_taken_from_money_named_before_is_in_roubles(nlp):
    claims = claims_by_figure(nlp, "Недостачу нашли на 5,2 млн рублей. Кассир брал деньги из сейфа, "
                                   "около 3 млн из них он проиграл в казино, еще 900 тыс. – потратил на машину.")
    assert claims["3 млн"]["unit"] == "rub"
    assert claims["3 млн"]["metric"]["head"] == "деньга"
    assert claims["900 тыс."]["unit"] == "rub"


def test_a_part_of_counted_people_stays_a_count(nlp):
    claims = claims_by_figure(nlp, "Бюджет программы — 5 млрд рублей. Пособия получили 2 млн семей, "
                                   "1,2 млн из них — многодетные.")
    assert claims["1,2 млн"]["unit"] == "count"


# --- a clause with no subject of its own goes on about the money named before ----

def test_an_amount_after_a_pay_noun_earlier_in_the_sentence_is_money(nlp):
    claims = claims_by_figure(nlp, "Пенсия у отца за пять лет выросла, сейчас выходит около двадцати тысяч.")
    assert claims["двадцати тысяч"]["unit"] == "rub"


def test_what_a_sum_comes_out_at_is_the_subject_of_vykhodit(nlp):
    claims = claims_by_figure(nlp, "Стипендия за год подросла, теперь выходит почти шесть тысяч.")
    assert claims["шесть тысяч"]["unit"] == "rub"
    assert claims["шесть тысяч"]["metric"]["head"] == "стипендия"


# --- a bare change or level takes the unit of the figure before -------------------

@pytest.mark.parametrize("text, figure, unit", [
    ("Посевы рапса заняли восемьдесят тысяч гектаров, на двенадцать тысяч больше, чем год назад.",
     "двенадцать тысяч", "ha"),
    ("Надой составил шесть тысяч литров на корову, а пять лет назад едва доходил до четырёх тысяч.",
     "четырёх тысяч", "l"),
])
def test_a_bare_number_after_na_or_do_is_in_the_unit_of_the_figure_before(nlp, text, figure, unit):
    assert claims_by_figure(nlp, text)[figure]["unit"] == unit
