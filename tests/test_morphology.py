"""Morphology and lemmas: slovnet's tags, pymorphy3 lemmas that agree with them."""
import pytest

from pipeline.lemma import lemmatize


def tokens(nlp, text):
    return {t.text: t for t in nlp(text) if not t.is_space}


def test_tags_are_universal_dependencies(nlp):
    doc = tokens(nlp, "Мама мыла раму.")
    assert doc["Мама"].pos_ == "NOUN"
    assert doc["мыла"].pos_ == "VERB"
    assert doc["раму"].morph.get("Case") == ["Acc"]
    assert doc["."].pos_ == "PUNCT"


@pytest.mark.parametrize("text, word, lemma", [
    # The same form, two readings: the tag decides.
    ("Цены стали выше.", "стали", "стать"),
    ("Завод выпускает тонны стали.", "стали", "сталь"),
    ("Мы мыли окна.", "мыли", "мыть"),
    ("В воде много мыла.", "мыла", "мыло"),
    ("Преступность снизилась на 10%.", "снизилась", "снизиться"),
    ("Выпущено 360 протоколов.", "протоколов", "протокол"),
    ("Жители города обратились в полицию.", "Жители", "житель"),
])
def test_lemma_agrees_with_the_tag(nlp, text, word, lemma):
    assert tokens(nlp, text)[word].lemma_ == lemma


def test_lemmas_of_numbers_and_punctuation_are_the_text(nlp):
    doc = tokens(nlp, "Их было 428, не 360!")
    assert doc["428"].lemma_ == "428"
    assert doc["!"].lemma_ == "!"


def test_lemmatize_prefers_the_reading_with_the_right_case():
    assert lemmatize("стали", "NOUN", "Case=Gen|Gender=Fem|Number=Sing") == "сталь"
    assert lemmatize("стали", "VERB", "Number=Plur|Tense=Past|VerbForm=Fin") == "стать"


@pytest.mark.parametrize("word, lemma", [("пяти", "пять"), ("двух", "два"), ("полутора", "полтора")])
def test_numerals_written_as_words_are_lemmatized(word, lemma):
    assert lemmatize(word, "NUM", "Case=Gen") == lemma
