"""Cutting the item stream into chunks, the unit of work sent to a worker.

Chunks are small (a few documents, a bounded number of characters) so that
work spreads evenly and results come back soon; a document bigger than the
character budget travels alone, so a huge article delays only itself.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class ChunkLimits:
    # The networks batch sentences across the documents of a chunk: 48
    # documents run about 10% faster than 16 (rupipe bench, batch sizes),
    # and a chunk of news stays a few hundred kB.
    max_docs: int = 48
    max_chars: int = 150_000


def make_chunks(items, limits=ChunkLimits()):
    chunk, chars = [], 0
    for item in items:
        size = len(item.text) if item.text else 0
        if size >= limits.max_chars:
            if chunk:
                yield chunk
                chunk, chars = [], 0
            yield [item]
            continue
        if chunk and (len(chunk) >= limits.max_docs or chars + size > limits.max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += size
    if chunk:
        yield chunk


def group(chunks, size):
    """Chunks in groups of `size` (the Dask engine's partitions)."""
    from pipeline.sequences import chunks as lists_of

    return lists_of(chunks, size)
