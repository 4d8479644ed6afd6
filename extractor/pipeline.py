"""The pipeline: read → clean → segment → rules (+ targeted NER) → resolve → validate.

`extract_bytes` is the one entry point every caller ends in: it never raises,
it returns a `Record` or an `ErrorRecord`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from itertools import islice
from pathlib import Path

from extractor import nlp
from extractor.document import Document
from extractor.errors import ExtractionError
from extractor.gazetteer import gazetteer
from extractor.models import (
    Coordination,
    DateMention,
    ErrorInfo,
    ErrorRecord,
    ExtractorInfo,
    Record,
    Topic,
)
from extractor.normalize import as_printed
from extractor.reader import DEFAULT_MAX_BYTES, read_page
from extractor.resolve import merge_agencies, merge_officials, span, unify_units
from extractor.rules import coordination as coord
from extractor.rules.agencies import (
    AgencyMention,
    body_named_by_post,
    dominant_level,
    find_agencies,
    find_delegations,
    met_at_levels,
    placed,
    printed_levels,
    resolve_levels,
    same_printed_level,
)
from extractor.rules.dates import (
    DateHit,
    find_dates,
    is_deadline,
    is_event_cue,
    is_posted,
    is_reporting,
    is_tomorrow,
    parse_dateline,
    with_year,
    year_of_sentence,
    year_printed_near,
)
from extractor.rules.locality import find_locality
from extractor.rules.officials import find_chains, find_officials
from extractor.rules.topics import find_topics
from extractor.segment import segment
from extractor.sentences import sentence_at, sentences
from extractor.site import SiteHint, site_hint
from extractor.version import __version__

_MIN_ARTICLE_CHARS = 200
_OPENING_CHARS = 600  # the first lines of the body, where an article says when its event was
_EVENT_WITHIN = 1000  # past this far into the lead, a day is the story's background
_EARLIER_WITHIN = 600  # how far after a reporting day its "Trước đó, ngày …" may stand
# "Ảnh: Đinh Tuấn/TTXVN", "(Ảnh minh họa: Thế Lập/TTXVN)", "[Nguồn: UBND tỉnh Quảng Nam, TTXVN]": sources
_CREDIT = re.compile(r"\b(?:Ảnh(?: minh họa)?|Nguồn(?: ảnh)?|Video)\s*:\s*[^.\n\])]{0,60}")


def record_id(content: bytes) -> str:
    """Stable id: a hash of the normalised content (or of the raw bytes when they cannot be read)."""
    return hashlib.sha256(content).hexdigest()[:24]


def _dates(
    doc: Document, hits: list[DateHit], event_hit: DateHit | None
) -> tuple[list[DateMention], str | None, list[str]]:
    """Every date with its role, the event date, and the warnings the two dates raise."""
    text, warnings = doc.text, []
    year = int(doc.published[:4]) if doc.published else None
    dateline = doc.dateline
    publication = parse_dateline(dateline.text) if dateline else None
    event = None
    mentions: list[DateMention] = []
    for hit in hits:
        value = with_year(hit.value, year)
        if publication and dateline and dateline.start + publication[1].start <= hit.start < dateline.end:
            role = "publication"
        elif is_deadline(text, hit):
            role = "deadline"
        elif hit is event_hit:
            if value.startswith("--") and year is None:
                stated = year_of_sentence(text, hit) or year_printed_near(text, hits, hit)
                value = with_year(value, stated)
            role, event = "event", value
        elif hit.kind in ("y", "range", "my"):
            role = "period"
        else:
            role = "reference"
        mentions.append(DateMention(text=hit.text, value=value, role=role, start=hit.start, end=hit.end))
    if event and doc.published:
        if event[:4] != doc.published[:4] and not event.startswith("--"):
            warnings.append("event_year_mismatch")
        if len(event) == 10 and event > doc.published[:10]:
            warnings.append("event_after_publication")
    return mentions, event, warnings


def _event_hit(doc: Document, hits: list[DateHit]) -> DateHit | None:
    """The opening's first day with an event cue ("Sáng 12/5, …").

    When that sentence only reports ("Chiều 12.5, ông X cho biết, …") and the opening then
    dates something earlier ("Trước đó, ngày 11.5, …"), the earlier day is the event, unless it only
    dates a clip appearing online ("ngày 5/2, trên mạng xã hội xuất hiện clip …").
    """
    text, lead = doc.text, doc.body[:2]
    days = [
        h
        for h in hits
        if h.kind in ("dmy", "dm")
        and any(b.start <= h.start < b.end for b in lead)
        and h.start < lead[0].start + _EVENT_WITHIN
        and not is_deadline(text, h)
    ]
    opening_end = lead[0].start + _OPENING_CHARS if lead else 0
    cued = [h for h in days if is_event_cue(text, h, opening=h.start < opening_end)]
    first = cued[0] if cued else None
    if first and is_tomorrow(text, first):
        # "Mặc dù ngày mai (9/2) mới là chính hội, nhưng từ hôm nay (8/2), …": the day the sentence tells as
        # come is the story's; one told only as tomorrow is the event announced
        _, sentence_end = sentence_at(text, first.start, first.end)
        first = next((h for h in cued[1:] if h.start < sentence_end and not is_tomorrow(text, h)), first)
    if first is None or not is_reporting(text, first):
        return first
    earlier = [
        h
        for h in days
        if 0 < h.start - first.start < _EARLIER_WITHIN and h.value[-5:] < first.value[-5:] and not is_posted(text, h)
    ]
    return earlier[0] if earlier else first


def _same_day_sentences(doc: Document, hits: list[DateHit], event: DateHit | None) -> list[tuple[int, int]]:
    """The sentence that dates the event, then the opening's later ones printing the same day: a page
    may date its event in a line of background and again where it tells what was held ("Ngày 6-2,
    Phòng GD-ĐT quận, UBND phường đã làm việc với …")."""
    if event is None:
        return []
    opening = [(b.start, min(b.end, b.start + coord.FIRST_LINES)) for b in doc.body[:2]]
    same_day = [
        h
        for h in hits
        if h.start > event.start
        and h.kind in ("dmy", "dm")
        and _same_time(h, event)
        and any(s <= h.start < e for s, e in opening)
    ]
    found = [sentence_at(doc.text, h.start, h.end) for h in [event, *same_day]]
    return list(dict.fromkeys(found))


def _same_time(hit: DateHit, event: DateHit | None) -> bool:
    """A date that may be the event's: its day, or its year or month when that is all it prints."""
    if event is None:
        return False
    if hit.kind in ("dmy", "dm"):
        return hit.value[-5:] == event.value[-5:]
    return hit.kind != "range" and hit.value[:4] == event.value[:4]


def _mention_key(mention: AgencyMention) -> tuple[int, str]:
    """Two bodies may be read at one place: "Bí thư kiêm Chủ tịch phường X" (Đảng ủy and UBND phường)."""
    return mention.start, mention.entry.name


def _district_unit(locality: dict | None) -> str | None:
    """The kind of district (huyện, quận, thị xã, thành phố) a commune-level locality lies in."""
    if not locality or locality["unit"] not in ("xã", "phường", "thị trấn"):
        return None
    places = gazetteer().lookup(locality["name"], locality["unit"])
    kinds = {p.district[0] for p in places if p.district and p.province == locality["province"]}
    return kinds.pop() if len(kinds) == 1 else None


def _bodies_met(doc: Document, counted: list[AgencyMention]) -> list[AgencyMention]:
    """The bodies an event's host meets at lower levels, named by the levels alone ("… của 6 tỉnh")."""
    hosts = {m.start: m for m in counted if not m.plural}
    lead = [(b.start, b.end) for b in doc.lead]
    return [
        body
        for met in coord.levels_met(lead, doc.text, [(m.start, m.end) for m in hosts.values()])
        for body in met_at_levels(hosts[met.host], met.start, met.end, list(met.levels))
    ]


def _names_within(mentions: list[AgencyMention], stretches: list[tuple[int, int]]) -> set[str]:
    return {m.name for m in mentions if any(s <= m.start < e for s, e in stretches)}


def _coordination(
    doc: Document,
    counted: list[AgencyMention],
    held: set[tuple[int, str]],
    home: str | None,
    hits: list[DateHit],
    event_hit: DateHit | None,
    met: list[AgencyMention],
    actors: list[coord.Actor],
) -> tuple[Coordination | None, list[str]]:
    """The event the opening reports, and the bodies it is between (also when it is no coordination).

    When the headline and opening name no event, the first sentence that dates the event and names
    one does ("…, sáng 6/2, UBND phường phối hợp cùng Phòng GD&ĐT quận đã có buổi làm việc với …").
    `met` are the bodies a host meets at lower levels ("… của 6 tỉnh"), parties where they are
    printed; `actors` the post-holders, whose bodies are parties when they act at the event the
    opening names. A body's own plenum is no event between bodies, and at a press briefing those who
    only speak brief the press, not another body.
    """
    text = doc.text
    # a page printed as one block runs on into background: the event is named in its first lines
    opening = "\n".join(b.text[: coord.FIRST_LINES] for b in doc.lead[:2] if b.kind != "dateline")
    lead_lines = "\n".join(b.text[: coord.FIRST_LINES] for b in doc.lead)
    types = coord.event_types(opening) or coord.event_types(lead_lines)
    lead, body = [(b.start, b.end) for b in doc.lead], [(b.start, b.end) for b in doc.body]
    for sentence in _same_day_sentences(doc, hits, event_hit) if not types else []:
        if types := coord.event_types(text[slice(*sentence)]):
            lead.append(sentence)
            break
    spans = coord.party_spans(lead, text)
    hosts = coord.hosts_and_guests(lead, text, [(m.start, m.end) for m in counted if not m.plural])
    spans.acting += hosts
    spans.acting += [(m.start, m.end) for m in met]
    # a body's own plenum and its guests hold no event between bodies (SPEC §5), unless "giữa" names
    # two; nor does one body's press briefing, which two may hold together ("A và B tổ chức họp báo")
    body_start, body_end = (doc.body[0].start, doc.body[-1].end) if doc.body else (0, 0)
    told_first = "\n".join([opening, *(text[slice(*b)] for b in islice(sentences(text, body_start, body_end), 3))])
    named_between = _names_within(counted, spans.between)
    briefing = coord.names_a("briefing", told_first)
    own_session = (coord.names_a("plenum", told_first) and len(named_between) < 2) or (
        briefing and len(named_between | _names_within(counted, hosts)) < 2
    )
    if doc.body:
        spans.actors = coord.actors_at_event(
            doc.body[0].start, text, actors, briefing=briefing, types=tuple(types), hosted=bool(hosts)
        )
    other_days = [h.start for h in hits if not _same_time(h, event_hit)]
    signed = coord.signings(body, text, [(m.start, m.end) for m in counted], other_days) if types else []
    if signed:
        spans.between += signed
        types = types if "ky_ket" in types else [*types, "ky_ket"]
    types = coord.reviews_instrument(body, text, types)
    mentions = [
        coord.PartyMention(m.name, m.start, m.end, m.level, m.entry.name, m.plural, _mention_key(m) in held)
        for m in counted
    ]
    parties = coord.met_by_deputies(types, coord.select_parties(mentions, spans, home, text))
    if own_session or not coord.is_coordination(
        types, parties, works_with_others=coord.works_with_others(mentions, spans, text)
    ):
        return None, parties
    reviewed, planned = coord.years(lead_lines, find_dates(lead_lines))
    coordination = Coordination(
        event_types=types,  # type: ignore[arg-type]
        instrument=coord.instrument(opening) or coord.instrument(lead_lines),  # type: ignore[arg-type]
        parties=parties,
        years_reviewed=reviewed,
        years_planned=planned,
    )
    return coordination, parties


def build_record(doc: Document, source: str, content_id: str, site: SiteHint | None = None) -> Record:
    """Run the rules over a segmented document and resolve what they found into a record."""
    text = doc.text
    title = doc.title.text if doc.title else None
    lead_text = "\n".join(b.text for b in doc.lead)

    chains = find_chains(text)
    printed = find_agencies(text)
    printed += find_delegations(text, printed)
    held_at = [p.organization for c in chains for p in c.posts if p.organization]
    unified = unify_units(printed + held_at)
    printed, as_held = unified[: len(printed)], iter(unified[len(printed) :])
    chains = [
        replace(c, posts=[replace(p, organization=next(as_held)) if p.organization else p for p in c.posts])
        for c in chains
    ]
    post_orgs = {_mention_key(p.organization): p for c in chains for p in c.posts if p.organization}
    post_spans = [(p.start, p.end) for c in chains for p in c.posts]
    credits = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]  # "Ảnh: Đinh Tuấn/TTXVN"
    free = [m for m in printed if not any(s <= m.start < e for s, e in post_spans + credits)]
    held_in = [p.organization for p in post_orgs.values() if p.organization]
    parents = [m.parent for m in held_in if m.parent]  # "Sở Công Thương" of "Trưởng phòng … - Sở Công Thương"
    named_by_posts = [  # the Chính phủ of "Thủ tướng"
        body
        for c in chains
        for p in c.posts
        if p.role.body and (body := body_named_by_post(text, p.role.body, p.start, p.end))
    ]
    found = sorted(free + held_in + parents + named_by_posts, key=lambda m: m.start)
    locality = find_locality(title, lead_text, text, doc.published, printed_levels(found), "\n".join(doc.header), site)
    home = locality["unit"] if locality else dominant_level(found)
    province_home = (
        locality["name"] == locality["province"] and locality["unit"] == gazetteer().province_unit(locality["name"])
        if locality
        else home == "tỉnh"
    )
    province_level = gazetteer().province_unit(locality["province"]) if locality and locality["province"] else None
    resolved = resolve_levels(
        text,
        found,
        home,
        district=_district_unit(locality),
        province_home=province_home,
        province_level=province_level,
    )
    counted = same_printed_level(
        [
            m
            for m in resolved
            if placed(m) and (_mention_key(m) not in post_orgs or post_orgs[_mention_key(m)].counts_organization)
        ]
    )

    met = _bodies_met(doc, counted)
    counted += met

    official_mentions = find_officials(text, chains)
    officials = merge_officials(text, official_mentions, {_mention_key(m): m for m in resolved})
    held = {_mention_key(p.organization) for o in official_mentions if o.chain for p in o.chain.posts if p.organization}
    # "Phó Tổng cục trưởng Tổng cục Thủy lợi (Bộ NN&PTNT)": the body a post's unit belongs to is named by the post too
    held |= {_mention_key(m.parent) for m in held_in if m.parent and _mention_key(m) in held}
    held |= {_mention_key(m) for m in named_by_posts}

    hits = find_dates(text)
    event_hit = _event_hit(doc, hits)
    # one who acts at an event stands for the body of their first post: "Bí thư Tỉnh ủy, Trưởng đoàn
    # ĐBQH tỉnh X chủ trì" puts the Tỉnh ủy there, not every body X has a seat in; one who held it
    # ("nguyên Bí thư Thành ủy") stands for none
    actors = [
        coord.Actor(o.start, frozenset(o.event_roles), bodies, o.name)
        for o in official_mentions
        if o.chain
        and not o.chain.posts[0].former
        and (bodies := tuple((p.organization.start, p.organization.end) for p in o.chain.posts if p.organization))
    ]
    coordination, parties = _coordination(doc, counted, held, home, hits, event_hit, met, actors)
    # "HĐND các huyện, thành phố" is a class of bodies; it names agencies only as a party of the event.
    agencies = merge_agencies(text, [m for m in counted if not m.plural or m.name in parties])

    topics = [
        Topic(label=label, mentions=[span(text, s, e) for s, e in spans])  # type: ignore[arg-type]
        for label, spans in find_topics(text, [(m.start, m.end) for m in found]).items()
    ]
    dates, event_date, date_warnings = _dates(doc, hits, event_hit)
    return Record(
        id=content_id,
        source=source,
        title=title and as_printed(title, doc.spellings),
        published=doc.published,
        event_date=event_date,
        locality=locality,  # type: ignore[arg-type]
        byline=doc.byline and as_printed(doc.byline, doc.spellings),
        officials=officials,
        agencies=agencies,
        coordination=coordination,
        topics=topics,
        dates=dates,
        text=text,
        captions=[b.text for b in doc.blocks if b.kind == "caption"],
        warnings=doc.warnings + date_warnings,
        extractor=ExtractorInfo(version=__version__, ner=nlp.ner_version()),
    )


def extract_bytes(
    data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, url: str | None = None
) -> Record | ErrorRecord:
    """One input in, one record or error record out; never raises.

    `url` is the page's web address when the caller knows it; an HTML page may declare its own.
    """
    content_id = record_id(data)
    try:
        page = read_page(data, max_bytes=max_bytes)
        content_id = record_id("\n".join(page.lines).encode("utf-8"))
        doc = segment(page, source)
        if sum(len(b.text) for b in doc.body) < _MIN_ARTICLE_CHARS:
            raise ExtractionError("not_article", "the page holds too little running text to be an article")
        return build_record(
            doc, source, content_id, site_hint(url or page.url or (source if "://" in source else None))
        )
    except ExtractionError as error:
        return ErrorRecord(id=content_id, source=source, error=ErrorInfo(code=error.code, message=error.message))
    except Exception as error:  # one bad input must never stop a batch
        message = f"unexpected {type(error).__name__}: {error}"
        return ErrorRecord(id=content_id, source=source, error=ErrorInfo(code="internal", message=message))


def extract(source: str | bytes | Path, *, name: str | None = None) -> Record | ErrorRecord:
    """Extract one article from a path, raw bytes, or a string of text or HTML."""
    if isinstance(source, Path) or (isinstance(source, str) and name is None and _is_path(source)):
        path = Path(source)
        return extract_bytes(path.read_bytes(), name or str(path))
    data = source.encode("utf-8") if isinstance(source, str) else source
    return extract_bytes(data, name or "<string>")


def _is_path(value: str) -> bool:
    """A one-line string naming an existing file; text too long to be a file name is text."""
    if "\n" in value or len(value) >= 4096:
        return False
    try:
        return Path(value).is_file()
    except OSError:  # "File name too long" and the like
        return False
