"""Accounts of one event by several articles, told apart when they more likely tell two events: an
article whose day or place differs *and* whose counts (or both day and place) differ is split off, and
so is one that differs at all from accounts it shares none of its own words with, when other accounts
echo each side's words: two stories (`Accounts`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter

from checker.compare.facts import ClaimFacts
from checker.compare.values import same_thing, values_conflict
from checker.normalise.dates import When, compare_when
from checker.normalise.numbers import Quantity
from checker.normalise.places import Place, same_place
from checker.normalise.sounds import any_sound_alike
from checker.normalise.words import mostly_latin

MAX_VALUES = 8  # distinct days or counts kept per group: enough to tell, cheap to compare
MAX_ARTICLES_RANKED = 60  # beyond this many articles in one group, the biggest accounts go first
_WORDS = attrgetter("words")


@dataclass
class Summary:
    """What a set of claims says about an event: its days, places and counts (distinct values)."""

    days: dict[str, When] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    counts: dict[tuple, dict[tuple, Quantity]] = field(default_factory=lambda: defaultdict(dict))
    word_sets: list[frozenset[str]] = field(default_factory=list)  # its claims' content words
    merged: list[Summary] = field(default_factory=list)  # the articles' summaries merged into it

    def add(self, f: ClaimFacts, named: When | None) -> None:
        self.word_sets.append(f.words)
        if named is not None and named.day_level and len(self.days) < MAX_VALUES:
            self.days.setdefault(named.shown, named)
        place = f.place
        if place is not None:
            self.places.setdefault(place.id, place)
        if f.quantities:
            counts = self.counts
            for q in f.quantities:
                values = counts[(q.thing, q.status)]
                if len(values) < MAX_VALUES:
                    values.setdefault((q.low, q.high, q.qualifier, q.modifiers), q)

    def merge(self, other: Summary) -> None:
        self.word_sets += other.word_sets
        self.merged += other.merged or [other]
        for when in other.days.values():
            if len(self.days) < MAX_VALUES:
                self.days.setdefault(when.shown, when)
        self.places.update(other.places)
        for key, values in other.counts.items():
            for value_key, value in values.items():
                if len(self.counts[key]) < MAX_VALUES:
                    self.counts[key].setdefault(value_key, value)


def _same_count(a: Quantity, b: Quantity) -> bool | None:
    if not same_thing(a, b):
        return None
    return not values_conflict(a, b)


_UNKNOWN = object()


def _facet(a: Iterable, b: Iterable, same, known: dict[tuple[int, int], bool | None]) -> tuple[bool, bool]:
    """Whether some pair of values agrees, and whether the two sides differ: both say something,
    nothing agrees and something conflicts. `same` is asked once per pair, remembered in `known` by
    the values' identities: they belong to the claims, which outlive the grouping."""
    conflict = False
    for x in a:
        seen_x = id(x)
        for y in b:
            pair = (seen_x, id(y))
            related = known.get(pair, _UNKNOWN)
            if related is _UNKNOWN:
                related = known[pair] = same(x, y)
            if related is True:
                return True, False
            if related is False:
                conflict = True
    return False, conflict


class Accounts:
    """Accounts of one event compared facet by facet, each pair of values once.

    Two accounts that differ on one facet only (the day, the place or a count) may still tell two
    events: two incidents in one city on one day, each with its toll. They are told apart by their
    words: each has words of its own that the corpus uses mostly within this group (the names of the
    people and of the event); they share none of them (in two scripts: none of them sounds alike),
    and each shares some with another account (`_told_apart`)."""

    def __init__(self, facts: list[ClaimFacts], corpus_claims: Counter[str] | None = None) -> None:
        self._days: dict[tuple[int, int], bool | None] = {}
        self._places: dict[tuple[int, int], bool | None] = {}
        self._counts: dict[tuple[int, int], bool | None] = {}
        self._facts = facts
        self._corpus_claims = corpus_claims  # claims naming each word, counted when first needed
        self._group: list[Summary] = []
        self._group_claims: Counter[str] | None = None
        self._own: dict[int, tuple[int, set[str]]] = {}  # by summary: its claims then, its own words
        self._echoes: dict[int, bool] = {}  # by article's summary: whether `_article_echoed`

    def begin_group(self, summaries: list[Summary]) -> None:
        """The accounts of the group compared from now on."""
        self._group, self._group_claims = summaries, None
        self._own.clear()
        self._echoes.clear()

    def fit(self, a: Summary, b: Summary) -> int | None:
        """How well two accounts agree: facets that agree count for, facets that differ against. None
        when they differ on the day or place and on something else, or differ at all and are told
        apart by their words: two events."""
        agree_day, day = _facet(a.days.values(), b.days.values(), compare_when, self._days)
        agree_place, place = _facet(a.places.values(), b.places.values(), same_place, self._places)
        count = False
        known, other_counts = self._counts, b.counts
        for key, values in a.counts.items():
            others = other_counts.get(key)
            if others is not None and _facet(values.values(), others.values(), _same_count, known)[1]:
                count = True
                break
        if (day or place) and (count or (day and place)):
            return None
        if (day or place or count) and self._told_apart(a, b):
            return None
        return agree_day + agree_place - day - place - count

    def _told_apart(self, a: Summary, b: Summary) -> bool:
        """Each has words of its own, they share none, and each shares some with another account of
        the group: two stories, each told by more than one account. Two lone accounts in other words
        are no evidence: outlets word one event differently. An Arabic and an English account share
        no word at all, so theirs are compared by sound (`sounds`): one event's names, "Le Drian" and
        لودريان, "Mosul" and الموصل, sound alike in both."""
        own_a, own_b = self._own_words(a), self._own_words(b)
        if not own_a or not own_b:
            return False
        if mostly_latin(own_a) == mostly_latin(own_b):
            apart = own_a.isdisjoint(own_b)
        else:  # the names of the people, places and events, transliterated, are what they may share
            apart = not any_sound_alike(own_a, own_b)
        return apart and self._echoed(a) and self._echoed(b)

    def _echoed(self, summary: Summary) -> bool:
        """Whether one of its articles' accounts shares its own words with another of the group."""
        return any(map(self._article_echoed, summary.merged or [summary]))

    def _article_echoed(self, summary: Summary) -> bool:
        echoed = self._echoes.get(id(summary))
        if echoed is None:
            own = self._own_words(summary)
            echoed = self._echoes[id(summary)] = any(
                other is not summary and not own.isdisjoint(self._own_words(other)) for other in self._group)
        return echoed

    def _own_words(self, summary: Summary) -> set[str]:
        """Its words that at least half the claims naming them make within this group."""
        known = self._own.get(id(summary))
        if known is not None and known[0] == len(summary.word_sets):
            return known[1]
        if self._group_claims is None:
            self._group_claims = Counter(chain.from_iterable(chain.from_iterable(s.word_sets for s in self._group)))
            if self._corpus_claims is None:
                self._corpus_claims = claims_naming(self._facts)
        group, corpus = self._group_claims, self._corpus_claims
        # The counts are the group's: only the words of claims added since are weighed again.
        seen, own = known if known is not None else (0, set())
        own.update(w for w in set().union(*summary.word_sets[seen:]) if 2 * group[w] >= corpus[w])
        self._own[id(summary)] = (len(summary.word_sets), own)
        return own


def claims_naming(facts: list[ClaimFacts]) -> Counter[str]:
    """How many claims name each word."""
    return Counter(chain.from_iterable(map(_WORDS, facts)))


def split(by_article: dict[str, list[int]], facts: list[ClaimFacts], named_days: list[When | None],
          accounts: Accounts) -> list[list[int]]:
    """The claims of one group (indices by article) in parts that tell one event each, the account most
    others agree with first."""
    summaries = {}
    for article, indices in by_article.items():
        summaries[article] = Summary()
        for i in indices:
            summaries[article].add(facts[i], named_days[i])
    accounts.begin_group(list(summaries.values()))
    order = sorted(by_article, key=lambda art: (-len(by_article[art]), by_article[art][0]))
    if len(order) <= MAX_ARTICLES_RANKED:
        # The account most others agree with goes first, so that an odd one does not become the core.
        support = {a: sum(_or_discordant(accounts.fit(summaries[a], summaries[b])) for b in order if b != a)
                   for a in order}
        order.sort(key=lambda art: -support[art])
    parts: list[tuple[list[str], Summary]] = []
    for article in order:
        mine = summaries[article]
        fits = ((accounts.fit(mine, summary), n) for n, (_, summary) in enumerate(parts))
        fitting = [(fit, n) for fit, n in fits if fit is not None]
        if fitting:
            members, summary = parts[max(fitting, key=lambda fit: (fit[0], -fit[1]))[1]]
            members.append(article)
            summary.merge(mine)
        else:
            merged = Summary()
            merged.merge(mine)
            parts.append(([article], merged))
    return [[i for art in members for i in by_article[art]] for members, _ in parts]


def _or_discordant(fit: int | None) -> int:
    return -3 if fit is None else fit
