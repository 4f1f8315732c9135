"""List items that are parts of a whole named before them: kinds counted
after a colon, shares of a whole shared out among payers, labelled values
of a heading followed by a clause of its own. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_heads


# --- kinds after a colon count the noun before its genitives ---------------

@pytest.mark.parametrize("text, figures, whole", [
    ("На счету пловчихи 11 наград Олимпийских игр: 5 золотых, 4 серебряные и 2 бронзовые.",
     ("5", "4", "2"), "награда"),
    ("Всего у лыжника 14 медалей чемпионатов мира: 6 золотых, 5 серебряных и 3 бронзовые.",
     ("6", "5", "3"), "медаль"),
    ("В автопарке 120 автобусов городских маршрутов: 80 дизельных и 40 электрических.",
     ("80", "40"), "автобус"),
])
def test_kinds_after_a_colon_count_the_noun_the_genitives_hang_on(nlp, text, figures, whole):
    heads = metric_heads(nlp, text)
    for figure in figures:
        assert heads[figure] == whole


# --- shares of a whole shared out among payers -------------------------------

@pytest.mark.parametrize("text, whole", [
    ("Расходы на ремонт школы распределятся следующим образом: 55% оплатит муниципалитет, "
     "45% профинансирует региональный фонд.", "расход"),
    ("Финансирование строительства моста разделено так: 70% выделит федеральный центр, "
     "30% — областной бюджет.", "финансирование"),
])
def test_shares_after_a_dividing_lead_in_measure_the_whole(nlp, text, whole):
    claims = claims_by_figure(nlp, text)
    shares = [claim for figure, claim in claims.items() if figure.endswith("%")]
    assert len(shares) == 2
    for claim in shares:
        assert claim["metric"]["head"] == whole
        assert claim["qualifiers"], "who takes the share is its qualifier"


def test_the_payer_after_a_dash_is_a_qualifier_not_the_metric(nlp):
    claim = claims_by_figure(nlp, "Затраты на проект поделили так: 65% взяла на себя компания, "
                                  "35% — городской бюджет.")["35%"]
    assert claim["metric"]["head"] == "затрата"
    assert claim["qualifiers"][0]["text"] == "городской бюджет"


# --- a heading's labelled values, then a clause of its own -------------------

@pytest.mark.parametrize("text, figures, whole", [
    ("Глубина озера Светлого: средняя — 12 м, наибольшая (у северного берега) — 41 м, "
     "что втрое больше, чем у соседнего Тихого.", ("12 м", "41 м"), "глубина"),
    ("Население посёлка: летнее — 3,2 тыс. человек, зимнее (по данным сельсовета) — около 900 человек, "
     "то есть в 3,5 раза меньше.", ("3,2 тыс.", "900"), "население"),
])
def test_labelled_values_keep_the_heading_when_a_clause_follows(nlp, text, figures, whole):
    heads = metric_heads(nlp, text)
    for figure in figures:
        assert heads[figure] == whole
