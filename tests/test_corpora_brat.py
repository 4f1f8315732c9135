"""The BRAT standoff reader, on tiny files written here."""
import pytest

from pipeline.corpora.brat import parse_type_map, read_brat

TEXT = "Глава Газпром нефти Александр Дюков прилетел в Нижний Новгород."
TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "CITY": "LOC"}


def t_line(number, kind, word, ranges=None):
    start = TEXT.index(word)
    ranges = ranges or f"{start} {start + len(word)}"
    return f"T{number}\t{kind} {ranges}\t{word}"


def write_pair(folder, stem, lines, text=TEXT):
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def found(doc):
    return [(doc.text[s.start:s.end], s.type) for s in doc.spans]


def test_mapped_types_nested_flattened_others_skipped(tmp_path):
    write_pair(tmp_path, "a", [
        t_line(1, "ORGANIZATION", "Газпром нефти"),
        t_line(2, "ORGANIZATION", "Газпром"),          # nested: the outer one stays
        t_line(3, "PERSON", "Александр Дюков"),
        t_line(4, "PROFESSION", "Глава"),              # not in the map
        "R1\tWORKS_AS Arg1:T3 Arg2:T4",                # relations are skipped
        t_line(5, "CITY", "Нижний Новгород"),
    ])
    (doc,) = read_brat(tmp_path, TYPES)
    assert found(doc) == [("Газпром нефти", "ORG"), ("Александр Дюков", "PER"),
                          ("Нижний Новгород", "LOC")]
    assert doc.id == "a" and doc.warnings == []


def test_fragments_span_from_first_start_to_last_end(tmp_path):
    start = TEXT.index("Нижний")
    ranges = f"{start} {start + 6};{start + 7} {start + 15}"
    write_pair(tmp_path, "a", [f"T1\tCITY {ranges}\tНижний Новгород"])
    (doc,) = read_brat(tmp_path, TYPES)
    assert found(doc) == [("Нижний Новгород", "LOC")]


def test_text_that_differs_from_the_offsets_is_reported(tmp_path):
    write_pair(tmp_path, "a", ["T1\tPERSON 0 5\tДюков"])
    (doc,) = read_brat(tmp_path, TYPES)
    assert found(doc) == [("Глава", "PER")]
    assert doc.warnings == ["span text 'Глава' is not 'Дюков'"]


def test_documents_are_found_in_subfolders_in_name_order(tmp_path):
    (tmp_path / "part2").mkdir()
    write_pair(tmp_path / "part2", "b", [])
    write_pair(tmp_path, "a", [])
    (tmp_path / "lonely.ann").write_text("", encoding="utf-8")  # no .txt: skipped
    assert [doc.id for doc in read_brat(tmp_path, TYPES)] == ["a", "part2/b"]
    assert len(list(read_brat(tmp_path, TYPES, limit=1))) == 1


@pytest.mark.parametrize("spec, expected", [
    ("PERSON=PER,ORGANIZATION=ORG,CITY=LOC", TYPES),
    (" PER = PER , ", {"PER": "PER"}),
    ("", {}),
])
def test_parse_type_map(spec, expected):
    assert parse_type_map(spec) == expected


@pytest.mark.parametrize("spec", ["PERSON", "=PER", "PERSON="])
def test_bad_type_map_is_an_error(spec):
    with pytest.raises(ValueError, match="SOURCE=TARGET"):
        parse_type_map(spec)
