"""Subjects the parser loses: a relative clause set off by commas between a
subject and its verb ('доля тех, кто ..., выросла'). Every sentence here is
written for these tests, not taken from a corpus."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory
from pipeline.claims.subjects import agreeing_subject

from claims_helpers import metric_heads


# --- a relative clause between the subject and its verb ----------------------

def _word(doc, text):
    return next(token for token in doc if token.text == text)


@pytest.mark.parametrize("text, verb, subject", [
    # 'кто' after a demonstrative, then a time phrase before the verb
    ("Ещё 15% жителей ездят на работу на велосипеде, а число тех, кто пользуется самокатами, "
     "за лето выросло с 4% до 9%.", "выросло", "число"),
    # 'которые' after a plain noun, the verb in another gender
    ("Половина покупателей платит картой, а доля клиентов, которые расплачиваются наличными, "
     "упала до 11%.", "упала", "доля"),
    # a preposition before the relative word: 'у кого'
    ("Две трети семей копят на отпуск, а доля тех, у кого нет сбережений, "
     "снизилась на 4 процентных пункта.", "снизилась", "доля"),
])
def test_the_subject_is_found_across_a_relative_clause(nlp, text, verb, subject):
    # the fallback that reads the subject off word order, whatever the parser hung where
    doc = nlp(text)
    found = agreeing_subject(_word(doc, verb), set())
    assert found is not None and found.text == subject


@pytest.mark.parametrize("text, figure, head", [
    ("Каждый третий водитель (34%) признался, что ездит на машине чаще, чем в прошлом году, "
     "тогда как доля тех, кто пересел на автобус, снизилась на 6 процентных пунктов — до 21%.", "21%", "доля"),
    ("Ещё 18% семей откладывают больше 10 тыс. рублей в месяц, а число тех, кто живёт от зарплаты "
     "до зарплаты, за квартал сократилось с 30% до 26%.", "26%", "число"),
])
def test_a_change_after_a_relative_clause_measures_the_noun_before_it(nlp, text, figure, head):
    assert metric_heads(nlp, text)[figure] == head


def test_a_clause_opened_by_another_word_is_not_stepped_over(nlp):
    # ', что ...,' is a clause of its own, not one about the noun before it:
    # the walk stops at its comma rather than step over it
    doc = nlp("Рынок, что бы ни говорили аналитики, вырос до 5 млрд рублей.")
    found = agreeing_subject(_word(doc, "вырос"), set())
    assert found is None
