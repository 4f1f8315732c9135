"""The gold claims validator, by example; and every gold file we ship passes it."""
import copy
import json
from pathlib import Path

import pytest

from pipeline.corpora.claims import (
    check_claims, count_claims, default_corpora_dir, main, read_gold, validate,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((REPO_ROOT / "corpus" / "claims").glob("*.jsonl"))

# A sentence we wrote for these tests, with its one claim annotated by hand.
TEXT = "В 2023 году выручка компании выросла на 12% и достигла 5 млрд рублей."


def span(text, **extra):
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, **extra}


def claim(figure, value, unit, **fields):
    base = {
        "figure": span(figure), "value": value, "value_max": None, "value_from": None,
        "bound": None, "unit": unit, "metric": None, "direction": None, "change": None,
        "trigger": None, "qualifiers": [], "time": None, "source": None,
    }
    base.update(fields)
    return base


GOOD = [
    claim("12%", 12.0, "percent",
          metric=span("выручка компании", head="выручка"),
          direction="increase", change="by",
          trigger=span("выросла", lemma="вырасти"),
          time=span("В 2023 году")),
    claim("5 млрд рублей", 5e9, "rub",
          metric=span("выручка компании", head="выручка"),
          direction="level", trigger=span("достигла", lemma="достигнуть")),
]


def spoiled(change):
    claims = copy.deepcopy(GOOD)
    change(claims)
    return claims


def set_figure_text(claims):
    claims[0]["figure"]["text"] = "13%"


def set_unit(claims):
    claims[0]["unit"] = "percents"


def overlap_figures(claims):
    claims[1]["figure"] = span("12% и")


def swap_order(claims):
    claims.reverse()


def drop_key(claims):
    del claims[0]["time"]


def set_direction(claims):
    claims[1]["direction"] = "up"


def set_bad_offsets(claims):
    claims[0]["figure"].update(start=50, end=40)


def set_upper_head(claims):
    claims[0]["metric"]["head"] = "Выручка"


BAD = [
    (set_figure_text, "figure text '13%' != document '12%'"),
    (set_unit, "unknown unit 'percents'"),
    (overlap_figures, "claim 1: figure overlaps claim 0's"),
    (swap_order, "claim 1: figure starts before claim 0's (not sorted)"),
    (drop_key, "claim 0: claim lacks key 'time'"),
    (set_direction, "unknown direction 'up'"),
    (set_bad_offsets, "figure offsets 50..40 out of order"),
    (set_upper_head, "metric.head 'Выручка' is not a lowercase lemma"),
]


def test_good_claims_pass():
    assert check_claims(GOOD, TEXT) == []


def test_empty_claim_list_passes():
    assert check_claims([], TEXT) == []


@pytest.mark.parametrize("spoil, expected", BAD, ids=[s.__name__ for s, _ in BAD])
def test_each_mistake_is_reported(spoil, expected):
    problems = check_claims(spoiled(spoil), TEXT)
    assert any(expected in problem for problem in problems), problems


@pytest.fixture
def tiny_corpora(tmp_path):
    """A corpora folder holding one factRuEval-shaped document: TEXT."""
    devset = tmp_path / "corpora" / "factRuEval-2016" / "devset"
    devset.mkdir(parents=True)
    (devset / "doc_1.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path / "corpora"


def write_gold(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_validate_file_ok_and_counted(tmp_path, tiny_corpora, capsys):
    gold = write_gold(tmp_path / "gold.jsonl",
                      [json.dumps({"doc_id": "devset/doc_1", "claims": GOOD})])
    assert validate(gold, tiny_corpora) == []
    assert [r["doc_id"] for r in read_gold(gold)] == ["devset/doc_1"]
    counts = count_claims([gold])
    assert (counts["documents"], counts["claims"]) == (1, 2)
    assert counts["unit"] == {"percent": 1, "rub": 1}
    assert main(["--corpora", str(tiny_corpora), "validate", str(gold)]) == 0
    assert "1 documents, 2 claims, 0 problems" in capsys.readouterr().out


@pytest.mark.parametrize("line, expected", [
    ("{not json", "gold.jsonl:1: not JSON"),
    ('{"doc_id": "devset/doc_1"}', "record lacks key 'claims'"),
    ('{"doc_id": "devset/missing", "claims": []}', "devset/missing: cannot load text"),
    ('{"doc_id": "elsewhere/doc_1", "claims": []}', "no text found for doc_id"),
])
def test_validate_file_problems(tmp_path, tiny_corpora, line, expected, capsys):
    gold = write_gold(tmp_path / "gold.jsonl", [line])
    problems = validate(gold, tiny_corpora)
    assert len(problems) == 1 and expected in problems[0], problems
    assert main(["--corpora", str(tiny_corpora), "validate", str(gold)]) == 1


def test_same_document_twice_is_reported(tmp_path, tiny_corpora):
    line = json.dumps({"doc_id": "devset/doc_1", "claims": []})
    gold = write_gold(tmp_path / "gold.jsonl", [line, line])
    assert validate(gold, tiny_corpora) == [f"{gold}:2: devset/doc_1: doc_id listed twice"]


@pytest.mark.corpora
@pytest.mark.parametrize("gold", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_every_gold_file_validates(gold):
    if not (default_corpora_dir() / "factRuEval-2016").is_dir():
        pytest.skip("corpora folder absent")
    assert validate(gold) == []


def test_a_ud_sentence_is_a_document(tmp_path, tiny_corpora):
    # Gold over a UD treebank names the file and the sentence: "UD_x/<file>/<sent_id>".
    treebank = tiny_corpora / "UD_Russian-Tiny"
    treebank.mkdir()
    (treebank / "ru_tiny-ud-dev.conllu").write_text(
        f"# sent_id = dev-s1\n# text = {TEXT}\n1\tВ\tв\tADP\t_\t_\t0\troot\t_\t_\n\n",
        encoding="utf-8")
    line = json.dumps({"doc_id": "UD_Russian-Tiny/ru_tiny-ud-dev/dev-s1", "claims": GOOD})
    assert validate(write_gold(tmp_path / "gold.jsonl", [line]), tiny_corpora) == []
    missing = json.dumps({"doc_id": "UD_Russian-Tiny/ru_tiny-ud-dev/dev-s9", "claims": []})
    problems = validate(write_gold(tmp_path / "bad.jsonl", [missing]), tiny_corpora)
    assert len(problems) == 1 and "no sentence 'dev-s9'" in problems[0], problems
