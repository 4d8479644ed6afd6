"""Read and decode one input: bytes in, a cleaned `Page` out, or an `ExtractionError` saying why not."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from extractor.clean import clean_lines
from extractor.document import Page
from extractor.errors import ExtractionError
from extractor.normalize import normalize_text

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x7fELF": "an executable",
    b"MZ": "a Windows executable",
    b"RIFF": "a media file",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<!--|<\?xml)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.IGNORECASE)
_VIETNAMESE = re.compile(
    r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE
)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data (it contains NUL bytes)"
    return None


def decode(data: bytes) -> str:
    """Bytes to text: a BOM, then a declared charset, then UTF-8, then charset detection."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii").lower())
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ExtractionError("undecodable", "the bytes are in no text encoding that could be recognised")
    return data.decode(best.encoding, errors="replace")


def is_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:2048].lstrip(codecs.BOM_UTF8)))


def read_page(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Decode, normalise and clean one input; raise `ExtractionError` for what is not an article."""
    if len(data) > max_bytes:
        raise ExtractionError(
            "too_large", f"the input is {len(data):,} bytes, over the limit of {max_bytes:,} bytes"
        )
    if not data.strip():
        raise ExtractionError("empty", "the input is empty")
    kind = _binary_kind(data)
    if kind:
        raise ExtractionError("binary", f"the input is {kind}, not a web page or text")
    html = is_html(data)
    text = normalize_text(decode(data))
    if html:
        from extractor.htmltext import html_to_page

        page = html_to_page(text)
    else:
        page = Page(lines=clean_lines(text.split("\n")))
    body = "\n".join(page.lines)
    if not body.strip():
        raise ExtractionError("empty", "the input holds no article text once page chrome is removed")
    letters = sum(c.isalpha() for c in body)
    if letters and len(_VIETNAMESE.findall(body)) / letters < 0.04:
        raise ExtractionError("not_vietnamese", "the text is not Vietnamese")
    return page
