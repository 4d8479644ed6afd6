"""What a page's web address says about where it is from.

Government portals name their place in the host: ``caophong.hoabinh.gov.vn`` is
the district of Cao Phong in Hòa Bình, ``phuong8.tptuyhoa.phuyen.gov.vn`` ward 8
of Tuy Hòa in Phú Yên, ``baoangiang.com.vn`` the provincial paper of An Giang.
The rules use this only where the text leaves the place open.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from extractor.gazetteer import DISTRICT_UNITS, Place, gazetteer

# the generic parts of a host, and the prefixes sites put before a place's slug
_GENERIC = frozenset({"www", "vn", "com", "org", "net", "gov", "edu", "info", "dcs", "portal", "cms"})
_PREFIXES = ("ubmttq", "mttq", "hdnd", "ubnd", "bao", "dangbo", "tinhuy", "cong", "cd", "tt")
_UNIT_PREFIXES = {
    "phuong": "phường",
    "xa": "xã",
    "thitran": "thị trấn",
    "thanhpho": "thành phố",
    "tp": "thành phố",
    "thixa": "thị xã",
    "tx": "thị xã",
    "quan": "quận",
    "huyen": "huyện",
}
# a path section naming a unit: "dang-bo-huyen-tam-duong", "xa-tan-doan"
_SECTION = re.compile(r"(?:^|-)((?:huyen|quan|thi-xa|thanh-pho|tp|xa|phuong|thi-tran)-[a-z0-9-]{2,30})$")
_SECTION_WORDS = 5  # longer path segments are article titles ("…-phat-trien-kinh-te-xa-hoi"), not sections
_ALIASES = {"hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "hcmc": "Hồ Chí Minh", "thuathienhue": "Huế"}


@dataclass(frozen=True)
class SiteHint:
    province: str | None
    places: list[Place] = field(default_factory=list)  # units below the province, most specific first
    labels: tuple[str, ...] = ()  # the host's labels below the province's ("phuong8", "tptuyhoa")

    def names(self, unit: str, name: str) -> bool:
        """Whether the host names this unit ("phuong8" for Phường 8), known to the gazetteer or not."""
        return any(label in (slug(name), slug(unit) + slug(name)) for label in self.labels)


def slug(name: str) -> str:
    """ "Hòa Bình" → "hoabinh", as hosts write names."""
    bare = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in bare if not unicodedata.combining(c)).lower())


@cache
def _province_slugs() -> dict[str, str]:
    slugs = {slug(p): p for p in gazetteer().province_names}
    return {**slugs, **_ALIASES}


def _province_of(label: str) -> str | None:
    for prefix in ("", *_PREFIXES):
        rest = label.removeprefix(prefix)
        if rest in _province_slugs():
            return _province_slugs()[rest]
    # "mttqhanoi", "baoquangnam": a prefix the list does not know, then the province
    return next((p for s, p in _province_slugs().items() if len(s) >= 5 and label.endswith(s)), None)


def _units_in(label: str, province: str) -> list[Place]:
    """Places of `province` whose slug the label is, with an optional unit prefix ("tptuyhoa")."""
    for prefix, unit in (("", None), *_UNIT_PREFIXES.items()):
        if not label.startswith(prefix):
            continue
        rest = label[len(prefix) :]
        found = [p for p in _places_by_slug().get((rest, province), []) if unit is None or p.unit == unit]
        if found and unit is None:  # a portal without a unit prefix is a district's ("caophong", "sontay")
            return [p for p in found if p.unit in DISTRICT_UNITS and not p.merged] or found
        if found:
            return found
    return []


@cache
def _places_by_slug() -> dict[tuple[str, str], list[Place]]:
    table: dict[tuple[str, str], list[Place]] = {}
    for place in gazetteer().all_places():
        table.setdefault((slug(place.name), place.province), []).append(place)
    return table


def site_hint(url: str | None) -> SiteHint | None:
    """The province and places a page's address names, or None when it names none.

    The host names the portal's place; a section of the path may name a smaller one
    ("laichau.dcs.vn/…/dang-bo-huyen-tam-duong/…").
    """
    if not url:
        return None
    parts = urlsplit(url if "//" in url else f"//{url}")
    labels = [label for label in (parts.hostname or "").lower().split(".") if label and label not in _GENERIC]
    for i in range(len(labels) - 1, -1, -1):
        province = _province_of(labels[i])
        if province:
            sections = [
                m.group(1).replace("-", "")
                for segment in parts.path.lower().split("/")
                if segment.count("-") <= _SECTION_WORDS and (m := _SECTION.search(segment))
            ]
            places = [p for label in [*labels[:i], *sections] for p in _units_in(label, province)]
            places.sort(key=lambda p: p.district is None)  # wards before districts
            return SiteHint(province, places, tuple(labels[:i]))
    return None
