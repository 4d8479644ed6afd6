"""Run the pipeline over many inputs: in order, in parallel, with bounded memory."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from extractor.inputs import Input
from extractor.models import ErrorRecord
from extractor.pipeline import extract_bytes


def _extract(item: Input) -> str:
    return extract_bytes(item.data, item.source).model_dump_json()


def run(inputs: Iterable[Input], workers: int | None = None) -> Iterator[str]:
    """JSON lines in input order; at most a few inputs per worker are held in memory at once."""
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from map(_extract, inputs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        window: deque[Future[str]] = deque()
        for item in inputs:
            window.append(pool.submit(_extract, item))
            if len(window) >= workers * 4:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def is_error(line: str) -> str | None:
    """The error code of a written line, or None for a record."""
    if '"status":"error"' not in line:
        return None
    return ErrorRecord.model_validate_json(line).error.code



