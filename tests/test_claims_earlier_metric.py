"""A figure whose metric was named earlier in the sentence or the paragraph,
and a proper subject that a source, a name or a later clause must not beat.
Every sentence here is written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from claims_helpers import metric_heads


# --- a subject pronoun stands for a subject ----------------------------------

def test_a_subject_pronoun_skips_a_noun_under_a_preposition(nlp):
    text = "Инфляция в регионе в мае ускорилась до 9%, в столице она превышает 11%."
    assert metric_heads(nlp, text)["11%"] == "инфляция"


def test_a_noun_a_verb_governs_through_a_preposition_stays_an_antecedent(nlp):
    text = "Председатель комиссии обратил внимание на задолженность по зарплате: на 1 марта она достигает 90 млн рублей."
    assert metric_heads(nlp, text)["90 млн рублей"] == "задолженность"


def test_a_pronoun_skips_the_body_named_as_the_source(nlp):
    text = ("Площадь лесов в 1990 году составляла 80 тыс. га; по данным Института леса СО РАН, "
            "она сократилась на пятую часть.")
    assert metric_heads(nlp, text)["пятую часть"] == "площадь"


# --- 'этот показатель' for a share written another way --------------------------

def test_a_general_noun_takes_a_share_given_in_percent_for_a_fraction(nlp):
    text = ("Забастовка затронула 8 из 11 портов страны. По данным министерства, закрыты "
            "около 30% складов, а на юге этот показатель достигает половины.")
    assert metric_heads(nlp, text)["половины"] == "склад"


# --- a proper subject that a name or a later clause must not beat ------------------

def test_a_name_joined_to_a_genitive_is_not_the_subject(nlp):
    text = ("Экспорт Японии и ЕС в прошлом году сократился на 5% и составил $90 млрд, "
            "при этом сальдо Токио превысило $20 млрд.")
    heads = metric_heads(nlp, text)
    assert heads["5%"] == "экспорт"
    assert heads["$90 млрд"] == "экспорт"


def test_a_subject_after_a_semicolon_belongs_to_the_next_clause(nlp):
    text = "Стоимость компании на бирже в июне составляла 12 млрд рублей; за месяц бумаги подорожали на 5 %."
    heads = metric_heads(nlp, text)
    assert heads["12 млрд рублей"] == "стоимость"
    assert heads["5 %"] == "бумага"
