"""Running a slovnet network over many word sequences at once.

Sequences from all documents of a batch are sorted by length and cut into
groups of similar length, so padding stays small and numpy works on large
matrices. slovnet's CNN zeroes padded positions after every layer, so a
sequence's output does not depend on its neighbours in a group.
"""
import numpy

from pipeline.slovnet_models import pad_batch

TOKENS_PER_GROUP = 4096


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


def encode_features(model, word_ids, shape_ids, pad_mask):
    """slovnet's embedding and CNN encoder: one vector per position."""
    embedded = model.emb(word_ids, shape_ids)
    return model.encoder(embedded, pad_mask)


def sentence_words(doc):
    """(token positions, words) of each sentence, whitespace left out."""
    from pipeline.tokenize import sentence_ranges, word_indices

    words_at = word_indices(doc)
    texts = [token.text for token in doc]
    for start, end in sentence_ranges(doc):
        lo, hi = numpy.searchsorted(words_at, [start, end])
        positions = words_at[lo:hi].tolist()
        if positions:
            yield positions, [texts[i] for i in positions]


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
