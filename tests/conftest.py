"""Shared fixtures: where the corpus and the third-party texts are, and the seed records.

`SHARED` is the folder beside the checkout that holds the third-party pages
(corpus-dev, corpus-archive) and the project's shared tools. CI has it; a bare
checkout may not, and the tests that need it skip with a clear reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import evaluate, extract_bytes
from extractor.models import ErrorRecord, Record

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_MISSING = f"needs the shared folder beside the checkout ({SHARED}), which is absent here"

# Gold-set scores, filled by tests/test_end_to_end.py and printed at the end of the session.
SCORE_TABLES: dict[str, str] = {}


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return CORPUS / "seeds"


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return CORPUS / "gold"


@pytest.fixture(scope="session")
def dev_gold_dir() -> Path:
    return CORPUS / "dev" / "gold"


@pytest.fixture(scope="session")
def archive_gold_dir() -> Path:
    return CORPUS / "archive" / "gold"


@pytest.fixture(scope="session")
def archive_selected() -> list[str]:
    """Ids of the archive articles that have gold files (corpus/archive/SELECTED.txt)."""
    return (CORPUS / "archive" / "SELECTED.txt").read_text(encoding="utf-8").split()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder beside the checkout; skips the test when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_records(seed_paths: list[Path]) -> dict[str, Record | ErrorRecord]:
    """Every seed article extracted once per session, keyed by file stem ("seed-000")."""
    return {evaluate.stem(str(p)): extract_bytes(p.read_bytes(), str(p)) for p in seed_paths}


@pytest.fixture(scope="session")
def seed_record(seed_records):
    """Look up one seed's record by stem, failing clearly if it is an error record."""

    def get(name: str) -> Record:
        record = seed_records[name]
        assert isinstance(record, Record), f"{name} gave an error record: {record.model_dump()}"
        return record

    return get


def pytest_terminal_summary(terminalreporter) -> None:
    if not SCORE_TABLES:
        return
    terminalreporter.section("gold-set scores (extractor.evaluate, SPEC §8)")
    for name, table in SCORE_TABLES.items():
        terminalreporter.write_line(f"[{name}]")
        for line in table.splitlines():
            terminalreporter.write_line(f"  {line}")
