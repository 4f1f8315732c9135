"""slovnet's morph, syntax and NER networks, loaded once per process.

The three networks come from natasha's wheel. They were trained on the same
inputs: one navec embedding, one word vocabulary, one shape vocabulary. So
the vocabularies are read once (they are the slow part of loading) and a
word is encoded once for all three.
"""
import threading

import numpy
from natasha import data as natasha_data
from navec import Navec
from slovnet.const import REL, SHAPE, TAG, WORD
from slovnet.exec.model import NER as NERModel
from slovnet.exec.model import Morph as MorphModel
from slovnet.exec.model import Syntax as SyntaxModel
from slovnet.exec.pack import Pack
from slovnet.shape import word_shape

from pipeline.cnn import Encoder as FastEncoder
from pipeline.cnn import ProjectionCache

_lock = threading.Lock()
SHAPE_SPACE = 1024  # more than the number of word shapes: packs (word, shape) in one int
# Words whose first-layer products each network keeps (3 kB a word a network).
PROJECTION_CACHE_WORDS = 8000
_loaded = {}


class Encoder:
    """Word and shape ids of words, as slovnet's encoders compute them."""

    CACHE_LIMIT = 500_000

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
            if len(self._cache) < self.CACHE_LIMIT:
                self._cache[word] = ids
        return ids

    def encode(self, words):
        cache = self._cache
        pairs = [cache.get(word) or self.encode_word(word) for word in words]
        if not pairs:
            empty = numpy.zeros(0, dtype=numpy.int64)
            return empty, empty
        array = numpy.array(pairs, dtype=numpy.int64)
        return array[:, 0], array[:, 1]


class Network:
    """One slovnet network with its label vocabulary and a fast encoder."""

    def __init__(self, model, labels):
        self.model = model
        self.labels = labels.items
        self.encoder = FastEncoder(model.encoder)
        self.cache = ProjectionCache(self.encoder.layers[0], PROJECTION_CACHE_WORDS)

    def features(self, word_ids, shape_ids, pad_mask):
        """The CNN's vector for every position of a padded batch."""
        pairs = word_ids * SHAPE_SPACE + shape_ids
        distinct, rows = numpy.unique(pairs[~pad_mask], return_inverse=True)

        def vectors_of(indices):
            keys = distinct[indices]
            return self.model.emb(keys // SHAPE_SPACE, keys % SHAPE_SPACE)

        projections = self.cache.projections(distinct, vectors_of)
        positions = numpy.full(word_ids.shape, len(distinct), dtype=numpy.int64)
        positions[~pad_mask] = rows.reshape(-1)
        return self.encoder.encode_distinct(projections, positions, pad_mask)


def _read_pack(path, model_class, label_kind, navec, with_vocabs):
    with Pack(path) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(model_class)
        arrays = dict(pack.load_arrays(model.weights))
        labels = pack.load_vocab(label_kind)
        vocabs = (pack.load_vocab(WORD), pack.load_vocab(SHAPE)) if with_vocabs else None
    model = model.inject_arrays(arrays).inject_navec(navec)
    return Network(model, labels), vocabs


def _load_all():
    navec = Navec.load(natasha_data.NEWS_EMBEDDING)
    morph, vocabs = _read_pack(natasha_data.NEWS_MORPH, MorphModel, TAG, navec, True)
    syntax, _ = _read_pack(natasha_data.NEWS_SYNTAX, SyntaxModel, REL, navec, False)
    ner, _ = _read_pack(natasha_data.NEWS_NER, NERModel, TAG, navec, False)
    return {"morph": morph, "syntax": syntax, "ner": ner, "encoder": Encoder(*vocabs)}


def models():
    """The loaded networks, shared by every component of this process."""
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
