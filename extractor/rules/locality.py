"""The administrative unit an article is about, resolved to its province with the gazetteer."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from extractor import lexicon
from extractor.gazetteer import Place, gazetteer
from extractor.lexicon import form_key, form_pattern
from extractor.rules.names import LEVEL_PATTERN, canonical_level, name_start, place_length, titled_run, words
from extractor.site import SiteHint

# "Thông tấn xã", "hợp tác xã" hold no commune
_LEVEL = re.compile(
    rf"(?<![^\W_])(?<!tấn )(?<!tác )(?P<level>{LEVEL_PATTERN})(?= |(?<=\.)(?=[^\W\d_])|(?<=TP)(?=HCM\b))",
    re.IGNORECASE,
)
# "giao ban của 6 tỉnh Nam sông Hậu", "các tỉnh, thành phố": an article about a region has no one locality
_SEVERAL_PROVINCES = re.compile(
    r"(?<![^\W_])(?:các|[2-9]|\d{2,}) tỉnh(?![^\W_])(?!,? thành(?: phố)? khác| khác)"
    r"(?! (?:(?:Bắc|Nam|Trung|Đông|Tây) )?(?:Lào|Campuchia|Trung Quốc))",  # a neighbour's: "các tỉnh Bắc Lào"
    re.IGNORECASE,
)
_DASH = re.compile(r"\s*[-–—]\s*")
_TRAILING_PLACE = re.compile(r",\s+(?=[^,]+$)")
_AT_PLACE = re.compile(r"(?<![^\W_])(?:ở|tại|(?:vùng )?biển)\s+(?=[A-ZĐ])")
# "sinh năm 1964, quê quán xã X, quận Y", "(60 tuổi, quê huyện X, tỉnh Y)": a person's home town, never
# where the story is (but "về thăm quê ngoại tại xã X" is where they went)
_HOMETOWN = re.compile(
    r"(?<![^\W_])(?:(?:quê (?:quán|ở|tại|gốc)|nguyên quán)(?![^\W_])(?:(?!trú|ngụ)[^.;\n]){0,40}"
    rf"|quê\s+(?:(?:{LEVEL_PATTERN})[^.;,\n]{{1,30}},\s*)?)$",
    re.IGNORECASE,
)
_TITLE_PREFIX = re.compile(r"^(?P<name>[^:]{2,30}):\s")
_PROVINCE_WIDE = re.compile(r"(?:trên (?:toàn )?địa bàn|toàn|khắp|cả) (?:tỉnh|thành phố)(?![^\W_])", re.IGNORECASE)
_PERSON_BEFORE = re.compile(r"(?<![^\W_])(?:ông|bà|cụ|anh|chị|em|cháu|bé)\s+$", re.IGNORECASE)
_BEFORE_THE_MERGER = "2025-06-30"  # an undated article is read against the older, longer-lived map
_OPENING_CHARS = 600  # the opening lines, whose province decides for a unit gone from the map
_FINER_WITHIN = 800  # the opening lines, where a finer unit narrows the place first named
_CLIMB_MIN, _DESCEND_MIN = 3, 2  # bodies printed at the other level before the place is re-read at it
_RANK = {"tỉnh": 0, "thành phố": 1, "thị xã": 2, "huyện": 2, "quận": 2, "thị trấn": 3, "phường": 3, "xã": 3}


@dataclass(frozen=True)
class PlaceMention:
    unit: str
    name: str
    start: int


def _expand(name: str) -> str:
    return lexicon.place_abbreviations().get(name, name)


def find_places(text: str, start: int = 0, end: int | None = None, *, known: bool = True) -> list[PlaceMention]:
    """Every "level word + proper name" the gazetteer knows, e.g. "huyện Vân Đồn", "Quận Hoàn Kiếm".

    With `known=False` also units the gazetteer's snapshot lacks (merged away or renamed since).
    """
    found = []
    stop = len(text) if end is None else end
    press = [(m.start(), m.end()) for m in lexicon.press_names().finditer(text, start, stop)]
    for m in _LEVEL.finditer(text, start, stop):
        if any(s <= m.start() < e for s, e in press) or _HOMETOWN.search(text, max(start, m.start() - 80), m.start()):
            continue
        if m["level"].endswith(".") and _PERSON_BEFORE.search(text, max(start, m.start() - 6), m.start()):
            continue  # "cái chết của cụ H. Ngày 13-7": a person's initial, no "huyện"
        level = canonical_level(m["level"])
        begin = name_start(text, m.end())
        run = titled_run(text, begin, 5) if begin is not None else []
        take = place_length([w.text for w in run], level)
        if not take:
            continue
        name = _expand(text[run[0].start : run[take - 1].end])
        dashed = _DASH.match(text, run[-1].end) if take == len(run) else None
        second = titled_run(text, dashed.end(), 3) if dashed else []
        if second and gazetteer().lookup(joined := f"{name} - {text[second[0].start : second[-1].end]}", level):
            name = joined  # "tỉnh Bà Rịa – Vũng Tàu"
        if _abroad(text, run[take - 1].end):
            continue  # "tỉnh Hà Nam, Trung Quốc": a namesake abroad
        if known_as := gazetteer().lookup(name, level):
            found.append(PlaceMention(level, known_as[0].name, m.start()))  # the map's spelling: "Đắk R'Tíh"
        elif not known:
            found.append(PlaceMention(level, name, m.start()))
    return found


def _title_prefix(title: str) -> PlaceMention | None:
    """Headlines like "Đức Thọ: Tổ chức ký kết…" name the district before the colon."""
    m = _TITLE_PREFIX.match(title)
    if not m:
        return None
    name = _expand(m["name"].strip())
    places = sorted(gazetteer().lookup(name), key=lambda p: _RANK[p.unit])
    return PlaceMention(places[0].unit, places[0].name, 0) if places else None


@cache
def _province_name_pattern() -> re.Pattern[str]:
    names = sorted(gazetteer().province_names, key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(form_pattern, names))})(?![^\W_])", re.IGNORECASE)


@cache
def _province_by_key() -> dict[str, str]:
    return {form_key(name): name for name in gazetteer().province_names}  # any dash: "Bà Rịa – Vũng Tàu"


def _provinces_named(text: str) -> set[str]:
    """The provinces `text` names, in any case ("THÀNH PHỐ HỒ CHÍ MINH")."""
    return {_province_by_key()[form_key(m.group())] for m in _home_province_names(text)}


def _home_province_names(text: str) -> list[re.Match[str]]:
    """The provinces' names printed in `text`, less a namesake abroad ("tỉnh Hà Nam, Trung Quốc")."""
    return [m for m in _province_name_pattern().finditer(text) if not _abroad(text, m.end())]


@cache
def _country_after() -> re.Pattern[str]:
    return re.compile(rf"\s*[,(-]\s*(?:{lexicon.countries().pattern})\s*(?:[,.;:)]|$)")


def _abroad(text: str, end: int) -> bool:
    """A place's name printed with a country after it ("tỉnh Hà Nam, Trung Quốc"): a namesake abroad."""
    return bool(_country_after().match(text, end))


def _bare_provinces(title: str) -> list[PlaceMention]:
    """ "Ban Bí thư làm việc tại Hưng Yên": a province's name needs no level word in a headline."""
    return [
        PlaceMention(gazetteer().province_unit(name), name, m.start())
        for m in _province_name_pattern().finditer(title)
        if (name := _DASH.sub(" - ", m.group())) in gazetteer().province_names  # a name, not lower-case words
    ]


def _about_a_region(title: str) -> bool:
    """ "Sớm công bố biển miền Trung đã an toàn": a headline about a region of several provinces, naming
    none of its cities or districts ("Lễ hội cà phê Buôn Ma Thuột: … đến Tây Nguyên" is the city's)."""
    if not lexicon.regions().search(title):
        return False
    for word in words(title):
        run = titled_run(title, word.start, 4) if word.titled else []
        for size in range(len(run), 1, -1):
            if any(_RANK[p.unit] in (1, 2) for p in gazetteer().lookup(" ".join(w.text for w in run[:size]))):
                return False
    return True


def _bare_provinces_at(line: str) -> list[PlaceMention]:
    """ "Tiếp tục chương trình công tác tại Sơn La, chiều tối 28/6, …": an opening sentence naming no unit
    with its level word may name a province after "ở"/"tại"."""
    at = {m.end() for m in _AT_PLACE.finditer(line)}
    return [p for p in _bare_provinces(line) if p.start in at]


def _bare_districts(line: str) -> list[PlaceMention]:
    """ "… 'cò' đặc sản ở Đà Lạt", "… gặp nạn trên biển Vân Đồn", "… cứu bờ biển Cửa Đại, Hội An": after
    "ở"/"tại"/"biển", or as the last words after a comma, a headline (or an opening sentence naming no
    unit with its level word) may name a city or district without its level word, when the map has
    just one district-level unit of that name (not a province's)."""
    found = []
    starts = [(m.end(), False) for m in _AT_PLACE.finditer(line)]
    if trailing := _TRAILING_PLACE.search(line):
        starts.append((trailing.end(), True))
    for start, whole in starts:
        run = titled_run(line, start, 4)
        if not run or run[0].text.isdigit():
            continue  # "mức độ 3, 4": a number names no place without its level word
        if whole and run[-1].end != len(line.rstrip(" .!?")):
            continue  # the words after the last comma name a place only all together
        for size in [len(run)] if whole else range(len(run), 0, -1):
            name = _expand(" ".join(w.text for w in run[:size]))
            districts = [p for p in gazetteer().lookup(name) if _RANK[p.unit] in (1, 2)]
            if name in gazetteer().province_names or not districts:
                continue
            if len({(p.unit, p.name, p.province) for p in districts}) == 1:
                found.append(PlaceMention(districts[0].unit, districts[0].name, start))
            break
    return found


@lru_cache(maxsize=8)  # asked for the gone units of the headline and lead, then for their province
def _main_province(text: str) -> str | None:
    """The province `text` names (bare, "Quảng Ninh", or with its level, "TP.HCM"), or the one it names
    at least twice as often as any other."""
    counts = Counter(_province_by_key()[form_key(m.group())] for m in _home_province_names(text))
    counts.update(p.name for p in find_places(text) if _RANK[p.unit] <= 1)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _home_province(lead: str, text: str) -> str | None:
    """The province the opening names above all others, else the one the whole text does."""
    return _main_province(lead[:_OPENING_CHARS]) or _main_province(text)


def _gone_units(part: str, text: str) -> list[PlaceMention]:
    """ "Công an quận 2" in a 2017 article: a district or commune the map no longer has (merged
    since), taken when the article names one province above all for it to lie in."""
    if _home_province(part, text) is None:
        return []
    return [
        p
        for p in find_places(part, known=False)
        if _RANK[p.unit] > 1
        and (p.name.isdigit() or len(p.name.split()) >= 2)  # "quận 2", "xã Vĩnh Lộc A"; not "phường Theo"
        and not gazetteer().lookup(p.name, p.unit)
    ]


def _province(
    unit: str,
    name: str,
    text: str,
    published: str | None,
    site: SiteHint | None = None,
    lead: str = "",
    within: frozenset[str] = frozenset(),
) -> str | None:
    """The province of a place, when the gazetteer, the place it was found inside (`within`), the
    article's other places or its site make it unique."""
    places: list[Place] = gazetteer().lookup(name, unit, on=published or _BEFORE_THE_MERGER)
    provinces = {p.province for p in places}
    if not places:  # a unit gone from the map: the province the article names, above all others
        provinces = {main} if (main := _home_province(lead, text)) else set()
    bare = _provinces_named(text)
    for narrower in (within, bare, bare | {p.name for p in find_places(text) if _RANK[p.unit] <= 1}):
        if len(provinces) > 1 and len(named := provinces & narrower) == 1:
            provinces = named
    # the site decides when the text cannot, and always on a ward's own portal (phuong8.tptuyhoa.phuyen.gov.vn)
    if site and site.province:
        undecided = not provinces or (len(provinces) > 1 and site.province in provinces)
        if undecided or site.names(unit, name):
            provinces = {site.province}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    before, since = lexicon.province_history().get(province, (None, None))
    if before and (published is None or published[:10] < since):
        return before
    return province


def find_locality(
    title: str | None,
    lead: str,
    text: str,
    published: str | None,
    agency_levels: Counter[str] | None = None,
    header: str = "",
    site: SiteHint | None = None,
) -> dict | None:
    """The unit named in the headline, else first in the lead, else the one the text names most.

    `agency_levels` counts the levels the article's bodies are printed at ("HĐND tỉnh", "UBND
    xã"); see `_reread_at_level`. `header` is the page's banner above the headline ("QUẬN 5 -
    THÀNH PHỐ HỒ CHÍ MINH"): it tells which of the many "Phường 1" the article is about. `site`
    is what the page's address names ("caophong.hoabinh.gov.vn"): it breaks the same ties, and
    stands in when the text names no place at all.
    """
    if title and any(rx.search(title) for _, rx in lexicon.cues("digest")):
        return None  # "Bản tin 20H: …": a page of several stories
    candidates: list[PlaceMention] = []
    if title:
        prefix = _title_prefix(title)
        candidates = ([prefix] if prefix else []) + find_places(title) or _bare_districts(title)
    first_paragraph = lead.removeprefix(title or "").strip().split("\n", 1)[0]
    first_sentence = re.split(r"\.\s", first_paragraph, maxsplit=1)[0]
    named_in_title = candidates or (_bare_provinces(title) if title else [])
    if title and named_in_title and all(p.unit in ("tỉnh", "thành phố") for p in named_in_title):
        # "Hòa Bình: Bí thư thị trấn Kỳ Sơn bị đâm": a smaller unit in the headline, gone from the map
        gone = [
            p for p in find_places(title, known=False) if _RANK[p.unit] > 1 and not gazetteer().lookup(p.name, p.unit)
        ]
        candidates = gone + candidates
    if not named_in_title and (
        _SEVERAL_PROVINCES.search(f"{title or ''}\n{first_sentence}") or _about_a_region(title or "")
    ):
        return None
    if not candidates and title:
        candidates = _gone_units(title, text)
    if not candidates:
        in_lead = find_places(lead, known=False)
        gone = _gone_units(lead, text) if any(not gazetteer().lookup(p.name, p.unit) for p in in_lead) else []
        in_lead = [p for p in in_lead if p in gone or gazetteer().lookup(p.name, p.unit)]
        if title and (framed := {p.name for p in _bare_provinces_at(title)}):
            # "… ở Đà Nẵng" over "Doanh nghiệp … tỉnh Điện Biên": the headline's province frames the lead
            in_lead = [p for p in in_lead if p in gone or _provinces(p) & framed]
        candidates = (
            in_lead
            or (_bare_provinces(title) if title else [])
            or _bare_districts(first_sentence)
            or _bare_provinces_at(first_sentence)
        )
    # "TP Trịnh Châu (tỉnh Hà Nam, Trung Quốc)": a namesake abroad, wherever else it is printed
    abroad = {m.group() for m in _province_name_pattern().finditer(text) if _abroad(text, m.end())}
    named = [p for p in find_places(text) if p.name not in abroad]
    candidates = [p for p in candidates if p.name not in abroad]
    printed = bool(candidates)
    if not candidates:
        counts = Counter((p.unit, p.name) for p in named).most_common()
        if counts and not _far_apart([place for place, n in counts if n == counts[0][1]]):
            unit, name = counts[0][0]
            candidates = [PlaceMention(unit, name, 0)]
        elif site and site.province:
            place = site.places[0] if site.places else None
            unit = place.unit if place else gazetteer().province_unit(site.province)
            candidates = [PlaceMention(unit, place.name if place else site.province, 0)]
        else:
            return None
    # the finer units read inside the place first found lie in its provinces
    within = frozenset(_provinces(candidates[0]))
    # a finer unit only from the opening lines: deep in a page printed as one block it is a detail
    opening = [p for p in candidates[1:] if p.start < len(title or "") + _FINER_WITHIN]
    chosen = _most_specific(candidates[0], opening + find_places(lead.split(". ")[0]))
    if agency_levels:
        chosen = _reread_at_level(chosen, agency_levels, named, printed, _provinces_named(text)) or chosen
    chosen = _dominant_commune(chosen, named) or chosen
    chosen = _district_of_peers(chosen, named) or chosen
    province = _province(chosen.unit, chosen.name, f"{header}\n{text}", published, site, lead, within)
    if province and _RANK[chosen.unit] > 0 and _PROVINCE_WIDE.search(f"{title or ''}\n{first_paragraph}"):
        # "Tình hình sạt lở … trên địa bàn tỉnh Đồng Tháp": the story is the province's, its communes examples
        return {"unit": gazetteer().province_unit(province), "name": province, "province": province}
    return {"unit": chosen.unit, "name": chosen.name, "province": province}


def _dominant_commune(chosen: PlaceMention, named: list[PlaceMention]) -> PlaceMention | None:
    """ "Hải Phòng: Truy bắt 2 đối tượng …" then "phường Máy Tơ" told again and again: the commune or ward
    an article keeps naming inside its province or district, ahead of any other, is where the story
    happens."""
    if _RANK[chosen.unit] >= 3:
        return None
    home = _provinces(chosen)
    inside = Counter(
        (p.unit, p.name)
        for p in named
        if _RANK[p.unit] == 3
        and _provinces(p) & home
        and (_RANK[chosen.unit] < 2 or _containers(p, chosen.unit, home) == {(chosen.unit, chosen.name)})
    )
    ranked = inside.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] <= ranked[1][1]):
        return None
    unit, name = ranked[0][0]
    if len({p.district for p in gazetteer().lookup(name, unit) if p.province in home and p.district}) != 1:
        return None  # "phường 11": one in each of several districts of the city
    return PlaceMention(unit, name, chosen.start)


def _district_of_peers(chosen: PlaceMention, named: list[PlaceMention]) -> PlaceMention | None:
    """ "xã Kỳ Văn", "xã Kỳ Tây" told as often as each other: a story of several communes or wards of one
    district, none told more than the others, is the district's."""
    if _RANK[chosen.unit] < 3:
        return None
    counts = Counter((p.unit, p.name) for p in named if _RANK[p.unit] == 3)
    told = counts[(chosen.unit, chosen.name)]
    home = _provinces(chosen)
    printed = {(p.unit, p.name) for p in named if _RANK[p.unit] == 2}

    def district(unit: str, name: str) -> tuple[str, str] | None:
        """The district the text names that the place lies in (on the map of the article's time)."""
        held_in = {p.district for p in gazetteer().lookup(name, unit) if p.province in home} & printed
        return held_in.pop() if len(held_in) == 1 else None

    own = district(chosen.unit, chosen.name)
    if told < 2 or own is None:
        return None
    peers = [place for place, n in counts.items() if n >= told and place != (chosen.unit, chosen.name)]
    return PlaceMention(*own, chosen.start) if any(district(*place) == own for place in peers) else None


def _reread_at_level(
    chosen: PlaceMention, agency_levels: Counter[str], named: list[PlaceMention], printed: bool, provinces: set[str]
) -> PlaceMention | None:
    """When most bodies are printed at another level than the place, the unit of that level.

    A place below that level is a venue unless its own bodies are printed too; a place above it
    is too coarse when the smaller places the text names lie in one unit of that level. A place
    taken from the headline or the lead needs more bodies to be overruled than one the text only
    names somewhere. `provinces` are those the text names: they pick among namesakes ("phường Minh
    Tân" of Yên Bái, not of Hải Dương).
    """
    level, count = agency_levels.most_common(1)[0]
    if level == chosen.unit:
        return None
    venue = _RANK[chosen.unit] > _RANK[level]
    needed = (_CLIMB_MIN if venue else _DESCEND_MIN) if printed else 1
    if count < needed or (venue and agency_levels[chosen.unit]):
        return None
    return _at_level(chosen, level, named, provinces)


def _far_apart(places: list[tuple[str, str]]) -> bool:
    """Places named as often as each other in different provinces: the article has no one locality."""
    provinces = [_provinces(PlaceMention(unit, name, 0)) for unit, name in places]
    return not set.intersection(*provinces)


def _provinces(place: PlaceMention) -> set[str]:
    return {p.province for p in gazetteer().lookup(place.name, place.unit)}


def _most_specific(first: PlaceMention, others: list[PlaceMention]) -> PlaceMention:
    """ "Đắk Lắk: …" then "xã Ea Uy (huyện Krông Pắk…)": the article is about the commune (unless the
    opening names several places that fine)."""
    home = _provinces(first)
    inside = [p for p in others if _RANK[p.unit] > _RANK[first.unit] and _provinces(p) & home]
    finest = max(inside, key=lambda p: _RANK[p.unit], default=first)
    # "từ xã Bình An, huyện Kiên Lương đến xã Thuận Yên, thị xã Hà Tiên": several communes, none is it
    if len({(p.unit, p.name) for p in inside if _RANK[p.unit] == _RANK[finest.unit]}) > 1:
        return first
    return finest


def _containers(place: PlaceMention, level: str, provinces: set[str]) -> set[tuple[str, str]]:
    """The units of `level` (district or province) that a place called so lies in."""
    out = set()
    for known in gazetteer().lookup(place.name, place.unit):
        if known.province not in provinces:
            continue
        if known.district and known.district[0] == level:
            out.add(known.district)
        if gazetteer().province_unit(known.province) == level and (known.unit, known.name) != (level, known.province):
            out.add((level, known.province))
    return out


def _at_level(chosen: PlaceMention, level: str, named: list[PlaceMention], provinces: set[str]) -> PlaceMention | None:
    """The one unit of `level` holding the chosen place, or every place the text names below that level.

    "phường Hàng Bồ" in an article about "HĐND thành phố" → thành phố Hà Nội; "xã Mỹ Lung", "xã
    Xuân Thủy" in an article about "Hội Nông dân huyện" → huyện Yên Lập.
    """
    home = _provinces(chosen) & provinces or _provinces(chosen)
    if _RANK[chosen.unit] > _RANK[level]:
        below = [chosen]
    else:
        below = [p for p in named if _RANK[p.unit] > _RANK[level] and _provinces(p) & home]
    sets = [c for p in below if (c := _containers(p, level, home))]
    common = set.intersection(*sets) if sets else set()
    if len(common) != 1:
        return None
    unit, name = common.pop()
    return PlaceMention(unit, name, chosen.start)
