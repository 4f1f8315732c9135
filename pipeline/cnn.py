"""slovnet's CNN encoder, computed without its im2col copy.

slovnet (following torch) lays a batch out as batch × channels × words and
builds, for every convolution, a copy of the input three times its size
(one column per kernel position). Here the batch stays words-major and a
kernel-3 convolution is three plain matrix products of the padded input,
shifted by one word each and summed. The arithmetic is the same up to the
order of float additions; `rupipe bench` checks that every tag, head and
entity stays identical to natasha's.

The first layer does two thirds of the work, and its input is one fixed
vector per distinct word. So it is computed once per distinct (word, shape)
in the batch and gathered for every occurrence: news repeats its words, and
a batch of articles has three to four times fewer distinct words than words.
"""
import numpy


class Layer:
    def __init__(self, slovnet_layer):
        conv, norm = slovnet_layer.conv, slovnet_layer.norm
        weight = conv.weight.array  # filters × channels × kernel
        self.kernel = [numpy.ascontiguousarray(weight[:, :, k].T)
                       for k in range(weight.shape[2])]
        self.padding = conv.padding
        self.bias = conv.bias.array
        self.mean = norm.mean.array
        self.std = norm.std.array
        self.scale = norm.weight.array
        self.shift = norm.bias.array

    def project_words(self, vectors):
        """Each kernel position's product with each distinct word vector."""
        return [vectors @ kernel for kernel in self.kernel]

    def from_projections(self, projections, rows):
        """The layer's output when word (b, t) has projections[:, rows[b, t]].

        `rows` is padded with the index of an all-zero row, like the input.
        """
        batch, length = rows.shape
        pad = self.padding
        zero_row = projections[0].shape[0] - 1
        padded = numpy.full((batch, length + 2 * pad), zero_row, dtype=rows.dtype)
        padded[:, pad:pad + length] = rows
        output = None
        for offset, projection in enumerate(projections):
            part = projection[padded[:, offset:offset + length]]
            output = part if output is None else output.__iadd__(part)
        return self._activate(output)

    def __call__(self, x):
        batch, length, channels = x.shape
        pad = self.padding
        padded = numpy.zeros((batch, length + 2 * pad, channels), dtype=x.dtype)
        padded[:, pad:pad + length] = x
        flat = padded.reshape(-1, channels)
        width = length + 2 * pad
        output = None
        for offset, kernel in enumerate(self.kernel):
            part = (flat @ kernel).reshape(batch, width, -1)[:, offset:offset + length]
            output = part.copy() if output is None else output.__iadd__(part)
        return self._activate(output)

    def _activate(self, output):
        output += self.bias
        numpy.maximum(output, 0, out=output)
        output -= self.mean
        output /= self.std
        output *= self.scale
        output += self.shift
        return output


class Encoder:
    """Drop-in for slovnet's CNNEncoder on batch × words × features input."""

    def __init__(self, slovnet_encoder):
        self.layers = [Layer(layer) for layer in slovnet_encoder.layers]

    def __call__(self, x, pad_mask):
        keep = (~pad_mask)[..., None].astype(x.dtype)
        for layer in self.layers:
            x = layer(x)
            x *= keep  # padded words back to zero, as slovnet does
        return x

    def encode_distinct(self, projections, rows, pad_mask):
        """Like __call__, from the first layer's products with distinct words.

        `projections` (see project_words) end with an all-zero row, which
        padded positions point to.
        """
        keep = (~pad_mask)[..., None].astype(projections[0].dtype)
        first, rest = self.layers[0], self.layers[1:]
        x = first.from_projections(projections, rows)
        x *= keep
        for layer in rest:
            x = layer(x)
            x *= keep
        return x


class ProjectionCache:
    """First-layer products of the most common words, kept between batches.

    A word's products with the first layer's kernels depend on the word
    alone, and news repeats the same few thousand words in every batch. The
    first `capacity` distinct (word, shape) pairs seen are kept (the common
    ones come early); the rest are computed each time.
    """

    def __init__(self, layer, capacity):
        self.layer = layer
        self.capacity = capacity
        self.slot_of = {}
        self.tables = [numpy.empty((capacity, kernel.shape[1]), dtype=kernel.dtype)
                       for kernel in layer.kernel]

    def projections(self, keys, vectors_of):
        """Products for each key, plus a final all-zero row.

        `vectors_of(indices)` gives the input vectors of keys[indices]; it is
        called only for keys not in the cache.
        """
        slots = numpy.fromiter((self.slot_of.get(k, -1) for k in keys.tolist()),
                               dtype=numpy.int64, count=len(keys))
        missing = numpy.flatnonzero(slots < 0)
        computed = self.layer.project_words(vectors_of(missing)) if len(missing) else None
        known = slots >= 0
        result = []
        for k, table in enumerate(self.tables):
            part = numpy.zeros((len(keys) + 1, table.shape[1]), dtype=table.dtype)
            part[:-1][known] = table[slots[known]]
            if computed is not None:
                part[missing] = computed[k]
            result.append(part)
        if computed is not None:
            self._remember(keys, missing, computed)
        return result

    def _remember(self, keys, missing, computed):
        room = self.capacity - len(self.slot_of)
        if room <= 0:
            return
        chosen = missing[:room]
        start = len(self.slot_of)
        for k, table in enumerate(self.tables):
            table[start:start + len(chosen)] = computed[k][:len(chosen)]
        for offset, key in enumerate(keys[chosen].tolist()):
            self.slot_of[key] = start + offset
