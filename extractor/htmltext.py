"""HTML pages: find the one article in a full page, drop the chrome around it, keep headline, dateline,
byline and captions; refuse home, section and listing pages (`not_article`).

Nothing is fetched and no script runs: the page is parsed as inert markup (lxml through
BeautifulSoup), every walk over the tree is iterative, so pages nested thousands of levels deep
are read like any other.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup, Comment, NavigableString, Tag, XMLParsedAsHTMLWarning

from extractor.clean import clean_lines
from extractor.document import HtmlPage
from extractor.errors import ExtractionError
from extractor.normalize import collapse_spaces
from extractor.rules.dates import parse_dateline

_DROP = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video",
    "audio", "input", "select", "button", "textarea", "option", "link", "head", "map",
)  # fmt: skip
_PAGE_CHROME = ("nav", "header", "footer", "aside", "menu", "dialog")
_BLOCKS = frozenset(
    ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "figcaption",
     "figure", "td", "th", "tr", "table", "br", "section", "article", "blockquote", "pre", "main",
     "address", "hr", "center")
)  # fmt: skip
_CHROME = re.compile(
    r"(?:^|[-_\s])(?:menu|nav|navbar|navigation|footer|header|sidebar|side-bar|breadcrumbs?|bread-crumb|"
    r"share|sharing|social|comments?|binh-?luan|related|relate|relation|tin-?lien-?quan|lienquan|"
    r"most-?read|mostview|docnhieu|xemnhieu|popular|trending|banner|advert|ads|adv|qc|quangcao|widget|"
    r"toolbar|login|search|tags?|keywords?|tool|print|rating|subscribe|newsletter|readmore|read-more|"
    r"box-?category|other-?news|tinkhac|tin-?khac|same-?category|cung-?chuyen-?muc|"
    r"pagination|paging|author|byline|date|time|sapo|title)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_PAGE_CHROME_CLASS = re.compile(
    r"(?:^|[-_\s])(?:menu|nav|navbar|footer|header|sidebar|side-bar|popup|modal|comments?|breadcrumbs?|"
    r"banner|ads|advert|related|relate|most-?read|mostview|widget|login)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_KEEP_CLASS = re.compile(r"caption|content|body|detail|article|entry|main", re.IGNORECASE)
_HIDDEN_CLASS = frozenset({"hidden", "d-none", "hide", "is-hidden", "visually-hidden", "sr-only", "dt-hidden"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BODY_HINT = re.compile(
    r"articlebody|article-body|article__body|article-content|detail-content|content-detail|detail__content|"
    r"fck_detail|entry-content|post-content|news-content|noidung|content_detail|singular-content|"
    r"maincontent|journal-content",
    re.IGNORECASE,
)
_DATE_HINT = re.compile(r"date|time|publish|ngay|dateline|post-?time", re.IGNORECASE)
_AUTHOR_HINT = re.compile(r"author|byline|tac-?gia|writer", re.IGNORECASE)
_SAPO_HINT = re.compile(r"sapo|description|summary|lead|chapeau|excerpt|desc", re.IGNORECASE)
_CAPTION_HINT = re.compile(r"caption|image-desc|img-desc|photo-desc|chuthich|expNoEdit", re.IGNORECASE)
_CAPTION_WORDS = re.compile(r"^(?:Ảnh\s*:|Quang cảnh|Toàn cảnh)|\(Ảnh\s*:|\bẢnh\s*:", re.IGNORECASE)
_SOURCE_BREAK = re.compile(r"[\r\n\f\v]+")
_RELATED_TYPE = re.compile(r"related|relate|news-?box|video|vote|poll", re.IGNORECASE)
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_MIN_PARAGRAPH = 25
_MIN_ARTICLE_TEXT = 250
_MAX_LINK_DENSITY = 0.45
_MAX_LINKED_HEADINGS = 5


@dataclass
class _Meta:
    """What a page says about itself in meta tags and JSON-LD."""

    headline: str | None = None
    og_title: str | None = None
    site_names: list[str] = field(default_factory=list)
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    article_typed: bool = False


def html_to_page(html: str) -> HtmlPage:
    """The article of an HTML page as cleaned lines; `ExtractionError("not_article")` for listings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    meta = _read_meta(soup)
    url = _declared_url(soup)
    _strip_inert(soup)
    if not soup.get_text(strip=True):
        raise ExtractionError("empty", "the page has no visible text: only scripts, styles or markup")
    declared = _declared_headline(soup, meta)
    root = _article_root(soup, declared)
    if root is None:
        raise ExtractionError("not_article", "the page has no block of running text that could be an article")
    h1 = declared or _headline_near(soup, root)
    title = _text(h1) if h1 is not None else _title_text(meta, soup)
    _reject_listing(soup, root, h1, meta)
    region = _region(h1, root)
    dateline = _dateline(region, root, h1)
    published = _published(meta.published, _visible_published(region, dateline))
    byline = _byline(region, root, meta)
    lead = _sapo(region, root, h1)
    _drop_chrome(root)
    captions = _mark_captions(root)
    lines = _render(root)
    head = [x for x in (title, dateline) if x]
    if lead and lead not in lines:
        head.append(lead)
    lines = clean_lines([part for line in head for part in (line, "")] + lines)
    if title and lines.count(title) > 1:
        lines = [title, *[ln for ln in lines[1:] if ln != title]]
    if byline:
        lines = [ln for ln in lines if ln != byline and ln.strip(" .") != byline]
    return HtmlPage(lines=lines, title=title, published=published, byline=byline, captions=captions, url=url)


# -- metadata -------------------------------------------------------------------------------------------


def _declared_url(soup: BeautifulSoup) -> str | None:
    """The page's own address: <link rel="canonical">, else og:url."""
    link = soup.find("link", rel="canonical")
    if isinstance(link, Tag) and link.get("href"):
        return str(link["href"]).strip() or None
    return _content(soup, property="og:url")


def _content(soup: BeautifulSoup, **attrs: str) -> str | None:
    tag = soup.find("meta", attrs=attrs)
    if isinstance(tag, Tag) and tag.get("content"):
        return collapse_spaces(str(tag["content"])) or None
    return None


def _read_meta(soup: BeautifulSoup) -> _Meta:
    """Headline, site name, publication time and authors from meta tags and JSON-LD."""
    meta = _Meta(og_title=_content(soup, property="og:title"))
    for key in ({"property": "og:site_name"}, {"name": "application-name"}, {"name": "apple-mobile-web-app-title"}):
        name = _content(soup, **key)
        if name:
            meta.site_names.append(name)
    for key in (
        {"property": "article:published_time"},
        {"itemprop": "datePublished"},
        {"name": "datePublished"},
        {"name": "pubdate"},
        {"name": "publishdate"},
        {"name": "article:published_time"},
        {"property": "og:published_time"},
        {"name": "date"},
    ):
        value = _content(soup, **key)
        if value and (iso := _iso(value)):
            meta.published = iso
            meta.article_typed = True
            break
    for item in _json_ld(soup):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and re.search(r"Article|BlogPosting|Report", k) for k in kinds):
            continue
        meta.article_typed = True
        if isinstance(item.get("headline"), str):
            meta.headline = collapse_spaces(item["headline"])
        if meta.published is None and item.get("datePublished"):
            meta.published = _iso(str(item["datePublished"]))
        meta.authors += _names(item.get("author"))
    return meta


def _json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph entries included; broken blocks are skipped."""
    items: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.get_text() or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                items.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return items


def _names(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    out = []
    for item in values:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            out.append(collapse_spaces(name))
    return out


def _iso(value: str) -> str | None:
    """An ISO 8601 date-time with an offset (Vietnam time when the page gives none)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        parsed = parse_dateline(value)
        return parsed[0] if parsed else None
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return moment.isoformat()


# -- the tree -------------------------------------------------------------------------------------------


def _strip_inert(soup: BeautifulSoup) -> None:
    """Drop what a reader never sees: scripts, styles, embeds, comments and hidden elements."""
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is not None and _is_hidden(tag):
            tag.decompose()


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(tag.get("style", ""))):
        return True
    return bool(_HIDDEN_CLASS.intersection(_classes(tag)))


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return [str(v) for v in value] if isinstance(value, list) else str(value).split()


def _marker(tag: Tag) -> str:
    return " ".join([*_classes(tag), str(tag.get("id") or ""), str(tag.get("type") or "")])


def _text(tag: Tag) -> str:
    return collapse_spaces(tag.get_text(" "))


def _link_text(tag: Tag) -> int:
    return sum(len(collapse_spaces(a.get_text(" "))) for a in tag.find_all("a"))


def _article_root(soup: BeautifulSoup, headline: Tag | None) -> Tag | None:
    """The container holding most running (unlinked) paragraph text: readability-style scoring,
    leaving out page chrome (menus, footers, sidebars, popups) that does not hold the headline."""
    chrome = _page_chrome(soup, headline)
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}
    for para in soup.find_all(["p", "div", "td", "span", "font", "li", "body", "section", "article", "center"]):
        if id(para) in chrome:
            continue
        own = "".join(s for s in para.find_all(string=True, recursive=False))
        size = len(collapse_spaces(para.get_text(" ") if para.name == "p" else own))
        if size < _MIN_PARAGRAPH or para.find_parent("a") is not None:
            continue
        if para.name == "p":
            size -= _link_text(para)
        weight = 1.0
        holders = (
            (para.parent, para.parent.parent if para.parent else None) if para.name == "p" else (para, para.parent)
        )
        for ancestor in holders:
            if isinstance(ancestor, Tag) and ancestor.name not in ("html", "[document]"):
                scores[id(ancestor)] = scores.get(id(ancestor), 0.0) + size * weight
                tags[id(ancestor)] = ancestor
            weight /= 2
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    for key, tag in tags.items():
        if _BODY_HINT.search(_marker(tag)) and scores[key] >= 0.6 * scores[best]:
            return tag
    return tags[best]


def _is_page_chrome(tag: Tag) -> bool:
    return tag.name in _PAGE_CHROME or bool(_PAGE_CHROME_CLASS.search(_name_marker(tag)))


def _name_marker(tag: Tag) -> str:
    """Class and id only (no `type`): what a stylesheet would name a box by."""
    return " ".join([*_classes(tag), str(tag.get("id") or "")])


def _page_chrome(soup: BeautifulSoup, headline: Tag | None) -> set[int]:
    """Ids of every element inside page chrome, found in one pass in document order."""
    keep = {id(a) for a in headline.parents} if headline is not None else set()
    inside: set[int] = set()
    for tag in soup.find_all(True):
        within = tag.parent is not None and id(tag.parent) in inside
        if within or (id(tag) not in keep and _is_page_chrome(tag)):
            inside.add(id(tag))
    return inside


def _declared_headline(soup: BeautifulSoup, meta: _Meta) -> Tag | None:
    """The element printing the headline the page declares (JSON-LD headline, og:title, <title>)."""
    wanted = [_fold(x) for x in (meta.headline, meta.og_title) if x]
    if soup.title and soup.title.string:
        wanted.append(_fold(soup.title.string))
    if not wanted:
        return None
    for tag in [*soup.find_all("h1"), *soup.find_all(_is_title_like)]:
        text = _fold(_text(tag))
        if len(text.split()) < 4 or tag.find_parent("a") is not None or tag.find("a") is not None:
            continue
        if any(text == w or (w.startswith(text) and len(text) > 0.6 * len(w)) for w in wanted):
            return tag
    return None


def _is_title_like(tag: Tag) -> bool:
    return tag.name in ("h2", "h3", "div", "p", "span") and bool(re.search(r"title", _marker(tag), re.I))


def _headline_near(soup: BeautifulSoup, root: Tag) -> Tag | None:
    """Failing a declared headline: the one h1 before the body, or an unlinked title just above it."""
    h1s = [h for h in soup.find_all("h1") if _text(h) and h.find("a") is None and h.find_parent("a") is None]
    before = [h for h in h1s if _precedes(h, root) or h in root.descendants]
    if len(h1s) <= 2 and len(before) == 1:
        return before[0]
    scope = root.parent.parent if isinstance(root.parent, Tag) and isinstance(root.parent.parent, Tag) else root
    for tag in scope.find_all(["h1", "h2", "h3", "div", "p"]):
        if tag is root or not (tag.name in ("h1", "h2", "h3") or _is_title_like(tag)):
            continue
        words = len(_text(tag).split())
        if 4 <= words <= 40 and tag.find("a") is None and tag.find_parent("a") is None and _precedes(tag, root):
            return tag
    return None


def _fold(text: str) -> str:
    return collapse_spaces(text).casefold()


def _precedes(a: Tag, b: Tag) -> bool:
    """True when `a` comes before `b` in document order (iterative: safe on deep trees)."""
    return any(node is b for node in a.next_elements)


def _title_text(meta: _Meta, soup: BeautifulSoup) -> str | None:
    for value in (meta.headline, meta.og_title):
        if value:
            return _strip_site(value, meta)
    if soup.title and soup.title.string:
        return _strip_site(collapse_spaces(soup.title.string), meta) or None
    return None


def _strip_site(title: str, meta: _Meta) -> str:
    """Turn "Headline - Báo VnExpress" into "Headline": drop the part that names the site."""
    parts = [p for p in _SITE_SEPARATOR.split(title) if p]
    if len(parts) < 2:
        return title
    sites = [s.casefold() for s in meta.site_names]
    kept = [p for p in parts if not _names_site(p, sites)]
    return " - ".join(kept) if kept else parts[0]


def _names_site(part: str, sites: list[str]) -> bool:
    folded = part.casefold()
    if any(s and (s in folded or folded in s) for s in sites):
        return True
    return bool(re.search(r"\b(?:báo|online|news|\.vn|\.com|cổng thông tin|điện tử)\b", folded)) and len(part) < 60


def _reject_listing(soup: BeautifulSoup, root: Tag, headline: Tag | None, meta: _Meta) -> None:
    """Home, section and listing pages are teaser grids, not one article: say so."""
    text = _text(root)
    links = _link_text(root)
    running = len(text) - links
    linked = sum(1 for h in root.find_all(["h2", "h3", "h4", "h5"]) if h.find("a") is not None)
    if running < _MIN_ARTICLE_TEXT:
        raise ExtractionError("not_article", "the page has too little running text to be one article")
    if links > _MAX_LINK_DENSITY * max(len(text), 1):
        raise ExtractionError("not_article", "the main block of the page is mostly links: a listing, not an article")
    if linked >= _MAX_LINKED_HEADINGS and running < 500 * linked:
        message = f"the main block lists {linked} linked headlines: a listing, not an article"
        raise ExtractionError("not_article", message)
    teasers = _teaser_count(soup)
    if not meta.article_typed and headline is None and teasers >= 10:
        message = f"the page shows {teasers} article teasers and no headline of its own: a home or section page"
        raise ExtractionError("not_article", message)


def _teaser_count(soup: BeautifulSoup) -> int:
    """Links that look like article headlines (several words, not in a menu)."""
    return sum(1 for a in soup.find_all("a") if len(_text(a).split()) >= 6)


def _region(h1: Tag | None, root: Tag) -> Tag:
    """The smallest element holding both the headline and the body: where dateline and byline live."""
    if h1 is None:
        return root.parent if isinstance(root.parent, Tag) else root
    ancestors = {id(a) for a in h1.parents}
    for node in (root, *root.parents):
        if id(node) in ancestors:
            return node
    return root


# -- headline area ----------------------------------------------------------------------------------------


def _dateline(region: Tag, root: Tag, h1: Tag | None) -> str | None:
    """The printed date line of the article (not a date in a related list or the site header):
    the innermost dated element, so that "<p class=date><span class=pdate>07-03-2026 - 00:01 AM</span>
    | Chứng khoán</p>" gives the date without the section name beside it."""
    for tag in region.find_all(True):
        if tag is root:
            continue
        text = _date_text(tag)
        if text and root not in tag.descendants:
            inner = next((t for d in tag.find_all(True) if (t := _date_text(d))), None)
            return inner or text
    return None


def _date_text(tag: Tag) -> str | None:
    """The text of a date-marked element (class/id naming a date, or <time>) when it reads as a date."""
    if tag.name != "time" and not _DATE_HINT.search(_marker(tag)):
        return None
    text = _text(tag).strip(" -–|")
    return text if 6 <= len(text) <= 80 and parse_dateline(text) else None


def _visible_published(region: Tag, dateline: str | None) -> str | None:
    for tag in region.find_all("time"):
        if tag.get("datetime") and (iso := _iso(str(tag["datetime"]))):
            return iso
    parsed = parse_dateline(dateline) if dateline else None
    return parsed[0] if parsed else None


def _published(declared: str | None, printed: str | None) -> str | None:
    """The publication time as the dateline prints it. Metadata fills in what the page prints no
    dateline for; where both give the same minute, the seconds only metadata carries are left out
    (pages disagree with themselves on them: JSON-LD 08:52:11, data attribute 08:52:00)."""
    if declared is None or printed is None or "T" not in printed:
        return declared or printed
    try:
        machine, shown = datetime.fromisoformat(declared), datetime.fromisoformat(printed)
    except ValueError:
        return declared
    if machine.tzinfo is not None and shown.tzinfo is not None and machine.replace(second=0, microsecond=0) == shown:
        return printed
    return declared


def _byline(region: Tag, root: Tag, meta: _Meta) -> str | None:
    """The printed author line: author elements near the article, a signed last line, a JSON-LD person."""
    found: list[str] = []
    for tag in [*region.find_all(True), *root.find_all(True)]:
        if not _AUTHOR_HINT.search(_marker(tag)):
            continue
        if any(_AUTHOR_HINT.search(_marker(child)) for child in tag.find_all(True)):
            continue  # the innermost author elements only
        text = re.sub(r"\s*[-–]?\s*\d{1,2}/\d{1,2}/\d{4}.*$", "", _text(tag)).strip(" -–")
        if 2 <= len(text) <= 80 and not re.search(r"xem các bài|tác giả khác|\bvà \d", text, re.I):
            found.append(text)
    found = [x for x in found if not any(x != y and x in y for y in found)]
    if found:
        return " - ".join(dict.fromkeys(found))
    signed = _signed_last_line(root)
    if signed:
        return signed
    people = [a for a in meta.authors if not _names_site(a, [s.casefold() for s in meta.site_names])]
    return " - ".join(people) if people else None


def _signed_last_line(root: Tag) -> str | None:
    """A right-aligned or bold short last paragraph ("Hà Thu (tổng hợp)"): the writer's signature."""
    paras = [p for p in root.find_all("p") if _text(p)]
    if not paras:
        return None
    last = paras[-1]
    text = _text(last)
    aligned = "right" in str(last.get("style", "")) + str(last.get("align", ""))
    bold = last.find(["strong", "b"]) is not None and len(_text(last.find(["strong", "b"]))) >= len(text) / 2
    if len(text.split()) <= 8 and not text.endswith((".", ":")) and (aligned or bold):
        return text
    return None


def _sapo(region: Tag, root: Tag, h1: Tag | None) -> str | None:
    """The lead paragraph many sites print between headline and body, outside the body element."""
    for tag in region.find_all(["p", "h2", "div", "span"]):
        if tag is root or root in tag.descendants or tag in root.descendants:
            continue
        if h1 is not None and not _precedes(h1, tag):
            continue
        if not _SAPO_HINT.search(_marker(tag)) or not _precedes(tag, root):
            continue
        text = _text(tag)
        if len(text) >= 60 and _link_text(tag) < len(text) / 2:
            return text
    return None


# -- the body -------------------------------------------------------------------------------------------


def _drop_chrome(root: Tag) -> None:
    """Inside the article: drop share bars, related-news boxes, ads, tags and link lists."""
    for tag in root.find_all(True):
        if tag.attrs is None or tag.decomposed:
            continue
        if _is_body_chrome(tag):
            tag.decompose()


def _is_body_chrome(tag: Tag) -> bool:
    if tag.name in _PAGE_CHROME or _RELATED_TYPE.search(str(tag.get("type") or "")):
        return True
    if _CHROME.search(_name_marker(tag)) and not _keep(tag, _marker(tag)):
        return True
    return tag.name in ("ul", "ol", "div", "table", "section") and _link_list(tag)


def _keep(tag: Tag, marker: str) -> bool:
    """A content element whose class merely mentions chrome ("detail-content-share") stays."""
    return bool(_KEEP_CLASS.search(marker)) and len(_text(tag)) > 200 and _link_text(tag) < len(_text(tag)) / 3


def _link_list(tag: Tag) -> bool:
    text = _text(tag)
    return len(text) >= 20 and _link_text(tag) > 0.6 * len(text) and len(tag.find_all("a")) >= 2


def _mark_captions(root: Tag) -> list[str]:
    """Photo captions: figcaption, caption-classed elements, and short text right after an image."""
    captions: list[str] = []
    for tag in root.find_all(True):
        if tag.decomposed:
            continue
        if tag.name == "figcaption" or _CAPTION_HINT.search(_marker(tag)):
            text = _text(tag)
        elif tag.name == "img":
            text = _image_adjacent(tag)
        else:
            continue
        if text and len(text) <= 400 and text not in captions:
            captions.append(text)
    return captions


def _image_adjacent(img: Tag) -> str:
    """The short line printed right under a photo that sits alone in its block: set in italics or
    centred, or opening with a caption cue ("Ảnh:", "Quang cảnh"). A subheading there (h2-h6, or a
    line all in bold) is not a caption."""
    holder = img
    while isinstance(holder.parent, Tag) and holder.parent.name in ("a", "span", "p", "div", "center", "strong"):
        if _text(holder.parent):
            break
        holder = holder.parent
    sibling = holder.find_next_sibling(lambda t: t.name != "br")
    if not isinstance(sibling, Tag) or sibling.find("img") is not None or _is_subheading(sibling):
        return ""
    text = _text(sibling)
    styled = (
        sibling.name in ("em", "i")
        or sibling.find(["em", "i"]) is not None
        or "center" in str(sibling.get("style", "")) + str(sibling.get("align", ""))
        or bool(_CAPTION_WORDS.search(text))
    )
    return text if styled and 5 <= len(text) <= 300 else ""


def _is_subheading(tag: Tag) -> bool:
    """A heading element, or a block whose whole text is bold (and none italic): a section title."""
    if tag.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return True
    if tag.name in ("strong", "b"):
        return True
    if not _text(tag) or tag.find(["em", "i"]) is not None:
        return False
    return all(_bold_within(s, tag) for s in tag.find_all(string=True) if s.strip())


def _bold_within(node: NavigableString, top: Tag) -> bool:
    """True when a <strong>/<b> between `node` and `top` sets it in bold."""
    for parent in node.parents:
        if parent is top:
            return False
        if parent.name in ("strong", "b"):
            return True
    return False


def _render(root: Tag) -> list[str]:
    """Text with a line break at every block boundary, walked iteratively. A line break in the
    markup's source is a space, as a browser shows it ("Quang cảnh hội nghị.\\nẢnh: Ngân Hà" in one
    <p> is one line), except inside <pre>."""
    preformatted = {id(s) for pre in root.find_all("pre") for s in pre.find_all(string=True)}
    parts: list[str] = []
    for node in root.descendants:
        if isinstance(node, Tag):
            if node.name in _BLOCKS:
                parts.append("\n")
        elif isinstance(node, NavigableString) and type(node) is NavigableString:
            text = str(node)
            parts.append(text if id(node) in preformatted else _SOURCE_BREAK.sub(" ", text))
            if _ends_block(node):
                parts.append("\n")
    return "".join(parts).split("\n")


def _ends_block(node: NavigableString) -> bool:
    """A block's last text ends the line, so that "Caption</figcaption>Next para" do not run together."""
    parent = node.parent
    return isinstance(parent, Tag) and parent.name in _BLOCKS and node.next_sibling is None
