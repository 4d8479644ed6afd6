"""Resolve: merge mentions into one entry per person and per agency, with canonical names and spans."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from extractor.lexicon import form_key
from extractor.models import Agency, Official, Position, Span
from extractor.rules.agencies import AgencyMention, is_field_body
from extractor.rules.names import LEVEL_PATTERN
from extractor.rules.officials import OfficialMention, PostMatch
from extractor.sentences import sentence_at

_EVENT_ROLE_ORDER = ("chair", "speaker", "reporter", "attendee", "signatory")


def span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def canonical_title(post: PostMatch, organization: AgencyMention | None) -> str:
    """ "Trưởng" + "Ban Dân vận Huyện ủy" → "Trưởng Ban Dân vận Huyện ủy"; "Nguyên " kept for a former post,
    "Quyền " for an acting one, a deputy's term too ("Đại biểu Quốc hội khóa XV")."""
    title = post.role.role if organization is None else f"{post.role.role} {organization.name}"
    title = f"{title} {post.term}" if post.term else title
    title = f"Quyền {title}" if post.acting else title
    return f"Nguyên {title}" if post.former else title


def _drop_subsumed(positions: list[Position]) -> list[Position]:
    """A bare "Phó Bí thư" adds nothing beside "Phó Bí thư Huyện ủy" for the same person, nor a bare "Thủ
    tướng" (read as the Vietnamese government's) beside "Thủ tướng Campuchia"."""
    titles = [p.title.casefold() for p in positions]
    stems = [t.removesuffix(" chính phủ") for t in titles]
    return [
        p
        for p, title, stem in zip(positions, titles, stems, strict=True)
        if not any(other != title and other.startswith(stem + " ") for other in titles)
    ]


def merge_officials(
    text: str, mentions: list[OfficialMention], resolved: dict[tuple[int, str], AgencyMention]
) -> list[Official]:
    """One official per name (case-insensitive), posts and mentions from every place it is printed."""
    by_name: dict[str, Official] = {}
    in_posts = [(p.start, p.end) for m in mentions if m.chain for p in m.chain.posts]
    for mention in mentions:
        official = by_name.get(mention.name.casefold())
        if official is None:
            if mention.chain is None:
                continue
            official = by_name[mention.name.casefold()] = Official(name=mention.name, positions=[])
        if mention.chain:
            for post in mention.chain.posts:
                organization = (
                    resolved.get((post.organization.start, post.organization.entry.name))
                    if post.organization
                    else _field_body_in_sentence(text, post, resolved, in_posts)
                )
                position = Position(
                    title=canonical_title(post, organization),
                    role=post.role.role,
                    organization=organization.name if organization else None,
                    text=text[post.start : post.end],
                )
                _add_positions(official, [position])
        if all((m.start, m.end) != (mention.start, mention.end) for m in official.mentions):
            official.mentions.append(span(text, mention.start, mention.end))
        _add_roles(official, mention.event_roles)
    officials = _merge_given_names(list(by_name.values()))
    for official in officials:
        official.positions = _drop_subsumed(official.positions)
    return officials


def _merge_given_names(officials: list[Official]) -> list[Official]:
    """ "bà Kim Thoa, Phó Giám đốc …" where the article names "Nguyễn Thị Kim Thoa": a name printed without
    its family name is the one full name it ends, when just one does."""
    kept = []
    for official in officials:
        short = official.name.casefold()
        longer = [o for o in officials if o is not official and o.name.casefold().endswith(" " + short)]
        if len(short.split()) < 2 or len(longer) != 1:
            kept.append(official)
            continue
        full = longer[0]
        _add_positions(full, official.positions)
        full.mentions = sorted([*full.mentions, *official.mentions], key=lambda m: m.start)
        _add_roles(full, official.event_roles)
    return kept


def _add_positions(official: Official, positions: list[Position]) -> None:
    """The positions whose titles the official does not hold yet (case-insensitive)."""
    for position in positions:
        if all(p.title.casefold() != position.title.casefold() for p in official.positions):
            official.positions.append(position)


def _add_roles(official: Official, roles: Iterable[str]) -> None:
    merged = {*official.event_roles, *roles}
    official.event_roles = [r for r in _EVENT_ROLE_ORDER if r in merged]  # type: ignore[misc]


def _field_body_in_sentence(
    text: str, post: PostMatch, resolved: dict[tuple[int, str], AgencyMention], in_posts: list[tuple[int, int]]
) -> AgencyMention | None:
    """ "đoàn công tác của Bộ VHTTDL do Thứ trưởng Trịnh Thị Thủy làm trưởng đoàn": a bare head of a
    field's body ("Thứ trưởng", "Bộ trưởng") heads the one such body its sentence names outside a post."""
    implied = post.role.implied or ""
    if not implied.startswith("field:"):
        return None
    left, right = sentence_at(text, post.start, post.end)
    bodies = {
        m.name: m
        for m in resolved.values()
        if left <= m.start < right
        and is_field_body(m, implied.removeprefix("field:"))
        and not any(s <= m.start < e for s, e in in_posts)
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


_LEVEL_REST = re.compile(rf"(?:cấp )?{LEVEL_PATTERN}", re.IGNORECASE)


def unify_units(mentions: list[AgencyMention]) -> list[AgencyMention]:
    """One name for each unit an article names openly ("Cục …", "Trung tâm …"), as a party board ("Ban
    Tuyên giáo") or without its level where it names the central body, read the same way at every mention.

    A unit printed once with the body it belongs to ("Cục Chống tham nhũng (Thanh tra Chính phủ)") is
    that unit where printed bare. A name that runs on into lower-case words ("Tổng cục Du lịch tham
    quan") is the shorter name printed at least twice as often: the words after it are the sentence's,
    not the unit's (a level word, "và …" or a capitalised word may be the name's own: "Chi cục Kiểm lâm
    tỉnh", "Viện Khoa học thủy lợi miền Nam").
    """
    mentions = _central_where_no_local(_boards_named_once(mentions))
    units = [m for m in mentions if not m.entry.forms and not m.plural]
    unit_ids = {id(m) for m in units}
    counts = Counter(form_key(m.name) for m in units)
    by_key = dict(sorted(((form_key(m.name), m) for m in units), key=lambda item: len(item[0])))  # shortest first
    parented = {form_key(m.name[: -len(m.parent.name) - 1]): m for m in units if m.parent}
    out = []
    for m in mentions:
        key = form_key(m.name) if id(m) in unit_ids else None
        if key in parented and parented[key] is not m:
            m = replace(parented[key], start=m.start, end=m.end)
        elif key:
            m = _cut_run_on(m, key, by_key, counts)
        out.append(m)
    return out


def _central_where_no_local(mentions: list[AgencyMention]) -> list[AgencyMention]:
    """ "MTTQ Việt Nam" where the story names the "Ủy ban Trung ương MTTQ Việt Nam" and no local committee
    with its level: the central body."""
    leveled = {m.entry.name for m in mentions if m.explicit_level}
    central = {
        form_key(m.entry.name.replace("Trung ương ", "")): m.entry
        for m in mentions
        if m.entry.level_mode == "none" and "Trung ương " in m.entry.name
    }
    return [
        replace(m, entry=central[key], level=None)
        if not m.level and (key := form_key(m.entry.name)) in central and m.entry.name not in leveled
        else m
        for m in mentions
    ]


def _boards_named_once(mentions: list[AgencyMention]) -> list[AgencyMention]:
    """ "Ban Tuyên giáo" where the article names the "Ban Tuyên giáo Trung ương": a board printed without
    its committee is the one board of that name the article prints with one."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        if m.entry.level_mode.startswith("board") and m.committee:
            named.setdefault(m.entry.name, set()).add(m.name)
    whole = {m.entry.name: m for m in mentions if m.committee and len(named.get(m.entry.name, ())) == 1}
    return [
        replace(whole[m.entry.name], start=m.start, end=m.end)
        if m.entry.level_mode.startswith("board") and not m.committee and m.entry.name in whole
        else m
        for m in mentions
    ]


def _cut_run_on(
    mention: AgencyMention, key: str, by_key: dict[str, AgencyMention], counts: Counter[str]
) -> AgencyMention:
    """The shortest name printed often enough that `mention`'s name runs on from, if any (`by_key` is
    shortest first)."""
    for shorter, unit in by_key.items():
        rest = mention.name[len(unit.name) + 1 :]
        if not key.startswith(shorter + " ") or not rest[:1].islower() or counts[shorter] < 2 * counts[key]:
            continue
        if _LEVEL_REST.match(rest) or rest.startswith("và ") or any(c.isupper() for c in rest):
            continue
        return replace(unit, start=mention.start, end=mention.end)
    return mention


def merge_agencies(text: str, mentions: list[AgencyMention]) -> list[Agency]:
    """One agency per canonical name (its case aside: "389 Quốc gia", "389 quốc gia"), in order of first mention."""
    by_name: dict[str, Agency] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        agency = by_name.get(key := form_key(mention.name))
        if agency is None:
            agency = by_name[key] = Agency(
                name=mention.name,
                abbreviation=mention.entry.abbreviation,
                kind=mention.kind,  # type: ignore[arg-type]
                level=mention.level,
            )
        agency.mentions.append(span(text, mention.start, mention.end))
    return list(by_name.values())
