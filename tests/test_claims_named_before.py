"""A bare figure whose counted noun or measure was named before it: in the
figure of the same unit before it in the paragraph, or in a heading before a
colon ('по числу X:'). Every sentence here is written for these tests, not
taken from a corpus."""
import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


def test_a_bare_count_counts_the_noun_of_the_count_before(nlp):
    claims = claims_by_figure(nlp, "Фабрика может шить до 40 тысяч курток в год. Пока она шьёт около двадцати тысяч.")
    assert metric_head(claims["двадцати тысяч"]) == "куртка"


def test_a_bare_measure_measures_what_the_figure_before_measured(nlp):
    claims = claims_by_figure(nlp, "Экспорт угля из области вырос до 12 млн тонн. "
                                   "По данным таможни, на Китай пришлось 7,5 млн тонн, на Индию — 2,1 млн.")
    assert metric_head(claims["7,5 млн тонн"]) == "экспорт"
    assert metric_head(claims["2,1 млн"]) == "экспорт"


def test_a_heading_names_what_the_items_after_its_colon_count(nlp):
    claims = claims_by_figure(nlp, "Лидеры по числу выданных виз: Испания (около 40 тыс.), Италия (25 тыс.).")
    assert metric_head(claims["40 тыс."]) == "виза"
    assert metric_head(claims["25 тыс."]) == "виза"

