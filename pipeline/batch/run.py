"""One batch run: input → chunks → engine → journal (→ Parquet tables).

Every input record yields exactly one output record, written in input order;
with --resume, records whose id is already in the output are skipped.
"""
import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Optional

from pipeline.batch.chunks import ChunkLimits, make_chunks
from pipeline.batch.inputs import Fields, open_input
from pipeline.batch.journal import JsonlJournal, prepare_output, skip_written
from pipeline.batch.local_engine import default_workers, run_local
from pipeline.batch.parquet_tables import JOURNAL_NAME, journal_to_tables
from pipeline.batch.progress import Progress, Totals
from pipeline.batch.worker import DEFAULT_LOADER, WorkerSettings

ENGINES = ("local", "dask")
OUTPUT_FORMATS = ("jsonl", "parquet")
TABLE_FILES = ("documents.parquet", "entities.parquet", "claims.parquet")


@dataclass
class RunOptions:
    input: str
    output: str
    output_format: str = "jsonl"
    input_format: Optional[str] = None  # None: from the extension
    fields: Fields = field(default_factory=Fields)
    max_chars: int = 1_000_000
    workers: Optional[int] = None  # None: all cores; 0: in this process
    engine: str = "local"
    scheduler: Optional[str] = None  # tcp://host:port of a running Dask cluster
    resume: bool = False
    overwrite: bool = False
    limits: ChunkLimits = field(default_factory=ChunkLimits)
    with_tokens: bool = False
    loader: str = DEFAULT_LOADER
    disable: tuple = ()
    progress_every: float = 10.0
    reload_every: int = 5000  # documents a worker analyses before loading a fresh pipeline


def run_batch(options):
    """Run the pipeline over an archive; return the run's Totals."""
    started = time.monotonic()
    source = open_input(options.input, options.input_format, options.fields, options.max_chars)
    journal_path = _journal_path(options)
    already = prepare_output(journal_path, options.resume, options.overwrite)
    totals = Totals(skipped=sum(already.values()))

    settings = WorkerSettings(options.loader, tuple(options.disable), options.with_tokens,
                              with_length=options.output_format == "parquet",
                              reload_every=options.reload_every)
    ends = deque()  # input offset at the end of each chunk in flight, for progress
    chunks = _noting_ends(make_chunks(skip_written(source.items(), already), options.limits), ends)
    total_docs = source.total_docs - totals.skipped if source.total_docs is not None else None
    progress = Progress(total_docs, source.total_bytes, options.progress_every,
                        initial=0 if total_docs is not None else totals.skipped)
    try:
        with JsonlJournal(journal_path) as journal:
            for chunk in _engine(options, chunks, settings):
                for doc in chunk.docs:
                    journal.write(doc.line)
                totals.add_chunk(chunk)
                progress.update(len(chunk.docs), ends.popleft())
    finally:
        progress.close()
    if options.output_format == "parquet":
        journal_to_tables(journal_path, options.output)
    return totals.finish(started)


def _noting_ends(chunks, ends):
    for chunk in chunks:
        ends.append(chunk[-1].offset)
        yield chunk


def _engine(options, chunks, settings):
    workers = default_workers() if options.workers is None else options.workers
    if options.engine == "dask":
        from pipeline.batch.dask_engine import run_dask

        return run_dask(chunks, settings, max(1, workers), options.scheduler)
    if options.scheduler:
        raise ValueError("--scheduler needs --engine dask")
    return run_local(chunks, settings, workers)


def _journal_path(options):
    if options.output_format == "jsonl":
        return options.output
    if options.output == "-":
        raise ValueError("--format parquet writes a directory: give -o DIR")
    os.makedirs(options.output, exist_ok=True)
    if not options.resume:
        ours = [name for name in (JOURNAL_NAME, *TABLE_FILES)
                if os.path.exists(os.path.join(options.output, name))]
        if ours and not options.overwrite:
            raise FileExistsError(
                f"output exists: {options.output} holds {', '.join(ours)} "
                "(use --resume to continue it, --overwrite to replace it)")
        for name in ours:
            os.remove(os.path.join(options.output, name))
    return os.path.join(options.output, JOURNAL_NAME)
