"""Parquet output: one row per input (records and error records), nested columns, written in row groups.

The schema is explicit so that every row group has the same types, whatever
fields happen to be empty in it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

ROWS_PER_GROUP = 256

_s, _i = pa.string(), pa.int64()
SPAN = pa.struct([("start", _i), ("end", _i), ("text", _s)])
POSITION = pa.struct([("title", _s), ("role", _s), ("organization", _s), ("text", _s)])
SCHEMA = pa.schema(
    [
        ("schema_version", _s),
        ("id", _s),
        ("source", _s),
        ("status", _s),
        ("title", _s),
        ("published", _s),
        ("event_date", _s),
        ("locality", pa.struct([("unit", _s), ("name", _s), ("province", _s)])),
        ("byline", _s),
        (
            "officials",
            pa.list_(
                pa.struct(
                    [
                        ("name", _s),
                        ("positions", pa.list_(POSITION)),
                        ("event_roles", pa.list_(_s)),
                        ("mentions", pa.list_(SPAN)),
                    ]
                )
            ),
        ),
        (
            "agencies",
            pa.list_(
                pa.struct(
                    [("name", _s), ("abbreviation", _s), ("kind", _s), ("level", _s), ("mentions", pa.list_(SPAN))]
                )
            ),
        ),
        (
            "coordination",
            pa.struct(
                [
                    ("event_types", pa.list_(_s)),
                    ("instrument", _s),
                    ("parties", pa.list_(_s)),
                    ("years_reviewed", pa.list_(_i)),
                    ("years_planned", pa.list_(_i)),
                ]
            ),
        ),
        ("topics", pa.list_(pa.struct([("label", _s), ("mentions", pa.list_(SPAN))]))),
        (
            "dates",
            pa.list_(pa.struct([("text", _s), ("value", _s), ("role", _s), ("start", _i), ("end", _i)])),
        ),
        ("text", _s),
        ("captions", pa.list_(_s)),
        ("warnings", pa.list_(_s)),
        ("extractor", pa.struct([("version", _s), ("ner", _s)])),
        ("error", pa.struct([("code", _s), ("message", _s)])),
    ]
)


class ParquetSink:
    """Buffers a row group's worth of records, then writes it: memory stays bounded."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = pq.ParquetWriter(path, SCHEMA, compression="zstd")
        self._rows: list[dict[str, Any]] = []

    def write(self, line: str) -> None:
        self._rows.append(json.loads(line))
        if len(self._rows) >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=SCHEMA))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
