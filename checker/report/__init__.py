"""Reports of a run (terminal, Markdown, JSON, HTML) and the exit code CI gates on.

Exit codes:
  0  the run completed and no finding reaches --fail-on (by default findings never fail the run)
  1  a finding has the --fail-on severity or higher
  2  usage error: bad option, nothing to check (no path given exists), unreadable claims file
  3  some articles could not be checked (reading or extraction failed), or the report could not be
     written; wins over 1, since findings may be missing. Empty files are "skipped", not failed: they
     had nothing to check.
  4  check itself failed (a bug), with its traceback on stderr: never 1, which a CI job would read as
     findings.
  130  interrupted (Ctrl-C, by typer); every answer received is recorded, no report is written (an
       earlier one at --output is left whole).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, BinaryIO

from checker.models import Report
from checker.report.view import SEVERITIES, severity_rank

if TYPE_CHECKING:
    from checker.report.json import ClaimsAhead, Region

FORMATS = ("terminal", "markdown", "json", "html")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3
EXIT_INTERNAL = 4

# Click rewraps help paragraphs; "\b" keeps the lines of the next paragraph as written.
EXIT_CODES_HELP = (
    "Exit codes:\n\n"
    "\b\n"
    "    0  the run completed and no finding reaches --fail-on\n"
    "       (by default findings never fail the run)\n"
    "    1  a finding has the --fail-on severity or higher\n"
    "    2  usage error: bad option, nothing to check (no path given exists), unreadable claims file\n"
    "    3  some articles could not be checked (reading or extraction failed),\n"
    "       or the report could not be written; wins over 1. Empty files are skipped, not failed.\n"
    "    4  check itself failed (a bug; the traceback is on stderr)\n"
    "  130  interrupted (Ctrl-C); the answers received are recorded, no report is written"
)


def render(report: Report, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """The report as text in `fmt` (one of FORMATS). `color` and `width` apply to the terminal format."""
    if fmt == "json":
        from checker.report.json import render_json

        return render_json(report)
    if fmt == "terminal":
        from checker.report.terminal import render_terminal

        return render_terminal(report, color=color, width=width)
    if fmt == "markdown":
        from checker.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from checker.report.html import render_html

        return render_html(report)
    raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")


def render_bytes(report: Report, fmt: str, *, color: bool = False, width: int = 100,
                 claims_ahead: ClaimsAhead | None = None) -> bytes:
    """`render` encoded as UTF-8."""
    from checker.report.json import joined

    return joined(render_pieces(report, fmt, color=color, width=width, claims_ahead=claims_ahead))


def render_pieces(report: Report, fmt: str, *, color: bool = False, width: int = 100,
                  claims_ahead: ClaimsAhead | None = None) -> list[bytes | Region]:
    """`render_bytes` in pieces to write one after the other. `claims_ahead`: the JSON report's
    claims, if rendered already (as `Region`s of a file)."""
    if fmt == "json":
        from checker.report.json import render_json_pieces

        return render_json_pieces(report, claims_ahead)
    return [render(report, fmt, color=color, width=width).encode("utf-8")]


def write_pieces(file: BinaryIO, pieces: list[bytes | Region]) -> None:
    """Pieces of a report (`render_pieces`) one after the other into a binary file, in the platform's
    line endings, ending with a newline. Pieces rendered into a file by a worker (`Region`s) are
    copied from file to file where the system can."""
    from checker.report.json import Region, piece_bytes

    newline = os.linesep.encode()
    try:
        descriptor = file.fileno()
    except (OSError, ValueError):  # a file in memory
        descriptor = None
    last = next((piece for piece in reversed(pieces) if len(piece)), b"")
    ends_a_line = (last.read(len(last) - 1) if isinstance(last, Region) else last[-1:]) == b"\n"
    for piece in pieces:
        if isinstance(piece, Region) and newline == b"\n" and descriptor is not None:
            file.flush()
            piece.copy_to(descriptor)
        else:
            piece = piece_bytes(piece)
            file.write(piece if newline == b"\n" else piece.replace(b"\n", newline))
    if not ends_a_line:
        file.write(newline)


def shown_from(report: Report, min_severity: str) -> Report:
    """The report with only the findings of `min_severity` or higher; its stats count the others by
    severity (`not_shown`), which every format's summary line says."""
    threshold = severity_rank(min_severity)
    kept = [c for c in report.contradictions if severity_rank(c.severity) <= threshold]
    if len(kept) == len(report.contradictions):
        return report
    hidden: dict[str, int] = {}
    for c in report.contradictions:
        if severity_rank(c.severity) > threshold:
            hidden[c.severity] = hidden.get(c.severity, 0) + 1
    return report.model_copy(update={"contradictions": kept, "stats": {**report.stats, "not_shown": hidden}})


def exit_code(report: Report, fail_on: str | None) -> int:
    """The process exit code for `report` (see the module docstring)."""
    if fail_on is not None and fail_on not in SEVERITIES:
        raise ValueError(f"unknown severity {fail_on!r}; expected one of {', '.join(SEVERITIES)}")
    if any(a.status == "failed" for a in report.articles):
        return EXIT_INCOMPLETE
    if fail_on is not None:
        threshold = severity_rank(fail_on)
        if any(severity_rank(c.severity) <= threshold for c in report.contradictions):
            return EXIT_FINDINGS
    return EXIT_OK
