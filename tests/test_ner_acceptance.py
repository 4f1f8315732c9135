"""NER acceptance on factRuEval-2016 (skipped without the corpora).

Two promises: our harness counts as naeval counts (natasha's published
slovnet figures come out), and wrapping slovnet in spaCy components loses
nothing (our NER scores no lower than natasha's on the same test texts).
"""
import pytest

from pipeline.corpora import corpora_dir
from pipeline.corpora.factru import read_factru
from pipeline.evaluate.runs import run_ner
from pipeline.evaluate.systems import Natasha, Rupipe

FACTRU = corpora_dir() / "factRuEval-2016"

pytestmark = [
    pytest.mark.corpora,
    pytest.mark.skipif(not FACTRU.is_dir(), reason=f"no corpora at {corpora_dir()}"),
]

# naeval's table for slovnet NER on factRuEval (token-level F1). naeval
# loads the corpus with corus, which reads devset and testset together.
NAEVAL_SLOVNET = {"PER": 0.959, "LOC": 0.915, "ORG": 0.825}


def token_f1(result, system):
    scores = result["systems"][system]["scores"]["token"]
    return {kind: scores[kind]["f1"] for kind in ("PER", "LOC", "ORG")}


def test_natasha_scored_here_matches_naeval():
    documents = list(read_factru(FACTRU, "devset")) + list(read_factru(FACTRU, "testset"))
    scores = token_f1(run_ner(documents, [Natasha()]), "natasha")
    for kind, published in NAEVAL_SLOVNET.items():
        assert scores[kind] == pytest.approx(published, abs=0.01), kind


def test_our_ner_is_no_worse_than_natashas_on_test():
    documents = list(read_factru(FACTRU, "testset"))
    result = run_ner(documents, [Rupipe(), Natasha()])
    ours, theirs = token_f1(result, "rupipe"), token_f1(result, "natasha")
    for kind in ours:
        assert ours[kind] >= theirs[kind] - 1e-9, kind
