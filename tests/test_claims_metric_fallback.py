"""A figure the tree leaves without a metric takes the subject of its clause
when that subject names a thing with a size, not a person.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def metrics(nlp, text):
    return {c["figure"]["text"]: (c["metric"] or {}).get("head") for c in nlp(text)._.claims}


SUBJECT_OF_THE_CLAUSE = [
    # a past form of 'быть' joins the subject to its value
    ("Задолженность по налогам была 12 миллионов рублей.", {"12 миллионов рублей": "задолженность"}),
    # ... also with a bound word between the copula and the figure
    ("— Долг перед поставщиками был около 30 миллионов рублей, и мы не спали ночами.",
     {"30 миллионов рублей": "долг"}),
    # a noun in the subject's own phrase is not the subject
    ("Цена на масло была 90 рублей.", {"90 рублей": "цена"}),
    # 'перевалить за' gives the value its subject passed
    ("Интерес к подписке впервые перевалил за треть.", {"треть": "интерес"}),
]


@pytest.mark.parametrize("text, expected", SUBJECT_OF_THE_CLAUSE)
def test_the_clause_subject_is_measured(nlp, text, expected):
    found = metrics(nlp, text)
    for figure, head in expected.items():
        assert found[figure] == head


def test_a_count_after_a_copula_still_counts_its_noun(nlp):
    # CLAIMS.md: a plain count keeps the counted noun
    assert metrics(nlp, "Очередь была 40 человек.") == {"40": "человек"}


def test_a_person_before_a_copula_is_not_measured(nlp):
    assert metrics(nlp, "Директор был 20 лет на этой должности.")["20 лет"] is None


def test_a_level_verb_joined_by_and_shares_a_lost_subject(nlp):
    # 'за' makes the parser take 'экспорт' for an obl of 'вырос'; 'достиг' shares it all the same
    found = metrics(nlp, "По данным таможни, за январь—июнь экспорт Армении в Китай вырос на 12,5% "
                         "и достиг $310 млн, импорт сократился на 3%.")
    assert found["12,5%"] == "экспорт" and found["$310 млн"] == "экспорт" and found["3%"] == "импорт"


def test_a_verbless_answer_measures_what_the_question_asked(nlp):
    text = "— Ольга: Сколько стоит проезд на пароме летом?\n— Игорь Петров: В среднем 400 рублей за поездку."
    assert metrics(nlp, text)["400 рублей"] == "проезд"


def test_an_answer_about_a_person_takes_no_metric_from_the_question(nlp):
    # 'вы' is who spent, not what is measured
    text = "— Ольга: Сколько вы потратили на ремонт?\n— Игорь Петров: Около 2 млн рублей."
    assert metrics(nlp, text)["2 млн рублей"] is None


def test_stuff_after_a_measure_is_read_as_a_genitive(nlp):
    # the tagger reads 'пашни' as a nominative; after '2 400 гектаров' it can only be a genitive
    found = metrics(nlp, "Фермер Иван Котов, у которого 2 400 гектаров пашни, уже продал зерно.")
    assert found["2 400 гектаров"] == "пашня"


GROUP_SHARES = [
    # the group whose share 'было' gives stands before it in the genitive plural
    ("Средний стаж участников — 12 лет, мужчин среди них было 41%.", {"41%": "мужчина"}),
    ("Таких семей в районе было около 12%.", {"12%": "семья"}),
]


@pytest.mark.parametrize("text, expected", GROUP_SHARES)
def test_a_share_after_a_copula_belongs_to_the_group_before_it(nlp, text, expected):
    found = metrics(nlp, text)
    for figure, head in expected.items():
        assert found[figure] == head


def test_a_bare_count_after_a_copula_is_the_subjects_value(nlp):
    found = metrics(nlp, "«Проходной балл на эту программу в прошлом году был 254, в этом — 262», — сказал декан.")
    assert found["254"] == "балл"


def test_a_figure_after_a_dash_keeps_the_null_of_the_figure_it_parallels(nlp):
    # money spent with no noun naming it has no metric (NOTES.md); the figure
    # after the dash repeats that clause, so it borrows nothing from the sentence before
    text = ("Средний чек покупателя вырос до 3 тыс. рублей. "
            "Гости из Москвы в среднем тратили около 5 тыс. рублей, из Казани — 4 200 рублей.")
    found = metrics(nlp, text)
    assert found["5 тыс. рублей"] is None and found["4 200 рублей"] is None


def test_an_article_of_law_in_brackets_is_not_what_a_fine_sizes(nlp):
    # a fine with no noun naming it has no metric; the bracketed article is an aside
    text = "Мировой судья оштрафовал владельца магазина на 30 тыс. рублей за продажу пива подросткам (ст. 14.16 КоАП)."
    assert metrics(nlp, text)["30 тыс. рублей"] is None
