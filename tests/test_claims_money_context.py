"""Money and shares whose metric stands in the sentence before, or before
a bracket: a total restating a figure, an earlier value given by the same verb.

Sentences written for these tests (not from any corpus).
"""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from claims_helpers import metric_heads


SAME_QUANTITY = [
    # a total in brackets restates the figure before it: the same quantity
    ("Фонд выплатит премии в размере 20 тыс. рублей на сотрудника (всего около 3 млн рублей).",
     {"3 млн рублей": "премия"}),
    ("Город закупил автобусы стоимостью 9 млн рублей за машину (в общей сложности 270 млн рублей).",
     {"270 млн рублей": "стоимость"}),
    # a sentence dated back that repeats the verb gives an earlier value of that quantity
    ("Завод направил на ремонт цехов 120 млн рублей. Годом ранее завод направил 95 млн рублей.",
     {"95 млн рублей": "ремонт"}),
]


@pytest.mark.parametrize("text, expected", SAME_QUANTITY)
def test_a_restated_or_earlier_figure_measures_the_same_quantity(nlp, text, expected):
    found = metric_heads(nlp, text)
    for figure, head in expected.items():
        assert found[figure] == head, (figure, found)


def test_a_dated_back_sentence_with_a_verb_of_its_own_borrows_nothing(nlp):
    # 'получила' tells what the branch got, not what the region spent
    found = metric_heads(nlp, "На дороги в этом году направят 8 млрд рублей. Годом ранее область получила 6 млрд рублей.")
    assert found["6 млрд рублей"] is None



CAPS = [
    # a cap joined by ', но не более' bounds the quantity before it; the genitive is only its base
    ("Компенсация составит 300 рублей, но не более 10% цены заказа.", "10%", "компенсация"),
    # a rate may stand between the figure and its cap
    ("Надбавка составит 5 тыс. рублей в месяц, но не менее 15% оклада.", "15%", "надбавка"),
]


@pytest.mark.parametrize("text, figure, head", CAPS)
def test_a_cap_measures_the_figure_it_caps(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_figures_in_brackets_after_places_measure_the_quantity_named_before(nlp):
    # each place of the list has its bracket; the quantity is named once, before them
    found = metric_heads(nlp, "Самые дорогие квартиры традиционно в Казани (180 тыс. рублей) и Нижегородской области (140 тыс. рублей).")
    assert found["180 тыс. рублей"] == "квартира"
    assert found["140 тыс. рублей"] == "квартира"


def test_ranked_answers_in_brackets_are_shares_of_the_polled(nlp):
    # after a share of the people polled, each answer's bracket is a share of them too
    doc = nlp("Пробки назвали главной бедой 51% опрошенных горожан. Следом идут парковки (34%) и шум (18%).")
    claims = {c["figure"]["text"]: c for c in doc._.claims}
    assert claims["34%"]["metric"]["head"] == claims["51%"]["metric"]["head"]
    assert claims["18%"]["metric"]["head"] == claims["51%"]["metric"]["head"]


# --- a bare cent is a hundredth of the currency the document writes in -------

@pytest.mark.parametrize("text, figure, value, unit", [
    # a document in euros only: its cents are euro cents
    ("Литр бензина в Таллине стоит 1,62 евро. За неделю он подешевел на 4 цента.", "4 цента", 0.04, "eur"),
    ("Килограмм сахара подешевел на 6 центов, до 0,99 €.", "6 центов", 0.06, "eur"),
    # dollars named: a cent stays a dollar cent
    ("Нефть WTI подорожала на 47 центов, до $94,90 за баррель.", "47 центов", 0.47, "usd"),
    ("Кофе подорожал на 12 центов. Фунт арабики стоит 2,1 доллара, в Европе — 1,9 евро.", "12 центов", 0.12, "usd"),
    # no currency named at all: the dollar, as before
    ("Акции компании выросли на 30 центов.", "30 центов", 0.3, "usd"),
])
def test_a_bare_cent_is_a_hundredth_of_the_documents_currency(nlp, text, figure, value, unit):
    from claims_helpers import claims_by_figure
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["unit"] == unit
    assert claim["value"] == pytest.approx(value)
