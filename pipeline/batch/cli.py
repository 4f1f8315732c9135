"""`rupipe run`: the pipeline over an archive of articles."""
import argparse
import json
import sys

from pipeline.batch.chunks import ChunkLimits
from pipeline.batch.inputs import FORMATS, Fields
from pipeline.batch.local_engine import WorkersCannotStart
from pipeline.batch.run import ENGINES, OUTPUT_FORMATS, RunOptions, run_batch
from pipeline.batch.worker import DEFAULT_LOADER, ModelLoadError

DESCRIPTION = """\
Analyse every record of INPUT and write one output record per input record,
in input order. INPUT is a JSONL file (.jsonl, .jsonl.gz), a CSV/TSV file, a
Parquet file, or a directory tree of .txt files (id = relative path). A record
that cannot be analysed (bad JSON or UTF-8, no or empty text, too long) gets
a record with "error" set; the run goes on and exits 0.
"""


def add_run_command(subparsers):
    parser = subparsers.add_parser(
        "run", help="analyse an archive (JSONL, CSV/TSV, Parquet, .txt tree)",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="input file or directory")
    parser.add_argument("-o", "--output", required=True,
                        help="output JSONL file ('-' for stdout), or directory with --format parquet")
    parser.add_argument("--format", dest="output_format", choices=OUTPUT_FORMATS, default="jsonl",
                        help="jsonl: one record per line (default); parquet: documents, "
                             "entities and claims tables in the output directory")
    parser.add_argument("--input-format", choices=FORMATS,
                        help="override the format told by the input's extension")
    parser.add_argument("--text-field", default="text", help="field/column with the text (default: text)")
    parser.add_argument("--id-field", default="id",
                        help="field/column with the id (default: id; missing → record number)")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes (default: all cores; 0: in this process)")
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local process pool (default) or a Dask cluster")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="with --engine dask: a running scheduler (default: start a local cluster)")
    parser.add_argument("--resume", action="store_true",
                        help="continue an interrupted run: skip ids already in the output")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    parser.add_argument("--max-chars", type=int, default=1_000_000,
                        help="longer texts get an error record (default: 1000000)")
    parser.add_argument("--chunk-docs", type=int, default=ChunkLimits.max_docs,
                        help=f"documents per chunk sent to a worker (default: {ChunkLimits.max_docs})")
    parser.add_argument("--chunk-chars", type=int, default=ChunkLimits.max_chars,
                        help=f"characters per chunk; a longer document goes alone "
                             f"(default: {ChunkLimits.max_chars})")
    parser.add_argument("--with", dest="extras", action="append", choices=["tokens"], default=[],
                        help="add sentences and tokens to each record")
    parser.add_argument("--disable", action="append", default=[], metavar="PIPE",
                        help="leave a pipeline component out (repeatable)")
    parser.add_argument("--reload-every", type=int, default=5000, metavar="DOCS",
                        help="a worker loads a fresh pipeline after this many documents, so "
                             "spaCy's ever-growing vocabulary does not grow memory (default: "
                             "5000; 0: never)")
    parser.add_argument("--progress-every", type=float, default=10.0, metavar="SECONDS",
                        help="interval of the progress line when stderr is not a terminal")
    parser.add_argument("--summary-json", metavar="PATH", help="also write the run's summary as JSON")
    # Tests swap the model for a wrapped one; not a user-facing option.
    parser.add_argument("--loader", default=DEFAULT_LOADER, help=argparse.SUPPRESS)
    parser.set_defaults(func=run_command)
    return parser


def options_from_args(args):
    if args.workers is not None and args.workers < 0:
        raise ValueError("--workers must be 0 or more")
    if args.max_chars < 1 or args.chunk_docs < 1 or args.chunk_chars < 1:
        raise ValueError("--max-chars, --chunk-docs and --chunk-chars must be positive")
    if args.reload_every < 0:
        raise ValueError("--reload-every must be 0 or more")
    return RunOptions(
        input=args.input, output=args.output, output_format=args.output_format,
        input_format=args.input_format,
        fields=Fields(text=args.text_field, id=args.id_field),
        max_chars=args.max_chars, workers=args.workers, engine=args.engine,
        scheduler=args.scheduler, resume=args.resume, overwrite=args.overwrite,
        limits=ChunkLimits(args.chunk_docs, args.chunk_chars),
        with_tokens="tokens" in args.extras, loader=args.loader,
        disable=tuple(args.disable), progress_every=args.progress_every,
        reload_every=args.reload_every,
    )


def run_command(args):
    try:
        totals = run_batch(options_from_args(args))
    except (ModelLoadError, WorkersCannotStart) as error:
        print(f"rupipe: error: {error}", file=sys.stderr)
        return 2
    print(totals.summary_line(), file=sys.stderr)
    if args.summary_json:
        with open(args.summary_json, "w", encoding="utf-8") as file:
            json.dump(totals.as_dict(), file, indent=2)
    return 0
