"""What travels through a batch run: one input record in, one result out.

Both are small named tuples because they are pickled to worker processes
(or Dask workers) by the thousand; a dataclass would cost more per item.
"""
from typing import NamedTuple, Optional


class InputItem(NamedTuple):
    """One input record: a JSONL line, a CSV row, a Parquet row or a .txt file."""

    position: int  # 1-based number of the record in the input
    id: object  # str or int; the position when the input has none
    text: Optional[str]  # None when the record is broken (see error)
    meta: dict  # every input field other than id and text
    error: Optional[str] = None  # one-line reason the record cannot be processed
    length: Optional[int] = None  # text length in characters, when known
    offset: int = 0  # input bytes (or records) consumed up to here, for progress


class DocResult(NamedTuple):
    """The outcome for one item: its output line and the counts for the summary."""

    line: bytes  # one JSON record, newline-terminated
    n_entities: int
    n_claims: int
    error: Optional[str]


class ChunkResult(NamedTuple):
    """What a worker sends back for a chunk, in the chunk's order."""

    docs: list  # of DocResult
    worker_pid: int
    worker_peak_rss: int  # bytes


def one_line(message, limit=300):
    """Errors go into a JSON field and a log line: keep them on one short line."""
    flat = " ".join(str(message).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
