"""Capitalised word runs: who is a person, what is a place, and where honorifics end."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from extractor import lexicon
from extractor.gazetteer import gazetteer
from extractor.lexicon import form_pattern

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")  # "H'Hen", "K’ré"
UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x1EFF) if chr(c).isalpha() and chr(c).isupper()) + "]"
LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "huyện", "quận", "tỉnh", "xã", "phường")
_LEVEL_FORMS = {
    "tp": "thành phố",
    "tp.": "thành phố",
    "tx": "thị xã",
    "tx.": "thị xã",
    "tt.": "thị trấn",
    "h.": "huyện",
    "q.": "quận",
    "x.": "xã",
    "p.": "phường",
}
# national papers abbreviate and glue the level word: "TT.Hậu Nghĩa", "H.Đức Hòa", "TP.Tam Kỳ"
# ("xã hội", society, is no commune: "Viện Nghiên cứu kinh tế xã hội")
LEVEL_PATTERN = (
    r"(?:thành phố|thị xã|thị trấn|huyện|quận|tỉnh|xã(?! hội)|phường|TP\.?|Tp\.?|TX\.?|TT\.|H\.|Q\.|X\.|P\.)"
)
# a level word ends at its dot or where the word ends; "TPHCM" glues the city's level to its name
LEVEL_END = r"(?:(?<=\.)|(?<=TP)(?=HCM\b)|(?![^\W_]))"


def name_start(text: str, level_end: int) -> int | None:
    """Where the proper name after a level word begins: after one space, or glued after its dot
    ("TP.Tam Kỳ") or after "TP" in "TPHCM"."""
    if text[level_end : level_end + 1] == " ":
        return level_end + 1
    glued = text[level_end - 1 : level_end] == "." or text[level_end - 2 : level_end + 3] == "TPHCM"
    if glued and text[level_end : level_end + 1].isupper():
        return level_end
    return None


def dotted_level_forms() -> tuple[str, ...]:
    """The level words printed abbreviated with a dot ("TP.", "Tp.", "Q."), as printed."""
    dotted = [form for form in _LEVEL_FORMS if form.endswith(".")]
    return tuple(dict.fromkeys(case for form in dotted for case in (form.upper(), form.capitalize())))


def canonical_level(printed: str) -> str:
    word = " ".join(printed.split()).lower()
    return _LEVEL_FORMS.get(word, word)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def titled(self) -> bool:
        """Capitalised like a name syllable ("Luân", "H'Hen") or a number ("Phường 1")."""
        return self.text[:1].isupper() or self.text.isdigit()


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Syllables with offsets, split where a lower-case letter runs into a capital ("chíPhạm")."""
    out: list[Word] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        token, base, cut = m.group(), m.start(), 0
        for i in range(1, len(token)):
            if token[i].isupper() and token[i - 1].islower():
                out.append(Word(base + cut, base + i, token[cut:i]))
                cut = i
        out.append(Word(base + cut, m.end(), token[cut:]))
    return out


def titled_run(text: str, start: int, max_words: int = 6, *, dashed: bool = False) -> list[Word]:
    """The capitalised syllables that begin at `start`, separated by single spaces only; with `dashed`,
    syllables joined by a dash count as one word, as in a foreign name ("IIkka-Pekke Simila", "Khăm-muôn")."""
    run: list[Word] = []
    for word in words(text, start, min(len(text), start + 80)):
        gap = text[run[-1].end if run else start : word.start]
        if dashed and run and gap == "-" and word.text[:1].isalpha():
            run[-1] = Word(run[-1].start, word.end, text[run[-1].start : word.end])
            continue
        if (run and gap != " ") or (not run and gap.strip()) or not word.titled or len(run) == max_words:
            break
        run.append(word)
    return run


def is_surname(word: str) -> bool:
    return word in lexicon.surnames()


# a Vietnamese syllable, its marks stripped: an onset, a nucleus of one to three vowels, a final
_SYLLABLE = re.compile(
    r"(?:b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aeiouy]{1,3}(?:c|ch|m|n|ng|nh|p|t)?"
)


def is_vietnamese_syllable(word: str) -> bool:
    """Whether a word can be one Vietnamese syllable ("Dương", "Điểu"), not a brand or a foreign word
    ("Vinaconex", "Airlines")."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
    return bool(_SYLLABLE.fullmatch(bare.replace("đ", "d")))


def ends_in_province(run: list[str]) -> bool:
    """ "Văn Hà Nội" of "Hội Nhà Văn Hà Nội": a capitalised run whose last words are a province's name."""
    return any(" ".join(run[i:]) in gazetteer().province_names for i in range(1, len(run)))


def place_length(run: list[str], unit: str | None) -> int:
    """How many syllables of a capitalised run after a level word are the place's proper name.

    The gazetteer decides where it can ("huyện Vân Đồn Mạc Thành Luân" → 2); a run that
    starts with a family name and is person-shaped is a person ("quận Lê Văn Sơn" → 0).
    """
    if not run:
        return 0
    known = gazetteer().longest_prefix(run, unit)
    if known == 1 and unit is None and is_surname(run[0]) and 2 <= len(run) <= 5:
        return 0  # "Báo Nhân dân Phan Huy Hiển": a one-syllable place with no level word is a family name
    if known:
        return known
    if is_surname(run[0]) and 2 <= len(run) <= 5:
        return 0
    if _opens_a_sentence(run[0]):
        return 0  # "… Phó Chủ tịch UBND TP. Trong thời gian tới": the next sentence, not the city's name
    for i, word in enumerate(run[1:], start=1):
        if is_surname(word) and len(run) - i >= 2:
            return i
    return min(len(run), 4)


def _opens_a_sentence(word: str) -> bool:
    """A capitalised word no unknown place's name begins with: a function word or a verb ("Theo", "Về")."""
    return bool(lexicon.unit_name_stops().fullmatch(word)) and not is_honorific_word(word)  # not "Bà Rịa"


@cache
def _honorific_forms() -> str:
    return "|".join(form_pattern(h) for h in lexicon.honorifics())


@cache
def honorific_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?i:{_honorific_forms()})\s*$")


@cache
def someone_named() -> re.Pattern[str]:
    """An honorific before a capitalised word: a person named in passing ("…, ông Khương nói")."""
    return re.compile(rf"(?<![^\W\d_])(?i:{_honorific_forms()})\s+{UPPER}")


@cache
def _honorific_start() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?i:{_honorific_forms()})(?:\s+|(?={UPPER})))+")


@cache
def _honorific_words() -> frozenset[str]:
    return frozenset(h.casefold() for h in lexicon.honorifics() if " " not in h)


def is_honorific_word(word: str) -> bool:
    return word.casefold() in _honorific_words()


def has_honorific_before(text: str, start: int) -> bool:
    return bool(honorific_pattern().search(text[max(0, start - 20) : start]))


def strip_honorifics(name: str) -> str:
    """ "Đồng chíPhạm Thị Thương" → "Phạm Thị Thương"; "Đông chí" is a typo of "Đồng chí"."""
    return " ".join(_honorific_start().sub("", name.strip()).split())
