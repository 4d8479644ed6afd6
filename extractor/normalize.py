"""Character-level repair of Vietnamese text: NFC, modern tone placement, invisible characters.

Everything downstream assumes the output of `normalize_text`: offsets in a
record always point into normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t\x0b\x0c"), " ")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Tone marks that old-style orthography puts on the second vowel of oa/oe/uy
# ("hoà", "khoẻ", "thuỷ") and modern orthography on the first ("hòa", "khỏe", "thủy").
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(
    rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?![\u0300-\u036f]|[^\W\d_])",
)


def _move_tone(match: re.Match[str]) -> str:
    first, second, tone = match.groups()
    pair = (first + second).lower()
    if pair not in ("oa", "oe", "uy"):  # "oy" and "ua"/"ue" keep the tone where it is
        return match.group(0)
    return first + tone + second


def modern_tone_placement(text: str) -> str:
    """Move tone marks to where modern spelling puts them: "hoà" → "hòa", "Uỷ" → "Ủy"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(_move_tone, decomposed))


_WORD = re.compile(r"[^\W\d_]+")
# a word ending in "oa", "oe" or "uy" with the tone on its last vowel: "hoà", "khoẻ", "uỷ" (not "quý")
_OLD_STYLE_WORD = re.compile(r"[^\W\d_]*(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")


def old_spellings(text: str) -> dict[str, str]:
    """Modern spelling → the old-style one a page prints ("ủy" → "uỷ"), for each word it spells
    the old way at least as often as the modern one. `text` is NFC, its tone marks not moved."""
    words = Counter(_WORD.findall(text))
    spellings = {}
    for word, count in words.items():
        if _OLD_STYLE_WORD.fullmatch(word) and count >= words[new := modern_tone_placement(word)]:
            spellings[new] = word
    return spellings


def as_printed(text: str, spellings: dict[str, str]) -> str:
    """`text` in the page's own spelling: a headline or a byline quoted as the page prints it."""
    return _WORD.sub(lambda m: spellings.get(m.group(), m.group()), text) if spellings else text


def normalize_text(text: str) -> str:
    """NFC, modern tone placement, no invisible or control characters, plain spaces, \\n line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_SPACES)
    text = _CONTROL.sub("", text)
    return modern_tone_placement(text)


def collapse_spaces(text: str) -> str:
    """One space between words, none at the ends."""
    return " ".join(text.split())
