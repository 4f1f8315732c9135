"""The work done inside a worker process: chunk of items in, output lines out.

Used unchanged by both engines (a local process pool and Dask workers), which
is what makes their output identical. The model is loaded once per process
and kept in a module global: loading takes seconds, a chunk milliseconds.
"""
import gc
import importlib
import json
import math
import os
import resource
import sys
import threading
import time
from typing import NamedTuple

from pipeline.batch.items import ChunkResult, DocResult, one_line

DEFAULT_LOADER = "pipeline:load"


class WorkerSettings(NamedTuple):
    """Everything a worker needs besides the items; small and picklable."""

    loader: str = DEFAULT_LOADER  # "module:function" returning a spaCy Language
    disable: tuple = ()
    with_tokens: bool = False
    with_length: bool = False  # add "text_length" (for the Parquet tables)
    # spaCy's vocabulary keeps every new word it meets, so a worker's memory
    # would creep up over a long archive; a fresh pipeline every N documents
    # (about a second to load) keeps it flat. 0: never.
    reload_every: int = 5000


class ModelLoadError(RuntimeError):
    """The pipeline cannot be loaded: no document can be processed, stop the run."""


_model = None
_model_settings = None
_docs_since_load = 0
_model_lock = threading.Lock()


def get_model(settings):
    global _model, _model_settings, _docs_since_load
    key = (settings.loader, tuple(settings.disable))
    worn_out = settings.reload_every and _docs_since_load >= settings.reload_every
    with _model_lock:
        if _model is None or _model_settings != key or worn_out:
            _model = None
            gc.collect()  # let the old vocabulary go before the new one grows
            _docs_since_load = 0
            try:
                module_name, _, function_name = settings.loader.partition(":")
                load = getattr(importlib.import_module(module_name), function_name)
                _model = load(disable=tuple(settings.disable))
            except Exception as error:
                raise ModelLoadError(one_line(f"cannot load the pipeline: {error!r}")) from error
            _model_settings = key
        return _model


def warm_up(settings, watch_parent=False):
    """Pool initializer / Dask warm-up: load the model before the first chunk."""
    if watch_parent:
        _exit_when_orphaned()
    try:
        get_model(settings)
    except ModelLoadError:
        pass  # reported by the first process_chunk, where the run can see it


def _exit_when_orphaned(interval=0.5):
    """A SIGKILLed run cannot stop its pool; workers notice and leave on their own."""
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(0)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def process_chunk(items, settings):
    """Analyse a chunk; one failing document gets an error record, not its neighbours."""
    global _docs_since_load
    nlp = get_model(settings)
    ready = [item for item in items if item.error is None]
    _docs_since_load += len(ready)
    try:
        done = _process_together(nlp, ready, settings)
    except Exception:
        done = {item.position: _process_alone(nlp, item, settings) for item in ready}
    results = [done[item.position] if item.error is None else error_result(item, item.error, settings)
               for item in items]
    return ChunkResult(results, os.getpid(), peak_rss())


def process_chunks(chunks, settings):
    """A Dask partition: several chunks, each processed as the local engine would."""
    return [process_chunk(chunk, settings) for chunk in chunks]


def _process_together(nlp, items, settings):
    docs = nlp.pipe((item.text for item in items), batch_size=max(1, len(items)))
    return {item.position: _result(doc, item, settings) for item, doc in zip(items, docs)}


def _process_alone(nlp, item, settings):
    try:
        return _result(nlp(item.text), item, settings)
    except Exception as error:
        return error_result(item, f"processing failed: {type(error).__name__}: {error}", settings)


def _result(doc, item, settings):
    from pipeline.record import doc_to_record

    record = doc_to_record(doc, id=item.id, meta=item.meta, with_tokens=settings.with_tokens)
    if settings.with_length:
        record["text_length"] = len(item.text)
    return DocResult(encode_record(record), len(record.get("entities") or ()),
                     len(record.get("claims") or ()), record.get("error"))


def error_record(item, message, settings):
    """The record written for an item that could not be analysed (OUTPUT.md)."""
    from pipeline.record import error_record as core_error_record

    record = core_error_record(item.id, item.meta, one_line(message))
    if settings.with_length:
        record["text_length"] = item.length
    return record


def error_result(item, message, settings):
    record = error_record(item, message, settings)
    return DocResult(encode_record(record), 0, 0, record["error"])


def encode_record(record):
    """One JSONL line, as bytes; any value JSON cannot take becomes something it can."""
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False, default=_plain)
    except ValueError:  # NaN or infinity somewhere in meta: JSON has no such number
        text = json.dumps(_finite(record), ensure_ascii=False, default=_plain)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape in the input
        return json.dumps(json.loads(text), ensure_ascii=True).encode("ascii") + b"\n"


def _plain(value):
    """JSON for values Parquet and CSV inputs bring along: dates, decimals, numpy scalars."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "replace")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


def peak_rss():
    """Peak resident memory of this process, in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
