"""Business-daily wording: valuation multiples written with a glued 'x'
after the ratio's Latin name, and prices quoted per unit of the goods.

Each test is an example of use on a sentence written for it.
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, figures_of, metric_heads


def test_a_multiple_after_a_latin_ratio_name_is_a_claim(nlp):
    text = "Покупатель оценил сеть аптек по мультипликатору EV/EBITDA 4,8x."
    claim = claims_by_figure(nlp, text)["4,8x"]
    assert claim["unit"] == "times"
    assert claim["value"] == 4.8


def test_the_russian_noun_beside_the_ratio_name_heads_the_metric(nlp):
    text = "Покупатель оценил сеть аптек по мультипликатору EV/EBITDA 4,8x."
    assert metric_heads(nlp, text)["4,8x"] == "мультипликатор"


def test_a_standard_revision_after_an_acronym_is_still_no_claim(nlp):
    text = "Ноутбук получил порты HDMI 2 и USB 3."
    assert claims_by_figure(nlp, text) == {}


def test_a_change_in_brackets_after_a_price_per_unit_measures_the_price(nlp):
    text = "Средняя стоимость аренды составила 2 300 рублей за метр (+6% за год)."
    assert metric_heads(nlp, text)["6%"] == "стоимость"


def test_a_conversion_in_brackets_after_a_price_per_unit_measures_the_goods(nlp):
    text = "Экспортеры продают подсолнечник по 41 000 рублей за тонну (около $450)."
    heads = metric_heads(nlp, text)
    assert heads["$450"] != "тонна"
    assert heads["$450"] == heads["41 000 рублей"]


def test_exabytes_are_a_measure_read_into_the_figure(nlp):
    text = "Облачный трафик оператора вырос до 2,7 эксабайта."
    assert figures_of(nlp, text) == {"2,7 эксабайта": "other"}


def test_a_start_written_after_the_target_without_its_unit_joins_the_change(nlp):
    text = "Операционная прибыль выросла до 54 млрд рублей с 41,2 млрд годом ранее."
    claims = claims_by_figure(nlp, text)
    assert list(claims) == ["54 млрд рублей"]
    assert claims["54 млрд рублей"]["value_from"] == 41.2e9


def test_a_count_after_the_target_with_its_own_noun_stays_apart(nlp):
    text = "Компания сократила долг до 9 млрд рублей, а штат — с 3 тыс. сотрудников до 2,5 тыс."
    assert claims_by_figure(nlp, text)["9 млрд рублей"]["value_from"] is None
