"""Structure of the HTML report, checked without a browser."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.models import Report
from checker.report import render

SAMPLES = Path(__file__).parent / "data" / "reports"


def sample(name: str) -> Report:
    return Report.model_validate_json((SAMPLES / f"sample_{name}.handmade.json").read_text(encoding="utf-8"))


class Page(HTMLParser):
    """Collects what the tests look at: root attributes, cards, their quotes and marks, links, styles."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict[str, str] = {}
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.cards: dict[str, dict] = {}
        self.styles: list[str] = []
        self._stack: list[str] = []
        self._card: str | None = None
        self._side: dict | None = None
        self._marks = 0
        self._quote_depth: int | None = None
        self._in_style = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attrs))
        if tag == "html":
            self.root = attrs
        if tag in ("br", "meta", "link", "img", "hr", "input"):
            return
        self._stack.append(tag)
        classes = attrs.get("class", "").split()
        if tag == "article" and "card" in classes:
            self._card = attrs["data-finding"]
            self.cards[self._card] = {"classes": classes, "sides": [], "depth": len(self._stack)}
        elif self._card and tag == "section" and "side" in classes:
            self._side = {"article": attrs["data-article"], "marks": [], "text": "", "quotes": []}
            self.cards[self._card]["sides"].append(self._side)
        elif self._side is not None and tag == "span" and "quote" in classes:
            self._quote_depth = len(self._stack)
            self._side["quotes"].append("")
        elif tag == "mark":
            self._marks += 1
            if self._side is not None:
                self._side["marks"].append("")
        elif tag == "style":
            self._in_style = True
            self.styles.append("")

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            if self._quote_depth == len(self._stack):
                self._quote_depth = None
            self._stack.pop()
        if tag == "mark":
            self._marks -= 1
        elif tag == "section" and self._side is not None and self._card:
            self._side = None
        elif tag == "article" and self._card and len(self._stack) < self.cards[self._card]["depth"]:
            self._card = None
        elif tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles[-1] += data
        if self._side is not None:
            self._side["text"] += data
            if self._quote_depth is not None:
                self._side["quotes"][-1] += data
            if self._marks:
                self._side["marks"][-1] += data


def claim_of(report: Report, side):
    return next(c for c in report.claims if (c.article, c.id) == (side.article, side.claim))


def test_arabic_report_is_right_to_left():
    page = Page(render(sample("ar"), "html"))
    assert (page.root.get("dir"), page.root.get("lang")) == ("rtl", "ar")


def test_english_report_is_left_to_right():
    page = Page(render(sample("en"), "html"))
    assert (page.root.get("dir"), page.root.get("lang")) == ("ltr", "en")


def marked_words(side, quote):
    """The words a side's marks cut from its quote: none when the quote shown is the claim's."""
    return [quote[start:end] for start, end in side.marks] if side.quote else []


@pytest.mark.parametrize("name", ["ar", "en"])
def test_one_card_per_contradiction_with_each_quote_in_its_paragraph_and_its_words_marked(name):
    report = sample(name)
    page = Page(render(report, "html"))
    assert sorted(page.cards) == sorted(c.id for c in report.contradictions)
    for contradiction in report.contradictions:
        card = page.cards[contradiction.id]
        assert f"sev-{contradiction.severity}" in card["classes"]
        assert [s["article"] for s in card["sides"]] == [s.article for s in contradiction.sides]
        for side, shown in zip(contradiction.sides, card["sides"]):
            claim = claim_of(report, side)
            quote = side.quote or claim.quote
            assert shown["quotes"] == [quote]
            assert shown["marks"] == marked_words(side, quote)
            if claim.paragraph:
                assert claim.paragraph in shown["text"]


@pytest.mark.parametrize("name", ["ar", "en", "failed"])
def test_page_is_self_contained(name):
    html = render(sample(name), "html")
    page = Page(html)
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "embed")
        for key in ("src", "href"):
            assert not attrs.get(key, "").lower().startswith(("http", "//")), (tag, attrs)
    css = "\n".join(page.styles)
    assert css.strip()
    assert "@import" not in css and not re.search(r"url\(", css)
    assert "@media print" in css
    assert not re.search(r"https?://", html)


def test_everything_from_the_articles_is_escaped():
    report = sample("en")
    side = report.contradictions[0].sides[0]
    claim = claim_of(report, side)
    evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    side.quote = evil
    amp = evil.index("&")
    side.marks = [(0, len("<script>")), (amp, amp + 1)]
    claim.paragraph = f"Before {evil} after <b>bold</b>."
    report.contradictions[0].summary = "<i>summary</i>"
    report.articles[0].title = '"><script>alert(2)</script>'
    html = render(report, "html")
    page = Page(html)
    assert not any(tag in ("script", "img", "b", "i") for tag, _ in page.tags)
    card = page.cards[report.contradictions[0].id]
    assert card["sides"][0]["quotes"] == [evil]
    assert card["sides"][0]["marks"] == ["<script>", "&"]
    assert claim.paragraph in card["sides"][0]["text"]
    assert "&lt;script&gt;" in html


def test_quote_missing_from_its_paragraph_is_still_marked_and_the_paragraph_shown():
    report = sample("en")
    side = report.contradictions[0].sides[1]
    claim = claim_of(report, side)
    claim.paragraph = "A paragraph that does not hold the quote."
    page = Page(render(report, "html"))
    shown = page.cards[report.contradictions[0].id]["sides"][1]
    assert shown["quotes"] == [side.quote]
    assert shown["marks"] == marked_words(side, side.quote) and shown["marks"]
    assert claim.paragraph in shown["text"]


def test_card_shows_article_title_date_kind_severity_and_confidence():
    report = sample("ar")
    html = render(report, "html")
    page = Page(html)
    articles = {a.id: a for a in report.articles}
    for contradiction in report.contradictions:
        card_html = html[html.index(f'data-finding="{contradiction.id}"'):]
        card_html = card_html[: card_html.index("</article>")]
        assert f"{contradiction.confidence:.2f}" in card_html
        assert contradiction.kind in card_html and contradiction.severity in card_html
        for side in contradiction.sides:
            article = articles[side.article]
            assert article.title in card_html
            if article.published:
                assert article.published.isoformat() in card_html
    assert len(page.cards) == len(report.contradictions)


def test_overview_lists_every_article_with_status_and_errors():
    report = sample("failed")
    html = render(report, "html")
    page = Page(html)
    rows = [attrs for tag, attrs in page.tags if tag == "tr" and "article-row" in attrs.get("class", "")]
    assert len(rows) == len(report.articles)
    for article in report.articles:
        assert f'class="status-{article.status}">{article.status}<' in html
        assert article.error is None or article.error.replace("'", "&#39;") in html
    assert not page.cards
