"""The JSONL output as a journal that survives being killed and can be resumed.

Each record is written with one write and one flush, so a run killed at any
moment (even SIGKILL) leaves whole lines plus at most one partial last line.
Resuming cuts that partial line and skips every input id already written.
Lines are split on b"\\n" only: records may hold U+2028, which
str.splitlines() would take for a line break.
"""
import json
import os
import sys
from collections import Counter

from pipeline.batch.items import one_line


def id_key(doc_id):
    """Ids compare by JSON form, so the id 1 and the id "1" stay different."""
    return json.dumps(doc_id, ensure_ascii=False)


def cut_partial_line(path, block=1 << 16):
    """Truncate the file after its last newline; return how many bytes were cut."""
    with open(path, "r+b") as file:
        end = file.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - block)
            file.seek(start)
            data = file.read(position - start)
            newline = data.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        else:
            keep = 0
        if keep < end:
            file.truncate(keep)
        return end - keep


def written_ids(path):
    """Multiset of the ids already in the output (an id may repeat in the input)."""
    ids = Counter()
    with open(path, "rb") as file:
        for number, line in enumerate(file, start=1):
            try:
                ids[id_key(json.loads(line)["id"])] += 1
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(one_line(
                    f"cannot resume: line {number} of {path} is not a record ({error})"))
    return ids


def skip_written(items, already):
    """Items whose id is not yet in the output; `already` is consumed as we go."""
    for item in items:
        key = id_key(item.id)
        if already.get(key, 0) > 0:
            already[key] -= 1
            continue
        yield item


class JsonlJournal:
    """Appends records to a file (or stdout), each line one write + flush."""

    def __init__(self, path):
        self.path = path
        if path == "-":
            self.file, self.owned = sys.stdout.buffer, False
        else:
            self.file, self.owned = open(path, "ab"), True

    def write(self, line):
        self.file.write(line)
        self.file.flush()

    def close(self):
        if self.owned:
            self.file.close()
        else:
            self.file.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def prepare_output(path, resume, overwrite):
    """Make the journal ready to append to; return the ids it already holds."""
    if path == "-":
        if resume:
            raise ValueError("--resume needs an output file, not stdout")
        return Counter()
    if os.path.exists(path):
        if resume:
            cut_partial_line(path)
            return written_ids(path)
        if not overwrite:
            raise FileExistsError(
                f"output exists: {path} (use --resume to continue it, --overwrite to replace it)")
        os.remove(path)
    parent = os.path.dirname(os.path.abspath(path))
    os.makedirs(parent, exist_ok=True)
    return Counter()
