"""Hand-made claims compared as a newsroom's run would: one article per claim ("a", "b", ...), each
published on a given day."""

from datetime import date

from checker.compare import compare
from checker.models import Claim, Contradiction


def compare_each(*claims: dict, published: date | tuple[date, ...] | None = None) -> list[Contradiction]:
    """The findings of the claims, each in an article of its own; `published`: one day for all, or one
    day per claim."""
    made = [Claim(article=chr(ord("a") + n), id=f"{n}", **c) for n, c in enumerate(claims)]
    days = published if isinstance(published, tuple) else (published,) * len(made)
    return compare(made, {c.article: day for c, day in zip(made, days)})


def kinds_of(found: list[Contradiction]) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in found]
