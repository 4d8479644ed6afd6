"""The administrative unit an article is about, resolved to its province with the gazetteer."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractor import lexicon
from extractor.gazetteer import Place, gazetteer
from extractor.rules.names import LEVEL_PATTERN, canonical_level, place_length, titled_run

_LEVEL = re.compile(rf"(?<![^\W_])(?P<level>{LEVEL_PATTERN})(?= )", re.IGNORECASE)
_TITLE_PREFIX = re.compile(r"^(?P<name>[^:]{2,30}):\s")
_RANK = {"tỉnh": 0, "thành phố": 1, "thị xã": 2, "huyện": 2, "quận": 2, "thị trấn": 3, "phường": 3, "xã": 3}


@dataclass(frozen=True)
class PlaceMention:
    unit: str
    name: str
    start: int


def _expand(name: str) -> str:
    return lexicon.place_abbreviations().get(name, name)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every "level word + proper name" the gazetteer knows, e.g. "huyện Vân Đồn", "Quận Hoàn Kiếm"."""
    found = []
    for m in _LEVEL.finditer(text, start, len(text) if end is None else end):
        level = canonical_level(m["level"])
        run = titled_run(text, m.end() + 1, 5)
        take = place_length([w.text for w in run], level)
        if not take:
            continue
        name = _expand(text[run[0].start : run[take - 1].end])
        if gazetteer().lookup(name, level):
            found.append(PlaceMention(level, name, m.start()))
    return found


def _title_prefix(title: str) -> PlaceMention | None:
    """Headlines like "Đức Thọ: Tổ chức ký kết…" name the district before the colon."""
    m = _TITLE_PREFIX.match(title)
    if not m:
        return None
    name = _expand(m["name"].strip())
    places = sorted(gazetteer().lookup(name), key=lambda p: _RANK[p.unit])
    return PlaceMention(places[0].unit, name, 0) if places else None


def _province(unit: str, name: str, text: str, published: str | None) -> str | None:
    """The province of a place, when the gazetteer and the article's other places make it unique."""
    places: list[Place] = gazetteer().lookup(name, unit)
    provinces = {p.province for p in places}
    if len(provinces) > 1:
        named = {p for p in provinces if re.search(rf"(?<![^\W_]){re.escape(p)}(?![^\W_])", text)}
        provinces = named if len(named) == 1 else provinces
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    before, since = lexicon.province_history().get(province, (None, None))
    if before and (published is None or published[:10] < since):
        return before
    return province


def find_locality(title: str | None, lead: str, text: str, published: str | None) -> dict | None:
    """The unit named in the headline, else first in the lead, else the one the text names most."""
    candidates: list[PlaceMention] = []
    if title:
        prefix = _title_prefix(title)
        candidates = ([prefix] if prefix else []) + find_places(title)
    if not candidates:
        candidates = find_places(lead)
    if not candidates:
        counts = Counter((p.unit, p.name) for p in find_places(text))
        if not counts:
            return None
        unit, name = counts.most_common(1)[0][0]
        candidates = [PlaceMention(unit, name, 0)]
    chosen = _most_specific(candidates[0], candidates[1:] + find_places(lead.split(". ")[0]))
    province = _province(chosen.unit, chosen.name, text, published)
    return {"unit": chosen.unit, "name": chosen.name, "province": province}


def _provinces(place: PlaceMention) -> set[str]:
    return {p.province for p in gazetteer().lookup(place.name, place.unit)}


def _most_specific(first: PlaceMention, others: list[PlaceMention]) -> PlaceMention:
    """ "Đắk Lắk: …" then "xã Ea Uy (huyện Krông Pắk…)": the article is about the commune."""
    home = _provinces(first)
    inside = [p for p in others if _RANK[p.unit] > _RANK[first.unit] and _provinces(p) & home]
    return max(inside, key=lambda p: _RANK[p.unit], default=first)
