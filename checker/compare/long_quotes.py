"""Quotes too long to compare whole: a data table pasted as one sentence, a page given as a quote.
A claim's quote or statement longer than the limit is compared up to it, cut after the last whole
word; the report keeps the claim as it came, and each finding quotes its sides whole."""

from __future__ import annotations

from collections.abc import Callable

from checker.models import Claim, Contradiction

MAX_QUOTE_CHARS = 2_000  # CHECKER_MAX_QUOTE_CHARS


def compared_in_part(claims: list[Claim], limit: int = MAX_QUOTE_CHARS) -> list[int]:
    """The positions of the claims whose quote or statement is longer than `limit`."""
    return [n for n, claim in enumerate(claims) if len(claim.statement) > limit or len(claim.quote or "") > limit]


def compare_cut(claims: list[Claim], limit: int,
                compare: Callable[[list[Claim]], list[Contradiction]]) -> tuple[list[Contradiction], int]:
    """`compare` of the claims with every text longer than `limit` cut, and how many were cut. The
    findings' sides quote the claims whole."""
    long = compared_in_part(claims, limit)
    if not long:
        return compare(claims), 0
    cut = list(claims)
    whole: dict[tuple[str, str], str] = {}
    for n in long:
        claim = claims[n]
        cut[n] = claim.model_copy(update={"quote": claim.quote and _cut(claim.quote, limit),
                                          "statement": _cut(claim.statement, limit)})
        # As a finding names the claim (`facts`), and what its side quotes.
        whole[(claim.article, claim.id or f"{claim.article}#{n + 1}")] = claim.quote or claim.statement
    found = compare(cut)
    for contradiction in found:
        for side in contradiction.sides:
            side.quote = whole.get((side.article, side.claim), side.quote)
    return found, len(long)


def _cut(text: str, limit: int) -> str:
    """The text up to `limit` characters, ending after a whole word if one ends in its second half (a
    number cut in two would be another number)."""
    if len(text) <= limit or text[limit].isspace():
        return text[:limit]
    for end in range(limit - 1, limit // 2, -1):
        if text[end].isspace():
            return text[:end]
    return text[:limit]
