"""The Markdown report, for pasting into a ticket or a pull request.

Text from the articles is backslash-escaped (CommonMark), so a quote containing `|`, `*` or `<`
shows as written and cannot break a table or inject markup. The words of a quote that make the
finding are in bold. Arabic is kept in logical order;
renderers such as GitHub's pick each paragraph's direction themselves.
"""

from __future__ import annotations

import re

from checker.models import Report
from checker.report.view import ArticleRow, FindingView, Quote, ReportView, SideView, build_view

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])", re.MULTILINE)
_SPACES = re.compile(r"\s+")


def render_markdown(report: Report) -> str:
    view = build_view(report)
    lines = ["# Contradictions report", "", text(view.summary.line()), ""]
    if view.stopped:
        lines += [f"**Stopped calling the model:** {text(view.stopped)}", ""]
    lines += _overview(view)
    for group in view.groups:
        count = len(group.findings)
        lines += [f"## {text(group.label)} ({count} finding{'s' * (count != 1)})", ""]
        for finding in group.findings:
            lines += _finding(finding)
    lines += _articles(view.articles)
    return "\n".join(lines).rstrip() + "\n"


def text(value: object) -> str:
    """Inline Markdown for any text: specials escaped, on one line."""
    flat = " ".join(str(value).split())
    return _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", flat))


def marked(quote: Quote) -> str:
    """The quote as inline Markdown (`text`), its marks in bold."""
    pieces = []
    for piece, is_marked in quote.pieces:
        piece = _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", piece))
        pieces.append(_bold(piece) if is_marked else piece)
    return _LINE_START.sub(r"\1\\\2", "".join(pieces).strip())


def _bold(piece: str) -> str:
    """**piece**, the spaces at its edges left outside: "** 11**" would not be bold."""
    core = piece.strip()
    if not core:
        return piece
    start = piece.index(core)
    return f"{piece[:start]}**{core}**{piece[start + len(core):]}"


def cell(value: object) -> str:
    return text(value) if value not in (None, "") else "—"


def _table(header: list[str], rows: list[list[object]], align: str = "") -> list[str]:
    align = align or "-" * len(header)
    marks = ["---:" if a == ">" else "---" for a in align]
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks) + " |"]
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return out + [""]


def _overview(view: ReportView) -> list[str]:
    if not view.summary.by_kind:
        return [text(view.summary.nothing_found()), ""]
    rows = [[kind, *counts.values()] for kind, counts in view.summary.by_kind.items()]
    severities = [s.capitalize() for s in view.summary.by_severity]
    return ["## Findings by kind", ""] + _table(["Kind", *severities], rows, "-" + ">" * len(severities))


def _finding(finding: FindingView) -> list[str]:
    lines = [
        f"### {finding.severity.upper()} · {finding.kind} · {text(finding.id)}",
        "",
        f"{text(finding.summary)} (confidence {finding.confidence:.2f})",
        "",
    ]
    rows = [[_article_label(side), side.value, side.speaker] for side in finding.sides]
    lines += _table(["Article", "Value", "Speaker"], rows)
    for side in finding.sides:
        lines += _quote(side)
    return lines


def _article_label(side: SideView) -> str:
    label = side.article
    if side.title:
        label += f" — {side.title}"
    if side.published:
        label += f" ({side.published.isoformat()})"
    return label


def _quote(side: SideView) -> list[str]:
    if side.quote is None:
        return [f"**{text(side.article)}**: no quote", ""]
    return [f"**{text(side.article)}**:", "", f"> {marked(side.quote)}", ""]


def _articles(articles: list[ArticleRow]) -> list[str]:
    if not articles:
        return []
    rows = [
        [
            a.id,
            a.title,
            a.published.isoformat() if a.published else None,
            a.status,
            a.claims,
            a.llm_calls,
            a.replayed,
            a.tokens_text,
            "; ".join(([a.error] if a.error else []) + a.warnings),
        ]
        for a in articles
    ]
    header = ["Article", "Title", "Date", "Status", "Claims", "LLM calls", "From recordings", "Tokens", "Errors and warnings"]
    return ["## Articles", ""] + _table(header, rows, "---->>>>-")
