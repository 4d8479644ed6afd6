"""Date expressions: datelines, event dates, deadlines and periods, as partial ISO values."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor import lexicon
from extractor.sentences import sentence_at

# "Thứ sáu (3/2)", "chủ nhật, 5/3": a day named by its weekday, then by its date
_WEEKDAY = r"(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)"
_DAY_CUE = (
    r"(?:(?:sáng|chiều|tối|trưa|đêm|ngày) (?:nay|qua|mai)|ngày|sáng|chiều|tối|trưa|đêm|hôm nay|hôm qua|hôm"
    rf"|từ|đến|trước|sau|vào|tới|hết|phiên|{_WEEKDAY},?(?=\s+\(?\d))"
)
_SPAN_DASH = re.compile(r"\s*[-–—]\s*")
# "năm Đinh Dậu 2017": a year's name in the sixty-year cycle
_LUNAR_YEAR = (
    r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)"
)
# "… đã khai mạc vào ngày 29/6 vừa qua": a day told as just past is an event's
_JUST_PAST = re.compile(r"\)?\s*vừa qua(?![^\W_])")
_TOMORROW_BEFORE = re.compile(r"(?<![^\W_])(?:ngày|sáng|chiều|tối|trưa|đêm) mai\s*[(,]?\s*$", re.IGNORECASE)
# "chiều nay, 8-2", "ngày mai, 7.7": a day told as today, yesterday or tomorrow, then by its date
_RELATIVE_DAY = r"(?:(?:sáng|chiều|tối|trưa|đêm|ngày) (?:nay|qua|mai)|hôm nay|hôm qua)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "dmy",
        re.compile(
            r"(?<![\d/])(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm\s+|[/,]\s*)(?P<y>\d{4})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "dmy",
        re.compile(r"(?<![\d/.])(?P<d>\d{1,2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*(?P<y>\d{4})(?![\d/])"),
    ),
    (
        "dmy",
        re.compile(r"(?<![\d/.])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE),
    ),
    (
        "dm",
        re.compile(
            # after a day word the day and month may be split by a dot too ("Chiều 12.5"), or bracketed
            rf"\b(?:{_DAY_CUE}|{_RELATIVE_DAY},)\s+\(?(?P<date>(?:ngày\s+)?(?:\d{{1,2}}\s*[-–]\s*)?(?P<d>\d{{1,2}})\s*(?:[/-]\s*|\.)"
            rf"(?P<m>\d{{1,2}}))(?![\d/]|\.\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "dm",
        re.compile(r"(?<![\d/])(?:ngày\s+)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\s*(?:năm|/)\s*\d)", re.I),
    ),
    (
        # "diễn ra từ ngày 10 đến 13-6", "hai ngày 25 và 26/5": the first day takes the month printed last
        "dm",
        re.compile(
            r"\bngày\s+(?P<date>(?P<d>\d{1,2}))\s+(?:đến|tới|và)\s+(?:ngày\s+)?\d{1,2}\s*[-/.]\s*(?P<m>\d{1,2})(?![\d/])",
            re.IGNORECASE,
        ),
    ),
    ("my", re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:/|năm\s+|-)\s*(?P<y>\d{4})(?!\d)", re.IGNORECASE)),
    (
        "range",
        re.compile(
            r"(?:giai đoạn|nhiệm kỳ|từ năm|năm|khóa)\s+(?P<y>(?:19|20)\d{2})\s*[-–—]\s*(?P<y2>(?:19|20)\d{2})",
            re.IGNORECASE,
        ),
    ),
    (
        "y",
        re.compile(
            rf"(?<![\d/])(?:năm\s+(?:{_LUNAR_YEAR}\s+)?|Xuân\s+{_LUNAR_YEAR}\s+)(?P<y>(?:19|20)\d{{2}})(?![\d/])",
            re.IGNORECASE,
        ),
    ),
)
# "Liên hoan cồng chiêng Tây Nguyên 2017", "DIFF 2017", "PP 2017": the edition year that closes an event's
# name (not a vessel's number far ahead of any edition: "tàu QN 2040")
_EVENT_NAME_YEAR = re.compile(
    r"(?:(?<![^\W_])(?:Liên hoan|Lễ hội|Festival|Hội chợ|Hội thi|Hội diễn|Giải|Tuần lễ|Diễn đàn)\s[^.;:\n]{0,60}?"
    r"|(?<![^\W_])[A-ZĐ]{2,}\s+)(?P<y>20[0-2]\d)(?![\d/])"
)
_TIME = re.compile(r"(?<![\d/])(?P<H>\d{1,2})\s*(?::|h|giờ)\s*(?P<M>\d{2})(?:\s*(?P<ampm>AM|PM|SA|CH)\b)?", re.I)
_DEADLINE_CUE = re.compile(
    r"(?:trước|chậm nhất|hạn chót|hạn|đến hết|trước ngày|hoàn thành trong)\s*(?:ngày\s*)?$", re.I
)
# "…bạo hành trẻ, ngày 6-2, Phòng GD-ĐT quận …"; "Trước đó, ngày 7/5, …" dates what came before the event
_ADVERBIAL_DAY = re.compile(r"(?<!đó)(?<!đây),\s*ngày\s*$")
_SUBJECT_AFTER = re.compile(r",\s+[^\W\d_]")
# "Như đã thông tin, ngày 2/1, Sở GTVT …": a day the paper reported before, the story's background
_RECAP_DAY = re.compile(
    r"(?<![^\W_])(?:theo\s+)?như\s+(?:[^,.;\n]{1,30}\s)?(?:tin\s+)?đã\s+(?:thông tin|đưa tin|phản ánh|đưa|đăng)"
    r"(?:\s+trước đó)?,\s*(?:(?:vào|sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s*)?$",
    re.IGNORECASE,
)
# "(sinh năm 1988)", "mua đất từ năm 2003": a person's year, or one the story looks back to, not the day's;
# nor a year it looks ahead to ("quy hoạch đến năm 2020", "tầm nhìn 2030"), nor a law's ("Luật Hợp tác
# xã năm 2012")
_OTHER_YEAR = re.compile(
    r"(?<![^\W_])(?:(?:sinh|SN|từ|trước|đến|tới|hết|vào|mốc|tầm nhìn|định hướng)\s*|Luật [^.;,\d]{2,60}\s)$",
    re.IGNORECASE,
)
# "Cách đây 10 năm, … Đêm 12/1/2007, …": a day the story looks years back to
_LOOKING_BACK = re.compile(r"\s*(?:Cách đây|Trước đó)\s+(?:hơn\s+|gần\s+)?\d+\s+năm(?![^\W_])")
# "kỷ niệm 90 năm ngày sinh … (22.5.1927)": the day an anniversary marks is the same day, years before
_ANNIVERSARY = re.compile(r"(?<![^\W_])kỷ niệm\s+\d+\s+năm(?![^\W_])", re.IGNORECASE)
# "Ảnh: Tuệ Nhi Ngày 14.5, …", "(Ảnh: Facebook) Ngày 6/2, …", "Công an vào cuộc Ngày 6/2, …": a sentence
# run into a caption or a subheading (not a named day: "kỷ niệm Ngày 8/3")
_CAPITAL_DAY = re.compile(r"(?:[^\W_](?<!niệm)(?<!mừng)(?<!nhân)|\))\s+Ngày\s*$")
_EVENT_CUE = re.compile(
    r"(?:^|[.;\n]\s*)[-–—]?\s*(?:(?:vào|từ)\s+(?:ngày\s*)?|ngày\s*)\(?$"
    r"|(?:^|\n)\s*(?:[^\s()]{2,12}|\([^()\n]{2,24}\))\s*[-–—]\s*ngày\s*$"  # a source's tag: "GD&TĐ- Ngày 8/2"
    r"|(?<![^\W\d_])(?:sáng|chiều|tối|trưa|đêm|hôm nay|hôm qua|ngày mai)(?:\s+(?:nay|qua|mai))?"
    r"\s*(?:ngày\s*)?(?:,\s*)?\(?$"
    rf"|(?:^|[.;\n]\s*|(?<![^\W\d_])(?:sáng|chiều|tối|trưa|đêm|hôm)\s+){_WEEKDAY}\s*(?:,\s*)?\(?$"
    # "Khoảng 9h ngày 3/2", and a sentence that opens on the hour: "20 giờ 30 ngày 6-2, …"
    r"|(?:vào lúc|lúc|vào khoảng|khoảng)\s+\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}\s*(?:phút\s*)?(?:,\s*)?(?:ngày\s*)?$"
    r"|(?:^|[.;\n]\s*)\d{1,2}\s*(?:giờ|h)\s*\d{0,2}\s*(?:phút\s*)?(?:,\s*)?ngày\s*$"
    r"|(?<![^\W\d_])phiên\s*(?:giao dịch\s*)?(?:ngày\s*)?$"  # a market's day: "chốt phiên 6/3"
    # "diễn ra trong hai ngày 25 và 26/5", "Lễ Công bố … do VCCI tổ chức ngày 14/03"
    # (not what "sẽ" plans: "Lễ hội … sẽ khai mạc ngày 10/3")
    r"|(?<!sẽ )(?<!dự kiến )(?<!sẽ được )(?<!dự kiến được )(?<!sẽ chính thức )(?<!sẽ chính thức được )"
    r"(?:diễn ra|tổ chức|khai mạc|khánh thành|xảy ra)\s+"
    r"(?:vào\s+|trong\s+)?(?:(?:hai|ba|\d)\s+)?(?:ngày\s*)?$"
    # "Tại kỳ họp bất thường (vào) ngày 11/6 của HĐND tỉnh, …": the meeting a sentence opens on
    r"|(?:^|[.;\n]\s*)Tại\s+(?:kỳ họp|phiên họp|cuộc họp|hội nghị|buổi làm việc|buổi họp)[^.;\n]{0,60}?"
    r"\s\(?(?:vào\s+)?(?:sáng\s+|chiều\s+)?ngày\s*$"
    # "được tổ chức tại huyện Nam Trà My, tỉnh Quảng Nam từ ngày 10 đến 13-6-2017"
    r"|(?<!sẽ )(?<!dự kiến )(?:diễn ra|tổ chức|khai mạc)\s+tại\s+[^.;\n]{1,60}?\s(?:từ|vào)\s+ngày\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateHit:
    """One date expression; `value` is partial ISO with `--MM-DD` while the year is unknown."""

    start: int
    end: int
    text: str
    value: str
    kind: str  # dmy, dm, my, range, y


def _valid(day: int, month: int, year: str | None = None) -> bool:
    """A calendar day, in a year a news page may name ("24/12/0019" is a slip of the keyboard, no date)."""
    return 1 <= day <= 31 and 1 <= month <= 12 and (year is None or 1800 <= int(year) <= 2199)


def find_dates(text: str) -> list[DateHit]:
    """Every date expression in `text`, left to right, without overlaps (more precise forms win)."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            span = m.span("date") if groups.get("date") else m.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            if kind in ("dmy", "dm"):
                day, month = int(groups["d"]), int(groups["m"])
                if not _valid(day, month, groups.get("y")):
                    continue
                value = f"{groups['y']}-{month:02d}-{day:02d}" if kind == "dmy" else f"--{month:02d}-{day:02d}"
            elif kind == "my":
                month = int(groups["m"])
                if not _valid(1, month, groups["y"]):
                    continue
                value = f"{groups['y']}-{month:02d}"
            else:
                value = groups["y"]
            start, end = m.span("date") if groups.get("date") else m.span()
            hits.append(DateHit(start, end, text[start:end], value, kind))
            taken.append((start, end))
    return _years_from_range_ends(text, sorted(hits, key=lambda h: h.start))


_NEAR_DAYS = 7
_RANGE_LINK = re.compile(r"\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?$", re.IGNORECASE)


def _years_from_range_ends(text: str, hits: list[DateHit]) -> list[DateHit]:
    """ "Từ ngày 27/11 đến ngày 01/12 năm 2018": the first day takes the year printed at the end."""
    out = list(hits)
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        if first.kind == "dm" and last.kind == "dmy" and _RANGE_LINK.match(text[first.end : last.start]):
            year = int(last.value[:4]) - (first.value[2:] > last.value[5:])
            out[i] = replace(first, value=f"{year}{first.value[1:]}", kind="dmy")
    return out


def with_year(value: str, year: int | None) -> str:
    """Give a year-less `--MM-DD` value the dateline's year, when there is one."""
    if value.startswith("--") and year is not None:
        return f"{year}{value[1:]}"
    return value


def parse_dateline(line: str) -> tuple[str, DateHit] | None:
    """The publication date-time of a dateline as ISO 8601 (+07:00 when a time is printed)."""
    dates = [h for h in find_dates(line) if h.kind == "dmy"]
    if not dates:
        return None
    date = dates[0]
    rest = line[: date.start] + " " * (date.end - date.start) + line[date.end :]
    time = _TIME.search(rest)
    if time is None:
        return date.value, date
    hour, minute = int(time["H"]), int(time["M"])
    ampm = (time["ampm"] or "").upper()
    if ampm in ("PM", "CH") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date.value, date
    start, end = min(date.start, time.start()), max(date.end, time.end())
    hit = DateHit(start, end, line[start:end], date.value, "dmy")
    return f"{date.value}T{hour:02d}:{minute:02d}:00+07:00", hit


def is_deadline(text: str, hit: DateHit) -> bool:
    return bool(_DEADLINE_CUE.search(text[max(0, hit.start - 25) : hit.start]))


def _sentence(text: str, hit: DateHit) -> str:
    """The sentence `hit` is printed in."""
    start, end = sentence_at(text, hit.start, hit.end)
    return text[start:end]


def year_of_sentence(text: str, hit: DateHit) -> int | None:
    """The one year printed in the sentence of `hit` ("Ngày 08/6, … 6 tháng đầu năm 2018"), if just one; the
    edition year of an event named there counts ("Sáng 6/2, … Liên hoan cồng chiêng Tây Nguyên 2017")."""
    sentence = _sentence(text, hit)
    years = {h.value for h in find_dates(sentence) if h.kind == "y" and not _OTHER_YEAR.search(sentence, 0, h.start)}
    years |= {m["y"] for m in _EVENT_NAME_YEAR.finditer(sentence) if not _OTHER_YEAR.search(sentence, 0, m.start("y"))}
    return int(years.pop()) if len(years) == 1 else None


def year_printed_near(text: str, hits: list[DateHit], day: DateHit) -> int | None:
    """ "ngày 6-2, … (6 và 7-2-2017)": a year-less `day` takes the year printed in full with a day of its
    month up to a week after it (a day before it is as often the story's background: "khởi công ngày
    19/5/2013"), or printed in the sentence of the same day told again ("năm 2017 diễn ra từ ngày 10 đến
    13-6"), if the article gives just one. The day's own sentence is read first, and of a span of days
    ("Tối 1/7, … kỷ niệm … (1/7/1822 - 1/7/2017)") only the end counts."""
    month, number = day.value[-5:-3], int(day.value[-2:])
    start, end = sentence_at(text, day.start, day.end)
    anniversary = _ANNIVERSARY.search(text, start, end)
    full = {
        hit: int(hit.value[:4])
        for hit, after in zip(hits, [*hits[1:], None], strict=True)
        if hit.kind == "dmy"
        and hit.value[5:7] == month
        and 0 <= int(hit.value[-2:]) - number <= _NEAR_DAYS
        and not (hit.value[-5:] == day.value[-5:] and _marks_anniversary(text, hit, anniversary, hits))
        and not (after and after.kind == "dmy" and _SPAN_DASH.fullmatch(text, hit.end, after.start))
    }
    if len(in_sentence := {year for hit, year in full.items() if start <= hit.start < end}) == 1:
        return in_sentence.pop()
    years = set(full.values())
    years |= {
        year
        for hit in hits
        if hit is not day and hit.kind == "dm" and hit.value == day.value and (year := year_of_sentence(text, hit))
    }
    return years.pop() if len(years) == 1 else None


def _marks_anniversary(text: str, hit: DateHit, anniversary: re.Match[str] | None, hits: list[DateHit]) -> bool:
    """ "kỷ niệm 40 năm ngày thành lập" … "(27/6/1977)": the same day years before, where the day's
    sentence or the date's own names an anniversary, is the day it marks, unless it closes a span of
    days ("(14/6/1957 - 14/6/2017)")."""
    before = [h for h in hits if h.end <= hit.start]
    if before and before[-1].kind == "dmy" and _SPAN_DASH.fullmatch(text, before[-1].end, hit.start):
        return False
    return bool(anniversary or _ANNIVERSARY.search(text, *sentence_at(text, hit.start, hit.end)))


def is_reporting(text: str, hit: DateHit) -> bool:
    """The sentence of `hit` dates the reporting ("Chiều 12.5, ông X cho biết, …") rather than the event.

    A day inside what is reported ("Ông X cho biết: …, sáng 6/2, UBND phường đã làm việc …") is the event's.
    """
    _, end = sentence_at(text, hit.start, hit.end)
    return any(rx.search(text, hit.end, end) for _, rx in lexicon.cues("reporting"))


def is_posted(text: str, hit: DateHit) -> bool:
    """The sentence of `hit` dates a clip or a post appearing online ("ngày 5/2, trên mạng xuất hiện clip …")."""
    start, end = sentence_at(text, hit.start, hit.end)
    return any(rx.search(text, start, end) for _, rx in lexicon.cues("posted"))


def is_tomorrow(text: str, hit: DateHit) -> bool:
    """A day told as tomorrow ("ngày mai (9/2)", "sáng mai, 6/7"): an event yet to come."""
    return bool(_TOMORROW_BEFORE.search(text, max(0, hit.start - 16), hit.start))


def _looking_back(text: str, hit: DateHit) -> bool:
    """The day's sentence, or the one before it, opens by looking years back ("Cách đây 10 năm, …")."""
    left, _ = sentence_at(text, hit.start, hit.end)
    starts = [left, sentence_at(text, left - 1, left - 1)[0]] if left > 1 else [left]
    return any(_LOOKING_BACK.match(text, start) for start in starts)


def is_event_cue(text: str, hit: DateHit, *, opening: bool = False) -> bool:
    """A day the lead says the event took place on: "Sáng ngày 04/02/2021,", "Ngày 24/12,", a "Ngày
    14.5" whose sentence was run into a caption; in the article's opening lines also an adverbial
    "…, ngày 6-2, Phòng GD-ĐT quận đã …" (further on, such a day is more often the story's background)."""
    before = text[max(0, hit.start - 90) : hit.start]
    if _RECAP_DAY.search(before) or _looking_back(text, hit):
        return False
    if _EVENT_CUE.search(before) or _JUST_PAST.match(text, hit.end):
        return True
    if opening and _ADVERBIAL_DAY.search(before) and _SUBJECT_AFTER.match(text, hit.end):
        return True
    return bool(_CAPITAL_DAY.search(before))
