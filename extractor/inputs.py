"""Where inputs come from: files, folders, JSONL archives, WARC files and standard input.

Everything here is a generator, so an archive of any size streams through in
constant memory: only the page being handed to a worker is held as bytes.

A page's web address travels with it when it is known: a JSONL line's "url"
(or a source that is one), a WARC record's target, or a scraper's manifest
beside the pages, `SOURCES.tsv` with a `file` column and a `url` (or
`original_url`) column.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import IO

PAGE_SUFFIXES = (".txt", ".html", ".htm")
ARCHIVE_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".arc")
MANIFEST_NAMES = ("SOURCES.tsv", "sources.tsv")


@dataclass(frozen=True)
class Input:
    source: str
    data: bytes
    id: str | None = None  # the archive's own id for JSONL lines, used by --ids
    url: str | None = None  # the page's web address, when known

    @property
    def stem(self) -> str:
        """The source's file name without suffixes: how SELECTED.txt and gold files name a page."""
        name = PurePosixPath(self.source).name
        return name.split(".", 1)[0] if name else self.source


def _kind(path: Path) -> str | None:
    """'page', 'jsonl' or 'warc' from the suffix, seeing through a trailing .gz."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in PAGE_SUFFIXES:
        return "page"
    if last in ARCHIVE_SUFFIXES:
        return "jsonl"
    if last in WARC_SUFFIXES:
        return "warc"
    return None


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")


@cache
def _manifest(folder: Path) -> dict[str, str]:
    """File name → URL from a scraper's manifest in `folder`, if there is one."""
    for name in MANIFEST_NAMES:
        path = folder / name
        if path.is_file():
            try:
                with path.open(encoding="utf-8", newline="") as handle:
                    rows = list(csv.DictReader(handle, delimiter="\t"))
            except (OSError, UnicodeDecodeError, csv.Error):
                return {}
            return {
                row["file"]: url
                for row in rows
                if row.get("file") and (url := row.get("url") or row.get("original_url"))
            }
    return {}


def _page(path: Path) -> Input:
    """One page file; a file that cannot be read still yields one (empty) input, never an exception."""
    url = _manifest(path.parent).get(path.name)
    try:
        with _open(path) as handle:
            return Input(str(path), handle.read(), url=url)
    except (OSError, EOFError):
        return Input(str(path), b"", url=url)


def _jsonl(path: Path) -> Iterator[Input]:
    """One page a line: {"id", "source", "text" | "html"}; a broken line is still one input."""
    with _open(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                content = item.get("html") or item.get("text") or ""
                ident = item.get("id")
                source = str(item.get("source") or ident or f"{path}:{number}")
            except (ValueError, AttributeError):
                yield Input(f"{path}:{number}", line)
                continue
            url = item.get("url") or (source if source.startswith(("http://", "https://")) else None)
            yield Input(source, str(content).encode("utf-8"), None if ident is None else str(ident), url)


def _warc(path: Path) -> Iterator[Input]:
    """HTML responses (and resource records) of a web archive, by their target URI."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as error:  # optional dependency
        raise SystemExit("reading WARC files needs warcio: pip install 'vnextract[warc]'") from error
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle, arc2warc=True):
            if record.rec_type not in ("response", "resource"):
                continue
            if record.http_headers is not None:
                if record.http_headers.get_statuscode() not in ("200", None):
                    continue
                mime = (record.http_headers.get_header("Content-Type") or "text/html").lower()
            else:
                mime = (record.rec_headers.get_header("Content-Type") or "text/html").lower()
            if not mime.startswith(("text/html", "application/xhtml", "text/plain")):
                continue
            uri = (
                record.rec_headers.get_header("WARC-Target-URI")
                or f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"
            )
            yield Input(uri, record.content_stream().read(), url=uri)


def _files(raw: str) -> Iterator[tuple[Path, str]]:
    """(path, kind) for one command-line argument; folders in sorted order so runs are repeatable."""
    path = Path(raw)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            kind = _kind(child)
            if kind:
                yield child, kind
    else:
        yield path, _kind(path) or "page"


def _all(paths: Iterable[str]) -> Iterator[Input]:
    for raw in paths:
        if raw == "-":
            yield Input("<stdin>", sys.stdin.buffer.read())
            continue
        for path, kind in _files(raw):
            if kind == "jsonl":
                yield from _jsonl(path)
            elif kind == "warc":
                yield from _warc(path)
            else:
                yield _page(path)


def iter_inputs(paths: Iterable[str], ids: set[str] | None = None) -> Iterator[Input]:
    """Inputs in the order given; with `ids`, only those whose archive id or source stem is listed."""
    for item in _all(paths):
        if ids is None or item.id in ids or item.stem in ids:
            yield item


def count_inputs(paths: Iterable[str], ids: set[str] | None = None) -> int | None:
    """How many inputs `iter_inputs` will yield, cheaply (no page is parsed), or None when unknowable."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        for path, kind in _files(raw):
            if kind == "warc":
                return None
            if kind == "page":
                total += ids is None or PurePosixPath(str(path)).name.split(".", 1)[0] in ids
            elif ids is None:
                with _open(path) as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += sum(1 for item in _jsonl(path) if item.id in ids or item.stem in ids)
    return total


def read_ids(path: Path) -> set[str]:
    """One id a line; blank lines and # comments ignored."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}
