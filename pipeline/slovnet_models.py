"""slovnet's morph, syntax and NER models, loaded once per process.

The three models come from natasha's wheel and share one navec embedding
and one word and shape vocabulary (they were trained on the same inputs),
so a word is looked up once and every model reuses the lookup.
"""
import threading

import numpy
from natasha import data as natasha_data
from navec import Navec
from slovnet import NER, Morph, Syntax
from slovnet.shape import word_shape

_lock = threading.Lock()
_loaded = {}


class Encoder:
    """Word and shape ids of words, as slovnet's encoders compute them."""

    def __init__(self, words_vocab, shapes_vocab):
        self.word_ids = words_vocab.item_ids
        self.unknown_word = words_vocab.unk_id
        self.shape_ids = shapes_vocab.item_ids
        self.unknown_shape = shapes_vocab.unk_id
        self.pad_word = words_vocab.pad_id
        self.pad_shape = shapes_vocab.pad_id
        self._cache = {}

    def encode_word(self, word):
        ids = self._cache.get(word)
        if ids is None:
            ids = (
                self.word_ids.get(word.lower(), self.unknown_word),
                self.shape_ids.get(word_shape(word), self.unknown_shape),
            )
            if len(self._cache) < 500_000:
                self._cache[word] = ids
        return ids

    def encode(self, words):
        pairs = [self.encode_word(word) for word in words]
        if not pairs:
            empty = numpy.zeros(0, dtype=numpy.int64)
            return empty, empty
        array = numpy.array(pairs, dtype=numpy.int64)
        return array[:, 0], array[:, 1]


def _load_all():
    navec = Navec.load(natasha_data.NEWS_EMBEDDING)
    morph = Morph.load(natasha_data.NEWS_MORPH).navec(navec)
    syntax = Syntax.load(natasha_data.NEWS_SYNTAX).navec(navec)
    ner = NER.load(natasha_data.NEWS_NER).navec(navec)
    encoder = Encoder(
        morph.infer.encoder.words_vocab, morph.infer.encoder.shapes_vocab
    )
    return {"navec": navec, "morph": morph, "syntax": syntax, "ner": ner,
            "encoder": encoder}


def models():
    """The loaded models, shared by every component of this process."""
    with _lock:
        if not _loaded:
            _loaded.update(_load_all())
    return _loaded


def pad_batch(sequences, fill):
    """Stack 1-d int arrays into a batch, padded at the end with `fill`."""
    width = max((len(s) for s in sequences), default=0)
    batch = numpy.full((len(sequences), width), fill, dtype=numpy.int64)
    for row, sequence in enumerate(sequences):
        batch[row, : len(sequence)] = sequence
    return batch
