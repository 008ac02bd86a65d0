"""Claims grouped into events (a meeting, an attack, an announcement) by place, day, people and
wording (its words weighed by how rare they are in the corpus: the words every report uses tell two
events apart no better than they join them). Claims are compared only within one event.

Grouping is greedy and indexed (by place, person and article), so it grows roughly linearly with the
corpus. Within one article a different place or day means a different event ("غدا الأربعاء في
بروكسل" inside a report of today's Paris meeting). Across articles one disagreement on place or day
is a contradiction to report; a disagreement on the day or place *and* on something else (how many
took part) more likely means two different events, so such an article is split off into an event of
its own, linked to the first as "possibly the same". So is an account that disagrees at all with
accounts it shares none of its own words with (the names of the people and of the event), when other
accounts echo each side's words: two incidents in one city on one day, each with its toll.

Grouping goes claim by claim, so an article follows the group its first claims joined; one that joined
on the city, the day and the house style alone, naming none of the group's people, is moved after to
the one other group whose articles name its people (`_rehome_strangers`).

In a crowded news cycle (a president quoted by half the wire, in one of two capitals, at several events
a day) what tells events apart is the words the corpus uses rarely: the name of the summit, of the
lesser people. A claim whose rare words a group has none of, while the group has its own, shares only
what every report says with it: it joins on place and day alone, and never through a person named over
more days than one event lasts. A claim with no rare word of its own is grouped after, and with, its
article's others (`_telling_first`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from itertools import chain, repeat
from math import log
from operator import itemgetter

from checker.compare.accounts import MAX_VALUES, Accounts, claims_naming, split
from checker.compare.facts import ClaimFacts, across
from checker.normalise.arabic import fold, tokenize
from checker.normalise.concepts import MEASURES, noun_stem, synonym_key
from checker.normalise.dates import When, compare_when
from checker.normalise.memo import WordMemo
from checker.normalise.numbers import may_start_number
from checker.normalise.places import UNLISTED, is_city, same_place, unlisted_sound
from checker.normalise.words import mostly_latin

MAX_CANDIDATES = 12  # groups looked at per claim besides its own article's: the most recent ones
MAX_WORD_CANDIDATES = 6  # of them, found by a rare word they share (besides those found by people and places)
WORD_KEYS = 3  # a claim's rarest words it is indexed by
LOOKUP_WORD_KEYS = 6  # a claim naming a day looks groups up by this many of its rarest words:
# another report's rarest words may be ones this claim uses less rarely ("turnout" beside "ballot")
RARE_WORD = 40  # claims naming a word beyond which it is no key to find an event by
SAME_WORDS = 0.5  # overlap of wording that is enough alone (in at least SAME_WORDS_AT_LEAST words): one
SAME_WORDS_AT_LEAST = 3  # event told in the same words
COMMON_WORD = 100  # claims naming a word beyond which it tells less and less (`_Rarity`)
MAX_DAYS_APART = 7  # resolved days further apart than this are different events outright


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


class _Values:
    """The distinct places (or days) a group has heard of, and how a value relates to them: agrees with
    one → True, only conflicts → False, nothing known → None. Asked again about the same value, only
    the values added since are compared.

    Asked values are told apart by a key the caller gives: a place's identity (places belong to the
    claims, which outlive the grouping), a day's `_DayKeys` number. `known` has the answers that still
    hold, by key: looked up there first, most answers cost no call."""

    __slots__ = ("_keys", "_values", "_same", "_asked", "known")

    def __init__(self, same) -> None:
        self._keys: set = set()
        self._values: list = []
        self._same = same
        self._asked: dict[int, tuple] = {}
        self.known: dict[int, object] = {}

    def add(self, key, value, limit: int | None = None) -> bool:
        """Whether the value is new (and taken: no more than `limit` values are kept)."""
        if key in self._keys or (limit is not None and len(self._values) >= limit):
            return False
        self._keys.add(key)
        self._values.append(value)
        self.known.clear()  # each answer is asked again, of the values added since
        return True

    def known_any(self) -> bool:
        return bool(self._values)

    def relation(self, value, asked_as: int) -> bool | None:
        values = self._values
        relation, seen = self._asked.get(asked_as, _NOT_ASKED)
        if relation is True or seen == len(values):
            self.known[asked_as] = relation
            return relation
        same = self._same
        for other in values[seen:]:
            related = same(value, other)
            if related is True:
                relation = True
                break
            if related is False:
                relation = False
        self._asked[asked_as] = (relation, len(values))
        self.known[asked_as] = relation
        return relation


_NOT_ASKED = (None, 0)
_UNKNOWN = object()


class _Days(_Values):
    """A group's days; for a resolved day also how near the nearest resolved day known is."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(compare_when)

    def standing(self, when: When, asked_as: int) -> tuple[bool, bool | None, int | None, int]:
        """Too far (no day agrees and the resolved ones are all more than MAX_DAYS_APART away: another
        event), relation, fewest days apart (None when no resolved day is known), days compared."""
        values = self._values
        standing = self._asked.get(asked_as)
        if standing is not None:
            if standing[3] == len(values):
                return standing
            _, relation, nearest, seen = standing
        else:
            relation, nearest, seen = None, None, 0
        span = when.span
        for other in values[seen:]:
            other_span = other.span
            if span is not None and other_span is not None:
                # Both resolved: what compare_when and days_apart say, from the day numbers.
                if span[1] < other_span[0]:
                    related, gap = False, other_span[0] - span[1]
                elif other_span[1] < span[0]:
                    related, gap = False, span[0] - other_span[1]
                else:
                    related, gap = True, 0
            else:
                related, gap = compare_when(when, other), None
            if related is True:
                relation = True
            elif related is False and relation is None:
                relation = False
            if gap is not None and (nearest is None or gap < nearest):
                nearest = gap
        far = relation is not True and nearest is not None and nearest > MAX_DAYS_APART
        standing = self._asked[asked_as] = self.known[asked_as] = (far, relation, nearest, len(values))
        return standing


def _same_day_in_article(a: When, b: When) -> bool | None:
    return compare_when(a, b, True)


class _Own:
    """What a group has from one article: its claims, and the places and days they name (as told
    within one article)."""

    __slots__ = ("facts", "places", "days")

    def __init__(self) -> None:
        self.facts: list[int] = []
        self.places = _Values(same_place)
        self.days = _Values(_same_day_in_article)


class _Group:
    __slots__ = ("places", "days", "entities", "named", "voices", "words", "measured", "counted", "meanings",
                 "published", "own", "bare", "telling", "amounts")

    def __init__(self) -> None:
        self.places = _Values(same_place)
        self.days = _Days()
        self.entities: set[int] = set()
        # The things its claims name that are no person or place, and how its people's names sound in
        # either script: most groups have none, and share one empty set until they have.
        self.named: set[str] | frozenset[str] = _NO_WORDS
        self.voices: set[str] | frozenset[str] = _NO_WORDS
        self.words: set[str] = set()
        self.measured: set[str] = set()  # what its claims' amounts count or measure, in either language
        # What its claims' amounts count, each with a word said beside it ("tonne grain"): few groups
        # have any, and share one empty set until they have (`counted_things`).
        self.counted: set[str] | frozenset[str] = _NO_WORDS
        self.meanings: set[str] = set()  # what its words mean, where the tables give synonyms (`synonym_key`)
        self.amounts: set | frozenset = _NO_WORDS  # the amounts its claims give, with what they count (`told_amounts`)
        self.published: tuple[date, date] | None = None  # the first and last publication days of its claims
        self.own: dict[str, _Own] = {}  # by article, in the order they joined
        # The words of its claims naming no day or person, each set once: a headline repeated by many
        # outlets is compared with once.
        self.bare: dict[frozenset[str], None] = {}
        self.telling = False  # whether a claim of it has words the corpus uses rarely (`_Rarity.telling`)

    def by_article(self) -> dict[str, list[int]]:
        return {article: own.facts for article, own in self.own.items()}

    def add(self, f: ClaimFacts, named: When | None, when: When | None,
            counted: frozenset[str] | set[str] = frozenset()) -> bool:
        """A claim joins; `named` is the day it names, `when` that day or, when it names none, its
        article's, `counted` what it counts (`counted_things`). Whether the group has a new day."""
        own = self.own.get(f.article)
        if own is None:
            own = self.own[f.article] = _Own()
        own.facts.append(f.index)
        place = f.place
        if place is not None:
            own.places.add(place.id, place)
            self.places.add(place.id, place)
        if named is not None:
            own.days.add(named.shown, named)
        if f.named:
            if self.named is _NO_WORDS:
                self.named = set(f.named)
            else:
                self.named |= f.named
        if f.voices:
            if self.voices is _NO_WORDS:
                self.voices = set(f.voices)
            else:
                self.voices |= f.voices
        if f.entities:
            self.entities |= f.entities
        elif named is None:
            self.bare[f.words] = None
        self.words |= f.words
        self.meanings |= meanings_of(f.words)
        day = f.published
        if day is not None:
            known = self.published
            if known is None:
                self.published = (day, day)
            elif day < known[0] or day > known[1]:
                self.published = (min(day, known[0]), max(day, known[1]))
        measured = measured_things(f)
        if measured:
            self.measured |= measured
            amounts = told_amounts(f)
            if amounts:
                if self.amounts is _NO_WORDS:
                    self.amounts = set(amounts)
                else:
                    self.amounts |= amounts
        if counted:
            if self.counted is _NO_WORDS:
                self.counted = set(counted)
            else:
                self.counted |= counted
        return when is not None and self.days.add(when.shown, when, MAX_VALUES)


ByArticle = dict[str, list[int]]  # a group's claims, by article
Parts = list[list[int]]  # a group's claims, as the events they tell


def group_events(facts: list[ClaimFacts]) -> Events:
    """The events of the claims, labelled."""
    grouped = group_claims(facts)
    events = events_of(split_groups(grouped.groups, facts, grouped.named_days, grouped.corpus_claims), len(facts))
    label_events(events.events, facts)
    return events


@dataclass
class Grouped:
    """The claims in groups, each to be split into the events it tells (`split_groups`)."""

    groups: list[ByArticle]
    named_days: list[When | None]  # the day each claim names (`named_days_of`)
    corpus_claims: Counter[str]  # the claims naming each word (`claims_naming`)


def group_claims(facts: list[ClaimFacts]) -> Grouped:
    named_days = named_days_of(facts)
    rarity = _Rarity(facts)
    groups = _rehome_strangers([group.by_article() for group in _cluster(facts, named_days, rarity)], facts,
                               rarity.crowded)
    return Grouped(groups, named_days, rarity.counts)


def split_groups(groups: list[ByArticle], facts: list[ClaimFacts], named_days: list[When | None],
                 corpus_claims: Counter[str] | None = None) -> list[Parts]:
    """Each group's claims in parts that tell one event each (`accounts.split`); `corpus_claims`, the
    claims naming each word (`claims_naming`), if already counted."""
    accounts = Accounts(facts, corpus_claims)
    return [split(group, facts, named_days, accounts) if len(group) > 1 else list(group.values())
            for group in groups]


def events_of(parts_of: list[Parts], claims: int) -> Events:
    """The events the groups' parts tell, unlabelled: the parts of one group are linked as possibly
    the same event."""
    events: list[Event] = []
    for parts in parts_of:
        first = len(events)
        for offset, part in enumerate(parts):
            events.append(Event(first + offset, sorted(part)))
        for a in range(first, len(events)):
            events[a].linked = [b for b in range(first, len(events)) if b != a]
    of_fact = [0] * claims
    for event in events:
        for i in event.facts:
            of_fact[i] = event.id
    return Events(events, of_fact)


# --- grouping ----------------------------------------------------------------------------------------


def _main_days(facts: list[ClaimFacts], named_days: list[When | None]) -> dict[str, When]:
    """Each article's most named day: a claim that names no day is about its article's day, unless it
    joins another event on other grounds."""
    named: dict[str, dict[str, list]] = defaultdict(dict)  # article → day → [claims naming it, first such]
    for f, when in zip(facts, named_days):
        if when is not None and when.day_level:
            named[f.article].setdefault(when.shown, [0, when])[0] += 1
    return {article: max(days.values(), key=itemgetter(0))[1] for article, days in named.items()}


def _too_few_anchors(same_place_: bool, named_day: bool, shared: int, overlap: float, alike: int) -> bool:
    """Whether a claim has too little in common with a group of other articles to join it: one of a
    place, a day named and a person, and similar wording, are needed; or wording so alike that it
    tells one event by itself (`SAME_WORDS`), whatever happened."""
    anchors = same_place_ + named_day + (shared > 0)
    if _told_alike(overlap, alike):
        return False
    return anchors == 0 or anchors + (overlap >= 0.3) < 2


SAME_WORDING = 0.4  # a claim naming no day or person joins on its wording when it shares this much


def _told_alike(overlap: float, alike: int) -> bool:
    """Wording so alike that it tells one event by itself: most of the words (`SAME_WORDS`), or many
    of them (`MANY_SAME_WORDS`) with a good part of the rest (a long quote says more besides)."""
    return (overlap >= SAME_WORDS and alike >= SAME_WORDS_AT_LEAST) or (
        alike >= MANY_SAME_WORDS and overlap >= MANY_SAME_WORDS_SHARE)


MANY_SAME_WORDS = 6
MANY_SAME_WORDS_SHARE = 0.35


def _wording_keys(f: ClaimFacts) -> list[tuple[str, str]]:
    """What a claim naming no day or person is found by, besides its place: its words. A headline
    ("النفط يرتفع وسط عراقيل في إمدادات فنزويلا") is one event with another that says nearly the same,
    or its opposite, in nearly the same words. A tuple: never a place id or a person."""
    return [("word", w) for w in f.words]


class _Index:
    """The groups of each place, person or speaking office (together: place ids are strings, people
    numbers, offices tuples) and of each article, in the order they were last joined."""

    def __init__(self) -> None:
        self._by_key: dict[str | int | tuple, list[int]] = defaultdict(list)
        self._by_article: dict[str, list[int]] = defaultdict(list)

    def candidates(self, keys: list[str | int | tuple], article: str) -> set[int]:
        """The groups of the claim's article and the most recent ones sharing one of its keys: its
        people, and its place or the office that spoke. A person is rarer than a place: the groups
        sharing one are not crowded out by those of a busy city."""
        people: set[int] = set()
        others: set[int] = set()
        words: set[int] = set()
        by_key = self._by_key
        for key in keys:
            known = by_key.get(key)
            if known:
                if type(key) is int:
                    people.update(known[-MAX_CANDIDATES:])
                elif key.__class__ is _Word:
                    words.update(known[-MAX_WORD_CANDIDATES:])
                else:
                    others.update(known[-MAX_CANDIDATES:])
        if len(people) > MAX_CANDIDATES:
            people = _most_recent(people)
        if len(others) > MAX_CANDIDATES:
            others = _most_recent(others)
        if len(words) > MAX_WORD_CANDIDATES:
            words = set(sorted(words)[-MAX_WORD_CANDIDATES:])
        recent = people | others | words
        own = self._by_article.get(article)
        if own:
            recent.update(own)
        return recent

    def of_article(self, article: str) -> list[int]:
        return self._by_article.get(article, [])

    def note(self, keys: list[str | int | tuple], article: str, gid: int) -> None:
        by_key = self._by_key
        for key in keys:
            gids = by_key[key]
            if not gids or gids[-1] != gid:
                gids.append(gid)
        gids = self._by_article[article]
        if not gids or gids[-1] != gid:
            gids.append(gid)


class _Word(str):
    """A rare word as a key of the index: never equal to a place id, a person or an office."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return other.__class__ is _Word and str.__eq__(self, other)

    __hash__ = str.__hash__


def _most_recent(groups: set[int]) -> set[int]:
    return set(sorted(groups)[-MAX_CANDIDATES:])


def _index_keys(f: ClaimFacts) -> list[str | int | tuple]:
    keys: list[str | int | tuple] = list(f.entities)
    place = f.place
    if place is not None:
        if place.id:
            keys.append(place.id)
        if place.country:
            keys.append(place.country)
        if place.within:
            keys.append(place.within)  # Khan Younis meets what is told of Gaza
        if place.id.startswith(UNLISTED) and (sound := unlisted_sound(place.id)) is not None:
            keys.append(("place sound", sound))  # a place no table knows, in two scripts: "Rhodes", "رودس"
    if _scheduled(f, f.when):
        # A coming event told with its day, which other reports of it may give otherwise ("set for 19
        # June"), and often with no person or place in common: its words tell which of them it meets.
        keys.append(("ahead", f.happening))
    for person in f.persons:
        # One office named with two names ("وزير الصحة اللبناني فراس الأبيض", "... حمد حسن"): reports
        # that share no person may still meet by the office. A tuple: never a place id or a person.
        if person.role is not None and (role := person.role.key) is not None and role not in keys:
            keys.append(role)
    if not keys and f.speaker_role is not None and (role := f.speaker_role.key) is not None:
        # Nothing else to meet others by: the office that spoke ("the Swiss foreign minister" said,
        # "at the Geneva meeting"). A tuple: never a place id or a person.
        keys.append(role)
    # A thing it names ("the Aurora Star", "مارمولادا"): reports of one shipwreck meet by the ship. A
    # tuple: never a place id or a person.
    keys += [("named", thing) for thing in f.named]
    keys += [("voice", voice[2:]) for voice in f.voices]  # one person in two scripts: "Amr Diab", "عمرو دياب"
    if not f.entities and f.when is None:
        keys += _wording_keys(f)
    return keys


class _Faraway:
    """For each day asked about (by its identity), the groups whose days are all too far from it: most
    candidates of a claim, ruled out with one look-up. A group is forgotten when it learns a new day."""

    def __init__(self) -> None:
        self._groups: dict[int, set[int]] = defaultdict(set)  # by day
        self._days: dict[int, list[int]] = defaultdict(list)  # by group

    def groups(self, day: int) -> set[int]:
        return self._groups.get(day, _NONE)

    def mark(self, day: int, gid: int) -> None:
        self._groups[day].add(gid)
        self._days[gid].append(day)

    def forget(self, gid: int) -> None:
        for day in self._days.pop(gid, ()):
            self._groups[day].discard(gid)


_NONE: frozenset[int] = frozenset()


def named_days_of(facts: list[ClaimFacts]) -> list[When | None]:
    """The day each claim names. Days are remembered by identity when grouping: claims naming equal
    days share one day object, as their facts are made (`facts._Reader`), so that what is known of a
    day serves every claim naming it."""
    return [f.when for f in facts]


class _DayKeys(dict):
    """The number a day is asked about as when grouping: one for all the days that every comparison of
    days (`compare_when`, in or across articles) tells alike, whatever their words and positions ("on
    Monday", "الاثنين"). A corpus names thousands of day objects but a few hundred such days, so what is
    known of one (which groups are too far from it) serves them all. By the day's identity: claims share
    their day objects."""

    def __init__(self) -> None:
        super().__init__()
        self._numbers: dict[tuple, int] = {}

    def __getitem__(self, when: When | None) -> int:
        key = self.get(id(when))
        if key is None:
            compared = None if when is None else (when.year, when.month, when.day, when.weekday, when.offset,
                                                  when.unit, when.start, when.end)
            key = self[id(when)] = self._numbers.setdefault(compared, len(self._numbers))
        return key


def _cluster(facts: list[ClaimFacts], named_days: list[When | None], rarity: _Rarity) -> list[_Group]:
    groups: list[_Group] = []
    index = _Index()
    faraway = _Faraway()
    main_days = _main_days(facts, named_days)
    day_keys = _DayKeys()
    for f, named in _telling_first(facts, named_days, rarity):
        when = named or main_days.get(f.article)
        keys = _index_keys(f)
        words = rarity.keys(f)
        telling = rarity.telling(f.words)
        counted = counted_things(f) if f.quantities else _NO_WORDS
        best = None
        if not telling and rarity.lost:
            # Nothing of its own to tell its event by ("Officials said 12 were killed near Cairo on
            # Monday"): it belongs with its article's story, unless that names another place or day.
            own = index.of_article(f.article)
            if own:
                best = _best_group(f, named, when, day_keys[when], own, groups, faraway, rarity, counted=counted)
        if best is None:
            # Its rare words find groups for a claim that lacks a place the table knows or a person: one
            # that has both finds its event by them (and weighing candidates is what grouping costs).
            # Every claim is noted under its words.
            candidates = index.candidates(keys, f.article)
            by_words = _NONE
            if f.place is None or not f.entities:
                by_words = index.candidates(words[:WORD_KEYS], f.article)
                if len(words) > WORD_KEYS and named is not None:
                    by_words = by_words | index.candidates(words[WORD_KEYS:], f.article)
                by_words -= candidates
            best = _best_group(f, named, when, day_keys[when], candidates | by_words, groups, faraway, rarity, by_words,
                               counted)
        if best is None:
            best = len(groups)
            groups.append(_Group())
        if groups[best].add(f, named, when, counted):
            faraway.forget(best)
        if telling:
            groups[best].telling = True
        index.note(keys + words[:WORD_KEYS], f.article, best)
    return groups


def _telling_first(facts: list[ClaimFacts], named_days: list[When | None],
                   rarity: _Rarity) -> Iterable[tuple[ClaimFacts, When | None]]:
    """The claims in the order they are grouped: as given, but those with no word the corpus uses rarely
    after the other claims of their article. An article joins the event its first claims find, and a
    claim that names only a famous person, a busy city and a day would find any of that person's events."""
    if not rarity.lost:
        yield from zip(facts, named_days)
        return
    last = {f.article: f.index for f in facts}
    waiting: dict[str, list[int]] = defaultdict(list)
    for f, named in zip(facts, named_days):
        if last[f.article] != f.index and not rarity.telling(f.words):
            waiting[f.article].append(f.index)
            continue
        yield f, named
        if last[f.article] == f.index:
            for i in waiting.pop(f.article, ()):
                yield facts[i], named_days[i]


def _rehome_strangers(groups: list[ByArticle], facts: list[ClaimFacts],
                      crowded: set[int] | frozenset[int] = frozenset()) -> list[ByArticle]:
    """An article that joined a group on its first claims (the city, the day, the house style) but
    names none of the people its other articles name, while the articles of exactly one other group
    name one of its people on a day that agrees, is moved there: it told that story, in another place
    or with other counts, which is what to report.

    Who the other articles name is told from how many articles of the group name each person, not
    by looking through them: one story told by thousands of outlets costs as many looks as outlets."""
    # A person quoted by half the wire (`crowded`) is named by many stories: no sign of which one it told.
    people = [{article: frozenset().union(*(facts[i].entities for i in claims)) - crowded
               for article, claims in group.items()} for group in groups]
    naming_articles = [Counter(chain.from_iterable(of_article.values())) for of_article in people]
    naming: dict[int, set[int]] = defaultdict(set)  # person → groups where an article names them
    for gid, named_here in enumerate(naming_articles):
        for person in named_here:
            naming[person].add(gid)
    days = _DaysOfGroups(groups, facts)
    moves = []
    for gid, of_article in enumerate(people):
        if len(of_article) < 2:
            continue
        named_here = naming_articles[gid]
        mentions = sum(named_here.values())  # (article, person) pairs
        for article, mine in of_article.items():
            # The other articles name somebody (not only this article's people), and none of them.
            if not mine or mentions == len(mine) or any(named_here[person] > 1 for person in mine):
                continue
            targets = {target for person in mine for target in naming[person] if target != gid
                       and naming_articles[target][person] > (person in people[target].get(article, ()))
                       and days.one_agrees(groups[gid][article], target, article)}
            if len(targets) == 1:
                moves.append((gid, article, targets.pop()))
    arrived = set()
    for gid, article, target in moves:
        if (gid, article) in arrived:
            continue  # claims just moved here stay: each article moves once
        groups[target][article] = sorted(groups[target].get(article, []) + groups[gid].pop(article))
        arrived.add((target, article))
    return groups


class _DaysOfGroups:
    """The distinct days the articles of a group name (by identity: claims share their day objects),
    found when a group is first asked about."""

    def __init__(self, groups: list[ByArticle], facts: list[ClaimFacts]) -> None:
        self._groups, self._facts = groups, facts
        self._known: dict[int, tuple[dict[int, When], Counter[int], dict[str, set[int]]]] = {}

    def one_agrees(self, claims: list[int], target: int, article: str) -> bool:
        """Whether a day of these claims of `article` agrees with one another article of the group names."""
        facts = self._facts
        days = [facts[i].when for i in claims if facts[i].when is not None]
        if not days:
            return False
        distinct, articles_naming, of_article = self._of(target)
        own = of_article.get(article, set())
        theirs = [when for key, when in distinct.items() if articles_naming[key] > (key in own)]
        return any(compare_when(a, b) is True for a in days for b in theirs)

    def _of(self, gid: int) -> tuple[dict[int, When], Counter[int], dict[str, set[int]]]:
        known = self._known.get(gid)
        if known is None:
            facts = self._facts
            distinct: dict[int, When] = {}
            of_article = {article: {id(w) for i in claims if (w := facts[i].when) is not None}
                          for article, claims in self._groups[gid].items()}
            for claims in self._groups[gid].values():
                for i in claims:
                    when = facts[i].when
                    if when is not None:
                        distinct.setdefault(id(when), when)
            known = self._known[gid] = (distinct, Counter(chain.from_iterable(of_article.values())), of_article)
        return known


class _Rarity:
    """How telling each word is when comparing wording: fully, in at most COMMON_WORD claims of the
    corpus; less the more claims name it, down to nothing for a word in all of them ("said", "يوم").
    A corpus of a few events has no word that common: every word counts fully, as in one story.

    Kept as what a common word falls short of counting fully (`lost`), looked up for each word in C
    (`weigh`): a claim's words are weighed 200,000 times at 10,000 articles."""

    def __init__(self, facts: list[ClaimFacts]) -> None:
        n = len(facts)
        self.counts: Counter[str] = claims_naming(facts)  # claims naming each word, for `Accounts` too
        lost: dict[str, float] = {}
        if n > COMMON_WORD:
            scale = log(n / COMMON_WORD)
            lost = {w: 1.0 - log(n / c) / scale for w, c in self.counts.items() if c > COMMON_WORD}
        self.lost = lost
        self._keys: dict[frozenset[str], list[_Word]] = {}
        self._telling: dict[frozenset[str], frozenset[str]] = {}
        self.crowded = _crowded(facts) if n > COMMON_WORD else set()

    def keys(self, f: ClaimFacts) -> list[_Word]:
        """The claim's rarest words that other claims name too (at most LOOKUP_WORD_KEYS, each in at
        most RARE_WORD claims): what finds the events it may belong to when no place or person does
        ("Tempe", "collision", "Friedkin"). It is noted under the first WORD_KEYS of them."""
        known = self._keys.get(f.words)
        if known is None:
            counts = self.counts
            rare = sorted((c, w) for w in f.words if 2 <= (c := counts[w]) <= RARE_WORD)
            known = self._keys[f.words] = [_Word(w) for _, w in rare[:LOOKUP_WORD_KEYS]]
        return known

    def telling(self, words: frozenset[str]) -> frozenset[str]:
        """The words the corpus uses rarely (in at most COMMON_WORD claims), number words aside: the names
        of an event, of its place, of its lesser people. In a corpus without common words, all of them."""
        if not self.lost:
            return words
        known = self._telling.get(words)
        if known is None:
            lost = self.lost
            known = self._telling[words] = frozenset(w for w in words if w not in lost and not may_start_number(w))
        return known

    def weigh(self, words: frozenset[str] | set[str]) -> float:
        """What the words weigh together: their number, less what the common ones fall short by."""
        return len(words) - sum(map(self.lost.get, words, _NOTHING_LOST)) if self.lost else len(words)


def _crowded(facts: list[ClaimFacts]) -> set[int]:
    """The people named in more claims than a common word, published over more days than one event
    lasts: a president quoted by half the wire, not the spokesman of one story every outlet carries."""
    many = {person for person, c in Counter(chain.from_iterable(f.entities for f in facts)).items()
            if c > COMMON_WORD}
    days: dict[int, set] = defaultdict(set)
    for f in facts:
        if f.entities and not many.isdisjoint(f.entities):
            for person in f.entities & many:
                days[person].add(f.published)
    return {person for person, published in days.items() if len(published) > MAX_DAYS_APART}


_NOTHING_LOST = repeat(0.0)
_NO_WORDS: frozenset[str] = frozenset()


def _best_group(f: ClaimFacts, named: When | None, when: When | None, day_key: int, candidates: set[int],
                groups: list[_Group], faraway: _Faraway, rarity: _Rarity,
                by_words: set[int] | frozenset[int] = frozenset(), counted: frozenset[str] = frozenset()) -> int | None:
    """The group a claim fits best, if any fits well enough: the first such group on a tie. `named` is
    the day the claim names, `when` that day or its article's, `day_key` what it is asked about as.
    A group found only by the claim's words (`by_words`) is no place for it when both name places that
    are not known to agree: a quake in Herat and one in Nepal are told alike."""
    article, place, entities, words = f.article, f.place, f.entities, f.words
    meanings = meanings_of(words)
    published = f.published
    place_key = id(place)  # places are asked about by identity: the gazetteer's own
    lost = rarity.lost.get
    n_words = rarity.weigh(words) or 1.0
    anchored = place is not None or named is not None or bool(entities)
    # A day set ahead ("the vote will take place on 12 June") is what reports of a coming event may
    # disagree on, by weeks: it does not tell that event from another, its words do (`_scheduled`).
    scheduled = _scheduled(f, named)
    far = when is not None and when.start is not None and not scheduled  # most candidates are on other days
    # The groups known to be too far from the day are passed over one by one: `candidates -= too_far`
    # would walk all of them, dozens at 10,000 articles, for a dozen candidates.
    too_far = faraway.groups(day_key) if far else _NONE
    city = place is not None and is_city(place)
    amounts = told_amounts(f)
    headline = not entities and named is None
    telling = rarity.telling(words) if rarity.lost else _NO_WORDS
    best, best_score, best_shared = None, 2.0, 0
    for gid in candidates:
        if gid in too_far:
            continue
        g = groups[gid]
        if far:
            standing = g.days.known.get(day_key) or g.days.standing(when, day_key)
            if standing[0]:
                faraway.mark(day_key, gid)
                continue
        mine = g.own.get(article)
        own = mine is not None
        if not own and when is None and published is not None and g.published is not None and (
                published < g.published[0] - _PUBLISHED_APART or published > g.published[1] + _PUBLISHED_APART):
            continue  # no day named, and published months from every report of the group: another story
        if own:
            # An article's places or days not known yet: no value to disagree with.
            if place is not None:
                related = mine.places.known.get(place_key, _UNKNOWN)
                if related is False or (related is _UNKNOWN and mine.places.relation(place, place_key) is False):
                    continue
            if named is not None:
                related = mine.days.known.get(day_key, _UNKNOWN)
                if related is False or (related is _UNKNOWN and mine.days.relation(named, day_key) is False):
                    continue
        place_relation = None if place is None else g.places.known.get(place_key, _UNKNOWN)
        if place_relation is _UNKNOWN:
            place_relation = g.places.relation(place, place_key)
        if place_relation is not True and gid in by_words and place is not None and g.places.known_any():
            continue
        shared = len(entities & g.entities) if entities else 0
        if f.named and shared < 2 and not f.named.isdisjoint(g.named):
            # A thing both name, as a person both name ("the Aurora Star"); named in several words, as an
            # exercise or a race is ("Eager Lion", "درع الجزيرة المشترك 13"), it tells one event as two people do.
            shared = 2 if any(" " in thing for thing in f.named & g.named) else max(shared, 1)
        if not shared and f.voices and not across(f.voices).isdisjoint(g.voices):
            shared = 1  # one person in two scripts
        same_amounts = _same_amounts(amounts, g.amounts) if amounts and g.amounts and (
            published is None or g.published is None or
            g.published[0] - _SAME_NEWS <= published <= g.published[1] + _SAME_NEWS) else 0
        if same_amounts > shared:
            shared = same_amounts  # the same counts of the same things ("8,000 troops from 30 countries"), in either language
        if not shared and counted and g.counted and not counted.isdisjoint(g.counted) and \
                _counted_alike(counted, g, lost):
            shared = 1  # one thing counted, with a word beside it both say: "tonnes of grain", "إنتاج التمور"
        alike = words & g.words
        if f.person_words and alike and not shared and not alike.isdisjoint(f.person_words):
            # A family name both name is no shared wording when they name two people (Ana and João
            # Ferreira): who they are is told by the people, not by their words.
            alike = alike - f.person_words
        overlap = (len(alike) - sum(map(lost, alike, _NOTHING_LOST))) / n_words  # rarity.weigh(alike), inlined
        n_alike = len(alike)
        synonyms = 0
        if meanings and not meanings.isdisjoint(g.meanings):
            # Synonyms of the tables count as shared words in one language: "killed" beside "deaths",
            # "viewers" beside "watched". A meaning already shared through one of its words counts once.
            synonyms = len((meanings & g.meanings) - meanings_of(alike))
            n_alike += synonyms
            overlap += synonyms / n_words
        # People told in two scripts are not known to be one: a claim naming some is joined this way
        # only to a group naming none, or the other way round.
        # One person, in two scripts ("Tedros", "تيدروس"), in one place: told in two languages, as much
        # as one thing counted there is.
        bridged = not alike and place_relation is True and (
            (not (entities and g.entities) and _told_in_another_language(f, g))
            or (bool(f.voices) and not across(f.voices).isdisjoint(g.voices) and mostly_latin(f.words) != mostly_latin(g.words)))
        if bridged:
            overlap = _SAME_MEASURE
        # Across articles one clue is not enough (one city, one person, one topic hosts many events), and
        # similar wording alone is a story, not an event. A day inherited from the article is no clue.
        # Most candidates fail this even if the day agreed, so the day is compared only after.
        worded = False
        if not own and headline and g.bare:
            # A claim naming no day or person (a headline) joins a group of such claims on its wording
            # alone, and must say nearly the same as each of them, not as the group's words together:
            # the headlines of a week's oil prices would chain into one event. In nearly the same
            # words, another place is what the accounts disagree on, not another event.
            overlap = _said_by_each(words, g.bare, rarity, n_words)
            if overlap is None:
                if not bridged:
                    continue
                overlap = _SAME_MEASURE
            else:
                worded = True
        anchor_overlap, anchor_alike = overlap, n_alike
        if not own and not (headline and g.bare):
            if telling and g.telling and telling.isdisjoint(g.words):
                # Each tells of its own event in words the corpus uses rarely, and they share none of
                # them: what they share is what every report says, no clue (it still ranks the groups
                # that place and day find), and a person quoted by half the wire speaks at many events
                # ("Kaloten summit", "Sape summit", one president, one capital).
                crowded = rarity.crowded
                if entities & crowded and not (entities & g.entities) - crowded:
                    continue
                anchor_overlap, anchor_alike = 0.0, 0
            if _too_few_anchors(place_relation is True, named is not None, shared, anchor_overlap, anchor_alike):
                continue
        if when is None:
            day = None
        else:
            day = standing[1] if far else (g.days.known.get(day_key) or g.days.standing(when, day_key))[1]
        if (place_relation is False or bridged) and day is False and not same_amounts:
            continue  # a claim joined by what it counts alone must not name another day
        if synonyms and day is False and not own and _too_few_anchors(
                place_relation is True, False, shared, overlap - synonyms / n_words, n_alike - synonyms):
            continue  # nor one that shares enough words only through their synonyms
        named_day = day is True and named is not None
        told_alike = scheduled and day is False and (anchor_overlap >= _SCHEDULED_OVERLAP
                                                     or (place_relation is True and anchor_overlap >= 0.3))
        # Asked again only if the named day turned out no clue; otherwise it is the test just passed.
        if not own and named_day != (named is not None) and not told_alike and _too_few_anchors(
                place_relation is True, named_day, shared, anchor_overlap, anchor_alike):
            continue
        specific = place_relation is True and city
        score = (2.0 if specific else 1.0) * bool(place_relation) + 1.5 * bool(day) + min(2, shared) + 4.0 * overlap
        # A different day or place is allowed (it may be the very contradiction to report) but counts against.
        # Told in nearly the same words (`SAME_WORDS`), one event may be told with another place or day:
        # that is what the accounts disagree on.
        worded_alike = _told_alike(anchor_overlap, anchor_alike)
        score -= (1.5 * (day is False and not told_alike) + 2.0 * (place_relation is False and not worded)) * (
            0.25 if worded_alike else 1.0)
        score += 0.5 * told_alike  # both tell of one coming event, in its own words
        # Told in nearly the same words, with a day or a person named: as much a clue as a person both
        # name. Not a headline's few words ("مقتل 3 فلسطينيين في غزة"): a week's news says them again.
        score += 1.0 * (worded_alike and not headline)
        # Joined on wording alone, a claim has no place or day to add to its score: SAME_WORDING is enough.
        score += 1.0 * bool(own) + (2.0 - 4.0 * SAME_WORDING) * worded
        if not anchored and own:
            score += 2.5  # nothing to place it: it belongs with its own article's story
        # Candidates come in no particular order: on a tie the group sharing more people wins, then
        # the first group.
        if score > best_score or (score == best_score and best is not None
                                  and (-shared, gid) < (-best_shared, best)):
            best, best_score, best_shared = gid, score, shared
    return best


# A claim naming no day is about its article's days: beyond this from every publication day of a
# group, it tells another story however alike the words (an election of 2019, one of 2021).
_PUBLISHED_APART = timedelta(days=60)
_SAME_MEASURE = 0.3  # the wording a claim in another language is taken to share when it counts the same thing


_MEANINGS: dict[frozenset[str], frozenset[str]] = {}


def meanings_of(words: frozenset[str] | set[str]) -> frozenset[str]:
    """What the words mean where the tables give synonyms (`synonym_key`), in their script: a word of
    one language is not taken to say what a word of the other says, which would join the accounts of
    two stories that share nothing else. A claim's words are read once."""
    if type(words) is frozenset:
        known = _MEANINGS.get(words)
        if known is None:
            if len(_MEANINGS) >= 1 << 18:
                _MEANINGS.clear()
            known = _MEANINGS[words] = frozenset(filter(None, map(_meaning.__getitem__, words)))
        return known
    return frozenset(filter(None, map(_meaning.__getitem__, words)))


@WordMemo
def _meaning(word: str) -> str | None:
    meaning = synonym_key[word]
    return None if meaning is None else f"{'latin' if word.isascii() else 'arabic'} {meaning}"


def _told_in_another_language(f: ClaimFacts, g: _Group) -> bool:
    """A claim sharing no word with a group in one place, in another script, that counts what the
    group counts: "unemployment" and "البطالة" in Morocco, "gold medals" and "ميدالية ذهبية" in Paris."""
    return (bool(g.measured) and not g.measured.isdisjoint(measured_things(f))
            and mostly_latin(f.words) != mostly_latin(g.words))


def _read_once(read: Callable[[tuple], frozenset]) -> Callable[[ClaimFacts], frozenset]:
    """`read` of a claim's quantities, once for all the claims of one text (they share their quantities):
    remembered by the identity of the quantities, kept alive beside what was read of them."""
    known: dict[int, tuple[tuple, frozenset]] = {}

    def of(f: ClaimFacts) -> frozenset:
        quantities = f.quantities
        if not quantities:
            return _NO_WORDS
        found = known.get(id(quantities))
        if found is not None and found[0] is quantities:
            return found[1]
        if len(known) >= 1 << 18:
            known.clear()
        value = read(quantities)
        known[id(quantities)] = (quantities, value)
        return value

    of.__doc__ = read.__doc__
    return of


@_read_once
def measured_things(quantities: tuple) -> frozenset[str]:
    """What a claim's amounts count or measure, as the concept tables name it in both languages: the
    counted things that are not mere units or people ("medal", "seat") and the known measures
    ("unemployment", "turnout")."""
    return frozenset(chain((q.thing for q in quantities if not q.generic),
                           (m for q in quantities for m in q.measures if m in MEASURES)))


@_read_once
def told_amounts(quantities: tuple) -> frozenset[tuple]:
    """The amounts a claim gives of things the tables name in both languages, as (thing, fate, value):
    two reports giving the same ones tell one event, in whatever words or script."""
    return frozenset((q.thing, q.status, q.value) for q in quantities if not q.generic and q.qualifier != "vague")


_SAME_NEWS = timedelta(days=2)  # reports of one event giving its amounts are published this close together
_DISTINCT_AMOUNT = 10  # one amount the same is a clue from this value up: many events have 2 or 3 of a thing


def _same_amounts(mine: frozenset[tuple], theirs: set | frozenset) -> int:
    """How much the amounts two accounts both give tell one event, as people both name would: two of
    them as much as two people, one from `_DISTINCT_AMOUNT` up as one; a smaller one alone, nothing."""
    same = mine & theirs
    if len(same) >= 2:
        return 2
    return int(any(value >= _DISTINCT_AMOUNT for _, _, value in same))


def counted_things(f: ClaimFacts) -> frozenset[str]:
    """What a claim's amounts count or measure (`measured_things`), each with a word said beside it
    that is not its place or who speaks: "tonne grain", "turnout اضراب". Two reports of one harvest, one
    strike, one exam count one thing with the same words around it, whatever else they say. Not a
    price: the price of one thing is told every day, in every market. Read once a claim, as it is
    grouped."""
    pairs = [(word, what) for q in f.quantities if "price" not in q.measures
             for what in chain(() if q.generic else (q.thing,), (m for m in q.measures if m in MEASURES))
             for word in q.context if word not in _WHERE and not may_start_number(word)]
    if not pairs:
        return _NO_WORDS
    claim = f.claim
    # Where and who: the words of its place, its speaker and role, and its people's names.
    excluded = _stems(" ".join(filter(None, (f.place_text, claim.speaker, claim.speaker_role,
                                              *(p.name for p in f.persons)))))
    return frozenset(f"{what} {word}" for word, what in pairs if word not in excluded)


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(noun_stem(t.key) for t in tokenize(text)) if text else _NO_WORDS


# Words that say where, not what: "the city library", "the city's fair".
_WHERE = frozenset(noun_stem(fold(w)) for w in "city town village capital province region country district "
                   "مدينة المدينة بلدة البلدة قرية القرية عاصمة العاصمة محافظة المحافظة ولاية الولاية منطقة المنطقة "
                   "إقليم الإقليم بلاد البلاد دولة الدولة".split())


def _counted_alike(counted: frozenset[str], g: _Group, lost) -> bool:
    """A claim counts what the group counts (`counted_things`), with a word beside it both say that the
    corpus uses rarely (in at most COMMON_WORD claims, `_Rarity.lost`)."""
    return any(lost(thing.split(" ", 1)[1]) is None for thing in counted & g.counted)



def _said_by_each(words: frozenset[str], headlines: Iterable[frozenset[str]], rarity: _Rarity,
                  n_words: float) -> float | None:
    """The least share of a claim's words (weighed by rarity) that one of the headlines says too; None
    if one says less than SAME_WORDING of them. Most candidate groups have one that does, found
    without looking at the others, and most often without weighing: words weigh at most their number."""
    least = None
    for other in headlines:
        alike = words & other
        if len(alike) / n_words < SAME_WORDING:
            return None
        weight = rarity.weigh(alike)
        if weight / n_words < SAME_WORDING:
            return None
        if least is None or weight < least:
            least = weight
    return least / n_words


# Of a claim's words (weighed by rarity), what the reports of one coming event share: half, or a third
# in one place (the trial in Manhattan).
_SCHEDULED_OVERLAP = 0.5


def _scheduled(f: ClaimFacts, named: When | None) -> bool:
    """The claim names a day and month ahead of its publication: when a coming event is set for."""
    return (named is not None and named.day is not None and named.month is not None and f.published is not None
            and named.start is not None and named.start > f.published)


# --- labels ------------------------------------------------------------------------------------------


def label_events(events: list[Event], facts: list[ClaimFacts]) -> None:
    """Each event's label: what happened, where, which day; numbered when labels repeat."""
    seen: Counter[str] = Counter()
    day_names: dict[int, str] = {}  # by the day's identity: claims share their day objects
    for event in events:
        mine = [facts[i] for i in event.facts]
        nouns = Counter(f.happening for f in mine if f.happening)
        places = Counter(f.place.name for f in mine if f.place and f.happening) or Counter(
            f.place.name for f in mine if f.place)
        days = Counter(_remembered_day_name(f.when, day_names) for f in mine if f.when and f.when.day_level)
        parts = [nouns.most_common(1)[0][0] if nouns else "event"]
        if places:
            parts.append(places.most_common(1)[0][0])
        if days:
            parts.append(days.most_common(1)[0][0])
        label = ", ".join(parts)
        seen[label] += 1
        event.label = label if seen[label] == 1 else f"{label} ({seen[label]})"


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _remembered_day_name(when: When, known: dict[int, str]) -> str:
    name = known.get(id(when))
    if name is None:
        name = known[id(when)] = _day_name(when)
    return name


def _day_name(when: When) -> str:
    day = when.single_day
    if day is not None:
        return f"{_WEEKDAY_NAMES[day.weekday()]} {day.isoformat()}"
    if when.weekday is not None:
        return _WEEKDAY_NAMES[when.weekday]
    return when.text
