"""Sentence bounds: one notion of a sentence for every rule that reads one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extractor import lexicon
from extractor.rules.names import dotted_level_forms


@cache
def sentence_end() -> re.Pattern[str]:
    """A line break, or a stop before a space: not the dot inside a number, a date or an abbreviation
    ("12.5", "1.000", "T.Ư", "TP.HCM"), nor the one closing a level's or a title's abbreviation ("tại
    TP. Vũng Tàu", "Q. Hải Châu", "TS. Nguyễn Văn A"), as the lexicons print them."""
    dotted = {form[:-1] for form in (*dotted_level_forms(), *lexicon.honorifics()) if form.endswith(".")}
    not_after = "".join(rf"(?<!\b{re.escape(form)})" for form in sorted(dotted))
    return re.compile(rf"\n|[!?](?=\s|$)|{not_after}\.(?=\s|$)")


def sentence_at(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The bounds of the sentence holding `text[start:end]`, its closing stop excluded."""
    end = start if end is None else end
    left = max((m.end() for m in sentence_end().finditer(text, 0, start)), default=0)
    right = sentence_end().search(text, end)
    return left, right.start() if right else len(text)


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The bounds of each non-empty sentence of `text[start:end]`."""
    end = len(text) if end is None else end
    left = start
    for stop in sentence_end().finditer(text, start, end):
        if stop.start() > left:
            yield left, stop.start()
        left = stop.end()
    if end > left:
        yield left, end
