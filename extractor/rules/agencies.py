"""Agency mentions: a head from the lexicon, its level, and the place's proper name (dropped)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from extractor import lexicon
from extractor.gazetteer import gazetteer
from extractor.lexicon import AgencyEntry, alternation
from extractor.rules.names import LEVEL_END, LEVEL_PATTERN, canonical_level, name_start, place_length, titled_run

COMMITTEE_OF_LEVEL = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
    "xã": "Đảng ủy xã",
    "phường": "Đảng ủy phường",
    "thị trấn": "Đảng ủy thị trấn",
}
PLURAL_LEVEL = r"(?:thành phố|thị xã|thị trấn|huyện|quận|tỉnh|xã|phường)"
_ALL_LEVELS = re.compile(rf"\s+(?:các cấp|cùng cấp|các (?:{PLURAL_LEVEL}|địa phương))\b")
_PLURAL_LEVELS = re.compile(
    rf"\s+các\s+(?P<levels>{PLURAL_LEVEL}(?:\s*(?:,|và|hoặc)\s*{PLURAL_LEVEL}(?![^\W_]))*)(?![^\W_])"
)
_CONNECTOR = re.compile(r"^(?:\s*(?:[,;/&–—-]|và|với|cùng|,?\s*các)\s*)+$")


@dataclass(frozen=True)
class AgencyMention:
    start: int
    end: int
    entry: AgencyEntry
    level: str | None
    explicit_level: bool
    committee: str | None = None  # for a party board: the committee it belongs to
    place: str | None = None  # the proper name printed after the level word, if any
    plural: bool = False  # one of the bodies of "HĐND các huyện, thành phố"

    @property
    def name(self) -> str:
        """The canonical name: expanded, the place's proper name dropped, the level word kept."""
        mode, head = self.entry.level_mode, self.entry.name
        if mode.startswith("board"):
            return f"{head} {self.committee}" if self.committee else head
        if mode in ("level", "printed", "area") and self.level:
            return f"{head} {self.level}"
        return head

    @property
    def kind(self) -> str:
        return "mass_organization" if self.entry.kind == "collective" else self.entry.kind


@cache
def _forms() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], AgencyEntry]]]:
    """One alternation of every printed head, plus the heads written as regular expressions."""
    plain = [f for e in lexicon.agencies() for f in e.forms if not f.startswith("re:")]
    raw = [(re.compile(f[3:]), e) for e in lexicon.agencies() for f in e.forms if f.startswith("re:")]
    return re.compile(rf"(?<![^\W_])(?:{alternation(plain)})(?![^\W_])", re.IGNORECASE), raw


@cache
def _entry_named(name: str) -> AgencyEntry | None:
    return next((e for e in lexicon.agencies() if e.name == name), None)


def _key(printed: str) -> str:
    key = re.sub(r"\s*[-–—]\s*", " - ", printed.casefold())
    key = re.sub(r"\s*&\s*", " và ", key)  # "&" and "và" print the same name
    return " ".join(key.split())


@cache
def _keyed() -> dict[str, AgencyEntry]:
    table: dict[str, AgencyEntry] = {}
    for entry in lexicon.agencies():
        for form in entry.forms:
            if not form.startswith("re:"):
                table.setdefault(_key(form), entry)
    return table


_LEVEL_AFTER = re.compile(rf"\s+(?P<level>{LEVEL_PATTERN}){LEVEL_END}", re.IGNORECASE)
# the residential areas below a commune, where a Front work board sits: "Ban Công tác Mặt trận thôn Đông"
_AREA_AFTER = re.compile(
    r"\s+(?P<level>khu phố|tổ dân phố|khu dân cư|thôn|ấp|bản|khóm|buôn|làng)(?![^\W_])", re.IGNORECASE
)
_COMMITTEE_AFTER = re.compile(
    rf"\s+(?P<committee>Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|HU|TU|Trung ương(?: Đảng)?|"
    rf"(?P<parent>Đảng ủy|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân)(?:\s+(?P<clevel>{LEVEL_PATTERN}))?)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
_COMMITTEE_CANON = {
    "hu": "Huyện ủy",
    "tu": "Tỉnh ủy",
    "hđnd": "Hội đồng nhân dân",
    "ubnd": "Ủy ban nhân dân",
    "trung ương": "Trung ương",
    "trung ương đảng": "Trung ương Đảng",
}


def _extend(text: str, entry: AgencyEntry, start: int, end: int, lowercase_ok: bool) -> AgencyMention | None:
    """Read the level word, committee and proper name that follow a head."""
    # "quận ủy quận 2": a committee printed in lower case is still one when its place follows
    placed_committee = entry.level_mode.startswith("own:") and _LEVEL_AFTER.match(text, end)
    # "phòng Nội vụ huyện", "sở GD&ĐT": a department in lower case, its field capitalised
    named_department = entry.kind == "department" and _CAPITALISED_FIELD.match(text, start)
    if not (
        lowercase_ok or entry.kind == "collective" or text[start].isupper() or placed_committee or named_department
    ):
        return None
    if _ALL_LEVELS.match(text, end):
        return None
    if aside := _ABBREVIATION_ASIDE.match(text, end):  # "Mặt trận Tổ quốc (MTTQ) Việt Nam"
        end = aside.end()
    mode = entry.level_mode
    level, explicit, committee, place = None, False, None, None
    if mode.startswith("own:"):
        level, explicit = mode[4:], True
    elif mode.startswith("board"):
        m = _COMMITTEE_AFTER.match(text, end)
        shared = m is None and (m := _shared_committee(text, end)) is not None
        if m is None and mode == "board-required":
            return None
        if m:
            printed = " ".join(m["committee"].split())
            if m["parent"]:
                parent = _COMMITTEE_CANON.get(m["parent"].lower(), m["parent"])
                level = canonical_level(m["clevel"]) if m["clevel"] else None
                committee = f"{parent} {level}" if level else parent
            else:
                committee = _COMMITTEE_CANON.get(printed.lower(), printed[0].upper() + printed[1:].lower())
                level = next((lv for lv, c in COMMITTEE_OF_LEVEL.items() if c == committee), None)
            explicit, end = True, (end if shared else m.end())
            if not shared and (m["clevel"] or m["committee"].endswith("ủy")):  # "… UBND tỉnh Thái Bình"
                end = _past_place_name(text, end, level)
    if mode in ("level", "printed", "none", "area") or mode.startswith("own:"):
        after = _AREA_AFTER if mode == "area" else _LEVEL_AFTER
        m = after.match(text, end)
        if m and mode.startswith("own:"):  # "Thành ủy TP.HCM": the level word only leads to the name
            end = m.end()
        elif m:
            level, explicit, end = canonical_level(m["level"]), True, m.end()
        begin = name_start(text, end)
        run = titled_run(text, begin) if begin is not None else []
        take = place_length([w.text for w in run], level if explicit else None) if run else 0
        if take and (explicit or mode != "level" or take == len(run)):
            place, end = text[run[0].start : run[take - 1].end], run[take - 1].end
            if mode == "level" and not explicit and place in gazetteer().province_names:
                level, explicit = gazetteer().province_unit(place), True  # "Bệnh viện Đa khoa Hòa Bình"
        if mode == "none":
            level, explicit = None, False
    return AgencyMention(start, end, entry, level, explicit, committee, place)


_ABBREVIATION_ASIDE = re.compile(r"\s*\([A-ZĐ][A-ZĐ&.-]{1,9}\)(?:\s+Việt Nam(?![^\W_]))?")
_DELEGATION = re.compile(
    rf"\b[Đđ]oàn (?:công tác|kiểm tra|giám sát|thanh tra|liên ngành)(?: liên ngành)? "
    rf"của (?P<level>{PLURAL_LEVEL}) (?=[A-ZĐ])"
)
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
_DISTRICT_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
_CAPITALISED_FIELD = re.compile(r"\S+\s+[A-ZĐ]")


def _past_place_name(text: str, end: int, level: str | None) -> int:
    """Where the place's proper name printed at `end` ends ("Thái Bình" of "UBND tỉnh Thái Bình Lại
    Văn Hoàn"), or `end` when none is printed."""
    begin = name_start(text, end)
    run = titled_run(text, begin) if begin is not None else []
    take = place_length([w.text for w in run], level) if run else 0
    return run[take - 1].end if take else end


_JOINER = re.compile(r"\s*(?:,|và)\s*")


def _shared_committee(text: str, end: int, boards: int = 3) -> re.Match[str] | None:
    """ "Ban Kinh tế - Xã hội, Ban Pháp chế HĐND xã": the committee printed after the last board
    of a list serves every board of it."""
    joiner = _JOINER.match(text, end)
    head = _forms()[0].match(text, joiner.end()) if joiner else None
    entry = _keyed().get(_key(head.group())) if head else None
    if entry is None or not entry.level_mode.startswith("board"):
        return None
    after = _COMMITTEE_AFTER.match(text, head.end())
    return after or (_shared_committee(text, head.end(), boards - 1) if boards > 1 else None)


def implied_agency(text: str, pos: int, implied: str) -> AgencyMention | None:
    """The body a post means when only a level word follows it: "Phó Chủ tịch huyện", "Bí thư thị trấn"."""
    m = _LEVEL_AFTER.match(text, pos - 1) if pos > 0 else None
    if m is None:
        return None
    level = canonical_level(m["level"])
    head = COMMITTEE_OF_LEVEL[level] if implied == "committee" else implied
    head = "Đảng ủy" if head.startswith("Đảng ủy") else head
    entry = _entry_named(head)
    if entry is None:
        return None
    mention = _extend(text, entry, m.start("level"), m.start(), lowercase_ok=True)
    return replace(mention, end=max(mention.end, m.end())) if mention else None


def met_at_levels(host: AgencyMention, start: int, end: int, levels: list[str]) -> list[AgencyMention]:
    """The bodies a host meets at lower levels ("Ủy ban Trung ương MTTQVN … giao ban … của 6 tỉnh"):
    its own kind of body at each level, printed at `start:end`. A central body's local kind is its
    name without "Trung ương"."""
    entry = host.entry
    if entry.level_mode != "level":
        entry = _keyed().get(_key(entry.name.replace("Trung ương ", "")), entry)
    if entry.level_mode != "level":
        return []
    return [AgencyMention(start, end, entry, level, True, plural=True) for level in dict.fromkeys(levels)]


def match_agency_at(text: str, pos: int, lowercase_ok: bool = True) -> AgencyMention | None:
    """The agency whose head starts exactly at `pos`, e.g. the organisation of a post."""
    pattern, raw = _forms()
    m = pattern.match(text, pos)
    if m:
        entry = _keyed().get(_key(m.group()))
        if entry:
            return _extend(text, entry, m.start(), m.end(), lowercase_ok)
    for rx, entry in raw:
        r = rx.match(text, pos)
        if r:
            return _extend(text, entry, r.start(), r.end(), lowercase_ok)
    return None


def find_agencies(text: str) -> list[AgencyMention]:
    """Every agency mention in `text`, left to right, longest first where they overlap."""
    pattern, raw = _forms()
    found: list[AgencyMention] = []
    candidates = [(m.start(), m.end(), _keyed().get(_key(m.group()))) for m in pattern.finditer(text)]
    for rx, entry in raw:
        candidates += [(m.start(), m.end(), entry) for m in rx.finditer(text)]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    last_end = -1
    for start, end, entry in candidates:
        if entry is None or start < last_end:
            continue
        if plural := _plural(text, entry, start, end):
            found += plural
            last_end = plural[0].end
        elif mention := _extend(text, entry, start, end, lowercase_ok=False):
            found.append(mention)
            last_end = mention.end
    return found


def find_delegations(text: str) -> list[AgencyMention]:
    """ "đoàn kiểm tra của huyện Mê Linh": a delegation sent by a unit is its people's committee's."""
    entry = _entry_named("Ủy ban nhân dân")
    found: list[AgencyMention] = []
    if entry is None:
        return found
    for m in _DELEGATION.finditer(text):
        mention = _extend(text, entry, m.start("level"), m.start("level") - 1, lowercase_ok=True)
        if mention and mention.place:
            found.append(mention)
    return found


def _plural(text: str, entry: AgencyEntry, start: int, end: int) -> list[AgencyMention]:
    """ "HĐND các huyện, thành phố" names the council of each level it lists: one mention per level."""
    m = _PLURAL_LEVELS.match(text, end) if entry.level_mode == "level" and text[start].isupper() else None
    if m is None:
        return []
    levels = dict.fromkeys(re.findall(PLURAL_LEVEL, m["levels"]))
    return [AgencyMention(start, m.end(), entry, level, True, plural=True) for level in levels]


def resolve_levels(
    text: str, mentions: list[AgencyMention], default_level: str | None, *, district: str | None = None
) -> list[AgencyMention]:
    """Give level-less heads a level: the one shared by a coordinated list, else the article's
    (a residential area's board: the area it is printed with elsewhere in the article).

    "UBND, Ủy ban MTTQ và các đoàn thể CT - XH huyện": the last level word serves all three. A
    department (Phòng) in a commune's story is of the district (`district`: the kind the commune lies in).
    """
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        current, following = out[i], out[i + 1]
        if current.level or current.entry.level_mode != "level" or not following.level:
            continue
        if _CONNECTOR.match(text[current.end : following.start]):
            out[i] = replace(current, level=following.level)
    areas = {m.entry.name: m.level for m in out if m.entry.level_mode == "area" and m.level}
    districts = Counter(m.level for m in out if m.explicit_level and m.level in _DISTRICT_LEVELS)
    district = districts.most_common(1)[0][0] if districts else (district or "huyện")

    def level_of(m: AgencyMention) -> str | None:
        if m.entry.level_mode == "area":
            return areas.get(m.entry.name)
        if m.entry.kind == "department" and default_level in _COMMUNE_LEVELS:
            return district  # a commune has no Phòng: "phòng GD&ĐT" in a ward's story is the district's
        return default_level

    return [
        replace(m, level=level_of(m)) if not m.level and m.entry.level_mode in ("level", "area") else m for m in out
    ]


def printed_levels(mentions: list[AgencyMention]) -> Counter[str]:
    """How often each level word is printed after a body's name ("UBND huyện", "HĐND xã")."""
    return Counter(
        m.level for m in mentions if m.level and m.explicit_level and not m.plural and m.entry.level_mode == "level"
    )


def dominant_level(mentions: list[AgencyMention]) -> str | None:
    levels = printed_levels(mentions)
    return levels.most_common(1)[0][0] if levels else None
