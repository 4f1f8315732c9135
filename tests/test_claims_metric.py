"""The metric of a figure: sentence -> head lemma of what the figure measures.

Sentences written for these tests (not from any corpus), one per typical
news construction of docs/CLAIMS.md: "metric = the shortest span naming
what is measured", its head compared by lemma.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import claims_by_figure, metric_heads


# sentence -> {figure text: metric head lemma (None: no metric)}
SENTENCES = [
    # a count: the counted noun (the noun the number is nummod of)
    ("В аварии на трассе пострадали девять пассажиров автобуса.",
     {"девять": "пассажир"}),
    ("На выставку привезли 40 старинных автомобилей.",
     {"40": "автомобиль"}),
    # a change verb: its subject (intransitive) or object (transitive)
    ("Выручка сети кофеен выросла на 18%.",
     {"18%": "выручка"}),
    ("Завод сократил выпуск тракторов на 12%.",
     {"12%": "выпуск"}),
    # a level verb: its subject
    ("Средняя зарплата учителей составила 54 тыс. рублей.",
     {"54 тыс. рублей": "зарплата"}),
    ("Доля онлайн-продаж достигла 30%.",
     {"30%": "доля"}),
    # a share: the genitive after it, also after a unit word
    ("Холдинг выкупил 25% акций порта.",
     {"25%": "акция"}),
    ("В области собрали 2,1 млн тонн картофеля.",
     {"2,1 млн тонн": "картофель"}),
    # a quantity noun before the figure names it
    ("Город построит парк площадью 12 гектаров.",
     {"12 гектаров": "площадь"}),
    # verbs of costing: the subject is what the money is the value of
    ("Ремонт моста обошёлся бюджету в 800 млн рублей.",
     {"800 млн рублей": "ремонт"}),
    ("Билет на концерт стоит 3500 рублей.",
     {"3500 рублей": "билет"}),
    # a level noun: what stands at that level
    ("Курс евро закрылся на отметке 98,5 рубля.",
     {"98,5 рубля": "курс"}),
    # a compound adjective: the noun it qualifies
    ("Начался трёхдневный форум.",
     {"трёхдневный": "форум"}),
    # another figure's unit word is never a metric
    ("Расходы на оборону вырастут на 90 млрд рублей, а на науку выделят 20 млрд рублей.",
     {"90 млрд рублей": "расход"}),
    # a list in several currencies shares one metric
    ("Долг холдинга составлял 3,5 млрд долларов и 800 млн евро.",
     {"3,5 млрд долларов": "долг", "800 млн евро": "долг"}),
    # a count whose noun stands before it, in the genitive
    ("Таких школ в районе осталось три.",
     {"три": "школа"}),
    # a comparison: what is compared
    ("В этом году туристов приехало вдвое больше.",
     {"вдвое": "турист"}),
    # a participle or adjective counted by a numeral is used as a noun
    ("В Казани задержаны двое подозреваемых в краже.",
     {"двое": "подозревать"}),
    ("После пожара в больницу доставили пятерых пострадавших.",
     {"пятерых": "пострадать"}),
    # ... but a short-form participle is the predicate: the count is of the noun before
    ("На трассе погибли 12 человек, ранены 40.",
     {"40": "человек"}),
    # a possessive between the number and its noun
    ("Президенту и ещё 20-ти его советникам запрещён въезд в страну.",
     {"20-ти": "советник"}),
    # a dash for the verb of being: the noun before it is what the figure is the value of ...
    ("Контроль времени — 2 часа на 40 ходов.",
     {"2 часа": "контроль"}),
    # ... but a count that names what it counts keeps that noun, as a plain count does
    ("Экипаж корабля при старте — три космонавта, при посадке — четыре космонавта.",
     {"три": "космонавт", "четыре": "космонавт"}),
    # ... unless the noun before the dash names how many there are
    ("Вместимость арены — 44 899 мест.",
     {"44 899": "вместимость"}),
    # the same with a verb of having: the count keeps its noun, a noun of how many takes it
    ("Аудитория социальной сети насчитывает более 400 млн пользователей.",
     {"400 млн": "пользователь"}),
    ("Численность населения оценивается в 2,3 млн человек.",
     {"2,3 млн": "численность"}),
    ("Бюджет фестиваля — 5 млн рублей.",
     {"5 млн рублей": "бюджет"}),
    # a valuation in the passive: what is valued is its subject, however the tagger reads the verb
    ("Ущерб от пожара оценён в 12 млн рублей.",
     {"12 млн рублей": "ущерб"}),
    ("Стоимость контракта была оценена в 4,5 млрд рублей.",
     {"4,5 млрд рублей": "стоимость"}),
    # verbs joined by 'и' share their subject, even when the parser sets the second one apart
    ("Уровень воды в реке поднялся за сутки на 40 см и к 6:00 вторника достиг 7,5 м.",
     {"40 см": "уровень", "7,5 м": "уровень"}),
    # ... but an 'и' joining two nouns does not join the verbs around it
    ("Лидерами роста стали акции банков и ритейлеров: бумаги «Магнита» подорожали на 5,1%.",
     {"5,1%": "бумага"}),
    # a comparison after a dash speaks of the figure before the dash
    ("За год в городе открылось 312 новых кафе — на 8% больше, чем годом ранее.",
     {"312": "кафе", "8%": "кафе"}),
    ("Продажи автомобилей составили 1,2 млн штук — на 15% меньше, чем в 2023 году.",
     {"15%": "продажа"}),
    # a share that falls to a part measures the whole; the part only narrows it (NOTES.md)
    ("Объём инвестиций составил 90 млрд рублей, из них около 45% пришлось на транспорт.",
     {"45%": "объём"}),
    ("На кредиты с господдержкой пришлось около 70% всех выдач.",
     {"70%": "выдача"}),
    ("Крупнейшими покупателями остаются Египет и Турция: на их долю приходится почти 35% поставок зерна.",
     {"35%": "поставка"}),
    # a level noun after 'на' or 'до' only frames the value: what stands at that level is measured
    ("Численность персонала останется на уровне 12 тысяч человек.",
     {"12 тысяч": "численность"}),
    ("Средняя цена билета осталась на уровне прошлого года — 450 рублей.",
     {"450 рублей": "цена"}),
    # a list item's label before a dash (a name, an oblique case) is a qualifier: the figure
    # inherits the metric of the list's first item
    ("Доля выпускников, сдавших экзамен, по химии — 88%, по физике — 91%.",
     {"88%": "доля", "91%": "доля"}),
    ("В Омске зарегистрировано 2 145 случаев гриппа, в Таре — 960, в Исилькуле — 410.",
     {"960": "случай", "410": "случай"}),
    # ... but a person before the dash is who the figure is about (ellipsis: the metric repeats)
    ("Зарплата учителей выросла на 10%, а директор школы Олег Смирнов — на 25%.",
     {"25%": "зарплата"}),
]


@pytest.mark.parametrize("text, expected", SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_metric_head(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert figure in heads, f"figure {figure!r} not found in {heads}"
        assert heads[figure] == head


def _lose_subject(doc, word):
    """The parse as a parser that lost the subject would give it: the word hangs as a circumstance."""
    token = next(t for t in doc if t.text == word)
    token.head, token.dep_ = doc[-1], "obl"
    return token


# sentence, the subject the parser loses, the verb: a long subject phrase
# (prepositional modifiers, a name in quotes, a date) stands between them
LOST_SUBJECTS = [
    ("Стоимость проезда по городской карте «Подорожник» с 1 марта вырастет до 65 рублей.",
     "Стоимость", "вырастет"),
    ("Время в пути от вокзала до нового аэропорта сократится на 20 минут.",
     "Время", "сократится"),
    # a bracketed aside or a source between commas stands between them
    ("Выпуск цемента на новом заводе (ЦЗ-2) составил 1,4 млн т.",
     "Выпуск", "составил"),
    ("Импорт кофе, по данным таможни, вырос почти вдвое.",
     "Импорт", "вырос"),
    # ... and so does a participle modifying a noun of the subject phrase
    ("Вывоз собранного зерна вырос на 12%.",
     "Вывоз", "вырос"),
]


@pytest.mark.parametrize("text, subject, verb", LOST_SUBJECTS, ids=[s for _, s, _ in LOST_SUBJECTS])
def test_subject_found_by_agreement_when_parser_loses_it(nlp, text, subject, verb):
    from pipeline.claims import subjects
    doc = nlp(text)
    lost = _lose_subject(doc, subject)
    verb_token = next(t for t in doc if t.text == verb)
    figure = {t.i for t in doc if t.like_num and t.i > verb_token.i}
    assert subjects.agreeing_subject(verb_token, figure).i == lost.i


def _claims_after_misparse(nlp, text, word, new_head):
    """The claims of text as they come out when the parser hangs `word` on `new_head`."""
    from pipeline.claims.extract import extract_claims
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    token.head = next(t for t in doc if t.text == new_head)
    return {c["figure"]["text"]: (c["metric"] or {}).get("head") for c in extract_claims(doc)}


# 'X в размере N', 'X на сумму N': the amount is of X, whatever the parse says
FRAMED_AMOUNTS = [
    ("Суд назначил компании штраф в размере 3 млн рублей в месяц за каждый день просрочки.",
     "рублей", "просрочки", {"3 млн рублей": "штраф"}),
    ("Совет директоров рекомендовал выплату дивидендов в размере 12 рублей на акцию.",
     "рублей", "акцию", {"12 рублей": "выплата"}),
]


@pytest.mark.parametrize("text, word, new_head, expected", FRAMED_AMOUNTS, ids=[t[:30] for t, *_ in FRAMED_AMOUNTS])
def test_framed_amount_read_off_word_order(nlp, text, word, new_head, expected):
    assert _claims_after_misparse(nlp, text, word, new_head) == expected


# the unit word ending another figure is part of that figure, never a metric;
# a currency or unit word standing alone may be what is measured
UNIT_WORDS = [
    ("Добыча угля составила 12,5 млн т, экспорт — 4 млн т.", "т", True),
    ("Склад занимает 6,1 тыс. кв. м на окраине.", "м", True),
    ("Курс доллара вырос на 2%.", "доллара", False),
    ("Цена квадратного метра выросла на 5%.", "метра", False),
]


@pytest.mark.parametrize("text, word, is_unit", UNIT_WORDS, ids=[t[:30] for t, *_ in UNIT_WORDS])
def test_unit_word_of_a_figure_is_no_metric(nlp, text, word, is_unit):
    from pipeline.claims import word_kinds
    doc = nlp(text)
    token = [t for t in doc if t.text == word][-1]
    assert word_kinds.is_number_phrase(token) is is_unit


# 'до N — минимума с 2012 года': the noun after the dash renames the figure;
# when the parser makes it the verb's subject, the real subject is still found
APPOSITIONS = [
    ("Выпуск стали упал до 60 млн т — рекордного минимума за десять лет.",
     "минимума", "упал", {"60 млн т": "выпуск"}),
    ("Безработица опустилась до 2,3% — исторического минимума.",
     "минимума", "опустилась", {"2,3%": "безработица"}),
]


@pytest.mark.parametrize("text, word, verb, expected", APPOSITIONS, ids=[t[:30] for t, *_ in APPOSITIONS])
def test_apposition_after_dash_is_no_subject(nlp, text, word, verb, expected):
    from pipeline.claims.extract import extract_claims
    doc = nlp(text)
    apposition = next(t for t in doc if t.text == word)
    apposition.head, apposition.dep_ = next(t for t in doc if t.text == verb), "nsubj"
    assert {c["figure"]["text"]: (c["metric"] or {}).get("head") for c in extract_claims(doc)} == expected


# a list written one item a line: a bare figure takes the metric of the item
# before it, and the item's label (a place, a name) is its qualifier
LINE_LISTS = [
    ("Кражи по районам распределились так:\n— Омск — 840 краж;\n— Тара — 112;\n— Исилькуль — 95.",
     {"112": ("кража", "Тара"), "95": ("кража", "Исилькуль")}),
    ("Министерство образования республики подвело итоги строительной программы прошлого года. "
     "Новых школ за год открыто:\n• Казань — 14 школ;\n• Набережные Челны — 6.",
     {"6": ("школа", "Набережные Челны")}),
]


@pytest.mark.parametrize("text, expected", LINE_LISTS, ids=[t[:30] for t, _ in LINE_LISTS])
def test_list_item_on_its_own_line_inherits_metric(nlp, text, expected):
    claims = claims_by_figure(nlp, text)
    for figure, (head, label) in expected.items():
        assert claims[figure]["metric"]["head"] == head
        assert [q["text"] for q in claims[figure]["qualifiers"]] == [label]


def test_list_items_naming_their_own_measure_stay_apart(nlp):
    claims = claims_by_figure(nlp, "Компания опубликовала годовой отчёт, и аналитики внимательно изучили "
                               "его основные цифры. Итоги года:\n• выручка — 5,2 млрд рублей;\n• прибыль — 800 млн рублей.")
    assert claims["800 млн рублей"]["metric"]["head"] == "прибыль"


# a share in brackets right after a figure is a share (or, signed, a change) of what that figure counts
BRACKETED_SHARES = [
    ("За год продано 1,2 млн автомобилей (+8,5%).", "8,5%", "автомобиль", "increase"),
    ("Из них 340 тыс. электромобилей (-3%).", "3%", "электромобиль", "decrease"),
    ("В январе аэропорт обслужил 2,4 млн пассажиров (12% от годового плана).", "12%", "пассажир", None),
]


@pytest.mark.parametrize("text, figure, head, direction", BRACKETED_SHARES, ids=[t[:30] for t, *_ in BRACKETED_SHARES])
def test_share_in_brackets_after_a_figure(nlp, text, figure, head, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["metric"]["head"], claim["direction"]) == (head, direction)


# a past-tense verb the tagger took for a noun is still a verb, never a metric;
# a noun whose lemma ends like an infinitive ('сеть', 'часть') is no such verb
MISTAGGED_VERBS = [
    ("Инвестор докупил 90 млн долларов в облигациях.", "докупил", True),
    ("Банк продал облигации на 2 млрд рублей.", "продал", True),
    ("Длина сети выросла на 12%.", "сети", False),
    ("Большая часть выручки пришлась на экспорт.", "часть", False),
]


@pytest.mark.parametrize("text, word, is_verb", MISTAGGED_VERBS, ids=[w for _, w, _ in MISTAGGED_VERBS])
def test_verb_tagged_as_noun_is_no_metric(nlp, text, word, is_verb):
    from pipeline.claims import word_kinds
    token = next(t for t in nlp(text) if t.text == word)
    token.pos_ = "NOUN"
    assert word_kinds.finite_verb(token) is is_verb


# a pronoun standing for what a figure measures takes its antecedent's span
# (devset notes: "Pronoun metrics take the antecedent's span")
PRONOUN_METRICS = [
    # a part of it: 'из них', before or after the figure
    ("На фестиваль приехали 40 оркестров, из них 12 из соседних стран.", "12", "оркестр"),
    ("В городе открылись новые поликлиники. Две трети из них построены за счёт области.",
     "Две трети", "поликлиника"),
    # a share of it: 'от неё'
    ("Общая сумма долгов за отопление достигла 300 млн рублей, погашено 40% от неё.", "40%", "сумма"),
    # what a bare count counts: a relative pronoun stands for the noun its clause modifies
    ("Многодетным семьям, которых в области около 12 тысяч, выплатят пособие.", "12 тысяч", "семья"),
    # ... a personal pronoun for the topic of the sentence before, not a place in it
    ("В последние годы наибольшее число пожаров происходит в частных домах. В этом году их — 85.",
     "85", "число"),
    # ... 'таких' for the nearest agreeing noun, not one inside a participle clause nor who says it
    ("Льгота полагается пенсионерам, прожившим в районе десять лет. По подсчётам чиновников, таких в районе около трёхсот.",
     "трёхсот", "пенсионер"),
    ("Полиция задержала в порту иностранных моряков, перевозивших контрабанду. Таковых оказалось семеро.",
     "семеро", "моряк"),
    # a subject pronoun in the next sentence: the noun phrase it continues, which agrees with it
    ("Почти половину бюджета района дают налоговые отчисления предприятий. В прошлом году они выросли на 9%.",
     "9%", "отчисление"),
]


@pytest.mark.parametrize("text, figure, head", PRONOUN_METRICS, ids=[t[:40] for t, *_ in PRONOUN_METRICS])
def test_pronoun_takes_its_antecedent(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# a period phrase ('за квартал', 'в марте') says when; the figure measures the noun it belongs to
PERIOD_PHRASES = [
    ("Выручка сети за квартал: +2,5%.", "2,5%", "выручка"),
    ("Промпроизводство в марте: +2,5%.", "2,5%", "промпроизводство"),
    ("Инфляция в апреле: 0,4%.", "0,4%", "инфляция"),
    ("Средний чек за неделю — 1200 рублей.", "1200 рублей", "чек"),
]


@pytest.mark.parametrize("text, figure, head", PERIOD_PHRASES, ids=[t[:30] for t, *_ in PERIOD_PHRASES])
def test_period_is_never_the_metric(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["head"] == head
    # the period stays out of the metric's span too
    assert "квартал" not in claim["metric"]["text"] and "недел" not in claim["metric"]["text"]


# a noun the tagger took for a verb or an adjective is known by its lemma: a verb's
# lemma is an infinitive, an adjective's ends in -ый/-ий/-ой, neither ends in -ость
MISTAGGED_NOUNS = [
    ("Укомплектованность", "VERB", True),
    ("Заполняемость", "ADJ", True),
    ("выросла", "VERB", False),
    ("красть", "VERB", False),
    ("новая", "ADJ", False),
]


@pytest.mark.parametrize("word, pos, is_noun", MISTAGGED_NOUNS, ids=[w for w, *_ in MISTAGGED_NOUNS])
def test_noun_tagged_as_verb_or_adjective(nlp, word, pos, is_noun):
    from pipeline.claims import word_kinds
    token = nlp(word)[0]
    token.pos_ = pos
    assert word_kinds.mistagged_noun(token) is is_noun


@pytest.mark.parametrize("text, expected", [
    ("Укомплектованность школ учителями — 91%, психологами — 40%.", {"91%": "укомплектованность", "40%": "укомплектованность"}),
    ("Заполняемость гостиниц — 64%.", {"64%": "заполняемость"}),
], ids=["укомплектованность", "заполняемость"])
def test_mistagged_noun_before_dash_is_the_metric(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# a person's name (an entity, an initial, a title before a name) acts or speaks;
# it is never what a figure measures, even where the parser makes it the subject
SPEAKER_LABELS = [
    ("П. Орлов: По нашим данным, объём выпуска вырос на 4% и превысил 80 млрд рублей.",
     {"4%": "объём", "80 млрд рублей": "объём"}),
    ("Е. Волкова: Объём субсидий фермерам составил 3,2 млрд рублей.",
     {"3,2 млрд рублей": "объём"}),
    ("Мэр Сергей Кузнецов: Объём дорожного фонда составил 4,1 млрд рублей.",
     {"4,1 млрд рублей": "объём"}),
]


@pytest.mark.parametrize("text, expected", SPEAKER_LABELS, ids=[t[:25] for t, _ in SPEAKER_LABELS])
def test_person_is_never_the_metric(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# a numeral stands before what it counts: the genitive right after a count is
# its noun, also where the parser hangs the number on a word before it
COUNTED_AFTER_SCALE = [
    ("Управляющие компании и садовые товарищества в 2024 году направили в прокуратуру более 12 тыс. жалоб на поставщиков.",
     "12 тыс.", "жалоба"),
    ("Спрос высокий: на портале сейчас почти 8 тысяч объявлений.", "8 тысяч", "объявление"),
    ("Очередь длинная: в списке ожидания сейчас почти 3 тысячи семей.", "3 тысячи", "семья"),
]


@pytest.mark.parametrize("text, figure, head", COUNTED_AFTER_SCALE, ids=[t[:30] for t, *_ in COUNTED_AFTER_SCALE])
def test_count_counts_the_genitive_after_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# 'в том числе' opens the parts of a whole: a part measures what the lead-in's
# figure measures, and what singles it out is its qualifier; a count keeps the
# noun it counts; the fixed phrase itself is never a metric
PARTS_OF_A_WHOLE = [
    ("Экспорт зерна из области за сезон составил 4,2 млн т. В том числе: пшеница — 3,1 млн т, ячмень — 0,8 млн т.",
     {"3,1 млн т": ("экспорт", ["пшеница"]), "0,8 млн т": ("экспорт", ["ячмень"])}),
    ("Выручка холдинга достигла 56 млрд рублей, в том числе розница — 31 млрд рублей, опт — 25 млрд рублей.",
     {"31 млрд рублей": ("выручка", ["розница"]), "25 млрд рублей": ("выручка", ["опт"])}),
    ("Прививку сделали 64% опрошенных, в том числе 70% пенсионеров и 52% студентов.",
     {"64%": ("опросить", []), "70%": ("опросить", ["пенсионеров"]), "52%": ("опросить", ["студентов"])}),
    ("Из зоны подтопления эвакуировали 800 человек, в том числе 210 детей.",
     {"210": ("ребёнок", [])}),
    ("В том числе 40 млн рублей получили школы.",
     {"40 млн рублей": (None, [])}),
]


@pytest.mark.parametrize("text, expected", PARTS_OF_A_WHOLE, ids=[t[:30] for t, _ in PARTS_OF_A_WHOLE])
def test_parts_of_a_whole_take_its_metric(nlp, text, expected):
    claims = claims_by_figure(nlp, text)
    for figure, (head, qualifiers) in expected.items():
        assert (claims[figure]["metric"] or {}).get("head") == head
        if qualifiers:
            assert [q["text"] for q in claims[figure]["qualifiers"]] == qualifiers


# a list led in by a clause ending in a colon measures what that clause names:
# its subject, or with a linking verb ('стали', 'оказались') its predicate
# noun's measure; each item's label is its qualifier. An item that counts a noun
# of its own keeps it, and the items after it inherit that noun.
LEAD_IN_LISTS = [
    ("Бюджет района на следующий год принят без дефицита.\nПо статьям расходы распределены так:\n"
     "— школы — 1,2 млрд рублей;\n— дороги — 450 млн;\n— спорт — 90 млн.\nСледующее заседание пройдёт весной.",
     {"1,2 млрд рублей": ("расход", ["школы"]), "450 млн": ("расход", ["дороги"]), "90 млн": ("расход", ["спорт"])}),
    ("Урожай в этом году неплохой.\nЛидерами по сбору зерна стали:\n— Заречный район — 310 тыс. т;\n"
     "— Северный район — 280 тыс. т.\nУборка ещё идёт.",
     {"310 тыс. т": ("сбор", ["Заречный район"]), "280 тыс. т": ("сбор", ["Северный район"])}),
    ("Экспорт леса из области за год сократился.\nВ лидерах по вывозу оказались:\n— Китай — 1,4 млн кубометров;\n"
     "— Узбекистан — 0,3 млн кубометров.\nОстальное ушло в Казахстан.",
     {"1,4 млн кубометров": ("вывоз", ["Китай"])}),
    ("Осенью в области выросло число краж.\nКражи по районам распределились так:\n— Центральный — 412 краж;\n"
     "— Заречный — 230;\n— Северный — 118.\nПолиция усилила патрули.",
     {"412": ("кража", []), "230": ("кража", ["Заречный"])}),
]


@pytest.mark.parametrize("text, expected", LEAD_IN_LISTS, ids=[t.split("\n")[1][:25] for t, _ in LEAD_IN_LISTS])
def test_list_after_a_colon_measures_what_its_lead_in_names(nlp, text, expected):
    claims = claims_by_figure(nlp, text)
    for figure, (head, qualifiers) in expected.items():
        assert (claims[figure]["metric"] or {}).get("head") == head
        if qualifiers:
            assert [q["text"] for q in claims[figure]["qualifiers"]] == qualifiers


# a ratio or difference read with a comparative: an adverb ('чаще') compares
# the verb's deed, so the object is measured; a comparative before the figure
# ('выше в 1,4 раза') measures its subject; a figure after a dash repeats the
# comparison the dash leaves out, with its metric
COMPARISONS = [
    ("Курильщики, которые выкуривают больше пачки в день, переносят инфаркт в 2,5 раза чаще остальных.",
     {"2,5 раза": "инфаркт"}),
    ("Водители без стажа совершают аварии в три раза чаще опытных.", {"три раза": "авария"}),
    ("В сельских школах нагрузка на учителя была выше в 1,4 раза, а в городских гимназиях — в 1,2 раза.",
     {"1,4 раза": "нагрузка", "1,2 раза": "нагрузка"}),
    ("В северных районах смертность оказалась ниже на 8%, а в южных — на 5%.",
     {"8%": "смертность", "5%": "смертность"}),
]


@pytest.mark.parametrize("text, expected", COMPARISONS, ids=[t[:30] for t, _ in COMPARISONS])
def test_comparison_measures_what_is_compared(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# a figure after a dash renames the noun before it: the end point of a change
# ('до минимума — 3,1%') makes it the change's value; a quantity noun with its
# genitive ('Индекс деловой активности', 'процентом отражённых бросков') names it
RENAMED_AND_QUANTITY = [
    ("А. Зуев: Инфляция в регионе снизилась до многолетнего минимума — 3,1%.", "3,1%", "инфляция", "decrease"),
    ("Н. Котова: Загрузка гостиниц поднялась до рекордного уровня — 94%.", "94%", "загрузка", "increase"),
    ("Вратарь провёл сезон с процентом отражённых бросков 92,4%.", "92,4%", "процент", None),
    ("Индекс деловой активности — 51,2%.", "51,2%", "индекс", None),
]


@pytest.mark.parametrize("text, figure, head, direction", RENAMED_AND_QUANTITY,
                         ids=[t[:30] for t, *_ in RENAMED_AND_QUANTITY])
def test_renamed_target_and_quantity_phrase(nlp, text, figure, head, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["metric"]["head"] == head
    assert claim["direction"] == direction


# a figure after ', или' gives the figure before it in another unit: the same
# quantity, so the same metric and verb; a share with a genitive of its own
# ('или 38% выпускников') keeps it
RESTATED_AFTER_OR = [
    ("Число безработных в области составило 4,1 тыс. человек, или 0,6% рабочей силы.",
     {"4,1 тыс.": ("число", "level"), "0,6%": ("число", "level")}),
    ("Вывоз зерна через порт достиг 2,4 млн т, или примерно 40% всего урожая.",
     {"2,4 млн т": ("вывоз", "level"), "40%": ("вывоз", "level")}),
    ("Экзамен по истории сдавали 7 тыс. человек, или 38% выпускников.",
     {"38%": ("выпускник", None)}),
]


@pytest.mark.parametrize("text, expected", RESTATED_AFTER_OR, ids=[t[:30] for t, _ in RESTATED_AFTER_OR])
def test_figure_after_or_restates_the_one_before(nlp, text, expected):
    claims = claims_by_figure(nlp, text)
    for figure, (head, direction) in expected.items():
        assert (claims[figure]["metric"] or {}).get("head") == head
        assert claims[figure]["direction"] == direction


# a duration with a verb of lasting or of delay measures the event that lasts
# or is late, also when a relative pronoun stands for it
LASTING_EVENTS = [
    ("Экспедиция, которая должна была продлиться 40 дней, заняла два месяца.", "40 дней", "экспедиция"),
    ("Забастовка, которая могла продлиться 20 дней, закончилась за неделю.", "20 дней", "забастовка"),
    ("В этом году навигация на реке задержалась на 12 дней.", "12 дней", "навигация"),
    ("Посевная в южных районах затянулась примерно на две недели.", "две недели", "посевная"),
]


@pytest.mark.parametrize("text, figure, head", LASTING_EVENTS, ids=[t[:30] for t, *_ in LASTING_EVENTS])
def test_duration_measures_the_event_that_lasts(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# a number and the noun it counts stand together: when the parser hangs the
# number on a later noun across the first noun after it, the first one is counted
COUNTED_ACROSS_A_NOUN = [
    ("На субботник вышли более 120 тыс. человек, а в акции по сбору макулатуры участвовали 3,5 тыс. школьников.",
     {"120 тыс.": "человек", "3,5 тыс.": "школьник"}),
    ("В голосовании участвовали около 90 тыс. человек, а в списки внесены 1,4 млн жителей края.",
     {"90 тыс.": "человек", "1,4 млн": "житель"}),
]


@pytest.mark.parametrize("text, expected", COUNTED_ACROSS_A_NOUN, ids=[t[:30] for t, _ in COUNTED_ACROSS_A_NOUN])
def test_count_counts_the_first_noun_after_it(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# a quantity noun after a preposition ('на площади', 'на глубине') names the
# figure after it even when the parser hangs the figure on another clause;
# 'в объёме', 'на уровне', 'в числе' only frame a figure and name nothing
MEASURED_WHERE = [
    ("Сейчас в области действуют 8 пожаров на площади 2,1 тыс. га, из них 3 — в заповеднике, где работают парашютисты.",
     {"2,1 тыс. га": "площадь", "8": "пожар"}),
    ("К вечеру в крае горели 15 очагов на площади 4,8 тыс. га, из них 6 — в горах, где работает авиация.",
     {"4,8 тыс. га": "площадь", "6": "очаг"}),
]


@pytest.mark.parametrize("text, expected", MEASURED_WHERE, ids=[t[:30] for t, _ in MEASURED_WHERE])
def test_quantity_noun_after_a_preposition_names_the_figure(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# 'в объёме', 'в количестве' only frame an amount: the metric is what the verb
# before the frame plans or gives; 'в числе' names a group, so a number in it
# counts its own noun
FRAMED_BY_A_VERB = [
    ("Расходы на культуру на будущий год предусмотрены в объёме 3,2 млрд рублей, доходы — 2,9 млрд.",
     {"3,2 млрд рублей": "расход", "2,9 млрд": "доход"}),
    ("Субсидии фермерам в этом году выделены в объёме 640 млн рублей.",
     {"640 млн рублей": "субсидия"}),
    ("Зерно поставлено в количестве 12 тыс. тонн.",
     {"12 тыс. тонн": "зерно"}),
    ("Школа оказалась в числе 12 победителей конкурса.",
     {"12": "победитель"}),
]


@pytest.mark.parametrize("text, expected", FRAMED_BY_A_VERB, ids=[t[:30] for t, _ in FRAMED_BY_A_VERB])
def test_amount_frame_after_a_verb_measures_what_the_verb_gives(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# 'выше N', 'ниже N' right before a figure are its bound: the clause says its
# subject is above or below the figure, so the subject is what it measures,
# with a verb ('держится', 'остаётся') or with none ('доля ... выше 40%')
ABOVE_OR_BELOW = [
    ("Пока инфляция держится выше 7%, банки не снизят ставки по вкладам.", "7%", "инфляция"),
    ("Пока курс остаётся ниже 90 рублей за доллар, экспортёры теряют выручку.", "90 рублей", "курс"),
    ("По оценке аналитиков, доля импортных лекарств в аптеках выше 40%, — заявил эксперт.", "40%", "доля"),
    ("Урожай хороший: влажность зерна ниже 14%, — сообщил агроном.", "14%", "влажность"),
]


@pytest.mark.parametrize("text, figure, head", ABOVE_OR_BELOW, ids=[t[:30] for t, *_ in ABOVE_OR_BELOW])
def test_subject_above_or_below_a_bound_is_the_metric(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# a figure after a dash leaves out its verb and its metric: it measures what
# the paragraph's nearest claim with the same kind of unit measures
AFTER_A_DASH_IN_THE_PARAGRAPH = [
    ("Долг жителей города за электроэнергию к марту достиг 820 млн рублей. "
     "Больше всего задолжали в новых микрорайонах — около 300 млн рублей.",
     {"300 млн рублей": "долг"}),
    ("Выручка сети составила 12 млрд рублей. Из неё на онлайн-заказы — почти 4 млрд рублей.",
     {"4 млрд рублей": "выручка"}),
    ("Средняя зарплата в регионе составила 61 тыс. рублей. В здравоохранении — около 58 тыс. рублей.",
     {"58 тыс. рублей": "зарплата"}),
]


@pytest.mark.parametrize("text, expected", AFTER_A_DASH_IN_THE_PARAGRAPH,
                         ids=[t[:30] for t, _ in AFTER_A_DASH_IN_THE_PARAGRAPH])
def test_figure_after_a_dash_measures_the_paragraphs_topic(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# a count in digits with no noun leaves out the noun the paragraph's last
# count named
BARE_COUNTS = [
    ("В марте музей посетили более 40 тыс. человек. В то же время в планетарии побывало 12 тыс.",
     {"12 тыс.": "человек"}),
    ("На первый матч сезона пришли 18 тыс. болельщиков. На второй матч пришло лишь 9 тыс.",
     {"9 тыс.": "болельщик"}),
]


@pytest.mark.parametrize("text, expected", BARE_COUNTS, ids=[t[:30] for t, _ in BARE_COUNTS])
def test_bare_count_counts_what_the_last_count_counted(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# a rise or fall that names no metric changes the quantity of the nearest
# earlier claim with the same kind of unit, not a count or sum said in passing
CHANGE_OF_THE_SAME_KIND = [
    ("Выпуск молока в районе за год вырос на 6%, а всего продукции хозяйства продали на 2,3 млрд рублей. "
     "В крупных хозяйствах рост составил 8%.",
     {"8%": "выпуск"}),
    ("Добыча угля за квартал снизилась на 4%, при этом шахты отгрузили 310 вагонов. "
     "На открытых разрезах снижение составило 9%.",
     {"9%": "добыча"}),
]


@pytest.mark.parametrize("text, expected", CHANGE_OF_THE_SAME_KIND, ids=[t[:30] for t, _ in CHANGE_OF_THE_SAME_KIND])
def test_change_without_metric_takes_the_last_metric_of_its_kind(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head


# 'больше 90 баллов': a comparative the tagger calls a numeral is the figure's
# bound, so the noun before it is still the counted noun of the first number
COMPARATIVE_TAGGED_AS_A_NUMBER = [
    ("В школе сразу семь ребят получили больше 90 баллов по истории.", {"семь": "ребята"}),
    ("На олимпиаде сразу девять ребят получили больше 60 баллов.", {"девять": "ребята"}),
]


@pytest.mark.parametrize("text, expected", COMPARATIVE_TAGGED_AS_A_NUMBER,
                         ids=[t[:30] for t, _ in COMPARATIVE_TAGGED_AS_A_NUMBER])
def test_comparative_before_a_count_leaves_it_its_noun(nlp, text, expected):
    heads = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert heads[figure] == head
