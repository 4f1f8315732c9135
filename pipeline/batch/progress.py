"""Progress and the final summary of a batch run, on stderr.

On a terminal: a tqdm bar with docs/s and ETA. Otherwise (a log file, CI):
a plain line every few seconds. When the number of documents is not known
up front (JSONL, CSV), it is estimated from the share of input bytes read.
"""
import sys
import time
from dataclasses import asdict, dataclass, field

from pipeline.batch.worker import peak_rss


@dataclass
class Totals:
    documents: int = 0
    errors: int = 0
    entities: int = 0
    claims: int = 0
    skipped: int = 0  # already in the output (--resume)
    seconds: float = 0.0
    docs_per_second: float = 0.0
    peak_rss_main_mb: float = 0.0
    peak_rss_worker_mb: float = 0.0
    worker_peaks_mb: dict = field(default_factory=dict)  # pid → MB

    def add_chunk(self, chunk):
        for doc in chunk.docs:
            self.documents += 1
            self.errors += doc.error is not None
            self.entities += doc.n_entities
            self.claims += doc.n_claims
        peak = chunk.worker_peak_rss / 2**20
        pid = str(chunk.worker_pid)
        self.worker_peaks_mb[pid] = max(self.worker_peaks_mb.get(pid, 0.0), round(peak, 1))

    def finish(self, started):
        self.seconds = round(time.monotonic() - started, 2)
        self.docs_per_second = round(self.documents / self.seconds, 2) if self.seconds else 0.0
        self.peak_rss_main_mb = round(peak_rss() / 2**20, 1)
        self.peak_rss_worker_mb = max(self.worker_peaks_mb.values(), default=0.0)
        return self

    def as_dict(self):
        return asdict(self)

    def summary_line(self):
        skipped = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"rupipe run: {self.documents} documents ({self.errors} errors{skipped}), "
            f"{self.entities} entities, {self.claims} claims in {self.seconds:.1f} s, "
            f"{self.docs_per_second:.1f} docs/s; peak RSS main {self.peak_rss_main_mb:.0f} MB, "
            f"worker max {self.peak_rss_worker_mb:.0f} MB"
        )


class Progress:
    def __init__(self, total_docs=None, total_bytes=None, every=10.0, stream=None, initial=0):
        self.stream = stream or sys.stderr
        self.total_docs, self.total_bytes = total_docs, total_bytes
        self.every = every
        self.initial = self.done = initial  # initial: already written before a --resume
        self.started = self.last_line = time.monotonic()
        self.bar = None
        if self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total_docs, initial=initial, unit="doc", file=self.stream,
                            dynamic_ncols=True, smoothing=0.1)

    def estimated_total(self, offset):
        if self.total_docs is not None:
            return self.total_docs
        if self.total_bytes and offset:
            return max(self.done, round(self.done * self.total_bytes / offset))
        return None

    def update(self, n_docs, offset):
        """n_docs more written; the last of them ended at `offset` in the input."""
        self.done += n_docs
        total = self.estimated_total(offset)
        if self.bar is not None:
            if total is not None and total != self.bar.total:
                self.bar.total = total
            self.bar.update(n_docs)
            return
        now = time.monotonic()
        if now - self.last_line >= self.every:
            self.last_line = now
            print(self._line(total, now), file=self.stream, flush=True)

    def _line(self, total, now):
        rate = (self.done - self.initial) / max(now - self.started, 1e-9)
        line = f"rupipe run: {self.done} docs, {rate:.1f} docs/s"
        if total:
            left = max(total - self.done, 0)
            line += f", {100 * self.done / total:.0f}% (~{total})"
            if rate > 0:
                line += f", ETA {_duration(left / rate)}"
        return line

    def close(self):
        if self.bar is not None:
            self.bar.close()


def _duration(seconds):
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s"
