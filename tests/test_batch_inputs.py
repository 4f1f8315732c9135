"""Input readers of `rupipe run`: one item per input record, broken ones included."""
import gzip
import json

import pytest

from pipeline.batch.chunks import ChunkLimits, make_chunks
from pipeline.batch.inputs import Fields, detect_format, open_input
from pipeline.batch.journal import cut_partial_line, skip_written, written_ids

TEXT = "Путин прибыл в Казань."


def items_of(path, **options):
    return list(open_input(str(path), **options).items())


@pytest.mark.parametrize("name, expected", [
    ("news.jsonl", "jsonl"),
    ("news.JSONL.gz", "jsonl"),
    ("news.ndjson", "jsonl"),
    ("news.csv", "csv"),
    ("news.tsv.gz", "tsv"),
    ("news.parquet", "parquet"),
])
def test_format_comes_from_the_extension(name, expected):
    assert detect_format(name) == expected


def test_unknown_extension_asks_for_input_format():
    with pytest.raises(ValueError, match="--input-format"):
        detect_format("news.xml")


# Each broken JSONL line still yields one item, with its error and, where the
# line says it, its id; without one the id is the line number.
BROKEN_LINES = [
    (b'{"id": "a", "text": "' + TEXT.encode() + b'"}', "a", None),
    (b'{"text": "' + TEXT.encode() + b'"}', 2, None),
    (b'{"id": "c", "text": ', 3, "invalid JSON"),
    (b'{"id": "d", "text": "\xff\xfe"}', 4, "invalid UTF-8"),
    (b'{"id": "e"}', "e", "no 'text' field"),
    (b'{"id": "f", "text": 42}', "f", "not a string"),
    (b'{"id": "g", "text": "  \\n "}', "g", "empty text"),
    (b'{"id": "h", "text": "' + b"x" * 101 + b'"}', "h", "text too long"),
    (b"", 9, "blank line"),
    (b"[1, 2]", 10, "not an object"),
    (b'{"id": 3.5, "text": "abc"}', 11, "must be a string or an integer"),
]


def test_every_jsonl_line_yields_an_item(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(line for line, _, _ in BROKEN_LINES) + b"\n")
    items = items_of(path, max_chars=100)
    assert len(items) == len(BROKEN_LINES)
    for item, (_, doc_id, error) in zip(items, BROKEN_LINES):
        assert item.id == doc_id
        if error is None:
            assert item.error is None and item.text == TEXT
        else:
            assert error in item.error and item.text is None


def test_a_line_longer_than_any_text_is_skipped_without_reading_it_whole(tmp_path):
    path = tmp_path / "in.jsonl"
    huge = json.dumps({"id": "big", "text": "x" * 1_200_000})
    path.write_text(huge + "\n" + json.dumps({"id": "next", "text": TEXT}) + "\n")
    items = items_of(path, max_chars=30)  # line limit: 6 bytes a character + 1 MB
    assert [item.id for item in items] == [1, "next"]  # the id of line 1 was never parsed
    assert "line too long" in items[0].error and items[1].error is None


def test_gzipped_jsonl_and_meta_pass_through(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as file:
        file.write(json.dumps({"id": 7, "text": TEXT, "date": "2024-04-09", "tags": ["a"]}) + "\n")
    [item] = items_of(path)
    assert (item.id, item.text, item.meta) == (7, TEXT, {"date": "2024-04-09", "tags": ["a"]})


def test_csv_with_multiline_text_blank_and_bad_rows(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(
        "doc,body,date\n"
        "a,\"Первая строка,\nвторая строка\",2024\n"
        "\n"
        ",Текст без id,2025\n".encode()
        + b'd,"\xff",2026\n'
    )
    items = items_of(path, fields=Fields(text="body", id="doc"))
    assert [(item.id, item.error) for item in items] == [
        ("a", None), (2, "blank row"), (3, None), (4, "invalid UTF-8 in the row")]
    assert items[0].text == "Первая строка,\nвторая строка"
    assert items[0].meta == {"date": "2024"}


def test_csv_without_the_text_column_is_refused_up_front(tmp_path):
    path = tmp_path / "in.tsv"
    path.write_text("id\tbody\n1\tТекст\n")
    with pytest.raises(ValueError, match="no column 'text'"):
        items_of(path)


def test_parquet_rows_in_batches(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p1", None, "p3"], "text": [TEXT, TEXT, None],
                             "year": [2023, 2024, 2025]}), path)
    source = open_input(str(path))
    items = list(source.items())
    assert source.total_docs == 3
    assert [(item.id, item.error, item.meta) for item in items] == [
        ("p1", None, {"year": 2023}), (2, None, {"year": 2024}),
        ("p3", "no 'text' field", {"year": 2025})]


def test_txt_tree_ids_are_relative_paths(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_bytes(b"\xff")
    (tmp_path / "b" / "d.txt").write_text("", encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("not an article")
    items = items_of(tmp_path)
    assert [(item.id, item.error) for item in items] == [
        ("a.txt", None), ("b/c.txt", "invalid UTF-8 at byte 0"), ("b/d.txt", "empty text")]


def test_a_huge_document_travels_in_its_own_chunk(tmp_path):
    path = tmp_path / "in.jsonl"
    texts = ["short"] * 3 + ["x" * 500] + ["short"] * 3
    path.write_text("".join(json.dumps({"text": text}) + "\n" for text in texts))
    chunks = list(make_chunks(items_of(path), ChunkLimits(max_docs=2, max_chars=100)))
    assert [[item.id for item in chunk] for chunk in chunks] == [[1, 2], [3], [4], [5, 6], [7]]


def test_resume_cuts_the_partial_last_line_and_skips_written_ids(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_bytes(b'{"id": "a"}\n{"id": 2}\n{"id": "a"}\n{"id": "c", "ent')
    assert cut_partial_line(str(output)) == len(b'{"id": "c", "ent')
    already = written_ids(str(output))
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": doc_id, "text": TEXT}) + "\n"
                            for doc_id in ["a", "b", "a", "a", "c"]) + json.dumps({"text": TEXT}) + "\n")
    left = [item.id for item in skip_written(items_of(path), already)]
    # "a" was written twice, so its third occurrence is still to do; the
    # missing id on line 6 falls back to 6, not the written 2.
    assert left == ["b", "a", "c", 6]
