"""Input readers for `rupipe run`: every record of the input, in order, streamed.

Each reader yields one InputItem per input record (JSONL line, CSV/TSV row,
Parquet row, .txt file) and never holds more than one record (or one Parquet
row batch) in memory. A record that cannot be processed still yields an item,
with `error` set, so the run can write a record for it and lose nothing.
"""
import codecs
import csv
import gzip
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

from pipeline.batch.items import InputItem, one_line

FORMATS = ("jsonl", "csv", "tsv", "parquet", "txt")

# Extension → format; ".gz" is looked through for the line formats.
EXTENSIONS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".parquet": "parquet", ".pq": "parquet",
}
PARQUET_BATCH_ROWS = 256


@dataclass(frozen=True)
class Fields:
    text: str = "text"
    id: str = "id"


@dataclass
class InputSource:
    """An opened-for-reading input: what it is, how big, and its items."""

    path: str
    format: str
    fields: Fields
    max_chars: int
    total_docs: Optional[int] = None  # known up front for Parquet and .txt trees
    total_bytes: Optional[int] = None  # else progress is measured in input bytes

    def items(self) -> Iterator[InputItem]:
        reader = READERS[self.format]
        return reader(self)


def detect_format(path):
    if os.path.isdir(path):
        return "txt"
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for extension, fmt in EXTENSIONS.items():
        if name.endswith(extension):
            return fmt
    raise ValueError(
        f"cannot tell the format of {path!r} from its extension "
        f"(known: {', '.join(sorted(EXTENSIONS))}, .gz, a directory of .txt); "
        "use --input-format"
    )


def open_input(path, fmt=None, fields=Fields(), max_chars=1_000_000):
    if not os.path.exists(path):
        raise FileNotFoundError(f"input not found: {path}")
    fmt = fmt or detect_format(path)
    source = InputSource(path, fmt, fields, max_chars)
    if fmt == "parquet":
        source.total_docs = _parquet_file(path).metadata.num_rows
    elif fmt == "txt":
        source.total_docs = sum(1 for _ in _txt_paths(path))
    else:
        source.total_bytes = os.path.getsize(path)
    return source


# --- checks shared by all formats -------------------------------------------

def text_problem(text, field, max_chars):
    """Why this value cannot be analysed as the text of a document, or None."""
    if text is None:
        return f"no {field!r} field"
    if not isinstance(text, str):
        return f"{field!r} is not a string (got {type(text).__name__})"
    if not text.strip():
        return "empty text"
    if len(text) > max_chars:
        return f"text too long: {len(text)} characters (limit --max-chars {max_chars})"
    return None


def make_item(position, fields_of_record, source, offset):
    """Split a record's fields into id, text and meta, and check them."""
    fields = source.fields
    meta = {key: value for key, value in fields_of_record.items()
            if key not in (fields.id, fields.text)}
    raw_id = fields_of_record.get(fields.id)
    text = fields_of_record.get(fields.text)
    length = len(text) if isinstance(text, str) else None

    if raw_id is None or raw_id == "":
        doc_id, problem = position, None
    elif isinstance(raw_id, str) or (isinstance(raw_id, int) and not isinstance(raw_id, bool)):
        doc_id, problem = raw_id, None
    else:
        doc_id = position
        problem = f"{fields.id!r} must be a string or an integer (got {type(raw_id).__name__})"
    problem = problem or text_problem(text, fields.text, source.max_chars)
    if problem:
        return InputItem(position, doc_id, None, meta, problem, length, offset)
    return InputItem(position, doc_id, text, meta, None, length, offset)


def broken_item(position, message, offset):
    return InputItem(position, position, None, {}, one_line(message), None, offset)


# --- JSONL --------------------------------------------------------------------

@contextmanager
def open_bytes(path):
    """The file as a binary stream, gunzipped if needed, plus the raw file
    whose position tells how much of the input has been read."""
    raw = open(path, "rb")
    try:
        if path.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=raw) as stream:
                yield stream, raw
        else:
            yield raw, raw
    finally:
        raw.close()


def max_line_bytes(max_chars):
    # A character can take 6 bytes as a JSON \uXXXX escape; meta gets 1 MB more.
    return 6 * max_chars + (1 << 20)


def read_jsonl(source):
    limit = max_line_bytes(source.max_chars)
    with open_bytes(source.path) as (stream, raw):
        position = 0
        while True:
            line = stream.readline(limit + 1)
            if not line:
                return
            position += 1
            if len(line) > limit and not line.endswith(b"\n"):
                _skip_rest_of_line(stream)
                yield broken_item(position, f"line too long: over {limit} bytes", raw.tell())
                continue
            yield _jsonl_item(line, position, source, raw.tell())


def _skip_rest_of_line(stream, block=1 << 20):
    while True:
        piece = stream.readline(block)
        if not piece or piece.endswith(b"\n"):
            return


def _jsonl_item(line, position, source, offset):
    if position == 1 and line.startswith(codecs.BOM_UTF8):
        line = line[len(codecs.BOM_UTF8):]
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return broken_item(position, f"invalid UTF-8 at byte {error.start} of the line", offset)
    if not decoded.strip():
        return broken_item(position, "blank line", offset)
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as error:
        return broken_item(position, f"invalid JSON: {error.msg} (character {error.pos + 1})", offset)
    if not isinstance(record, dict):
        return broken_item(position, f"line is a JSON {type(record).__name__}, not an object", offset)
    return make_item(position, record, source, offset)


# --- CSV / TSV ------------------------------------------------------------------

def read_csv(source, delimiter=","):
    # Big enough for a too-long text to be read and reported, not refused.
    csv.field_size_limit(max(max_line_bytes(source.max_chars), 1 << 24))
    with open_bytes(source.path) as (stream, raw):
        # surrogateescape keeps bad bytes visible (as lone surrogates) so the
        # row holding them gets an error instead of stopping the whole file.
        lines = (line.decode("utf-8", "surrogateescape") for line in stream)
        reader = csv.reader(lines, delimiter=delimiter)
        header = _csv_header(reader, source)
        position = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                position += 1
                yield broken_item(position, f"unreadable row: {error}", raw.tell())
                continue
            position += 1
            yield _csv_item(header, row, position, source, raw.tell())


def read_tsv(source):
    return read_csv(source, delimiter="\t")


def _csv_header(reader, source):
    header = next(reader, None)
    if not header:
        raise ValueError(f"{source.path}: no header row")
    header[0] = header[0].lstrip("\ufeff")
    if source.fields.text not in header:
        raise ValueError(
            f"{source.path}: no column {source.fields.text!r} "
            f"(columns: {', '.join(header)}); use --text-field"
        )
    return header


def _csv_item(header, row, position, source, offset):
    if not row:
        return broken_item(position, "blank row", offset)
    if any(_has_bad_bytes(value) for value in row):
        return broken_item(position, "invalid UTF-8 in the row", offset)
    record = dict(zip(header, row))
    if len(row) > len(header):
        record["_extra"] = row[len(header):]  # keep what has no column name
    return make_item(position, record, source, offset)


def _has_bad_bytes(value):
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# --- Parquet ----------------------------------------------------------------------

def _parquet_file(path):
    import pyarrow.parquet as pq

    return pq.ParquetFile(path)


def read_parquet(source):
    parquet = _parquet_file(source.path)
    names = parquet.schema_arrow.names
    if source.fields.text not in names:
        raise ValueError(
            f"{source.path}: no column {source.fields.text!r} "
            f"(columns: {', '.join(names)}); use --text-field"
        )
    position = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for row in batch.to_pylist():
            position += 1
            yield make_item(position, row, source, position)


# --- a directory tree of .txt files -----------------------------------------------

def _txt_paths(root):
    """Relative paths of .txt files under root, in a stable (sorted) order."""
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            if name.lower().endswith(".txt"):
                yield os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")


def read_txt_tree(source):
    for position, relative in enumerate(_txt_paths(source.path), start=1):
        full = os.path.join(source.path, relative)
        text, problem = _read_txt(full, source.max_chars)
        if problem:
            yield InputItem(position, relative, None, {}, problem, None, position)
        else:
            yield make_item(position, {source.fields.id: relative, source.fields.text: text},
                            source, position)


def _read_txt(path, max_chars):
    try:
        size = os.path.getsize(path)
        if size > 4 * max_chars:  # UTF-8 needs at most 4 bytes a character
            return None, f"text too long: {size} bytes (limit --max-chars {max_chars})"
        with open(path, "rb") as file:
            data = file.read()
    except OSError as error:
        return None, one_line(f"cannot read: {error.strerror or error}")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return None, f"invalid UTF-8 at byte {error.start}"


READERS = {
    "jsonl": read_jsonl,
    "csv": read_csv,
    "tsv": read_tsv,
    "parquet": read_parquet,
    "txt": read_txt_tree,
}
