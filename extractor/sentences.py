"""Sentence bounds: one notion of a sentence for every rule that reads one."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A line break, or a stop before a space: not the dot inside a number, a date or an abbreviation
# ("12.5", "1.000", "T.Ư", "TP.HCM"), nor the one after a level's or a degree's abbreviation
# ("tại TP. Vũng Tàu", "Q. Hải Châu", "TS. Nguyễn Văn A").
_ABBREVIATED = ("TP", "Tp", "TX", "TT", "Q", "P", "H", "X", "TS", "ThS", "GS", "PGS", "BS")
_END = re.compile(r"\n|[!?](?=\s|$)|" + "".join(rf"(?<!\b{a})" for a in _ABBREVIATED) + r"\.(?=\s|$)")


def sentence_at(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The bounds of the sentence holding `text[start:end]`, its closing stop excluded."""
    end = start if end is None else end
    left = max((m.end() for m in _END.finditer(text, 0, start)), default=0)
    right = _END.search(text, end)
    return left, right.start() if right else len(text)


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The bounds of each non-empty sentence of `text[start:end]`."""
    end = len(text) if end is None else end
    left = start
    for stop in _END.finditer(text, start, end):
        if stop.start() > left:
            yield left, stop.start()
        left = stop.end()
    if end > left:
        yield left, end
