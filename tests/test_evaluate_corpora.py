"""On the real corpora (skipped when they are absent): the harness gives
natasha sane scores on a few factRuEval testset documents, and the readers
read the whole corpora without complaint."""
import pytest

from pipeline.corpora import corpora_dir
from pipeline.corpora.conllu import read_conllu
from pipeline.corpora.factru import read_factru
from pipeline.evaluate.runs import run_ner
from pipeline.evaluate.systems import Natasha

FACTRU = corpora_dir() / "factRuEval-2016"
GSD_TEST = corpora_dir() / "UD_Russian-GSD" / "ru_gsd-ud-test.conllu"

pytestmark = [
    pytest.mark.corpora,
    pytest.mark.skipif(not FACTRU.is_dir(), reason=f"no corpora at {corpora_dir()}"),
]

# natasha scores about 0.96 / 0.92 / 0.85 on the whole testset; on its
# first six documents 0.94 / 0.92 / 0.75. These floors catch a broken reader
# or scorer (offsets, types, overlaps) without tracking the model.
FLOORS = {"PER": 0.85, "LOC": 0.8, "ORG": 0.6}


def test_natasha_token_f1_on_a_few_testset_documents():
    documents = list(read_factru(FACTRU, "testset", limit=6))
    result = run_ner(documents, [Natasha()])
    scores = result["systems"]["natasha"]["scores"]
    for kind, floor in FLOORS.items():
        assert scores["token"][kind]["f1"] > floor, (kind, scores["token"][kind])
    assert scores["misaligned_gold_spans"] < 10


@pytest.mark.parametrize("split, documents", [("devset", 122), ("testset", 132)])
def test_factru_offsets_fit_the_text_everywhere(split, documents):
    docs = list(read_factru(FACTRU, split))
    assert len(docs) == documents
    assert [w for doc in docs for w in doc.warnings] == []


@pytest.mark.skipif(not GSD_TEST.exists(), reason="no UD_Russian-GSD")
def test_gsd_test_reads_whole():
    sentences = list(read_conllu(GSD_TEST))
    assert len(sentences) == 601
    assert all(token.form.strip() == token.form and token.form for s in sentences for token in s.tokens)
