"""When two values are about the same thing, and when they disagree."""

from __future__ import annotations

from checker.normalise.numbers import Quantity


def same_thing(a: Quantity, b: Quantity) -> bool:
    """Counts of one thing: killed ≠ wounded, defence ministers ≠ foreign ministers, and
    "ministers of 11 countries" ≈ "13 ministers". Generic counts ("3 days", "5 people") need the
    words around them to agree."""
    if a.thing != b.thing or a.status != b.status:
        return False
    if a.modifiers and b.modifiers and not (a.modifiers & b.modifiers):
        return False
    if a.generic and not (a.status or a.modifiers or a.frame_concept):
        return False
    return True


def values_conflict(a: Quantity, b: Quantity) -> bool:
    """The amounts cannot both be right: their ranges ("نحو 300", "dozens", "more than 10") do not meet."""
    return a.high < b.low or b.high < a.low


def quantities_conflict(a: Quantity, b: Quantity) -> bool:
    return same_thing(a, b) and values_conflict(a, b)
