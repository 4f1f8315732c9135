"""A share told again after ', или' with a preposition of its own
('засеяно 40 тыс. гектаров, или на 90% от плана'): it gives the figure
before it in another unit, so it measures what that figure measures. A share with a genitive of its
own ('или на 95% всех посевных площадей') keeps it. Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


@pytest.mark.parametrize("text, figure, head", [
    # a share of a plan, after an area measured by its noun
    ("Озимые посеяны на площади 420 тыс. гектаров, или на 93% к плану.", "93%", "площадь"),
    # another verb and noun: the parser hangs the share on 'объеме', the noun
    # that holds the figure before, which is no metric of its own
    ("Ремонт дорог профинансирован в объеме 2 млрд рублей, или на 80% от потребности.", "80%", "ремонт"),
    ("Доходы городской казны собраны в сумме 18 млрд рублей, или на 96% к годовому прогнозу.", "96%", "доход"),
])
def test_a_figure_told_again_with_its_own_preposition_measures_the_figure_before(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head


def test_a_share_told_again_with_its_own_genitive_keeps_it(nlp):
    claims = claims_by_figure(nlp, "Урожай убран на 1,2 млн гектаров, или на 95% всех посевных площадей.")
    assert metric_head(claims["95%"]) == "площадь"
    assert claims["95%"]["metric"]["text"] == "всех посевных площадей"


def test_a_change_told_again_keeps_its_direction(nlp):
    claim = claims_by_figure(nlp, "Выпуск стали за год снизился на 1,4 млн тонн, или на 6%.")["6%"]
    assert metric_head(claim) == "выпуск"
    assert claim["direction"] == "decrease"


def test_a_share_with_its_own_genitive_after_a_count_keeps_the_counts_change(nlp):
    claim = claims_by_figure(nlp, "Завод сократит около 1,8 тыс. рабочих, или 12% персонала.")["12%"]
    assert claim["direction"] == "decrease"
    assert claim["trigger"]["lemma"] == "сократить"
    assert metric_head(claim) == "персонал"


def test_a_share_after_a_count_with_no_verb_has_no_direction(nlp):
    claim = claims_by_figure(nlp, "В прошлом году на заводе работали 2,3 тыс. человек, или 11% занятых в городе.")["11%"]
    assert claim["direction"] is None
