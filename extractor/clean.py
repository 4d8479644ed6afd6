"""Clean scraped text: drop page chrome and debris, cut the after-article area, rejoin wrapped lines."""

from __future__ import annotations

import re

from extractor import lexicon
from extractor.normalize import collapse_spaces

_SENTENCE_END = re.compile(r"[.!?…:;\"”»)\]]$")


def is_boilerplate(line: str) -> bool:
    return any(p.fullmatch(line) for p in lexicon.boilerplate()["line"])


def _end_marker(line: str) -> int | None:
    """Where the after-article area starts in this line (0: the whole line), if it does."""
    for pattern in lexicon.boilerplate()["end"]:
        if pattern.fullmatch(line):
            return 0
        tail = re.search(rf"(?:{pattern.pattern})\s*$", line, pattern.flags)
        if tail and tail.start() > 0 and not line[tail.start() - 1].isspace():
            return tail.start()  # glued onto the last article line: "…huyện Đức ThọÝ kiến bạn đọc"
    return None


def strip_fragments(line: str) -> str:
    for pattern in lexicon.boilerplate()["fragment"]:
        line = pattern.sub(" ", line)
    return collapse_spaces(line)


def clean_lines(lines: list[str]) -> list[str]:
    """The article's lines, one per paragraph, with "" where the page had a blank line."""
    kept: list[str] = []
    for raw in lines:
        line = collapse_spaces(raw)
        if not line:
            kept.append("")
            continue
        cut = _end_marker(line)
        if cut is not None:
            if cut > 0:
                kept.append(collapse_spaces(line[:cut]))
            break
        if is_boilerplate(line):
            continue
        line = strip_fragments(line)
        if line:
            kept.append(line)
    return _reflow(kept)


# "(LĐ online) - Ngày 10/10, …", "(Chinhphu.vn) – …": the paper's tag that opens an article's first paragraph
_SOURCE_TAG = re.compile(r"\([^()]{1,30}\)\s*[-–—]")


def _continues(line: str) -> bool:
    """A line that cannot start a paragraph: it starts lower-case or with a bracket (not a source tag)."""
    return line[0].islower() or (line[0] == "(" and not _SOURCE_TAG.match(line))


def _reflow(lines: list[str]) -> list[str]:
    """Rejoin paragraphs a scraper hard-wrapped mid-sentence ("Sáng" / "ngày 15/11/2023, …")."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if line and previous and not _SENTENCE_END.search(previous) and _continues(line):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out
