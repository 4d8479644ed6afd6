"""Legacy Vietnamese 8-bit font encodings (TCVN3/ABC, VNI): detect them and convert to Unicode.

Old government pages typed in .VnTime or VNI-Times fonts store Vietnamese as Latin-1 look-alikes
("Uû ban nh©n d©n"); once decoded as Latin-1 or Windows-1252 they read as gibberish. Whether a line
is legacy is judged by what it becomes: the conversion is kept only when it turns the line into
more common Vietnamese syllables, so real Unicode text (even on the same page) is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

_WORD = re.compile(r"[^\W\d_]+")
_LEGACY_ONLY = re.compile(r"[\u00a1-\u00bf\u00c0-\u00ff]")
_VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


@cache
def _tables() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Encoding name → (pattern matching any legacy sequence, longest first; sequence → Unicode)."""
    maps: dict[str, dict[str, str]] = {}
    text = resources.files("extractor").joinpath("data/legacy_fonts.tsv").read_text(encoding="utf-8")
    for row in text.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        name, codes, target = row.split("\t")
        legacy = "".join(chr(int(code, 16)) for code in codes.split())
        maps.setdefault(name, {})[legacy] = target
    return {
        name: (re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))), table)
        for name, table in maps.items()
    }


@cache
def common_syllables() -> frozenset[str]:
    text = resources.files("extractor").joinpath("data/common_syllables.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def vietnamese_score(text: str) -> int:
    """How many words of `text` are common Vietnamese syllables: high for text read right."""
    common = common_syllables()
    return sum(1 for word in _WORD.findall(unicodedata.normalize("NFC", text).lower()) if word in common)


def convert(text: str, encoding: str) -> str:
    """Map every legacy sequence of `encoding` ("tcvn3" or "vni") in `text` to Unicode."""
    pattern, table = _tables()[encoding]
    return unicodedata.normalize("NFC", pattern.sub(lambda m: table[m.group(0)], text))


def detect(text: str) -> str | None:
    """The legacy encoding that makes `text` most Vietnamese, if one does markedly better than as-is."""
    if not _LEGACY_ONLY.search(text):
        return None
    base = vietnamese_score(text)
    best, best_score = None, base
    for name in _tables():
        score = vietnamese_score(convert(text, name))
        if score > best_score:
            best, best_score = name, score
    if best is None or best_score < max(3, 1.5 * base):
        return None
    return best


def repair(text: str) -> str:
    """Convert the legacy-encoded lines of `text` to Unicode and leave Unicode lines as they are."""
    encoding = detect(text)
    if encoding is None:
        return text
    lines = []
    for line in text.split("\n"):
        if _LEGACY_ONLY.search(line):
            converted = convert(line, encoding)
            gain = vietnamese_score(converted) - vietnamese_score(line)
            if gain > 0 or (gain == 0 and _foreign_marks(line)):
                line = converted
        lines.append(line)
    return "\n".join(lines)


def _foreign_marks(line: str) -> bool:
    """Latin-1 letters and signs Vietnamese never uses ("¸", "µ", "ñ"): the trace of a legacy font."""
    return any(c not in _VIETNAMESE_LATIN1 for c in _LEGACY_ONLY.findall(line))
