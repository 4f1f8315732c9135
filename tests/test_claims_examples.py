"""Given a sentence, these claims: the component on short examples."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory


def only_claim(nlp, text):
    claims = nlp(text)._.claims
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize("text, figure, value, unit, head, direction, change", [
    ("Выручка компании выросла на 12,5% за год.", "12,5%", 12.5, "percent", "выручка", "increase", "by"),
    ("Доля правительства в банке составляет 70 процентов.", "70 процентов", 70, "percent", "доля", "level", None),
    ("Банк заплатит около 100 млн долларов.", "100 млн долларов", 1e8, "usd", None, None, None),
    ("Поступило 428 таких сообщений.", "428", 428, "count", "сообщение", None, None),
    # a comparison of two things (not with an earlier time): no direction; what is compared is the metric
    ("В Турции живёт в десять раз больше крымских татар.", "десять раз", 10, "times", "татарин", "increase", "ratio"),
    ("Правительство решило поднять пошлины вдвое.", "вдвое", 2, "times", "пошлина", "increase", "ratio"),
    ("Сумма сделки впечатляет — 2,7 млрд долларов.", "2,7 млрд долларов", 2.7e9, "usd", "сумма", None, None),
    ("Компания оценила капитализацию Facebook в 19,2 млрд долларов.", "19,2 млрд долларов", 1.92e10, "usd", "капитализация", None, None),
    # a sign typed onto a percent is the direction of a change
    ("Индекс Мосбиржи: -3,2% за неделю.", "3,2%", 3.2, "percent", "индекс", "decrease", "by"),
    ("Выручка сети: +2,5% за квартал.", "2,5%", 2.5, "percent", "выручка", "increase", "by"),
    # recovering after a fall is a rise
    ("После ремонта выработка станции восстановилась до 95%.", "95%", 95, "percent", "выработка", "increase", "to"),
])
def test_claim(nlp, text, figure, value, unit, head, direction, change):
    claim = only_claim(nlp, text)
    assert claim["figure"]["text"] == figure
    assert claim["value"] == pytest.approx(value)
    assert claim["unit"] == unit
    assert (claim["metric"] or {}).get("head") == head
    assert claim["direction"] == direction
    assert claim["change"] == change


@pytest.mark.parametrize("text, bound", [
    ("Задержано более 30 человек.", "more_than"),
    ("По крайней мере 73 мигранта погибли.", "at_least"),
    ("Таких граждан насчитывается не более двух тысяч.", "at_most"),
    ("На площадь вышли до 6 тысяч человек.", "less_than"),
    ("Работали около 5 тысяч ферм.", "approx"),
])
def test_bounds(nlp, text, bound):
    assert only_claim(nlp, text)["bound"] == bound


def test_range_and_from_to(nlp):
    claim = only_claim(nlp, "Зарплаты составят от 5 до 7 тысяч рублей.")
    assert (claim["value"], claim["value_max"], claim["unit"]) == (5000, 7000, "rub")
    claim = only_claim(nlp, "Ставка снизилась с 14% до 11%.")
    assert (claim["value"], claim["value_from"], claim["change"], claim["direction"]) == (11, 14, "to", "decrease")


def test_list_inherits_metric_with_its_own_qualifier(nlp):
    claims = nlp("Цены на импорт продовольствия вырастут на 11%, а в большинстве развивающихся стран – на 20%.")._.claims
    assert [c["metric"]["head"] for c in claims] == ["цена", "цена"]
    assert [c["direction"] for c in claims] == ["increase", "increase"]


def test_source_by_quote_and_by_preposition(nlp):
    text = "По словам Салина, поступило 428 сообщений."
    claim = only_claim(nlp, text)
    assert claim["source"]["text"] == "Салина"


@pytest.mark.parametrize("text, source", [
    # a speech verb with no subject names the body that speaks by "в"
    ("Выручка компании выросла на 12%, сообщили в пресс-службе холдинга.", "пресс-службе холдинга"),
    ("Цены на бензин выросли на 3%, следует из данных Росстата.", "Росстата"),
    # the next sentence points back to the figure: "Об этом сообщил …"
    ("Экспорт зерна сократился на 8%. Об этом сообщил Минсельхоз.", "Минсельхоз"),
])
def test_source_in_wire_copy(nlp, text, source):
    claim = nlp(text)._.claims[0]
    assert claim["source"]["text"] == source


def test_the_base_of_a_change_did_not_change(nlp):
    claims = nlp("Доля продаж в кредит опустилась до 44% против 58% годом ранее.")._.claims
    assert [(c["figure"]["text"], c["direction"]) for c in claims] == [("44%", "decrease"), ("58%", None)]
    assert claims[1]["metric"]["head"] == "доля"


def test_a_change_with_no_metric_of_its_own_is_of_the_paragraph_topic(nlp):
    text = ("Промышленное производство в январе составило 101,3%. "
            "В обрабатывающей промышленности рост составил 3,1%.")
    claims = nlp(text)._.claims
    assert [(c["direction"], c["metric"]["head"]) for c in claims] == [
        ("level", "производство"), ("increase", "производство")]


def test_no_number_no_claims(nlp):
    assert nlp("Путин прибыл в Казань.")._.claims == []


def test_render_html_marks_entities_and_claims(nlp):
    from pipeline.render import render_html
    page = render_html(nlp("По словам Салина, преступность снизилась на 10% <за год>."))
    assert page.startswith("<!DOCTYPE html>")
    assert 'class="figure"' in page and "10%" in page
    assert "&lt;за год&gt;" in page             # the text is escaped
    assert "PER</span></mark>" in page           # the entity is marked
    assert "<td>decrease</td>" in page
