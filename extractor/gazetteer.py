"""Vietnam's administrative units before and since the 2025 merger, from underthesea's gazetteer.

underthesea ships the mapping of every pre-merger ward, district and province
to the units in force since 1 July 2025 (63 provinces became 34, districts
were abolished): `underthesea/address/data/mapping.json`. We index both sides:
which (unit, name) pairs exist and in which province, and whether a place is
of the merged map. An article is read against the map of its own date.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from extractor.normalize import normalize_text

DISTRICT_UNITS = ("thành phố", "thị xã", "huyện", "quận")
WARD_UNITS = ("thị trấn", "phường", "xã")
PROVINCE_UNITS = ("tỉnh", "thành phố")
MERGER_DAY = "2025-07-01"
_LOOSE = re.compile(r"[\s'’‘`-]+")  # "Bà Rịa -Vũng Tàu", "Ea H’Leo": spacing and apostrophes vary in print


def _loose_key(name: str) -> str:
    return _LOOSE.sub("", name.casefold())


@dataclass(frozen=True)
class Place:
    unit: str
    name: str
    province: str
    district: tuple[str, str] | None = None  # (unit, name) of a ward's district
    merged: bool = False  # a unit of the map in force since MERGER_DAY


def _split_unit(full: str, units: tuple[str, ...]) -> tuple[str, str] | None:
    lowered = full.lower()
    for unit in units:
        if lowered.startswith(unit + " "):
            return unit, full[len(unit) + 1 :].strip()
    return None


def _mapping_path() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "address" / "data" / "mapping.json"


class Gazetteer:
    """Look-ups by (unit, name) and by name alone, case-insensitive."""

    def __init__(self, places: set[Place], province_units: dict[str, str] | None = None) -> None:
        self._by_name: dict[str, set[Place]] = defaultdict(set)
        self._by_loose_name: dict[str, set[Place]] = defaultdict(set)
        self._province_unit = province_units or {}
        for place in places:
            self._by_name[place.name.casefold()].add(place)
            self._by_loose_name[_loose_key(place.name)].add(place)
        self.max_words = max((len(p.name.split()) for p in places), default=1)

    @classmethod
    def from_underthesea(cls) -> Gazetteer:
        data = json.loads(_mapping_path().read_text(encoding="utf-8"))
        places: set[Place] = set()
        province_units: dict[str, str] = {}
        for side, merged in (("old_province_names", False), ("province_names", True)):
            for info in data[side].values():
                unit_name = _split_unit(normalize_text(info["name"]), PROVINCE_UNITS)
                if unit_name:
                    short = normalize_text(info["short"])
                    places.add(Place(unit_name[0], short, short, merged=merged))
                    province_units.setdefault(short, unit_name[0])
        old_short = {key: normalize_text(v["short"]) for key, v in data["old_province_names"].items()}
        new_short = {key: normalize_text(v["short"]) for key, v in data["province_names"].items()}
        for row in data["ward_mapping"]:
            province = old_short.get(row["old_province_key"])
            if province is not None:
                district = _split_unit(normalize_text(row["old_district"]), DISTRICT_UNITS)
                if district:
                    places.add(Place(*district, province))
                ward = _split_unit(normalize_text(row["old_ward"]), WARD_UNITS)
                if ward:
                    places.add(Place(*ward, province, district))
            new_province = new_short.get(row["new_province_key"])
            new_ward = _split_unit(normalize_text(row["new_ward"]), WARD_UNITS)
            if new_province is not None and new_ward:
                places.add(Place(*new_ward, new_province, merged=True))
        return cls(places, province_units)

    def lookup(self, name: str, unit: str | None = None, *, on: str | None = None) -> list[Place]:
        """Places called `name` (of the given unit, if any), also as printed with other spacing,
        dashes or apostrophes ("xã Đắk R’Tíh" is xã Đắk R'Tíh): `Place.name` is the map's spelling.

        With a date `on`, the places of the map in force that day, when the name is on it.
        """
        found = self._by_name.get(name.casefold()) or self._by_loose_name.get(_loose_key(name), set())
        if unit is not None:
            found = {p for p in found if p.unit == unit}
        if on is not None:
            of_the_day = {p for p in found if p.merged == (on[:10] >= MERGER_DAY)}
            found = of_the_day or found
        return sorted(found, key=lambda p: (p.province, p.unit, p.name, p.merged))

    def longest_prefix(self, words: list[str], unit: str | None = None) -> int:
        """How many of `words` (from the left) form a known place name, 0 if none."""
        for n in range(min(len(words), self.max_words), 0, -1):
            if self.lookup(" ".join(words[:n]), unit):
                return n
        return 0

    def all_places(self) -> list[Place]:
        return [p for places in self._by_name.values() for p in places]

    def province_unit(self, province: str) -> str:
        """ "thành phố" for the five centrally run cities, else "tỉnh"."""
        return self._province_unit.get(province, "tỉnh")

    @cached_property
    def province_names(self) -> frozenset[str]:
        return frozenset(p.province for places in self._by_name.values() for p in places)


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built once (about half a second)."""
    return Gazetteer.from_underthesea()
