"""The metric of a figure where the subject of a level or
change verb, a quantity noun or a share's recipient hides from the parse.

Sentences written for these tests (not from any corpus); each maps a
figure's text to the head lemma of its metric (None: no metric).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


SENTENCES = [
    # an 'и' joining two nouns before a colon does not join the verb after
    # the colon to the verb before it: the verb keeps its own subject (the
    # parse that hangs the 'и' on the later verb varies with the words)
    ("Тормозят стройку дефицит кадров и дорогие кредиты: цена кирпича за полгода выросла на 11%, а спрос упал.",
     {"11%": "цена"}),
    # ... while a clock time's colon does not part two joined verbs
    ("Уровень реки за ночь поднялся на 40 см и к 6:00 вторника достиг 7,5 м, сообщили спасатели.",
     {"7,5 м": "уровень"}),
    # an interview's question label before a colon is no subject
    ("«РБ»: Акции эмитента с марта подешевели почти на треть.\nБ. Орлов: Рынок нервный.",
     {"треть": "акция"}),
    # a modal verb joined by 'и' shares the subject of the verb before it
    ("Рынок растёт быстрее экономики и к 2029 году может превысить 300 млрд рублей.",
     {"300 млрд рублей": "рынок"}),
    ("Выручка сети падает второй год и в 2027 году может опуститься до 40 млрд рублей.",
     {"40 млрд рублей": "выручка"}),
    # 'разница' names a quantity, like 'доля' or 'стоимость'
    ("Разница в 1,2 процентного пункта — это плата за то, что вкладчик приносит сбережения к нам.",
     {"1,2 процентного пункта": "разница"}),
    # the group a share goes to may be counted by a number of its own
    ("На пять крупнейших сетей приходится 44% продаж отрасли.",
     {"пять": "сеть", "44%": "продажа"}),
    # a count with a preposition of its own counts its noun, not the quantity
    # noun before the preposition; a bound like 'около' is no such preposition
    ("Ставка у нас 12% годовых, средний уровень у пяти крупнейших банков — около 11,5%.",
     {"пяти": "банк"}),
    ("Город с населением около 45 тысяч человек получит новую больницу.",
     {"45 тысяч": "население"}),
    # a fronted genitive is what a bounded count counts
    ("Новых станций построят не больше четырёх, остальные отремонтируют.",
     {"четырёх": "станция"}),
    # a clause with no verb that opens with a bare genitive plural counts it,
    # past a source between commas, wherever the parser hangs the figure
    ("Число корпоративных абонентов выросло на 5 тыс., до 60 тыс. Частных пользователей мобильной связи, "
     "по оценке регулятора, уже около 20 млн, причём каждый третий платит больше 500 рублей.",
     {"20 млн": "пользователь"}),
    # a span of time measures only a quantity of time; after another quantity
    # noun it marks which part is meant (a claim with no metric)
    ("Около 4% абонентов имеют задолженность дольше двух месяцев.",
     {"двух месяцев": None}),
    ("Банк выдаёт рассрочку на срок до 12 месяцев.",
     {"12 месяцев": "срок"}),
    # a frame's change noun is how something moves; what moves is its genitive
    ("«По итогам года рост промышленности будет в диапазоне 3–3,5%», — заявил министр.",
     {"3–3,5%": "промышленность"}),
    ("Инфляция по итогам года будет в диапазоне 4–4,5%.",
     {"4–4,5%": "инфляция"}),
    # ... also where the frame is the predicate of a clause under another verb
    ("«Мы рассчитываем, что по итогам года рост промышленности будет в диапазоне 3–3,5%», — заявил министр.",
     {"3–3,5%": "промышленность"}),
    # a form the tagger reads as a genitive singular may be the nominative
    # plural subject ('выдачи' of 'выдача')
    ("Главной причиной спада эксперты называют подорожание ипотеки: выдачи льготных кредитов за год "
     "сократились почти на треть.",
     {"треть": "выдача"}),
    # a quantity noun is not what a count measures across a comma
    ("Сейчас в работе 12 проектов общей стоимостью около 90 млрд, они должны создать более 2 300 рабочих мест.",
     {"2 300": "место"}),
    # two clauses joined by 'а' keep their own subjects, whichever way the parser swaps them
    ("Доходы санаториев области превысили 5 млрд рублей, а налоговые поступления от курортной отрасли "
     "выросли в 1,2 раза.",
     {"5 млрд рублей": "доход", "1,2 раза": "поступление"}),
    # a figure after a dash gives the value of what the verb's subject is judged to be
    ("Загрузка вагонов (коэффициент заполнения) осталась высокой — 81,4%, хотя и снизилась на 1,2 п. п.",
     {"81,4%": "загрузка"}),
    # ... unless the figure counts a noun of its own
    ("Выставка оказалась успешной — 240 тыс. посетителей за месяц.",
     {"240 тыс.": "посетитель"}),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_metric_head_hidden_from_the_parse(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, (figure, heads)


def test_count_does_not_reach_into_the_next_sentence(nlp):
    # after the abbreviation's dot a capitalised word opens the next sentence,
    # even where the splitter keeps the two together; a counted noun is
    # written in lower case ('Продано 40 тыс. автомобилей')
    heads = metric_heads(nlp, "Сейчас их 1 млн 150 тыс. Новых салонов откроем не больше шести.")
    assert heads.get("1 млн 150 тыс.") != "салон"
    assert metric_heads(nlp, "Продано 40 тыс. автомобилей.")["40 тыс."] == "автомобиль"
