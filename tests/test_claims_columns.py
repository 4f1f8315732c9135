"""Analytical columns of a weekly magazine: many figures to a paragraph,
comparisons, shares of a base, references back. One class per test; every
sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- an amount restated as a share after ', или' -----------------------------

@pytest.mark.parametrize("text, share, measured", [
    ("В прошлом году нефтегазовые доходы составили 7,4 трлн рублей, или 51% доходов федерального бюджета.",
     "51%", "доход"),
    ("Расходы на науку в 2014 году составят 300 млрд рублей, или примерно 0,4% ВВП.", "0,4%", "расход"),
])
def test_a_share_restating_an_amount_measures_what_the_amount_does(nlp, text, share, measured):
    claim = claims_by_figure(nlp, text)[share]
    assert metric_head(claim) == measured
    assert claim["direction"] == "level"


def test_a_share_restating_a_count_keeps_its_own_genitive(nlp):
    claims = claims_by_figure(nlp, "Экзамен по истории сдавали почти 12 тыс. человек, или 30% выпускников.")
    assert metric_head(claims["30%"]) == "выпускник"


# --- a comparison of amounts: 'впятеро меньше нефти, чем Россия' --------------

@pytest.mark.parametrize("text, figure, compared", [
    ("Дания, добывающая вшестеро меньше газа, чем Норвегия, пошла другим путём.", "вшестеро", "газ"),
    ("Финляндия продаёт за границу втрое больше зерна, чем Эстония.", "втрое", "зерно"),
    ("Вместе они держат около 30 млн вкладчиков, то есть на тысячу жителей там приходится "
     "в 1,8 раза больше вкладчиков, чем у соседей.", "1,8 раза", "вкладчик"),
])
def test_a_comparison_measures_the_genitive_it_quantifies(nlp, text, figure, compared):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == compared
    assert claim["metric"]["text"].split()[0] not in ("меньше", "больше")


def test_a_standard_after_the_comparative_is_not_what_is_compared(nlp):
    claims = claims_by_figure(nlp, "Воды беженцам выдают 2 литра в день — вдвое меньше нормы.")
    assert metric_head(claims["вдвое"]) != "норма"


# --- a span that dates an event: 'пятью годами ранее' -------------------------

@pytest.mark.parametrize("text, span", [
    ("Выпускников в этом году 900 тысяч — на 200 тысяч меньше, чем тремя годами ранее.", "тремя годами"),
    ("Двумя неделями позже комбинат остановил вторую печь.", "Двумя неделями"),
])
def test_a_span_in_the_instrumental_before_earlier_or_later_is_a_time(nlp, text, span):
    assert span not in claims_by_figure(nlp, text)


def test_a_span_by_which_something_is_earlier_stays_a_claim(nlp):
    assert "два года" in claims_by_figure(nlp, "Дом сдали на два года раньше срока.")


# --- 'двое из каждых трёх': a share written in words ------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("Двое из каждых трех читателей журнала живут за пределами столицы.", "Двое из каждых трех", 2 / 3),
    ("По данным опроса, один из каждых десяти жителей области работает в Москве.", "один из каждых десяти", 0.1),
])
def test_a_number_out_of_every_other_number_is_one_share(nlp, text, figure, value):
    claim = claims_by_figure(nlp, text)[figure]
    assert claim["value"] == pytest.approx(value)
    assert claim["unit"] == "fraction"
    assert len(nlp(text)._.claims) == 1


# --- a share of a base after a level verb: 'не должен превышать 3% ВВП' -------------

@pytest.mark.parametrize("text, share, measured", [
    ("По новому правилу дефицит бюджета не должен превышать 3% ВВП.", "3%", "дефицит"),
    ("Выплаты из резерва не могут превысить 5% его объема в год.", "5%", "выплата"),
    ("При курсе 100 рублей за доллар госдолг превысит 20% ВВП, а «подушка» составит 2 трлн рублей.", "20%", "госдолг"),
])
def test_a_share_of_a_base_measures_the_subject_of_its_level_verb(nlp, text, share, measured):
    claim = claims_by_figure(nlp, text)[share]
    assert metric_head(claim) == measured
    assert claim["direction"] == "level"
