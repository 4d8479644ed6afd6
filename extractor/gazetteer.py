"""Vietnam's administrative units as they stood before the 2025 merger, from underthesea's gazetteer.

underthesea ships the mapping of every pre-2025 ward, district and province
to the post-merger units (`underthesea/address/data/mapping.json`). The
articles we read predate the merger, so we index the *old* side of it:
which (unit, name) pairs exist and in which province.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractor.normalize import normalize_text

DISTRICT_UNITS = ("thành phố", "thị xã", "huyện", "quận")
WARD_UNITS = ("thị trấn", "phường", "xã")
PROVINCE_UNITS = ("tỉnh", "thành phố")


@dataclass(frozen=True)
class Place:
    unit: str
    name: str
    province: str
    district: tuple[str, str] | None = None  # (unit, name) of a ward's district


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
        self._province_unit = province_units or {}
        for place in places:
            self._by_name[place.name.casefold()].add(place)
        self.max_words = max((len(p.name.split()) for p in places), default=1)

    @classmethod
    def from_underthesea(cls) -> Gazetteer:
        data = json.loads(_mapping_path().read_text(encoding="utf-8"))
        provinces = {key: normalize_text(v["short"]) for key, v in data["old_province_names"].items()}
        places: set[Place] = set()
        province_units: dict[str, str] = {}
        for key, info in data["old_province_names"].items():
            unit_name = _split_unit(normalize_text(info["name"]), PROVINCE_UNITS)
            if unit_name:
                places.add(Place(unit_name[0], provinces[key], provinces[key]))
                province_units[provinces[key]] = unit_name[0]
        for row in data["ward_mapping"]:
            province = provinces.get(row["old_province_key"])
            if province is None:
                continue
            district = _split_unit(normalize_text(row["old_district"]), DISTRICT_UNITS)
            if district:
                places.add(Place(*district, province))
            ward = _split_unit(normalize_text(row["old_ward"]), WARD_UNITS)
            if ward:
                places.add(Place(*ward, province, district))
        return cls(places, province_units)

    def lookup(self, name: str, unit: str | None = None) -> list[Place]:
        """Places called `name` (of the given unit, if any), most specific data first."""
        found = self._by_name.get(name.casefold(), set())
        if unit is not None:
            found = {p for p in found if p.unit == unit}
        return sorted(found, key=lambda p: (p.province, p.unit, p.name))

    def longest_prefix(self, words: list[str], unit: str | None = None) -> int:
        """How many of `words` (from the left) form a known place name, 0 if none."""
        for n in range(min(len(words), self.max_words), 0, -1):
            if self.lookup(" ".join(words[:n]), unit):
                return n
        return 0

    def province_unit(self, province: str) -> str:
        """ "thành phố" for the five centrally run cities, else "tỉnh"."""
        return self._province_unit.get(province, "tỉnh")

    def provinces(self) -> set[str]:
        return {p.province for places in self._by_name.values() for p in places}


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built once (about half a second)."""
    return Gazetteer.from_underthesea()
