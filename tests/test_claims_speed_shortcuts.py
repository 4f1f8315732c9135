"""The claims stage's shortcuts for speed read the same thing as the slow
way they replace: the document text joined from the token arrays, the
colon at a sentence's end found from the back, the document's lemmas and
the dictionary's readings cached. Every sentence is written for these tests."""
import pytest

import pipeline.claims  # noqa: F401  registers the factory

from pipeline.claims import extract, units_in_context, word_kinds
from pipeline.claims.lists import ends_in_colon
from pipeline.lemma import analyzer
from pipeline.tokenize import sentence_ranges


@pytest.mark.parametrize("text", [
    "Выручка сети выросла на 12%,  до 4,1 млрд рублей.\n\nЗатраты — 900 млн.",
    "Цены на бензин:\n— АИ-92 — 52 рубля;\n— АИ-95 — 57 рублей.",
])
def test_the_text_joined_from_the_arrays_is_the_documents_text(nlp, text):
    doc = nlp(text)
    assert extract._doc_text(doc, extract._token_texts(doc)) == doc.text


def test_a_colon_ends_a_sentence_even_with_a_line_break_after_it(nlp):
    doc = nlp("Итоги голосования по округам:\n\nВ первом округе явка составила 48%.")
    first, second = sentence_ranges(doc)[:2]
    assert ends_in_colon(doc, first)
    assert not ends_in_colon(doc, second)


@pytest.mark.parametrize("text, rouble", [
    ("Средняя пенсия в Беларуси выросла до 820 белорусских рублей.", "other_currency"),
    ("Билет в музей стоит 500 рублей, сообщили в Москве.", "rub"),
])
def test_the_rouble_of_a_document_read_from_the_arrays(nlp, text, rouble):
    doc = nlp(text)
    assert units_in_context.rouble_of_document(doc, doc.text) == rouble
    assert units_in_context.rouble_of_document(doc) == rouble


@pytest.mark.parametrize("word", ["жёлтых", "приживаемость", "оставшихся"])
def test_the_cached_dictionary_readings_are_pymorphys(word):
    assert word_kinds.dictionary_readings(word) == tuple(analyzer().parse(word))
