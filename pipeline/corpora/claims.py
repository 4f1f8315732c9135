"""Gold numeric-claims files: read them, find their documents, check them.

A gold file is JSONL, one line per document:
    {"doc_id": "devset/book_100", "claims": [CLAIM, ...]}
where CLAIM is the object of docs/CLAIMS.md and offsets index the exact
document text. The allowed values (units, directions, ...) live in
models/claims/schema.json so that the validator and the docs change together.

    python -m pipeline.corpora.claims validate corpus/claims/*.jsonl
    python -m pipeline.corpora.claims stats corpus/claims/*.jsonl
"""
import argparse
import json
import math
import os
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO_ROOT / "models" / "claims" / "schema.json"
CORPUS_DIR = REPO_ROOT / "corpus"
SAMPLE_PATH = CORPUS_DIR / "sample" / "news.jsonl"
FACTRU_SPLITS = ("devset", "testset")


# ---------------------------------------------------------------- reading

def read_gold(path):
    """Yield {"doc_id", "claims"} for each non-blank line of a gold file.

    Raises ValueError naming the file and line when a line is not JSON,
    so a broken file is never half-read in silence.
    """
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error.msg}") from None
            yield {"doc_id": record.get("doc_id"), "claims": record.get("claims"),
                   "text": record.get("text")}


def default_corpora_dir():
    env = os.environ.get("RUPIPE_CORPORA")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "corpora"


def load_document_text(doc_id, corpora_dir=None):
    """The exact text a doc_id's offsets index into.

    "devset/x", "testset/x" -> factRuEval-2016/<split>/x.txt
    "seed"                  -> <corpora_dir>/../docs/seed-article.txt
    "<name>/<id>"           -> the "text" of that id in corpus/<name>/news.jsonl,
                               an archive we wrote ("sample", "fresh-a", ...)
    "UD_x/<file>/<sent_id>" -> the "# text" of that sentence in
                               <corpora_dir>/UD_x/<file>.conllu (one sentence
                               is one document: UD keeps no paragraphs)
    anything else           -> <corpora_dir>/<doc_id> or <corpora_dir>/<doc_id>.txt,
                               so a gold set from elsewhere needs only its texts
                               in a folder (or a gold "text" field, or --texts)
    Raises ValueError for an id no rule finds, OSError for an unreadable file.
    """
    corpora_dir = Path(corpora_dir) if corpora_dir else default_corpora_dir()
    return _load_text(str(doc_id), str(corpora_dir))


@lru_cache(maxsize=512)
def _load_text(doc_id, corpora_dir):
    corpora_dir = Path(corpora_dir)
    if doc_id == "seed":
        return _read_exact(corpora_dir.parent / "docs" / "seed-article.txt")
    split, _, stem = doc_id.partition("/")
    if split in FACTRU_SPLITS and stem and "/" not in stem:
        return _read_exact(corpora_dir / "factRuEval-2016" / split / f"{stem}.txt")
    if split.startswith("UD_") and stem.count("/") == 1:
        return _ud_sentence_text(corpora_dir / split, *stem.split("/"))
    archive = CORPUS_DIR / split / "news.jsonl"
    if stem and "/" not in split and archive.is_file():
        return _archive_text(archive, stem)
    for candidate in (corpora_dir / doc_id, corpora_dir / f"{doc_id}.txt"):
        if _inside(candidate, corpora_dir) and candidate.is_file():
            return _read_exact(candidate)
    raise ValueError(f"no text found for doc_id {doc_id!r} "
                     f"(looked in {corpora_dir}; give --corpus-dir or --texts)")


def _inside(path, folder):
    # A doc_id is data from a file: never let "../" walk out of the folder.
    return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(folder))


def read_texts(path):
    """{id: text} of an archive in any format `rupipe run` reads.

    For scoring a gold file whose documents are not in a corpora folder:
    `rupipe evaluate claims --gold G --texts archive.jsonl`.
    """
    from pipeline.batch.inputs import open_input
    texts = {}
    for item in open_input(str(path), max_chars=50_000_000).items():
        if item.error:
            raise ValueError(f"{path}: record {item.position}: {item.error}")
        texts[str(item.id)] = item.text
    return texts


def text_from_archive(doc_id, texts):
    """A gold doc_id looked up in read_texts() output: whole id, then its last part."""
    for key in (doc_id, doc_id.rsplit("/", 1)[-1], doc_id.rsplit("/", 1)[-1] + ".txt"):
        if key in texts:
            return texts[key]
    raise ValueError(f"doc_id {doc_id!r} is not in the --texts archive")


def _read_exact(path):
    # newline="" keeps \r\n as two characters: gold offsets count them.
    with open(path, encoding="utf-8", newline="") as file:
        return file.read()


def _ud_sentence_text(treebank, file_stem, sent_id):
    texts = _ud_sentence_texts(str(treebank / f"{file_stem}.conllu"))
    if sent_id not in texts:
        raise ValueError(f"no sentence {sent_id!r} in {treebank.name}/{file_stem}.conllu")
    return texts[sent_id]


@lru_cache(maxsize=8)
def _ud_sentence_texts(path):
    """{sent_id: text} from the comment lines of a CoNLL-U file."""
    texts, sent_id = {}, None
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# sent_id = "):
                sent_id = line[len("# sent_id = "):].strip()
            elif line.startswith("# text = ") and sent_id is not None:
                texts[sent_id] = line[len("# text = "):].rstrip("\n")
    return texts


def _archive_text(archive, sample_id):
    with open(archive, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            item = json.loads(line)
            if str(item.get("id")) == sample_id:
                return item["text"]
    raise ValueError(f"no id {sample_id!r} in {archive}")


# ---------------------------------------------------------------- checking

@lru_cache(maxsize=1)
def load_schema():
    with open(SCHEMA_PATH, encoding="utf-8") as file:
        return json.load(file)


def validate(path, corpora_dir=None):
    """One-line problem strings for a gold file; [] when it is clean."""
    problems = []
    seen_ids = set()
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            for problem in _check_line(line, seen_ids, corpora_dir):
                problems.append(f"{where}: {problem}")
    return problems


def _check_line(line, seen_ids, corpora_dir):
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return [f"not JSON: {error.msg}"]
    if not isinstance(record, dict):
        return ["record is not a JSON object"]
    schema = load_schema()
    problems = _key_problems(record, schema["record_keys"], "record",
                             optional=schema["record_optional_keys"])
    if problems:
        return problems
    doc_id = record["doc_id"]
    if doc_id in seen_ids:
        return [f"{doc_id}: doc_id listed twice"]
    seen_ids.add(doc_id)
    if not isinstance(record["claims"], list):
        return [f"{doc_id}: claims is not a list"]
    try:
        text = record.get("text") or load_document_text(doc_id, corpora_dir)
    except (OSError, ValueError, KeyError) as error:
        return [f"{doc_id}: cannot load text: {error}"]
    return [f"{doc_id}: {problem}" for problem in check_claims(record["claims"], text)]


def check_claims(claims, text):
    """Problems of one document's claim list against its text."""
    problems = []
    for index, claim in enumerate(claims):
        label = f"claim {index}"
        if not isinstance(claim, dict):
            problems.append(f"{label}: not an object")
            continue
        problems += [f"{label}: {p}" for p in check_claim(claim, text)]
    return problems + _order_problems(claims)


def check_claim(claim, text):
    schema = load_schema()
    problems = _key_problems(claim, schema["claim_keys"], "claim")
    if problems:
        return problems
    problems += _value_problems(claim, schema)
    problems += _enum_problems(claim, schema)
    problems += _span_field_problems(claim, text, schema)
    return problems


def _key_problems(obj, expected, what, optional=()):
    missing = [key for key in expected if key not in obj]
    extra = [key for key in obj if key not in expected and key not in optional]
    problems = [f"{what} lacks key {key!r}" for key in missing]
    return problems + [f"{what} has unknown key {key!r}" for key in extra]


def _is_number(value):
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def _value_problems(claim, schema):
    problems = []
    if not _is_number(claim["value"]):
        problems.append(f"value {claim['value']!r} is not a number")
    for key in schema["nullable_numbers"]:
        if claim[key] is not None and not _is_number(claim[key]):
            problems.append(f"{key} {claim[key]!r} is neither null nor a number")
    if _is_number(claim["value"]) and _is_number(claim["value_max"]):
        if claim["value_max"] <= claim["value"]:
            problems.append("value_max is not above value")
    return problems


def _enum_problems(claim, schema):
    problems = []
    if claim["unit"] not in schema["units"]:
        problems.append(f"unknown unit {claim['unit']!r}")
    allowed = {"direction": "directions", "change": "changes", "bound": "bounds"}
    for key, table in allowed.items():
        if claim[key] is not None and claim[key] not in schema[table]:
            problems.append(f"unknown {key} {claim[key]!r}")
    return problems


def _span_field_problems(claim, text, schema):
    problems = []
    for key, extra_keys in schema["span_extra_keys"].items():
        value = claim[key]
        if key == "qualifiers":
            if not isinstance(value, list):
                problems.append("qualifiers is not a list")
                continue
            for i, span in enumerate(value):
                problems += _span_problems(span, text, f"qualifiers[{i}]", extra_keys)
        elif value is None:
            if key not in schema["nullable_spans"]:
                problems.append(f"{key} is null")
        else:
            problems += _span_problems(value, text, key, extra_keys)
    return problems


def _span_problems(span, text, label, extra_keys):
    if not isinstance(span, dict):
        return [f"{label} is not an object"]
    problems = _key_problems(span, ["start", "end", "text"] + extra_keys, label)
    if problems:
        return problems
    start, end = span["start"], span["end"]
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        return [f"{label} offsets are not integers"]
    if not 0 <= start < end <= len(text):
        return [f"{label} offsets {start}..{end} out of order or outside the text"]
    if text[start:end] != span["text"]:
        return [f"{label} text {span['text']!r} != document {text[start:end]!r}"]
    return problems + _extra_value_problems(span, label, extra_keys)


def _extra_value_problems(span, label, extra_keys):
    problems = []
    for key in extra_keys:
        value = span[key]
        if key == "cluster":
            if value is not None and not isinstance(value, int):
                problems.append(f"{label}.cluster is neither null nor an integer")
        elif not isinstance(value, str) or not value or value != value.lower():
            # head and lemma are pymorphy3 lemmas: non-empty and lowercase
            problems.append(f"{label}.{key} {value!r} is not a lowercase lemma")
    return problems


def _order_problems(claims):
    figures = [_figure_range(claim) for claim in claims]
    problems = []
    for i in range(1, len(figures)):
        before, here = figures[i - 1], figures[i]
        if before is None or here is None:
            continue
        if here[0] < before[0]:
            problems.append(f"claim {i}: figure starts before claim {i - 1}'s (not sorted)")
        elif here[0] < before[1]:
            problems.append(f"claim {i}: figure overlaps claim {i - 1}'s")
    return problems


def _figure_range(claim):
    figure = claim.get("figure") if isinstance(claim, dict) else None
    try:
        start, end = figure["start"], figure["end"]
    except (TypeError, KeyError):
        return None
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


# ---------------------------------------------------------------- counting

def count_claims(paths):
    """Counters over gold files: documents, claims, per unit and direction."""
    counts = {"documents": 0, "claims": 0, "unit": Counter(), "direction": Counter()}
    for path in paths:
        for record in read_gold(path):
            counts["documents"] += 1
            claims = record["claims"] if isinstance(record["claims"], list) else []
            counts["claims"] += len(claims)
            for claim in claims:
                counts["unit"][str(claim.get("unit"))] += 1
                counts["direction"][str(claim.get("direction"))] += 1
    return counts


# ---------------------------------------------------------------- command line

def run_validate(args):
    total_problems = 0
    for path in args.files:
        try:
            problems = validate(path, args.corpora)
            counts = count_claims([path]) if not _unreadable(problems) else None
        except OSError as error:
            problems, counts = [f"{path}: cannot read: {error}"], None
        for problem in problems:
            print(problem)
        total_problems += len(problems)
        if counts:
            print(f"{path}: {counts['documents']} documents, {counts['claims']} claims, "
                  f"{len(problems)} problems")
    return 1 if total_problems else 0


def _unreadable(problems):
    return any(": not JSON:" in problem for problem in problems)


def run_stats(args):
    counts = count_claims(args.files)
    print(f"documents {counts['documents']}")
    print(f"claims {counts['claims']}")
    for field in ("unit", "direction"):
        for name, n in counts[field].most_common():
            print(f"{field} {name} {n}")
    return 0


def build_parser():
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.corpora.claims",
        description="Check and count gold numeric-claims files (JSONL).",
    )
    parser.add_argument("--corpora", default=None,
                        help="corpora folder (default: $RUPIPE_CORPORA or ../shared/corpora)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="print problems; exit 1 if any")
    check.add_argument("files", nargs="+")
    check.set_defaults(func=run_validate)
    stats = commands.add_parser("stats", help="documents, claims, units, directions")
    stats.add_argument("files", nargs="+")
    stats.set_defaults(func=run_stats)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (OSError, ValueError) as error:
        print(f"claims: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
