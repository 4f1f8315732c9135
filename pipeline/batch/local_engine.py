"""The local engine: a pool of worker processes, results in input order.

Chunks are submitted ahead up to a window and collected from the front, so
output order is input order whatever the workers' timing, and memory stays
bounded by the window. If a worker process dies (segfault, OOM killer), the
pool is rebuilt and the chunks that were in flight are run again one at a
time; the chunk that kills a worker on its own is split into documents, and
only the document that kills a worker gets an error record.
"""
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from pipeline.batch.items import ChunkResult
from pipeline.batch.worker import error_result, process_chunk, warm_up

WORKER_DIED = "worker process died while processing this document"
# One worker is one process per core: a BLAS/OpenMP thread pool in each would
# fight the other workers for the same cores (measured on 2 cores: 2 workers
# ran at 33 docs/s with OpenBLAS's default threads, 73 docs/s with one).
# A value the user set is kept. Dask's nanny sets the same for its workers.
SINGLE_THREADED = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


class WorkersCannotStart(RuntimeError):
    """Fresh workers die too: a broken install, not one bad document."""


def default_workers():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_in_process(chunks, settings):
    """--workers 0: everything in this process (debugging, profiling)."""
    for chunk in chunks:
        yield process_chunk(chunk, settings)


class ChunkPool:
    def __init__(self, workers, settings):
        self.workers = workers
        self.settings = settings
        self.executor = None

    def __enter__(self):
        # Workers inherit the environment when they start, for the whole pool's life.
        self.saved_environment = {name: os.environ.get(name) for name in SINGLE_THREADED}
        for name, value in SINGLE_THREADED.items():
            os.environ.setdefault(name, value)
        self._start()
        return self

    def __exit__(self, *exc):
        self._stop()
        for name, value in self.saved_environment.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    def _start(self):
        # spawn: safe with the threads of the main process (progress bar), each
        # worker holds only what it loads itself, and its parent is this
        # process, so a worker can tell when the run was killed.
        context = multiprocessing.get_context("spawn")
        self.executor = ProcessPoolExecutor(
            self.workers, mp_context=context,
            initializer=warm_up, initargs=(self.settings, True))

    def _stop(self):
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def _restart(self):
        """A worker died: start a new pool, and make sure its workers can start at all."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self._start()
        try:
            self.executor.submit(os.getpid).result()
        except BrokenProcessPool:
            raise WorkersCannotStart(
                "worker processes die before doing any work; "
                "try --workers 0 to see the error in this process") from None

    def _submit(self, chunk):
        return self.executor.submit(process_chunk, chunk, self.settings)

    def imap(self, chunks, window):
        """Results of chunks, in order, with at most `window` chunks in flight."""
        chunks = iter(chunks)
        pending = deque()

        def fill():
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                pending.append((chunk, self._submit(chunk)))

        fill()
        while pending:
            chunk, future = pending[0]
            try:
                result = future.result()
            except BrokenProcessPool:
                suspects = [chunk for chunk, _ in pending]
                pending.clear()
                self._restart()
                for suspect in suspects:
                    yield self._run_isolated(suspect)
                fill()
                continue
            pending.popleft()
            fill()
            yield result

    def _run_isolated(self, chunk):
        """Run one chunk alone; if it kills a worker, run its documents one by one."""
        try:
            return self._submit(chunk).result()
        except BrokenProcessPool:
            self._restart()
        if len(chunk) == 1:
            return ChunkResult([error_result(chunk[0], WORKER_DIED, self.settings)], os.getpid(), 0)
        results, pid, peak = [], os.getpid(), 0
        for item in chunk:
            try:
                single = self._submit([item]).result()
                results.extend(single.docs)
                pid, peak = single.worker_pid, max(peak, single.worker_peak_rss)
            except BrokenProcessPool:
                self._restart()
                results.append(error_result(item, WORKER_DIED, self.settings))
        return ChunkResult(results, pid, peak)


def run_local(chunks, settings, workers, window=None):
    """Yield ChunkResults in input order, from `workers` processes (0: this one)."""
    if workers == 0:
        yield from run_in_process(chunks, settings)
        return
    with ChunkPool(workers, settings) as pool:
        yield from pool.imap(chunks, window or max(8, 8 * workers))
