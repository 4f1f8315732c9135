"""Feeding documents to slovnet's networks: words, sentences, batches.

Sequences from all documents of a batch are sorted by length and cut into
groups of similar length, so padding stays small and numpy works on large
matrices. slovnet's CNN zeroes padded positions after every layer, so a
sequence's output does not depend on its neighbours in a group.
"""
import numpy

from pipeline.slovnet_models import pad_batch
from pipeline.tokenize import WORDS_KEY, sentence_ranges, word_indices

TOKENS_PER_GROUP = 4096


def doc_words(doc):
    """(positions, words, sentence starts) of the words the models see.

    `positions[k]` is the token index of word k; sentence starts are indices
    into the word list. The tokenizer leaves these in `doc.user_data`; for a
    Doc built some other way (gold tokens) they are computed here.
    """
    cached = doc.user_data.get(WORDS_KEY)
    if cached is not None:
        return cached
    positions = word_indices(doc)
    texts = [token.text for token in doc]
    words = [texts[i] for i in positions]
    starts = []
    for start, end in sentence_ranges(doc):
        lo, hi = numpy.searchsorted(positions, [start, end])
        if hi > lo:
            starts.append(int(lo))
    return positions.tolist(), words, starts


def sentence_words(doc):
    """(token positions, words) of each sentence, whitespace left out."""
    positions, words, starts = doc_words(doc)
    ends = starts[1:] + [len(words)]
    for lo, hi in zip(starts, ends):
        yield positions[lo:hi], words[lo:hi]


def length_groups(lengths, tokens_per_group=TOKENS_PER_GROUP):
    """Indices of sequences, grouped so each group's padded size is bounded."""
    order = numpy.argsort(lengths, kind="stable")
    group, widest = [], 0
    for index in order:
        width = max(widest, lengths[index])
        if group and width * (len(group) + 1) > tokens_per_group:
            yield group
            group, width = [], lengths[index]
        group.append(index)
        widest = width
    if group:
        yield group


def encode_group(encoder, sequences):
    """Padded word ids, shape ids and the pad mask of a group of sequences."""
    word_ids = pad_batch([s[0] for s in sequences], encoder.pad_word)
    shape_ids = pad_batch([s[1] for s in sequences], encoder.pad_shape)
    return word_ids, shape_ids, word_ids == encoder.pad_word


class BatchedComponent:
    """A pipeline stage that runs its network over a batch of Docs at once.

    Batching is what makes the slovnet stages fast (see the module
    docstring), so `nlp.pipe` hands whole batches to `annotate_batch`;
    calling the stage on one Doc is a batch of one.
    """

    def __call__(self, doc):
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size=64):
        for batch in chunks(docs, batch_size):
            self.annotate_batch(batch)
            yield from batch

    def annotate_batch(self, docs):
        raise NotImplementedError


def chunks(items, size):
    """Lists of up to `size` items from any iterable, lazily."""
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def windows(length, size):
    """(start, end) pieces of at most `size` covering range(length)."""
    return [(start, min(start + size, length)) for start in range(0, length, size)]


MARGIN = 8  # more than the CNN's reach: three layers of width-3 convolutions


def overlapping_windows(length, size, margin=MARGIN):
    """(start, end, lo, hi): words start..end are tagged from words lo..hi.

    Each window carries `margin` words of context either side, so a
    convolutional tagger gives the same tags as over the whole sequence.
    """
    pieces = []
    for start, end in windows(length, size):
        pieces.append((start, end, max(0, start - margin), min(length, end + margin)))
    return pieces
