"""Lists led in by a colon inside a sentence: the clause before the colon
names what the items measure; each item's 'label —' (a kind, a group, a
recipient) only narrows it. Every sentence here is written for these tests,
not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- a change verb before the colon: its subject is what changed -------------

@pytest.mark.parametrize("text, figures, head", [
    ("Сильнее всего за месяц выросли тарифы: электроэнергия — на 9%, вода — на 11%.",
     ["9%", "11%"], "тариф"),
    ("Фрукты в октябре заметно подорожали: яблоки — на 6,2%, бананы — на 3,4%.",
     ["6,2%", "3,4%"], "фрукт"),
    ("Импорт за квартал сократился: легковые машины — на 18%, грузовые — на 7%.",
     ["18%", "7%"], "импорт"),
])
def test_kinds_after_a_change_verb_narrow_its_subject(nlp, text, figures, head):
    claims = claims_by_figure(nlp, text)
    for figure in figures:
        assert metric_head(claims[figure]) == head
        assert claims[figure]["qualifiers"]


def test_a_share_verb_names_the_share_its_groups_split(nlp):
    claims = claims_by_figure(
        nlp, "Большая часть выручки приходится на два рынка: Китай — 41%, Индия — 23%.")
    assert metric_head(claims["41%"]) == "часть"
    assert metric_head(claims["23%"]) == "часть"


# --- a verb of paying or giving: its object is what each recipient gets ------

@pytest.mark.parametrize("text, figures, head", [
    ("Правительство решило выделить гранты: малым школам — по 2 млн рублей, сельским — по 1,5 млн рублей.",
     ["2 млн рублей", "1,5 млн рублей"], "грант"),
    ("Завод выплатит премии: рабочим цехов — по 30 тыс. рублей, мастерам — по 45 тыс. рублей.",
     ["30 тыс. рублей", "45 тыс. рублей"], "премия"),
])
def test_recipients_after_a_verb_of_paying_narrow_its_object(nlp, text, figures, head):
    claims = claims_by_figure(nlp, text)
    for figure in figures:
        assert metric_head(claims[figure]) == head


# --- items that are measures themselves keep their own reading ---------------

def test_an_item_naming_a_measure_is_not_a_kind(nlp):
    claims = claims_by_figure(nlp, "Пассажирам советуют сохранить билеты: срок возврата — 30 дней.")
    assert metric_head(claims["30 дней"]) == "срок"


def test_an_item_with_a_verb_of_its_own_keeps_its_subject(nlp):
    claims = claims_by_figure(nlp, "Цены на жильё выросли: квартиры в центре подорожали на 8%.")
    assert metric_head(claims["8%"]) != "цена"


def test_parts_after_a_part_opener_keep_their_own_names(nlp):
    claims = claims_by_figure(nlp, "Быстрее всего дешевели ягоды, в том числе: клубника — на 12%, малина — на 8%.")
    assert metric_head(claims["12%"]) == "клубника"


def test_the_clause_right_before_the_colon_names_the_measure(nlp):
    claims = claims_by_figure(
        nlp, "Расходы на оборону вырастут на 5%, тогда как субсидии аграриям будут сокращены: "
             "северным хозяйствам — на 9%, южным — на 4%.")
    assert metric_head(claims["9%"]) == "субсидия"
    assert metric_head(claims["4%"]) == "субсидия"


# --- a clause ending in 'так' or 'такой' names the quantity its items give ------

@pytest.mark.parametrize("text, figures", [
    ("По данным управления, дефицит учителей по районам такой: Заречный — 24 человека, Северный — 17, "
     "Лесной — 5.", ["24", "17", "5"]),
    ("Заболеваемость по районам выглядит так: Центральный — 312 случаев на 100 тыс., Заречный — 287.",
     ["312", "287"]),
])
def test_a_quantity_shown_so_before_the_colon_is_every_items_metric(nlp, text, figures):
    claims = claims_by_figure(nlp, text)
    head = metric_head(claims[figures[0]])
    assert head in ("дефицит", "заболеваемость")
    assert all(metric_head(claims[figure]) == head for figure in figures)


def test_results_shown_so_leave_each_item_its_own_metric(nlp):
    claims = claims_by_figure(nlp, "Результаты проверки выглядят так: скамейка — 182 тыс. рублей, урна — 40 тыс. рублей.")
    assert metric_head(claims["40 тыс. рублей"]) != "результат"


# --- a ranking by a quantity: the noun after 'по' is what the leaders' figures measure ---

@pytest.mark.parametrize("text, figures, head", [
    ("Лидируют по надою хозяйства: Заволжское — 7 100 кг, Луговое — 6 800 кг, Степное — 6 300 кг.",
     ["7 100 кг", "6 800 кг", "6 300 кг"], "надой"),
    ("Лидерами по вывозу стали два порта: Восточный — около 40 млн тонн, Северный — 28 млн тонн.",
     ["40 млн тонн", "28 млн тонн"], "вывоз"),
])
def test_items_after_a_ranking_lead_in_measure_its_po_noun(nlp, text, figures, head):
    claims = claims_by_figure(nlp, text)
    for figure in figures:
        assert metric_head(claims[figure]) == head
        assert claims[figure]["qualifiers"]


def test_a_lead_in_with_no_ranking_word_names_no_po_noun(nlp):
    claims = claims_by_figure(nlp, "Работали по графику три смены: первая — 120 человек, вторая — 95 человек.")
    assert metric_head(claims["95"]) != "график"


# --- an item's second figure after ', до' is the level it reached ------------------

def test_the_level_after_an_items_change_keeps_the_lead_and_the_label(nlp):
    claims = claims_by_figure(
        nlp, "Быстрее всего подешевели фрукты: бананы — на 8,1% за месяц, до 112 рублей за килограмм, "
             "яблоки — на 4,6%, груши — на 3%.")
    for figure in ("8,1%", "112 рублей", "4,6%", "3%"):
        assert metric_head(claims[figure]) == "фрукт"
    assert claims["112 рублей"]["qualifiers"][0]["text"] == "бананы"
    assert claims["3%"]["qualifiers"][0]["text"] == "груши"


# --- a change named before the colon, then items 'в place — на N%' ---------------

@pytest.mark.parametrize("text, figures, head, direction", [
    ("Рост числа ДТП зафиксирован в четырёх районах: в Заречном — на 12%, в Лесном — на 7%.",
     ["12%", "7%"], "число", "increase"),
    ("Смертность ниже среднего в трёх городах: в Ухте — на 8%, в Сосногорске — на 5%.",
     ["8%", "5%"], "смертность", "decrease"),
])
def test_places_after_a_change_without_a_verb_share_its_measure(nlp, text, figures, head, direction):
    claims = claims_by_figure(nlp, text)
    for figure in figures:
        assert metric_head(claims[figure]) == head
        assert claims[figure]["direction"] == direction
        assert claims[figure]["qualifiers"][0]["text"].startswith("в ")
