"""The document the stages pass along: cleaned blocks laid out into one `text` with offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "dateline", "paragraph", "caption"]
BLOCK_SEPARATOR = "\n\n"
_SHORT_OPENING = 200


@dataclass
class Block:
    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0


@dataclass
class Page:
    """What reading and cleaning a page gives: its lines, plus metadata an HTML page may carry."""

    lines: list[str]
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)
    url: str | None = None  # the address the page declares (canonical link, og:url)
    spellings: dict[str, str] = field(default_factory=dict)  # see `normalize.old_spellings`


@dataclass
class HtmlPage(Page):
    """A page read from markup. Its captions are the ones the markup marks (figcaption, caption
    classes, the line under a photo); no other line of it is a caption, however short."""


@dataclass
class Document:
    source: str
    blocks: list[Block]
    byline: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # lines above the headline: site name, banner
    spellings: dict[str, str] = field(default_factory=dict)  # the page's old-style spellings
    text: str = ""

    def __post_init__(self) -> None:
        self.layout()

    def layout(self) -> None:
        """Join the blocks into `text` and record where each one starts and ends."""
        parts, offset = [], 0
        for block in self.blocks:
            block.start, block.end = offset, offset + len(block.text)
            parts.append(block.text)
            offset = block.end + len(BLOCK_SEPARATOR)
        self.text = BLOCK_SEPARATOR.join(parts)

    @property
    def title(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "title"), None)

    @property
    def dateline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "dateline"), None)

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in ("paragraph", "caption")]

    @property
    def lead(self) -> list[Block]:
        """The title and the opening: where an article says what the event was.

        The opening is the first body block, and the next one too when the first is a
        short line (a caption, a stray dateline) rather than a paragraph.
        """
        head = [self.title] if self.title else []
        body = self.body
        opening = body[:2] if body and len(body[0].text) < _SHORT_OPENING else body[:1]
        return head + opening
