"""Evaluation results as rich tables (people) or JSON (machines).

A result is a plain dict:
    {"task": "ner", "data": {...}, "systems": {name: {"scores": ...,
     "seconds": s, "items": n, "per_second": n/s, "unit": "docs"}}}
"""
import json

from rich.console import Console
from rich.table import Table

NER_TYPES = ("PER", "LOC", "ORG", "ALL")
MORPH_ROWS = (("upos", "UPOS accuracy"), ("feats", "features, all equal"),
              ("lemma", "lemma (case, ё=е ignored)"), ("uas", "UAS"), ("las", "LAS"))
CLAIM_ROWS = ("metric", "direction", "qualifiers", "time", "source")


def print_json(result):
    print(json.dumps(result, ensure_ascii=False, indent=2))


def print_tables(result, console=None):
    console = console or Console()
    printer = {"ner": _ner_tables, "morph": _morph_table, "claims": _claims_tables}[result["task"]]
    for table in printer(result):
        console.print(table)
    for line in _footer(result):
        console.print(line)


def _footer(result):
    data = ", ".join(f"{key}={value}" for key, value in result["data"].items())
    yield f"data: {data}"
    for name, run in result["systems"].items():
        yield (f"{name}: {run['items']} {run['unit']} in {run['seconds']:.1f} s, "
               f"{run['per_second']:.1f} {run['unit']}/s")
    for note in result.get("notes", []):
        yield f"note: {note}"


def _ner_tables(result):
    names = list(result["systems"])
    for level, title in (("token", "NER, token-level (naeval)"), ("span", "NER, exact span")):
        table = Table(title=title)
        table.add_column("type")
        for name in names:
            for measure in ("P", "R", "F1"):
                table.add_column(f"{name} {measure}", justify="right")
        for kind in NER_TYPES:
            row = [kind]
            for name in names:
                counts = result["systems"][name]["scores"][level][kind]
                row += [_num(counts["precision"]), _num(counts["recall"]), _num(counts["f1"])]
            table.add_row(*row)
        yield table


def _morph_table(result):
    names = list(result["systems"])
    table = Table(title="Morphology and syntax on gold tokens (punctuation included)")
    table.add_column("measure")
    for name in names:
        table.add_column(name, justify="right")
    for key, label in MORPH_ROWS:
        table.add_row(label, *[_num(result["systems"][name]["scores"][key]) for name in names])
    yield table


def _claims_tables(result):
    for name, run in result["systems"].items():
        scores = run["scores"]
        table = Table(title=f"Numeric claims ({name})")
        table.add_column("measure")
        for column in ("P", "R", "F1"):
            table.add_column(column, justify="right")
        table.add_column("counts", justify="right")
        for key in ("figure", "claim"):
            counts = scores[key]
            table.add_row(key if key == "figure" else "claim (strict)", _num(counts["precision"]),
                          _num(counts["recall"]), _num(counts["f1"]),
                          f"tp {counts['tp']} fp {counts['fp']} fn {counts['fn']}")
        for key in CLAIM_ROWS:
            share = scores[key]
            accuracy = _num(share["accuracy"]) if share["total"] else "n/a"
            table.add_row(f"{key} accuracy", "", "", accuracy,
                          f"{share['correct']}/{share['total']} pairs")
        yield table


def _num(value):
    return f"{value:.3f}"
