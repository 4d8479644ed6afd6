"""Boilerplate benchmark, in the style of trafilatura's evaluation: on each article page of
../shared/corpus-html, snippets that must appear in the extracted text and snippets that must not.

    .venv/bin/python bench/boilerplate.py [--shared PATH]

A 'with' snippet found is a true positive, missed a false negative; a 'without' snippet found is a
false positive. Prints precision, recall and F1 for vnextract and, when installed (the `bench`
extra), trafilatura on the same pages. Both outputs are compared after the same normalisation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extractor import extract_bytes
from extractor.models import Record
from extractor.normalize import collapse_spaces, normalize_text

HERE = Path(__file__).resolve().parent
CASES = HERE / "boilerplate_cases.json"
DEFAULT_SHARED = HERE.parents[1] / "shared"


@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, text: str, case: dict[str, list[str]]) -> list[str]:
        """Count one page; return the snippets it got wrong."""
        wrong = []
        for snippet in case["with"]:
            if _norm(snippet) in text:
                self.tp += 1
            else:
                self.fn += 1
                wrong.append(f"missing: {snippet}")
        for snippet in case["without"]:
            if _norm(snippet) in text:
                self.fp += 1
                wrong.append(f"kept: {snippet}")
            else:
                self.tn += 1
        return wrong

    def scores(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _norm(text: str) -> str:
    return collapse_spaces(normalize_text(text))


def ours(data: bytes, name: str) -> str:
    record = extract_bytes(data, name)
    return record.text if isinstance(record, Record) else ""


def trafilatura_extractor() -> Callable[[bytes, str], str] | None:
    """trafilatura's default extraction, or None when the `bench` extra is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None

    def run(data: bytes, name: str) -> str:
        return trafilatura.extract(data, include_comments=False, include_tables=True) or ""

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the snippets each tool got wrong")
    args = parser.parse_args(argv)
    pages = args.shared / "corpus-html"
    if not pages.is_dir():
        print(f"no corpus-html in {args.shared}", file=sys.stderr)
        return 2
    cases = {k: v for k, v in json.loads(CASES.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    tools: dict[str, Callable[[bytes, str], str]] = {"vnextract": ours}
    other = trafilatura_extractor()
    if other is None:
        print("trafilatura is not installed (pip install -e '.[bench]'); measuring vnextract only", file=sys.stderr)
    else:
        tools["trafilatura"] = other
    tallies = {name: Tally() for name in tools}
    for page, case in cases.items():
        data = (pages / page).read_bytes()
        for name, tool in tools.items():
            wrong = tallies[name].add(_norm(tool(data, page)), case)
            if args.verbose and wrong:
                print(f"{name:12} {page}: " + "; ".join(wrong))
    print(f"{'extractor':12} {'pages':>5} {'precision':>9} {'recall':>7} {'F1':>6}   (tp fp fn)")
    for name, tally in tallies.items():
        precision, recall, f1 = tally.scores()
        print(
            f"{name:12} {len(cases):>5} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f}   "
            f"({tally.tp} {tally.fp} {tally.fn})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
