"""Segment cleaned lines into headline, dateline, paragraphs, captions and byline."""

from __future__ import annotations

import itertools
import re
import unicodedata

from extractor import lexicon
from extractor.clean import strip_fragments
from extractor.document import Block, Document, HtmlPage, Page
from extractor.gazetteer import gazetteer
from extractor.rules.dates import parse_dateline
from extractor.rules.names import is_surname, is_vietnamese_syllable

_DATELINE_WINDOW = 8
_DATELINE_LABEL = re.compile(
    r"ngày đăng tin|ngày đăng|ngày cập nhật|cập nhật|đăng ngày|đăng lúc|thời gian đăng|ngày|lúc|giờ|"
    r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|GMT\s*\+?\s*7|\(GMT\+7\)|[|,:()\-–/]",
    re.IGNORECASE,
)
_CAPTION_CUE = re.compile(r"^(?:Quang cảnh|Toàn cảnh|Ảnh\s*:|Các đại biểu|Đại biểu)|\(Ảnh\s*:|\bảnh\s*:", re.I)
_BYLINE_PREFIX = re.compile(
    r"^(?:Tác giả|Tin,? ảnh|Tin và ảnh|Tin bài|Bài,? ảnh|Bài và ảnh|Bài|Tin|Nguồn|Người viết|Ký)\s*:\s*"
    r"|^(?:\(?Tổng hợp\)?\s+)?[Tt]heo\s+",
    re.IGNORECASE,
)
_ORG_START = re.compile(r"^(?:Thường trực|Ban|Ủy ban|UBND|HĐND|Phòng|Trung tâm|Văn phòng|Hội|Đài|Báo)\b")
_TERMINAL = re.compile(r"[.!?;:,]$")
_QUESTION_HEADLINE_WORDS = 25  # "Công ty cung ứng thiết bị chạy thận cho BV Hòa Bình nói gì?"
# a web address's dots ("Lamdongtv.vn", "VOV.VN") and an initial's ("B.T") may be in it
_BYLINE_CHARS = r"(?:[^.!?…\"”]|\.(?=(?i:[a-z]){2,4}\b)|(?<=\b[A-ZĐ])\.(?=[A-ZĐ]))"
_QUOTED_PERSON = re.compile(r"^(?:Ông|Bà|Đồng chí)\s")  # "Bà TRIỆU LỆ KHÁNH, Phó Chủ tịch …" closes a quote
_INITIALED = re.compile(r"^(?:[A-ZĐ]\.)+[A-ZĐ][^\W\d_]*$")  # "N.Mạnh", "T.Hạnh"
_PHOTO_CREDIT = re.compile(r"^Ảnh\s*:")
_REPORTER = re.compile(r"^(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên)\s+")  # "CTV Lê Tùng/VOV.VN"
# "Ảnh: Tuệ Nhi Tuệ Nhi", "Ảnh: TH Hải Hà": the credit told again, or in initials, then the author
_CREDIT_THEN_AUTHOR = re.compile(
    r"^Ảnh\s*:\s*(?:(?P<credit>.+?)\s+(?P<author>(?P=credit))|(?:[A-ZĐ]\.?){1,4}\s+(?P<named>\S.*))$"
)
_TRAILING_BYLINES = (
    re.compile(rf"\s(?P<byline>Theo\s{_BYLINE_CHARS}{{2,60}}?)\s*$"),
    re.compile(rf"(?<=[.!?…\"”)])\s+(?P<byline>{_BYLINE_CHARS}{{2,60}}?)\s*$"),
)
# "… ./. Nguyên Nhung/VOV-Trung tâm Tin Nguyên Nhung/VOV-Trung tâm Tin": an author line printed twice
_DOUBLED_TAIL = re.compile(r"(?<=\s)(?P<once>[^.!?…\"”\s][^.!?…\"”]{2,60}?)\s+(?P=once)\s*$")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
# "…, Thủ tướng nói Minh Hạnh": an author of two or three syllables glued to a last sentence left unfinished
_GLUED_AUTHOR = re.compile(r"(?<=[^\W\d_])(?<![A-ZĐ])\s(?P<author>(?:[A-ZĐ][^\W\d_]*\s?){2,3})$")
_HOME_COUNTRY = "Việt Nam"
_BEFORE_A_NAME = re.compile(r"(?:ông|bà|anh|chị|em|cháu|cụ|đồng chí|của|và|với|cho|tên|là|theo)\s$", re.IGNORECASE)


def _is_dateline(line: str) -> bool:
    if len(line) > 120 or parse_dateline(line) is None:
        return False
    rest = re.sub(r"\d+", " ", _DATELINE_LABEL.sub(" ", line))
    return len(rest.split()) <= 3


def _is_caption_cue(line: str) -> bool:
    return bool(_CAPTION_CUE.search(line)) or bool(re.search(r"phát biểu(?: [^,.;]{0,30})? tại\s+\S+(?:\s\S+)?$", line))


_OPENING_QUOTES = "\"'“‘«"  # "'Ép' bơi là môn học bắt buộc: …" opens with a quoted word


def _is_headline(line: str) -> bool:
    """A line shaped like a headline: no sentence's full stop; a short question or exclamation may be one."""
    words = line.split()
    return (
        3 <= len(words) <= 70
        and len(line) <= 400
        and (not _TERMINAL.search(line) or (line[-1] in "?!" and len(words) <= _QUESTION_HEADLINE_WORDS))
        and (line[0].isupper() or line[0].isdigit() or line[0] in _OPENING_QUOTES)
    )


def _is_banner(line: str) -> bool:
    """Site chrome above a headline: a short all-capitals line or a few words of menu."""
    letters = [c for c in line if c.isalpha()]
    upper = bool(letters) and all(c.isupper() for c in letters)
    return (upper and len(line.split()) <= 10) or len(line.split()) <= 3


def _name_like(text: str) -> bool:
    """A person's name ("Hữu Long", "NHẬT XUÂN"), not a phone number ("ĐT: 08 3818 1436")."""
    if any(c.isdigit() for c in text):
        return False
    words = re.split(r"\s+", text.strip())
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and 1 <= len(words) <= 6:
        return True
    # every Vietnamese syllable has a vowel: "Phó Ch" is a page cut off mid-word, not a name
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and _has_vowel(w) for w in words)


def _has_vowel(word: str) -> bool:
    return bool(_VOWEL.search(unicodedata.normalize("NFD", word)))


def normalize_byline(text: str) -> str:
    text = re.sub(r"\s+[-–—]\s*|\s*[-–—]\s+", " - ", text)
    text = " ".join(text.split()).strip(" .-–—")  # "Hồ Xuân Mai - ": a unit left out after the dash
    half = text[: len(text) // 2]
    return half if text == f"{half} {half}" and _printed_twice(half) else text


def _printed_twice(once: str) -> bool:
    """A scraper's page that prints the author line twice ("Lê Hiếu/VOV-Miền Trung Lê Hiếu/VOV-Miền Trung");
    a one-word name twice may be the pen name ("Minh Minh")."""
    return bool(re.search(r"[\s/]", once))


def byline_of(line: str) -> str | None:
    """The author line as printed, if `line` is one ("Tác giả: Trọng Nghĩa", "Ngân Hà - Trung tâm TT & VH")."""
    prefix = _BYLINE_PREFIX.match(line)
    rest = line[prefix.end() :] if prefix else line
    rest = normalize_byline(rest)
    if not rest or _QUOTED_PERSON.match(rest) or len(rest) > 90 or len(rest.split()) > 14 or rest.endswith("/."):
        return None
    if prefix:
        return rest
    head = _REPORTER.sub("", re.split(r" - |/|,| \(", rest)[0])
    if (
        _name_like(head)
        or _INITIALED.match(head)
        or _ORG_START.match(rest)
        or rest.casefold() in lexicon.news_outlets()
    ):
        return rest
    return None


def _split_trailing_byline(line: str) -> tuple[str, str | None]:
    """Archives often glue the author to the last paragraph: "…– bà Trinh cho hay. Hữu Long"."""
    lines = [line]
    if (doubled := _DOUBLED_TAIL.search(line)) and _printed_twice(doubled["once"]):
        lines.append(line[: doubled.end("once")])  # tried after the line as printed: "Ảnh: Tuệ Nhi Tuệ Nhi"
    for printed, pattern in itertools.product(lines, _TRAILING_BYLINES):
        m = pattern.search(printed)
        credited = _CREDIT_THEN_AUTHOR.match(m["byline"]) if m else None
        if m and not credited and _PHOTO_CREDIT.match(m["byline"]):
            continue  # the last photo's credit alone names no author
        found = byline_of(credited["author"] or credited["named"] if credited else m["byline"]) if m else None
        if m and found:
            return printed[: m.start()].rstrip(), found
    return _split_glued_author(line)


def _split_glued_author(line: str) -> tuple[str, str | None]:
    """The author glued to a last sentence that lost its full stop ("… bất cứ lúc nào Nguyễn Tuấn"): a
    name-like run at the very end, after a word in lower case that does not lead into a name ("anh",
    "của") and naming no place."""
    m = _GLUED_AUTHOR.search(line.rstrip())
    if m is None:
        return line, None
    author = m["author"].strip()
    words = author.split()
    before = line[: m.start("author")]
    last_word = before.split()[-1] if before.split() else ""
    if (
        _BEFORE_A_NAME.search(before)
        or not last_word.islower()
        or not all(is_vietnamese_syllable(w) for w in words)
        or (len(words) == 3 and not is_surname(words[0].title()))  # "tháng Giêng Lê Minh", "Phật Nam Phong"
        or gazetteer().lookup(author)
        or author in gazetteer().province_names
        or author.casefold() in lexicon.news_outlets()
        or lexicon.countries().fullmatch(author)
        or author == _HOME_COUNTRY  # "… Viện Hàn lâm Khoa học và Công nghệ Việt Nam"
    ):
        return line, None
    return before.rstrip(), author


def _classify(line: str) -> str:
    if _is_caption_cue(line):
        return "caption"
    if len(line) <= 260 and (not re.search(r"[.!?]$", line) or re.search(r"(?:\.\.\.|…)$", line)):
        return "caption"
    return "paragraph"


def segment(page: Page, source: str) -> Document:
    """Lay a cleaned page out as a document; HTML metadata, when present, wins over guesses."""
    lines = [ln for ln in page.lines if ln]
    published: str | None = page.published
    blocks: list[Block] = []

    dateline_at = next((i for i, ln in enumerate(lines[:_DATELINE_WINDOW]) if _is_dateline(ln)), None)
    dateline_text = None
    if dateline_at is not None:
        dateline_text = strip_fragments(lines[dateline_at])
        parsed = parse_dateline(dateline_text)
        if published is None and parsed:
            published = parsed[0]

    title, title_at = page.title, None
    if title is not None:
        title_at = next((i for i, ln in enumerate(lines[:_DATELINE_WINDOW]) if ln == title), None)
    elif dateline_at is not None:
        before = dateline_at - 1
        if before >= 0 and _is_headline(lines[before]) and not _is_banner(lines[before]):
            title_at = before
        elif dateline_at + 1 < len(lines) and _is_headline(lines[dateline_at + 1]):
            title_at = dateline_at + 1
    else:
        first = 0
        while first < len(lines) - 1 and first < 4 and _is_banner(lines[first]):
            first += 1
        if lines[first:] and _is_headline(lines[first]) and not _is_caption_cue(lines[first]):
            title_at = first
        elif first and _is_headline(lines[first - 1]) and not lines[first - 1].isupper():
            title_at = first - 1  # a headline of three words ("Nhân sự mới") when no longer one follows
    if title_at is not None:
        title = lines[title_at]

    start = max(i for i in (title_at, dateline_at, -1) if i is not None) + 1
    if title_at is not None and dateline_at is not None and dateline_at > title_at + 1:
        start = title_at + 1  # nothing between headline and a late dateline is dropped
    body = [ln for i, ln in enumerate(lines) if i >= start and i != dateline_at]

    byline = page.byline
    if byline is None:
        for i in range(len(body) - 1, max(len(body) - 3, -1), -1):
            found = byline_of(body[i])
            if found and (i == len(body) - 1 or _BYLINE_PREFIX.match(body[i])):
                byline = found
                del body[i]
                break

    if byline is None and body:
        body[-1], byline = _split_trailing_byline(body[-1])
    body = [ln for ln in body if ln]

    if title:
        blocks.append(Block("title", title))
    if dateline_text:
        blocks.append(Block("dateline", dateline_text))
    # An HTML page says which lines are captions (figcaption, the line under a photo); guessing from
    # shape is for plain text, where the photos are gone, and would take its subheadings for captions.
    captions = {strip_fragments(c) for c in page.captions}
    marked = isinstance(page, HtmlPage)
    for line in body:
        guessed = "paragraph" if marked else _classify(line)
        kind = "caption" if strip_fragments(line) in captions else guessed
        blocks.append(Block(kind, line))  # type: ignore[arg-type]
    warnings = [] if published else ["no_dateline"]
    header = [ln for i, ln in enumerate(lines[:start]) if i not in (title_at, dateline_at)]
    return Document(
        source=source,
        blocks=blocks,
        byline=byline,
        published=published,
        warnings=warnings,
        header=header,
        spellings=page.spellings,
    )
