"""A clause that names its own subject before the change verb measures that
subject, not the metric of the clause or sentence before it, whatever the
parser hangs the subject on. One class per section. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a subject the parser hung on the verb of the clause before ---------------

@pytest.mark.parametrize("text, figure, head", [
    ("Долг холдинга на конец года сократился на 9%, до 310 млрд руб., "
     "а отношение чистый долг/EBITDA опустилось до 2,1х с 2,6х.", "2,1х", "отношение"),
    ("Выручка группы за год выросла на 8%, до 95 млрд руб., "
     "при этом соотношение долг/OIBDA снизилось до 1,8х с 2,2х.", "1,8х", "соотношение"),
])
def test_a_subject_after_the_comma_belongs_to_the_verb_after_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- a noun of the clause before is no object of the change verb ---------------

@pytest.mark.parametrize("text, figure, head", [
    ("Дорожники намерены заменить 1,2 тыс. старых светофоров, "
     "а длина велодорожек прибавит 18 км и достигнет 96 км.", "18 км", "длина"),
    ("Компания намерена закрыть 1,5 тыс. убыточных точек, "
     "а выручка онлайн-магазина прибавит 12 млрд рублей.", "12 млрд рублей", "выручка"),
    ("Мэрия планирует снести 2,1 тыс. ветхих гаражей, а площадь новых дворов прибавит 9 га.",
     "9 га", "площадь"),
])
def test_the_verbs_own_subject_outranks_a_noun_before_the_comma(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- verbs joined by 'и' after a semicolon share the subject after it ----------

@pytest.mark.parametrize("text, figure, head", [
    ("Выручка выросла на 11%; доля онлайн-продаж в выручке увеличилась "
     "на 3 процентных пункта и достигла 27%.", "27%", "доля"),
    ("Продажи упали на 2%; число покупателей за квартал выросло на 5% и достигло 1,4 млн.",
     "1,4 млн", "число"),
])
def test_the_second_verb_takes_the_subject_of_its_own_clause(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- the last month of a range under 'за' is no subject ------------------------

@pytest.mark.parametrize("text, figure, head", [
    ("Экспорт зерна за июль – ноябрь прибавил 15% и составил 22 млн тонн.", "15%", "экспорт"),
    ("Урожай вырос на 4%. Вывоз леса за февраль – июнь упал на 11%.", "11%", "вывоз"),
])
def test_a_month_ending_a_range_leaves_the_subject_to_the_noun_before(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head
