"""A second conjunct after 'и', 'а' or a comma that names its own change and
what changes measures that, not the first conjunct's metric, whatever the
parser hangs the figure on. One class per section. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head, metric_heads


# --- a change noun with its own genitive is the trigger of its figure ----------

@pytest.mark.parametrize("text, figure, head, direction", [
    ("Реформа, в частности, предусматривает урезание пенсий на 5–15% "
     "и повышение пенсионного возраста с 65 до 67 лет.", "67 лет", "возраст", "increase"),
    ("Программа, в частности, предусматривает сокращение субсидий на 10% "
     "и увеличение срока службы с 12 до 15 лет.", "15 лет", "срок", "increase"),
])
def test_a_change_noun_of_the_second_conjunct_names_its_own_metric(nlp, text, figure, head, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["metric"] or {}).get("head") == head
    assert claim["direction"] == direction


@pytest.mark.parametrize("text, figure, head, direction", [
    # no change noun of its own: the second figure stays the first conjunct's
    ("Бюджет предусматривает урезание пенсий на 5% и на 10% в следующем году.", "10%", "пенсия", "decrease"),
])
def test_a_conjunct_without_a_change_word_inherits(nlp, text, figure, head, direction):
    claim = claims_by_figure(nlp, text)[figure]
    assert (claim["metric"] or {}).get("head") == head
    assert claim["direction"] == direction


# --- 'и' joins the verb to the clause right before it, not the first one --------

@pytest.mark.parametrize("text, figure, head", [
    ("Наш дата-центр вырос до 2,4 тыс. серверов, а пиковый трафик в распродажу 11.11 подскочил "
     "вдвое и достиг 4,6 ТБ в сутки.", "4,6 ТБ", "трафик"),
    ("Облачный сервис вырос до 900 тыс. клиентов, а средний чек за квартал подскочил на треть "
     "и достиг 1 450 рублей.", "1 450 рублей", "чек"),
])
def test_a_noun_before_the_comma_is_no_object_of_the_later_conjunct(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


@pytest.mark.parametrize("text, figure, head", [
    ("По итогам года выручка компании подскочила на 9,1 %, до 52,3 млрд рублей, "
     "а рентабельность по EBITDA прибавила 2,1 п. п. и составила 16,4 %.", "16,4 %", "рентабельность"),
])
def test_an_abbreviation_point_ends_no_clause_before_and(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


# --- "увеличен на 20% и составит N": the level after a change is the level of what changed ---

@pytest.mark.parametrize("text, figure, head", [
    ("Призовой фонд турнира «Кубок Невы», который стартует в понедельник, в этом году "
     "увеличен на 20% и составит $1,08 млн.", "$1,08 млн", "фонд"),
    ("Расходы объясняют ростом платежей: долг ритейлера за отчетный период подскочил в 1,7 раза "
     "и на 30 сентября оценивался в 48 млрд рублей.", "48 млрд рублей", "долг"),
])
def test_a_level_joined_by_and_to_a_change_measures_what_changed(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_gapped_item_after_such_a_level_takes_its_metric_too(nlp):
    text = "Зарплата учителей выросла на 11% и составила 58 тыс. рублей, воспитателей — 44 тыс. рублей."
    claim = claims_by_figure(nlp, text)["44 тыс. рублей"]
    assert metric_head(claim) == "зарплата"
    assert [q["text"] for q in claim["qualifiers"]] == ["воспитателей"]


def test_a_level_with_its_own_subject_after_and_keeps_it(nlp):
    text = "Гривна за январь подешевела к доллару на 3,1%, и 9 февраля официальный курс составил 27,81 гривны."
    assert metric_heads(nlp, text)["27,81 гривны"] == "курс"
