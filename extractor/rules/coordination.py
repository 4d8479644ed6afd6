"""The coordination event: its types, instrument, parties and the years it reviews and plans."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from extractor import lexicon
from extractor.rules.agencies import PLURAL_LEVEL, VENUE_BEFORE
from extractor.rules.dates import DateHit
from extractor.rules.locality import find_places
from extractor.rules.names import UPPER, someone_named
from extractor.sentences import sentence_at, sentence_end, sentences

_VOTERS = ("tiep_xuc_cu_tri",)
_SESSIONS = ("lam_viec", "hoi_nghi_khac")  # a working session or a meeting, which one body may hold with others
_REVIEWS = ("tong_ket", "so_ket", "danh_gia")
_HEARING_REPORTS = {"lam_viec", "giam_sat"}  # a working or supervising visit, whose hosts report to it
_TAKING_PART = {"chair", "attendee", "signatory"}  # roles of one who is at an event, not only quoted on it
_SPEAKING = {"speaker", "reporter"}  # roles of one who may be at the event or only quoted on it
# between a post's body and the cue it is the subject of: the holder's name, the delegation they
# lead or go with, then "đã có buổi"
_SUBJECT_GAP = re.compile(
    rf"(?:\s+{UPPER}\S*){{0,6}}"
    r"(?:(?:\s+(?:đã|vừa|sẽ))*\s+(?:cùng|dẫn đầu)"
    r" (?:đoàn(?: công tác| kiểm tra| giám sát)?|các thành viên (?:trong )?đoàn))?"
    r"(?:\s+(?:đã|vừa|sẽ|có|tổ chức|buổi|cuộc|đến|về|tới))*\s*"
)
# the ranks a level word always names ("thành phố" may be a province or a district: no rank)
_RANK = {"tỉnh": 0, "huyện": 1, "quận": 1, "thị xã": 1, "xã": 2, "phường": 2, "thị trấn": 2}
FIRST_LINES = 1500  # how far into a block of the lead it names the event: its types, years, parties, actors
_WORKS_WITH = re.compile(r"(?:làm việc|họp) với\b")
_HELD = re.compile(r"\s*(?:(?:phối hợp|đồng|cùng)\s+)?tổ chức(?![^\W_])")
# the signatories a signing's clause opens with: "Bảo hiểm xã hội Việt Nam và Bộ Y tế đã"
_SIGNED_BY = re.compile(r"[^,;:]*\S\s+(?:và|cùng)\s+[^,;:]*?(?:\s+(?:đã|vừa|cùng|chính thức))+\s*")
_CHAIN_GAP = re.compile(r"(?:\s*(?:[,;/&–—-]|và|với|cùng|đã|phối hợp)\s*)+")  # "A đã phối hợp cùng B tổ chức"
_LEVELS_MET = re.compile(
    rf"\b(?:của|với|cùng)\s+(?:các|\d+)\s+(?P<levels>{PLURAL_LEVEL}(?:\s*(?:,|và)\s*{PLURAL_LEVEL})*)(?![^\W_])"
)


@dataclass(frozen=True)
class PartyMention:
    name: str
    start: int
    end: int
    level: str | None
    head: str
    plural: bool = False
    held: bool = False  # the organisation of a named person's post


def _between() -> re.Pattern[str]:
    return dict(lexicon.cues("coordination"))["between"]


@cache
def _off_event(value: str) -> re.Pattern[str]:
    """A cue that what a stretch tells is not the event itself: said `aside` from it, `planned`, a `contract`."""
    return dict(lexicon.cues("off_event"))[value]


@cache
def _meeting_up() -> re.Pattern[str]:
    """What people do at a meeting that may instead be what an event is for ("cơ hội để … giao lưu")."""
    return dict(lexicon.cues("meeting_up"))["meeting_up"]


def _cue_hits(group: str, text: str) -> list[tuple[str, int]]:
    """Every cue of a group in `text`, as (value, offset), in printed order."""
    hits = [
        (value, m.start())
        for value, rx in lexicon.cues(group)
        for m in rx.finditer(text)
        if not (value == "ky_ket" and _off_event("contract").search(text, max(0, m.start() - 40), m.start()))
        and not (
            _meeting_up().fullmatch(m.group()) and _off_event("purpose").search(text, max(0, m.start() - 60), m.start())
        )
    ]
    return sorted(hits, key=lambda hit: hit[1])


def event_types(lead: str) -> list[str]:
    """Event types named in the headline and lead, in the order they are printed."""
    hits = _cue_hits("event_type", lead)
    types = list(dict.fromkeys(value for value, _ in hits if value != "hoi_nghi_khac"))
    if not types and any(v == "hoi_nghi_khac" for v, _ in hits):
        types = ["hoi_nghi_khac"]
    return types


def instrument(lead: str) -> str | None:
    hits = _cue_hits("instrument", lead)
    return hits[0][0] if hits else None


@dataclass(frozen=True)
class Actor:
    """A named post-holder: where the name is printed, the event roles read around it, and where
    the bodies of their posts are printed, the one they stand for first."""

    start: int
    roles: frozenset[str]
    bodies: tuple[tuple[int, int], ...]
    name: str


@dataclass
class PartySpans:
    """Where the lead names an event's parties.

    `between`: "giữa A với B"; `acting`: a sentence saying bodies act together, up to the end of
    its clause; `subjects`: the stretch before such a cue, where a person's post stands for their
    body ("Bí thư Thành ủy TP.HCM Đinh La Thăng đã có buổi làm việc với Quận ủy quận 2"); `actors`:
    for each post-holder who acts at the event, where the bodies of their posts are printed, the one
    they stand for first.
    """

    between: list[tuple[int, int]]
    acting: list[tuple[int, int]]
    subjects: list[tuple[int, int]]
    actors: list[Actor] = field(default_factory=list)


def party_spans(lead_blocks: list[tuple[int, int]], text: str) -> PartySpans:
    """The stretches of the lead where parties are named: "giữa A với B", or a sentence saying A works with B.

    Only the first lines of a block count: a national paper's page is often one block that runs on
    into letters, directives, quotes and background ("tỉnh đã chỉ đạo Thanh tra tỉnh phối hợp với Sở
    TNMT rà soát"), where bodies act together at no event the article reports. Nor does an inquiry
    ("Công an huyện đã lấy lời khai, làm việc với những người liên quan"): its working sessions are
    police or inspectors' work, no event between bodies; nor a directive ("giao Sở X chủ trì, phối
    hợp với UBND quận kiểm tra"), which tells bodies to work together.
    """
    spans = PartySpans([], [], [])
    investigating = dict(lexicon.cues("investigation"))["investigation"]
    for start, end in lead_blocks:
        for left, right in sentences(text, start, end):
            if left >= start + FIRST_LINES:
                break
            body = text[left:right]
            for m in _between().finditer(body):
                spans.between.append((left + m.start(), left + _clause_end(body, m.end(), listing=True)))
            cue = min(
                (m for _, rx in lexicon.cues("coordination") if (m := rx.search(body))),
                key=lambda m: m.start(),
                default=None,
            )
            if (
                cue
                and not investigating.search(body)
                and not _directed(body, cue)
                and not _off_event("planned").search(body, 0, cue.start())
            ):
                spans.acting.append((left, left + _clause_end(body, cue.end())))
                spans.subjects.append((left, left + cue.start()))
    return spans


def _directed(sentence: str, cue: re.Match[str]) -> bool:
    """ "giao Sở Xây dựng chủ trì, phối hợp với UBND quận kiểm tra", "yêu cầu Sở GD&ĐT kiểm tra làm
    rõ": bodies told to work together or to inspect, at no event yet. A working session or meeting
    named after a directive word is still held ("Tại cuộc họp, … yêu cầu …, đã làm việc với …")."""
    directive = dict(lexicon.cues("directive"))["directive"]
    told = cue.group().lower().startswith(("phối hợp", "kiểm tra", "giám sát"))
    return told and bool(directive.search(sentence, 0, cue.start()))


def actors_at_event(
    body_start: int,
    text: str,
    actors: list[Actor],
    *,
    briefing: bool = False,
    types: tuple[str, ...] = (),
    hosted: bool = False,
) -> list[Actor]:
    """The post-holders the body's first lines have act at its event, in a sentence that names it ("Phó
    Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Y đã đến dự, chủ trì hội nghị"); each stands for a body of
    theirs. Further on, up to twice as far, once someone is placed at the event: one who speaks at an
    event of the article's `types` ("Phát biểu tại buổi làm việc, Phó Bí thư Thường trực Tỉnh ủy Z …"),
    and at a working or supervising visit one who reports, first in their sentence ("Trung tá Y, Trưởng
    Công an quận 2 báo cáo …").

    One who only speaks or reports acts at the event when the sentence puts them there and they are
    its first post-holder, the one speaking ("Tại cuộc họp giao ban, Chủ tịch UBND TP X yêu cầu Sở
    GD-ĐT …", "ông X, Phó Chủ tịch UBND huyện, báo cáo với đoàn công tác"), not one spoken of ("…, ông
    X cho biết, UBND tỉnh đã cách chức ông Y"). One who reports, first in their sentence and not to
    the press, reports to the event once someone is placed at it ("…, ông Y, Giám đốc Sở GD-ĐT báo
    cáo") or a body is `hosted` there ("UBND tỉnh tổ chức họp mặt doanh nghiệp. Ông Y, Bí thư Tỉnh ủy cho
    biết"), or when the sentence opens with the report ("Báo cáo tình hình lớp học, Bí thư Tỉnh ủy Z
    cho biết"); so does one who speaks there in their own words ("Bà Y, Phó Chủ tịch UBND quận 1 cho
    biết"), not one a fronted clause speaks of ("Trả lời câu hỏi về việc bổ nhiệm Giám đốc Sở X Y, …").
    A person counts once, for the body of the post they are first placed at the event by. At a
    press `briefing` one who only speaks or reports briefs the press for the host, no other body.
    """
    attending = dict(lexicon.cues("attending"))
    named = [rx for _, rx in lexicon.cues("event_type")] + [attending["at_event"]]
    speaking_at, to_press, opens_report = attending["speaking_at"], attending["to_press"], attending["opens_report"]
    aside = _off_event("aside")
    of_the_event = [rx for value, rx in lexicon.cues("event_type") if value in types]
    found: list[Actor] = []
    for i, actor in enumerate(actors):
        offset = actor.start - body_start
        if not 0 <= offset < 2 * FIRST_LINES or any(actor.name and actor.name == f.name for f in found):
            continue
        if briefing and not actor.roles & _TAKING_PART:
            continue
        left, right = sentence_at(text, actor.start)
        first = not any(left <= other.start < actor.start for other in actors[:i])
        speaks = actor.roles & _SPEAKING and first and speaking_at.search(text, left, right)
        at_event = (actor.roles & _TAKING_PART or speaks) and any(rx.search(text, left, right) for rx in named)
        if offset >= FIRST_LINES:
            speaks_at_it = speaks and at_event and any(rx.search(text, left, right) for rx in of_the_event)
            reports_to_visit = (
                "reporter" in actor.roles
                and first
                and _HEARING_REPORTS.intersection(types)
                and not to_press.search(text, left, right)
                and not aside.match(text, left)
            )
            if found and (speaks_at_it or reports_to_visit):
                found.append(actor)
            continue
        reports_to_it = (
            ("reporter" in actor.roles or ("speaker" in actor.roles and _speaks_after(actor, actors[i + 1 :], text)))
            and first
            and not to_press.search(text, left, right)
            and not aside.match(text, left)
            and (found or hosted or opens_report.match(text, left))
        )
        if at_event or reports_to_it:
            found.append(actor)
    return found


def _speaks_after(actor: Actor, later: list[Actor], text: str) -> bool:
    """A speaking verb follows the actor's name and posts in their sentence, before the next post-holder
    or person named ("…, bổ nhiệm ông Y làm Giám đốc Sở X, ông Khương nói": Y does not speak)."""
    start = max(actor.start, *(end for _, end in actor.bodies))
    end = min([sentence_at(text, actor.start)[1], *(other.start for other in later[:1])])
    verb = dict(lexicon.cues("event_role"))["speaker"].search(text, start, end) if start < end else None
    return verb is not None and not someone_named().search(text, start, verb.start())


@cache
def _clause_stop() -> re.Pattern[str]:
    """A sentence's end (not the dot of "TP. Đông Hà"), a colon or semicolon, a purpose, or what is
    reported on ("nghe Bộ X và UBND Y báo cáo về việc tiếp thu các kiến nghị của Hiệp hội Z")."""
    return re.compile(rf"{sentence_end().pattern}|[;:]| để | nhằm | trong đó| báo cáo về ")


def _clause_end(body: str, at: int, *, listing: bool = False) -> int:
    """Where the clause running on from `at` ends: a stop, a colon, or a purpose ("để", "nhằm").

    With `listing`, a colon that opens the list of the parties ("giữa tỉnh X và 4 cơ quan báo chí:
    Báo Nhân dân, …") does not end it.
    """
    stop = _clause_stop().search(body, at)
    while listing and stop and stop.group() == ":":
        stop = _clause_stop().search(body, stop.end())
    return stop.start() if stop else len(body)


def signings(
    blocks: list[tuple[int, int]],
    text: str,
    bodies: list[tuple[int, int]] | None = None,
    other_days: list[int] | None = None,
) -> list[tuple[int, int]]:
    """ "A và B đã tổ chức ký kết kết nghĩa giữa Huyện Đoàn C với Quận Đoàn D": a signing between
    named bodies, wherever the article prints it; its clause names the bodies that hold it and sign.

    Without "giữa", the signatories are the subject the clause ends on, joined by "và" or "cùng"
    ("Cùng ngày 15.5, BHXH Việt Nam và Bộ Y tế đã ký kết …"), when one of `bodies` is printed in it
    (a contract "đã ký kết" between people is no signing the article reports) and no date of
    `other_days` (offsets of dates that are not the event's) is printed before the cue: "Cuối năm
    2013, … đã ký kết" is the story's background.
    """
    signing_cue = dict(lexicon.cues("event_type"))["ky_ket"]
    found = []
    for start, end in blocks:
        for left, right in sentences(text, start, end):
            body = text[left:right]
            signing = signing_cue.search(body)
            if not signing:
                continue
            if between := _between().search(body, signing.end()):
                clause = max(body.rfind(";", 0, signing.start()), body.rfind(":", 0, signing.start())) + 1
                found.append((left + clause, left + _clause_end(body, between.end())))
                continue
            subject = max(body.rfind(mark, 0, signing.start()) for mark in ",;:") + 1
            if (
                _SIGNED_BY.fullmatch(body, subject, signing.start())
                and any(left + subject <= s and e <= left + signing.start() for s, e in bodies or [])
                and not any(left <= at < left + signing.start() for at in other_days or [])
            ):
                found.append((left + subject, left + signing.start()))
    return found


def reviews_instrument(blocks: list[tuple[int, int]], text: str, types: list[str]) -> list[str]:
    """The event's types, with danh_gia when the article, anywhere, has the coordination document's
    results reported ("… báo cáo kết quả thực hiện chương trình phối hợp công tác năm 2019").

    A tổng kết or sơ kết already is that review.
    """
    if not types or any(t in _REVIEWS for t in types):
        return types
    found = any(rx.search(text, start, end) for start, end in blocks for _, rx in lexicon.cues("review"))
    return [*types, "danh_gia"] if found else types


@dataclass(frozen=True)
class LevelsMet:
    """ "… tổ chức hội nghị giao ban … của 6 tỉnh": the body at `host` meets its own kind at these levels."""

    host: int
    start: int
    end: int
    levels: tuple[str, ...]


def _hosts(
    lead_blocks: list[tuple[int, int]], text: str, bodies: list[tuple[int, int]]
) -> Iterator[tuple[int, re.Match[str]]]:
    """Each "… tổ chức" of the lead with the index of the body printed just before it."""
    host_cue = dict(lexicon.cues("attending"))["host"]
    for start, end in lead_blocks:
        for cue in host_cue.finditer(text, start, end):
            before = [i for i, (_, e) in enumerate(bodies) if e <= cue.start() and not text[e : cue.start()].strip()]
            if before:
                yield before[0], cue


def levels_met(lead_blocks: list[tuple[int, int]], text: str, bodies: list[tuple[int, int]]) -> list[LevelsMet]:
    """The lower levels a host holds its event with, read in the clause after "tổ chức"."""
    found = []
    for host, cue in _hosts(lead_blocks, text, bodies):
        clause_end = cue.end() + _clause_end(text[cue.end() :], 0)
        if met := _LEVELS_MET.search(text, cue.end(), clause_end):
            levels = tuple(re.findall(PLURAL_LEVEL, met["levels"]))
            found.append(LevelsMet(bodies[host][0], met.start("levels"), met.end(), levels))
    return found


def hosts_and_guests(
    lead_blocks: list[tuple[int, int]], text: str, bodies: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Stretches of the lead naming the bodies that hold the event ("HĐND- UBND- Ủy ban MTTQ huyện
    tổ chức hội nghị"), runs of bodies joined by commas, dashes or "và", and the bodies that attend
    it as bodies, wherever the guest list names them ("Tham dự có Chủ tịch UBND TP X, đại diện các cơ
    quan Trung ương gồm Thanh tra Chính phủ, Bộ TN&MT, …"). A guest's post names a body (its holder
    may stand for it, see `actors_at_event`), not a guest.
    """
    bodies = sorted(bodies)
    spans = [(bodies[_chain(bodies, i, text, step=-1)][0], bodies[i][1]) for i, _ in _hosts(lead_blocks, text, bodies)]
    cues = dict(lexicon.cues("attending"))
    for start, end in lead_blocks:
        for cue in cues["guest"].finditer(text, start, end):
            clause_end = cue.end() + _clause_end(text[cue.end() : end], 0, listing=True)
            spans += [(s, e) for s, e in bodies if cue.end() <= s and e <= clause_end]
        for cue in cues["hosted_by"].finditer(text, start, end):
            first = next((i for i, (s, _) in enumerate(bodies) if s == cue.end()), None)
            if first is None:
                continue
            last = _chain(bodies, first, text, step=1)
            # "do Bộ NN&PTNT và Trường … tổ chức": held by the run of bodies only when "tổ chức" closes it
            if _HELD.match(text, bodies[last][1]):
                spans.append((bodies[first][0], bodies[last][1]))
    return spans


def _chain(bodies: list[tuple[int, int]], at: int, text: str, step: int) -> int:
    """The far end of the run of bodies through `at` whose gaps are only joiners."""
    while 0 <= at + step < len(bodies):
        left, right = sorted((bodies[at], bodies[at + step]))
        if left[1] > right[0] or not _CHAIN_GAP.fullmatch(text, left[1], right[0]):
            break
        at += step
    return at


def select_parties(mentions: list[PartyMention], spans: PartySpans, home_level: str | None, text: str) -> list[str]:
    """Agencies between "giữa … với …" (else in the sentences saying bodies act together).

    Between "giữa" and "với" a person stands for the body of their post, and so does the subject of
    a sentence saying they work with a body; elsewhere a post ("…, ý kiến của Chủ tịch UBND thành phố
    Nguyễn Đức Chung") names no party, nor does a venue ("tại Bệnh viện Đa khoa tỉnh"). The same body
    printed at a stray level of the home one's rank is a typo of the home one.
    """
    inside = [m for m in mentions if any(s <= m.start and m.end <= e for s, e in spans.between)]
    named_between = len({m.name for m in inside}) >= 2
    if not named_between:
        inside += [
            m
            for m in mentions
            if any(s <= m.start and m.end <= e for s, e in spans.acting)
            and (not m.held or any(s <= m.start and _SUBJECT_GAP.fullmatch(text, m.end, e) for s, e in spans.subjects))
            and not VENUE_BEFORE.search(text, max(0, m.start - 12), m.start)
        ]
    # the post-holders of one body are no meeting of bodies by themselves; one who has a post in a
    # party already speaks for it ("Trưởng Ban Dân vận Huyện ủy, Chủ tịch UBMTTQ huyện báo cáo"); once
    # two bodies meet, one who only attends ("Cùng dự buổi làm việc có …") is their guest
    held_at = {(m.start, m.end): m for m in mentions if m.held}
    two_met = len({m.name for m in inside}) >= 2
    if not named_between and (inside or len({actor.bodies[0] for actor in spans.actors}) >= 2):
        for actor in spans.actors:
            parties = {m.name for m in inside}
            guest = two_met and not actor.roles - {"attendee"}
            speaks_for_one = any(b in held_at and held_at[b].name in parties for b in actor.bodies)
            if not guest and not speaks_for_one and actor.bodies[0] in held_at:
                inside.append(held_at[actor.bodies[0]])
    elif named_between:
        # "giữa tỉnh Quảng Ninh và 4 cơ quan báo chí": a side named by its place is the body of that
        # level whose post-holder is at the event (the Bí thư Tỉnh ủy who signs: the Tỉnh ủy)
        sides = {place.unit for s, e in spans.between for place in find_places(text, s, e)}
        sides -= {m.level for m in inside}
        inside += [
            held_at[actor.bodies[0]]
            for actor in spans.actors
            if actor.bodies[0] in held_at and held_at[actor.bodies[0]].level in sides
        ]
    inside.sort(key=lambda m: m.start)
    heads_at_home = {m.head for m in inside if m.level == home_level}
    kept = [m for m in inside if m.plural or not (_stray(m.level, home_level) and m.head in heads_at_home)]
    return list(dict.fromkeys(m.name for m in kept))


def met_by_deputies(types: list[str], parties: list[str]) -> list[str]:
    """At a meeting with voters the National Assembly meets them through a province's delegation of
    deputies: where that delegation is a party, the "Quốc hội" of "trước Kỳ họp thứ 3, Quốc hội khóa XIV"
    names the session, no second party."""
    if "tiep_xuc_cu_tri" not in types or not any(p.startswith("Đoàn đại biểu Quốc hội") for p in parties):
        return parties
    return [p for p in parties if p != "Quốc hội"]


def _stray(level: str | None, home_level: str | None) -> bool:
    """ "UBND huyện" in a district's (quận) story is a typo; "UBND huyện" in a commune's is the district."""
    rank = _RANK.get(level or "")
    return rank is not None and level != home_level and rank == _RANK.get(home_level or "")


def years(lead: str, dates: list[DateHit]) -> tuple[list[int], list[int]]:
    """Years of the lead, each read by the nearest cue before it in its sentence: reviewed ("tổng kết … năm
    2019") or planned; a year a sentence tells with no such cue ("từ năm 1981", "trong 4 tháng đầu năm 2017 đã
    xảy ra 4 vụ") is neither."""
    reviewed: list[int] = []
    planned: list[int] = []
    cues = _cue_hits("year", lead)
    for hit in dates:
        if hit.kind not in ("y", "range"):
            continue
        sentence_start = sentence_at(lead, hit.start)[0]
        before = [c for c in cues if sentence_start <= c[1] < hit.start]
        if not before:
            continue
        bucket = reviewed if before[-1][0] == "reviewed" else planned
        first = int(hit.value[:4])
        last = int(re.findall(r"\d{4}", hit.text)[-1]) if hit.kind == "range" else first
        for year in range(first, last + 1):
            if year not in bucket:
                bucket.append(year)
    return reviewed, [y for y in planned if y not in reviewed]


def works_with_others(mentions: list[PartyMention], spans: PartySpans, text: str) -> bool:
    """A body that is itself the subject of "làm việc với …" or "họp với …" ("Phòng GD&ĐT quận đã làm
    việc với nhà trường", "UBND tỉnh Kiên Giang tổ chức cuộc họp với các Sở, ngành"): a working session
    or meeting with others that name no body."""
    return any(
        not m.held and s <= m.start and _SUBJECT_GAP.fullmatch(text, m.end, e) and _WORKS_WITH.match(text, e)
        for m in mentions
        for s, e in spans.subjects
    )


def names_a(kind: str, opening: str) -> bool:
    """The opening names an event of this kind (a cue group: "plenum", "briefing")."""
    return any(rx.search(opening) for _, rx in lexicon.cues(kind))


def is_coordination(types: list[str], parties: list[str], *, works_with_others: bool = False) -> bool:
    """An event (SPEC §5) of two bodies, of one body meeting voters or residents, or of one body
    working or meeting with others that name no body.

    Bodies that only act together ("Huyện ủy và UBND huyện đã chỉ đạo kiểm tra") hold no event.
    """
    if not types:
        return False
    # a body's unit is that body at its own meeting: "Thanh tra Bộ Nội vụ" at the Bộ Nội vụ's briefing
    bodies = [p for p in parties if not any(p.endswith(f" {other}") for other in parties)]
    if len(bodies) == 1:
        return any(t in _VOTERS for t in types) or (works_with_others and any(t in _SESSIONS for t in types))
    return len(bodies) >= 2
