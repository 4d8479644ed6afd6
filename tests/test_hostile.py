"""Hostile input: every kind of junk yields exactly one error record with a plain-words message,
and no input, however mangled, makes extraction raise."""

from __future__ import annotations

import gzip
import io
import random
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract_bytes
from extractor.models import ErrorRecord, Record

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "corpus" / "seeds" / "seed-000.txt").read_text(encoding="utf-8")
CORPUS_HTML = Path(__file__).resolve().parents[2] / "shared" / "corpus-html"


ENGLISH = b"The district council met on Monday to review the annual plan for roads and schools. "
SCRIPT_ONLY = b"<html><head><script>document.write('<p>Tin</p>')</script></head><body><script>x()</script></body>"
MENU_ONLY = "<html><body><ul class='menu'><li><a href='/'>Trang chủ</a></li></ul></body></html>".encode()


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bai-viet.txt", SEED)
    return buffer.getvalue()


def _error(data: bytes, **kwargs: int) -> ErrorRecord:
    record = extract_bytes(data, "hostile", **kwargs)
    assert isinstance(record, ErrorRecord), f"expected an error record, got {record.title!r}"
    assert record.status == "error" and len(record.error.message.split()) >= 3
    return record


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b" \n\t\r\n ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary"),
        (b"GIF89a\x01\x00\x01\x00", "binary"),
        (_zip(), "binary"),
        (gzip.compress(SEED.encode()), "binary"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), "binary"),
        (bytes(range(256)) * 20, "binary"),
        (bytes(b for b in random.Random(7).randbytes(6000) if b), "undecodable"),
        (ENGLISH * 30, "not_vietnamese"),
        (
            b"<html><head><title>News</title></head><body><h1>Council meets</h1>"
            + b"<p>The district council met on Monday to review the annual plan for roads and schools.</p>" * 20
            + b"</body></html>",
            "not_vietnamese",
        ),
        (SCRIPT_ONLY, "empty"),
        (b"<html><head><style>p { color: red }</style></head><body><!-- nothing --></body></html>", "empty"),
        (MENU_ONLY, "not_article"),
    ],
    ids=[
        "empty", "whitespace", "pdf", "png", "jpeg", "gif", "zip", "gzip", "elf", "all-bytes", "undecodable",
        "english-text", "english-html", "script-only", "style-only", "menu-only",
    ],
)  # fmt: skip
def test_junk_gives_one_error_record_with_its_code(data: bytes, code: str) -> None:
    assert _error(data).error.code == code


def test_too_large_over_a_configurable_limit() -> None:
    page = ("<html><body>" + "<p>" + SEED + "</p>" * 3 + "</body></html>").encode()
    assert _error(page, max_bytes=1000).error.code == "too_large"
    assert "1,000" in _error(page, max_bytes=1000).error.message
    assert isinstance(extract_bytes(page, "ok"), Record)


def test_tens_of_megabytes_are_refused() -> None:
    huge = b"<html><body><p>" + SEED.encode() * 5000 + b"</p></body></html>"
    assert len(huge) > 20_000_000
    assert _error(huge).error.code == "too_large"


@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_html_nested_thousands_of_levels_deep_does_not_recurse(depth: int) -> None:
    page = b"<html><body>" + b"<div><span>" * depth + SEED.encode() + b"</span></div>" * depth + b"</body></html>"
    limit = sys.getrecursionlimit()
    record = extract_bytes(page, "deep.html")
    assert sys.getrecursionlimit() == limit
    assert isinstance(record, Record) or record.error.code != "internal", record


def test_unclosed_deep_nesting_does_not_recurse() -> None:
    page = b"<html><body>" + b"<div><font><b>" * 20_000 + b"<p>" + SEED.encode()
    record = extract_bytes(page, "unclosed.html")
    assert isinstance(record, Record) or record.error.code != "internal", record


def test_external_entities_and_resources_are_never_fetched() -> None:
    page = (
        b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        b'<html><body><img src="http://127.0.0.1:9/x.png"><iframe src="http://127.0.0.1:9/"></iframe>'
        b"<p>&ext;</p><p>" + SEED.encode() + b"</p></body></html>"
    )
    record = extract_bytes(page, "xxe.html")
    assert isinstance(record, Record)
    assert "root:" not in record.text


@pytest.mark.skipif(not CORPUS_HTML.is_dir(), reason=f"needs {CORPUS_HTML}, absent here")
def test_truncated_real_page_gives_a_record_or_a_plain_error() -> None:
    page = (CORPUS_HTML / "006.html").read_bytes()
    for cut in (200, len(page) // 3, len(page) // 2, len(page) - 1000):
        record = extract_bytes(page[:cut], f"006.html[:{cut}]")
        assert isinstance(record, Record) or record.error.code in ("not_article", "empty"), record


# -- property-based: nothing raises, every span points into the text -----------------------------------


def _portal() -> bytes:
    paras = "".join(f"<p>{p.strip()}</p>" for p in SEED.split("\n") if p.strip())
    menu = "<div class='menu'><a href='/'>Trang chủ</a></div>"
    return f"<html><head><title>Tin</title></head><body>{menu}{paras}</body></html>".encode()


def _real_pages() -> list[bytes]:
    pages = [SEED.encode(), _portal()]
    if CORPUS_HTML.is_dir():
        pages += [p.read_bytes()[:80_000] for p in sorted(CORPUS_HTML.glob("*.html"))[:22:3]]
    return pages


PAGES = _real_pages()


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A real page with bytes cut, inserted, flipped or duplicated."""
    data = bytearray(draw(st.sampled_from(PAGES)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["cut", "insert", "flip", "truncate", "repeat"]))
        if action == "cut":
            del data[at : at + draw(st.integers(1, 500))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif action == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))] * draw(st.integers(1, 5))
    return bytes(data)


def _check(data: bytes) -> None:
    record = extract_bytes(data, "fuzz")
    assert isinstance(record, (Record, ErrorRecord))
    type(record).model_validate(record.model_dump())
    if isinstance(record, ErrorRecord):
        assert record.error.code != "internal", record.error.message
        return
    spans = [m for o in record.officials for m in o.mentions] + [m for a in record.agencies for m in a.mentions]
    spans += [m for t in record.topics for m in t.mentions]
    for span in spans:
        assert record.text[span.start : span.end] == span.text
    for date in record.dates:
        assert record.text[date.start : date.end] == date.text


_INPUTS = st.one_of(st.binary(max_size=3000), mutated_pages())
_FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
_STRESS = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


@_FAST
@given(_INPUTS)
def test_any_bytes_give_a_valid_record_or_error(data: bytes) -> None:
    _check(data)


@pytest.mark.stress
@_STRESS
@given(_INPUTS)
def test_stress_ten_thousand_inputs_never_raise(data: bytes) -> None:
    _check(data)
