"""The HTML report: one self-contained page (inline CSS, nothing fetched), right-to-left for Arabic.

Everything from the articles goes through Jinja's autoescaping. A quote is shown in its paragraph,
and the words that make the finding marked in it, by cutting the text into before / quote / after
and the quote into pieces at its marks as plain text first (see `view.locate_quote`), so each piece
is escaped on its own and no markup is ever built from article text.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from checker.models import Report
from checker.report.view import build_view


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("checker.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(report: Report) -> str:
    return _environment().get_template("page.html.j2").render(view=build_view(report))
