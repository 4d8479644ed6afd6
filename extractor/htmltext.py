"""HTML pages: find the article, drop the chrome around it, keep headline, dateline and captions."""

from __future__ import annotations

import json
import re
from datetime import datetime

from bs4 import BeautifulSoup, Tag

from extractor.clean import clean_lines
from extractor.document import Page
from extractor.normalize import collapse_spaces

_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "form", "nav", "header", "footer", "aside")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "td", "tr", "br", "section", "article")
_CHROME = re.compile(
    r"menu|nav|footer|header|sidebar|breadcrumb|share|social|comment|related|relate|tin-?lien-?quan|"
    r"most-?read|popular|banner|advert|\bads?\b|widget|toolbar|login|search|tag",
    re.IGNORECASE,
)


def _published(soup: BeautifulSoup) -> str | None:
    for attrs in (
        {"property": "article:published_time"},
        {"itemprop": "datePublished"},
        {"name": "pubdate"},
        {"name": "publishdate"},
    ):
        meta = soup.find("meta", attrs=attrs)
        if isinstance(meta, Tag) and meta.get("content"):
            return _iso(str(meta["content"]))
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and item.get("datePublished"):
                return _iso(str(item["datePublished"]))
    return None


def _iso(value: str) -> str | None:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return moment.isoformat()


def _title(soup: BeautifulSoup) -> str | None:
    h1 = soup.find("h1")
    if isinstance(h1, Tag) and h1.get_text(strip=True):
        return collapse_spaces(h1.get_text(" "))
    og = soup.find("meta", attrs={"property": "og:title"})
    if isinstance(og, Tag) and og.get("content"):
        return collapse_spaces(str(og["content"]))
    if soup.title and soup.title.string:
        return collapse_spaces(re.split(r"\s+[|–-]\s+", soup.title.string)[0])
    return None


def _article_root(soup: BeautifulSoup) -> Tag:
    """The element holding most paragraph text: an <article>, or the densest container."""
    article = soup.find("article")
    if isinstance(article, Tag) and len(article.get_text(strip=True)) > 400:
        return article
    best, best_score = soup.body or soup, 0
    for candidate in soup.find_all(["div", "section", "td", "main"]):
        score = sum(len(p.get_text(strip=True)) for p in candidate.find_all("p", recursive=False))
        if score > best_score:
            best, best_score = candidate, score
    return best


def html_to_page(html: str) -> Page:
    soup = BeautifulSoup(html, "lxml")
    title, published = _title(soup), _published(soup)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.attrs is None:
            continue
        marker = " ".join([*tag.get("class", []), str(tag.get("id", ""))])
        if _CHROME.search(marker) or "display:none" in str(tag.get("style", "")).replace(" ", ""):
            tag.decompose()
    root = _article_root(soup)
    captions = [collapse_spaces(f.get_text(" ")) for f in root.find_all("figcaption")]
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = clean_lines(root.get_text().split("\n"))
    if title:
        lines = [title, *[ln for ln in lines if ln != title]]
    return Page(lines=lines, title=title, published=published, captions=[c for c in captions if c])
