"""The API a researcher imports: load, analyze, analyze_many."""

import pytest
import spacy
from spacy.tokens import DocBin

import pipeline


def test_analyze_returns_the_output_record():
    record = pipeline.analyze("Глава Минфина Антон Силуанов прибыл в Казань.",
                              meta={"date": "2025-03-14"}, id="a1")
    assert set(record) >= {"id", "meta", "entities", "claims", "error"}
    assert record["id"] == "a1"
    assert record["meta"] == {"date": "2025-03-14"}
    assert record["error"] is None
    kazan = [e for e in record["entities"] if e["type"] == "LOC"]
    assert kazan[0]["normal"] == "Казань"
    assert {"type", "start", "end", "text", "normal", "cluster"} <= set(kazan[0])


def test_analyze_with_tokens():
    record = pipeline.analyze("Цены выросли.", with_tokens=True)
    assert [t["text"] for t in record["tokens"]] == ["Цены", "выросли", "."]
    assert record["tokens"][1]["lemma"] == "вырасти"
    assert record["sentences"] == [{"start": 0, "end": 13}]


def test_analyze_many_keeps_order_and_reports_bad_items():
    items = [{"id": "a", "text": "Путин прибыл в Казань."},
             {"id": "b", "text": ""},
             {"id": "c", "text": 42},
             {"id": "d"},
             "Простой текст про Москву.",
             {"id": "f", "text": "Собянин открыл станцию.", "source": "ТАСС"}]
    records = list(pipeline.analyze_many(items))
    assert [r["id"] for r in records] == ["a", "b", "c", "d", 4, "f"]
    assert [r["error"] is None for r in records] == [True, False, False, False, True, True]
    assert records[1]["error"] == "empty text"
    assert records[5]["meta"] == {"source": "ТАСС"}


def test_load_can_leave_stages_out():
    nlp = pipeline.load(disable=["ner"])
    assert "rupipe_ner" not in nlp.pipe_names
    assert "rupipe_entities" not in nlp.pipe_names  # needs NER
    with pytest.raises(ValueError, match="unknown stage"):
        pipeline.load(disable=["nonsense"])


def test_components_are_spacy_factories():
    nlp = spacy.blank("ru")
    nlp.add_pipe("rupipe_morph")
    assert nlp("Мама мыла раму.")[0].pos_ == "NOUN"


def test_docs_go_through_docbin(nlp):
    docs = list(nlp.pipe(["Путин прибыл в Казань.", "Снег выпал в Москве."]))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [e.text for e in restored[0].ents] == [e.text for e in docs[0].ents]
    assert restored[1][0].lemma_ == "снег"


def test_displacy_renders(nlp):
    from spacy import displacy
    html = displacy.render(nlp("Путин прибыл в Казань."), style="ent")
    assert "Казань" in html
