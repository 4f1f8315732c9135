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


def test_a_share_that_answered_is_of_the_people_named_in_the_sentence(nlp):
    found = claims_by_figure(nlp, "Главными проблемами горожане назвали дороги (так ответили 62%).")
    assert found["62%"]["metric"]["text"] == "горожане"


def test_a_share_of_a_group_picked_out_by_sredi(nlp):
    found = claims_by_figure(nlp, "Среди граждан старше 55 лет за ходом выборов следят 58%.")
    assert found["58%"]["metric"]["text"] == "граждан"


def test_a_share_that_knows_is_of_the_polled_named_in_the_sentence_before(nlp):
    found = claims_by_figure(nlp, "Средняя сумма, которую опрошенные готовы доверить одному банку, "
                                  "составила 280 тысяч рублей. Лишь 12 процентов знают, что вклады застрахованы.")
    assert found["12 процентов"]["metric"]["text"] == "опрошенные"


def test_a_share_of_a_thing_takes_no_people_from_before(nlp):
    # 'приходится' is no verb of answering: the share is of a thing, not of the workers named
    found = claims_by_figure(nlp, "Рабочие завода выпустили партию труб. На экспорт приходится 40%.")
    assert found["40%"]["metric"] is None or found["40%"]["metric"]["head"] != "рабочий"


def test_answers_after_dashes_in_place_of_the_object_are_shares_of_the_polled(nlp):
    # 'пробки', 'работу ЖКХ' stand where 'дороги', the object of 'называют', stood
    found = claims_by_figure(nlp, "По данным опроса, 43% горожан главной проблемой называют дороги, "
                                  "31% — пробки, ещё 18% — работу ЖКХ.")
    assert [found[f]["metric"]["head"] for f in ("43%", "31%", "18%")] == ["горожанин"] * 3


def test_an_answer_in_place_of_the_object_of_an_infinitive(nlp):
    found = claims_by_figure(nlp, "45% опрошенных мужчин собираются поздравить с праздником жену или подругу, 58% — мать.")
    assert found["58%"]["metric"]["head"] == "мужчина"

