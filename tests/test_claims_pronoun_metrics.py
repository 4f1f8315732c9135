"""A pronoun that stands for what a figure measures: the genitive a count
counts ('их было 52') and the subject of a level noun's verb ('она держится
на уровне 16%'). Every sentence here is written for these tests, not taken
from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import claims_by_figure, metric_head


# --- 'их было N': what the count before counted --------------------------------

@pytest.mark.parametrize("text, figure, head", [
    # the count before stands in the sentence before, whose subject is someone else
    ("Инспекторы оштрафовали 19 рыбаков. Год назад за тот же рейд их было 27.", "27", "рыбак"),
    ("Волонтёры высадили 400 саженцев. Весной их было всего 120.", "120", "саженец"),
    # the count before stands in the same sentence, the pronoun's clause without a verb
    ("Сеть открыла 35 новых аптек, теперь их у компании 410.", "410", "аптека"),
])
def test_a_counted_pronoun_counts_what_the_count_before_counted(nlp, text, figure, head):
    assert metric_head(claims_by_figure(nlp, text)[figure]) == head


def test_a_nearer_noun_that_agrees_beats_the_count_before(nlp):
    claims = claims_by_figure(nlp, "Компания наняла 200 курьеров, а склады (их 12) работают круглосуточно.")
    assert metric_head(claims["12"]) == "склад"


# --- 'он держится на уровне N': the subject of the level noun's verb ---------------

@pytest.mark.parametrize("text, figure, head", [
    ("Ключевая ставка не менялась с весны. Сейчас она находится на уровне 16%.", "16%", "ставка"),
    ("Безработица в области снизилась. Весь прошлый год она оставалась на уровне 4,1%.", "4,1%", "безработица"),
    ("Средняя зарплата в регионе выросла. В столице она держится на уровне 95 тыс. рублей.",
     "95 тыс. рублей", "зарплата"),
])
def test_a_subject_pronoun_of_a_level_noun_names_the_metric(nlp, text, figure, head):
    claim = claims_by_figure(nlp, text)[figure]
    assert metric_head(claim) == head
    assert claim["direction"] == "level"


def test_the_unit_a_price_is_per_is_not_what_the_pronoun_stands_for(nlp):
    text = "Фермеры ждут прибыли лишь при цене на ячмень выше 14 тыс. рублей за тонну; сейчас она держится на уровне 12 тыс. рублей."
    assert metric_head(claims_by_figure(nlp, text)["12 тыс. рублей"]) == "цена"
