"""The HTML report in a real browser: headless Chromium, skipped when it is not installed."""

import json
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from checker.models import Report
from checker.report import render

pytestmark = pytest.mark.browser

SAMPLES = Path(__file__).parent / "data" / "reports"
CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) if p),
    None,
)

# Injected by the test only, never shipped: writes where each card's sides and marks are drawn.
LAYOUT_PROBE = """<script>
const box = el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, width: r.width, height: r.height}; };
document.body.setAttribute("data-layout", JSON.stringify({
  direction: getComputedStyle(document.body).direction,
  cards: [...document.querySelectorAll("article.card")].map(card => ({
    id: card.dataset.finding,
    sides: [...card.querySelectorAll("section.side")].map(side => ({
      article: side.dataset.article, box: box(side),
      quote: side.querySelector(".quote") && box(side.querySelector(".quote")),
      marks: [...side.querySelectorAll("mark")].map(m => ({text: m.textContent, box: box(m)})),
    })),
  })),
}));
</script>"""


def chromium(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={cwd / 'profile'}", "--window-size=1280,2000", *args,
    ]
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=cwd)
    except subprocess.TimeoutExpired:
        # Headless Chromium takes about 7 s here, but once hung taking a screenshot on a loaded
        # machine (two runs in one CI run, none after): a hung browser is asked once more.
        return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=cwd)


def rendered_layout(page: Path, folder: Path) -> tuple[str, dict]:
    """The DOM Chromium renders for `page`, and where the layout probe saw each card's sides and marks."""
    probed = folder / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", LAYOUT_PROBE + "</body>"), encoding="utf-8")
    dom = chromium("--dump-dom", probed.as_uri(), cwd=folder).stdout
    start = dom.index('data-layout="') + len('data-layout="')
    return dom, json.loads(unescape(dom[start : dom.index('"', start)]))


@pytest.fixture(scope="module")
def arabic_page(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("no Chromium binary found (apt-get install chromium)")
    report = Report.model_validate_json((SAMPLES / "sample_ar.handmade.json").read_text(encoding="utf-8"))
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    return report, folder, page


def test_screenshot_of_the_arabic_report(arabic_page):
    _, folder, page = arabic_page
    shot = folder / "shot.png"
    chromium(f"--screenshot={shot}", page.as_uri(), cwd=folder)
    assert shot.exists()
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000  # a blank 1280x2000 page compresses to a few kilobytes


def test_rendered_page_is_rtl_with_both_quotes_side_by_side_and_their_words_marked(arabic_page):
    report, folder, page = arabic_page
    dom, layout = rendered_layout(page, folder)
    assert '<html lang="ar" dir="rtl">' in dom
    assert layout["direction"] == "rtl"

    cards = {card["id"]: card for card in layout["cards"]}
    assert sorted(cards) == sorted(c.id for c in report.contradictions)
    for contradiction in report.contradictions:
        sides = cards[contradiction.id]["sides"]
        assert [s["article"] for s in sides] == [s.article for s in contradiction.sides]
        assert 2 <= len(sides) <= 3
        for right, left in zip(sides, sides[1:]):
            assert abs(right["box"]["top"] - left["box"]["top"]) < 2  # side by side, on one row
            assert right["box"]["left"] >= left["box"]["right"]  # right to left: the first side on the right
        for side, shown in zip(contradiction.sides, sides):
            assert [m["text"] for m in shown["marks"]] == [side.quote[start:end] for start, end in side.marks]
            assert shown["marks"], "every side of the sample marks its words"
            for mark in (m["box"] for m in shown["marks"]):
                assert mark["width"] > 0 and mark["height"] > 0
                assert shown["box"]["left"] <= mark["left"] and mark["right"] <= shown["box"]["right"] + 1
                # The words, not the sentence: the mark is drawn inside the quote, and smaller.
                quote = shown["quote"]
                assert quote["top"] <= mark["top"] and mark["width"] * mark["height"] < quote["width"] * quote["height"]
