"""Shapes of economy wire reports: a market day's losers listed by quoted
company names, a clock time between a subject and its verb, a change in a
bracket after the figure it changes.

Sentences written for these tests (not from any corpus).
"""
import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def test_changes_after_quoted_names_measure_the_noun_before_the_names(nlp):
    found = claims_by_figure(nlp, "Сильнее рынка упали бумаги «Северного порта» (-2,7%), «Южной энергии» (-1,9%) "
                                  "и «Заречного банка» (-1,2%).")
    for figure in ("2,7%", "1,9%", "1,2%"):
        assert found[figure]["metric"]["head"] == "бумага"
        assert found[figure]["direction"] == "decrease"
    # the names after the first leave the noun out; each is its figure's qualifier
    assert [q["text"] for q in found["1,9%"]["qualifiers"]] == ["Южной энергии"]
    assert [q["text"] for q in found["1,2%"]["qualifiers"]] == ["Заречного банка"]


def test_a_clock_time_does_not_cut_the_subject_off_its_verb(nlp):
    found = claims_by_figure(nlp, "Индекс может опуститься до 2 100 пунктов. "
                                  "Золото на 18:30 мск дорожало на 0,6%, до 1 950 долларов за унцию.")
    assert found["0,6%"]["metric"]["head"] == "золото"
    assert found["1 950 долларов"]["metric"]["head"] == "золото"


def test_a_signed_change_after_a_count_in_one_bracket_changes_that_count(nlp):
    found = claims_by_figure(nlp, "Продажи автобусов в мае сократились на 6% — до 25,3 тыс. штук, а доля "
                                  "импорта выросла до 22%. На втором месте — «Волжанин» (4,1 тыс., +3%), "
                                  "на третьем — «Урал» (3,2 тыс., -2%).")
    assert found["3%"]["metric"]["head"] == "продажа"
    assert found["2%"]["metric"]["head"] == "продажа"
    assert found["2%"]["direction"] == "decrease"


def test_the_scale_word_of_another_number_is_no_metric(nlp):
    found = claims_by_figure(nlp, "Вторым стал «Волжанин» (4,1 тыс.), третьим — «Урал» (3,2 тыс.).")
    metric = found["3,2 тыс."]["metric"]
    assert metric is None or metric["head"] != "тыс"


def test_a_change_after_plus_in_a_bracket_changes_the_figure_before(nlp):
    found = claims_by_figure(nlp, "Выручка выросла на 5%, операционная прибыль — 12,4 млрд рублей (плюс 7,2%).")
    assert found["7,2%"]["metric"]["head"] == "прибыль"
    assert found["7,2%"]["direction"] == "increase"
