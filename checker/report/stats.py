"""The counts of a run, in one place: the JSON report's `stats` and every format's summary line are
made from them.

Tokens spent in this run and tokens of answers replayed from recordings are counted apart: a rerun
spends nothing, and its summary must not say otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from checker.models import ArticleReport, Contradiction, Usage

SEVERITIES = ("high", "medium", "low")  # most severe first
KINDS = ("quantity", "date", "location", "attribution", "name", "polarity")


def run_stats(articles: list[ArticleReport], claims: int, contradictions: list[Contradiction],
              ungrounded: Mapping[str, int] | None = None) -> dict:
    """The JSON report's `stats`, in their order; `recorded_tokens` only when something was replayed."""
    spent = sum((a.tokens for a in articles), Usage())
    recorded = sum((a.recorded_tokens for a in articles), Usage())
    statuses = Counter(a.status for a in articles)
    stats = {
        "articles": len(articles),
        "ok": statuses.get("ok", 0),
        "failed": statuses.get("failed", 0),
        "skipped": statuses.get("skipped", 0),
        "claims": claims,
        "contradictions": len(contradictions),
        "by_severity": dict(Counter(c.severity for c in contradictions)),
        "by_kind": dict(Counter(c.kind for c in contradictions)),
        # The claims' own fields (location, date, speaker, speaker_role) ignored, their value nowhere in
        # the article: by field, in the order of the field names.
        "ungrounded_fields": dict(sorted((ungrounded or {}).items())),
        "llm_calls": sum(a.llm_calls for a in articles),
        "replayed": sum(a.replayed for a in articles),
        "attempts": sum(a.attempts for a in articles),
        "salvaged": sum(a.salvaged for a in articles),
        "tokens": _tokens(spent),
    }
    if recorded.total_tokens:
        stats["recorded_tokens"] = _tokens(recorded)
    return stats


def by_kind_and_severity(contradictions: Iterable[Contradiction]) -> dict[str, dict[str, int]]:
    """kind -> severity -> count, kinds in report order, only kinds that occur, every severity."""
    counts = Counter((c.kind, c.severity) for c in contradictions)
    kinds = sorted({kind for kind, _ in counts}, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS))
    return {kind: {s: counts.get((kind, s), 0) for s in SEVERITIES} for kind in kinds}


def tokens_text(spent: int, recorded: int, spent_parts: tuple[int, int] | None = None,
                recorded_parts: tuple[int, int] | None = None, word: str = "tokens") -> str:
    """"1,200 tokens", "13,800 recorded tokens", or both; with (prompt, completion) when given. Without
    `word`, the bare figures of a table's cell: "1,200", "13,800 recorded"."""
    def parts(p: tuple[int, int] | None) -> str:
        return f" ({p[0]:,} prompt, {p[1]:,} completion)" if p is not None else ""

    label = f" {word}" if word else ""
    if not recorded:
        return f"{spent:,}{label}{parts(spent_parts)}"
    if not spent:
        return f"{recorded:,} recorded{label}{parts(recorded_parts)}"
    return f"{spent:,}{label}{parts(spent_parts)} and {recorded:,} recorded"


def _tokens(usage: Usage) -> dict[str, int]:
    return {"prompt": usage.prompt_tokens, "completion": usage.completion_tokens, "total": usage.total_tokens}
