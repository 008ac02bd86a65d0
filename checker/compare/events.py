"""Claims grouped into events (a meeting, an attack, an announcement) by place, day, people and
wording. Claims are compared only within one event.

Grouping is greedy and indexed (by place, person and article), so it grows roughly linearly with the
corpus. Within one article a different place or day means a different event ("غدا الأربعاء في
بروكسل" inside a report of today's Paris meeting). Across articles one disagreement on place or day
is a contradiction to report; a disagreement on the day or place *and* on something else (how many
took part) more likely means two different events, so such an article is split off into an event of
its own, linked to the first as "possibly the same".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from checker.compare.facts import ClaimFacts
from checker.compare.values import quantities_conflict, same_thing
from checker.normalise.dates import When, compare_when, days_apart
from checker.normalise.numbers import Quantity
from checker.normalise.places import Place, is_city, same_place

MAX_CANDIDATES = 12  # groups looked at per claim besides its own article's: the most recent ones
MAX_VALUES = 8  # distinct days or counts kept per group: enough to tell, cheap to compare
MAX_DAYS_APART = 7  # resolved days further apart than this are different events outright
MAX_ARTICLES_RANKED = 60  # beyond this many articles in one group, the biggest accounts go first


@dataclass
class Event:
    id: int
    facts: list[int]
    label: str = ""
    linked: list[int] = field(default_factory=list)  # events that are possibly the same one

    def articles(self, facts: list[ClaimFacts]) -> list[str]:
        return list(dict.fromkeys(facts[i].article for i in self.facts))


@dataclass
class Events:
    events: list[Event]
    of_fact: list[int]

    def links(self) -> list[tuple[Event, Event]]:
        return [(e, self.events[o]) for e in self.events for o in e.linked if o > e.id]


@dataclass
class _Group:
    facts: list[int] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    days: dict[str, When] = field(default_factory=dict)
    entities: Counter[int] = field(default_factory=Counter)
    words: set[str] = field(default_factory=set)
    by_article: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    own_places: dict[str, dict[str, Place]] = field(default_factory=lambda: defaultdict(dict))  # per article
    own_days: dict[str, dict[str, When]] = field(default_factory=lambda: defaultdict(dict))  # per article
    touched: int = 0


def group_events(facts: list[ClaimFacts]) -> Events:
    groups = _cluster(facts)
    events: list[Event] = []
    for group in groups:
        parts = _split(group, facts)
        first = len(events)
        for offset, part in enumerate(parts):
            events.append(Event(first + offset, sorted(part)))
        for a in range(first, len(events)):
            events[a].linked = [b for b in range(first, len(events)) if b != a]
    of_fact = [0] * len(facts)
    for event in events:
        for i in event.facts:
            of_fact[i] = event.id
    _label(events, facts)
    return Events(events, of_fact)


# --- grouping ----------------------------------------------------------------------------------------


def _place_relation(place: Place | None, places: dict[str, Place]) -> bool | None:
    """Agrees with one of the places → True; only conflicts → False; nothing known → None."""
    if place is None:
        return None
    conflict = None
    for other in places.values():
        relation = same_place(place, other)
        if relation is True:
            return True
        if relation is False:
            conflict = False
    return conflict


def _day_relation(when: When | None, days: dict[str, When], same_source: bool) -> bool | None:
    """As `_place_relation`, for days."""
    if when is None:
        return None
    conflict = None
    for other in days.values():
        relation = compare_when(when, other, same_source)
        if relation is True:
            return True
        if relation is False:
            conflict = False
    return conflict


def _main_days(facts: list[ClaimFacts]) -> dict[str, When]:
    """Each article's most named day: a claim that names no day is about its article's day, unless it
    joins another event on other grounds."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, When] = {}
    for f in facts:
        if f.when is not None and f.when.day_level:
            counts[f.article][f.when.display()] += 1
            first.setdefault(f"{f.article}\n{f.when.display()}", f.when)
    return {article: first[f"{article}\n{c.most_common(1)[0][0]}"] for article, c in counts.items()}


def _score(f: ClaimFacts, when: When | None, g: _Group) -> float | None:
    """How well a claim fits a group, or None when it cannot be the same event."""
    own = f.article in g.by_article
    if own:
        if (_place_relation(f.place, g.own_places[f.article]) is False
                or _day_relation(f.when, g.own_days[f.article], True) is False):
            return None
    place = _place_relation(f.place, g.places)
    day = _day_relation(when, g.days, False)
    if place is False and day is False:
        return None
    if day is not True and when is not None and when.resolved and g.days:
        gaps = [days_apart(when, d) for d in g.days.values()]
        known = [x for x in gaps if x is not None]
        if known and min(known) > MAX_DAYS_APART:
            return None
    shared = sum(1 for e in f.entities if e in g.entities)
    overlap = len(f.words & g.words) / max(1, len(f.words))
    # Across articles one clue is not enough (one city, one person, one topic hosts many events), and
    # similar wording alone is a story, not an event. A day inherited from the article is no clue.
    named_day = day is True and f.when is not None
    anchors = sum((place is True, named_day, shared > 0))
    if not own and (anchors == 0 or anchors + (overlap >= 0.3) < 2):
        return None
    specific = place and f.place is not None and is_city(f.place)
    score = (2.0 if specific else 1.0) * bool(place) + 1.5 * bool(day) + min(2, shared) + 4.0 * overlap
    # A different day or place is allowed (it may be the very contradiction to report) but counts against.
    score -= 1.5 * (day is False) + 2.0 * (place is False)
    return score + 1.0 * bool(own)


def _cluster(facts: list[ClaimFacts]) -> list[_Group]:
    groups: list[_Group] = []
    by_place: dict[str, list[int]] = defaultdict(list)
    by_entity: dict[int, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    main_days = _main_days(facts)
    for step, f in enumerate(facts):
        when = f.when or main_days.get(f.article)
        others: set[int] = set()
        if f.place is not None:
            others.update(by_place[f.place.id][-MAX_CANDIDATES:])
            if f.place.country:
                others.update(by_place[f.place.country][-MAX_CANDIDATES:])
        for e in f.entities:
            others.update(by_entity[e][-MAX_CANDIDATES:])
        candidates = set(by_article[f.article]) | set(sorted(others)[-MAX_CANDIDATES:])
        best, best_score = None, 2.0
        anchored = f.place is not None or f.when is not None or bool(f.entities)
        for gid in sorted(candidates):
            score = _score(f, when, groups[gid])
            if score is None:
                continue
            if not anchored and f.article in groups[gid].by_article:
                score += 2.5  # nothing to place it: it belongs with its own article's story
            if score > best_score:
                best, best_score = gid, score
        if best is None:
            best = len(groups)
            groups.append(_Group())
        g = groups[best]
        g.facts.append(f.index)
        g.by_article[f.article].append(f.index)
        if f.place is not None:
            g.own_places[f.article].setdefault(f.place.id, f.place)
        if f.when is not None:
            g.own_days[f.article].setdefault(f.when.display(), f.when)
        g.touched = step
        if f.place is not None:
            g.places.setdefault(f.place.id, f.place)
            for key in (f.place.id, f.place.country):
                if key and (not by_place[key] or by_place[key][-1] != best):
                    by_place[key].append(best)
        if when is not None and len(g.days) < MAX_VALUES:
            g.days.setdefault(when.display(), when)
        for e in f.entities:
            g.entities[e] += 1
            if not by_entity[e] or by_entity[e][-1] != best:
                by_entity[e].append(best)
        g.words |= f.words
        if not by_article[f.article] or by_article[f.article][-1] != best:
            by_article[f.article].append(best)
    return groups


# --- splitting possibly different events --------------------------------------------------------------


@dataclass
class _Summary:
    """What a set of claims says about an event: its days, places and counts (distinct values)."""

    days: dict[str, When] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    counts: dict[tuple, dict[tuple, Quantity]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, f: ClaimFacts) -> None:
        if f.when is not None and f.when.day_level and len(self.days) < MAX_VALUES:
            self.days.setdefault(f.when.display(), f.when)
        if f.place is not None:
            self.places.setdefault(f.place.id, f.place)
        for q in f.quantities:
            values = self.counts[(q.thing, q.status)]
            if len(values) < MAX_VALUES:
                values.setdefault((q.low, q.high, q.qualifier, q.modifiers), q)

    def merge(self, other: _Summary) -> None:
        for when in other.days.values():
            if len(self.days) < MAX_VALUES:
                self.days.setdefault(when.display(), when)
        self.places.update(other.places)
        for key, values in other.counts.items():
            for value_key, value in values.items():
                if len(self.counts[key]) < MAX_VALUES:
                    self.counts[key].setdefault(value_key, value)


def _differs(a: list, b: list, same) -> bool:
    """Both sides say something, nothing agrees and something conflicts."""
    if not a or not b:
        return False
    relations = [same(x, y) for x in a for y in b]
    return not any(r is True for r in relations) and any(r is False for r in relations)


def discordance(a: _Summary, b: _Summary) -> tuple[bool, bool, bool]:
    """Whether two accounts of one event differ on the day, on the place, on a count."""
    day = _differs(list(a.days.values()), list(b.days.values()), compare_when)
    place = _differs(list(a.places.values()), list(b.places.values()), same_place)
    count = any(
        _differs(list(values.values()), list(b.counts[key].values()), _same_count)
        for key, values in a.counts.items() if key in b.counts
    )
    return day, place, count


def _same_count(a: Quantity, b: Quantity) -> bool | None:
    if not same_thing(a, b):
        return None
    return not quantities_conflict(a, b)


def _split(group: _Group, facts: list[ClaimFacts]) -> list[list[int]]:
    if len(group.by_article) < 2:
        return [group.facts]
    summaries = {}
    for article, indices in group.by_article.items():
        summaries[article] = _Summary()
        for i in indices:
            summaries[article].add(facts[i])
    order = sorted(group.by_article, key=lambda art: (-len(group.by_article[art]), group.by_article[art][0]))
    if len(order) <= MAX_ARTICLES_RANKED:
        # The account most others agree with goes first, so that an odd one does not become the core.
        support = {a: sum(_fit(summaries[a], summaries[b]) for b in order if b != a) for a in order}
        order.sort(key=lambda art: -support[art])
    parts: list[tuple[list[str], _Summary]] = []
    for article in order:
        mine = summaries[article]
        fitting = [(_fit(mine, summary), n) for n, (_, summary) in enumerate(parts) if not _discordant(mine, summary)]
        if fitting:
            members, summary = parts[max(fitting, key=lambda fit: (fit[0], -fit[1]))[1]]
            members.append(article)
            summary.merge(mine)
        else:
            merged = _Summary()
            merged.merge(mine)
            parts.append(([article], merged))
    return [[i for art in members for i in group.by_article[art]] for members, _ in parts]


def _discordant(a: _Summary, b: _Summary) -> bool:
    day, place, count = discordance(a, b)
    return (day or place) and (count or (day and place))


def _fit(a: _Summary, b: _Summary) -> int:
    """How well two accounts agree: facets that agree count for, facets that differ against."""
    if _discordant(a, b):
        return -3
    day, place, count = discordance(a, b)
    agree_day = any(compare_when(x, y) is True for x in a.days.values() for y in b.days.values())
    agree_place = any(same_place(x, y) is True for x in a.places.values() for y in b.places.values())
    return agree_day + agree_place - day - place - count


# --- labels ------------------------------------------------------------------------------------------


def _label(events: list[Event], facts: list[ClaimFacts]) -> None:
    seen: Counter[str] = Counter()
    for event in events:
        mine = [facts[i] for i in event.facts]
        nouns = Counter(f.happening for f in mine if f.happening)
        places = Counter(f.place.name for f in mine if f.place and f.happening) or Counter(
            f.place.name for f in mine if f.place)
        days = Counter(_day_name(f.when) for f in mine if f.when and f.when.day_level)
        parts = [nouns.most_common(1)[0][0] if nouns else "event"]
        if places:
            parts.append(places.most_common(1)[0][0])
        if days:
            parts.append(days.most_common(1)[0][0])
        label = ", ".join(parts)
        seen[label] += 1
        event.label = label if seen[label] == 1 else f"{label} ({seen[label]})"


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _day_name(when: When) -> str:
    day = when.single_day
    if day is not None:
        return f"{_WEEKDAY_NAMES[day.weekday()]} {day.isoformat()}"
    if when.weekday is not None:
        return _WEEKDAY_NAMES[when.weekday]
    return when.text
