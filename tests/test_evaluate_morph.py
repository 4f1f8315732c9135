"""Morphology/syntax scoring by example, and the gold-token Doc it runs on."""
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.corpora.conllu import GoldToken, Sentence
from pipeline.evaluate.morph import MorphScore, base_relation, normal_lemma
from pipeline.evaluate.systems import PredToken, gold_doc, split_predictions


def gold(form, lemma, upos, feats, head, deprel, space_after=True):
    return GoldToken(0, form, lemma, upos, feats, head, deprel, space_after)


GOLD = [
    gold("Ёлки", "ёлка", "NOUN", {"Case": "Nom", "Number": "Plur"}, 2, "nsubj"),
    gold("растут", "расти", "VERB", {"Tense": "Pres"}, 0, "root"),
    gold("быстро", "быстро", "ADV", {}, 2, "advmod", space_after=False),
    gold(".", ".", "PUNCT", {}, 2, "punct"),
]
PRED = [
    # lemma right (case and ё ignored); feats miss Number; head right, relation right
    PredToken("NOUN", {"Case": "Nom"}, "Елка", 2, "nsubj"),
    # all right; "root" on both sides
    PredToken("VERB", {"Tense": "Pres"}, "расти", 0, "root"),
    # wrong UPOS and lemma; head wrong
    PredToken("ADJ", {}, "быстрый", 1, "advmod"),
    # head right, relation subtype ignored but base differs
    PredToken("PUNCT", {}, ".", 2, "nmod:poss"),
]


def test_scores_count_every_word_punctuation_included():
    score = MorphScore()
    score.add(GOLD, PRED)
    result = score.as_dict()
    assert (result["sentences"], result["words"]) == (1, 4)
    assert result["upos"] == 0.75
    assert result["feats"] == 0.75
    assert result["lemma"] == 0.75
    assert result["uas"] == 0.75
    assert result["las"] == 0.5


def test_a_prediction_of_another_length_is_an_error():
    with pytest.raises(ValueError, match="4 gold words got 3"):
        MorphScore().add(GOLD, PRED[:3])


@pytest.mark.parametrize("a, b", [("Ёлка", "елка"), ("ПУТИН", "путин")])
def test_normal_lemma(a, b):
    assert normal_lemma(a) == normal_lemma(b)


@pytest.mark.parametrize("deprel, base", [("nsubj:pass", "nsubj"), ("root", "root"), ("", "")])
def test_base_relation(deprel, base):
    assert base_relation(deprel) == base


def test_gold_doc_keeps_gold_words_and_sentences_and_no_whitespace_tokens():
    second = [gold("Да", "да", "PART", {}, 0, "root", space_after=False)]
    sentences = [Sentence("s1", "", GOLD), Sentence("s2", "", second)]
    doc = gold_doc(Vocab(), sentences)
    assert [t.text for t in doc] == ["Ёлки", "растут", "быстро", ".", "Да"]
    assert doc.text == "Ёлки растут быстро. Да "
    assert [t.is_sent_start for t in doc] == [True, False, False, False, True]
    assert not any(t.is_space for t in doc)


def test_predictions_are_split_back_with_sentence_local_heads():
    second = [gold("Да", "да", "PART", {}, 0, "root")]
    sentences = [Sentence("s1", "", GOLD), Sentence("s2", "", second)]
    words = [t.form for t in GOLD] + ["Да"]
    # heads as doc positions; a token heading itself is a root
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 4], deps=["dep"] * 5)
    first, last = split_predictions(doc, sentences)
    assert [t.head for t in first] == [2, 0, 2, 2]
    assert [t.head for t in last] == [0]
