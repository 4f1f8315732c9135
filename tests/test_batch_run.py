"""`rupipe run` end to end with the real pipeline: formats, broken records, tables."""
import csv
import json

import pytest

from pipeline.batch import RunOptions, run_batch
from pipeline.batch.chunks import ChunkLimits
from pipeline.batch.inputs import Fields

ARTICLES = [
    ("kazan", "Владимир Путин прибыл в Казань."),
    ("moscow", "Мэр Москвы Сергей Собянин открыл новую станцию метро."),
    ("karaganda", "В Караганде полиция задержала пять человек."),
]


def run(tmp_path, input_path, **options):
    output = tmp_path / "out.jsonl"
    totals = run_batch(RunOptions(input=str(input_path), output=str(output), overwrite=True,
                                  workers=options.pop("workers", 0), **options))
    records = [json.loads(line) for line in output.read_bytes().split(b"\n") if line]
    return records, totals


def normals(record):
    return {entity["normal"] for entity in record["entities"]}


def write_jsonl(path):
    path.write_text("".join(json.dumps({"id": doc_id, "text": text, "date": "2024-04-09"},
                                       ensure_ascii=False) + "\n" for doc_id, text in ARTICLES),
                    encoding="utf-8")


def write_csv(path, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(["id", "text", "date"])
        writer.writerows([doc_id, text, "2024-04-09"] for doc_id, text in ARTICLES)


def write_parquet(path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": [a[0] for a in ARTICLES], "text": [a[1] for a in ARTICLES],
                             "date": ["2024-04-09"] * len(ARTICLES)}), path)


def write_txt_tree(path):
    path.mkdir()
    for doc_id, text in ARTICLES:
        (path / doc_id).mkdir()
        (path / doc_id / "article.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name, write, ids, meta", [
    ("in.jsonl", write_jsonl, ["kazan", "moscow", "karaganda"], {"date": "2024-04-09"}),
    ("in.csv", write_csv, ["kazan", "moscow", "karaganda"], {"date": "2024-04-09"}),
    ("in.tsv", lambda p: write_csv(p, "\t"), ["kazan", "moscow", "karaganda"], {"date": "2024-04-09"}),
    ("in.parquet", write_parquet, ["kazan", "moscow", "karaganda"], {"date": "2024-04-09"}),
    ("tree", write_txt_tree, ["karaganda/article.txt", "kazan/article.txt", "moscow/article.txt"], {}),
])
def test_each_input_format_gives_the_same_records(tmp_path, name, write, ids, meta):
    write(tmp_path / name)
    records, totals = run(tmp_path, tmp_path / name)
    assert [record["id"] for record in records] == ids
    by_id = {record["id"].split("/")[0]: record for record in records}
    assert "Казань" in normals(by_id["kazan"])
    assert {"Москва", "Сергей Собянин"} <= normals(by_id["moscow"])
    assert all(record["meta"] == meta and record["error"] is None for record in records)
    assert (totals.documents, totals.errors) == (3, 0)


def test_broken_records_get_error_records_and_nothing_else_is_lost(tmp_path):
    lines = [
        json.dumps({"id": "good-1", "text": ARTICLES[0][1]}, ensure_ascii=False).encode(),
        b'{"id": "cut", "text": "\xd0\x9f\xd1\x83',  # cut mid-line, invalid JSON
        b'{"id": "latin1", "text": "Caf\xe9"}',  # invalid UTF-8
        b'{"id": "no-text", "title": "only a title"}',
        b'{"id": "number", "text": 12}',
        b'{"id": "blank", "text": ""}',
        json.dumps({"id": "too-long", "text": "Очень длинная статья. " * 20}, ensure_ascii=False).encode(),
        json.dumps({"id": "good-2", "text": ARTICLES[1][1]}, ensure_ascii=False).encode(),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    records, totals = run(tmp_path, path, max_chars=200)
    assert [(record["id"], record["error"] is None) for record in records] == [
        ("good-1", True), (2, False), (3, False), ("no-text", False),
        ("number", False), ("blank", False), ("too-long", False), ("good-2", True)]
    assert records[3]["meta"] == {"title": "only a title"}
    assert all("\n" not in (record["error"] or "") for record in records)
    assert normals(records[-1]) >= {"Москва"}
    assert (totals.documents, totals.errors) == (8, 6)


def test_parquet_tables_join_on_document_id(tmp_path):
    pd = pytest.importorskip("pandas")
    write_jsonl(tmp_path / "in.jsonl")
    with open(tmp_path / "in.jsonl", "a", encoding="utf-8") as file:
        file.write('{"id": "empty", "text": ""}\n')
    out = tmp_path / "tables"
    run_batch(RunOptions(input=str(tmp_path / "in.jsonl"), output=str(out),
                         output_format="parquet", workers=0))
    documents = pd.read_parquet(out / "documents.parquet")
    entities = pd.read_parquet(out / "entities.parquet")
    claims = pd.read_parquet(out / "claims.parquet")
    assert list(documents.columns) == ["id", "error", "n_entities", "n_claims", "meta", "text_length"]
    assert list(entities.columns) == ["doc_id", "type", "start", "end", "text", "normal", "cluster"]
    assert list(claims.columns) == [
        "doc_id", "figure_start", "figure_end", "figure_text", "value", "value_max", "value_from",
        "bound", "unit", "metric_text", "metric_head", "direction", "change", "trigger_text",
        "trigger_lemma", "time_text", "source_text", "qualifiers"]
    assert list(documents["id"]) == ["kazan", "moscow", "karaganda", "empty"]
    assert documents.set_index("id").loc["empty", "error"] == "empty text"
    assert json.loads(documents.set_index("id").loc["kazan", "meta"]) == {"date": "2024-04-09"}
    assert documents.set_index("id").loc["kazan", "text_length"] == len(ARTICLES[0][1])
    joined = entities.merge(documents, left_on="doc_id", right_on="id")
    assert len(joined) == len(entities) == documents["n_entities"].sum()
    assert "Казань" in set(joined[joined["id"] == "kazan"]["normal"])
    assert len(claims) == documents["n_claims"].sum()


def test_existing_output_is_kept_unless_asked(tmp_path):
    write_jsonl(tmp_path / "in.jsonl")
    (tmp_path / "out.jsonl").write_text("precious\n")
    with pytest.raises(FileExistsError, match="--resume"):
        run_batch(RunOptions(input=str(tmp_path / "in.jsonl"), output=str(tmp_path / "out.jsonl")))
    assert (tmp_path / "out.jsonl").read_text() == "precious\n"


def test_custom_field_names(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"doc": "x1", "body": ARTICLES[0][1], "id": "kept"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    [record], _ = run(tmp_path, path, fields=Fields(text="body", id="doc"))
    assert record["id"] == "x1" and record["meta"] == {"id": "kept"}
    assert "Казань" in normals(record)


def test_reloading_the_pipeline_midway_changes_no_record(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": n, "text": ARTICLES[n % 3][1]}, ensure_ascii=False)
                            + "\n" for n in range(9)), encoding="utf-8")
    outputs = []
    for reload_every in (0, 2):
        output = tmp_path / f"out-{reload_every}.jsonl"
        run_batch(RunOptions(input=str(path), output=str(output), workers=0,
                             reload_every=reload_every, limits=ChunkLimits(max_docs=2)))
        outputs.append(output.read_bytes())
    assert outputs[0] == outputs[1]
