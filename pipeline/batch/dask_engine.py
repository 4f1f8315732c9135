"""The Dask engine: the same chunks, processed on a Dask cluster.

A partition is a few chunks; each is processed on a worker by the very
function the local engine uses (pipeline.batch.worker.process_chunks), so the
records are the same byte for byte. The model is cached in that module's
global, so each worker process loads it once; `client.run(warm_up)` loads it
everywhere before the first partition arrives. Partitions are submitted ahead
up to a window and collected in input order.
"""
import logging
from collections import deque

from pipeline.batch.chunks import group
from pipeline.batch.items import ChunkResult
from pipeline.batch.worker import error_result, process_chunk, process_chunks, warm_up

WORKER_DIED = "Dask worker died while processing this document"
CHUNKS_PER_PARTITION = 4


def connect(workers, scheduler=None):
    """A Client on the given scheduler, or on a new LocalCluster on loopback."""
    import dask
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    # A document that kills its worker is retried once, then reported: the
    # default (3 retries) would kill and reload three more workers for it.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=None, host="127.0.0.1", silence_logs=logging.ERROR,
        )
    return Client(cluster), cluster


def run_dask(chunks, settings, workers, scheduler=None, window=None):
    """Yield ChunkResults in input order, computed on a Dask cluster."""
    client, cluster = connect(workers, scheduler)
    try:
        client.run(warm_up, settings)
        n_workers = max(1, len(client.scheduler_info()["workers"]))
        yield from _ordered(client, group(chunks, CHUNKS_PER_PARTITION), settings,
                            window or 2 * n_workers + 2)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _ordered(client, partitions, settings, window):
    from distributed.scheduler import KilledWorker

    partitions = iter(partitions)
    pending = deque()

    def fill():
        while len(pending) < window:
            partition = next(partitions, None)
            if partition is None:
                return
            pending.append((partition, client.submit(process_chunks, partition, settings, pure=False)))

    fill()
    while pending:
        partition, future = pending.popleft()
        try:
            results = future.result()
        except KilledWorker:
            results = [_chunk_doc_by_doc(client, chunk, settings) for chunk in partition]
        fill()
        yield from results


def _chunk_doc_by_doc(client, chunk, settings):
    """A partition killed its worker: find the document that did, keep the rest."""
    from distributed.scheduler import KilledWorker

    docs, pid, peak = [], 0, 0
    for item in chunk:
        try:
            single = client.submit(process_chunk, [item], settings, pure=False).result()
            docs.extend(single.docs)
            pid, peak = single.worker_pid, max(peak, single.worker_peak_rss)
        except KilledWorker:
            docs.append(error_result(item, WORKER_DIED, settings))
    return ChunkResult(docs, pid, peak)
