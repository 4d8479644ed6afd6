"""Records into SQLite or PostgreSQL through one SQLAlchemy schema of normalised tables.

Loading is an idempotent upsert by record id: each batch, in one transaction,
deletes whatever rows the batch's records had and inserts them again, so
loading the same JSONL twice leaves the same rows. SQLite also gets an FTS5
index over article titles and text, kept in sync by triggers (the layout
sqlite-utils and Datasette recognise).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.engine import Connection, Engine

BATCH = 200

metadata = MetaData()


def _child(name: str, *columns: Any, owner: str = "articles") -> Table:
    """A table of one article's items, keyed by (article_id, idx) so reloading is deterministic."""
    return Table(
        name,
        metadata,
        Column("article_id", String(64), primary_key=True),
        Column("idx", Integer, primary_key=True),
        *columns,
        ForeignKeyConstraint(["article_id"], [f"{owner}.id"], ondelete="CASCADE"),
    )


articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text, nullable=False, index=True),
    Column("title", Text),
    Column("published", String(32), index=True),
    Column("event_date", String(16)),
    Column("locality_unit", String(16)),
    Column("locality_name", Text),
    Column("locality_province", Text, index=True),
    Column("byline", Text),
    Column("coordination", JSON),
    Column("captions", JSON),
    Column("warnings", JSON),
    Column("text", Text, nullable=False),
    Column("extractor_version", String(32)),
    Column("ner", String(64)),
    Column("schema_version", String(8)),
)
officials = _child("officials", Column("name", Text, nullable=False, index=True), Column("event_roles", JSON))
positions = Table(
    "positions",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("official_idx", Integer, primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("title", Text, nullable=False, index=True),
    Column("role", Text),
    Column("organization", Text, index=True),
    Column("text", Text),
    ForeignKeyConstraint(["article_id", "official_idx"], ["officials.article_id", "officials.idx"], ondelete="CASCADE"),
)
agencies = _child(
    "agencies",
    Column("name", Text, nullable=False, index=True),
    Column("abbreviation", Text),
    Column("kind", String(32), index=True),
    Column("level", String(16)),
)
topics = _child("topics", Column("label", String(64), nullable=False, index=True))
mentions = _child(
    "mentions",
    Column("entity", String(16), nullable=False),  # official | agency | topic
    Column("entity_idx", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_mentions_entity", mentions.c.article_id, mentions.c.entity, mentions.c.entity_idx)
dates = _child(
    "dates",
    Column("text", Text, nullable=False),
    Column("value", String(16), nullable=False, index=True),
    Column("role", String(16), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
)
errors = Table(
    "errors",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text, primary_key=True),
    Column("code", String(32), nullable=False, index=True),
    Column("message", Text, nullable=False),
    Column("schema_version", String(8)),
)
# Every input that gave an article. Ids hash the content, so inputs with the same text share one
# `articles` row (which keeps the latest source); this table keeps them all, for --resume and provenance.
# No foreign key: replacing an article row must not cascade away its twins' rows.
article_sources = Table(
    "article_sources",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("source", Text, primary_key=True, index=True),
)
CHILDREN = (mentions, positions, dates, topics, agencies, officials)  # delete order: dependants first

# `content=[articles]` exactly as sqlite-utils writes it: sqlite-utils and Datasette find a table's
# FTS index by matching content=[table] or content="table" in its SQL (content='articles' is missed).
_SQLITE_FTS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content=[articles], content_rowid=rowid, tokenize='unicode61 remove_diacritics 2')"
)
_SQLITE_FTS = (
    _SQLITE_FTS_TABLE,
    "CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
)
_POSTGRES_FTS = (
    "CREATE INDEX IF NOT EXISTS ix_articles_text_fts ON articles "
    "USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))",
)


def connect(url: str) -> Engine:
    """An engine with the schema created; SQLite gets WAL, enforced foreign keys and FTS5."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    metadata.create_all(engine)
    extra = {"sqlite": _SQLITE_FTS, "postgresql": _POSTGRES_FTS}.get(engine.dialect.name, ())
    with engine.begin() as conn:
        rebuild = engine.dialect.name == "sqlite" and _drop_old_sqlite_fts(conn)
        if conn.execute(select(article_sources.c.source).limit(1)).first() is None:  # made before the table
            columns = select(articles.c.id, articles.c.source)
            conn.execute(article_sources.insert().from_select(["article_id", "source"], columns))
        for statement in extra:
            conn.execute(text(statement))
        if rebuild:
            conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"))
    return engine


def _drop_old_sqlite_fts(conn: Connection) -> bool:
    """Drop an FTS index of an older layout (one the tools cannot find), so it is made again and rebuilt."""
    sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")).scalar()
    if sql is None or "content=[articles]" in sql:
        return False
    conn.execute(text("DROP TABLE articles_fts"))
    return True


def _spans(article_id: str, entity: str, owner: int, spans: Iterable[dict], start: int) -> list[dict]:
    return [
        {
            "article_id": article_id,
            "idx": start + n,
            "entity": entity,
            "entity_idx": owner,
            "start_char": s["start"],
            "end_char": s["end"],
            "text": s["text"],
        }
        for n, s in enumerate(spans)
    ]


def rows(record: dict) -> dict[Table, list[dict]]:
    """The rows of every table for one record (or error record), as plain dicts."""
    if record.get("status") == "error":
        error = record.get("error") or {}
        row = {
            "id": record["id"],
            "source": record["source"],
            "code": error.get("code", "internal"),
            "message": error.get("message", ""),
            "schema_version": record.get("schema_version"),
        }
        return {errors: [row]}
    rid = record["id"]
    locality = record.get("locality") or {}
    extractor = record.get("extractor") or {}
    out: dict[Table, list[dict]] = {t: [] for t in (articles, *reversed(CHILDREN))}
    out[article_sources] = [{"article_id": rid, "source": record["source"]}]
    out[articles].append(
        {
            "id": rid,
            "source": record["source"],
            "title": record.get("title"),
            "published": record.get("published"),
            "event_date": record.get("event_date"),
            "locality_unit": locality.get("unit"),
            "locality_name": locality.get("name"),
            "locality_province": locality.get("province"),
            "byline": record.get("byline"),
            "coordination": record.get("coordination"),
            "captions": record.get("captions") or [],
            "warnings": record.get("warnings") or [],
            "text": record.get("text") or "",
            "extractor_version": extractor.get("version"),
            "ner": extractor.get("ner"),
            "schema_version": record.get("schema_version"),
        }
    )
    spans: list[dict] = []
    for i, official in enumerate(record.get("officials") or []):
        out[officials].append(
            {"article_id": rid, "idx": i, "name": official["name"], "event_roles": official.get("event_roles") or []}
        )
        out[positions] += [
            {
                "article_id": rid,
                "official_idx": i,
                "idx": j,
                "title": p["title"],
                "role": p.get("role"),
                "organization": p.get("organization"),
                "text": p.get("text"),
            }
            for j, p in enumerate(official.get("positions") or [])
        ]
        spans += _spans(rid, "official", i, official.get("mentions") or [], len(spans))
    for i, agency in enumerate(record.get("agencies") or []):
        out[agencies].append(
            {
                "article_id": rid,
                "idx": i,
                "name": agency["name"],
                "abbreviation": agency.get("abbreviation"),
                "kind": agency.get("kind"),
                "level": agency.get("level"),
            }
        )
        spans += _spans(rid, "agency", i, agency.get("mentions") or [], len(spans))
    for i, topic in enumerate(record.get("topics") or []):
        out[topics].append({"article_id": rid, "idx": i, "label": topic["label"]})
        spans += _spans(rid, "topic", i, topic.get("mentions") or [], len(spans))
    out[mentions] = spans
    out[dates] = [
        {
            "article_id": rid,
            "idx": i,
            "text": d["text"],
            "value": d["value"],
            "role": d["role"],
            "start_char": d["start"],
            "end_char": d["end"],
        }
        for i, d in enumerate(record.get("dates") or [])
    ]
    return out


def upsert(conn: Connection, records: list[dict]) -> None:
    """Replace every row of these records (by record id; error rows by id and source) in one go."""
    if not records:
        return
    batch: dict[Table, list[dict]] = {}
    for record in records:
        for table, table_rows in rows(record).items():
            batch.setdefault(table, []).extend(table_rows)
    ids = [r["id"] for r in batch.get(articles, [])]
    if ids:
        for table in CHILDREN:
            conn.execute(delete(table).where(table.c.article_id.in_(ids)))
        conn.execute(delete(articles).where(articles.c.id.in_(ids)))
        pairs = [(r["article_id"], r["source"]) for r in batch[article_sources]]
        conn.execute(
            delete(article_sources).where(tuple_(article_sources.c.article_id, article_sources.c.source).in_(pairs))
        )
        # an input that failed before and is an article now is no longer an error
        conn.execute(delete(errors).where(errors.c.source.in_([r["source"] for r in batch[articles]])))
    if batch.get(errors):  # an input's error row is replaced by its latest outcome
        conn.execute(delete(errors).where(errors.c.source.in_([r["source"] for r in batch[errors]])))
    for table in (articles, article_sources, officials, positions, agencies, topics, mentions, dates, errors):
        table_rows = batch.get(table)
        if table_rows:
            conn.execute(table.insert(), _dedupe(table, table_rows))


def _dedupe(table: Table, table_rows: list[dict]) -> list[dict]:
    """Last row wins per primary key (the same article twice in one batch)."""
    key = [c.name for c in table.primary_key.columns]
    return list({tuple(r[k] for k in key): r for r in table_rows}.values())


class Store:
    """A sink for `extract` and the engine of `load`: buffers records and upserts them in batches."""

    def __init__(self, url: str) -> None:
        """`url` is a SQLAlchemy URL, or a plain path that names a SQLite file."""
        if "://" not in url:
            url = f"sqlite:///{Path(url).resolve()}"
        self.engine = connect(url)
        self._buffer: list[dict] = []

    def sources(self) -> Counter[str]:
        """How many times each source is already stored, for --resume."""
        query = union_all(select(article_sources.c.source), select(errors.c.source))
        with self.engine.connect() as conn:
            return Counter(row[0] for row in conn.execute(query))

    def write(self, line: str) -> None:
        self.add(json.loads(line))

    def add(self, record: dict) -> None:
        self._buffer.append(record)
        if len(self._buffer) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            with self.engine.begin() as conn:
                upsert(conn, self._buffer)
            self._buffer = []

    def close(self) -> None:
        self.flush()
        self.engine.dispose()

    def counts(self) -> dict[str, int]:
        """Rows per table, for the load summary and the tests."""
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (articles, article_sources, officials, positions, agencies, mentions, topics, dates, errors)
            }
