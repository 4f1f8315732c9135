"""`rupipe run` across processes: failing and dying workers, SIGKILL + --resume, Dask.

The worker-failure tests wrap the real pipeline in FaultyPipeline, which
raises or kills its process on a marker text; the workers load it through
the run's `loader` setting ("module:function"), so this module must stay
importable by name in a worker process.
"""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline
from pipeline.batch import RunOptions, run_batch
from pipeline.batch.chunks import ChunkLimits

REPO = Path(__file__).resolve().parent.parent
RAISE = "[[raise in the pipeline]]"
KILL = "[[kill the worker process]]"
SENTENCES = [
    "Владимир Путин прибыл в Казань.",
    "Мэр Москвы Сергей Собянин открыл новую станцию метро.",
    "В Караганде полиция задержала пять человек.",
    "Глава Минфина Антон Силуанов выступил в Москве.",
]


class FaultyPipeline:
    """The real pipeline, except on texts holding a marker."""

    def __init__(self, nlp):
        self.nlp = nlp

    def _check(self, text):
        if KILL in text:
            os._exit(3)  # as a segfault or the OOM killer would: no exception, no cleanup
        if RAISE in text:
            raise RuntimeError("injected failure")

    def __call__(self, text):
        self._check(text)
        return self.nlp(text)

    def pipe(self, texts, batch_size=32):
        for text in texts:
            self._check(text)
            yield self.nlp(text)


def load_faulty(disable=()):
    return FaultyPipeline(pipeline.load(disable=disable))


def write_articles(path, texts):
    path.write_text("".join(json.dumps({"id": f"doc-{n:03d}", "text": text}, ensure_ascii=False)
                            + "\n" for n, text in enumerate(texts, start=1)), encoding="utf-8")


def read_records(path):
    return [json.loads(line) for line in Path(path).read_bytes().split(b"\n") if line]


def test_a_failing_and_a_dying_document_cost_only_themselves(tmp_path):
    texts = [SENTENCES[n % 4] for n in range(12)]
    texts[2] = f"{SENTENCES[0]} {RAISE}"
    texts[7] = f"{SENTENCES[1]} {KILL}"
    write_articles(tmp_path / "in.jsonl", texts)
    totals = run_batch(RunOptions(
        input=str(tmp_path / "in.jsonl"), output=str(tmp_path / "out.jsonl"), workers=1,
        loader=f"{__name__}:load_faulty", limits=ChunkLimits(max_docs=4)))
    records = read_records(tmp_path / "out.jsonl")
    assert [record["id"] for record in records] == [f"doc-{n:03d}" for n in range(1, 13)]
    errors = {record["id"]: record["error"] for record in records if record["error"]}
    assert errors == {
        "doc-003": "processing failed: RuntimeError: injected failure",
        "doc-008": "worker process died while processing this document",
    }
    # The neighbours in the same chunks were analysed all the same.
    assert {"Москва", "Сергей Собянин"} <= {e["normal"] for e in records[5]["entities"]}
    assert (totals.documents, totals.errors) == (12, 2)


def run_command(input_path, output, *options):
    return [sys.executable, "-m", "pipeline", "run", str(input_path), "-o", str(output),
            "--progress-every", "3600", *options]


def count_lines(path):
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_resume_after_sigkill_writes_each_id_exactly_once(tmp_path):
    psutil = pytest.importorskip("psutil")
    texts = [" ".join(SENTENCES[(n + k) % 4] for k in range(3)) for n in range(120)]
    write_articles(tmp_path / "in.jsonl", texts)
    output = tmp_path / "out.jsonl"
    first = subprocess.Popen(run_command(tmp_path / "in.jsonl", output, "--workers", "1",
                                         "--chunk-docs", "2"),
                             cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while count_lines(output) < 10 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = psutil.Process(first.pid).children(recursive=True)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    written = count_lines(output)
    assert 10 <= written < 120, "the run should be killed part way"
    # A kill in the middle of a write leaves a partial line: make sure of one.
    with open(output, "ab") as file:
        file.write(b'{"id": "doc-999", "entities": [{"ty')
    psutil.wait_procs(workers, timeout=10)
    assert not any(worker.is_running() for worker in workers), "orphaned workers must exit"

    resumed = subprocess.run(run_command(tmp_path / "in.jsonl", output, "--workers", "1",
                                         "--resume"),
                             cwd=REPO, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{written} already done" in resumed.stderr
    ids = [record["id"] for record in read_records(output)]
    assert ids == [f"doc-{n:03d}" for n in range(1, 121)]  # once each, in input order


def test_dask_engine_writes_the_same_records_as_the_local_engine(tmp_path):
    pytest.importorskip("distributed")
    texts = [SENTENCES[n % 4] for n in range(30)] + [""]
    write_articles(tmp_path / "in.jsonl", texts)
    outputs = {}
    for engine in ("local", "dask"):
        outputs[engine] = tmp_path / f"{engine}.jsonl"
        totals = run_batch(RunOptions(input=str(tmp_path / "in.jsonl"), output=str(outputs[engine]),
                                      engine=engine, workers=2, limits=ChunkLimits(max_docs=3)))
        assert (totals.documents, totals.errors) == (31, 1)

    def sorted_lines(path):
        return sorted(path.read_bytes().split(b"\n"), key=lambda line: line[:20])

    assert sorted_lines(outputs["dask"]) == sorted_lines(outputs["local"])
    assert outputs["dask"].read_bytes() == outputs["local"].read_bytes()  # order kept too
