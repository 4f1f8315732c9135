"""The command line: `rupipe analyze` and `rupipe run`, as a user types them."""
import json
import subprocess
import sys


def rupipe(*args, input=None):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=input,
                          capture_output=True, text=True, timeout=300)


def test_analyze_json_from_stdin():
    result = rupipe("analyze", "-", "--json", input="Собянин открыл станцию в Москве.")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert {e["normal"] for e in record["entities"]} >= {"Собянин", "Москва"}


def test_analyze_readable_view_and_html(tmp_path):
    html = tmp_path / "view.html"
    result = rupipe("analyze", "Путин прибыл в Казань.", "--html", str(html))
    assert result.returncode == 0, result.stderr
    assert "Entities" in result.stdout and "Казань" in result.stdout
    assert "Казань" in html.read_text(encoding="utf-8")


def test_analyze_empty_text_is_a_one_line_error():
    result = rupipe("analyze", "-", input="   ")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "empty" in result.stderr


def test_run_writes_one_record_per_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "x1", "text": "Путин прибыл в Казань.", "date": "2025-01-01"},
                   ensure_ascii=False) + "\n" + "{broken json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = rupipe("run", str(source), "-o", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    assert records[0]["id"] == "x1" and records[0]["meta"] == {"date": "2025-01-01"}
    assert records[1]["error"]
