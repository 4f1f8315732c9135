"""Readers and checkers for the corpora we annotate or evaluate on.

One module per format: `factru` (factRuEval-2016), `brat` (BRAT standoff:
Collection5, NE5, NEREL), `conllu` (Universal Dependencies), `claims` (our
numeric-claims gold). NER readers yield `NerDocument`s; the CoNLL-U reader
yields sentences of gold tokens.

Corpora are read in place, never copied: the folder is the CLI option, else
$RUPIPE_CORPORA, else <repo>/../shared/corpora.
"""
import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def corpora_dir():
    """The folder that holds the corpora ($RUPIPE_CORPORA wins)."""
    env = os.environ.get("RUPIPE_CORPORA")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "corpora"


@dataclass(frozen=True, order=True)
class Span:
    """A typed character span, end exclusive (a gold or predicted entity)."""

    start: int
    end: int
    type: str


@dataclass
class NerDocument:
    """One document of an NER corpus: its exact text and its gold entities."""

    id: str
    text: str
    spans: list
    warnings: list = field(default_factory=list)


def read_exact(path):
    """A file's text with line ends kept as they are (offsets count them)."""
    with open(path, encoding="utf-8", newline="") as file:
        return file.read()


def drop_overlapping(spans):
    """Keep the outermost of nested spans and the first of crossing ones.

    Spans are visited by start, longer first; a span that overlaps the last
    kept one is dropped. This is how naeval flattens factRuEval and NE5
    ("мид Грузии" ORG wins over its inner "Грузии" LOC), and it gives the
    outermost span for nested BRAT annotation. Returns spans sorted by start.
    """
    kept = []
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        if kept and kept[-1].end > span.start:
            continue
        kept.append(span)
    return kept
