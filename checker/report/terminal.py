"""The terminal report, drawn with rich into a string.

Arabic is written in logical order, as it is in the articles, and each quote gets a line of its
own (soft-wrapped: no line breaks inserted), so that a terminal with bidi support shows it as one
right-to-left paragraph. Reordering or reshaping the text here would break such terminals. The
words of a quote that make the finding are drawn in reverse video (in colour only).
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.text import Text

from checker.models import Report
from checker.report.view import ArticleRow, FindingView, ReportView, SideView, build_view

SEVERITY_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "cyan"}
STATUS_STYLE = {"ok": "green", "failed": "bold red", "skipped": "yellow"}
MARK_STYLE = "bold reverse"


def render_terminal(report: Report, *, color: bool = False, width: int = 100) -> str:
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        markup=False,
        highlight=False,
        emoji=False,
    )
    _draw(console, build_view(report))
    return buffer.getvalue()


def _draw(console: Console, view: ReportView) -> None:
    console.print(Text("Contradictions report", style="bold"))
    console.print(view.summary.line(), soft_wrap=True)
    if view.stopped:
        console.print(Text(f"Stopped calling the model: {view.stopped}", style="bold red"))
    if not view.groups:
        console.print()
        console.print(Text(view.summary.nothing_found(), style="green"))
    for group in view.groups:
        console.print()
        count = len(group.findings)
        console.rule(Text(f"{group.label} ({count} finding{'s' * (count != 1)})", style="bold"), align="left")
        for finding in group.findings:
            _draw_finding(console, finding)
    problems = [a for a in view.articles if a.status != "ok" or a.warnings]
    if problems:
        console.print()
        console.rule(Text("Articles with problems", style="bold"), align="left")
        for article in problems:
            _draw_article(console, article)


def _draw_finding(console: Console, finding: FindingView) -> None:
    # One Text of many lines, printed at once: rich's cost is per print (a report of 2,400 findings
    # took five seconds line by line).
    text = Text.assemble(
        "\n",
        (f" {finding.severity.upper()} ", "reverse " + SEVERITY_STYLE.get(finding.severity, "")),
        " ",
        (finding.kind, "bold"),
        f"  {finding.id} · confidence {finding.confidence:.2f}\n",
        f"  {finding.summary}",
    )
    for side in finding.sides:
        _append_side(text, side)
    console.print(text, soft_wrap=True)


def _append_side(text: Text, side: SideView) -> None:
    text.append("\n  • ")
    text.append(side.article, "bold")
    text.append("  value: ")
    text.append(side.value, "bold")
    if side.speaker and side.speaker != side.value:
        text.append(f"  speaker: {side.speaker}", style="dim")
    if side.quote is not None:
        text.append("\n      ")
        for piece, marked in side.quote.pieces:
            text.append(piece, style="italic " + MARK_STYLE if marked else "italic")


def _draw_article(console: Console, article: ArticleRow) -> None:
    line = Text.assemble("  ", (article.id, "bold"), " ", (article.status, STATUS_STYLE.get(article.status, "")))
    if article.error:
        line.append(f": {article.error}")
    console.print(line, soft_wrap=True)
    for warning in article.warnings:
        console.print(Text(f"      warning: {warning}", style="dim"), soft_wrap=True)
