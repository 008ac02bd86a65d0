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
from checker.compare.values import quantities_conflict
from checker.normalise.arabic import fold, prefix_variants
from checker.normalise.dates import When, compare_when, days_apart
from checker.normalise.places import Place, is_city, same_place

MAX_CANDIDATES = 40  # groups looked at per index key: the most recently extended ones
MAX_DAYS_APART = 7  # resolved days further apart than this are different events outright
_EVENT_NOUNS = {
    "meeting": "اجتماع اجتماعا الاجتماع لقاء اللقاء meeting meet met",
    "press conference": "مؤتمر المؤتمر conference",
    "summit": "قمة القمة summit",
    "talks": "محادثات مباحثات مفاوضات talks negotiations",
    "visit": "زيارة الزيارة زار visit visited",
    "attack": "هجوم الهجوم هجوما attack attacked",
    "explosion": "انفجار الانفجار تفجير explosion blast bombing",
    "air strike": "غارة غارات قصف airstrike strike strikes shelling",
    "battle": "معركة المعركة معارك battle fighting clashes اشتباكات",
    "election": "انتخابات الانتخابات election vote",
    "protest": "احتجاج احتجاجات مظاهرة مظاهرات protest protests demonstration",
    "announcement": "أعلن اعلن إعلان بيان announced statement",
}
_NOUN_INDEX = {fold(word): noun for noun, words in _EVENT_NOUNS.items() for word in words.split()}


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
    if place is None or not places:
        return None
    return _overall([same_place(place, p) for p in places.values()])


def _day_relation(when: When | None, days: list[When], same_source: bool) -> bool | None:
    if when is None or not days:
        return None
    return _overall([compare_when(when, d, same_source) for d in days])


def _overall(relations: list[bool | None]) -> bool | None:
    """Agrees with something → True; only conflicts → False; nothing known → None."""
    if any(r is True for r in relations):
        return True
    if any(r is False for r in relations):
        return False
    return None


def _score(f: ClaimFacts, g: _Group, facts: list[ClaimFacts]) -> float | None:
    """How well a claim fits a group, or None when it cannot be the same event."""
    own = g.by_article.get(f.article, [])
    if own:
        own_places = {facts[i].place.id: facts[i].place for i in own if facts[i].place}
        own_days = [facts[i].when for i in own if facts[i].when]
        if _place_relation(f.place, own_places) is False or _day_relation(f.when, own_days, True) is False:
            return None
    place = _place_relation(f.place, g.places)
    day = _day_relation(f.when, list(g.days.values()), False)
    if place is False and day is False:
        return None
    if day is not True and f.when is not None and f.when.resolved and g.days:
        gaps = [days_apart(f.when, d) for d in g.days.values()]
        known = [x for x in gaps if x is not None]
        if known and min(known) > MAX_DAYS_APART:
            return None
    shared = sum(1 for e in f.entities if e in g.entities)
    overlap = len(f.words & g.words) / max(1, len(f.words))
    if not (place or shared or own):
        return None
    specific = place and f.place is not None and is_city(f.place)
    return (2.0 if specific else 1.0) * bool(place) + 1.5 * bool(day) + min(2, shared) + 4.0 * overlap + 1.0 * bool(own)


def _cluster(facts: list[ClaimFacts]) -> list[_Group]:
    groups: list[_Group] = []
    by_place: dict[str, list[int]] = defaultdict(list)
    by_entity: dict[int, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    for step, f in enumerate(facts):
        candidates: set[int] = set(by_article[f.article])
        if f.place is not None:
            candidates.update(by_place[f.place.id][-MAX_CANDIDATES:])
            if f.place.country:
                candidates.update(by_place[f.place.country][-MAX_CANDIDATES:])
        for e in f.entities:
            candidates.update(by_entity[e][-MAX_CANDIDATES:])
        best, best_score = None, 2.0
        anchored = f.place is not None or f.when is not None or bool(f.entities)
        for gid in sorted(candidates):
            score = _score(f, groups[gid], facts)
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
        g.touched = step
        if f.place is not None:
            g.places.setdefault(f.place.id, f.place)
            for key in (f.place.id, f.place.country):
                if key and (not by_place[key] or by_place[key][-1] != best):
                    by_place[key].append(best)
        if f.when is not None and len(g.days) < 20:
            g.days.setdefault(f.when.display(), f.when)
        for e in f.entities:
            g.entities[e] += 1
            if not by_entity[e] or by_entity[e][-1] != best:
                by_entity[e].append(best)
        g.words |= f.words
        if not by_article[f.article] or by_article[f.article][-1] != best:
            by_article[f.article].append(best)
    return groups


# --- splitting possibly different events --------------------------------------------------------------


def _differs(a: list, b: list, same) -> bool:
    """Both sides say something, nothing agrees and something conflicts."""
    if not a or not b:
        return False
    relations = [same(x, y) for x in a for y in b]
    return not any(r is True for r in relations) and any(r is False for r in relations)


def discordance(a: list[ClaimFacts], b: list[ClaimFacts]) -> tuple[bool, bool, bool]:
    """Whether two articles' claims about one event differ on the day, on the place, on a count."""
    day = _differs([f.when for f in a if f.when], [f.when for f in b if f.when], compare_when)
    place = _differs([f.place for f in a if f.place], [f.place for f in b if f.place], same_place)
    count = any(quantities_conflict(qa, qb) for fa in a for qa in fa.quantities for fb in b for qb in fb.quantities)
    return day, place, count


def _split(group: _Group, facts: list[ClaimFacts]) -> list[list[int]]:
    if len(group.by_article) < 2:
        return [group.facts]
    order = sorted(group.by_article, key=lambda art: (-len(group.by_article[art]), group.by_article[art][0]))
    parts: list[list[str]] = []
    for article in order:
        mine = [facts[i] for i in group.by_article[article]]
        for part in parts:
            if not any(_discordant(mine, [facts[i] for i in group.by_article[other]]) for other in part):
                part.append(article)
                break
        else:
            parts.append([article])
    return [[i for art in part for i in group.by_article[art]] for part in parts]


def _discordant(a: list[ClaimFacts], b: list[ClaimFacts]) -> bool:
    day, place, count = discordance(a, b)
    return (day or place) and (count or (day and place))


# --- labels ------------------------------------------------------------------------------------------


def _label(events: list[Event], facts: list[ClaimFacts]) -> None:
    seen: Counter[str] = Counter()
    for event in events:
        mine = [facts[i] for i in event.facts]
        nouns: Counter[str] = Counter()
        for f in mine:
            for word in f.words:
                for variant in prefix_variants(word):
                    if variant in _NOUN_INDEX:
                        nouns[_NOUN_INDEX[variant]] += 1
                        break
        places = Counter(f.place.name for f in mine if f.place)
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
