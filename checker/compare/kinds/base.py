"""What every kind of contradiction shares: where it looks (one event, or two events that may be the
same) and how it turns agreeing values into groups and groups into a finding with sides."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Generic, NamedTuple, TypeVar

from checker.compare.entities import People
from checker.compare.events import Event, Events
from checker.compare.facts import ClaimFacts
from checker.compare.marks import with_marks
from checker.models import Contradiction, Side, Span

T = TypeVar("T")
POSSIBLY_DIFFERENT = "Possibly different events"
WEAK_CONFIDENCE = 0.3


@dataclass
class Context:
    facts: list[ClaimFacts]
    people: People
    events: Events

    def facts_of(self, event: Event) -> list[ClaimFacts]:
        return [self.facts[i] for i in event.facts]

    @cached_property
    def scopes(self) -> list[Scope]:
        """Found once for all the kinds that compare within scopes."""
        return list(_scopes(self))


@dataclass(frozen=True)
class Scope:
    """Where a kind compares: one event (`other` is None), or two events that may be one (`other`)."""

    event: Event
    facts: list[ClaimFacts]
    other: Event | None = None
    other_facts: list[ClaimFacts] | None = None

    @property
    def weak(self) -> bool:
        return self.other is not None


def scopes(ctx: Context) -> list[Scope]:
    return ctx.scopes


def _scopes(ctx: Context) -> Iterator[Scope]:
    for event in ctx.events.events:
        if len({ctx.facts[i].article for i in event.facts}) > 1:
            yield Scope(event, ctx.facts_of(event))
    for first, second in ctx.events.links():
        yield Scope(first, ctx.facts_of(first), second, ctx.facts_of(second))


class Item(NamedTuple, Generic[T]):
    fact: ClaimFacts
    value: T
    written: str  # the value as written in the claim
    side: int = 0  # which event of a weak scope it comes from


# `new_item((fact, value, written, side))` is `Item(fact, value, written, side)` without the named
# tuple's Python-level `__new__`: the kinds make items by the hundred thousand.
new_item = partial(tuple.__new__, Item)


class DisjointSets:
    """Union-find over 0..n-1: which items have been joined, directly or through others."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def joined(self, a: int, b: int) -> bool:
        return self.root(a) == self.root(b)

    def join(self, keep: int, other: int) -> None:
        """Join `other`'s set into `keep`'s."""
        self.parent[self.root(other)] = self.root(keep)


def agreeing_groups(items: Sequence[Item[T]], agree: Callable[[T, T], bool | None],
                    key: Callable[[Item[T]], object]) -> list[list[Item[T]]]:
    """Items joined when their values agree, in order of first appearance. Items with the same `key`
    are one value; only distinct values are compared with each other, so a big event stays cheap."""
    by_key: dict[object, list[Item[T]]] = {}
    for item in items:
        by_key.setdefault(key(item), []).append(item)
    values = list(by_key.values())
    sets = DisjointSets(len(values))
    for i in range(len(values)):
        for j in range(i):
            if not sets.joined(i, j) and agree(values[i][0].value, values[j][0].value) is True:
                sets.join(j, i)
    groups: dict[int, list[Item[T]]] = {}
    for i, same in enumerate(values):
        groups.setdefault(sets.root(i), []).extend(same)
    return [sorted(g, key=lambda item: item.fact.index) for g in groups.values()]


def in_conflict(groups: list[list[Item[T]]], agree: Callable[[T, T], bool | None], weak: bool) -> list[list[Item[T]]]:
    """The groups that contradict another group (compared by their first values). In a weak scope only
    a full disagreement between the two events counts: if any value is shared, the events are probably
    different and both are right."""
    if weak:
        if any(len({item.side for item in group}) > 1 for group in groups):
            return []
        sides = [[g for g in groups if g[0].side == s] for s in (0, 1)]
        if not sides[0] or not sides[1]:
            return []
        if not any(agree(g[0].value, h[0].value) is False for g in sides[0] for h in sides[1]):
            return []
        return sides[1] + sides[0]
    chosen = []
    for g in groups:
        for h in groups:
            if g is not h and agree(g[0].value, h[0].value) is False and len(set(articles_of(g + h))) > 1:
                chosen.append(g)
                break
    return chosen


def articles_of(group: list[Item]) -> list[str]:
    return list(dict.fromkeys(item.fact.article for item in group))


def sides_of(groups: list[list[Item]], marks: Callable[[Item], list[Span]] | None = None) -> list[Side]:
    """One side per article and value: the first claim that says it. `marks`: where an item's value
    is written in its claim's quote, if the kind knows."""
    sides = []
    for group in groups:
        seen = set()
        for item in group:
            if item.fact.article in seen:
                continue
            seen.add(item.fact.article)
            sides.append(side(item.fact, item.written, marks(item) if marks is not None else ()))
    return sides


def side(fact: ClaimFacts, value: str, marks: Sequence[Span] = ()) -> Side:
    """`marks`: the spans of the quote that write the value (`Side.marks`), if the kind knows them."""
    return Side(article=fact.article, claim=fact.id, value=value, quote=fact.quote, marks=list(marks))


def listing(groups: list[list[Item]], show: Callable[[list[Item]], str]) -> str:
    """"11 (001) vs 13 (004)"."""
    return " vs ".join(f"{show(g)} ({', '.join(articles_of(g))})" for g in groups)


def finding(kind: str, severity: str, confidence: float, what: str, values: str, scope: Scope,
            sides: list[Side]) -> Contradiction:
    """A contradiction; `what` is the question the sources answer differently, `values` their answers.
    A side whose kind did not say where its value is written in its quote is given marks here."""
    if scope.weak:
        severity, confidence = "low", min(confidence, WEAK_CONFIDENCE)
        summary = f"{POSSIBLY_DIFFERENT} ({scope.other.label} / {scope.event.label}) — {what}: {values}"
    else:
        summary = f"{what} — {scope.event.label}: {values}"
    return Contradiction(id="", kind=kind, severity=severity, confidence=round(confidence, 2), summary=summary,
                         event=scope.event.label, sides=with_marks(sides))


class ScopeItems(Generic[T]):
    """The items of a scope, read by `read(facts, side)` once per event and side: an event linked to
    others is in several scopes. The lists are shared, so callers must not change them. With a `key`,
    it also tells whether the items hold more than one value."""

    def __init__(self, read: Callable[[list[ClaimFacts], int], list[Item[T]]],
                 key: Callable[[Item[T]], object] | None = None) -> None:
        self.read = read
        self.key = key
        self.read_before: dict[tuple[int, int], list[Item[T]]] = {}
        self.keys_before: dict[tuple[int, int], set[object]] = {}

    def __call__(self, scope: Scope) -> list[Item[T]]:
        items = self._of(scope.event, scope.facts, 0)
        if scope.other_facts is not None:
            items = items + self._of(scope.other, scope.other_facts, 1)
        return items

    def varied(self, scope: Scope) -> bool:
        """Whether the scope's items have more than one key: items of one value cannot contradict."""
        keys = self._keys(scope.event, scope.facts, 0)
        if scope.other_facts is not None:
            keys = keys | self._keys(scope.other, scope.other_facts, 1)
        return len(keys) > 1

    def _of(self, event: Event, facts: list[ClaimFacts], side: int) -> list[Item[T]]:
        key = (event.id, side)
        items = self.read_before.get(key)
        if items is None:
            items = self.read_before[key] = self.read(facts, side)
        return items

    def _keys(self, event: Event, facts: list[ClaimFacts], side: int) -> set[object]:
        key = (event.id, side)
        keys = self.keys_before.get(key)
        if keys is None:
            keys = self.keys_before[key] = set(map(self.key, self._of(event, facts, side)))
        return keys


def representatives(items: list[Item[T]], key: Callable[[Item[T]], object],
                    agree: Callable[[T, T], bool | None]) -> list[Item[T]]:
    """One item per article (and side): its most frequent value; between equally frequent ones, the one
    most other articles agree with. A stray claim ("in Raqqa the coalition ...") does not speak for
    the article's place of the meeting."""
    by_article: dict[tuple[int, str], list[tuple[object, Item[T]]]] = {}
    distinct: dict[object, Item[T]] = {}
    for item in items:
        k = key(item)
        by_article.setdefault((item.side, item.fact.article), []).append((k, item))
        distinct.setdefault(k, item)
    support: dict[object, int] = {}
    chosen = []
    for group in by_article.values():
        if len(group) == 1:
            chosen.append(group[0][1])
            continue
        counts: dict[object, int] = {}
        for k, _ in group:
            counts[k] = counts.get(k, 0) + 1
        best = max(counts.values())
        tied = [k for k, count in counts.items() if count == best]
        if len(tied) > 1:
            for k in tied:
                if k not in support:
                    support[k] = sum(1 for other in distinct.values()
                                     if agree(distinct[k].value, other.value) is True)
            tied.sort(key=lambda k: -support[k])
        chosen.append(next(item for k, item in group if k == tied[0]))
    return sorted(chosen, key=lambda item: item.fact.index)
