"""Topic labels of the fixed taxonomy (SPEC §5), with the phrases that name them as evidence."""

from __future__ import annotations

from extractor import lexicon


def find_topics(text: str) -> dict[str, list[tuple[int, int]]]:
    """Label → spans of `text` that name the theme, in taxonomy order."""
    found: dict[str, list[tuple[int, int]]] = {}
    for label, pattern in lexicon.topic_patterns():
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            found[label] = spans
    return found
