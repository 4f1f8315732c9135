"""The factRuEval reader, on a tiny document written here in the format."""
import pytest

from pipeline.corpora import Span, drop_overlapping
from pipeline.corpora.factru import read_document, read_factru

TEXT = "Иван Петров из МИД Грузии приехал в Тбилиси и Кутаиси. Проект Вечерний Ургант."


def at(word, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(word, start + 1)
    return start, len(word)


def span_line(span_id, kind, word):
    start, length = at(word)
    words = word.split()
    return f"{span_id} {kind} {start} {length} 1 {len(words)}  # {' '.join('0' for _ in words)} {word}"


SPANS = [
    span_line("1", "name", "Иван"),
    span_line("2", "surname", "Петров"),
    span_line("3", "org_name", "МИД"),
    span_line("4", "loc_name", "Грузии"),
    span_line("5", "loc_name", "Тбилиси"),
    span_line("6", "loc_name", "Кутаиси"),
    span_line("7", "org_descr", "Проект"),
    span_line("8", "org_name", "Вечерний Ургант"),
]
OBJECTS = [
    "10 Person 1 2 # Иван Петров",
    "11 Org 3 4 # МИД Грузии",          # ORG is only its org_name: "МИД"
    "12 LocOrg 4 # Грузии",
    "13 Location 5 # Тбилиси",
    "14 Location 6 # Кутаиси",
    "15 Project 7 8 # Вечерний Ургант",  # not an entity type we score
]


def write_doc(folder, stem, spans=SPANS, objects=OBJECTS, text=TEXT):
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    (folder / f"{stem}.objects").write_text("\n".join(objects) + "\n", encoding="utf-8")
    return folder / stem


def entities(doc):
    return [(TEXT[s.start:s.end], s.type) for s in doc.spans]


def test_objects_become_entities(tmp_path):
    doc = read_document(write_doc(tmp_path, "book_1"))
    assert entities(doc) == [
        ("Иван Петров", "PER"),
        ("МИД", "ORG"),
        ("Грузии", "LOC"),
        ("Тбилиси", "LOC"),
        ("Кутаиси", "LOC"),
    ]
    assert doc.warnings == []


def test_org_holding_a_location_hides_it(tmp_path):
    # An Org whose org_name covers the whole "МИД Грузии": the LOC inside goes.
    spans = SPANS[:2] + ["3 org_name 15 10 1 2  # 0 0 МИД Грузии"] + SPANS[3:]
    doc = read_document(write_doc(tmp_path, "book_1", spans=spans))
    assert ("МИД Грузии", "ORG") in entities(doc)
    assert ("Грузии", "LOC") not in entities(doc)


def test_offsets_that_do_not_fit_the_text_are_moved_with_a_warning(tmp_path):
    start, length = at("Тбилиси")
    spans = SPANS[:4] + [f"5 loc_name {start + 2} {length} 1 1  # 0 Тбилиси"] + SPANS[5:]
    doc = read_document(write_doc(tmp_path, "book_1", spans=spans))
    assert ("Тбилиси", "LOC") in entities(doc)
    assert len(doc.warnings) == 1 and "moved by -2" in doc.warnings[0]


def test_split_is_read_in_document_number_order(tmp_path):
    split = tmp_path / "devset"
    split.mkdir()
    for stem in ("book_10", "book_9"):
        write_doc(split, stem)
    docs = list(read_factru(tmp_path, "devset"))
    assert [doc.id for doc in docs] == ["devset/book_9", "devset/book_10"]
    assert [doc.id for doc in read_factru(tmp_path, "devset", limit=1)] == ["devset/book_9"]


def test_unknown_split_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="split"):
        list(read_factru(tmp_path, "trainset"))


@pytest.mark.parametrize("spans, kept", [
    # nested: the outer span wins
    ([(0, 10, "ORG"), (4, 10, "LOC")], [(0, 10, "ORG")]),
    # crossing: the earlier one wins
    ([(5, 12, "LOC"), (0, 8, "PER")], [(0, 8, "PER")]),
    # same start: the longer wins
    ([(0, 4, "PER"), (0, 9, "PER")], [(0, 9, "PER")]),
    # touching spans do not overlap
    ([(0, 4, "PER"), (4, 9, "LOC")], [(0, 4, "PER"), (4, 9, "LOC")]),
])
def test_drop_overlapping(spans, kept):
    assert drop_overlapping([Span(*s) for s in spans]) == [Span(*s) for s in kept]
