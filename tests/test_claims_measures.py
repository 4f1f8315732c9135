"""The metric of a figure that is the value of a level or change verb, or of
a measure noun that governs it (docs/CLAIMS.md: "Count as the value of a
change or level verb: the metric is the verb's subject that names the
quantity"; the metric names what is measured).

Sentences written for these tests, not taken from any corpus.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


# sentence -> {figure text: metric head lemma}
SENTENCES = [
    # a level verb joined by 'и' to a change verb shares its subject; the
    # counted noun after the count is not what is measured
    ("Численность читателей библиотеки за год увеличилась на 12% и достигла 8,4 тыс. человек.",
     {"8,4 тыс.": "численность"}),
    # of two subjects the parser gives a verb, the one agreeing with it is its own
    ("Средняя цена билета в театрах, собирающих самый большой зал, опустилась до 900 рублей.",
     {"900 рублей": "цена"}),
    # a quantity noun as the subject of a change verb ('поголовье' tagged as a name)
    ("Поголовье овец в хозяйствах района, по данным управления, сократилось на 3% — до 41 тысячи голов.",
     {"41 тысячи": "поголовье"}),
    # a quantity noun the tagger takes for a surname after a speaker label
    ("А. Смирнов: Надой на одну козу впервые превысил 900 килограммов.",
     {"900 килограммов": "надой"}),
    # a measure noun right before the figure names it, also after a preposition
    ("Спутник пролетит на расстоянии около 400 км от станции.",
     {"400 км": "расстояние"}),
    # a verb of costing, starting at or capping: the figure is its subject's value
    ("Стоимость билета на концерт начинается от 2500 рублей.",
     {"2500 рублей": "стоимость"}),
    ("Размер компенсации, как уточнили в фонде, ограничен 300 тыс. рублей на одну семью.",
     {"300 тыс. рублей": "размер"}),
    # a duration that a thing is planned for measures that thing
    ("Договор аренды рассчитан на пять лет.",
     {"пять лет": "договор"}),
    # a range word only frames the figure: what the verb keeps in that range is measured
    ("Аналитики банка сохраняют прогноз на следующий год в диапазоне 6–7%.",
     {"6–7%": "прогноз"}),
    # 'было' + a count: the genitive plural before it is counted, not a noun inside it
    ("Всего участников из девяти городов было около 12 тысяч.",
     {"12 тысяч": "участник"}),
    # weather verbs and nouns of change: the figure is the value of what warms or strengthens
    ("Ночью воздух остыл до −18 градусов.",
     {"−18 градусов": "воздух"}),
    ("Синоптики обещают усиление южного ветра до 17 м/с.",
     {"17 м/с": "ветер"}),
    # a dash in place of a verb with its preposition: the quantity noun before the dash
    ("Длина моста оценивается в 800 метров, а вес — примерно в 40 тысяч тонн.",
     {"40 тысяч тонн": "вес"}),
    ("Средняя цена дома площадью 120 кв. м в пригороде сейчас — около 9 млн рублей.",
     {"9 млн рублей": "цена"}),
    ("Ставка по льготному кредиту — от 2 до 6% годовых.",
     {"2 до 6%": "ставка"}),
    # a clause with no verb: the quantity noun in the nominative is its subject
    ("Цены на гречку в сетях сейчас около 95 рублей за килограмм.",
     {"95 рублей": "цена"}),
    # a time noun that governs its figure is a measure, not the claim's period
    ("Маяк вспыхивает с периодом 4,5 секунды.",
     {"4,5 секунды": "период"}),
    # a measure noun with its own preposition right before the figure names it,
    # though the parser hangs the figure on the clause's change verb
    ("При себестоимости 40 тысяч рублей прибыль фермеров снизилась.",
     {"40 тысяч рублей": "себестоимость"}),
    ("Вода в реке поднялась до 7,8 м при опасной отметке 8,2 м, сообщили спасатели.",
     {"8,2 м": "отметка"}),
    # 'на сумму' after a noun counted by a figure of its own: the sum is what is measured;
    # after any other noun that noun is (NOTES.md lists the sets' two readings)
    ("За неделю магазины продали 2 тысячи велосипедов на общую сумму 30 млн рублей.",
     {"30 млн рублей": "сумма"}),
    ("Банк выдал заводу кредит на сумму 5 млрд рублей.",
     {"5 млрд рублей": "кредит"}),
    # a 'на' phrase before the verb says where the fines went, no purpose of the total
    ("За год на комбинат было наложено 17 штрафов на общую сумму 2,3 млн рублей.",
     {"2,3 млн рублей": "сумма"}),
    # with no count the uncounted noun before the frame stays the metric
    ("Владельцам киосков выписаны штрафы на общую сумму 720 тыс. рублей.",
     {"720 тыс. рублей": "штраф"}),
    # 'на общую сумму' names a total: the total is measured, counted things or not,
    # unless it adds up payments; a payment inside a genitive phrase adds up nothing
    ("Вор вскрыл девять гаражей и похитил инструменты и автозапчасти на общую сумму около 600 тыс. рублей.",
     {"600 тыс. рублей": "сумма"}),
    ("В суды направлено 46 исков о взыскании зарплаты на общую сумму 9,8 млн рублей.",
     {"9,8 млн рублей": "сумма"}),
    ("Общество выплатило семьям погибших компенсации на общую сумму 47 тыс. рублей.",
     {"47 тыс. рублей": "компенсация"}),
    # a verb of amount with its subject in the genitive ('снега выпало')
    ("За ночь в горах снега выпало ещё больше — до 30 см.",
     {"30 см": "снег"}),
    ("Дождей выпадет немного, до 5 мм.",
     {"5 мм": "дождь"}),
    # 'на уровне': what stands at the level, also with 'был' and after the second of two verbs
    ("Месяцем ранее индекс был на уровне 0,45%.",
     {"0,45%": "индекс"}),
    ("Мы планируем увеличить экспорт на 7% и удержать расходы на уровне 15% выручки.",
     {"15%": "расход"}),
    ("На ближайшие три года мы ставим перед собой задачу довести экспорт зерна до уровня 60 млн тонн.",
     {"60 млн тонн": "экспорт"}),
    # two clauses, each with its own subject: a verb's subject agrees with it in gender
    ("Средняя стоимость тонны зерна, по оценке аналитиков, составила 14 тысяч рублей, "
     "а экспортный сбор в отдельные недели доходил до 3 тысяч рублей.",
     {"14 тысяч рублей": "стоимость", "3 тысяч рублей": "сбор"}),
    # a noun after 'а' is the subject of the next clause, not of the verb before it
    ("Доходы гостиниц края превысили 9 млрд рублей, а налоговые сборы от туристов выросли в 1,2 раза.",
     {"9 млрд рублей": "доход"}),
    # a level verb whose subject the parser hung on another clause: the noun
    # that agrees with it, for a tonnage as for a share; a person never holds it
    ("На побережье работают 40 рыбных заводов, из них 8 открыты в прошлом году; "
     "суммарная мощность переработки превышает 5 тыс. тонн рыбы в сутки.",
     {"5 тыс. тонн": "мощность"}),
    ("Подсудимый Иван Сомов в СИЗО с позапрошлой зимы: срок содержания под стражей составляет уже почти 22 месяца.",
     {"22 месяца": "срок"}),
    # a thing said to lie at a distance from a point is what the distance measures,
    # also past a side of the compass; a place by name, or no subject, keeps none
    ("Очаг вчерашнего толчка, по данным сейсмологов, находился в 35 км к северу от посёлка.",
     {"35 км": "очаг"}),
    ("Орбита этой планеты пролегает в 0,4 астрономической единицы от своей звезды.",
     {"0,4 астрономической единицы": "орбита"}),
    ("Районный центр — село Берёзовка, расположенное в 120 км к востоку от Омска.",
     {"120 км": None}),
    ("Беглецы жили в 40 км от границы.",
     {"40 км": None}),
]


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_metric_head(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads.get(figure) == head, (figure, heads)


def test_a_figure_in_a_measure_phrase_is_no_value_of_the_verb(nlp):
    """'при отметке 8,2 м' is a circumstance of the clause: the clause's change
    verb gives its own figure a direction, not this one."""
    doc = nlp("При себестоимости 40 тысяч рублей рентабельность хозяйств упала до 9%.")
    directions = {c["figure"]["text"]: c["direction"] for c in doc._.claims}
    assert directions["40 тысяч рублей"] is None
    assert directions["9%"] == "decrease"


def test_a_bare_fraction_is_a_measure_unless_its_clause_counts_points(nlp):
    units = {c["figure"]["text"]: c["unit"] for c in
             nlp("Команда набрала 12 очков, а средний показатель не превышает 0,8.")._.claims}
    assert units == {"12": "count", "0,8": "other"}
    (points,) = nlp("Наибольшее количество очков — 6,5.")._.claims
    assert points["unit"] == "count"
