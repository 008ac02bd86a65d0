"""HTML pages to lines of text, with the page's own title and publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import unescape
from html.parser import HTMLParser

# Page furniture dropped with everything inside it.
_SKIPPED = {
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "header",
    "aside", "form", "button", "select", "textarea", "object", "canvas",
}
# Elements that start a new paragraph (<br> only starts a new line).
_BLOCKS = {
    "p", "div", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
    "h6", "article", "section", "main", "blockquote", "pre", "table", "tr", "td", "th",
    "figure", "figcaption", "address", "details", "summary", "title", "body", "html",
}
# Dates of other articles (link lists) live in these; a <time> there is not the page's date.
_NOT_THE_PAGE = {"aside", "footer", "nav"}
_DATE_META = {
    "article:published_time", "datepublished", "pubdate", "publishdate", "date",
    "dc.date.issued", "dc.date", "og:published_time", "publication_date", "sailthru.date",
}
_SPACES = re.compile(r"[^\S\n]+")
_WHITESPACE = re.compile(r"\s+")
_LOOKS_LIKE_HTML = re.compile(r"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
_TAG = re.compile(r"</?(html|head|body|p|div|br|span|a|h[1-6]|article|section|li|ul|meta|title|script)\b[^>]*>", re.IGNORECASE)
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


@dataclass
class Page:
    text: str = ""  # visible text: a blank line between blocks, a line break for <br>
    title: str | None = None
    published: date | None = None


def looks_like_html(text: str) -> bool:
    """True for a document that opens like an HTML page or is mostly markup."""
    if _LOOKS_LIKE_HTML.search(text[:2000]):
        return True
    head = text[:20000]
    return len(_TAG.findall(head)) >= 5 and head.lstrip().startswith("<")


def iso_date(value: str | None) -> date | None:
    match = _ISO_DAY.search(value or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.open_skipped: list[str] = []
        self.meta_title: str | None = None
        self.meta_date: date | None = None
        self.time_date: date | None = None
        self.title_parts: list[str] | None = None
        self.page_title: str | None = None
        self.h1_parts: list[str] | None = None
        self.h1: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(values)
        elif tag == "time" and self.time_date is None:
            if not any(t in _NOT_THE_PAGE for t in self.open_skipped):
                self.time_date = iso_date(values.get("datetime"))
        elif tag == "title" and self.page_title is None:
            self.title_parts = []
        elif tag == "h1" and self.h1 is None:
            self.h1_parts = []
        if tag in _SKIPPED:
            self.open_skipped.append(tag)
        if tag in _BLOCKS:
            self.chunks.append("\n\n")
        elif tag == "br":
            self.chunks.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED:  # <iframe/> and the like close themselves
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and tag in self.open_skipped:
            while self.open_skipped and self.open_skipped.pop() != tag:
                pass
        elif tag == "title" and self.title_parts is not None:
            self.page_title = _clean("".join(self.title_parts)) or None
            self.title_parts = None
        elif tag == "h1" and self.h1_parts is not None:
            self.h1 = _clean("".join(self.h1_parts)) or None
            self.h1_parts = None
        if tag in _BLOCKS:
            self.chunks.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return  # the <title> is metadata, not page text
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        if not self.open_skipped:
            self.chunks.append(_WHITESPACE.sub(" ", data))  # a line break in markup is a space

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content", "")  # html.parser has already unescaped it
        if key == "og:title" and content.strip():
            self.meta_title = _clean(content)
        elif key in _DATE_META and self.meta_date is None:
            self.meta_date = iso_date(content)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def parse_html(text: str) -> Page:
    """Visible text of a page without its furniture; title from og:title, <h1> or <title>."""
    parser = _PageParser()
    try:
        parser.feed(text)
        parser.close()
        body = "".join(parser.chunks)
    except Exception:  # html.parser gives up on some broken markup; fall back to dropping tags
        body = unescape(re.sub(r"<[^>]*>", "\n\n", text))
    return Page(
        text=_SPACES.sub(" ", body),
        title=parser.meta_title or parser.h1 or parser.page_title,
        published=parser.meta_date or parser.time_date,
    )
