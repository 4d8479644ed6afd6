"""Run the pipeline over many inputs: in order, in parallel, with bounded memory.

Two engines share one shape, a sliding window of pending tasks consumed in
input order: a local process pool, or a Dask cluster (`distributed`), so the
output is the same line for line whichever runs it.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from extractor.inputs import Input
from extractor.models import ErrorRecord
from extractor.pipeline import extract_bytes

WINDOW_PER_WORKER = 4  # tasks in flight per worker: enough to keep it busy, little memory
DASK_CHUNK = 4  # inputs per Dask task: amortises the scheduler's per-task cost


def _extract(item: Input) -> str:
    return extract_bytes(item.data, item.source, url=item.url).model_dump_json()


def _extract_many(items: list[Input]) -> list[str]:
    return [_extract(item) for item in items]


def _warm() -> None:
    """Load the NER model once per worker, before the first article is timed."""
    from extractor import nlp

    nlp.person_spans("Ông Nguyễn Văn An phát biểu.")


def skip_done(inputs: Iterable[Input], done: Counter[str]) -> Iterator[Input]:
    """Inputs not yet in the output: a source written k times skips its first k occurrences."""
    left = Counter(done)
    for item in inputs:
        if left[item.source] > 0:
            left[item.source] -= 1
            continue
        yield item


def _ordered(submit: Callable[[Any], Any], tasks: Iterable[Any], window: int) -> Iterator[Any]:
    """Results in submission order, with at most `window` tasks pending."""
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _chunks(items: Iterable[Input], size: int) -> Iterator[list[Input]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run(
    inputs: Iterable[Input],
    workers: int | None = None,
    *,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[str]:
    """JSON lines in input order; at most a few inputs per worker are held in memory at once."""
    if engine == "dask":
        yield from _run_dask(inputs, workers, scheduler)
        return
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: choose local or dask")
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from map(_extract, inputs)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        yield from _ordered(lambda item: pool.submit(_extract, item), inputs, workers * WINDOW_PER_WORKER)


def _run_dask(inputs: Iterable[Input], workers: int | None, scheduler: str | None) -> Iterator[str]:
    """The same window on a Dask cluster: the given scheduler, or a LocalCluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # optional dependency
        raise SystemExit("the dask engine needs distributed: pip install 'vnextract[dask]'") from error
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        n = workers or os.cpu_count() or 1
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(_warm)
        size = max(1, len(client.scheduler_info().get("workers", {})))
        submit = lambda chunk: client.submit(_extract_many, chunk, pure=False)  # noqa: E731
        for lines in _ordered(submit, _chunks(inputs, DASK_CHUNK), size * WINDOW_PER_WORKER):
            yield from lines
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def is_error(line: str) -> str | None:
    """The error code of a written line, or None for a record."""
    if '"status":"error"' not in line:
        return None
    return ErrorRecord.model_validate_json(line).error.code
