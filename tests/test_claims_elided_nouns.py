"""A figure that names only an adjective measures the noun of the parallel
figure before it ('девять студийных альбомов и три концертных').

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure


def metrics(nlp, text):
    return {c["figure"]["text"]: (c["metric"] or {}).get("text") for c in nlp(text)._.claims}


LEFT_OUT = [
    # the adjective sets the second figure apart; the noun is the first one's
    ("Театр показал восемь новых спектаклей и пять старых.",
     {"пять": "спектаклей"}),
    ("В городе построили пять новых школ и две старые отремонтировали.",
     {"две": "школ"}),
]


@pytest.mark.parametrize("text, expected", LEFT_OUT)
def test_an_adjective_stands_for_the_noun_before(nlp, text, expected):
    found = metrics(nlp, text)
    for figure, wanted in expected.items():
        assert found[figure] == wanted


def test_a_noun_made_of_an_adjective_keeps_its_own_metric(nlp):
    # 'котельных' is itself a noun: nothing is left out
    found = metrics(nlp, "Запущены сорок новых насосов и шесть котельных.")
    assert found["шесть"] == "котельных"


def test_a_count_with_its_own_verb_counts_the_people_before(nlp):
    # the second count did not grow: it is the people who got hurt
    found = claims_by_figure(nlp, "Число пострадавших выросло до 57 человек, еще около 20 получили ожоги.")
    assert found["20"]["metric"]["text"] == "человек"
    assert found["20"]["direction"] is None


def test_parts_measure_the_whole_named_first_with_iz(nlp):
    # the bracket's figure is the whole's size; the parts after it are of the whole
    found = claims_by_figure(nlp, "Из новых расходов (их общий объем — 900 млрд рублей) "
                           "300 млрд направят на школы, 200 млрд — на больницы.")
    assert found["300 млрд"]["metric"]["text"] == "новых расходов"
    assert found["200 млрд"]["metric"]["text"] == "новых расходов"


def test_a_source_put_first_does_not_hide_the_whole_named_with_iz(nlp):
    found = claims_by_figure(nlp, "Бюджет города на 2022 год составит 118,4 млрд тенге, что на 9,7% больше, "
                                  "чем в текущем году, сообщил аким. По словам градоначальника, из этой суммы "
                                  "около 31 млрд тенге направят на ремонт дорог, еще 12,6 млрд – на благоустройство дворов.")
    assert found["31 млрд тенге"]["metric"]["text"] == "этой суммы"
    assert found["12,6 млрд"]["metric"]["text"] == "этой суммы"


def test_a_weight_after_a_source_and_iz_measures_the_whole(nlp):
    found = claims_by_figure(nlp, "Добыча нефти в 2013 году достигла 81,8 млн тонн, сообщил министр. "
                                  "По его словам, из этого объема около 68 млн тонн было экспортировано.")
    assert found["68 млн тонн"]["metric"]["text"] == "этого объема"


def test_a_half_of_the_whole_named_with_iz_is_not_a_share_of_the_polled(nlp):
    # the share before ('на 8% больше') is no whole of the half: 'Из расходной части' is
    found = claims_by_figure(nlp, "Доходы фонда запланированы в объеме 612,4 млн гривен, что на 8% больше "
                                  "прошлогоднего, расходы — 640 млн. Из расходной части почти половина — "
                                  "298 млн гривен — пойдет на образование.")
    assert found["половина"]["metric"]["text"] == "расходной части"
    assert found["298 млн гривен"]["metric"]["text"] == "расходной части"


def test_a_place_after_iz_is_no_whole(nlp):
    found = claims_by_figure(nlp, "Из Москвы уехали 5 тысяч.")
    assert found["5 тысяч"]["metric"] is None


def test_the_rest_counts_what_the_share_before_measures(nlp):
    found = claims_by_figure(nlp, "Отопление получили 90% школ, оставшиеся пять подключат завтра.")
    assert found["пять"]["metric"]["text"] == "школ"


# --- a bare count in a clause of its own after a part opened by "в том числе" ------

def test_a_bare_count_after_a_part_counts_the_whole(nlp):
    # the story goes on about everyone taken to hospital, not about the children
    found = claims_by_figure(nlp, "Госпитализированы 131 человек, в том числе 48 детей; "
                                  "в тяжёлом состоянии находятся четверо.")
    assert found["четверо"]["metric"]["text"] == "человек"


def test_iz_nikh_in_the_next_sentence_after_a_part_takes_the_whole(nlp):
    found = claims_by_figure(nlp, "По данным полиции, задержаны 23 человека, в том числе трое "
                                  "несовершеннолетних. На 17 из них составлены протоколы.")
    assert found["17"]["metric"]["text"] == "человека"


def test_parts_in_a_row_keep_the_part_before(nlp):
    # no clause of its own: the second part stays with the first
    found = claims_by_figure(nlp, "Пострадали 40 человек, в том числе 12 детей и 5 подростков.")
    assert found["12"]["metric"]["text"] == "детей"


# --- a count that is a detail of another count's noun lends no noun ---------------

def test_a_bare_count_goes_on_about_the_athletes_not_their_countries(nlp):
    found = claims_by_figure(nlp, "На старт вышли 86 лыжников из 22 стран, до финиша не добрались пятеро.")
    assert found["пятеро"]["metric"]["head"] == "лыжник"


def test_a_comparison_passes_over_the_countries_the_runners_came_from(nlp):
    found = claims_by_figure(nlp, "На старт вышли более 9 тыс. бегунов из 40 регионов и 8 стран — "
                                  "на 1,5 тыс. больше, чем годом ранее.")
    assert found["1,5 тыс."]["metric"]["head"] == "бегун"


def test_a_sum_inside_a_count_phrase_is_no_detail_of_it(nlp):
    # the sum is in roubles, the buses are counted: the next sum still takes 'сумму'
    found = claims_by_figure(nlp, "В 2022 году парк получил 18 автобусов на сумму 410 млн рублей, "
                                  "а в 2023-м — ещё 12 на 290 млн.")
    assert found["290 млн"]["metric"]["head"] == "сумма"
