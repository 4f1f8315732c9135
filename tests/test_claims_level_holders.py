"""A figure given as a level held or set ('на уровне N'): what stands at that
level is the subject of the verb the level hangs on, also when that verb is a
short passive participle or when a clause set beside another has its own
subject. Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a level set by a short passive participle ------------------------------

@pytest.mark.parametrize("text, figure, holder", [
    ("Лира за неделю подешевела на 3%: официальный курс на 5 июня установлен на уровне 19,4 лиры за евро.",
     "19,4 лиры", "курс"),
    ("Тенге за квартал ослаб на 2%: официальный курс на 1 июля был установлен на уровне 470 тенге за доллар.",
     "470 тенге", "курс"),
])
def test_the_subject_of_a_short_participle_holds_the_level(nlp, text, figure, holder):
    assert metric_heads(nlp, text)[figure] == holder


# --- a clause set beside another with no 'а' or 'и' --------------------------

def test_a_clause_beside_another_keeps_its_own_subject_at_the_level(nlp):
    heads = metric_heads(nlp, "Тариф на воду для горожан вырастет на 9% – до 40 рублей за куб, "
                              "для дачников ставка сохранится на уровне 31 рубля.")
    assert heads["31 рубля"] == "ставка"
    assert heads["9%"] == "тариф"


def test_a_relative_clause_inside_the_subject_does_not_part_it_from_its_verb(nlp):
    heads = metric_heads(nlp, "Доля водителей, которые через месяц после курсов продолжали ездить "
                              "без нарушений, составила лишь 61%.")
    assert heads["61%"] == "доля"
