"""Exactly-once output: a run killed with SIGKILL mid-way, then resumed, writes every input once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from extractor.outputs.jsonl import repair, written_sources

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"
COPIES = 12  # 60 inputs: long enough to be killed mid-way, short enough for the suite


def make_inputs(folder: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    sources = []
    for n in range(COPIES):
        for k, text in enumerate(texts):
            path = folder / f"page-{n:02d}-{k}.txt"
            path.write_text(f"{text}\nBài số {n}.\n", encoding="utf-8")
            sources.append(str(path))
    return sorted(sources)


def extract(args: list[str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "extractor", "extract", *args, "--no-progress"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_sigkill_then_resume_writes_every_input_exactly_once(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    sources = make_inputs(pages)
    out = tmp_path / "out.jsonl"

    run = extract([str(pages), "-o", str(out), "-j", "1"])
    deadline = time.monotonic() + 120
    while lines_in(out) < 5 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    killed_at = lines_in(out)
    assert 0 < killed_at < len(sources), "the run was not killed mid-way"
    with out.open("ab") as handle:  # what a kill inside a write() leaves: half a record
        handle.write(b'{"schema_version":"1","id":"torn","source":"')

    resumed = extract([str(pages), "-o", str(out), "-j", "2", "--resume"])
    _, stderr = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, stderr.decode()

    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert Counter(r["source"] for r in records) == Counter(sources)
    assert [r["source"] for r in records] == sources  # input order survives the resume
    assert f"{killed_at} already done" in stderr.decode()


def test_resume_of_a_finished_run_adds_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        done = extract([str(SEEDS), "-o", str(out), "-j", "1", "--resume"])
        _, stderr = done.communicate(timeout=300)
        assert done.returncode == 0, stderr.decode()
    assert lines_in(out) == 5


def test_repair_drops_only_a_partial_last_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"source": "a"}\n{"source": "b"}\n{"sou')
    repair(path)
    assert path.read_bytes() == b'{"source": "a"}\n{"source": "b"}\n'
    repair(path)
    assert written_sources(path) == Counter({"a": 1, "b": 1})
