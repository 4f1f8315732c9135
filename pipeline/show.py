"""`rupipe analyze`: one text, shown for a person (or as JSON for a program)."""
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

ENTITY_STYLES = {"PER": "bold magenta", "ORG": "bold cyan", "LOC": "bold green"}
CLAIM_STYLE = "bold yellow"


def add_analyze_command(commands):
    parser = commands.add_parser(
        "analyze", help="analyze one text: entities and claims",
        description="Analyze TEXT, a FILE, or '-' for standard input.")
    parser.add_argument("source", help="the text itself, a file path, or -")
    parser.add_argument("--json", action="store_true", help="print the record as JSON")
    parser.add_argument("--with-tokens", action="store_true",
                        help="include sentences and tokens in the JSON record")
    parser.add_argument("--html", metavar="FILE",
                        help="also write an HTML view with entities and claims highlighted")
    parser.set_defaults(func=run_analyze)


def read_source(source):
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if len(source) < 4096 and "\n" not in source and path.is_file():
        return path.read_text(encoding="utf-8")
    return source


def run_analyze(args):
    from pipeline.api import default_pipeline
    from pipeline.record import doc_to_record

    text = read_source(args.source)
    if not text.strip():
        raise ValueError("nothing to analyze: the text is empty")
    nlp = default_pipeline()
    doc = nlp(text)
    record = doc_to_record(doc, id=None, with_tokens=args.with_tokens)
    if args.html:
        from pipeline.render import render_html
        Path(args.html).write_text(render_html(doc), encoding="utf-8")
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        console = Console()
        # Claims tables are wide; below 150 columns rich would squeeze every
        # cell to a few letters. Better to let a narrow terminal wrap lines.
        console.width = max(console.width, 150)
        print_record(text, record, console)
    return 0


def highlighted(text, record):
    view = Text(text)
    for claim in record["claims"]:
        figure = claim["figure"]
        view.stylize(CLAIM_STYLE, figure["start"], figure["end"])
    for entity in record["entities"]:
        view.stylize(ENTITY_STYLES.get(entity["type"], "bold"),
                     entity["start"], entity["end"])
    return view


def entity_table(record):
    table = Table(title="Entities")
    for column in ("type", "text", "normal", "cluster", "offsets"):
        table.add_column(column)
    for e in record["entities"]:
        table.add_row(e["type"], e["text"], e["normal"], str(e["cluster"]),
                      f"{e['start']}–{e['end']}")
    return table


def claim_table(record):
    table = Table(title="Claims")
    for column in ("figure", "value", "unit", "metric", "direction",
                   "trigger", "qualifiers", "time", "source"):
        table.add_column(column)
    for c in record["claims"]:
        value = _number(c["value"])
        if c.get("value_max") is not None:
            value += f"–{_number(c['value_max'])}"
        if c.get("bound"):
            value = f"{c['bound']} {value}"
        table.add_row(
            c["figure"]["text"], value, c["unit"] or "",
            _span_text(c.get("metric")),
            " ".join(filter(None, (c.get("direction"), c.get("change")))),
            _span_text(c.get("trigger")),
            "; ".join(q["text"] for q in c.get("qualifiers") or []),
            _span_text(c.get("time")), _span_text(c.get("source")))
    return table


def print_record(text, record, console):
    console.print(highlighted(text, record))
    console.print(entity_table(record))
    console.print(claim_table(record))


def _span_text(span):
    return span["text"] if span else ""


def _number(value):
    return f"{value:g}" if isinstance(value, float) else str(value)
