"""`rupipe bench`: our pipeline against natasha's, on the same texts, in one run.

Both pipelines run in this process, in alternating rounds, with BLAS pinned
to one thread, so machine noise hits both alike; the figure that matters is
the ratio. Start-up time and peak memory are measured in fresh processes.
The slovnet layers (tokens, tags, heads and relations, entity spans) are
compared document by document: making them faster must not change them.
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pipeline.paths import corpora_dir


def add_bench_command(commands):
    parser = commands.add_parser(
        "bench", help="speed against natasha on the same texts, in one process")
    parser.add_argument("--texts", help="a folder of .txt files or a JSONL file "
                        "(default: factRuEval-2016 testset under the corpora folder)")
    parser.add_argument("--corpora", help="corpora folder (default: $RUPIPE_CORPORA or ../shared/corpora)")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds per system")
    parser.add_argument("--stages", action="store_true", help="also time each stage of ours")
    parser.add_argument("--archive", action="store_true",
                        help="instead: end-to-end `rupipe run` over a generated archive "
                             "(recombined sample paragraphs, or --texts/--corpora texts repeated)")
    parser.add_argument("--docs", type=int, default=20000, help="archive size for --archive")
    parser.add_argument("--natasha-docs", type=int, default=2000,
                        help="with --archive: documents natasha runs over (the archive's first)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(func=run_bench)


def load_texts(source=None, corpora=None):
    path = Path(source) if source else corpora_dir(corpora) / "factRuEval-2016" / "testset"
    if not path.exists():
        raise ValueError(f"no texts at {path}: give --texts or --corpora")
    if path.is_dir():
        files = sorted(glob.glob(str(path / "**" / "*.txt"), recursive=True))
        return [Path(f).read_text(encoding="utf-8") for f in files]
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def run_bench(args):
    if args.archive:
        return run_archive_comparison(args)
    from threadpoolctl import threadpool_limits

    texts = load_texts(args.texts, args.corpora)
    with threadpool_limits(limits=1):
        result = compare(texts, args.repeat, args.stages)
    result["startup_s"] = {"ours": startup_seconds(OURS_STARTUP),
                           "natasha": startup_seconds(NATASHA_STARTUP)}
    result["peak_rss_mb"] = {name: peak_rss_mb(args.texts, args.corpora, name)
                             for name in ("ours", "natasha")}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_result(result)
    return 0


def run_archive_comparison(args):
    """`rupipe run` end to end with 1 and 2 workers, and natasha on the same archive."""
    import tempfile

    from pipeline.batch.archive_bench import (run_archive_bench, summary_lines,
                                              write_bench_archive)

    texts, made_from = None, None
    if args.texts or args.corpora:
        texts = load_texts(args.texts, args.corpora)
        made_from = args.texts or "factRuEval-2016 testset"
    result = run_archive_bench(n_docs=args.docs, workers=(1, 2), texts=texts,
                               made_from=made_from)
    with tempfile.TemporaryDirectory(prefix="rupipe-natasha-bench-") as workdir:
        archive = os.path.join(workdir, "archive.jsonl")
        write_bench_archive(archive, args.docs, texts, made_from)  # same seed: same archive
        result["natasha"] = natasha_end_to_end(archive, args.natasha_docs)
    runs = {run["workers"]: run["docs_per_second_end_to_end"] for run in result["runs"]}
    result["ours_1_worker_vs_natasha"] = runs[1] / result["natasha"]["docs_per_s"]
    result["two_workers_vs_one"] = runs[2] / runs[1]
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for line in summary_lines(result):
        print(line)
    natasha = result["natasha"]
    print(f"natasha, one process, first {natasha['documents']} documents of the same archive, "
          f"start included: {natasha['docs_per_s']:.1f} docs/s")
    print(f"ours with 1 worker / natasha: {result['ours_1_worker_vs_natasha']:.2f}×; "
          f"2 workers / 1 worker: {result['two_workers_vs_one']:.2f}×")
    return 0


def natasha_end_to_end(archive, limit):
    """natasha's full pipeline over an archive's first documents, in a fresh process."""
    code = (
        "import json, sys, time\n"
        "started = time.perf_counter()\n"
        "from pipeline.natasha_baseline import NatashaPipeline\n"
        "natasha = NatashaPipeline()\n"
        "done = 0\n"
        f"with open({archive!r}, encoding='utf-8') as lines:\n"
        "    for line in lines:\n"
        f"        if done >= {limit}: break\n"
        "        natasha.analyze(json.loads(line)['text']); done += 1\n"
        "print(done, time.perf_counter() - started)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=_one_thread_env())
    done, seconds = out.stdout.split()
    return {"documents": int(done), "seconds": float(seconds),
            "docs_per_s": int(done) / float(seconds)}


def compare(texts, repeat, with_stages):
    import pipeline
    from pipeline.natasha_baseline import NatashaPipeline
    from pipeline.record import doc_to_record

    nlp = pipeline.load()
    natasha = NatashaPipeline()

    def ours():
        docs = list(nlp.pipe(texts, batch_size=64))
        for doc in docs:
            doc_to_record(doc)
        return docs

    # One untimed pass each: both sides fill their word caches.
    our_docs, their_docs = ours(), natasha.run(texts)
    rounds = {"ours": [], "natasha": []}
    for round_number in range(repeat):
        order = [("ours", ours), ("natasha", lambda: natasha.run(texts))]
        if round_number % 2:
            order.reverse()
        for name, run in order:
            started = time.perf_counter()
            run()
            rounds[name].append(time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    result = {"documents": len(texts), "characters": chars, "rounds": rounds}
    for name, seconds in rounds.items():
        best = statistics.median(seconds)
        result[name] = {"docs_per_s": len(texts) / best, "chars_per_s": chars / best}
    ratios = [n / o for o, n in zip(rounds["ours"], rounds["natasha"])]
    result["speedup"] = statistics.median(ratios)
    result["differences"] = compare_layers(our_docs, their_docs)
    if with_stages:
        result["stages_s"] = stage_seconds(nlp, texts)
    return result


def compare_layers(our_docs, their_docs):
    """How many documents differ from natasha's, layer by layer."""
    from pipeline.natasha_baseline import layers_of_natasha, layers_of_ours

    counts = {"tokens": 0, "tags": 0, "heads": 0, "relations": 0, "entities": 0,
              "any": 0}
    for ours, theirs in zip(our_docs, their_docs):
        a, b = layers_of_ours(ours), layers_of_natasha(theirs)
        differing = [layer for layer in a if a[layer] != b[layer]]
        for layer in differing:
            counts[layer] += 1
        counts["any"] += bool(differing)
    return counts


def stage_seconds(nlp, texts):
    seconds = {}
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    seconds["tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=64))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - started
    return seconds


OURS_STARTUP = "import pipeline; pipeline.load()"
NATASHA_STARTUP = (
    "from natasha import Segmenter, NewsEmbedding, NewsMorphTagger, "
    "NewsSyntaxParser, NewsNERTagger, MorphVocab\n"
    "e = NewsEmbedding(); Segmenter(); NewsMorphTagger(e); NewsSyntaxParser(e); "
    "NewsNERTagger(e); MorphVocab()")


def startup_seconds(code, runs=3):
    """Best of a few fresh interpreters: import and load, nothing else."""
    timed = ("import time; _t = time.perf_counter()\n" + code +
             "\nprint(time.perf_counter() - _t)")
    best = None
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", timed], capture_output=True,
                             text=True, check=True, env=_one_thread_env())
        seconds = float(out.stdout.strip().splitlines()[-1])
        best = seconds if best is None else min(best, seconds)
    return best


def peak_rss_mb(texts_source, corpora, system="ours"):
    """Peak resident memory of a fresh process running one system over the texts."""
    run = ("nlp = pipeline.load()\n"
           "for doc in nlp.pipe(texts, batch_size=64): doc_to_record(doc)\n")
    if system == "natasha":
        run = ("from pipeline.natasha_baseline import NatashaPipeline\n"
               "NatashaPipeline().run(texts)\n")
    # VmHWM, not getrusage: Linux carries ru_maxrss across exec, so a child
    # of this (large) process would report our peak, not its own.
    code = (
        "import sys, pipeline\n"
        "from pipeline.bench import load_texts\n"
        "from pipeline.record import doc_to_record\n"
        f"texts = load_texts({texts_source!r}, {corpora!r})\n" + run +
        "from pipeline.bench import high_water_mb\n"
        "print(high_water_mb())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                         text=True, check=True, env=_one_thread_env())
    return float(out.stdout.strip().splitlines()[-1])


def high_water_mb():
    """This process's peak resident memory, from /proc."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise OSError("no VmHWM in /proc/self/status")


def _one_thread_env():
    env = dict(os.environ)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "1"
    return env


def print_result(result):
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{result['documents']} documents, "
                        f"{result['characters'] / result['documents']:.0f} chars each")
    for column in ("system", "docs/s", "chars/s", "start-up s", "peak RSS MB"):
        table.add_column(column)
    for name in ("ours", "natasha"):
        table.add_row(name, f"{result[name]['docs_per_s']:.1f}",
                      f"{result[name]['chars_per_s']:.0f}",
                      f"{result['startup_s'][name]:.2f}",
                      f"{result['peak_rss_mb'].get(name, float('nan')):.0f}")
    console = Console()
    console.print(table)
    console.print(f"speed-up (median of {len(result['rounds']['ours'])} rounds): "
                  f"{result['speedup']:.2f}×")
    console.print("documents differing from natasha: " +
                  ", ".join(f"{k} {v}" for k, v in result["differences"].items()))
    if "stages_s" in result:
        console.print("stages (s): " + ", ".join(
            f"{k} {v:.2f}" for k, v in result["stages_s"].items()))
