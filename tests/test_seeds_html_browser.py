"""Issue's acceptance check: `check seeds/ --offline --format html` in headless Chromium shows a
right-to-left page with each seed contradiction's two quotes side by side, the words that make the
finding marked in each: the 11 and the 13, the two names."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from tests.test_report_browser import CHROMIUM, chromium, rendered_layout

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent


def test_seeds_html_report_in_chromium(tmp_path):
    if CHROMIUM is None:
        pytest.skip("no Chromium binary found (apt-get install chromium)")
    env = {"CHECKER_FIXTURES_DIR": str(ROOT / "fixtures"), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "CHECKER_MODEL": ""}
    page, data = tmp_path / "report.html", tmp_path / "report.json"
    for fmt, out in (("html", page), ("json", data)):
        result = CliRunner().invoke(app, [str(ROOT / "seeds"), "--offline", "-q", "-f", fmt, "-o", str(out)], env=env)
        assert result.exit_code == 0, result.output
    report = json.loads(data.read_text(encoding="utf-8"))
    high = [c for c in report["contradictions"] if c["severity"] == "high"]
    assert {c["kind"] for c in high} == {"quantity", "name"}

    shot = tmp_path / "shot.png"
    chromium(f"--screenshot={shot}", page.as_uri(), cwd=tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000

    dom, layout = rendered_layout(page, tmp_path)
    assert '<html lang="ar" dir="rtl">' in dom
    assert layout["direction"] == "rtl"
    cards = {card["id"]: card for card in layout["cards"]}
    for finding in high:
        first, second = cards[finding["id"]]["sides"][:2]
        assert abs(first["box"]["top"] - second["box"]["top"]) < 2  # side by side
        assert first["box"]["left"] >= second["box"]["right"]  # the first side on the right
        for side, shown in zip(finding["sides"][:2], (first, second)):
            assert [m["text"] for m in shown["marks"]] == [side["quote"][start:end] for start, end in side["marks"]]
            assert shown["marks"] and all(m["box"]["width"] > 0 for m in shown["marks"])
    quantity = next(c for c in high if c["kind"] == "quantity")
    assert [[m["text"] for m in side["marks"]] for side in cards[quantity["id"]]["sides"]] == [["11"], ["13"]]
    assert "جان إيف لوران" in dom and "11 دولة" in dom and "13 وزير دفاع" in dom
