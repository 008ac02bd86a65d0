"""When two values are about the same thing, and when they disagree."""

from __future__ import annotations

from checker.normalise.numbers import TOTAL, Quantity

FLOORS_APART = 2  # "more than 22 million" and "more than 500 million" views: two floors this far apart differ


def same_thing(a: Quantity, b: Quantity) -> bool:
    """Counts of one thing: killed ≠ wounded, defence ministers ≠ foreign ministers, and
    "ministers of 11 countries" ≈ "13 ministers". What an amount measures, where its words say it,
    must be the same (an age is no prison term; inflation in March is not inflation in January);
    amounts of a unit ("3 days", "$5", "61%") and people of unknown fate need the words around them
    to agree."""
    if measured_in(a) != measured_in(b) or a.status != b.status:
        return False
    if a.modifiers and b.modifiers and not (a.modifiers & b.modifiers):
        return False
    if a.periods and b.periods and not (a.periods & b.periods):
        return False
    if _years(a.periods) != _years(b.periods):
        return False  # seats won in 2016 are not the seats won now
    if _rate(a) != _rate(b):
        return False  # 250 km/h is no length of line, $20 an hour no fee
    if a.priced and b.priced and a.priced != b.priced and a.priced not in b.context and b.priced not in a.context:
        return False  # the price of diesel is not the price of petrol
    if a.measures and b.measures:
        return bool(a.measures & b.measures)
    if TOTAL in a.measures or TOTAL in b.measures:
        return False  # "eight of the 11 defendants": the 11 is compared with other totals only
    if a.generic and not (a.status or a.modifiers or a.frame_concept):
        return _same_words(a.context, b.context)
    return True


def _rate(q: Quantity) -> bool:
    """An amount for each unit of time (`numbers._per_unit_of_time`)."""
    return any(m == "speed" or m.startswith("per ") for m in q.measures)


def _years(periods: frozenset[int]) -> frozenset[int]:
    return frozenset(p for p in periods if p > 12)  # months are 1 to 12


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Words around two amounts that say they measure one thing: most of the fewer are shared. "Brent
    crude rose to $94 a barrel" and "West Texas Intermediate crude traded at $91 a barrel" share two
    words of five: two prices."""
    shared = len(a & b)
    return shared > 0 and 2 * shared >= min(len(a), len(b))


def values_conflict(a: Quantity, b: Quantity) -> bool:
    """The amounts cannot both be right: their ranges ("نحو 300", "dozens", "more than 10") do not meet,
    a floor reaching no further than FLOORS_APART times itself (a reporter who writes "more than 22
    million" or "at least 17" does not mean 500 million or 40)."""
    return reach(a) < least(b) or reach(b) < least(a)


def reach(q: Quantity) -> float:
    """How high an amount may be, in the smallest unit of its measure (`measured_in`): a floor ("more
    than 40") not beyond FLOORS_APART times itself."""
    fewest, most = _SIZES.get(q.thing, _ONE)
    return (q.low * fewest * FLOORS_APART) if q.qualifier == "at_least" else q.high * most


def least(q: Quantity) -> float:
    """How low an amount may be, in the smallest unit of its measure."""
    return q.low * _SIZES.get(q.thing, _ONE)[0]


def measured_in(q: Quantity) -> str:
    """What an amount is counted in, units of one measure as one: six months and three years of prison
    are compared, in days; a month is 28 to 31 of them, so that 12 months and a year agree."""
    return _MEASURE_OF.get(q.thing, q.thing)


_MEASURE_OF = {"week": "day", "month": "day", "year": "day", "minute": "hour", "kilometre": "metre"}
_SIZES = {"week": (7, 7), "month": (28, 31), "year": (365, 366), "minute": (1 / 60, 1 / 60),
          "kilometre": (1000, 1000)}  # how many of the smallest unit each is, at fewest and at most
_ONE = (1, 1)


def quantities_conflict(a: Quantity, b: Quantity) -> bool:
    return same_thing(a, b) and values_conflict(a, b)
