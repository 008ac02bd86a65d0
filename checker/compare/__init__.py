"""Claims → contradictions, with plain deterministic rules: read each claim's values, merge the people,
group claims into events, then let each kind of contradiction look within events.

`compare` is pure: no I/O, the same input gives the same findings in the same order with the same ids.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from checker.compare.entities import resolve_people
from checker.compare.events import group_events
from checker.compare.facts import read_facts
from checker.compare.kinds import KINDS
from checker.compare.kinds.base import Context
from checker.memory import cyclic_gc_paused
from checker.models import Claim, Contradiction

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
_KIND_ORDER = {kind.KIND: n for n, kind in enumerate(KINDS)}


def compare(claims: list[Claim], published: Mapping[str, datetime.date | None]) -> list[Contradiction]:
    """Every contradiction between the claims of different articles, most severe first, ids c1, c2, …"""
    with cyclic_gc_paused():
        return _compare(claims, published)


def _compare(claims: list[Claim], published: Mapping[str, datetime.date | None]) -> list[Contradiction]:
    facts = [read_facts(i, claim, published.get(claim.article)) for i, claim in enumerate(claims)]
    people = resolve_people(facts)
    events = group_events(facts)
    ctx = Context(facts, people, events)
    found = [contradiction for kind in KINDS for contradiction in kind.find(ctx)]
    position = {(f.article, f.id): f.index for f in facts}
    found.sort(key=lambda c: (_SEVERITY_ORDER[c.severity], _KIND_ORDER[c.kind],
                              min(position.get((s.article, s.claim), 0) for s in c.sides), c.summary))
    return [c.model_copy(update={"id": f"c{n}"}) for n, c in enumerate(found, 1)]


__all__ = ["compare"]
