"""Encodings: BOM, declared charset, Windows-1258, TCVN3 and VNI fonts, NFD, entities, invisible characters;
and the invariance of what is extracted from a seed article across all of them."""

from __future__ import annotations

import codecs
import html
import unicodedata
from pathlib import Path

import pytest

from extractor import extract_bytes, legacy
from extractor.models import Record
from extractor.reader import decode

SEED = Path(__file__).resolve().parents[1] / "corpus" / "seeds" / "seed-000.txt"
PHRASE = "Ủy ban nhân dân huyện Vân Đồn tổ chức hội nghị tổng kết công tác phối hợp năm 2019"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese sites wrote it: a base letter (â, ơ…) plus a combining tone byte."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for i, mark in enumerate(marks):
            try:
                head = unicodedata.normalize("NFC", base + mark).encode("cp1258")
                out += head + "".join(marks[:i] + marks[i + 1 :]).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += unicodedata.normalize("NFD", char).encode("cp1258")
    return bytes(out)


def to_legacy(text: str, encoding: str) -> bytes:
    """Text typed in a TCVN3 (.VnTime) or VNI font; TCVN3 has no toned capitals, so they go lower case."""
    _, table = legacy._tables()[encoding]
    inverse = {target: source for source, target in table.items()}
    chars = (inverse.get(c, inverse.get(c.lower(), c)) for c in unicodedata.normalize("NFC", text))
    return "".join(chars).encode("cp1252")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + PHRASE.encode(), PHRASE),
        (codecs.BOM_UTF16_LE + PHRASE.encode("utf-16-le"), PHRASE),
        (codecs.BOM_UTF16_BE + PHRASE.encode("utf-16-be"), PHRASE),
        (unicodedata.normalize("NFD", PHRASE).encode(), PHRASE),
        (to_cp1258(PHRASE), PHRASE),
        (to_legacy(PHRASE, "vni"), PHRASE),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "nfd", "windows-1258", "vni"],
)
def test_every_encoding_decodes_to_the_same_nfc_text(data: bytes, expected: str) -> None:
    assert unicodedata.normalize("NFC", decode(data)) == expected


def test_tcvn3_decodes_with_capitals_lowered_as_the_font_stores_them() -> None:
    text = unicodedata.normalize("NFC", decode(to_legacy(PHRASE, "tcvn3")))
    assert text == "ủy ban nhân dân huyện Vân Đồn tổ chức hội nghị tổng kết công tác phối hợp năm 2019"


def test_real_tcvn3_bytes_are_converted() -> None:
    raw = "Uû ban nh©n d©n huyÖn V©n §ån tæ chøc héi nghÞ tæng kÕt c«ng t¸c n¨m 2019".encode("cp1252")
    assert "huyện Vân Đồn tổ chức hội nghị tổng kết công tác năm" in decode(raw)


def test_declared_windows_1258_meta_charset_is_honoured() -> None:
    page = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>'
    assert PHRASE in unicodedata.normalize("NFC", decode(page + b"<body><p>" + to_cp1258(PHRASE) + b"</p>"))


def test_unicode_text_is_never_taken_for_a_legacy_font() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert legacy.detect(text) is None
    assert legacy.repair(text) == text


def test_mixed_page_converts_only_the_legacy_lines() -> None:
    raw = PHRASE + "\n" + "Uû ban nh©n d©n huyÖn tæ chøc héi nghÞ tæng kÕt c«ng t¸c phèi hîp n¨m 2019"
    lines = legacy.repair(raw).split("\n")
    assert lines[0] == PHRASE
    assert lines[1].startswith("Uỷ ban nhân dân huyện tổ chức hội nghị")


def test_entities_nbsp_and_zero_width_characters_in_text_input() -> None:
    body = SEED.read_text(encoding="utf-8")
    dirty = body.replace("Vân Đồn", "V&acirc;n&nbsp;\u200bĐ&#7891;n", 1).replace(" huyện", "\u00a0huyện", 3)
    record = extract_bytes(dirty.encode(), "dirty.txt")
    clean = extract_bytes(body.encode(), "clean.txt")
    assert isinstance(record, Record) and isinstance(clean, Record)
    assert record.text == clean.text


def _essentials(record: Record) -> tuple:
    return (
        sorted((o.name, tuple(sorted(p.title for p in o.positions))) for o in record.officials),
        sorted(a.name for a in record.agencies),
        [(d.text, d.value, d.role) for d in record.dates],
    )


def _portal_page(article: str) -> bytes:
    lines = [ln.strip() for ln in article.split("\n") if ln.strip()]
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in lines[2:])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(lines[0])} - Cổng TTĐT huyện</title>
</head><body><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/t">Tin tức - Sự kiện</a></li></ul>
<div class="main"><h1>{html.escape(lines[0])}</h1><span class="post-date">{html.escape(lines[1])}</span>
<div class="article-body">{paras}</div>
<div class="related"><b>Tin khác</b><ul><li><a href="/x">Huyện ủy họp phiên thường kỳ (02/12/2019)</a></li>
<li><a href="/y">Ra quân tổng vệ sinh môi trường (01/12/2019)</a></li></ul></div></div>
<div id="footer">Cơ quan chủ quản: Ủy ban nhân dân huyện. Ghi rõ nguồn khi phát hành lại thông tin.</div>
</body></html>""".encode()


@pytest.mark.parametrize("variant", ["nfd", "windows-1258", "tcvn3", "vni", "portal-html"])
def test_seed_extraction_is_invariant_under_encoding(variant: str) -> None:
    article = SEED.read_text(encoding="utf-8")
    data = {
        "nfd": lambda: unicodedata.normalize("NFD", article).encode(),
        "windows-1258": lambda: to_cp1258(article),
        "tcvn3": lambda: to_legacy(article, "tcvn3"),
        "vni": lambda: to_legacy(article, "vni"),
        "portal-html": lambda: _portal_page(article),
    }[variant]()
    original = extract_bytes(article.encode(), "seed-000.txt")
    record = extract_bytes(data, f"seed-000.{variant}")
    assert isinstance(original, Record) and isinstance(record, Record), record
    assert _essentials(record) == _essentials(original)
