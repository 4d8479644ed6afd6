"""models: the record contract of SPEC §2–6 as Pydantic models."""

from __future__ import annotations

import typing

import pytest
from pydantic import TypeAdapter, ValidationError

from extractor import extract
from extractor.models import AnyRecord, DateMention, ErrorCode, ErrorRecord, Record, Span

ANY = TypeAdapter(AnyRecord)

SPEC_FIELDS = {
    "schema_version",
    "id",
    "source",
    "status",
    "title",
    "published",
    "event_date",
    "locality",
    "byline",
    "officials",
    "agencies",
    "coordination",
    "topics",
    "dates",
    "text",
    "captions",
    "warnings",
    "extractor",
}


@pytest.fixture
def record_data(seed_record) -> dict:
    """A real record as JSON data, to be changed by each test."""
    return seed_record("seed-004").model_dump(mode="json")


def test_record_has_every_spec_field() -> None:
    assert set(Record.model_fields) >= SPEC_FIELDS


def test_error_codes_of_spec() -> None:
    codes = {"empty", "binary", "undecodable", "not_vietnamese", "not_article", "too_large", "html_parse", "internal"}
    assert set(typing.get_args(ErrorCode)) >= codes


def test_a_real_record_round_trips(record_data: dict) -> None:
    record = ANY.validate_python(record_data)
    assert isinstance(record, Record)
    assert record.model_dump(mode="json") == record_data
    assert record_data["schema_version"] == "1" and record_data["status"] == "ok"


def test_status_picks_the_model() -> None:
    error = ANY.validate_python(
        {"id": "x", "source": "a.txt", "status": "error", "error": {"code": "empty", "message": "the input is empty"}}
    )
    assert isinstance(error, ErrorRecord)
    with pytest.raises(ValidationError):
        ANY.validate_python({"id": "x", "source": "a.txt", "status": "error", "error": {"code": "bad", "message": ""}})


def test_span_that_does_not_slice_the_text_is_rejected(record_data: dict) -> None:
    official = record_data["officials"][0]
    mention = official["mentions"][0]
    mention["start"] += 1
    with pytest.raises(ValidationError, match="does not match text"):
        Record.model_validate(record_data)


def test_date_span_that_does_not_slice_the_text_is_rejected(record_data: dict) -> None:
    record_data["dates"][0]["text"] = "09/5"
    with pytest.raises(ValidationError, match="does not match text"):
        Record.model_validate(record_data)


def test_unknown_fields_are_rejected(record_data: dict) -> None:
    record_data["officials"][0]["rank"] = "x"
    with pytest.raises(ValidationError):
        Record.model_validate(record_data)


@pytest.mark.parametrize(
    "bad",
    [
        {"topics": [{"label": "kinh_te", "mentions": []}]},
        {"locality": {"unit": "thôn", "name": "A", "province": None}},
        {"coordination": {"event_types": ["hop"], "instrument": None, "parties": []}},
    ],
)
def test_values_outside_the_contract_are_rejected(record_data: dict, bad: dict) -> None:
    record_data.update(bad)
    with pytest.raises(ValidationError):
        Record.model_validate(record_data)


@pytest.mark.parametrize("value", ["2019-12-24", "2019-12", "2019", "--05-08"])
def test_partial_iso_dates_are_accepted(value: str) -> None:
    assert DateMention(text="x", value=value, role="event", start=0, end=1).value == value


@pytest.mark.parametrize("value", ["24/12/2019", "2019-1", "05-08", "2019-12-24T21:18"])
def test_other_date_shapes_are_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        DateMention(text="x", value=value, role="event", start=0, end=1)


@pytest.mark.xfail(strict=True, reason="PartialDate checks only the digit pattern, so month 13 / day 45 pass")
@pytest.mark.parametrize("value", ["2019-13-01", "2019-12-45", "--13-08"])
def test_impossible_dates_are_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        DateMention(text="x", value=value, role="event", start=0, end=1)


@pytest.mark.xfail(strict=True, reason="Record.published is a plain str: SPEC §2 wants ISO 8601, nothing checks it")
@pytest.mark.parametrize("value", ["24/12/2019 21:18", "hôm qua"])
def test_published_must_be_iso_8601(record_data: dict, value: str) -> None:
    record_data["published"] = value
    with pytest.raises(ValidationError):
        Record.model_validate(record_data)


def test_span_model() -> None:
    assert Span(start=0, end=3, text="abc").end == 3
    with pytest.raises(ValidationError):
        Span(start=-1, end=3, text="abc")


def test_a_long_line_of_text_is_text_not_a_file_name() -> None:
    line = "Sáng 12/5, UBND huyện tổ chức hội nghị sơ kết công tác phối hợp với Ủy ban MTTQ huyện. " * 5
    assert extract(line).status == "ok"
