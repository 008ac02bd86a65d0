"""Claims → contradictions, with plain deterministic rules: read each claim's values, merge the people,
group claims into events, then let each kind of contradiction look within events.

`compare` is pure: no I/O, the same input gives the same findings in the same order with the same ids.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import partial

from checker import memory, parallel
from checker.compare.entities import People, resolve_people
from checker.compare.events import ByArticle, Parts, group_events, label_events, named_days_of, split_groups
from checker.compare.facts import ClaimFacts, read_all_then
from checker.compare.kinds import KINDS, attribution, location
from checker.compare.kinds.base import Context
from checker.memory import cyclic_gc_paused
from checker.models import Claim, Contradiction

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
# In a large corpus attribution, the costliest kind, is looked for in a worker while the other kinds
# look here; location then looks in whichever of the two processes is done first.
_THERE = (attribution, location)
_KIND_ORDER = {kind.KIND: n for n, kind in enumerate(KINDS)}


def compare(claims: list[Claim], published: Mapping[str, datetime.date | None],
            workers: int | None = None, ungrounded: dict[str, int] | None = None) -> list[Contradiction]:
    """Every contradiction between the claims of different articles, most severe first, ids c1, c2, …

    `workers`: processes a large corpus may use (None: one per core, 1: this process alone). The
    findings do not depend on it. `ungrounded`, if given, is filled with how many of the claims'
    fields were ignored, by field: their value is nowhere in the article (`facts`)."""
    with cyclic_gc_paused():
        return _compare(claims, published, workers, ungrounded)


def _compare(claims: list[Claim], published: Mapping[str, datetime.date | None],
             workers: int | None, ungrounded: dict[str, int] | None = None) -> list[Contradiction]:
    facts, people = read_all_then(claims, published, resolve_people, workers)
    if ungrounded is not None:
        for f in facts:
            for name in f.ungrounded:
                ungrounded[name] = ungrounded.get(name, 0) + 1
    attributing, either = _attributing(facts, people, workers)
    try:
        events = group_events(facts, labelled=attributing is None,
                              split_elsewhere=partial(_split_there, attributing) if attributing is not None else None)
        if attributing is not None:  # the worker looks for mix-ups while the events are labelled here
            attributing.send(events)
            label_events(events.events, facts)
            attributing.send([event.label for event in events.events])
        ctx = Context(facts, people, events)
        here = KINDS if attributing is None else [kind for kind in KINDS if kind not in _THERE]
        by_kind = {kind.KIND: kind.find(ctx) for kind in here}
        position = {(f.article, f.id): f.index for f in facts}  # made while the worker may still look
        if attributing is not None:
            if either is not None and either.take_over(0):
                by_kind[location.KIND] = location.find(ctx)
            by_kind.update(attributing.next())  # should both have looked for locations, alike
        found = [c for kind in KINDS for c in by_kind[kind.KIND]]
    finally:
        if attributing is not None:
            attributing.close()
    found.sort(key=lambda c: (_SEVERITY_ORDER[c.severity], _KIND_ORDER[c.kind],
                              min(position.get((s.article, s.claim), 0) for s in c.sides), c.summary))
    memory.done_with(facts, people, events, position, attributing)
    return [c.model_copy(update={"id": f"c{n}"}) for n, c in enumerate(found, 1)]


def _attributing(facts: list[ClaimFacts], people: People,
                 workers: int | None) -> tuple[parallel.Stream | None, parallel.Shared | None]:
    """In a large corpus attribution, the costliest kind, looks in a worker: it reads what the speakers
    said while the claims are grouped here, splits half of the groups into events while this process
    splits the others, is sent the events, and looks while the events are labelled and the other kinds
    look here; then for locations, unless this process has begun to: whoever is done first looks
    (the `Shared` mark returned)."""
    if not parallel.worth_a_worker(len(facts), workers):
        return None, None
    either = parallel.Shared(1)
    return parallel.Stream(partial(_attribute, facts, people, either), inbox=True), either


def _split_there(attributing: parallel.Stream, groups: list[ByArticle]):
    """Hands the groups to the worker to split; returns the function that gives their parts."""
    attributing.send(groups)
    return attributing.next


def _attribute(facts: list[ClaimFacts], people: People, either: parallel.Shared,
               receive) -> Iterator[list[Parts] | dict[str, list[Contradiction]]]:
    said = attribution.read_said(facts)
    named_days = named_days_of(facts)
    yield split_groups(receive(), facts, named_days)
    ctx = Context(facts, people, receive())
    mixed_up = attribution.mix_ups(ctx, said)
    for event, label in zip(ctx.events.events, receive()):
        event.label = label
    found = {attribution.KIND: attribution.findings(ctx, mixed_up)}
    if either.begin(0):
        found[location.KIND] = location.find(ctx)
    yield found


__all__ = ["compare"]
