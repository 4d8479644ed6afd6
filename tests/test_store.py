"""Database outputs: one schema for SQLite and PostgreSQL, idempotent loads, FTS5 in SQLite."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("sqlalchemy")

from extractor.cli import app
from extractor.store import Store, metadata

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"
TABLES = {"articles", "officials", "positions", "agencies", "mentions", "topics", "dates", "errors"}
PG_URL = os.environ.get("VNEXTRACT_TEST_PG_URL")
runner = CliRunner()


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed records plus one error record, as `extract` writes them."""
    folder = tmp_path_factory.mktemp("records")
    (folder / "empty.txt").write_bytes(b"")
    out = folder / "records.jsonl"
    result = runner.invoke(app, ["extract", str(SEEDS), str(folder / "empty.txt"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1  # the empty page fails, the rest do not
    return out


def load(path: Path, url: str) -> dict[str, int]:
    result = runner.invoke(app, ["load", str(path), "--db", url])
    assert result.exit_code == 0, result.output
    store = Store(url)
    try:
        return store.counts()
    finally:
        store.close()


def expected_counts(path: Path) -> dict[str, int]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ok = [d for d in docs if d["status"] == "ok"]
    return {
        "articles": len({d["id"] for d in ok}),
        "article_sources": len({(d["id"], d["source"]) for d in ok}),
        "officials": sum(len(d["officials"]) for d in ok),
        "positions": sum(len(o["positions"]) for d in ok for o in d["officials"]),
        "agencies": sum(len(d["agencies"]) for d in ok),
        "topics": sum(len(d["topics"]) for d in ok),
        "dates": sum(len(d["dates"]) for d in ok),
        "errors": len(docs) - len(ok),
    }


def test_sqlite_load_is_idempotent_and_complete(records: Path, tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    first = load(records, str(db))
    assert load(records, str(db)) == first
    expected = expected_counts(records)
    assert {k: first[k] for k in expected} == expected
    assert first["mentions"] > 0


def test_sqlite_has_the_tables_foreign_keys_and_full_text_search(records: Path, tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    load(records, f"sqlite:///{db}")
    conn = sqlite3.connect(db)
    names = {row[0] for row in conn.execute("select name from sqlite_master where type in ('table')")}
    assert names >= TABLES | {"articles_fts"}
    fks = conn.execute("select \"table\" from pragma_foreign_key_list('positions')").fetchall()
    assert ("officials",) in fks
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    hits = conn.execute(
        "select a.source from articles_fts f join articles a on a.rowid = f.rowid where articles_fts match ?",
        ("Vân Đồn",),
    ).fetchall()
    assert hits and all(h[0].startswith(str(SEEDS)) for h in hits)
    conn.close()


# How sqlite-utils (Table.detect_fts) and Datasette (detect_fts) find a table's FTS index.
DETECT_FTS = (
    "select name from sqlite_master where rootpage = 0 and ("
    "sql like '%VIRTUAL TABLE%USING FTS%content=[articles]%' "
    "or sql like '%VIRTUAL TABLE%USING FTS%content=\"articles\"%')"
)


def test_sqlite_full_text_index_is_found_by_sqlite_utils_and_datasette(records: Path, tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    load(records, str(db))
    conn = sqlite3.connect(db)
    assert conn.execute(DETECT_FTS).fetchall() == [("articles_fts",)]
    conn.close()
    sqlite_utils = pytest.importorskip("sqlite_utils")
    table = sqlite_utils.Database(db)["articles"]
    assert table.detect_fts() == "articles_fts"
    assert list(table.search("Vân Đồn", columns=["source"]))


def test_an_older_full_text_index_is_rebuilt_in_the_found_layout(records: Path, tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    load(records, str(db))
    conn = sqlite3.connect(db)  # the layout of earlier versions: content='articles', invisible to the tools
    conn.executescript(
        "DROP TABLE articles_fts; CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');"
        "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
    )
    assert conn.execute(DETECT_FTS).fetchall() == []
    before = conn.execute("select count(*) from articles_fts where articles_fts match 'Vân Đồn'").fetchone()
    conn.close()
    Store(str(db)).close()
    conn = sqlite3.connect(db)
    assert conn.execute(DETECT_FTS).fetchall() == [("articles_fts",)]
    assert conn.execute("select count(*) from articles_fts where articles_fts match 'Vân Đồn'").fetchone() == before
    assert before[0] > 0
    conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")  # raises if out of sync
    conn.close()


def test_extract_writes_sqlite_directly_and_resumes(tmp_path: Path) -> None:
    db = tmp_path / "direct.sqlite"
    for _ in range(2):
        result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(db), "-j", "1", "--resume"])
        assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone() == (5,)
    conn.close()


def test_inputs_with_the_same_text_share_an_article_and_resume_still_finishes(tmp_path: Path) -> None:
    """Ids hash the content: two inputs with one text are one article row, but both count as done."""
    pages = tmp_path / "pages"
    pages.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0].read_bytes()
    for name in ("a.txt", "b.txt"):
        (pages / name).write_bytes(seed)
    db = tmp_path / "twins.sqlite"
    first = runner.invoke(app, ["extract", str(pages), "-o", str(db), "-j", "1", "--resume"])
    assert first.exit_code == 0, first.output
    store = Store(str(db))
    try:
        counts = store.counts()
        assert (counts["articles"], counts["article_sources"]) == (1, 2)
        assert store.sources() == {str(pages / "a.txt"): 1, str(pages / "b.txt"): 1}
    finally:
        store.close()
    again = runner.invoke(app, ["extract", str(pages), "-o", str(db), "-j", "1", "--resume"])
    assert again.exit_code == 0, again.output
    assert "0 ok" in again.output and "2 already done" in again.output


def test_a_database_made_before_article_sources_is_backfilled(records: Path, tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    load(records, str(db))
    store = Store(str(db))
    before = store.sources()
    store.close()
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE article_sources")
    conn.commit()
    conn.close()
    store = Store(str(db))
    try:
        assert store.sources() == before
    finally:
        store.close()


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server: set VNEXTRACT_TEST_PG_URL (.ci/run starts one)")
def test_postgresql_load_twice_leaves_the_same_rows(records: Path) -> None:
    assert PG_URL
    store = Store(PG_URL)
    metadata.drop_all(store.engine)  # a clean slate: the test database is ours
    store.close()
    first = load(records, PG_URL)
    assert load(records, PG_URL) == first
    expected = expected_counts(records)
    assert {k: first[k] for k in expected} == expected
