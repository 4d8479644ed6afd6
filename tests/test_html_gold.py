"""The HTML gold set: the ten article pages of SHARED/corpus-html against corpus/html/gold (SPEC §8).

Each page is extracted from its raw HTML, exactly as `vnextract extract` reads it, and scored with
extractor.evaluate. Headline and publication time must be exact on every page and no span may point
at the wrong text; the other fields are held to the issue's bars, and those still below a bar are
expected failures (strict=False) so the gap stays visible. The score table is printed at the end of
the session (conftest.SCORE_TABLES). The pages are third-party and are read in place, never copied.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import CORPUS, SCORE_TABLES, SHARED

from extractor import evaluate, extract_bytes
from extractor.models import ErrorRecord, Record

PAGES = SHARED / "corpus-html"
GOLD = CORPUS / "html" / "gold"
STEMS = sorted(p.stem for p in GOLD.glob("*.json"))

# The bars: F1 for the set fields, accuracy for the exact ones.
BARS = evaluate.BARS

# Fields below their bar on this set today, with the score they had. These are national news pages
# (ministries, foreign governments, a public hospital, market reports), far from the district portals
# the lexicons were built on. Delete a line once the field passes.
BELOW_BAR = {
    # foreign posts are written with their country here ("Ngoại trưởng Italy"), as the archive gold has them;
    # corpus/html/README.md writes them without it
    "positions": 0.333,
    "agencies": 0.810,  # foreign ministries, the EU, the Fed, Bệnh viện Chợ Rẫy missed
    "topics": 0.609,  # passing words ("môi trường giả lập", "dịch bệnh") taken for themes
}


@dataclass
class HtmlRun:
    records: dict[str, Record | ErrorRecord]
    scores: evaluate.Scores


@pytest.fixture(scope="module")
def html_run() -> HtmlRun:
    if not PAGES.is_dir():
        pytest.skip(f"needs the HTML pages in {PAGES}, which are absent here")
    records = {}
    for name in STEMS:
        path = PAGES / f"{name}.html"
        records[name] = extract_bytes(path.read_bytes(), str(path))
    gold = evaluate.load_gold(GOLD)
    scores = evaluate.score({k: r.model_dump(mode="json") for k, r in records.items()}, gold)
    SCORE_TABLES["html"] = scores.table()
    print(f"\n[html gold set]\n{scores.table()}")
    return HtmlRun(records, scores)


def _gold(name: str) -> dict:
    return evaluate.load_gold(GOLD)[name]


def _record(run: HtmlRun, name: str) -> Record:
    record = run.records[name]
    assert isinstance(record, Record), f"{name}: {record.model_dump()}"
    return record


def _bad_spans(record: Record) -> list[str]:
    """Spans anywhere in a record whose text is not the slice of `text` they point at."""
    document = record.model_dump(mode="json")
    text, bad = document["text"], []
    stack: list[object] = [{k: v for k, v in document.items() if k != "text"}]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys() and text[node["start"] : node["end"]] != node["text"]:
                bad.append(f"{node['start']}:{node['end']} {node['text']!r}")
            stack.extend(v for k, v in node.items() if k != "text")
        elif isinstance(node, list):
            stack.extend(node)
    return bad


def test_the_gold_set_is_the_ten_article_pages() -> None:
    assert STEMS == ["000", "006", "008", "009", "011", "013", "015", "017", "019", "020"]


@pytest.mark.corpus
@pytest.mark.parametrize("name", STEMS)
def test_title_and_published_are_exact(html_run: HtmlRun, name: str) -> None:
    record, gold = _record(html_run, name), _gold(name)
    assert (record.title, record.published) == (gold["title"], gold["published"])


@pytest.mark.corpus
@pytest.mark.parametrize("name", STEMS)
def test_no_bad_spans(html_run: HtmlRun, name: str) -> None:
    assert _bad_spans(_record(html_run, name)) == []


def _bar_cases() -> list:
    cases = []
    for field, bar in BARS.items():
        marks = [pytest.mark.corpus]
        if field in BELOW_BAR:
            reason = f"below the issue bar on the HTML pages: {BELOW_BAR[field]:.3f} < {bar}"
            marks.append(pytest.mark.xfail(strict=False, reason=reason))
        cases.append(pytest.param(field, marks=marks, id=field))
    return cases


@pytest.mark.parametrize("field", _bar_cases())
def test_field_meets_the_bar(html_run: HtmlRun, record_property, field: str) -> None:
    value = html_run.scores.value(field)
    record_property(f"html.{field}", round(value, 3))
    kind = "accuracy" if field in evaluate.EXACT_FIELDS else "F1"
    misses = "\n  ".join(html_run.scores.misses_of(field)[:15])
    assert value >= BARS[field], f"html {field} {kind} {value:.3f} < {BARS[field]}\n  {misses}"
