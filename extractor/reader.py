"""Read and decode one input: bytes in, a cleaned `Page` out, or an `ExtractionError` saying why not."""

from __future__ import annotations

import codecs
import html as html_lib
import re
import unicodedata

from charset_normalizer import from_bytes

from extractor import legacy
from extractor.clean import clean_lines
from extractor.document import Page
from extractor.errors import ExtractionError
from extractor.htmltext import html_to_page
from extractor.normalize import normalize_text, old_spellings

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
_XML_ENCODING = re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_\-]+)", re.IGNORECASE)
_CLOSING_TAG = re.compile(rb"</[a-zA-Z][a-zA-Z0-9]*\s*>")
_CHARSET_ALIASES = {"windows-1258": "cp1258", "x-user-defined": "cp1252", "iso-8859-1": "cp1252", "latin1": "cp1252"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SCORE_CHARS = 200_000
_DETECT_BYTES = 200_000
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,10});")
_VIETNAMESE = re.compile(r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data (it contains NUL bytes)"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares (<meta charset>, http-equiv, <?xml encoding?>), if Python knows it."""
    found = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.search(data[:200])
    if not found:
        return None
    name = found.group(1).decode("ascii", "ignore").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes) -> str:
    """Bytes to text: a BOM, then valid UTF-8, then the reading (declared, Windows-1258, Windows-1252,
    detected) that gives the most Vietnamese; legacy font encodings are converted afterwards."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return legacy.repair(data[len(bom) :].decode(encoding, errors="replace"))
    declared = declared_charset(data)
    if declared in (None, "utf-8"):
        try:
            return legacy.repair(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    readings = _readings(data, declared)
    if not readings:
        raise ExtractionError(
            "undecodable", "the bytes are in no text encoding that could be recognised (invalid in every reading)"
        )
    best = max(readings, key=lambda text: legacy.vietnamese_score(text[:_SCORE_CHARS]))
    if _garbled(best):
        raise ExtractionError("undecodable", "the bytes decode only to garbage characters in every text encoding")
    return best


def _readings(data: bytes, declared: str | None) -> list[str]:
    """Every strict decoding worth comparing, each NFC and with legacy fonts converted."""
    names = [declared] if declared else []
    names += ["utf-8", "cp1258", "cp1252"]
    guess = from_bytes(data[:_DETECT_BYTES]).best()
    if guess is not None:
        names.append(guess.encoding)
    texts: list[str] = []
    for name in dict.fromkeys(names):
        try:
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
        texts.append(legacy.repair(unicodedata.normalize("NFC", text)))
    return texts


def _garbled(text: str) -> bool:
    """Mostly control characters or symbols: bytes that are not text in any encoding."""
    sample = text[:_SCORE_CHARS]
    odd = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") and c not in "\t\n\r")
    letters = sum(1 for c in sample if c.isalpha())
    return bool(sample) and (odd > 0.05 * len(sample) or letters < 0.3 * len(sample))


def is_html(data: bytes) -> bool:
    """A page, not plain text: it starts like HTML, or it is mostly tags."""
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith(b"<") and len(_CLOSING_TAG.findall(head)) >= 3


def read_page(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Decode, normalise and clean one input; raise `ExtractionError` for what is not an article."""
    if len(data) > max_bytes:
        raise ExtractionError("too_large", f"the input is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise ExtractionError("empty", "the input is empty")
    kind = _binary_kind(data)
    if kind:
        raise ExtractionError("binary", f"the input is {kind}, not a web page or text")
    decoded = decode(data)
    text = normalize_text(decoded)
    page = _html_page(text) if is_html(data) else _text_page(text)
    page.spellings = old_spellings(decoded)
    body = "\n".join(page.lines)
    if not body.strip():
        raise ExtractionError("empty", "the input holds no article text once page chrome is removed")
    letters = sum(c.isalpha() for c in body)
    if letters and len(_VIETNAMESE.findall(body)) / letters < 0.04:
        raise ExtractionError("not_vietnamese", "the text is not Vietnamese (almost no Vietnamese letters)")
    return page


def _text_page(text: str) -> Page:
    """Plain text; entities a scraper left in ("&nbsp;", "&#7899;") are resolved first."""
    if _ENTITY.search(text):
        text = normalize_text(html_lib.unescape(text))
    return Page(lines=clean_lines(text.split("\n")))


def _html_page(text: str) -> Page:
    """An HTML page; legacy fonts hidden behind entities ("&#167;") are converted after parsing."""
    try:
        page = html_to_page(text)
    except (ExtractionError, RecursionError, MemoryError):
        raise
    except Exception as error:  # lxml refuses some malformed markup outright
        raise ExtractionError("html_parse", f"the HTML could not be parsed: {error}") from error
    lines = normalize_text(legacy.repair("\n".join(page.lines))).split("\n")
    if lines != page.lines:
        page.lines = lines
        page.title = normalize_text(legacy.repair(page.title)) if page.title else None
        page.captions = [normalize_text(legacy.repair(c)) for c in page.captions]
    return page
