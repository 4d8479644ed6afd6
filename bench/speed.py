"""Speed benchmark: the naive pipeline (underthesea ner() on every sentence) against ours.

    .venv/bin/python bench/speed.py [--n 300] [--archive PATH] [--profile OUT.prof]

Every measurement runs in a fresh child process, so model loading happens
once per process and outside the timed part, and peak RSS (VmHWM) belongs to
that measurement alone. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpus-archive" / "baomoi-2017-gov.jsonl"
sys.path.insert(0, str(ROOT))

from extractor import batch  # noqa: E402
from extractor.inputs import Input, iter_inputs  # noqa: E402


def articles(archive: Path, n: int) -> list[Input]:
    return list(islice(iter_inputs([str(archive)]), n))


def _self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb(pid: int) -> float:
    """Peak resident set (VmHWM) of a live process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def naive(items: list[Input]) -> dict[str, float]:
    """underthesea ner() on every sentence of the article, every PER entity taken as an official."""
    from underthesea import ner, sent_tokenize

    ner("Ông Nguyễn Văn An phát biểu.")  # load the models before the clock starts
    people = 0
    start = time.perf_counter()
    for item in items:
        text = item.data.decode("utf-8", "replace")
        found: set[str] = set()
        for sentence in sent_tokenize(text):
            name: list[str] = []
            for token, *_, tag in ner(sentence):
                if tag == "B-PER" or (tag == "I-PER" and name):
                    name.append(token)
                elif name:
                    found.add(" ".join(name))
                    name = []
            if name:
                found.add(" ".join(name))
        people += len(found)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": _self_peak_mb(), "officials": people}


def ours(items: list[Input], workers: int, profile: str | None = None) -> dict[str, float]:
    """Our pipeline the way `vnextract extract -j N` runs it (batch.run's window, warmed workers)."""
    people = 0
    if workers == 1:
        batch._warm()
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        start = time.perf_counter()
        lines = [batch._extract(item) for item in items]
        seconds = time.perf_counter() - start
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
        peak = _self_peak_mb()
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=batch._warm) as pool:
            list(pool.map(time.sleep, [0.2] * workers * 2))  # every worker started and warm
            start = time.perf_counter()
            lines = list(
                batch._ordered(lambda i: pool.submit(batch._extract, i), items, workers * batch.WINDOW_PER_WORKER)
            )
            seconds = time.perf_counter() - start
            peak = max(_peak_mb(pid) for pid in pool._processes)  # each worker's own peak
    for line in lines:
        people += len(json.loads(line).get("officials") or [])
    return {"seconds": seconds, "peak_mb": peak, "officials": people}


def child(args: argparse.Namespace) -> None:
    items = articles(args.archive, args.n)
    result = naive(items) if args.child == "naive" else ours(items, args.workers, args.profile)
    result["articles"] = len(items)
    print(json.dumps(result))


def measure(args: argparse.Namespace, mode: str, workers: int, profile: str | None = None) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", mode, "--workers", str(workers), "--n", str(args.n)]
    command += ["--archive", str(args.archive)] + (["--profile", profile] if profile else [])
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["rate"] = result["articles"] / result["seconds"]
    return result


def rows(args: argparse.Namespace) -> Iterator[tuple[str, dict[str, float]]]:
    yield "naive: ner() on every sentence, 1 worker", measure(args, "naive", 1)
    yield "ours: extract_bytes, 1 worker", measure(args, "ours", 1, args.profile)
    yield "ours: extract_bytes, 2 workers", measure(args, "ours", 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=300, help="articles from the start of the archive")
    parser.add_argument("--archive", type=Path, default=ARCHIVE)
    parser.add_argument("--profile", help="write a cProfile of ours (1 worker) here")
    parser.add_argument("--child", choices=("naive", "ours"), help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    print(f"{args.n} articles from {args.archive.name}, {os.cpu_count()} cores\n")
    print(f"| {'pipeline':<42} | {'art/s':>7} | {'s':>7} | {'peak RSS/worker MB':>18} | {'officials':>9} |")
    print(f"|{'-' * 44}|{'-' * 9}|{'-' * 9}|{'-' * 20}|{'-' * 11}|")
    results = {}
    for name, result in rows(args):
        results[name] = result
        print(
            f"| {name:<42} | {result['rate']:>7.1f} | {result['seconds']:>7.1f} | "
            f"{result['peak_mb']:>18.0f} | {result['officials']:>9.0f} |",
            flush=True,
        )
    naive_rate, one, two = (r["rate"] for r in results.values())
    print(f"\nours / naive (1 worker): {one / naive_rate:.1f}x;  2 workers / 1 worker: {two / one:.2f}x")


if __name__ == "__main__":
    main()
