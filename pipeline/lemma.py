"""Lemmas: pymorphy3's dictionary forms, choosing the parse that agrees with slovnet.

pymorphy3 lists every reading of a word ("стали": the verb стать, the noun
сталь); slovnet's tags say which one the sentence means. We score each
reading by agreement with the tag (part of speech first, then features)
and take the best; ties go to pymorphy3's own order, most frequent first.
A (word, tag) pair always gets the same lemma, so it is computed once.
"""
import json
from functools import lru_cache

import numpy
import pymorphy3
from spacy.attrs import LEMMA, LOWER, MORPH, POS
from spacy.language import Language

from pipeline.paths import model_file

POS_WEIGHT = 10
CACHE_LIMIT = 500_000


@lru_cache(maxsize=None)
def analyzer():
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=None)
def tag_map():
    return json.loads(model_file("morph", "opencorpora_to_ud.json").read_text("utf-8"))


def ud_reading(parse_tag):
    """(UD pos, {feature: value}) of a pymorphy3 tag."""
    mapping = tag_map()
    pos = mapping["pos"].get(parse_tag.POS)
    feats = {}
    for grammeme in parse_tag.grammemes:
        pair = mapping["feats"].get(grammeme)
        if pair:
            feats[pair[0]] = pair[1]
    return pos, feats


def agreement(parse_tag, pos, feats):
    mapping = tag_map()
    their_pos, their_feats = ud_reading(parse_tag)
    wanted_pos = mapping["same_pos"].get(pos, pos)
    score = POS_WEIGHT if their_pos == wanted_pos else 0
    for name in mapping["weighed_features"]:
        if name in feats and their_feats.get(name) == feats[name]:
            score += 1
    return score


def best_parse(word, pos, feats):
    """pymorphy3's reading of `word` that agrees best with the UD tag."""
    best, best_score = None, -1
    for parse in analyzer().parse(word):
        score = agreement(parse.tag, pos, feats)
        if score > best_score:
            best, best_score = parse, score
    return best


@lru_cache(maxsize=200_000)
def lemmatize(word, pos, feats_string):
    """Lemma of a word given its UD pos and features ("Case=Nom|Number=Sing")."""
    lowered = word.lower()
    # Digits and punctuation are their own lemma; a numeral written as a
    # word ("пяти", "полутора") has a dictionary form like any other word.
    if pos in tag_map()["copy_lemma_pos"] and not (pos == "NUM" and lowered.isalpha()):
        return lowered
    feats = dict(f.split("=", 1) for f in feats_string.split("|") if "=" in f)
    parse = best_parse(lowered, pos, feats)
    return parse.normal_form if parse else lowered


class Lemmatizer:
    def __init__(self, nlp, name="rupipe_lemma"):
        self.name = name
        self.vocab = nlp.vocab

        # (lowercase form, pos, morph) ids -> lemma id: the hot path is one
        # dict lookup per token, no Token objects.
        self._lemma_ids = {}

    def __call__(self, doc):
        keys = doc.to_array([LOWER, POS, MORPH])
        lemma_ids = self._lemma_ids
        values = numpy.empty(len(doc), dtype=numpy.uint64)
        for i, key in enumerate(map(tuple, keys.tolist())):
            lemma_id = lemma_ids.get(key)
            if lemma_id is None:
                lemma_id = self._lemma_id(doc[i])
                if len(lemma_ids) < CACHE_LIMIT:
                    lemma_ids[key] = lemma_id
            values[i] = lemma_id
        doc.from_array([LEMMA], values.reshape(-1, 1))
        return doc

    def _lemma_id(self, token):
        lemma = lemmatize(token.lower_, token.pos_, str(token.morph))
        return self.vocab.strings.add(lemma)


@Language.factory("rupipe_lemma")
def make_lemma(nlp, name):
    return Lemmatizer(nlp, name)
