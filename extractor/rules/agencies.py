"""Agency mentions: a head from the lexicon, its level, and the place's proper name (dropped)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from extractor import lexicon
from extractor.gazetteer import gazetteer
from extractor.lexicon import AgencyEntry, UnitHead, alternation, form_key
from extractor.rules.names import (
    LEVEL_END,
    LEVEL_PATTERN,
    UPPER,
    Word,
    canonical_level,
    ends_in_province,
    is_surname,
    name_start,
    place_length,
    titled_run,
    words,
)

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
_LEVEL_LIST = re.compile(rf"\s+{PLURAL_LEVEL}\s*(?:,|và|hoặc)\s*{PLURAL_LEVEL}(?![^\W_])")
_ALL_LEVELS = re.compile(rf"\s+(?:các cấp|cùng cấp|các (?:{PLURAL_LEVEL}|địa phương))\b")
_PLURAL_LEVELS = re.compile(
    rf"\s+(?:các|cấp)\s+(?P<levels>{PLURAL_LEVEL}(?:\s*(?:,|và|hoặc)\s*{PLURAL_LEVEL}(?![^\W_]))*)(?![^\W_])"
    # "UBND xã nơi cư trú": the body of wherever one lives, no body of the story
    rf"|\s+(?P<where>{PLURAL_LEVEL})(?=\s+nơi\b)"
    # "UBND quận, huyện, thị xã": three levels listed without "các", the last one naming no place
    rf"|\s+(?P<listed>{PLURAL_LEVEL}(?:\s*(?:,|và|hoặc)\s*{PLURAL_LEVEL}(?![^\W_])){{2,}})(?![^\W_])(?!\s*[A-ZĐ\d])"
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
    parent: AgencyMention | None = None  # the body a unit belongs to: "Phòng Quản lý thương mại - Sở Công Thương"

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
        if self.entry.kind == "collective":
            return "mass_organization"
        # a party board's head read with a people's committee is the committee's office: "Văn phòng UBND huyện"
        if self.entry.kind == "party_board" and (self.committee or "").startswith("Ủy ban nhân dân"):
            return "department"
        return self.entry.kind


@cache
def _forms() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], AgencyEntry]]]:
    """One alternation of every printed head, plus the heads written as regular expressions."""
    plain = [f for e in lexicon.agencies() for f in e.forms if not f.startswith("re:")]
    raw = [(re.compile(f[3:]), e) for e in lexicon.agencies() for f in e.forms if f.startswith("re:")]
    return re.compile(rf"(?<![^\W_])(?:{alternation(plain)})(?![^\W_])", re.IGNORECASE), raw


@cache
def _entry_named(name: str) -> AgencyEntry | None:
    return next((e for e in lexicon.agencies() if e.name == name), None)


@cache
def _keyed() -> dict[str, AgencyEntry]:
    table: dict[str, AgencyEntry] = {}
    for entry in lexicon.agencies():
        for form in entry.forms:
            if not form.startswith("re:"):
                table.setdefault(form_key(form), entry)
    return table


_LEVEL_AFTER = re.compile(rf"\s+(?P<level>{LEVEL_PATTERN}){LEVEL_END}", re.IGNORECASE)
# the residential areas below a commune, where a Front work board sits: "Ban Công tác Mặt trận thôn Đông"
_AREA_AFTER = re.compile(
    r"\s+(?P<level>khu phố|tổ dân phố|khu dân cư|thôn|ấp|bản|khóm|buôn|làng)(?![^\W_])", re.IGNORECASE
)
_COMMITTEE_AFTER = re.compile(
    rf"\s+(?P<committee>Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|HU|TU|(?:Trung ương|T\.Ư|TƯ|TW)(?: Đảng)?|"
    rf"(?P<parent>Đảng ủy|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân)(?:\s+(?P<clevel>{LEVEL_PATTERN}))?)"
    rf"{LEVEL_END}",  # "Văn phòng UBND TP.HCM": the level word may end at its dot, the city glued to it
    re.IGNORECASE,
)
_COMMITTEE_CANON = {
    "hu": "Huyện ủy",
    "tu": "Tỉnh ủy",
    "hđnd": "Hội đồng nhân dân",
    "ubnd": "Ủy ban nhân dân",
    **{central: "Trung ương" for central in ("trung ương", "t.ư", "tư", "tw")},
    **{f"{central} đảng": "Trung ương Đảng" for central in ("trung ương", "t.ư", "tư", "tw")},
}


def _read_in_lower_case(text: str, entry: AgencyEntry, start: int, end: int) -> bool:
    """Whether a head printed in lower case still names a body by what surrounds it."""
    # "quận ủy quận 2": a committee printed in lower case is still one when its place follows
    if entry.level_mode.startswith("own:"):
        return bool(_LEVEL_AFTER.match(text, end))
    # "phòng Nội vụ huyện", "sở GD&ĐT": a department in lower case, its field capitalised
    if entry.kind == "department" and _CAPITALISED_FIELD.match(text, start):
        return True
    # "lực lượng công an huyện": a body of every level in lower case is still one with its level word
    # (not "công an xã, thị trấn", the bodies of a class of units, nor "tại bệnh viện đa khoa tỉnh", a place)
    return (
        entry.level_mode == "level"
        and bool(_LEVEL_AFTER.match(text, end))
        and not _LEVEL_LIST.match(text, end)
        and not VENUE_BEFORE.search(text, max(0, start - 6), start)
    )


def _extend(text: str, entry: AgencyEntry, start: int, end: int, lowercase_ok: bool) -> AgencyMention | None:
    """Read the level word, committee and proper name that follow a head."""
    if _ALL_LEVELS.match(text, end):
        return None
    # "cơ quan CSĐT Công an tỉnh": an office in lower case is still one when its body follows
    if entry.office and (office := _office_of(text, entry, start, end)):
        return office
    if not (
        lowercase_ok
        or entry.kind == "collective"
        or text[start].isupper()
        or _read_in_lower_case(text, entry, start, end)
    ):
        return None
    if aside := _ABBREVIATION_ASIDE.match(text, end):  # "Mặt trận Tổ quốc (MTTQ) Việt Nam"
        # "Bảo hiểm xã hội (BHXH) Việt Nam" is the national body, not the one of a level
        whole = _keyed().get(form_key(f"{text[start:end]} Việt Nam")) if aside["country"] else None
        entry, end = whole or entry, aside.end()
    mode = entry.level_mode
    level, explicit, committee, place = None, False, None, None
    if mode.startswith("own:"):
        level, explicit = mode[4:], True
    elif mode.startswith("board"):
        m = _COMMITTEE_AFTER.match(text, _past_spokesperson(text, end) if entry.office else end)
        shared = m is None and (m := _shared_committee(text, end)) is not None
        if m is None and mode == "board-required":
            return None
        if m is None and (at_level := _LEVEL_AFTER.match(text, end)):  # "Ban Tuyên giáo huyện Mỹ Đức"
            level = committee = canonical_level(at_level["level"])
            explicit, end = True, _past_place_name(text, at_level.end(), level)
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
        names = [w.text for w in run]
        # "Đảng ủy Bệnh viện Đa khoa huyện", "Đảng bộ Đại sứ quán": the party unit of an institution, not
        # a level's committee
        if entry.kind == "party_committee" and not explicit and run and not gazetteer().longest_prefix(names, None):
            return None
        take = place_length(names, level if explicit else None) if run else 0
        # "UBND Hà Nội Nguyễn Đức Chung": a bare province's name, then a person's
        person_after = (
            take < len(run) and " ".join(names[:take]) in gazetteer().province_names and is_surname(names[take])
        )
        if take and (explicit or mode != "level" or take == len(run) or person_after):
            place, end = text[run[0].start : run[take - 1].end], run[take - 1].end
            if mode == "level" and not explicit and place in gazetteer().province_names:
                level, explicit = gazetteer().province_unit(place), True  # "Bệnh viện Đa khoa Hòa Bình"
        if mode == "none":
            level, explicit = None, False
    return AgencyMention(start, end, entry, level, explicit, committee, place)


_COMMITTEE_KINDS = ("people_committee", "people_council", "party_committee")


def _office_of(text: str, entry: AgencyEntry, start: int, end: int) -> AgencyMention | None:
    """ "Thanh tra Bộ Nội vụ", "Văn phòng Sở Y tế", "Cơ quan CSĐT - Công an huyện Sóc Sơn": the office of
    the ministry, department or force printed right after the head, also after a dash or in brackets (a
    committee's own office is read as its board: "Văn phòng UBND tỉnh")."""
    end = _past_spokesperson(text, end)
    opener = _OFFICE_BODY_OPEN.match(text, end)
    at = opener.end() if opener else end
    body = match_agency_at(text, at, lowercase_ok=False) if opener else None
    if body is None or body.entry.kind in _COMMITTEE_KINDS or not text[at].isupper():
        return None
    bracketed = "(" in opener.group()
    close = _CLOSE.match(text, body.end) if bracketed else None
    if bracketed and close is None:
        return None
    if body.entry.level_mode in ("level", "printed"):  # its level is the body's, also where read from context
        office = AgencyEntry((), f"{entry.name} {body.entry.name}", entry.kind, body.entry.level_mode, None)
    else:
        office = AgencyEntry((), f"{entry.name} {body.name}", entry.kind, "none", None)
    mention_end = close.end() if close else body.end
    return AgencyMention(start, mention_end, office, body.level, body.explicit_level, parent=body)


_OFFICE_BODY_OPEN = re.compile(r" (?![-–—(])|\s+[-–—]\s+|\s*\(\s*")
# "Chánh Văn phòng, người phát ngôn của UBND tỉnh", "Chánh Văn phòng kiêm Người phát ngôn Bộ Công an"
_SPOKESPERSON = re.compile(r"\s*(?:,|\s+kiêm)\s+[Nn]gười phát ngôn(?:\s+của)?(?=\s)")


def _past_spokesperson(text: str, end: int) -> int:
    """Where the body of an office printed after its spokesperson's post begins (less its space)."""
    spokesperson = _SPOKESPERSON.match(text, end)
    return spokesperson.end() if spokesperson else end


_ABBREVIATION_ASIDE = re.compile(r"\s*\([A-ZĐ][A-ZĐ0-9&.-]{1,9}\)(?P<country>\s+(?:Việt Nam|VN)(?![^\W_]))?")
_DELEGATION = re.compile(
    rf"\b[Đđ]oàn (?:công tác|kiểm tra|giám sát|thanh tra|liên ngành)(?: liên ngành)? "
    rf"của (?P<level>{PLURAL_LEVEL}) (?=[A-ZĐ])"
    rf"|\b(?:làm việc|họp|hội đàm) với (?:(?:lãnh đạo|đại diện(?: lãnh đạo)?) )?(?P<host>{PLURAL_LEVEL}) (?=[A-ZĐ])"
    rf"|\b(?:đến|về|thăm,?(?: và)?) làm việc tại (?P<visited>{PLURAL_LEVEL}) (?=[A-ZĐ])"
    rf"|\b(?:làm việc|họp|hội đàm) với (?:lãnh đạo|đại diện(?: lãnh đạo)?) (?:các|\d+) (?P<hosts>{PLURAL_LEVEL})\b"
)
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
_PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})
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
    entry = _keyed().get(form_key(head.group())) if head else None
    if entry is None or not entry.level_mode.startswith("board"):
        return None
    after = _COMMITTEE_AFTER.match(text, head.end())
    return after or (_shared_committee(text, head.end(), boards - 1) if boards > 1 else None)


def implied_agency(text: str, pos: int, implied: str) -> AgencyMention | None:
    """The body a post means when only a level word follows it ("Phó Chủ tịch huyện", "Bí thư thị
    trấn"), or, for a head of a field ("field:Bộ"), only the field's name ("Bộ trưởng Tài nguyên và
    Môi trường" of the Bộ Tài nguyên và Môi trường)."""
    if implied.startswith("field:"):
        return _body_of_field(text, pos, implied.removeprefix("field:"))
    m = _LEVEL_AFTER.match(text, pos - 1) if pos > 0 else None
    province = None if m else _bare_province_at(text, pos)
    if m is None and province is None:
        return None
    level = canonical_level(m["level"]) if m else gazetteer().province_unit(province[0])
    head = COMMITTEE_OF_LEVEL[level] if implied == "committee" else implied
    head = "Đảng ủy" if head.startswith("Đảng ủy") else head
    entry = _entry_named(head)
    if entry is None:
        return None
    if province:  # "Chủ tịch Hà Nội Nguyễn Đức Chung", "Bí thư Yên Bái": the province's own body
        return AgencyMention(pos, province[1], entry, level, True, place=province[0])
    mention = _extend(text, entry, m.start("level"), m.start(), lowercase_ok=True)
    return replace(mention, end=max(mention.end, m.end())) if mention else None


def _bare_province_at(text: str, pos: int) -> tuple[str, int] | None:
    """A province's name printed at `pos` with no level word, ending the clause or followed by a
    person's name ("Hà Nội" of "Chủ tịch Hà Nội Nguyễn Đức Chung"), and where it ends. "Chủ tịch Hồ
    Chí Minh" is the man: a bare name of three syllables that starts with a family name is a person's."""
    run = titled_run(text, pos)
    names = [w.text for w in run]
    for take in range(min(len(run), 3), 0, -1):
        if take == 3 and is_surname(names[0]):
            continue
        if " ".join(names[:take]) in gazetteer().province_names and (take == len(run) or is_surname(names[take])):
            return " ".join(names[:take]), run[take - 1].end
    return None


def _body_of_field(text: str, pos: int, head: str) -> AgencyMention | None:
    """The head's body of the field printed at `pos` ("Tài nguyên và Môi trường" after "Bộ trưởng")."""
    m = _field_pattern(head).match(text, pos)
    entry = _keyed().get(form_key(f"{head} {m.group()}")) if m else None
    return AgencyMention(pos, m.end(), entry, None, False) if m and entry else None


def is_field_body(mention: AgencyMention, head: str) -> bool:
    """Whether a mention is the body of a field under `head` ("Bộ Xây dựng" for "Bộ"), not another
    body the head's word begins ("Bộ Chính trị")."""
    return mention.entry.name in _sector_bodies(head)


@cache
def _sector_bodies(head: str) -> frozenset[str]:
    return frozenset(f"{head} {sector}" for _, sector in lexicon.sectors())


def met_at_levels(host: AgencyMention, start: int, end: int, levels: list[str]) -> list[AgencyMention]:
    """The bodies a host meets at lower levels ("Ủy ban Trung ương MTTQVN … giao ban … của 6 tỉnh"):
    its own kind of body at each level, printed at `start:end`. A central body's local kind is its
    name without "Trung ương"."""
    entry = host.entry
    if entry.level_mode != "level":
        entry = _keyed().get(form_key(entry.name.replace("Trung ương ", "")), entry)
    if entry.level_mode != "level":
        return []
    return [AgencyMention(start, end, entry, level, True, plural=True) for level in dict.fromkeys(levels)]


def match_agency_at(text: str, pos: int, lowercase_ok: bool = True) -> AgencyMention | None:
    """The agency whose head starts exactly at `pos`, e.g. the organisation of a post."""
    head = _fixed_head_at(text, pos)
    fixed = _extend(text, head[0], pos, head[1], lowercase_ok) if head else None
    unit = _named_unit_at(text, pos, lenient=lowercase_ok)
    if unit and (fixed is None or head is None or _unit_wins(unit[1], *head)):
        return unit[0]
    return fixed


def body_named_by_post(text: str, name: str, start: int, end: int) -> AgencyMention | None:
    """The agency a complete post printed at `start:end` names by itself ("Thủ tướng": Chính phủ);
    none for a foreign head's ("Thủ tướng Nhật Bản Shinzo Abe": a country, no family name, follows)."""
    after = titled_run(text, end + 1) if text[end : end + 1] == " " else []
    if after and not is_surname(after[0].text):
        return None
    return AgencyMention(start, end, _keyed()[form_key(name)], None, False)


def _fixed_head_at(text: str, pos: int) -> tuple[AgencyEntry, int] | None:
    """The lexicon's head printed at `pos` and where it ends."""
    pattern, raw = _forms()
    m = pattern.match(text, pos)
    if m and (entry := _keyed().get(form_key(m.group()))):
        return entry, m.end()
    return next(((entry, r.end()) for rx, entry in raw if (r := rx.match(text, pos))), None)


def _unit_wins(name_end: int, fixed: AgencyEntry | None, head_end: int) -> bool:
    """An open name read past a fixed head is the longer name ("Trung tâm Y tế dự phòng tỉnh"), unless
    the fixed one is a national body's whole name ("Đài Truyền hình Việt Nam giai đoạn 2017")."""
    return fixed is None or (name_end > head_end and fixed.level_mode != "none")


@cache
def _unit_heads() -> tuple[re.Pattern[str], dict[str, UnitHead]]:
    heads = lexicon.named_units()
    pattern = re.compile(rf"(?<![^\W_])(?:{alternation([h.head for h in heads])})(?= )", re.IGNORECASE)
    return pattern, {h.head.casefold(): h for h in heads}


_LEVEL_AT = re.compile(rf"{LEVEL_PATTERN}{LEVEL_END}", re.IGNORECASE)
_MAX_UNIT_NAME_WORDS = 10
_MAX_TASK_WORDS = 14
_TASK_JOINER = re.compile(r" |, | và |&|-")


def _expanded(word: str, before: str) -> str:
    """A word of a unit's name with its abbreviation written out ("ATTP", "MN" after "Giáo dục")."""
    for abbreviation in lexicon.abbreviations():
        if abbreviation.short == word and (
            abbreviation.after is None or re.search(rf"{abbreviation.after}\s*$", before)
        ):
            return abbreviation.expansion
    return word


def _ends_unit_name(text: str, run: list[Word], i: int) -> bool:
    """Whether the name stops before run[i]: a level word, a body's name, a place, a person, a verb."""
    word = run[i]
    if (not word.titled and lexicon.unit_name_stops().match(text, word.start)) or _LEVEL_AT.match(text, word.start):
        return True
    if _forms()[0].match(text, word.start) and text[word.start].isupper():
        return True  # the body the unit belongs to: "Phòng Giáo dục mầm non Sở GD&ĐT"
    if not word.titled:
        return word.text == "và" and (i + 1 == len(run) or not run[i + 1].titled)
    if i and run[i - 1].text == "và" and (head := _unit_heads()[0].match(text, word.start)):
        # "Cục Chống tham nhũng và Cục trưởng …", "… và Trung tâm Đăng kiểm": another unit or its head's post
        # (not "Chi cục Đê điều và Phòng chống lụt bão", one name)
        return bool(_ANOTHER_UNIT.match(text, head.end()))
    titled = titled_run(text, word.start)
    names = [w.text for w in titled]
    place = gazetteer().longest_prefix(names, None)
    if place >= 2 or (place == 1 and names[0] in gazetteer().province_names):
        return True
    # a person's name: "Vụ Giáo dục thể chất Ngũ Duy Anh", "Cục Thú y Phạm Văn Đông" (not "Văn Hà Nội")
    return 2 <= len(titled) <= 4 and is_surname(word.text) and not ends_in_province(names)


_ANOTHER_UNIT = re.compile(rf"(?:\s+{UPPER}|\s*(?:trưởng|phó)(?![^\W_]))")
_PAIR_JOINER = re.compile(r", | ?[-–—] ?")
_DASH = re.compile("[–—]")


def _joins_pair(text: str, left: str, gap: str, right: Word) -> bool:
    """Whether a name runs on across `gap`: "Phòng, chống", "Phòng không - Không quân", and across a dash
    to a capitalised field ("Phòng Khảo thí - Công nghệ thông tin", "Phòng Tổ chức - Hành chính"), not to
    the unit or institution it belongs to or a photo's credit; the word after the dash may still end the
    name as a body, place or person would ("Phòng CSGT - Công an tỉnh")."""
    if not _PAIR_JOINER.fullmatch(gap):
        return False
    dash = _DASH.sub("-", gap.strip())
    field = right.titled and not right.text.isdigit() and not right.text.isupper()  # not "- WMO", "- T.Ư"
    if (
        dash == "-"
        and field
        and not _NO_FIELD.match(text, right.start)
        and not _unit_heads()[0].match(text, right.start)
    ):
        return True
    return (left.lower(), dash, right.text.lower()) in lexicon.unit_name_pairs()


# "… - Trường Đại học Cần Thơ", "… - Ngân hàng TMCP Sài Gòn", "… - Ảnh: Nam Anh": what follows a unit's name
# (besides another unit's head, which `_unit_heads` knows)
_NO_FIELD = re.compile(
    r"(?:Trường|Đại học|Ngân hàng|Công ty|Tổng công ty|Tập đoàn|Bệnh viện|Ảnh|Video|Clip|Nguồn)(?![^\W_])"
)


def _task_name(text: str, at: int) -> tuple[int, str] | None:
    """ "Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Cà Mau", "Ban Chỉ huy PCTT&TKCN
    huyện": a steering committee named by its task, in any case and across commas and "và", up to the
    level word of the body it serves; none when no level word closes it."""
    run = words(text, at, min(len(text), at + 160))
    for i, word in enumerate(run[: _MAX_TASK_WORDS + 1]):
        gap = text[run[i - 1].end if i else at : word.start]
        if i >= 2 and gap == " " and _LEVEL_AT.match(text, word.start):
            if run[i - 1].text.isdigit() and i > 2 and text[run[i - 2].end : run[i - 1].start] == " ":
                return None  # "… sự cố môi trường biển 4 tỉnh": levels counted, no body's (not "Ban Chỉ đạo 389 tỉnh")
            return run[i - 1].end, _written_out(text, run[:i])
        if (gap if not i else not _TASK_JOINER.fullmatch(gap)) or _ends_task(text, word):
            return None
    return None


def _ends_task(text: str, word: Word) -> bool:
    """A word no task's name holds: a verb or function word after a body, or another body's name."""
    if not word.titled:
        return bool(lexicon.unit_name_stops().match(text, word.start))
    return bool(_forms()[0].match(text, word.start))


def _unit_name(text: str, at: int, *, capitalised: bool) -> tuple[int, str] | None:
    """The open name printed at `at` after a unit's head, as (end, name with abbreviations written out)."""
    run = words(text, at, min(len(text), at + 120))
    taken: list[Word] = []
    for i, word in enumerate(run):
        gap = text[taken[-1].end if taken else at : word.start]
        paired = taken and _joins_pair(text, taken[-1].text, gap, word)
        if (gap != ("" if not taken else " ") and not paired) or _ends_unit_name(text, run, i):
            break
        if [w.text for w in taken[-2:]] == ["Việt", "Nam"]:
            break  # "Hội Nghề cá Việt Nam cảm thấy …": the country's name closes a unit's
        if len(taken) == _MAX_UNIT_NAME_WORDS:
            return None  # no word says where the name ends: "Cục Chống tham nhũng thành lập một bộ phận …"
        if not taken and capitalised and not word.titled:
            return None
        taken.append(word)
    while taken and taken[-1].text == "và":
        taken.pop()
    if not taken:
        return None
    return taken[-1].end, _written_out(text, taken)


_NUMBERED = re.compile(r"\d+[A-ZĐ]?(?![^\W_])")


def _proper_name(text: str, at: int) -> tuple[int, str] | None:
    """ "Đồn Biên phòng 42", "Đồn Biên phòng Cửa Việt", "Sư đoàn 370": a unit named by its number or a
    place's name, never by the lower-case words after it ("Đồn Biên phòng 42 điều tàu …"), nor by one
    capitalised word ("Trung đoàn Cảnh sát cơ động") or another unit ("Sư đoàn Phòng không")."""
    if number := _NUMBERED.match(text, at):
        return number.end(), number.group()
    run = titled_run(text, at, 4)
    if len(run) < 2 or _forms()[0].match(text, at) or _unit_heads()[0].match(text, at):
        return None
    return run[-1].end, text[run[0].start : run[-1].end]


def _written_out(text: str, taken: list[Word]) -> str:
    """A unit's name from its printed words, abbreviations written out; the words are joined as printed
    (a space, or the comma or dash of a paired word), "&" as "và" ("PCTT&TKCN")."""
    name = ""
    for i, word in enumerate(taken):
        joiner = text[taken[i - 1].end : word.start] if i else ""
        if joiner.strip() in ("-", "–", "—") and word.text[0].isalpha():
            joiner = " - "  # "Văn hóa-Thể thao", "Văn hóa – Thể thao" (not "Covid-19"): one dash, spaced
        name += (" và " if joiner == "&" else _DASH.sub("-", joiner)) + _expanded(word.text, name)
    return name


_POLICE_DEPARTMENT = ("Phòng", "Công an")
# what joins a unit to the body it belongs to, within a line: a paragraph's break ends the name
_PARENT_OPEN = re.compile(r"[^\S\n]*[-–—][^\S\n]*|[^\S\n]+thuộc[^\S\n]+|[^\S\n]*\([^\S\n]*|[^\S\n]+")
_PARENT_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")
_CLOSE = re.compile(r"\s*\)")
_LISTED_ON = re.compile(rf"\s*(?:,|và\b)\s*{UPPER}")  # "…, Sở Kế hoạch và Đầu tư, Sở Tài chính"
# "đại biểu Quốc hội", "bầu cử HĐND các cấp", "Đại hội đại biểu Đảng bộ huyện": a seat in a body, its
# election or its congress of delegates, not the body acting ("các đại biểu HĐND thành phố" meeting voters are)
_SEAT_BEFORE = re.compile(r"(?<![^\W_])(?:(?<!các )đại biểu|ĐB|bầu cử|ứng cử|Đại hội)\s+$", re.IGNORECASE)
_SEATED_BODIES = frozenset({"Hội đồng nhân dân", "Quốc hội", "Đảng bộ"})
# "chế độ BHXH", "trốn đóng BHXH", "tham gia BHXH": the insurance, not the body that runs it
_INSURED_BEFORE = re.compile(
    r"(?<![^\W_])(?:đóng|nộp|nợ|chế độ|chính sách|tham gia|quỹ|sổ|thẻ|mức|hưởng|hồ sơ|kê khai|dữ liệu)\s+$",
    re.IGNORECASE,
)
_INSURANCE_BODIES = frozenset({"Bảo hiểm xã hội"})
# "trước cổng UBND xã", "đối diện trụ sở UBND xã": the building; a meeting "tại trụ sở UBND phường" is its host's
# … and "dự án Bệnh viện Đa khoa tỉnh", "vốn trái phiếu Chính phủ", "Luật Công an nhân dân": a thing named after
# a body, not the body
_PREMISES_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?<!tại )trụ sở|cổng|cửa|khuôn viên|dự án|công trình|trái phiếu|(?-i:Luật))\s+$", re.IGNORECASE
)
_CODE_BEFORE = re.compile(r"\d/(?:\d{4}/)?(?:[A-ZĐ][A-ZĐa-z]{0,5}\s?-\s?)*$")
# "Phóng viên TTXVN …" as a line of credit, "Ảnh: TTXVN", "Thế Lập/TTXVN", "(Theo VOV)": the press credited
_CREDIT_BEFORE = re.compile(
    r"(?:(?:^|\n|[.)] )(?:Phóng viên|PV)\s+|(?<![^\W_])(?:[Ảả]nh|[Nn]guồn|[Tt]heo)\s*:?\s*|\w/\s*)$"
)
_PRESS_HEADS = ("Thông tấn xã", "Đài ", "Báo ")
# "tại Bệnh viện Đa khoa tỉnh": a venue; but the host of a visit ("đến làm việc tại tỉnh Cà Mau") is no venue
VENUE_BEFORE = re.compile(r"(?<![^\W_])(?<!làm việc )(?:tại|ở)\s+$", re.IGNORECASE)
# "được điều trị tại Bệnh viện …", "chạy vội lên Bệnh viện …": where someone is, or goes
_PLACE_BEFORE = re.compile(r"(?<![^\W_])(?:tại|ở|lên|về|tới|đến|vào|xuống|sang)\s+$", re.IGNORECASE)


def _parent_at(text: str, end: int, lenient: bool, head: str) -> tuple[AgencyMention, int] | None:
    """The body printed after a unit's name that it belongs to, and where the mention ends."""
    if aside := _ABBREVIATION_ASIDE.match(text, end):  # "Phòng Kỹ thuật hình sự (PC54) - Công an TP"
        end = aside.end()
    opener = _PARENT_OPEN.match(text, end)
    parent = match_agency_at(text, opener.end(), lowercase_ok=lenient) if opener else None
    if parent and "(" in opener.group():
        close = _CLOSE.match(text, parent.end)
        return (parent, close.end()) if close else None
    if parent:
        return parent, parent.end
    # "Giám đốc Trung tâm Hỗ trợ doanh nghiệp, Sở Kế hoạch và Đầu tư thành phố Cần Thơ cho biết"; outside a
    # post only a force's own department: "Phòng CSGT, Công an TP Hà Nội"
    comma = _PARENT_COMMA.match(text, end)
    fixed = _fixed_head_at(text, comma.end()) if comma else None
    if fixed and not lenient and (head, fixed[0].name) != _POLICE_DEPARTMENT:
        fixed = None
    parent = _extend(text, fixed[0], comma.end(), fixed[1], True) if comma and fixed else None
    if parent and not _LISTED_ON.match(text, parent.end):
        return parent, parent.end
    return None


def _named_unit_at(text: str, pos: int, *, lenient: bool) -> tuple[AgencyMention, int] | None:
    """A unit with an open name ("Chi cục An toàn vệ sinh thực phẩm Nghệ An", "Phòng Quản lý chất lượng
    thuộc Ban Quản lý ATTP TP.HCM"), and where its name ends. Outside a post, the head and the name's
    first word are capitalised; in a post one of them may not be ("Cục trưởng cục Chống tham nhũng")."""
    m = _unit_heads()[0].match(text, pos)
    if m is None or m.group().isupper() or lexicon.unit_lookalikes().match(text, pos):
        return None  # a headline in capitals ("… XÃ HỘI VÀ TRIỂN KHAI …") tells no name apart
    head = _unit_heads()[1][" ".join(m.group().casefold().split())]
    head_capitalised = any(word[0].isupper() for word in m.group().split())  # "ban Quản lý …" too
    capitalised = head.name_case == "capitalised" or not lenient or not head_capitalised
    if head.name_case == "proper":
        named = _proper_name(text, m.end() + 1)
    else:
        task = _task_name(text, m.end() + 1) if head.name_case == "lower" else None
        named = task or _unit_name(text, m.end() + 1, capitalised=capitalised)
    if named is None or not (head_capitalised or lenient):
        return None
    name_end, name = named
    if len(name) == 1 or any(gazetteer().lookup(f"{head.head} {n}") for n in (name, name.split()[0])):
        return None  # "Hội N" cut short; "Hội An và Khu đền tháp", a place's name
    parent = _parent_at(text, name_end, lenient, head.head)
    if parent:
        body, end = parent
        # a Phòng is a people's committee's department only under one: "Phòng Quản lý xuất nhập cảnh Công an tỉnh"
        # is the police force's
        own = head.kind != "department" or body.entry.kind in ("department", "people_committee")
        entry = AgencyEntry((), f"{head.head} {name} {body.name}", head.kind if own else body.kind, "none", None)
        return AgencyMention(pos, end, entry, body.level, body.explicit_level, parent=body), name_end
    if head.parent_required and not lenient and not name.endswith(" Việt Nam"):
        return None  # "Hội Nhà văn Việt Nam": a national one needs no body to belong to
    entry = AgencyEntry((), f"{head.head} {name}", head.kind, head.level_mode, None)
    mention = _extend(text, entry, pos, name_end, lowercase_ok=True)
    return (mention, name_end) if mention else None


def find_agencies(text: str) -> list[AgencyMention]:
    """Every agency mention in `text`, left to right, longest first where they overlap. A unit with an
    open name wins where its name runs on past a fixed head; one named only as a place is a venue."""
    pattern, raw = _forms()
    found: list[AgencyMention] = []
    candidates = [(m.start(), m.end(), _keyed().get(form_key(m.group()))) for m in pattern.finditer(text)]
    for rx, entry in raw:
        candidates += [(m.start(), m.end(), entry) for m in rx.finditer(text)]
    unit_starts = {m.start() for m in _unit_heads()[0].finditer(text)}
    candidates += [(start, start, None) for start in unit_starts]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    last_end = -1
    for start, end, entry in candidates:
        if start < last_end:
            continue
        unit = _named_unit_at(text, start, lenient=False) if start in unit_starts else None
        if unit and _unit_wins(unit[1], entry, end):
            if not VENUE_BEFORE.search(text, max(0, start - 6), start):
                found += [unit[0], unit[0].parent] if unit[0].parent else [unit[0]]
            last_end = unit[0].end
            continue
        if entry is None:
            continue
        if plural := _plural(text, entry, start, end):
            found += plural
            last_end = plural[0].end
        elif _SEAT_BEFORE.search(text, max(0, start - 12), start) and entry.name in _SEATED_BODIES:
            last_end = end  # a seat, an election, a congress
        elif _INSURED_BEFORE.search(text, max(0, start - 16), start) and entry.name in _INSURANCE_BODIES:
            last_end = end  # the insurance
        elif _PREMISES_BEFORE.search(text, max(0, start - 12), start) or _CODE_BEFORE.search(
            text, max(0, start - 20), start
        ):
            last_end = end  # "trụ sở UBND xã", "Chỉ thị số 09/CT-UBND": a building or a document number
        elif entry.name.startswith(_PRESS_HEADS) and _credited(text, start, end):
            last_end = end  # the press credited for a report or a photo, not a body at work
        elif entry.name.startswith(lexicon.venue_heads()) and _PLACE_BEFORE.search(text, max(0, start - 8), start):
            last_end = end  # "được điều trị tại Bệnh viện Đa khoa tỉnh": a venue
        elif mention := _extend(text, entry, start, end, lowercase_ok=False):
            found += (
                [mention, mention.parent]
                if mention.parent
                else [mention, *_fields_listed_after(text, mention), *_communes_listed_after(text, mention)]
            )
            last_end = found[-1].end
    return _offices_of_the_ministry(found)


_NO_MINISTRY = frozenset({"Bộ Chính trị"})  # the Politburo, named like a ministry


def _offices_of_the_ministry(found: list[AgencyMention]) -> list[AgencyMention]:
    """ "Thanh tra Bộ" with no ministry printed after it is the office of the ministry last named
    ("đoàn công tác của Bộ VHTTDL … Thanh tra Bộ": Thanh tra Bộ Văn hóa, Thể thao và Du lịch), or of the
    one ministry the text names; never a local inspectorate. With no ministry named, it stays the
    office of an unnamed one ("Thanh tra Bộ")."""
    ministries = [
        m
        for m in found
        if m.entry.name.startswith("Bộ ") and m.entry.level_mode == "none" and m.entry.name not in _NO_MINISTRY
    ]
    only = ministries[0].name if len({m.name for m in ministries}) == 1 else None
    read: list[AgencyMention] = []
    for mention in found:
        if mention.entry.office and mention.place == "Bộ":
            before = next((m.name for m in reversed(ministries) if m.start < mention.start), None)
            head = f"{mention.entry.name} {before or only or 'Bộ'}"
            mention = replace(mention, entry=AgencyEntry((), head, mention.entry.kind, "none", None), place=None)
        read.append(mention)
    return read


def _credited(text: str, start: int, end: int) -> bool:
    """ "Ảnh: TTXVN", "(TTXVN)" at a paragraph's end: a credit line, not the outlet's work in the story."""
    bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    return bracketed or bool(_CREDIT_BEFORE.search(text, max(0, start - 14), start))


@cache
def _field_pattern(head: str) -> re.Pattern[str]:
    """A field's name, capitalised, in any case after its first letter ("Giao thông Vận tải"), or the
    rest of a body of the head outside the fields ("Ngoại giao" of the Bộ Ngoại giao)."""
    fields = alternation([f for forms, _ in lexicon.sectors() for f in forms] + list(_own_fields(head)))
    return re.compile(rf"(?={UPPER})(?i:{fields})(?![^\W_])")


@cache
def _own_fields(head: str) -> dict[str, str]:
    """The bodies named by the head and a fixed field of their own ("Bộ Công an", "Bộ Ngoại giao"),
    by that field's surface forms."""
    return {
        form.removeprefix(f"{head} "): entry.name
        for entry in lexicon.agencies()
        if entry.level_mode == "none" and entry.name.startswith(f"{head} ") and entry.name not in _sector_bodies(head)
        for form in entry.forms
        if form.startswith(f"{head} ")
    }


_FIELD_JOINER = re.compile(r"\s*,\s*|\s+và\s+")


def _fields_listed_after(text: str, mention: AgencyMention) -> list[AgencyMention]:
    """ "các Sở TNMT, Xây dựng, NN&PTNT": the fields listed after a department's name are each a
    department of the same head ("Sở Xây dựng", "Sở Nông nghiệp và Phát triển nông thôn")."""
    head = mention.entry.name.split()[0]
    if head not in ("Sở", "Phòng", "Bộ"):
        return []
    listed: list[AgencyMention] = []
    end = mention.end
    while (joiner := _FIELD_JOINER.match(text, end)) and (field := _field_pattern(head).match(text, joiner.end())):
        printed = match_agency_at(text, field.start())
        if printed and printed.level:  # "Bộ Công an, Công an tỉnh Hòa Bình": a body of its own, at its level
            break
        entry = _keyed().get(form_key(f"{head} {field.group()}"))
        following = _extend(text, entry, field.start(), field.end(), lowercase_ok=True) if entry else None
        if following is None:
            break
        listed.append(following)
        end = following.end
    return listed


_COMMUNE_AFTER = re.compile(r", (?P<level>xã|phường|thị trấn) (?=[A-ZĐ])")


def _communes_listed_after(text: str, mention: AgencyMention) -> list[AgencyMention]:
    """ "UBND huyện Mỹ Đức, xã Đồng Tâm": a commune listed after a district's body is that body of the
    commune (an address runs the other way: "xã Đồng Tâm, huyện Mỹ Đức")."""
    listed = _COMMUNE_AFTER.match(text, mention.end)
    if listed is None or mention.entry.level_mode != "level" or mention.level not in _DISTRICT_LEVELS:
        return []
    commune = _extend(text, mention.entry, listed.start("level"), listed.start("level") - 1, lowercase_ok=True)
    return [commune] if commune and commune.place else []


def find_delegations(text: str, printed: list[AgencyMention]) -> list[AgencyMention]:
    """ "đoàn kiểm tra của huyện Mê Linh": a delegation sent by a unit is its people's committee's;
    so is the unit a working session is held with ("làm việc với lãnh đạo tỉnh Nam Định"), or each
    of the units ("làm việc với lãnh đạo các tỉnh ven biển"). A unit visited ("đến làm việc tại tỉnh
    Cà Mau") is its people's committee where the text prints that committee (`printed`): a youth union's
    visit is hosted by the district's youth union."""
    entry = _entry_named("Ủy ban nhân dân")
    found: list[AgencyMention] = []
    if entry is None:
        return found
    for m in _DELEGATION.finditer(text):
        if m["hosts"]:  # "làm việc với lãnh đạo các tỉnh ven biển": each of them
            found.append(AgencyMention(m.start("hosts"), m.end(), entry, m["hosts"], True, plural=True))
            continue
        level = next(group for group in ("level", "host", "visited") if m[group])
        mention = _extend(text, entry, m.start(level), m.start(level) - 1, lowercase_ok=True)
        if mention is None or not mention.place:
            continue
        if level != "visited" or any(
            p.entry == entry and (p.level, p.place) == (mention.level, mention.place) for p in printed
        ):
            found.append(mention)
    return found


def _plural(text: str, entry: AgencyEntry, start: int, end: int) -> list[AgencyMention]:
    """ "HĐND các huyện, thành phố" names the council of each level it lists: one mention per level;
    "UBND cấp xã" is the class of such bodies too."""
    m = _PLURAL_LEVELS.match(text, end) if entry.level_mode == "level" and text[start].isupper() else None
    if m is None:
        return []
    levels = dict.fromkeys(re.findall(PLURAL_LEVEL, m["levels"] or m["listed"] or m["where"]))
    return [AgencyMention(start, m.end(), entry, level, True, plural=True) for level in levels]


def resolve_levels(
    text: str,
    mentions: list[AgencyMention],
    default_level: str | None,
    *,
    district: str | None = None,
    province_home: bool = False,
    province_level: str | None = None,
) -> list[AgencyMention]:
    """Give level-less heads a level: the one shared by a coordinated list, else the article's
    (a residential area's board: the area it is printed with elsewhere in the article). A body that
    exists only at a province's level ("Đoàn đại biểu Quốc hội", "Bộ đội Biên phòng") is of the
    article's province (`province_level`: its "tỉnh" or "thành phố") in a district's or commune's story.

    "UBND, Ủy ban MTTQ và các đoàn thể CT - XH huyện": the last level word serves all three. A
    department (Phòng) in a commune's story is of the district (`district`: the kind the commune lies in);
    in a province's story (`province_home`, a centrally run city too) it is of the district level printed
    in the article, and of no level when none is.
    """
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        current, following = out[i], out[i + 1]
        if current.level or current.entry.level_mode != "level" or not following.level:
            continue
        if (
            _CONNECTOR.match(text[current.end : following.start])
            and current.entry.exists_at(following.level)
            and not (current.entry.kind == "department" and following.level in _COMMUNE_LEVELS)
        ):  # "Phòng GD&ĐT, UBND thị trấn": a commune has no Phòng
            out[i] = replace(current, level=following.level)
    areas = {m.entry.name: m.level for m in out if m.entry.level_mode == "area" and m.level}
    # in a centrally run city's story "thành phố" is the province's level word, not a district's
    province_words = {"tỉnh", default_level} if province_home else {"tỉnh"}
    districts = Counter(
        m.level for m in out if m.explicit_level and m.level in _DISTRICT_LEVELS and m.level not in province_words
    )
    printed_district = districts.most_common(1)[0][0] if districts else None

    def level_of(m: AgencyMention) -> str | None:
        if m.entry.level_mode == "area":
            return areas.get(m.entry.name)
        if m.entry.kind == "department" and default_level in _COMMUNE_LEVELS:
            return printed_district or district or "huyện"  # a commune has no Phòng: "phòng GD&ĐT" is the district's
        if m.entry.kind == "department" and province_home:
            return printed_district  # nor has a province: "Phòng GD&ĐT" in a Hà Nội story is a quận's
        return default_level

    def resolved(m: AgencyMention) -> AgencyMention:
        level = level_of(m)
        if not m.entry.exists_at(level):
            level = province_level if m.entry.levels <= _PROVINCE_LEVELS and m.entry.exists_at(province_level) else None
        return replace(m, level=level)

    def of_home_committee(m: AgencyMention) -> AgencyMention:
        """ "Trưởng Ban Tuyên giáo, Phó Chủ tịch UBND TP. Đà Nẵng": a party board printed without its
        committee is the board of the article's party committee (a commune's has no boards)."""
        committee = COMMITTEE_OF_LEVEL.get(default_level or "")
        if default_level in _COMMUNE_LEVELS or committee is None:
            return m
        return replace(m, committee=committee, level=default_level)

    def settled(m: AgencyMention) -> AgencyMention:
        if not m.level and m.entry.level_mode in ("level", "area"):
            return resolved(m)
        if not m.committee and m.entry.level_mode == "board" and m.entry.kind == "party_board":
            return of_home_committee(m)
        return m

    return [settled(m) for m in out]


def placed(mention: AgencyMention) -> bool:
    """Whether a mention names one body. One that exists only at some levels ("Thanh tra" of a province
    or district, "Đảng ủy" of a commune) names none when no such level is printed or implied for it:
    "Đoàn Thanh tra", "Thanh tra của Sở", the "Đảng ủy" of a company."""
    return not mention.entry.levels or mention.level is not None or mention.name != mention.entry.name


def same_printed_level(mentions: list[AgencyMention]) -> list[AgencyMention]:
    """ "Sở Y tế TP.HCM … Sở Y tế": a body whose level is written only where printed is one body, at
    the one level it is printed with. Posts keep the body as printed (SPEC §3); agencies and parties
    list it once."""
    printed = {
        name: levels.pop()
        for name in {m.entry.name for m in mentions if m.entry.level_mode == "printed"}
        if len(levels := {m.level for m in mentions if m.entry.name == name and m.level}) == 1
    }
    return [replace(m, level=printed[m.entry.name]) if not m.level and m.entry.name in printed else m for m in mentions]


def printed_levels(mentions: list[AgencyMention]) -> Counter[str]:
    """How often each level word is printed after a body's name ("UBND huyện", "HĐND xã")."""
    return Counter(
        m.level for m in mentions if m.level and m.explicit_level and not m.plural and m.entry.level_mode == "level"
    )


def dominant_level(mentions: list[AgencyMention]) -> str | None:
    levels = printed_levels(mentions)
    return levels.most_common(1)[0][0] if levels else None
