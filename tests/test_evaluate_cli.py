"""`rupipe evaluate` end to end on tiny corpora written here.

The NER and morph runs use natasha (--system natasha): it loads in a couple
of seconds and needs nothing from the rest of our pipeline.
"""
import argparse
import json
from types import SimpleNamespace

import pytest

from pipeline.evaluate import cli

TEXT = "Президент России Владимир Путин прилетел в Казань."


def run(argv):
    parser = argparse.ArgumentParser(prog="rupipe")
    cli.add_evaluate_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["evaluate", *argv])
    return args.func(args)


def output_json(capsys):
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def brat_dir(tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    start = TEXT.index("Владимир Путин")
    (folder / "a.ann").write_text(
        f"T1\tPERSON {start} {start + 14}\tВладимир Путин\n"
        f"T2\tCITY {TEXT.index('Казань')} {TEXT.index('Казань') + 6}\tКазань\n", encoding="utf-8")
    return folder


def test_ner_on_brat_with_errors_file(brat_dir, tmp_path, capsys):
    errors = tmp_path / "errors.jsonl"
    code = run(["ner", "--corpus", "brat", "--path", str(brat_dir), "--types", "PERSON=PER,CITY=LOC",
                "--system", "natasha", "--json", "--errors", str(errors)])
    assert code == 0
    result = output_json(capsys)
    assert result["task"] == "ner" and result["data"]["documents"] == 1
    scores = result["systems"]["natasha"]["scores"]
    assert scores["span"]["PER"]["tp"] == 1 and scores["span"]["LOC"]["tp"] == 1
    # natasha also finds "России"; the gold here has no country, so it is a false alarm
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(e["system"], e["kind"], e["text"]) for e in lines] == [("natasha", "false alarm", "России")]


def test_ner_on_brat_needs_types(brat_dir):
    with pytest.raises(ValueError, match="--types"):
        run(["ner", "--corpus", "brat", "--path", str(brat_dir), "--system", "natasha"])


def test_morph_prints_a_table(tmp_path, capsys):
    conllu = tmp_path / "tiny.conllu"
    conllu.write_text(
        "1\tОна\tона\tPRON\t_\tCase=Nom|Gender=Fem|Number=Sing|Person=3\t2\tnsubj\t_\t_\n"
        "2\tспит\tспать\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n", encoding="utf-8")
    assert run(["morph", "--conllu", str(conllu), "--system", "natasha"]) == 0
    out = capsys.readouterr().out
    assert "UPOS accuracy" in out and "LAS" in out and "natasha: 3 words" in out


class FakeDoc(list):
    """Tokens (idx, text, lemma_, is_space) and `_.claims`, like a spaCy Doc."""

    def __init__(self, tokens, claims):
        super().__init__(tokens)
        self._ = SimpleNamespace(claims=claims)


class FakeClaims:
    """Stands in for our pipeline: every document yields one fixed claim."""

    name = "rupipe"

    def __init__(self, claims):
        self.claims = claims

    def warm_up(self):
        pass

    def docs(self, texts):
        for _ in texts:
            first_word = SimpleNamespace(idx=0, text="Цены", lemma_="цена", is_space=False)
            yield FakeDoc([first_word], self.claims)


def test_claims_with_errors(tmp_path, capsys, monkeypatch):
    split = tmp_path / "corpora" / "factRuEval-2016" / "devset"
    split.mkdir(parents=True)
    text = "Цены выросли на 5% за год."
    (split / "book_1.txt").write_text(text, encoding="utf-8")
    figure = {"start": text.index("5%"), "end": text.index("5%") + 2, "text": "5%"}
    gold = {"figure": figure, "value": 5.0, "unit": "percent", "direction": "increase",
            "metric": {"start": 0, "end": 4, "text": "Цены", "head": "цена"}}
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({"doc_id": "devset/book_1", "claims": [gold]}) + "\n",
                         encoding="utf-8")
    predicted = dict(gold, direction="decrease")
    monkeypatch.setitem(cli.SYSTEMS, "rupipe", lambda: FakeClaims([predicted]))
    assert run(["claims", "--gold", str(gold_file), "--corpus-dir", str(tmp_path / "corpora"),
                "--errors", "--json"]) == 0
    result = output_json(capsys)
    scores = result["systems"]["rupipe"]["scores"]
    assert scores["figure"]["f1"] == 1.0 and scores["claim"]["f1"] == 0.0
    assert scores["metric"]["correct"] == 1 and scores["direction"]["correct"] == 0
    assert [e["kind"] for e in result["errors"]["rupipe"]] == ["wrong direction"]


# A gold set from another source: its documents can sit in a folder of .txt
# files, in an archive `rupipe run` reads, or inside the gold lines themselves.
OTHER_TEXT = "Выручка компании выросла на 12% за год."


def other_source_gold(tmp_path, doc_id, with_text=False):
    start = OTHER_TEXT.index("12%")
    claim = {"figure": {"start": start, "end": start + 3, "text": "12%"}, "value": 12.0,
             "unit": "percent", "direction": "increase",
             "metric": {"start": 0, "end": 7, "text": "Выручка", "head": "выручка"}}
    record = {"doc_id": doc_id, "claims": [claim]}
    if with_text:
        record["text"] = OTHER_TEXT
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold_file, claim


def figure_f1(capsys):
    return output_json(capsys)["systems"]["rupipe"]["scores"]["figure"]["f1"]


def test_claims_gold_from_a_folder_of_txt(tmp_path, capsys, monkeypatch):
    (tmp_path / "agency").mkdir()
    (tmp_path / "agency" / "0042.txt").write_text(OTHER_TEXT, encoding="utf-8")
    gold_file, claim = other_source_gold(tmp_path, "agency/0042")
    monkeypatch.setitem(cli.SYSTEMS, "rupipe", lambda: FakeClaims([claim]))
    run(["claims", "--gold", str(gold_file), "--corpus-dir", str(tmp_path), "--json"])
    assert figure_f1(capsys) == 1.0


def test_claims_gold_with_a_texts_archive(tmp_path, capsys, monkeypatch):
    archive = tmp_path / "news.jsonl"
    archive.write_text(json.dumps({"id": "0042", "text": OTHER_TEXT}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    gold_file, claim = other_source_gold(tmp_path, "agency/0042")
    monkeypatch.setitem(cli.SYSTEMS, "rupipe", lambda: FakeClaims([claim]))
    run(["claims", "--gold", str(gold_file), "--texts", str(archive), "--json"])
    assert figure_f1(capsys) == 1.0


def test_claims_gold_carrying_its_text(tmp_path, capsys, monkeypatch):
    gold_file, claim = other_source_gold(tmp_path, "anything", with_text=True)
    monkeypatch.setitem(cli.SYSTEMS, "rupipe", lambda: FakeClaims([claim]))
    run(["claims", "--gold", str(gold_file), "--json"])
    assert figure_f1(capsys) == 1.0


def test_claims_doc_id_cannot_leave_the_corpus_folder(tmp_path):
    (tmp_path / "secret.txt").write_text(OTHER_TEXT, encoding="utf-8")
    (tmp_path / "corpora").mkdir()
    gold_file, _ = other_source_gold(tmp_path, "../secret")
    with pytest.raises(ValueError, match="no text found"):
        run(["claims", "--gold", str(gold_file), "--corpus-dir", str(tmp_path / "corpora")])


def test_claims_of_a_second_annotator(tmp_path, capsys):
    # two annotators' files over one document: the second is scored against the first
    gold_file, claim = other_source_gold(tmp_path, "anything", with_text=True)
    other = dict(claim, direction="decrease")
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"doc_id": "anything", "claims": [other]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    run(["claims", "--gold", str(gold_file), "--predicted", str(second), "--json"])
    report = output_json(capsys)
    scores = report["systems"]["second"]["scores"]
    assert scores["figure"]["f1"] == 1.0 and scores["direction"]["correct"] == 0
    # the claims come from the file, so a pipeline without a claims stage is no news
    assert report["notes"] == []
