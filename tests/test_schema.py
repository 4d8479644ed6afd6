"""The committed JSON Schema matches the models, and every seed record validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from extractor.models import AnyRecord
from extractor.schema import render_schema

try:
    import jsonschema
except ImportError:  # not a dependency: fall back to the Pydantic models the schema is made from
    jsonschema = None


@pytest.fixture(scope="module")
def schema_path(repo_root: Path) -> Path:
    return repo_root / "schemas" / "record.schema.json"


def test_committed_schema_equals_the_models(schema_path: Path) -> None:
    assert schema_path.is_file(), "schemas/record.schema.json is missing: run `vnextract schema` and commit it"
    committed = schema_path.read_text(encoding="utf-8")
    assert committed == render_schema(), (
        "schemas/record.schema.json has drifted from extractor/models.py: run `vnextract schema` and commit the result"
    )


def test_schema_describes_both_record_kinds(schema_path: Path) -> None:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    assert {"Record", "ErrorRecord"} <= set(schema["$defs"])
    assert schema["$defs"]["Record"]["properties"]["schema_version"]["const"] == "1"


def test_every_seed_record_validates_against_the_schema(seed_records, schema_path: Path) -> None:
    assert seed_records, "no seed records"
    documents = {name: json.loads(r.model_dump_json()) for name, r in seed_records.items()}
    if jsonschema is not None:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        for name, doc in documents.items():
            errors = [e.message for e in validator.iter_errors(doc)]
            assert not errors, f"{name}: {errors}"
    else:
        adapter = TypeAdapter(AnyRecord)
        for doc in documents.values():
            adapter.validate_python(doc)
    assert all(doc["status"] == "ok" for doc in documents.values())
