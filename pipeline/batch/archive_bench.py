"""`rupipe bench --archive`: `rupipe run` end to end over a generated archive.

The archive is made by recombining paragraphs of corpus/sample/news.jsonl
(or, when that file is absent, sentences from synthetic_sentences.txt beside
this module) into n_docs articles. Each worker count is timed as a
subprocess, process start and model loading included, while RSS of the main
process and of each worker is sampled; comparing the first and the last
quarter of the run shows whether memory stays flat as the archive streams by.

    python -m pipeline.batch.archive_bench --docs 2000 --workers 1 2
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(REPO, "corpus", "sample", "news.jsonl")
SYNTHETIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "synthetic_sentences.txt")
SAMPLE_EVERY = 0.25  # seconds between RSS samples


def load_paragraphs(sample=SAMPLE):
    """(paragraphs, where they came from): sample articles, or synthetic sentences."""
    if os.path.exists(sample):
        paragraphs = []
        with open(sample, encoding="utf-8") as file:
            for line in file:
                text = json.loads(line).get("text") or ""
                paragraphs.extend(p.strip() for p in text.split("\n\n") if p.strip())
        if paragraphs:
            return paragraphs, os.path.relpath(sample, REPO)
    with open(SYNTHETIC, encoding="utf-8") as file:
        sentences = [line.strip() for line in file if line.strip()]
    return sentences, os.path.relpath(SYNTHETIC, REPO)


def make_archive(path, n_docs, paragraphs, seed=13, per_doc=(3, 8)):
    """Write n_docs JSONL articles of recombined paragraphs; return total characters."""
    rng = random.Random(seed)
    chars = 0
    with open(path, "w", encoding="utf-8") as file:
        for number in range(1, n_docs + 1):
            text = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(*per_doc)))
            chars += len(text)
            record = {"id": f"bench-{number:06d}", "text": text, "source": "recombined"}
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars


def write_bench_archive(path, n_docs, texts=None, made_from=None):
    """(characters, source) of the archive written to `path`."""
    if texts:
        return make_archive(path, n_docs, texts, per_doc=(1, 1)), made_from
    paragraphs, made_from = load_paragraphs()
    return make_archive(path, n_docs, paragraphs), made_from


def _rss_by_process(process):
    """{pid: RSS bytes} of a process and all its descendants, now."""
    import psutil

    found = {}
    for proc in [process, *process.children(recursive=True)]:
        try:
            found[proc.pid] = proc.memory_info().rss
        except psutil.Error:
            pass
    return found


def time_run(archive, workers, workdir):
    """Run `rupipe run` on the archive with `workers` processes; timing and memory."""
    import psutil

    output = os.path.join(workdir, f"out-{workers}.jsonl")
    summary_path = os.path.join(workdir, f"summary-{workers}.json")
    command = [sys.executable, "-m", "pipeline", "run", archive, "-o", output, "--overwrite",
               "--workers", str(workers), "--summary-json", summary_path,
               "--progress-every", "3600"]
    env = {**os.environ, "PYTHONPATH": REPO + os.pathsep + os.environ.get("PYTHONPATH", "")}
    samples = []  # (seconds since start, {pid: rss})
    load_before = os.getloadavg()[0]  # the machine may be shared: say how busy it was
    started = time.monotonic()
    child = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    process = psutil.Process(child.pid)
    while child.poll() is None:
        samples.append((time.monotonic() - started, _rss_by_process(process)))
        time.sleep(SAMPLE_EVERY)
    seconds = time.monotonic() - started
    stderr = child.stderr.read().decode("utf-8", "replace")
    if child.returncode != 0:
        raise RuntimeError(f"rupipe run failed ({child.returncode}): {stderr.strip()[-500:]}")
    with open(summary_path, encoding="utf-8") as file:
        summary = json.load(file)
    with open(output, "rb") as file:
        lines = sum(1 for _ in file)
    worker_pids = {int(pid) for pid in summary["worker_peaks_mb"]}
    return {
        "workers": workers,
        "documents": summary["documents"],
        "output_lines": lines,
        "errors": summary["errors"],
        "entities": summary["entities"],
        "claims": summary["claims"],
        "seconds_end_to_end": round(seconds, 2),
        "docs_per_second_end_to_end": round(summary["documents"] / seconds, 2),
        "docs_per_second_in_run": summary["docs_per_second"],
        "peak_rss_main_mb": summary["peak_rss_main_mb"],
        "peak_rss_per_worker_mb": sorted(summary["worker_peaks_mb"].values()),
        "rss_over_run": memory_flatness(samples, child.pid, worker_pids),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def memory_flatness(samples, main_pid, worker_pids):
    """Mean RSS (MB) of main and of each worker in each quarter of the run: flat
    memory shows as a last quarter no higher than the second (the first one
    includes loading the model)."""
    if not samples:
        return {}
    end = samples[-1][0]
    quarters = [[rss for t, rss in samples if q * end / 4 <= t <= (q + 1) * end / 4]
                for q in range(4)]

    def mean_mb(window, pid):
        values = [rss[pid] for rss in window if pid in rss]
        return round(sum(values) / len(values) / 2**20, 1) if values else None

    report = {"samples": len(samples),
              "main_mb_by_quarter": [mean_mb(q, main_pid) for q in quarters]}
    for number, pid in enumerate(sorted(worker_pids), start=1):
        report[f"worker_{number}_mb_by_quarter"] = [mean_mb(q, pid) for q in quarters]
    return report


def run_archive_bench(n_docs=20000, workers=(1, 2), texts=None, made_from=None) -> dict:
    """Time `rupipe run` over a generated archive.

    By default articles are recombined from the sample's paragraphs; with
    `texts`, the archive is those whole texts, repeated in a shuffled order.
    """
    with tempfile.TemporaryDirectory(prefix="rupipe-archive-bench-") as workdir:
        archive = os.path.join(workdir, "archive.jsonl")
        chars, made_from = write_bench_archive(archive, n_docs, texts, made_from)
        result = {
            "documents": n_docs,
            "made_from": made_from,
            "archive_mb": round(os.path.getsize(archive) / 2**20, 1),
            "mean_chars_per_doc": round(chars / n_docs),
            "cores": os.cpu_count(),
            "runs": [time_run(archive, count, workdir) for count in workers],
        }
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20000, help="documents in the archive")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to time")
    parser.add_argument("--json", metavar="PATH", help="also write the result as JSON")
    args = parser.parse_args(argv)
    result = run_archive_bench(args.docs, tuple(args.workers))
    print("\n".join(summary_lines(result)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as file:
            json.dump(result, file, ensure_ascii=False, indent=2)
    return 0


def summary_lines(result):
    yield (f"archive: {result['documents']} documents, {result['archive_mb']} MB, "
           f"~{result['mean_chars_per_doc']} chars each, from {result['made_from']}; "
           f"{result['cores']} cores")
    for run in result["runs"]:
        memory = run["rss_over_run"]
        workers = "; ".join("→".join(f"{mb:.0f}" for mb in memory[key] if mb is not None)
                            for key in memory if key.startswith("worker_"))
        yield (f"--workers {run['workers']}: {run['documents']} docs "
               f"({run['errors']} errors, {run['entities']} entities, {run['claims']} claims) in "
               f"{run['seconds_end_to_end']} s end to end = {run['docs_per_second_end_to_end']} docs/s; "
               f"peak RSS main {run['peak_rss_main_mb']:.0f} MB, per worker "
               f"{', '.join(f'{mb:.0f}' for mb in run['peak_rss_per_worker_mb'])} MB; "
               f"worker RSS by quarter of the run (MB) {workers}; "
               f"load average {run['load_average_1min'][0]}→{run['load_average_1min'][1]}")


if __name__ == "__main__":
    sys.exit(main())
