"""factRuEval-2016 as PER/ORG/LOC entities, the way naeval reads it.

A document is book_N.txt with two annotation layers:
    book_N.spans    "87729 name 0 9 1757939 1  # 1757939 Александр"
                    (id, span type, start, length, first token, token count,
                    then after '#' the token ids and the token texts)
    book_N.objects  "52825 Person 87729 87730 # Александр Вертинский"
                    (id, object type, the ids of its spans)

Entities come from objects:
    Person            PER, one span from its first to its last span
    Org               ORG, each of its org_name spans
    Location, LocOrg  LOC, each of its loc_name spans
Inside one object overlapping name spans keep the outermost; then over the
whole document too ("мид Грузии" ORG hides its "Грузии" LOC).

Offsets are checked against the text: a span whose text does not fit the
token texts listed after '#' is searched for nearby and moved there, with a
warning on the document (the copy we have needs no move; other copies of
the corpus count some characters differently).
"""
from pathlib import Path

from pipeline.corpora import NerDocument, Span, drop_overlapping, read_exact

SPLITS = ("devset", "testset")
# How far (characters) to look for a span whose offsets do not fit the text.
REPAIR_WINDOW = 20


def read_factru(folder, split="testset", limit=None):
    """Yield the NerDocuments of one split (devset/testset), by document number.

    `folder` is the factRuEval-2016 folder (holding devset/ and testset/).
    """
    if split not in SPLITS:
        raise ValueError(f"unknown factRuEval split {split!r}: use one of {', '.join(SPLITS)}")
    split_dir = Path(folder) / split
    if not split_dir.is_dir():
        raise OSError(f"no factRuEval split folder: {split_dir}")
    stems = sorted((path.stem for path in split_dir.glob("book_*.txt")), key=_book_number)
    for stem in stems[:limit]:
        yield read_document(split_dir / stem, doc_id=f"{split}/{stem}")


def _book_number(stem):
    number = stem.partition("_")[2]
    return int(number) if number.isdigit() else 0


def read_document(base, doc_id=None):
    """One document from the files base.txt, base.spans, base.objects."""
    base = Path(base)
    text = read_exact(base.with_suffix(".txt"))
    warnings = []
    spans = parse_spans(_lines(base.with_suffix(".spans")), text, warnings)
    objects = parse_objects(_lines(base.with_suffix(".objects")), spans, warnings)
    entities = drop_overlapping(entity for obj in objects for entity in object_entities(obj))
    return NerDocument(doc_id or base.name, text, entities, warnings)


def _lines(path):
    with open(path, encoding="utf-8") as file:
        return [line.rstrip("\n") for line in file if line.strip()]


def parse_spans(lines, text, warnings):
    """{span id: Span(start, end, span type)}, offsets checked against text."""
    spans = {}
    for line in lines:
        fields, _, comment = line.partition("#")
        parts = fields.split()
        span_id, kind, start, length, token_count = parts[0], parts[1], int(parts[2]), int(parts[3]), int(parts[5])
        expected = comment.split()[token_count:]
        start = _checked_start(text, start, length, expected, span_id, warnings)
        spans[span_id] = Span(start, start + length, kind)
    return spans


def _checked_start(text, start, length, expected, span_id, warnings):
    """The start where the span's text fits its listed token texts."""
    if not expected or _fits(text[start:start + length], expected):
        return start
    for shift in sorted(range(-REPAIR_WINDOW, REPAIR_WINDOW + 1), key=abs):
        moved = start + shift
        if moved >= 0 and _fits(text[moved:moved + length], expected):
            warnings.append(f"span {span_id}: offset {start} moved by {shift:+d} to fit {' '.join(expected)!r}")
            return moved
    warnings.append(f"span {span_id}: text {text[start:start + length]!r} does not fit {' '.join(expected)!r}")
    return start


def _fits(chunk, words):
    """chunk starts with the first word, ends with the last, holds all in order.

    Not equality: a listing may skip tokens ("Жан-Мари Ле Пен" is listed as
    "Жан Ле Пен").
    """
    squeezed = "".join(chunk.split())
    if not squeezed.startswith(words[0]) or not squeezed.endswith(words[-1]):
        return False
    position = 0
    for word in words:
        position = squeezed.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return True


def parse_objects(lines, spans, warnings):
    """[(object type, [Span, ...])] in file order."""
    objects = []
    for line in lines:
        fields = line.partition("#")[0].split()
        kind, span_ids = fields[1], fields[2:]
        missing = [span_id for span_id in span_ids if span_id not in spans]
        if missing:
            warnings.append(f"object {fields[0]}: unknown spans {missing}")
        objects.append((kind, [spans[span_id] for span_id in span_ids if span_id in spans]))
    return objects


def object_entities(obj):
    """The entity spans one factRuEval object contributes."""
    kind, spans = obj
    if not spans:
        return []
    if kind == "Person":
        return [Span(min(span.start for span in spans), max(span.end for span in spans), "PER")]
    if kind == "Org":
        return _named_parts(spans, "org_name", "ORG")
    if kind in ("Location", "LocOrg"):
        return _named_parts(spans, "loc_name", "LOC")
    return []


def _named_parts(spans, name_kind, entity_type):
    names = [span for span in spans if span.type == name_kind]
    return [Span(span.start, span.end, entity_type) for span in drop_overlapping(names)]
