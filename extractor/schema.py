"""The JSON Schema of the output, generated from the Pydantic models for downstream consumers."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from extractor.models import AnyRecord


def record_schema() -> dict:
    schema = TypeAdapter(AnyRecord).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "vnextract record (schema_version 1)"
    return schema


def render_schema() -> str:
    return json.dumps(record_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schema(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_schema(), encoding="utf-8")
