"""Claims → contradictions, with plain deterministic rules: read each claim's values, merge the people,
group claims into events, then let each kind of contradiction look within events.

`compare` is pure: no I/O, the same input gives the same findings in the same order with the same ids.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import partial

from checker import parallel
from checker.compare.entities import resolve_people
from checker.compare.events import group_events
from checker.compare.facts import read_all
from checker.compare.kinds import KINDS, attribution
from checker.compare.kinds.base import Context
from checker.memory import cyclic_gc_paused
from checker.models import Claim, Contradiction

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
_KIND_ORDER = {kind.KIND: n for n, kind in enumerate(KINDS)}


def compare(claims: list[Claim], published: Mapping[str, datetime.date | None],
            workers: int | None = None) -> list[Contradiction]:
    """Every contradiction between the claims of different articles, most severe first, ids c1, c2, …

    `workers`: processes a large corpus may use (None: one per core, 1: this process alone). The
    findings do not depend on it."""
    with cyclic_gc_paused():
        return _compare(claims, published, workers)


def _compare(claims: list[Claim], published: Mapping[str, datetime.date | None],
             workers: int | None) -> list[Contradiction]:
    facts = read_all(claims, published, workers)
    people = resolve_people(facts)
    events = group_events(facts)
    found = _find(Context(facts, people, events), workers)
    position = {(f.article, f.id): f.index for f in facts}
    found.sort(key=lambda c: (_SEVERITY_ORDER[c.severity], _KIND_ORDER[c.kind],
                              min(position.get((s.article, s.claim), 0) for s in c.sides), c.summary))
    return [c.model_copy(update={"id": f"c{n}"}) for n, c in enumerate(found, 1)]


def _find(ctx: Context, workers: int | None) -> list[Contradiction]:
    """The kinds look independently of each other. In a large corpus attribution, the costliest, looks
    in a worker process while the others look here."""
    if len(ctx.facts) < parallel.MIN_ITEMS:
        return [c for kind in KINDS for c in kind.find(ctx)]
    ctx.scopes  # found once, before the worker is forked, for the kinds on both sides
    shares = [[k for k in KINDS if k is not attribution], [attribution]]
    found: dict[str, list[Contradiction]] = {}
    for share, results in zip(shares, parallel.run_tasks([partial(_find_each, ctx, share) for share in shares], workers)):
        found.update(zip((kind.KIND for kind in share), results))
    return [c for kind in KINDS for c in found[kind.KIND]]


def _find_each(ctx: Context, kinds: list) -> list[list[Contradiction]]:
    return [kind.find(ctx) for kind in kinds]


__all__ = ["compare"]
