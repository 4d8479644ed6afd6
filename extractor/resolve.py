"""Resolve: merge mentions into one entry per person and per agency, with canonical names and spans."""

from __future__ import annotations

from extractor.lexicon import form_key
from extractor.models import Agency, Official, Position, Span
from extractor.rules.agencies import AgencyMention, is_field_body
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
    """A bare "Phó Bí thư" adds nothing beside "Phó Bí thư Huyện ủy" for the same person."""
    titles = [p.title.casefold() for p in positions]
    return [
        p
        for p, title in zip(positions, titles, strict=True)
        if not any(other != title and other.startswith(title + " ") for other in titles)
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
                title = canonical_title(post, organization)
                if all(p.title.casefold() != title.casefold() for p in official.positions):
                    official.positions.append(
                        Position(
                            title=title,
                            role=post.role.role,
                            organization=organization.name if organization else None,
                            text=text[post.start : post.end],
                        )
                    )
        if all((m.start, m.end) != (mention.start, mention.end) for m in official.mentions):
            official.mentions.append(span(text, mention.start, mention.end))
        roles = set(official.event_roles) | mention.event_roles
        official.event_roles = [r for r in _EVENT_ROLE_ORDER if r in roles]  # type: ignore[misc]
    for official in by_name.values():
        official.positions = _drop_subsumed(official.positions)
    return list(by_name.values())


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
