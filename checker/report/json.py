"""The JSON report: the `Report` model as it is, the public contract (see `checker.models`)."""

from __future__ import annotations

from checker.models import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2)


def render_json_bytes(report: Report) -> bytes:
    """`render_json` encoded as UTF-8, straight from the serializer: a big report is not decoded to
    text only to be encoded again."""
    return Report.__pydantic_serializer__.to_json(report, indent=2)
