"""Numbers that are not claims, one class per test.

Most rules read spelling alone, so these run on razdel words without
models; agreement (ordinals) and furniture need the pipeline.
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.claims.exclusions import exclusion
from pipeline.claims.figures import find_figures
from pipeline.claims.words import words_from_text


def reasons(text):
    """{figure text: why it is excluded, or None when it is a claim}."""
    words = words_from_text(text)
    return {" ".join(words.texts[f.start:f.end]): exclusion(words, f) for f in find_figures(words)}


def claim_figures(nlp, text):
    return [claim["figure"]["text"] for claim in nlp(text)._.claims]


@pytest.mark.parametrize("text, figure", [
    ("Встреча прошла 9 апреля.", "9"),
    ("Это было 27-28 сентября.", "27-28"),
    ("В ночь с 20 на 21 июля произошёл сброс.", "20"),
    ("Документ от 09.04.2023 опубликован.", "09.04.2023"),
])
def test_dates(text, figure):
    found = reasons(text)
    assert found.get(figure) == "date" or figure not in found, found


@pytest.mark.parametrize("text, figure", [
    ("В 2015 году выручка выросла.", "2015 году"),
    ("В 2015 и 2016 годах было тихо.", "2015"),
    ("в 1990-х годах", "1990-х годах"),
    ("* 2242 год — конец эпохи", "2242 год"),
    ("Скидки на машины 2025 модельного года.", "2025"),
])
def test_years(text, figure):
    assert reasons(text)[figure] == "year"


def test_a_four_digit_amount_is_not_a_year():
    assert reasons("Билет стоит 2007 рублей.")["2007 рублей"] is None


@pytest.mark.parametrize("text, figure", [
    ("15:41, 9 апреля", "15"),
    ("Акция началась в 19 часов.", "19 часов"),
    ("открыты с 8 часов утра до 20 часов", "20 часов"),
    ("Счёт 2:1 в пользу гостей.", "2"),
])
def test_clock_times_and_scores(text, figure):
    assert reasons(text)[figure] == "clock"


def test_a_colon_with_a_space_after_it_opens_a_clause_not_a_score(nlp):
    # a score is typed tight ('2:1'); after '№ 2: ' the number starts a new clause
    text = "Вынесен приговор по делу с подстанции № 2: трое фигурантов получили сроки."
    assert claim_figures(nlp, text) == ["трое"]


def test_a_duration_in_hours_is_a_claim():
    assert reasons("Переговоры длились 3 часа.")["3 часа"] is None


@pytest.mark.parametrize("text", ["Он занял 2-й раз подряд", "Команда заняла 581-е место"])
def test_ordinals_in_digits_are_not_numbers(text):
    assert reasons(text) == {}


def test_ordinal_by_agreement(nlp):
    assert claim_figures(nlp, "Пожар начался на 4 этаже здания.") == []


def test_a_noun_after_2_to_4_joined_to_a_counted_plural_is_counted(nlp):
    # '42 школы' could be 'school No. 42', but joined by 'и' to '17 больниц' it is counted
    text = "«Повреждены свыше 6 тыс. зданий, в том числе 17 больниц и 42 школы», — сообщил министр."
    assert claim_figures(nlp, text) == ["6 тыс.", "17", "42"]
    # two singular nouns in a row stay ordinals: the third and the fourth grade
    assert claim_figures(nlp, "Экзамен сдавали ученики 3 класса и 4 класса.") == []


@pytest.mark.parametrize("text, figure", [
    ("Дело возбуждено по ст. 158 УК РФ.", "158"),
    ("по ч. 2 статьи 105", "2"),
    ("Phillips 66 отчиталась.", "66"),
    ("сайт example.com/12 недоступен", "12"),
    ("Звёзды встретятся в клубе «16 тонн».", "16 тонн"),
])
def test_identifiers_and_codes(text, figure):
    assert reasons(text)[figure] == "identifier"


def test_names_with_numbers_are_one_word():
    assert reasons("Самолёт Су-27 и вирус COVID-19") == {}


@pytest.mark.parametrize("text, figure", [
    ("Звоните +7 (495) 123-45-67", "+ 7"),   # the glued plus is read into the figure
    ("Звоните +7 (495) 123-45-67", "495"),
])
def test_phone_numbers(text, figure):
    assert reasons(text)[figure] == "identifier"


@pytest.mark.parametrize("text, figure", [
    ("Погибший в возрасте 57 лет работал водителем.", "57 лет"),
    ("дети в возрасте до пяти лет", "пяти лет"),
    ("граждане не моложе 23 лет", "23 лет"),
])
def test_ages(text, figure):
    assert reasons(text)[figure] == "age"


def test_an_age_compound_is_dropped_but_a_term_is_kept(nlp):
    assert claim_figures(nlp, "Задержан 57-летний мужчина.") == []
    assert claim_figures(nlp, "Он отбывает 10-летний срок заключения.") == ["10-летний"]


@pytest.mark.parametrize("text, figure, reason", [
    ("в одном из помещений", "одном", "partitive"),
    ("Лофнер предстал перед судом через два дня.", "два дня", "relative_time"),
    ("Это случилось 13 лет назад.", "13 лет", "relative_time"),
    ("Клуб впервые за три сезона вышел в плей-офф.", "три", "relative_time"),
    ("Продажи за те же шесть месяцев упали на 4%.", "шесть месяцев", "relative_time"),
    ("За тех же два года город построил шесть школ.", "два года", "relative_time"),
    ("Рекорд трёхлетней давности побит.", "трёхлетней", "relative_time"),
    ("\n1. Михаил Саакашвили — 52,1 %", "1", "list_marker"),
])
def test_other_non_claims(text, figure, reason):
    assert reasons(text)[figure] == reason


def test_furniture(nlp):
    text = ("Цены на хлеб выросли на 12% за месяц, сообщили в ведомстве.\n\n"
            "Если вы заметили ошибку, выделите текст и нажмите Ctrl+Enter, 2 раза подряд\n")
    figures = claim_figures(nlp, text)
    assert figures == ["12%"]


# --- numbers that name, found on development text (session 18) --------------------

def test_a_number_after_a_number_sign_is_no_claim_whatever_its_letter(nlp):
    assert claim_figures(nlp, "Автобусы вышли на маршруты № 3 и № 9К рано утром.") == []


def test_an_issue_number_in_brackets_after_its_number_in_the_year_is_no_claim(nlp):
    assert claim_figures(nlp, "Статья вышла в выпуске № 12 (4810) газеты.") == []


def test_digits_typed_onto_capitals_and_digits_name_a_model(nlp):
    assert claim_figures(nlp, "Депо получило 6 локомотивов серии 3ТЭ10 в марте.") == ["6"]


def test_a_one_compound_names_a_kind_and_counts_nothing(nlp):
    assert claim_figures(nlp, "Банк снизил ставки по однодневным кредитам.") == []
    assert claim_figures(nlp, "Стороны провели двухдневные переговоры.") == ["двухдневные"]


@pytest.mark.parametrize("text, mark, top", [
    ("Итог: за свои деньги моя оценка — 4 из 5.", "4", "5"),
    ("Ставлю 4 звезды из 5, за ожидание минус одна.", "4", "5"),
    ("Загруженность дорог достигла 9 баллов из 10 — уже третий раз с начала года.", "9 баллов", "10"),
])
def test_the_top_of_a_rating_scale_is_no_claim(nlp, text, mark, top):
    figures = claim_figures(nlp, text)
    assert mark in figures and top not in figures, figures


@pytest.mark.parametrize("text, figures", [
    ("Гроссмейстер Зденко Кожул набрал 8,5 очков из 11.", ["8,5", "11"]),
    ("За документ проголосовали 167 из 300 депутатов.", ["167", "300"]),
])
def test_points_or_people_out_of_a_total_stay_claims(nlp, text, figures):
    assert claim_figures(nlp, text) == figures


def test_a_federal_bond_issue_number_is_no_claim(nlp):
    assert claim_figures(nlp, "Доходность ОФЗ 26225 опустилась за неделю до 14,9%.") == ["14,9%"]
