"""Where inputs come from: files, folders (recursive), JSONL archives and standard input."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Input:
    source: str
    data: bytes


def _jsonl(path: Path) -> Iterator[Input]:
    """One page a line: {"id", "source", "text" | "html"}; a broken line is still one input."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                content = item.get("html") or item.get("text") or ""
                source = str(item.get("source") or item.get("id") or f"{path}:{number}")
            except (ValueError, AttributeError):
                yield Input(f"{path}:{number}", line)
                continue
            yield Input(source, content.encode("utf-8"))


def iter_inputs(paths: list[str]) -> Iterator[Input]:
    """Inputs in the order given; folders in sorted order so runs are repeatable."""
    for raw in paths:
        if raw == "-":
            yield Input("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in PAGE_SUFFIXES:
                    yield Input(str(child), child.read_bytes())
                elif child.suffix.lower() == ".jsonl":
                    yield from _jsonl(child)
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl(path)
        elif path.is_file():
            yield Input(str(path), path.read_bytes())
        else:
            yield Input(str(path), b"")
