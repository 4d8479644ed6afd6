"""Where records go: JSONL (default), Parquet, SQLite or PostgreSQL, chosen by --format or suffix.

Every sink takes the JSON lines the workers produce, in input order, and can
tell which sources it already holds so that `--resume` skips them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Protocol

FORMATS = ("jsonl", "parquet", "sqlite", "postgresql")
_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
}


class Sink(Protocol):
    def write(self, line: str) -> None: ...
    def close(self) -> None: ...


def guess_format(output: str | None, fmt: str | None) -> str:
    """--format wins; else a database URL's scheme or the file suffix; else JSONL."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        return fmt
    if not output:
        return "jsonl"
    if output.startswith(("postgresql:", "postgresql+", "postgres:")):
        return "postgresql"
    if output.startswith("sqlite:"):
        return "sqlite"
    return _SUFFIXES.get(Path(output).suffix.lower(), "jsonl")


def db_url(output: str, fmt: str) -> str:
    """A SQLAlchemy URL for a database output given as a URL or as a file path."""
    if "://" in output:
        return output.replace("postgres://", "postgresql://", 1)
    if fmt == "sqlite":
        return f"sqlite:///{Path(output).resolve()}"
    raise ValueError(f"{output!r} is not a database URL")


def open_sink(output: str | None, fmt: str, *, resume: bool = False) -> tuple[Sink, Counter[str]]:
    """The sink for `output`, and (with resume) how many times each source is already in it."""
    if fmt == "jsonl":
        from extractor.outputs.jsonl import JsonlSink

        sink = JsonlSink(Path(output) if output else None, resume=resume)
        return sink, sink.done if resume else Counter()
    if fmt == "parquet":
        if resume:
            raise ValueError("--resume cannot append to Parquet; write JSONL and convert, or use SQLite")
        if not output:
            raise ValueError("Parquet output needs -o FILE.parquet")
        from extractor.outputs.parquet import ParquetSink

        return ParquetSink(Path(output)), Counter()
    if not output:
        raise ValueError(f"{fmt} output needs -o PATH or URL")
    from extractor.store import Store

    store = Store(db_url(output, fmt))
    return store, store.sources() if resume else Counter()
