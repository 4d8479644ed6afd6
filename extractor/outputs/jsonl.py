"""JSONL output that survives being killed: one write() per record, fsync in small batches.

On --resume the file is first cut back to its last complete line (a SIGKILL
can leave half a record) and the sources already written are counted.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

FSYNC_EVERY_LINES = 32
FSYNC_EVERY_SECONDS = 1.0


def repair(path: Path) -> None:
    """Drop a trailing partial line left by a killed run."""
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        block, end = 1 << 16, size
        while end > 0:
            start = max(0, end - block)
            handle.seek(start)
            chunk = handle.read(end - start)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                keep = start + cut + 1
                break
            end = start
        else:
            keep = 0
        if keep != size:
            handle.truncate(keep)


def written_sources(path: Path) -> Counter[str]:
    """How many times each source already has a line in a JSONL output."""
    done: Counter[str] = Counter()
    with path.open("rb") as handle:
        for line in handle:
            try:
                done[json.loads(line)["source"]] += 1
            except (ValueError, KeyError, TypeError):
                continue
    return done


class JsonlSink:
    """Append-only JSONL file (or stdout when no path is given)."""

    def __init__(self, path: Path | None, *, resume: bool = False) -> None:
        self.done: Counter[str] = Counter()
        self._fd: int | None = None
        self._pending = 0
        self._synced = time.monotonic()
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and path.exists():
            repair(path)
            self.done = written_sources(path)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        self._fd = os.open(path, flags, 0o644)

    def write(self, line: str) -> None:
        if self._fd is None:
            sys.stdout.write(line + "\n")
            return
        data = (line + "\n").encode("utf-8")
        while data:  # one write() per record in practice; loop only on a short write
            data = data[os.write(self._fd, data) :]
        self._pending += 1
        if self._pending >= FSYNC_EVERY_LINES or time.monotonic() - self._synced > FSYNC_EVERY_SECONDS:
            self.sync()

    def sync(self) -> None:
        if self._fd is not None and self._pending:
            os.fsync(self._fd)
            self._pending, self._synced = 0, time.monotonic()

    def close(self) -> None:
        if self._fd is None:
            sys.stdout.flush()
            return
        self.sync()
        os.close(self._fd)
        self._fd = None
