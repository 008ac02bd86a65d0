"""The JSON report: the `Report` model as it is, the public contract (see `checker.models`)."""

from __future__ import annotations

from checker.models import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2)
