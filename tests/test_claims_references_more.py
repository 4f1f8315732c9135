"""A figure whose metric was named earlier: pronouns, pointing-back nouns,
parts 'из них' and lists under a heading.

Sentences written for these tests (not from any corpus); each maps a
figure to the head lemma of the metric the extractor should give it.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_head, metric_heads


# text -> {figure: metric head}
NAMED_EARLIER = [
    # a subject pronoun stands for the quantity named before, not for a place
    # or another role of its own verb
    ("Стоимость фиксированного набора товаров выросла до 30 000 рублей в месяц. "
     "В Москве она достигла 41 200 рублей, в Санкт-Петербурге — 34 600 рублей.",
     {"41 200 рублей": "стоимость", "34 600 рублей": "стоимость"}),
    ("Толщина льда на озере сейчас составляет 30 см, однако у берегов она не превышает 8 см.",
     {"8 см": "толщина"}),
    # ... the agreeing noun nearest before it, not an earlier claim's metric farther back
    ("Каждый третий абонент в районе имеет долг за связь, у 5 тыс. абонентов он превышает два месяца.",
     {"два месяца": "долг"}),
    # ... also with a level phrase for its predicate
    ("Уровень безработицы в области снизился до 0,5%. Годом ранее он был на уровне 0,7%.",
     {"0,7%": "уровень"}),
    # ... also when the share it states is taken of a base named after it
    ("Государственный долг страны быстро растёт. По прогнозу, в следующем году он составит 3% ВВП.",
     {"3%": "долг"}),
    # ... and when the parse makes the noun it stands for a second subject of its verb
    ("Просроченная задолженность пока невелика: на 1 марта она составляла 0,9% портфеля.",
     {"0,9%": "задолженность"}),
    # a general noun with a level phrase for its predicate is the metric itself
    ("Годом ранее показатель был на уровне 0,38%.", {"0,38%": "показатель"}),
    # 'из них' after a count: the whole that count measured
    ("По данным статистиков, численность работающих в области превышает 1,2 млн человек. "
     "Из них около 20% заняты в торговле.",
     {"20%": "численность"}),
    ("На фестиваль приехали 40 оркестров, из них 12 из соседних стран.", {"12": "оркестр"}),
    # 'из них N — X': the whole, whatever the dash names (NOTES.md, session 7) ...
    ("Общий объём помощи аграриям составил 5,2 млрд рублей, из них 3,4 млрд — областные средства.",
     {"3,4 млрд": "объём"}),
    # ... and with no noun after the dash
    ("Сейчас в крае горят 17 лесных пожаров, из них 5 — в горах.", {"5": "пожар"}),
    # a share of 'этой суммы' is a share of the whole named before
    ("Общий объём кредитов достиг 12 трлн руб. Около трети этой суммы приходится на три крупнейших банка.",
     {"трети": "сумма"}),
    # a comparison after money given to a purpose measures that purpose too
    ("На ремонт школ в следующем году направят около 1,1 млрд рублей, что почти вдвое больше, чем в 2012 году.",
     {"1,1 млрд рублей": "ремонт", "вдвое": "ремонт"}),
    # 'этот показатель' stands for the quantity of the claim before in the same unit
    ("Цены на пшеницу за месяц выросли на 18% и достигли 7 900 рублей за тонну. "
     "Годом ранее этот показатель составлял 5 300 рублей.",
     {"5 300 рублей": "цена"}),
    ("Проникновение интернета составило 70% населения; в крупных городах этот показатель выше — 79%.",
     {"79%": "проникновение"}),
]


@pytest.mark.parametrize("text, expected", NAMED_EARLIER, ids=[t[:40] for t, _ in NAMED_EARLIER])
def test_metric_named_earlier(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head, (figure, heads)


def test_pronoun_keeps_its_verbs_object(nlp):
    # a transitive verb's object is its metric, whoever the pronoun subject is
    heads = metric_heads(nlp, "Компания «Север» открыла новый цех. В этом году она увеличила выпуск на 15%.")
    assert heads["15%"] == "выпуск"


def test_list_under_a_heading_measures_what_the_heading_names(nlp):
    # items 'label: figure' under a heading ending in a colon: the heading's
    # subject is the metric, the item's label its qualifier
    text = ("Цены на проезд изменятся так:\n"
            "— автобус: с 40 до 45 рублей за поездку (+12,5%);\n"
            "— трамвай: с 38 до 42 рублей за поездку;\n"
            "— такси: 300 рублей за посадку, рост на 7%.")
    claims = {c["figure"]["text"]: c for c in nlp(text)._.claims}
    for figure in ("45 рублей", "12,5%", "42 рублей", "300 рублей", "7%"):
        assert claims[figure]["metric"]["head"] == "цена", figure
    assert [q["text"] for q in claims["42 рублей"]["qualifiers"]] == ["трамвай"]


def test_bare_change_noun_continues_the_figure_before(nlp):
    # 'рост' with nothing of its own is the change of the quantity named before
    claims = {c["figure"]["text"]: c for c in nlp(
        "Оборот общепита в марте вырос на 4,2% и составил 80 млрд рублей. В феврале рост был скромнее — 1,9%.")._.claims}
    assert claims["1,9%"]["metric"]["head"] == "оборот"
    assert claims["1,9%"]["direction"] == "increase"


def test_verbless_clause_and_the_comparison_after_it(nlp):
    # 'X сейчас около N': the quantity noun opening a clause with no verb;
    # 'это на N% ниже' then compares the same quantity
    heads = metric_heads(nlp, "Цены на рожь второго класса сейчас около 9 800 рублей за тонну, это на 5% ниже, чем год назад.")
    assert heads["9 800 рублей"] == "цена"
    assert heads["5%"] == "цена"


def test_collective_numeral_counts_the_people_counted_before(nlp):
    heads = metric_heads(nlp, "Полиция задержала пятерых угонщиков. Ещё двое объявлены в розыск.")
    assert heads["двое"] == "угонщик"


def test_pronoun_of_a_value_verb_and_the_comparison_after_it(nlp):
    # 'он оценивается в N человек': the pronoun stands for a quantity, which the
    # count measures; 'что вдвое меньше' compares the same quantity
    heads = metric_heads(nlp, "Миграционный прирост частично компенсировал убыль: он оценивается в 90–95 тыс. "
                              "человек, что вдвое меньше показателя прошлого года.")
    assert heads["90–95 тыс."] == "прирост"
    assert heads["вдвое"] == "прирост"


def test_count_after_most_of_counts_its_genitive(nlp):
    # 'Больше всего X в A — N, в B — M': the count counts X, the place qualifies it
    heads = metric_heads(nlp, "На бирже труда числятся девять тысяч соискателей. "
                              "Больше всего заявок в Ленинском районе — 420, в Советском — 310.")
    assert heads["420"] == "заявка"
    assert heads["310"] == "заявка"


def test_a_cap_on_a_change_states_the_change_level(nlp):
    # NOTES.md, session 7: 'рост не превысит N%' is level, at most, of the change noun
    claim = claims_by_figure(nlp, "По прогнозу министерства, рост цен в этом году не превысит 6%.")["6%"]
    assert (metric_head(claim), claim["direction"], claim["bound"]) == ("рост", "level", "at_most")
    # ... and so, since session 11, does 'составил' with what changed named
    claim = claims_by_figure(nlp, "Рост цен в прошлом году составил 6%.")["6%"]
    assert (metric_head(claim), claim["direction"]) == ("рост", "level")
