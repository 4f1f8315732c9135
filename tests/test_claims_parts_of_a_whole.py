"""Parts of a whole named before them: the part that makes up the base of a
whole ('Основу улова составила горбуша — N'), and a part a share verb gives
a figure to when the clause names no whole of its own ('на X пришлось N').
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- 'Основу X составила Y — N': the figure measures the whole X ---------------

@pytest.mark.parametrize("text, figure, whole", [
    ("Основу урожая в области составила пшеница — 2,4 млн тонн.", "2,4 млн тонн", "урожай"),
    ("Основу улова в этом году дала сельдь — 95 тыс. тонн, на минтай пришлось 40,2 тыс. тонн.",
     "95 тыс. тонн", "улов"),
])
def test_the_base_of_a_whole_measures_the_whole_not_the_part(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


def test_the_parts_after_the_base_measure_the_same_whole(nlp):
    heads = metric_heads(nlp, "Основу улова в этом году дала сельдь — 95 тыс. тонн, "
                              "на минтай пришлось 40,2 тыс. тонн, на треску — 12 тыс.")
    assert heads["40,2 тыс. тонн"] == heads["12 тыс."] == "улов"


# --- 'на X приходится N' with no whole named: the whole measured just before ----

@pytest.mark.parametrize("text, figure, whole", [
    ("Кредитный портфель банка — 96 млрд рублей, на ипотеку приходится 37%.", "37%", "портфель"),
    ("Розничный портфель банка вырос до 64 млрд рублей. На автокредиты, по словам председателя "
     "правления, сейчас приходится около 15%.", "15%", "портфель"),
    ("Положительное сальдо за год составило 3,1 млрд рублей. Из него на туризм пришлось 1,4 млрд рублей, "
     "на связь – 0,6 млрд.", "1,4 млрд рублей", "сальдо"),
    ("За сезон экспорт зерна составил 40 млн тонн. На Египет, по оценке отраслевого союза, "
     "приходится около 22%.", "22%", "экспорт"),
])
def test_a_part_with_no_whole_of_its_own_measures_the_whole_before(nlp, text, figure, whole):
    assert metric_heads(nlp, text)[figure] == whole


def test_a_count_given_to_each_part_keeps_its_own_noun(nlp):
    heads = metric_heads(nlp, "Число вакансий сократилось до 180 тыс., поэтому на одну вакансию "
                              "теперь приходится 2,4 резюме.")
    assert heads["2,4"] == "резюме"


def test_a_count_inside_the_part_is_not_the_whole_a_share_takes(nlp):
    heads = metric_heads(nlp, "На центр города приходится 40% продаж жилья, на остальные четыре района — около 60%.")
    assert heads["60%"] != "район"


# --- 'на них приходится N% и M% Y': two shares joined by 'и' name one whole ---

@pytest.mark.parametrize("text, first, second, whole", [
    ("Чаще всего жалуются на ЖКХ и транспорт: на них приходится 38% и 21% всех обращений соответственно.",
     "38%", "21%", "обращение"),
    ("Больше всего задолжали торговцы и строители: на них приходится 55% и 30% общей суммы долга соответственно.",
     "55%", "30%", "сумма"),
])
def test_the_first_of_two_joined_shares_takes_the_whole_named_after_the_second(nlp, text, first, second, whole):
    heads = metric_heads(nlp, text)
    assert heads[first] == heads[second] == whole


def test_a_share_joined_to_a_noun_of_its_own_keeps_that_noun(nlp):
    # the rule only fills a share with no noun: 'получат 50% и 30% скидку' shares the noun after both
    heads = metric_heads(nlp, "По итогам конкурса победители получат 50% и 30% скидку соответственно.")
    assert heads["50%"] == heads["30%"] == "скидка"


# --- 'из них N% составили X': the part after the verb is what the share measures ---

@pytest.mark.parametrize("text, figure, part", [
    # the parser makes 'человек' a second subject of 'составили'; the one after the verb is the clause's
    ("С начала года за помощью обратились 9,2 тыс. человек, из них почти 45% составили дети в возрасте до 14 лет.",
     "45%", "ребёнок"),
    ("В регионе зарегистрировано 8 тыс. безработных, из них около 30% составляют выпускники вузов.",
     "30%", "выпускник"),
])
def test_a_share_with_its_subject_after_the_verb_measures_that_subject(nlp, text, figure, part):
    assert metric_heads(nlp, text)[figure] == part


def test_a_count_before_the_verb_keeps_its_noun_after_it(nlp):
    # 'составили 401,6 тыс. человек': the noun after the figure is the count's, no later subject
    heads = metric_heads(nlp, "Город посетили 1,2 млн человек. Из них туристы, то есть гости с ночёвкой, "
                              "составили 401,6 тыс. человек (+71%).")
    assert heads["401,6 тыс."] == heads["71%"] == "турист"
