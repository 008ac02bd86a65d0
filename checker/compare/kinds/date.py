"""Different days for one event: Tuesday vs Wednesday; "yesterday" in an article of the 26th agrees
with "25 October"."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, Item, ScopeItems, agreeing_groups, finding, in_conflict, listing, \
    new_item, representatives, scopes, sides_of
from checker.compare.marks import span
from checker.models import Contradiction, Span
from checker.normalise.dates import When, compare_when

KIND = "date"
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _show(group) -> str:
    for item in group:
        day = item.value.single_day
        if day is not None:
            return f"{_WEEKDAYS[day.weekday()]} {day.isoformat()}"
    for item in group:
        if item.value.weekday is not None:
            return _WEEKDAYS[item.value.weekday]
    return group[0].written


def day_key(item: Item[When]) -> object:
    """Mentions that name the same day the same way; an unresolved "today" is its article's own day."""
    when = item.value
    if when.single_day is not None:
        return when.single_day
    if when.weekday is not None and when.offset is None:
        return ("weekday", when.weekday)
    if when.day is not None:
        return ("day", when.year, when.month, when.day)
    return ("as written", item.fact.article, when.weekday, when.offset, when.unit, when.text)


def _explicit(when: When) -> bool:
    return when.day is not None and when.month is not None


def _days(facts: list[ClaimFacts], side: int) -> list[Item[When]]:
    return [new_item((f, f.when, f.when.text, side)) for f in facts if f.when and f.when.day_level]


def _day_written(item: Item[When]) -> list[Span]:
    """The day as the quote writes it; none for a day the model's date field gave."""
    when = item.value
    return span(item.fact.quote, when.pos, when.pos + len(when.text), when.text)


# A report out on Tuesday evening, dated Tuesday, may be read beside one of the same meeting on Wednesday.
_SAME_NEWS_CYCLE = timedelta(days=1)


def _later_news(groups: list[list[Item[When]]], every: list[Item[When]]) -> bool:
    """Whether, for each two sides, one tells as past a day after every report of the other was out:
    news they could not have had (the bodies found on Thursday, after a Sunday avalanche), not another
    day for what they told. A day still to come for its own report (a vote set for 19 June) is not."""
    published: dict[object, list[date | None]] = {}  # by day, the publication days of the reports naming it
    for item in every:
        published.setdefault(day_key(item), []).append(item.fact.published)

    def told_as_past(group: list[Item[When]]) -> list[date]:
        return [item.value.start for item in group if item.value.start is not None
                and item.fact.published is not None and item.value.start <= item.fact.published]

    def last_out(group: list[Item[When]]) -> date | None:
        days = [day for item in group for day in published[day_key(item)]]
        return None if not days or None in days else max(days)

    def news_to(told: list[date], other: list[Item[When]]) -> bool:
        out = last_out(other)
        return out is not None and any(day > out + _SAME_NEWS_CYCLE for day in told)

    return all(news_to(told_as_past(a), b) or news_to(told_as_past(b), a) for a, b in combinations(groups, 2))


def find(ctx: Context) -> list[Contradiction]:
    found = []
    days = ScopeItems(_days, day_key)
    for scope in scopes(ctx):
        if not days.varied(scope):
            continue
        every = days(scope)
        items = representatives(every, day_key, compare_when)
        groups = in_conflict(agreeing_groups(items, compare_when, day_key), compare_when, scope.weak)
        if len(groups) < 2 or _later_news(groups, every):
            continue
        explicit = all(any(_explicit(item.value) for item in g) for g in groups)
        found.append(finding(KIND, "high" if explicit else "medium", 0.85 if explicit else 0.7, "Which day",
                             listing(groups, _show), scope, sides_of(groups, _day_written)))
    return found
