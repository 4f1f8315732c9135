"""Reading numbers: written-out and digit forms -> their values.

Pure functions, no models: `parse_number(text)` reads the number at the
start of `text` the way the claims component does.
"""
import math

import pytest

from pipeline.claims.numbers import parse_digits, parse_number

THIRD = 1 / 3

WRITTEN_AND_DIGITS = [
    # digits, separators, decimal commas, signs
    ("10", 10), ("0", 0), ("7", 7), ("428", 428), ("2007", 2007),
    ("3,3", 3.3), ("0,7", 0.7), ("18,3", 18.3), ("52,1", 52.1), ("1.5", 1.5),
    ("1 200", 1200), ("12 000", 12000), ("140 000", 140000), ("5 171 666", 5171666),
    ("12\u00a0000", 12000), ("1\u202f500", 1500), ("1.200.000", 1200000),
    ("−3,5", -3.5), ("-2", -2), ("+5", 5),
    # scale words and abbreviations
    ("3,3 млрд", 3.3e9), ("100 млн", 1e8), ("1,5 тыс.", 1500), ("10 тыс", 10000),
    ("2 трлн", 2e12), ("5 тысяч", 5000), ("49 тысяч", 49000), ("370 тысяч", 370000),
    ("2 миллиарда", 2e9), ("1,5 миллионов", 1.5e6), ("500 млн.", 5e8),
    ("3 миллионов", 3e6), ("714 млн", 7.14e8),
    # units 1-9 in several cases and genders
    ("один", 1), ("одна", 1), ("одно", 1), ("одного", 1), ("одной", 1), ("одному", 1),
    ("одну", 1), ("одним", 1), ("одном", 1),
    ("два", 2), ("две", 2), ("двух", 2), ("двум", 2), ("двумя", 2),
    ("три", 3), ("трёх", 3), ("трех", 3), ("трём", 3), ("тремя", 3),
    ("четыре", 4), ("четырёх", 4), ("четырьмя", 4),
    ("пять", 5), ("пяти", 5), ("пятью", 5), ("шесть", 6), ("шести", 6),
    ("семь", 7), ("семи", 7), ("восемь", 8), ("восьми", 8), ("девять", 9), ("девятью", 9),
    # teens, tens, hundreds
    ("десять", 10), ("десяти", 10), ("одиннадцать", 11), ("двенадцати", 12),
    ("пятнадцать", 15), ("девятнадцати", 19), ("двадцать", 20), ("тридцати", 30),
    ("сорок", 40), ("сорока", 40), ("пятьдесят", 50), ("шестидесяти", 60),
    ("девяносто", 90), ("девяноста", 90), ("сто", 100), ("ста", 100),
    ("двести", 200), ("двухсот", 200), ("трёхсот", 300), ("пятьсот", 500),
    ("шестисот", 600), ("восьмисот", 800), ("девятьсот", 900),
    # compositions
    ("двадцати трёх", 23), ("двадцать один", 21), ("тридцать пять", 35),
    ("сто двадцать", 120), ("ста сорока семи", 147), ("двести тридцать пять тысяч сто", 235100),
    ("трёх тысяч пятисот", 3500), ("двух миллионов", 2e6), ("десяти миллиардов", 1e10),
    ("двадцати миллиардов", 2e10), ("пяти тысяч", 5000), ("двух тысяч", 2000),
    # полтора and halves
    ("полтора", 1.5), ("полторы", 1.5), ("полутора", 1.5), ("полтораста", 150),
    ("полторы тысячи", 1500), ("полутора миллионов", 1.5e6), ("полмиллиона", 5e5),
    ("два с половиной", 2.5),
    # collective numerals
    ("двое", 2), ("троих", 3), ("четверо", 4), ("пятеро", 5), ("шестеро", 6), ("семеро", 7),
    # fractions
    ("треть", THIRD), ("трети", THIRD), ("половина", 0.5), ("половины", 0.5),
    ("четверть", 0.25), ("две трети", 2 / 3), ("три четверти", 0.75), ("трёх четвертей", 0.75),
    ("каждый третий", THIRD), ("каждая пятая", 0.2),
    # multiplicatives
    ("вдвое", 2), ("втрое", 3), ("вчетверо", 4), ("впятеро", 5), ("вдесятеро", 10),
    ("двукратный", 2), ("трёхкратного", 3),
    # singular scale and group nouns
    ("тысяча", 1000), ("миллион", 1e6), ("триллиона", 1e12), ("десятка", 10), ("дюжину", 12),
    # a bare scale noun with its remainder in words after it
    ("тысяча восемьсот", 1800), ("тысячи двухсот", 1200), ("тысячу пятьсот сорок", 1540),
    ("миллион двести тысяч", 1.2e6),
    # a range in one token, a case ending spelled out
    ("5–7", 5), ("2-3", 2), ("5-ти", 5), ("3-х", 3), ("13-ю", 13),
]


@pytest.mark.parametrize("text, value", WRITTEN_AND_DIGITS)
def test_number_value(text, value):
    number = parse_number(text)
    assert number is not None, text
    assert math.isclose(number.value, value, rel_tol=1e-9, abs_tol=1e-12), (text, number)


def test_the_table_is_large():
    assert len(WRITTEN_AND_DIGITS) >= 100


@pytest.mark.parametrize("text, low, high", [
    ("5–7", 5, 7), ("10-15", 10, 15), ("2-3 млн", 2e6, 3e6), ("4-5", 4, 5),
])
def test_range_in_one_token(text, low, high):
    number = parse_number(text)
    assert (number.value, number.value_max) == (low, high)


@pytest.mark.parametrize("text, words_read", [
    ("двадцати трёх человек", 2),     # the noun is not part of the number
    ("пять двадцать", 1),             # "пять" cannot be followed by "двадцать"
    ("3,3 млрд долларов", 2),
    ("1,5 тыс. км", 3),               # razdel cuts the dot of "тыс." off
    ("500 млн. евро", 3),
    ("10 млн. Потом", 2),             # a sentence-final dot stays outside
    ("12 000 рублей", 2),
    ("тысяча восемьсот человек", 2),   # the remainder after a bare "тысяча" is read with it
    ("тысяча пять", 1),               # units alone after it are not its remainder
])
def test_how_many_words_a_number_takes(text, words_read):
    number = parse_number(text)
    assert number.end - number.start == words_read


@pytest.mark.parametrize("text", [
    "тысячи людей",      # vague plural, not a thousand
    "тысячи три года",   # a rough three thousand said in inverted order
    "десятки",           # vague
    "одни",              # "some"
    "Су-27", "2-й", "57-летний", "word", "",
])
def test_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, value", [
    ("10", 10.0), ("3,3", 3.3), ("-2.5", -2.5), ("1.200.000", 1200000.0), ("abc", None), ("3,3,3", None),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == value
