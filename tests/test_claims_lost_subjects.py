"""A change or level verb whose subject the parser hung elsewhere: the
fallback that walks left of the verb for an agreeing nominative
(subjects.agreeing_subject) must still reach it. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a source aside between the subject and its verb ---------------------------
# A long subject phrase and a source between commas ('по подсчётам риелторов')
# put the subject more than the walk's reach away; the aside says who reckons,
# so its words do not count against the reach.

@pytest.mark.parametrize("text, figure, head", [
    ("Средняя цена квадратного метра в новостройках областного центра, по данным "
     "аналитиков «Метриума», составляет 94 тыс. рублей, тогда как на вторичном рынке "
     "покупатели платят в среднем 71 тыс. рублей.", "94 тыс. рублей", "цена"),
    ("Средний размер арендной платы за однокомнатную квартиру в спальных районах города, "
     "по подсчётам риелторов, составляет 32 тыс. рублей, тогда как зарплату в 50 тыс. "
     "рублей работодатели предлагают редко.", "32 тыс. рублей", "размер"),
])
def test_a_source_aside_does_not_count_against_the_subjects_reach(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# an adjective between the preposition and the source noun ('по предварительной
# оценке', 'по нашим расчётам') still opens a source aside
@pytest.mark.parametrize("text, figure, head", [
    ("Доходы от международного туризма за два месяца, по предварительной оценке "
     "Национального банка Грузии, подскочили до $486 млн.", "$486 млн", "доход"),
    ("Поступления от экспорта зерна в первом полугодии, по нашим расчётам "
     "аналитического отдела биржи, выросли до 2,4 млрд долларов.", "2,4 млрд долларов", "поступление"),
])
def test_a_source_aside_with_an_adjective_is_stepped_over_too(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a period range between the subject and its verb ---------------------------
# 'за январь — июнь': the month after the dash is governed by 'за' too; it says
# when, and neither it nor the dash ends the walk back to the subject.

@pytest.mark.parametrize("text, figure, head", [
    ("Грузооборот морских портов за январь — июнь сократился на 5,4%, тогда как "
     "перевалка зерна выросла на 12%.", "5,4%", "грузооборот"),
    ("Продажи новых автомобилей за апрель – май упали на 18%, а спрос на подержанные "
     "машины вырос.", "18%", "продажа"),
    ("Выручка торговых сетей за июль — сентябрь снизилась на 4,2%, при этом из-за роста "
     "цен средний чек увеличился на 9%.", "4,2%", "выручка"),
])
def test_a_period_range_before_the_verb_is_no_subject_and_no_clause_edge(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a verb the tagger took for a noun --------------------------------------------
# The tagger may tag a change or level verb a noun ('проиндексируют', a participle
# 'превышавшая'); its lemma is still an infinitive, and no change or level noun of
# triggers.json ends like one, so the trigger is read as the verb it is and its
# subject is what the figure measures.

@pytest.mark.parametrize("text, figure, head", [
    ("Социальные пенсии неработающих граждан с 1 апреля 2027 года проиндексируют на 4,1%, "
     "следует из проекта закона.", "4,1%", "пенсия"),
    ("Государственные пособия многодетным семьям с 1 февраля проиндексируют на 5,3%, "
     "сообщили в министерстве.", "5,3%", "пособие"),
    ("Доля экспорта в выручке комбината, ещё в 2019 году превышавшая 60%, теперь не "
     "превышает трети.", "60%", "доля"),
    ("Доля кредитов в портфеле банка, в прошлом году превышавшая 40%, сейчас едва "
     "достигает четверти.", "40%", "доля"),
])
def test_a_verb_tagged_a_noun_still_has_its_subject(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a speaker lent to a participle ------------------------------------------------
# 'Как заявил директор ..., фонд оплаты труда ... увеличен на 6%': the parser may
# leave the participle no subject and lend it the speaker of the opening clause;
# whoever speaks is never what changes, so the fallback walks on to the noun that
# agrees with the participle.

@pytest.mark.parametrize("text, figure, head", [
    ("Как заявил директор по персоналу Игорь Сомов, фонд оплаты труда в 2024 году и так "
     "увеличен на 6%, а средняя зарплата на комбинате на 9% выше средней по области.", "6%", "фонд"),
    ("Как заявил вице-губернатор Сергей Лебедев, фонд капремонта в 2025 году и так увеличен "
     "на 15%, а сроки работ сокращены.", "15%", "фонд"),
])
def test_a_speaker_lent_to_a_participle_is_not_what_changes(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a verb after ', а' with no subject of its own -------------------------------
# 'а' contrasts the second verb's circumstance with the first's, not its
# subject: the verb shares the subject of the verb before, as after 'и'.

def test_a_verb_after_a_with_no_subject_shares_the_subject_before(nlp):
    text = ("Рынок в целом просел на 10–12%. Средняя цена метра в наших проектах почти не "
            "менялась – около 98 тыс. рублей, а в комфорт-классе даже опустилась на 2,5%.")
    assert metric_heads(nlp, text)["2,5%"] == "цена"


def test_a_verb_after_a_with_a_subject_of_its_own_keeps_it(nlp):
    text = "Смертность просела на 1,2%, а естественный прирост ушёл в плюс и составил 24 тыс."
    assert metric_heads(nlp, text)["1,2%"] == "смертность"


# --- a possessive the parser made the verb's object --------------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("На третьей строчке — драма «Тихий берег»: её сборы снизились на 41%, до 212 млн рублей.", "41%", "сбор"),
    ("Лидер рынка отчитался за квартал: его выручка сократилась на 7%.", "7%", "выручка"),
])
def test_a_possessive_before_its_noun_is_not_what_changes(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
