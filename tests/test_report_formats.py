"""Terminal, Markdown and JSON reports show the same findings, drawn from the same report."""

import re
from pathlib import Path

import pytest

from checker.models import Report
from checker.report import FORMATS, render, shown_from

SAMPLES = Path(__file__).parent / "data" / "reports"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
MD_BOLD = re.compile(r"(?<!\\)\*\*")


def sample(name: str) -> Report:
    return Report.model_validate_json((SAMPLES / f"sample_{name}.handmade.json").read_text(encoding="utf-8"))


def md_unescape(text: str) -> str:
    return MD_ESCAPE.sub(r"\1", text)


def md_plain(text: str) -> str:
    """The text of Markdown: bold markers dropped, escapes undone."""
    return md_unescape(MD_BOLD.sub("", text))


def quotes_of(report: Report) -> list[str]:
    claims = {(c.article, c.id): c for c in report.claims}
    return [s.quote or claims[(s.article, s.claim)].quote for c in report.contradictions for s in c.sides]


@pytest.mark.parametrize("name", ["ar", "en", "failed"])
def test_json_is_the_report_model(name):
    report = sample(name)
    assert Report.model_validate_json(render(report, "json")) == report


@pytest.mark.parametrize("name", ["ar", "en"])
def test_terminal_and_markdown_show_the_same_findings(name):
    report = sample(name)
    terminal = render(report, "terminal")
    markdown = md_plain(render(report, "markdown"))
    for text in (terminal, markdown):
        for contradiction in report.contradictions:
            assert contradiction.id in text
            assert contradiction.summary in text
            assert contradiction.event is None or contradiction.event in text
            for side in contradiction.sides:
                assert side.article in text and side.value in text
        for quote in quotes_of(report):
            assert quote in text


def test_terminal_lists_findings_most_severe_first_within_an_event():
    report = sample("en")
    terminal = render(report, "terminal")
    positions = {c.id: terminal.index(f"  {c.id} ·") for c in report.contradictions}
    assert positions["x1"] < positions["x2"]  # high before medium, same event
    markdown = render(report, "markdown")
    assert markdown.index("· x1") < markdown.index("· x2") < markdown.index("· x3")


def test_terminal_keeps_arabic_in_logical_order_on_one_line():
    report = sample("ar")
    lines = render(report, "terminal", width=60).splitlines()
    for quote in quotes_of(report):
        assert any(line.strip() == quote for line in lines)
        assert quote[::-1] not in "\n".join(lines)


def test_terminal_summary_line_counts_articles_severities_calls_and_tokens():
    report = sample("failed")
    first_lines = render(report, "terminal").splitlines()[:3]
    summary = first_lines[1]
    tokens = sum(a.tokens.total_tokens for a in report.articles)
    calls = sum(a.llm_calls for a in report.articles)
    assert "1 failed" in summary and "1 skipped" in summary
    prompt = sum(a.tokens.prompt_tokens for a in report.articles)
    completion = sum(a.tokens.completion_tokens for a in report.articles)
    assert f"{tokens:,} tokens ({prompt:,} prompt, {completion:,} completion)" in summary
    assert f"{calls} LLM calls" in summary
    assert report.stats["stopped"] in "\n".join(first_lines)
    failed = next(a for a in report.articles if a.status == "failed")
    assert failed.error in render(report, "terminal")


def test_terminal_colour_only_when_asked():
    report = sample("ar")
    plain = render(report, "terminal")
    coloured = render(report, "terminal", color=True)
    assert not ANSI.search(plain)
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured).split() == plain.split()


def test_terminal_does_not_interpret_markup_in_article_text():
    report = sample("en")
    report.contradictions[0].sides[0].quote = "[bold red]not markup[/] :smile:"
    assert "[bold red]not markup[/] :smile:" in render(report, "terminal")


def test_markdown_escapes_table_cells_and_quotes():
    report = sample("en")
    side = report.contradictions[0].sides[0]
    side.value = "12 | 13"
    side.quote = "a <b>bold</b> | *claim*\n# not a heading"
    start = side.quote.index("*claim*")
    side.marks = [(start, start + len("*claim*"))]
    markdown = render(report, "markdown")
    table_rows = [line for line in markdown.splitlines() if line.startswith("| ") and "12" in line and "13" in line]
    assert table_rows and all("12 \\| 13" in row for row in table_rows)
    quote_lines = [line for line in markdown.splitlines() if line.startswith("> ") and "bold" in line]
    assert quote_lines == ["> a \\<b\\>bold\\</b\\> \\| **\\*claim\\*** \\# not a heading"]
    assert md_plain(quote_lines[0][2:]) == " ".join(side.quote.split())


def test_markdown_table_rows_have_as_many_cells_as_the_header():
    report = sample("en")
    report.contradictions[0].sides[0].value = "a | b | c"
    report.articles[0].warnings = ["x | y"]
    lines = render(report, "markdown").splitlines()
    tables: list[list[str]] = []
    for previous, line in zip([""] + lines, lines):
        if line.startswith("| "):
            if not previous.startswith("| "):
                tables.append([])
            tables[-1].append(line)
    assert len(tables) >= 3
    for table in tables:
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in table}
        assert len(widths) == 1


def test_every_format_renders_every_sample_and_unknown_format_is_refused():
    for name in ("ar", "en", "failed"):
        for fmt in FORMATS:
            assert render(sample(name), fmt).strip()
    with pytest.raises(ValueError):
        render(sample("ar"), "pdf")


def test_empty_report_says_nothing_was_found():
    report = Report()
    assert "No contradictions" in render(report, "terminal")
    assert "No contradictions" in render(report, "markdown")
    assert "No contradictions" in render(report, "html")


@pytest.mark.parametrize("fmt", FORMATS)
def test_findings_below_min_severity_are_counted_not_shown(fmt):
    report = shown_from(sample("ar"), "medium")  # one high, one medium, one low
    assert sorted(c.severity for c in report.contradictions) == ["high", "medium"]
    assert report.stats["not_shown"] == {"low": 1}
    drawn = render(report, fmt)
    if fmt == "json":
        assert Report.model_validate_json(drawn).stats["not_shown"] == {"low": 1}
    else:
        assert "2 contradictions (1 high, 1 medium; 1 low not shown)" in md_unescape(ANSI.sub("", drawn))


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_when_every_finding_is_below_min_severity_the_report_says_so(fmt):
    only_low = sample("ar").model_copy(update={"contradictions": [c for c in sample("ar").contradictions
                                                                  if c.severity == "low"]})
    drawn = md_unescape(ANSI.sub("", render(shown_from(only_low, "high"), fmt)))
    assert "No contradictions of the severities shown (1 low not shown)." in drawn
    assert "No contradictions found" not in drawn
