"""underthesea, loaded once per process and asked only where its answer can change the record.

Its CRF NER costs four passes (words, POS, chunks, entities) per sentence, so
the rules call `person_spans` only on the few sentences where a post stands
next to a capitalised run that the surname lexicon does not recognise.
"""

from __future__ import annotations

from functools import cache, lru_cache


@cache
def _ner():
    from underthesea import ner

    return ner


@cache
def ner_version() -> str:
    from importlib.metadata import version

    return f"underthesea {version('underthesea')}"


@lru_cache(maxsize=4096)
def person_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the PER entities underthesea finds in `sentence`."""
    try:
        tokens = _ner()(sentence)
    except Exception:  # a model failure must cost one answer, never the article
        return ()
    spans: list[tuple[int, int]] = []
    cursor = 0
    for token, *_, tag in tokens:
        at = sentence.find(token, cursor)
        if at < 0:
            continue
        cursor = at + len(token)
        if tag == "B-PER":
            spans.append((at, cursor))
        elif tag == "I-PER" and spans and spans[-1][1] <= at:
            spans[-1] = (spans[-1][0], cursor)
    return tuple(spans)
