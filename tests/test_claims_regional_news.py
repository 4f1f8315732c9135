"""Regional news of the kind a Kazakh city paper prints (fines in МРП,
akimat reports, school shifts, view counters under the byline), one class
per test. Every sentence here is written for these tests, not taken from a
corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.furniture import furniture_lines

from claims_helpers import claims_by_figure, figures_of, metric_heads


# --- units ---------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Водителю выписали штраф в размере 25 МРП.", "25 МРП"),
    ("Каждый участник программы получит грант в 300 МРП.", "300 МРП"),
    ("Летом из водопровода утекло около 4 млн кубов воды.", "4 млн кубов"),
])
def test_index_units_and_cubes_are_measures(nlp, text, figure):
    assert figures_of(nlp, text) == {figure: "other"}


def test_a_fine_in_index_units_keeps_its_noun(nlp):
    claim = claims_by_figure(nlp, "Продавцу назначили штраф в размере 40 МРП.")["40 МРП"]
    assert claim["metric"]["head"] == "штраф"


# --- ordinals spelled like fractions -------------------------------------------

def test_the_third_shift_is_no_third(nlp):
    assert figures_of(nlp, "В третью смену в лицее занимаются 300 детей.") == {"300": "count"}


def test_the_third_week_running_is_no_third(nlp):
    # 'третью неделю': the time noun was read as the fraction's unit
    assert figures_of(nlp, "Цены на бензин растут уже третью неделю подряд.") == {}


@pytest.mark.parametrize("text", [
    "Тарифы подняли на третью часть.",
    "Бригада справилась с работой третью своего состава.",
])
def test_a_third_as_a_share_stays(nlp, text):
    assert figures_of(nlp, text) == {"третью": "fraction"}


# --- page furniture --------------------------------------------------------------

@pytest.mark.parametrize("line, counter", [
    ("Дина Омарова. Фото из архива редакции. Просмотров: 2 417", "Просмотров: 2 417"),
    ("Пишите нам: news@example.kz. Просмотры: 915", "Просмотры: 915"),
])
def test_a_view_counter_closing_a_byline_is_furniture(line, counter):
    assert [line[start:end] for start, end in furniture_lines(line)] == [counter]


def test_the_rest_of_the_line_keeps_its_claims(nlp):
    text = "В посёлке открыли 2 новые школы. Просмотров: 1 310"
    assert figures_of(nlp, text) == {"2": "count"}


def test_views_in_a_sentence_are_a_claim(nlp):
    text = "Ролик акимата набрал за сутки 40 тысяч просмотров."
    assert figures_of(nlp, text) == {"40 тысяч": "count"}


# --- ranges and counted nouns ----------------------------------------------------

def test_a_share_and_the_amount_it_makes_are_two_figures(nlp):
    text = "Бюджет района составил 40 млрд тенге, из них около трети — 13 млрд — ушло на дороги."
    figures = figures_of(nlp, text)
    assert figures["трети"] == "fraction"
    assert figures["13 млрд"] == "kzt"


def test_a_count_of_premieres_is_no_ordinal(nlp):
    assert figures_of(nlp, "За сезон театр выпустил 12 премьер.") == {"12": "count"}


@pytest.mark.parametrize("text", ["Пожар вспыхнул на 9 этаже.", "Команда заняла 15 место."])
def test_ordinals_before_a_singular_noun_stay_out(nlp, text):
    assert figures_of(nlp, text) == {}


# --- metrics of a whole and its parts ----------------------------------------------

def test_a_part_after_iz_nikh_is_not_the_subject_of_the_whole(nlp):
    text = "Расходы бюджета достигли 90 млрд тенге, из них около трети — 31 млрд — ушло на дороги."
    assert metric_heads(nlp, text)["90 млрд тенге"] == "расход"


def test_kinds_after_a_dash_count_the_noun_before_it(nlp):
    text = "Школьники привезли с олимпиад 30 медалей — 8 золотых, 10 серебряных и 12 бронзовых."
    heads = metric_heads(nlp, text)
    assert [heads[figure] for figure in ("8", "10", "12")] == ["медаль"] * 3


# --- directions ------------------------------------------------------------------

def test_a_change_said_twice_takes_the_comparative_after_both(nlp):
    text = "Литр молока стоит 480 тенге — на 40 тенге, или 9%, дороже, чем в марте."
    claims = claims_by_figure(nlp, text)
    assert claims["40 тенге"]["direction"] == "increase"
    assert claims["9%"]["direction"] == "increase"
    assert claims["480 тенге"]["direction"] is None


def test_each_weight_in_a_list_weighs_its_own_stuff(nlp):
    text = "Фермеры сдали 30 тонн говядины и 12 тыс. т баранины."
    assert metric_heads(nlp, text) == {"30 тонн": "говядина", "12 тыс. т": "баранина"}


def test_a_quantity_noun_before_a_weight_stays_its_metric(nlp):
    text = "Шахта вскрыла пласт с запасами 1,8 млн т угля."
    assert metric_heads(nlp, text)["1,8 млн т"] == "запас"


def test_every_fifth_restating_a_count_keeps_its_own_noun(nlp):
    text = "Поликлинику посетили 90 тысяч горожан, или почти каждый пятый житель."
    assert metric_heads(nlp, text)["каждый пятый"] == "житель"


def test_a_rare_noun_the_tagger_takes_for_a_participle_is_still_the_subject(nlp):
    text = "Осенью посадили 900 саженцев; приживаемость прошлогодних посадок составила 74 процента."
    assert metric_heads(nlp, text)["74 процента"] == "приживаемость"


def test_what_reached_a_mark_is_measured_not_the_mark(nlp):
    text = "Вода в озере поднялась на 1,2 метра и достигла отметки 4,8 м."
    assert metric_heads(nlp, text)["4,8 м"] == "вода"


# --- court terms and ages ---------------------------------------------------------

def test_a_term_given_to_a_described_convict_is_no_age(nlp):
    text = "Суд назначил бывшему кассиру 2 года ограничения свободы."
    assert figures_of(nlp, text) == {"2 года": "year"}


@pytest.mark.parametrize("text", ["Моему младшему брату 4 года.", "Нашей сельской школе 60 лет."])
def test_the_age_of_a_described_owner_stays_out(nlp, text):
    assert figures_of(nlp, text) == {}
