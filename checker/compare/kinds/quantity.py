"""Different counts of one thing in one event: 11 vs 13 defence ministers, 61% vs 48% turnout, died
aged 88 vs 86. Killed are never compared with wounded, nor defence ministers with foreign ministers.
A later report whose count "rose to" the highest value updates the others: a low finding, "Updated
count"."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from functools import lru_cache

from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, Item, ScopeItems, articles_of, finding, in_conflict, listing, \
    new_item, scopes, sides_of
from checker.compare.marks import span
from checker.compare.values import least, measured_in, reach, same_thing, values_conflict
from checker.models import Contradiction, Span
from checker.normalise.concepts import ROLE_HOLDERS
from checker.normalise.numbers import Quantity

KIND = "quantity"
_NAMES = {"country": "countries", "minister": "ministers", "person": "people", "civilian": "civilians",
          "soldier": "soldiers", "fighter": "fighters", "child": "children", "woman": "women", "leader": "leaders",
          "representative": "representatives", "delegation": "delegations", "ambassador": "ambassadors",
          "vehicle": "vehicles", "aircraft": "aircraft", "rocket": "rockets", "raid": "strikes", "city": "cities",
          "village": "villages", "refugee": "refugees", "prisoner": "prisoners", "percent": "percent",
          "dollar": "dollars", "euro": "euros", "pound": "pounds", "year": "years", "month": "months",
          "week": "weeks", "day": "days", "hour": "hours", "minute": "minutes", "kilometre": "kilometres",
          "seat": "seats", "vote": "votes", "passenger": "passengers", "migrant": "migrants", "medal": "medals",
          "view": "views", "flight": "flights", "metre": "metres", "hectare": "hectares", "tonne": "tonnes",
          "barrel": "barrels", "litre": "litres", "kilogram": "kilograms", "megawatt": "megawatts", "job": "jobs",
          "worker": "workers", "student": "students", "athlete": "athletes", "visitor": "visitors",
          "spectator": "spectators", "teacher": "teachers", "doctor": "doctors", "patient": "patients", "home": "homes",
          "building": "buildings", "school": "schools", "company": "companies", "vessel": "vessels",
          "fisherman": "fishermen", "pilgrim": "pilgrims", "member": "members", "candidate": "candidates",
          "voter": "voters", "employee": "employees", "protester": "protesters", "family": "families",
          "hospital": "hospitals", "goal": "goals", "ticket": "tickets", "dose": "doses"}


def agree(a: Quantity, b: Quantity) -> bool | None:
    if not same_thing(a, b):
        return None
    return not values_conflict(a, b)


def thing_name(q: Quantity) -> str:
    name = _NAMES.get(q.thing)
    if name is None:
        return f"“{q.noun}”"
    if q.modifiers:
        name = f"{'/'.join(sorted(q.modifiers))} {name}"
    if q.frame_concept in ROLE_HOLDERS and q.concept != q.thing:
        name += f" (of {_NAMES.get(q.concept, q.noun)})"
    if q.status:
        name += f" {q.status}"
    if q.measures:
        name += f" ({', '.join(sorted(q.measures))})"
    return name


def _counts(facts: list[ClaimFacts], side: int) -> list[Item[Quantity]]:
    """The counts of the claims that can be compared: a generic count ("3 days") needs the words around it."""
    return [new_item((f, q if q.years_ago is None else dated(q, f.published), q.text, side))
            for f in facts for q in f.quantities
            if not q.generic or q.status or q.modifiers or q.frame_concept or q.measures or q.context]


@lru_cache(maxsize=4096)
def dated(q: Quantity, published: date | None) -> Quantity:
    """An amount of "last year" as one of the year before its report's: 2024's, in a report of 2025."""
    if published is None:
        return q
    return replace(q, periods=q.periods | {published.year - q.years_ago}, years_ago=None)


def _buckets(items: list[Item[Quantity]]) -> list[list[Item[Quantity]]]:
    """Items counting one thing. Modifiers that exclude each other (defence vs foreign) split a bucket;
    counts without a modifier go with the largest part."""
    by_thing: dict[tuple, list[Item[Quantity]]] = defaultdict(list)
    for item in items:
        by_thing[(measured_in(item.value), item.value.status)].append(item)
    buckets = []
    for bucket in by_thing.values():
        by_modifiers: dict[frozenset, list[Item[Quantity]]] = defaultdict(list)
        for item in bucket:
            by_modifiers[item.value.modifiers].append(item)
        named = [k for k in by_modifiers if k]
        if all(a & b for a in named for b in named):
            buckets.append(bucket)
            continue
        largest = max(named, key=lambda k: len(by_modifiers[k]))
        for key in named:
            part = by_modifiers[key] + (by_modifiers.get(frozenset(), []) if key == largest else [])
            buckets.append(sorted(part, key=lambda it: it.fact.index))
    return buckets


MAX_VALUES = 8  # an event with more distinct counts of one thing than this is too muddled to list


def _overlapping(bucket: list[Item[Quantity]]) -> list[list[Item[Quantity]]]:
    """Counts whose ranges overlap, merged ("~300" with 310); sorting makes this linear in the values.
    Several groups are in order of their first claims; one group (no contradiction) is left as merged."""
    groups: list[list[Item[Quantity]]] = []
    high = None
    for item in sorted(bucket, key=lambda it: (least(it.value), reach(it.value), it.fact.index)):
        if groups and least(item.value) <= high:
            groups[-1].append(item)
            high = max(high, reach(item.value))
        else:
            groups.append([item])
            high = reach(item.value)
    if len(groups) < 2:
        return groups
    groups = sorted(groups, key=lambda g: -len(articles_of(g)))[:MAX_VALUES]
    return sorted((sorted(g, key=lambda it: it.fact.index) for g in groups), key=lambda g: g[0].fact.index)


def _show(group: list[Item[Quantity]]) -> str:
    exact = [item.value for item in group if item.value.qualifier == "exact"]
    return (exact[0] if exact else group[0].value).display()


def _number_written(item: Item[Quantity]) -> list[Span]:
    """The number alone: "11" of "لوزراء دفاع 11 دولة"."""
    return span(item.fact.quote, item.value.number_start, item.value.number_end)


def find(ctx: Context) -> list[Contradiction]:
    found = []
    counts = ScopeItems(_counts)
    for scope in scopes(ctx):
        for bucket in _buckets(counts(scope)):
            values = _overlapping(bucket)
            if len(values) < 2:
                continue
            groups = in_conflict(values, agree, scope.weak)
            if len(groups) < 2:
                continue
            exact = all(any(item.value.exact for item in g) for g in groups)
            if _updated(groups):
                severity, confidence, what = "low", 0.3, f"Updated count of {thing_name(groups[0][0].value)}"
            else:
                severity, confidence = ("high", 0.9) if exact else ("medium", 0.7)
                what = f"How many {thing_name(groups[0][0].value)}"
            found.append(finding(KIND, severity, confidence, what, listing(groups, _show), scope,
                                 sides_of(groups, _number_written)))
    return found


def _updated(groups: list[list[Item[Quantity]]]) -> bool:
    """The highest count is told as updated ("rose to", "ارتفعت حصيلة … إلى") by a report published
    after every report of the other counts (or when publication days are not known)."""
    top = max(groups, key=lambda g: max(item.value.value for item in g))
    updates = [item.fact.published for item in top if item.value.update]
    if not updates:
        return False
    others = [item.fact.published for g in groups if g is not top for item in g]
    return all(u is None or o is None or u > o for u in updates for o in others)
