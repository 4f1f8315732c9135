"""BRAT standoff (x.txt + x.ann) as PER/ORG/LOC entities.

Collection5, NE5 and NEREL come in this format; each names its types its
own way, so a type map says which become ours:
    PERSON=PER,ORGANIZATION=ORG,CITY=LOC
Text-bound lines look like
    T3<TAB>ORGANIZATION 10 24<TAB>Газпром нефть
    T4<TAB>CITY 30 36;37 42<TAB>Нижний Новгород   (fragments: first start to last end)
Other lines (relations, events, notes) and unmapped types are skipped.
Nested entities are flattened to the outermost.
"""
from pathlib import Path

from pipeline.corpora import NerDocument, Span, drop_overlapping, read_exact


def parse_type_map(spec):
    """"PERSON=PER,ORG=ORG" -> {"PERSON": "PER", "ORG": "ORG"}."""
    mapping = {}
    for item in filter(None, (part.strip() for part in (spec or "").split(","))):
        source, sep, target = item.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise ValueError(f"bad type map item {item!r}: expected SOURCE=TARGET")
        mapping[source.strip()] = target.strip()
    return mapping


def read_brat(folder, type_map, limit=None):
    """Yield a NerDocument for each x.txt that has an x.ann beside it (any depth)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise OSError(f"no BRAT folder: {folder}")
    found = 0
    for ann_path in sorted(folder.rglob("*.ann")):
        txt_path = ann_path.with_suffix(".txt")
        if not txt_path.exists():
            continue
        if limit is not None and found >= limit:
            return
        found += 1
        yield read_document(txt_path, ann_path, type_map, doc_id=str(txt_path.relative_to(folder).with_suffix("")))


def read_document(txt_path, ann_path, type_map, doc_id=None):
    text = read_exact(txt_path)
    warnings = []
    with open(ann_path, encoding="utf-8") as lines:
        spans = [span for span in (parse_line(line, type_map, text, warnings) for line in lines) if span]
    return NerDocument(doc_id or Path(txt_path).stem, text, drop_overlapping(spans), warnings)


def parse_line(line, type_map, text, warnings):
    """A mapped Span from one text-bound ('T') line, else None."""
    if not line.startswith("T"):
        return None
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 2:
        warnings.append(f"bad line: {line.strip()!r}")
        return None
    kind, _, ranges = fields[1].partition(" ")
    if kind not in type_map:
        return None
    try:
        pieces = [tuple(int(offset) for offset in piece.split()) for piece in ranges.split(";")]
        start, end = min(piece[0] for piece in pieces), max(piece[1] for piece in pieces)
    except (ValueError, IndexError):
        warnings.append(f"bad offsets: {line.strip()!r}")
        return None
    if not 0 <= start < end <= len(text):
        warnings.append(f"offsets outside the text: {line.strip()!r}")
        return None
    if len(pieces) == 1 and len(fields) > 2 and text[start:end] != fields[2]:
        warnings.append(f"span text {text[start:end]!r} is not {fields[2]!r}")
    return Span(start, end, type_map[kind])
