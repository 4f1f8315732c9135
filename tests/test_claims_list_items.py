"""Given a list whose items name themselves before a bracket or a dash, each
figure measures its own item (CLAIMS.md, lists and ellipsis)."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_head


def claim_of(nlp, text, figure):
    found = [c for c in nlp(text)._.claims if c["figure"]["text"] == figure]
    assert len(found) == 1, [c["figure"]["text"] for c in nlp(text)._.claims]
    return found[0]


def qualifier_texts(claim):
    return [q["text"] for q in claim["qualifiers"]]


# text, figure, metric head
ITEMS_BEFORE_BRACKETS = [
    # each item of a list is the subject of the verb, not only the first one
    ("Подорожали молоко (на 2,1%), сливочное масло (на 3,4%) и сыры (на 1,7%).", "3,4%", "масло"),
    ("Подорожали молоко (на 2,1%), сливочное масло (на 3,4%) и сыры (на 1,7%).", "1,7%", "сыр"),
    # a genitive after the item belongs to it (after 'Больше всего мест' the
    # lead-in's noun would be the metric instead: NOTES.md, session 5)
    ("Чаще всего места занимали студенты Томска (24%).", "24%", "студент"),
]


@pytest.mark.parametrize("text, figure, head", ITEMS_BEFORE_BRACKETS)
def test_item_before_a_bracket_is_the_metric(nlp, text, figure, head):
    assert metric_head(claim_of(nlp, text, figure)) == head


def test_a_genitive_joined_by_and_takes_the_noun_left_out(nlp):
    claim = claim_of(nlp, "Среди покупателей преобладают жители Омска (38%) и Тюмени (12%).", "12%")
    assert metric_head(claim) == "житель"
    assert qualifier_texts(claim) == ["Тюмени"]


def test_a_bracket_with_a_noun_of_its_own_keeps_it(nlp):
    claim = claim_of(nlp, "Первое место занял завод (12% рынка).", "12%")
    assert metric_head(claim) == "рынок"


# text, figure, metric head
DASH_ITEMS = [
    # a group of people before the dash is whose share the figure is
    ("Среди новых клиентов банка преобладают пенсионеры — 46% от общего числа.", "46%", "пенсионер"),
    # of two nouns joined by 'и', the first heads the item
    ("В структуре импорта первое место занимают машины и оборудование — 38%.", "38%", "машина"),
]


@pytest.mark.parametrize("text, figure, head", DASH_ITEMS)
def test_item_before_a_dash_is_the_metric(nlp, text, figure, head):
    assert metric_head(claim_of(nlp, text, figure)) == head


def test_first_item_after_the_verb_is_its_own_metric(nlp):
    text = "Сильнее всего подорожали фрукты, в том числе: яблоки — на 11,5%, груши — на 7,2%."
    claim = claim_of(nlp, text, "11,5%")
    assert metric_head(claim) == "яблоко"
    assert claim["metric"]["text"] == "яблоки"


def test_a_grade_after_a_dash_qualifies_the_thing_before(nlp):
    text = "Дизельное топливо ДТ-5 подешевело на 0,4%, ДТ-3 — на 0,2%."
    claim = claim_of(nlp, text, "0,2%")
    assert metric_head(claim) == "топливо"
    assert qualifier_texts(claim) == ["ДТ-3"]


def test_a_whole_out_of_which_a_part_is_counted_counts_the_same_things(nlp):
    text = "На собрание пришли 214 акционеров из 530 внесённых в реестр."
    whole = claim_of(nlp, text, "530")
    assert metric_head(whole) == "акционер"
    assert qualifier_texts(whole)[0].startswith("внесённых")


def test_a_bare_part_and_whole_count_the_noun_named_before(nlp):
    text = "В сельских школах ученики сдали экзамен в 41 из 45."
    for figure in ("41", "45"):
        assert metric_head(claim_of(nlp, text, figure)) == "школа"


def test_items_labelled_by_a_colon_measure_the_lead_in(nlp):
    text = ("Цены на проезд изменятся так:\n"
            "— автобус: с 40 до 45 рублей за поездку;\n"
            "— трамвай: с 35 до 40 рублей за поездку.")
    for figure, label in (("45 рублей", "автобус"), ("40 рублей", "трамвай")):
        claim = claim_of(nlp, text, figure)
        assert metric_head(claim) == "цена"
        assert qualifier_texts(claim) == [label]


def test_a_bare_count_after_a_dash_counts_the_genitive_before_it(nlp):
    text = "Больше всего заявок в Омской области — 12 тысяч, в Томской — 4,1 тысячи."
    for figure in ("12 тысяч", "4,1 тысячи"):
        assert metric_head(claim_of(nlp, text, figure)) == "заявка"


def test_a_part_explained_after_a_dash_measures_the_whole_it_is_taken_from(nlp):
    # NOTES.md, session 7: 'из них' takes the whole, the dash only says which part
    text = "Бюджет проекта составил 12 млрд рублей, из них 7,5 млрд — частные инвестиции."
    claim = claim_of(nlp, text, "7,5 млрд")
    assert metric_head(claim) == "бюджет"
    assert claim["direction"] is None


def test_a_part_explained_after_a_dash_without_from_them_measures_what_the_dash_names(nlp):
    text = "Около двух третей прибывших — жители соседних регионов."
    assert metric_head(claim_of(nlp, text, "двух третей")) == "житель"


def test_a_named_item_of_a_ranking_takes_what_the_ranking_measures(nlp):
    text = ("Лидером продаж остался седан «Вектор» с долей 12,3%. "
            "На втором месте — кроссовер «Сокол» с 9,8%, на третьем — хэтчбек «Искра» (7,1%).")
    for figure, label in (("9,8%", "кроссовер «Сокол»"), ("7,1%", "хэтчбек «Искра»")):
        claim = claim_of(nlp, text, figure)
        assert metric_head(claim) == "доля"
        assert qualifier_texts(claim) == [label]


def test_figures_joined_by_and_share_the_noun_named_last(nlp):
    text = "За лето отремонтируют 52 км районных и 18 км городских дорог."
    assert metric_head(claim_of(nlp, text, "52 км")) == "дорога"


def test_figures_of_different_kinds_share_no_noun(nlp):
    text = "У них нашли 2,4 млн рублей наличными, три телефона и ноутбук."
    assert metric_head(claim_of(nlp, text, "2,4 млн рублей")) != "телефон"
