"""Topic labels of the fixed taxonomy (SPEC §5), with the phrases that name them as evidence."""

from __future__ import annotations

from extractor import lexicon


def find_topics(text: str, names: list[tuple[int, int]] = ()) -> dict[str, list[tuple[int, int]]]:
    """Label → spans of `text` that name the theme, in taxonomy order.

    A phrase inside a body's name (`names`: "Sở Tài nguyên và Môi trường", "Trung tâm Y tế") names
    the body, not a theme of the article.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for label, pattern in lexicon.topic_patterns():
        spans = [m.span() for m in pattern.finditer(text) if not any(s <= m.start() < e for s, e in names)]
        if spans:
            found[label] = spans
    return found
