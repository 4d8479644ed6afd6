"""Score records against gold files field by field, with the rules of SPEC §8."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

EXACT_FIELDS = ("title", "published", "event_date", "locality", "province", "byline")
SET_FIELDS = ("officials", "positions", "agencies", "event_types", "parties", "topics")
# The project's quality bars (issue 2): accuracy of every exact field, F1 of the set fields.
BARS = {
    **dict.fromkeys(EXACT_FIELDS, 0.9),
    **{"officials": 0.95, "positions": 0.90, "agencies": 0.85, "parties": 0.80, "event_types": 0.85, "topics": 0.75},
}
_DASH = re.compile(r"\s*[-–—‒]\s*")


def norm(value: Any, dashes: bool = True) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    if dashes:
        text = _DASH.sub(" - ", text)
    return " ".join(text.split()).strip(" .;,:")


def comparable(doc: dict) -> dict[str, Any]:
    """The parts of a record (or gold file) that scoring compares, normalised."""
    officials = doc.get("officials") or []
    coordination = doc.get("coordination") or {}
    locality = doc.get("locality") or {}

    def name_of(item: Any, key: str) -> Any:
        return item.get(key) if isinstance(item, dict) else item

    return {
        "title": norm(doc.get("title")),
        "published": norm(doc.get("published"), dashes=False),
        "event_date": norm(doc.get("event_date"), dashes=False),
        "locality": norm(f"{locality.get('unit') or ''} {locality.get('name') or ''}") if locality else "",
        "province": norm(locality.get("province")) if locality else "",
        "byline": norm(doc.get("byline")),
        "officials": {norm(o.get("name")) for o in officials},
        "positions": {
            (norm(o.get("name")), norm(name_of(p, "title"))) for o in officials for p in o.get("positions") or []
        },
        "agencies": {norm(name_of(a, "name")) for a in doc.get("agencies") or []},
        "event_types": {norm(e) for e in coordination.get("event_types") or []},
        "parties": {norm(p) for p in coordination.get("parties") or []},
        "topics": {norm(name_of(t, "label")) for t in doc.get("topics") or []},
    }


@dataclass
class Scores:
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in EXACT_FIELDS})
    sets: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in SET_FIELDS})
    misses: dict[str, list[str]] = field(default_factory=dict)

    def accuracy(self, name: str) -> float:
        right, total = self.exact[name]
        return right / total if total else 0.0

    def prf(self, name: str) -> tuple[float, float, float]:
        tp, predicted, wanted = self.sets[name]
        precision = tp / predicted if predicted else (1.0 if not wanted else 0.0)
        recall = tp / wanted if wanted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def value(self, name: str) -> float:
        """The number a bar is set on: accuracy of an exact field, F1 of a set field."""
        return self.accuracy(name) if name in EXACT_FIELDS else self.prf(name)[2]

    def misses_of(self, name: str) -> list[str]:
        prefix = f"{name}: "
        return [f"{article}: {m}" for article, ms in self.misses.items() for m in ms if m.startswith(prefix)]

    def table(self) -> str:
        lines = [f"articles {self.articles}  missing {len(self.missing)}"]
        for name in EXACT_FIELDS:
            lines.append(f"{name:12} accuracy {self.accuracy(name):.3f}")
        for name in SET_FIELDS:
            p, r, f = self.prf(name)
            lines.append(f"{name:12} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        return "\n".join(lines)


def stem(source: str) -> str:
    return PurePath(source.replace("\\", "/")).stem


def score(records: dict[str, dict], gold: dict[str, dict]) -> Scores:
    scores = Scores(articles=len(gold))
    for name, truth in sorted(gold.items()):
        record = records.get(name)
        if record is None or record.get("status", "ok") != "ok":
            scores.missing.append(name)
            record = {}
        want, got = comparable(truth), comparable(record)
        misses = scores.misses.setdefault(name, [])
        for f in EXACT_FIELDS:
            scores.exact[f][1] += 1
            if want[f] == got[f]:
                scores.exact[f][0] += 1
            else:
                misses.append(f"{f}: want {want[f]!r} got {got[f]!r}")
        for f in SET_FIELDS:
            scores.sets[f][0] += len(want[f] & got[f])
            scores.sets[f][1] += len(got[f])
            scores.sets[f][2] += len(want[f])
            misses += [f"{f}: missed {item}" for item in sorted(map(str, want[f] - got[f]))]
            misses += [f"{f}: extra {item}" for item in sorted(map(str, got[f] - want[f]))]
    return scores


def load_records(path: Path) -> dict[str, dict]:
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[stem(record.get("source", ""))] = record
    return records


def load_gold(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}
