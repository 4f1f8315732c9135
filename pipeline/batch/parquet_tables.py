"""`--format parquet`: the records as three flat tables joinable on document id.

documents.parquet  one row per record (id, error, counts, meta as JSON, text length)
entities.parquet   one row per entity mention (doc_id → documents.id)
claims.parquet     one row per numeric claim (doc_id → documents.id)

The run first writes its records to a JSONL journal in the output directory
(so --resume works exactly as for JSONL output), then converts the journal to
the tables in a streaming pass, a few thousand documents per row group.
"""
import json
import os

JOURNAL_NAME = "records.jsonl"
ROWS_PER_GROUP = 5000


def _schemas():
    import pyarrow as pa

    string, int64, float64 = pa.string(), pa.int64(), pa.float64()
    return {
        "documents": pa.schema([
            ("id", string), ("error", string), ("n_entities", int64), ("n_claims", int64),
            ("meta", string), ("text_length", int64),
        ]),
        "entities": pa.schema([
            ("doc_id", string), ("type", string), ("start", int64), ("end", int64),
            ("text", string), ("normal", string), ("cluster", int64),
        ]),
        "claims": pa.schema([
            ("doc_id", string), ("figure_start", int64), ("figure_end", int64),
            ("figure_text", string), ("value", float64), ("value_max", float64),
            ("value_from", float64), ("bound", string), ("unit", string),
            ("metric_text", string), ("metric_head", string), ("direction", string),
            ("change", string), ("trigger_text", string), ("trigger_lemma", string),
            ("time_text", string), ("source_text", string), ("qualifiers", string),
        ]),
    }


def _json(value):
    return json.dumps(value, ensure_ascii=False)


def _part(span, key):
    return span.get(key) if isinstance(span, dict) else None


def document_row(record):
    return {
        "id": str(record.get("id")),
        "error": record.get("error"),
        "n_entities": len(record.get("entities") or ()),
        "n_claims": len(record.get("claims") or ()),
        "meta": _json(record.get("meta") or {}),
        "text_length": record.get("text_length"),
    }


def entity_rows(record):
    doc_id = str(record.get("id"))
    for entity in record.get("entities") or ():
        yield {"doc_id": doc_id, **{key: entity.get(key) for key in
                                    ("type", "start", "end", "text", "normal", "cluster")}}


def claim_rows(record):
    doc_id = str(record.get("id"))
    for claim in record.get("claims") or ():
        figure, metric = claim.get("figure"), claim.get("metric")
        trigger, time, source = claim.get("trigger"), claim.get("time"), claim.get("source")
        yield {
            "doc_id": doc_id,
            "figure_start": _part(figure, "start"),
            "figure_end": _part(figure, "end"),
            "figure_text": _part(figure, "text"),
            "value": claim.get("value"),
            "value_max": claim.get("value_max"),
            "value_from": claim.get("value_from"),
            "bound": claim.get("bound"),
            "unit": claim.get("unit"),
            "metric_text": _part(metric, "text"),
            "metric_head": _part(metric, "head"),
            "direction": claim.get("direction"),
            "change": claim.get("change"),
            "trigger_text": _part(trigger, "text"),
            "trigger_lemma": _part(trigger, "lemma"),
            "time_text": _part(time, "text"),
            "source_text": _part(source, "text"),
            "qualifiers": _json(claim.get("qualifiers") or []),
        }


class _TableWriter:
    """Rows buffered and flushed as row groups; written to a temporary name
    and renamed at the end, so a table on disk is always complete."""

    def __init__(self, directory, name, schema):
        import pyarrow.parquet as pq

        self.final = os.path.join(directory, f"{name}.parquet")
        self.temporary = self.final + ".partial"
        self.schema = schema
        self.rows = []
        self.writer = pq.ParquetWriter(self.temporary, schema)

    def add(self, rows):
        self.rows.extend(rows)
        if len(self.rows) >= ROWS_PER_GROUP:
            self.flush()

    def flush(self):
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self):
        self.flush()
        self.writer.close()
        os.replace(self.temporary, self.final)


def journal_to_tables(journal_path, directory):
    """Stream the JSONL journal into the three tables; return their paths."""
    schemas = _schemas()
    writers = {name: _TableWriter(directory, name, schema) for name, schema in schemas.items()}
    with open(journal_path, "rb") as journal:
        for line in journal:
            record = json.loads(line)
            writers["documents"].add([document_row(record)])
            writers["entities"].add(entity_rows(record))
            writers["claims"].add(claim_rows(record))
    for writer in writers.values():
        writer.close()
    return {name: writer.final for name, writer in writers.items()}
