"""`rupipe run`: the pipeline over article archives, streamed, parallel, resumable.

inputs        readers for JSONL(.gz), CSV/TSV, Parquet and .txt trees → InputItem
chunks        the item stream cut into small chunks of work
worker        what a worker process does with a chunk (model loaded once)
local_engine  a process pool, results in input order, survives dying workers
dask_engine   the same chunks on a Dask cluster
journal       the JSONL output: one write + flush per record, --resume
parquet_tables  --format parquet: documents, entities, claims tables
progress      progress bar / log line and the final summary
run           the whole run; cli: the `rupipe run` command
archive_bench `rupipe run` timed end to end over a generated archive
"""
from pipeline.batch.run import RunOptions, run_batch

__all__ = ["RunOptions", "run_batch"]
