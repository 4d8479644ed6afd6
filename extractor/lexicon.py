"""Domain knowledge loaded from the data files in `extractor/data/`.

The rules never spell out a title, an agency or a keyword themselves: they
ask this module. Adding an abbreviation or a topic keyword is a one-line
change to a TSV file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extractor.normalize import normalize_text


def _rows(name: str) -> list[list[str]]:
    """Non-comment lines of a data file, split on tabs, normalised like article text."""
    raw = (resources.files("extractor") / "data" / name).read_text(encoding="utf-8")
    return [
        [normalize_text(cell) for cell in line.split("\t")]
        for line in raw.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _form_parts(form: str) -> list[str]:
    """The regex pieces of a printed form, one a word or a separator."""
    parts = []
    for token in re.split(r"(\s*[-–—]\s*|\s*&\s*|\s+)", form.strip()):  # a dash or & takes its spaces
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
        elif token.strip() in "-–—":
            parts.append(r"\s*[-–—]\s*")
        elif token.strip() == "&":
            parts.append(r"\s*&\s*")
        elif token == "và":  # "Tài nguyên và Môi trường" is also printed "Tài nguyên & Môi trường"
            parts.append(r"(?:và|&)")
        else:
            parts.append(re.escape(token))
    return parts


def form_pattern(form: str) -> str:
    """A regex for a printed form: flexible spaces, any dash, optional spaces around & and -, "và" or "&".

    A form written as `re:…` is a regular expression already.
    """
    return form[3:] if form.startswith("re:") else "".join(_form_parts(form))


def form_key(printed: str) -> str:
    """The key a printed form is looked up by: its case, dashes, "&" for "và" and spacing do not count."""
    key = re.sub(r"\s*[-–—]\s*", " - ", printed.casefold())
    key = re.sub(r"\s*&\s*", " và ", key)
    return " ".join(key.split())


def alternation(forms: list[str]) -> str:
    """One regex of printed forms, the longer form winning where one extends another.

    The forms share their first words ("Ủy ban nhân dân", "Ủy ban Mặt trận …"), so they are factored
    into a tree of words: the engine tries a few branches at each position instead of every form.
    """
    tree: dict[str, dict] = {}
    for form in sorted(set(forms), key=len, reverse=True):
        node = tree
        for part in _form_parts(form):
            node = node.setdefault(part, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    """A subtree as a regex, its longer continuations tried before the form ending here ("CT." before
    "CT", as where one word is the start of another the longer must be tried first)."""
    parts = sorted((part for part in node if part), key=len, reverse=True)
    branches = [part + _branches(node[part]) for part in parts]
    if "" in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


@dataclass(frozen=True)
class Abbreviation:
    short: str
    expansion: str
    after: str | None


@dataclass(frozen=True)
class RoleEntry:
    forms: tuple[str, ...]
    role: str
    organization: str  # "required", "optional", "none" or "membership"
    implied: str | None  # the organisation meant when only a level word follows
    body: str | None = None  # the agency a complete post names by itself ("Thủ tướng": Chính phủ)


@dataclass(frozen=True)
class AgencyEntry:
    forms: tuple[str, ...]
    name: str
    kind: str
    level_mode: str  # "level", "own:<level>", "board", "board-required", "printed", "area" or "none"
    abbreviation: str | None
    office: bool = False  # also the office of a ministry or department printed after it ("Thanh tra Bộ Nội vụ")
    levels: frozenset[str] = frozenset()  # the only levels the body exists at, where it is not every level

    def exists_at(self, level: str | None) -> bool:
        """Whether the body exists at `level`: a district has its Huyện ủy, no "Đảng ủy huyện"."""
        return not self.levels or level in self.levels


def split_forms(cell: str) -> tuple[str, ...]:
    """A cell's surface forms, split on "|" outside brackets: a "re:" form may hold an alternation of
    its own ("re:(?:Ban Chấp hành|BCH) Đảng bộ tỉnh")."""
    forms, depth, start = [], 0, 0
    for i, char in enumerate(cell):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            forms.append(cell[start:i])
            start = i + 1
    return (*forms, cell[start:])


@cache
def abbreviations() -> tuple[Abbreviation, ...]:
    rows = [Abbreviation(r[0], r[1], r[2] if len(r) > 2 and r[2] else None) for r in _rows("abbreviations.tsv")]
    return tuple(sorted(rows, key=lambda a: len(a.short), reverse=True))


@cache
def roles() -> tuple[RoleEntry, ...]:
    return tuple(
        RoleEntry(split_forms(r[0]), r[1], r[2], *(cell or None for cell in [*r, "", ""][3:5]))
        for r in _rows("roles.tsv")
    )


@cache
def sectors() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((split_forms(r[0]), r[1]) for r in _rows("sectors.tsv"))


@cache
def agencies() -> tuple[AgencyEntry, ...]:
    """Agency heads, with `{sector}` rows expanded into one entry per field (Phòng Tư pháp, Sở Y tế…)."""
    entries = []
    for forms, name, kind, mode, *rest in _rows("agencies.tsv"):
        abbreviation = rest[0] if rest and rest[0] else None
        office = len(rest) > 1 and rest[1] == "office"
        levels = frozenset(rest[2].split("|")) if len(rest) > 2 and rest[2] else frozenset()
        if "{sector}" in name:
            for sector_forms, sector in sectors():
                expanded = tuple(f.replace("{sector}", s) for f in split_forms(forms) for s in sector_forms)
                entries.append(AgencyEntry(expanded, name.replace("{sector}", sector), kind, mode, None))
        else:
            entries.append(AgencyEntry(split_forms(forms), name, kind, mode, abbreviation, office, levels))
    return tuple(entries)


@dataclass(frozen=True)
class UnitHead:
    head: str
    kind: str
    level_mode: str
    parent_required: bool
    name_case: str  # any (capitalised outside a post), capitalised, lower (a task's name, up to its level), or proper


@cache
def named_units() -> tuple[UnitHead, ...]:
    """Heads of units whose names are open ("Chi cục …", "Trung tâm …"), longest first."""
    heads = [UnitHead(r[0], r[1], r[2], r[3] == "required", r[4]) for r in _rows("named_units.tsv")]
    return tuple(sorted(heads, key=lambda h: len(h.head), reverse=True))


@cache
def unit_lookalikes() -> re.Pattern[str]:
    """Words that begin like a unit's head but name none ("Hội nghị", "Đài tưởng niệm"), anchored."""
    words = sorted((r[0] for r in _rows("unit_lookalikes.txt")), key=len, reverse=True)
    return re.compile(rf"(?:{alternation(words)})(?![^\W_])", re.IGNORECASE)


@cache
def venue_heads() -> tuple[str, ...]:
    """Heads of bodies a story names mostly as a place ("tại Bệnh viện …"), not as an actor."""
    return tuple(r[0] for r in _rows("venue_heads.txt"))


@cache
def unit_name_stops() -> re.Pattern[str]:
    """The words that end a unit's open name, as one pattern anchored where it is tried."""
    stops = sorted((r[0] for r in _rows("unit_name_stops.txt")), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(form_pattern(s) for s in stops)})(?![^\W_])", re.IGNORECASE)


@cache
def unit_name_pairs() -> frozenset[tuple[str, str, str]]:
    """The words a unit's open name joins across a comma or a dash, as (left, joiner, right) in lower
    case, the joiner stripped and any dash written "-"."""
    pairs = (re.fullmatch(r"(\S+?)\s*([,–—-])\s*(\S+)", r[0]) for r in _rows("unit_name_pairs.txt"))
    return frozenset((m[1].lower(), _DASHES.sub("-", m[2]), m[3].lower()) for m in pairs if m)


_DASHES = re.compile("[–—]")


@cache
def topic_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((label, re.compile(rx, re.IGNORECASE)) for label, rx in _rows("topics.tsv"))


@cache
def boilerplate() -> dict[str, tuple[re.Pattern[str], ...]]:
    kinds: dict[str, list[re.Pattern[str]]] = {"line": [], "end": [], "fragment": []}
    for kind, rx in _rows("boilerplate.tsv"):
        flags = re.IGNORECASE
        kinds[kind].append(re.compile(rx if kind == "fragment" else rf"(?:{rx})", flags))
    return {k: tuple(v) for k, v in kinds.items()}


@cache
def cues(group: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((value, re.compile(rx, re.IGNORECASE)) for g, value, rx in _rows("cues.tsv") if g == group)


@cache
def honorifics() -> tuple[str, ...]:
    return tuple(sorted((r[0] for r in _rows("honorifics.txt")), key=len, reverse=True))


@cache
def surnames() -> frozenset[str]:
    return frozenset(r[0] for r in _rows("surnames.txt") if " " not in r[0])


@cache
def place_abbreviations() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("place_abbreviations.tsv")}


@cache
def press_names() -> re.Pattern[str]:
    """One pattern of every newspaper name that holds a place."""
    return re.compile("|".join(re.escape(r[0]) for r in sorted(_rows("press_names.txt"), key=lambda r: -len(r[0]))))


@cache
def news_outlets() -> frozenset[str]:
    """The outlets a credit line may name alone, case-folded."""
    return frozenset(r[0].casefold() for r in _rows("news_outlets.txt"))


@cache
def regions() -> re.Pattern[str]:
    """One pattern of every region of several provinces ("ĐBSCL", "miền Trung"), as a whole word."""
    names = sorted((r[0] for r in _rows("regions.txt")), key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, names))})(?![^\W_])")


@cache
def countries() -> re.Pattern[str]:
    """One pattern of every country's name as printed, anchored where it is tried, longest first."""
    names = sorted((r[0] for r in _rows("countries.txt")), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, names))})(?![^\W_])")


@cache
def country_names() -> dict[str, str]:
    """A country's name written out, by the name as printed ("CHND Trung Hoa")."""
    return {r[0]: r[1] if len(r) > 1 and r[1] else r[0] for r in _rows("countries.txt")}


@cache
def private_bodies() -> re.Pattern[str]:
    """The words that open a private or business body's name, as one pattern anchored where it is tried."""
    forms = sorted((r[0] for r in _rows("private_bodies.txt")), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, forms))})(?![^\W_])", re.IGNORECASE)


@cache
def province_history() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in _rows("provinces_history.tsv")}
