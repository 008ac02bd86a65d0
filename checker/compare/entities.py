"""One entity per person across the whole corpus: spelling and transliteration variants, titles,
hyphenation and surname-only mentions all land on the same entity; roles ("his French counterpart")
are resolved against the person they are relative to."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import attrgetter
from typing import NamedTuple

from checker.compare.facts import ClaimFacts
from checker.normalise.arabic import prefix_variants
from checker.normalise.names import Role, name_tokens, same_person, surname_key

RoleKey = tuple[str, str | None, str]
_FACT, _KEY, _NAME, _ARTICLE, _ENTITY = map(attrgetter, ("fact", "key", "name", "article", "entity"))


@dataclass
class Entity:
    id: int
    names: Counter[str] = field(default_factory=Counter)  # as written
    keys: list[tuple[str, ...]] = field(default_factory=list)  # name tokens, longest first
    roles: Counter[RoleKey] = field(default_factory=Counter)

    @property
    def display(self) -> str:
        # The most used full spelling: the name an editor recognises.
        return max(self.names.items(), key=lambda kv: (len(name_tokens(kv[0])) > 1, kv[1], -len(kv[0])))[0]

    @property
    def role(self) -> RoleKey | None:
        return self.roles.most_common(1)[0][0] if self.roles else None


class Mention(NamedTuple):  # one per name in the corpus: a tuple is several times cheaper to make
    fact: int  # index into the facts
    entity: int
    name: str  # as written
    role: Role | None  # resolved: a counterpart becomes the office it stands for
    from_speaker: bool


@dataclass
class People:
    entities: list[Entity]
    mentions: list[Mention]

    def entity(self, entity_id: int) -> Entity:
        return self.entities[entity_id]


@dataclass(slots=True)
class _Raw:
    fact: int
    name: str
    key: tuple[str, ...]
    role: Role | None
    from_speaker: bool
    article: str
    entity: int = -1


def resolve_people(facts: list[ClaimFacts]) -> People:
    raws, by_fact = _read_raws(facts)
    _trim_overlong(raws)
    entities = _cluster(raws)
    _assign_roles(entities, raws, by_fact)
    _fill_facts(facts, entities, by_fact)
    new = tuple.__new__  # Mention(...) without the Python-level __new__: a quarter of a million of them
    mentions = [new(Mention, (r.fact, r.entity, r.name, r.role, r.from_speaker)) for r in raws]
    return People(entities, mentions)


def _read_raws(facts: list[ClaimFacts]) -> tuple[list[_Raw], dict[int, list[_Raw]]]:
    """Every name of every claim (the speaker's first), and those of each claim."""
    raws: list[_Raw] = []
    by_fact: dict[int, list[_Raw]] = {}
    for f in facts:
        first = len(raws)
        if f.speaker_name:
            key = name_tokens(f.speaker_name)
            if key:
                raws.append(_Raw(f.index, f.speaker_name, key, f.speaker_role, True, f.article))
        for person in f.persons:
            key = person.key
            if key:
                raws.append(_Raw(f.index, person.name, key, person.role, False, f.article))
        if len(raws) > first:
            if f.index in by_fact:
                by_fact[f.index].extend(raws[first:])
            else:
                by_fact[f.index] = raws[first:]
    return raws, by_fact


def _trim_overlong(raws: list[_Raw]) -> None:
    """A name read past its end ("أردوغان ثاني مدينة روسية") stops at a surname the same article knows.
    Only the same article: across a corpus, someone's given name is always somebody's surname."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        surnames[r.article].add(r.key[-1])
    for raw in raws:
        if len(raw.key) == 1 or surnames[raw.article].isdisjoint(raw.key[:-1]):
            continue  # most names: no word before the last is a surname
        known = surnames[raw.article]
        for k in range(len(raw.key) - 1):
            if raw.key[k] in known:
                words = raw.name.split()
                for n in range(1, len(words) + 1):
                    if name_tokens(" ".join(words[:n])) == raw.key[: k + 1]:
                        raw.name, raw.key = " ".join(words[:n]), raw.key[: k + 1]
                        break
                break


class _Cluster:
    """Mentions of one person being gathered, with what new mentions are matched against."""

    def __init__(self, raw: _Raw) -> None:
        self.raws = [raw]
        self.first = raw.key
        self.longest = raw.key
        self._articles: set[str] | None = None  # gathered when first asked: only surnames alone ask

    def named_in(self, article: str) -> bool:
        if self._articles is None:
            self._articles = {r.article for r in self.raws}
        return article in self._articles

    def add(self, raw: _Raw) -> bool:
        """Adds a mention; whether its name is now the longest."""
        self.raws.append(raw)
        if self._articles is not None:
            self._articles.add(raw.article)
        if len(raw.key) > len(self.longest):
            self.longest = raw.key
            return True
        return False


class _FullNames:
    """One block's clusters of full names: a name joins the first cluster whose longest name can be
    the same person. A name seen before goes where it went, unless a cluster's longest name has
    changed since."""

    def __init__(self, same) -> None:
        self.clusters: list[_Cluster] = []
        self._same = same
        self._homes: dict[tuple[str, ...], tuple[_Cluster, int]] = {}
        self._changes = 0

    def add(self, raw: _Raw) -> None:
        known = self._homes.get(raw.key)
        if known is not None and known[1] == self._changes:
            # A name seen before is no longer than its home's longest, and no cluster has been
            # asked for its articles yet: surnames alone ask, once the full names are in.
            known[0].raws.append(raw)
            return
        home = self._home(raw.key)
        if home is None:
            home = _Cluster(raw)
            self.clusters.append(home)
        elif home.add(raw):
            self._changes += 1
        self._homes[raw.key] = (home, self._changes)

    def _home(self, key: tuple[str, ...]) -> _Cluster | None:
        known = self._homes.get(key)
        if known is not None and known[1] == self._changes:
            return known[0]
        return next((c for c in self.clusters if self._same(key, c.longest)), None)


def _memoised(same):
    """`same` on a pair of names, computed once per pair."""
    known: dict[tuple, bool] = {}

    def cached(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        pair = (a, b)
        if pair not in known:
            known[pair] = same(a, b)
        return known[pair]

    return cached


def _cluster(raws: list[_Raw]) -> list[Entity]:
    """Full names sharing a surname and agreeing given names form one person; a surname alone joins
    the only such person, or the one named in the same article."""
    blocks: dict[str, list[_Raw]] = defaultdict(list)
    surname_of: dict[tuple[str, ...], str] = {}
    for raw in raws:
        surname = surname_of.get(raw.key)
        if surname is None:
            surname = surname_of[raw.key] = surname_key(raw.key)
        blocks[surname].append(raw)
    same = _memoised(same_person)
    groups: list[list[_Raw]] = []
    for block in blocks.values():
        full_names = _FullNames(same)
        for raw in block:
            if len(raw.key) > 1:
                full_names.add(raw)
        clusters = full_names.clusters
        fitting_of: dict[tuple[str, ...], list[_Cluster]] = {}
        alone: dict[tuple[str, ...], list[_Raw]] = defaultdict(list)
        for raw in (r for r in block if len(r.key) == 1):
            if raw.key not in fitting_of:
                fitting_of[raw.key] = [c for c in clusters if same(raw.key, c.first)]
            fitting = fitting_of[raw.key]
            local = [c for c in fitting if c.named_in(raw.article)]
            chosen = local if len(local) == 1 else fitting if len(fitting) == 1 else []
            if chosen:
                chosen[0].add(raw)
            else:
                alone[raw.key].append(raw)
        groups.extend(c.raws for c in clusters)
        groups.extend(alone.values())
    groups.sort(key=lambda g: min(map(_FACT, g)))
    entities = []
    for entity_id, group in enumerate(groups):
        for raw in group:
            raw.entity = entity_id
        keys = sorted(dict.fromkeys(map(_KEY, group)), key=len, reverse=True)
        entities.append(Entity(entity_id, Counter(map(_NAME, group)), keys))
    return entities


def _assign_roles(entities: list[Entity], raws: list[_Raw], of_fact: dict[int, list[_Raw]]) -> None:
    for raw in raws:
        key = raw.role.key if raw.role is not None else None
        if key is not None:
            entities[raw.entity].roles[key] += 1
    # "نظيره الفرنسي" / "his French counterpart": the office of the person it is relative to.
    speakers = {r.fact: r.entity for r in raws if r.from_speaker}
    for raw in raws:
        if raw.role is None or raw.role.office != "counterpart" or raw.role.country is None:
            continue
        referent = speakers.get(raw.fact)
        if referent is None or referent == raw.entity:
            others = [r.entity for r in of_fact[raw.fact] if r.entity != raw.entity and
                      entities[r.entity].role is not None]
            referent = others[0] if others else None
        office = entities[referent].role if referent is not None else None
        if office is not None and office[2] != raw.role.country:
            raw.role = Role(office[0], office[1], raw.role.country)
            entities[raw.entity].roles[raw.role.key] += 1
        else:
            raw.role = None


def _fill_facts(facts: list[ClaimFacts], entities: list[Entity], by_fact: dict[int, list[_Raw]]) -> None:
    holders: dict[RoleKey, Counter[int]] = defaultdict(Counter)
    for entity in entities:
        for key, count in entity.roles.items():
            holders[key][entity.id] += count
    surnames: dict[str, set[int]] = defaultdict(set)
    for entity in entities:
        if any(len(k) > 1 for k in entity.keys):
            for key in entity.keys:
                surnames[key[-1]].add(entity.id)
    unique_surnames = {form: next(iter(ids)) for form, ids in surnames.items() if len(ids) == 1 and len(form) > 2}
    in_article: dict[str, set[int]] = defaultdict(set)
    for article, raws in groupby(chain.from_iterable(by_fact.values()), key=_ARTICLE):
        in_article[article].update(map(_ENTITY, raws))
    named_as = _SurnameReader(unique_surnames)
    named: dict[tuple[str, str | None], set[int]] = {}  # wire copy repeats across outlets
    no_raws: list[_Raw] = []
    for f in facts:
        entities = f.entities
        for raw in by_fact.get(f.index, no_raws):
            entities.add(raw.entity)
            if raw.from_speaker:
                f.speaker_entity = raw.entity
        role = f.speaker_role
        if f.speaker_entity is None and role is not None and role.key in holders:
            # A speaker given only by role: whoever holds that role, preferably in the same article.
            local = [e for e in holders[role.key] if e in in_article[f.article]]
            ranked = local or [e for e, _ in holders[role.key].most_common()]
            if len(set(ranked)) == 1 or local:
                f.speaker_entity = ranked[0]
                entities.add(ranked[0])
        reading = (f.text, f.speaker_name)  # the same quote under the same speaker names the same people
        people = named.get(reading)
        if people is None:
            people = named[reading] = named_as.surnames_in(f)
        if people:
            entities.update(people)


class _SurnameReader:
    """Finds people named by a surname the corpus gives to one person only."""

    def __init__(self, unique_surnames: dict[str, int]) -> None:
        self._unique = unique_surnames
        self._seen: set[str] = set()
        self._surnames: dict[str, int] = {}  # words naming someone, through a reading without clitics

    def surnames_in(self, f: ClaimFacts) -> set[int] | frozenset[int]:
        """People named by surname alone. A word of a name already read (the speaker's, a titled
        person's) belongs to that person: "Dinvo Nutorgar" does not name a Mr Dinvo known from another
        story."""
        words = f.name_words
        if not self._seen.issuperset(words):
            self._learn(set(words) - self._seen)
        if self._surnames.keys().isdisjoint(words):  # most quotes name nobody this way
            return _NOBODY
        named = _names_read(f)
        return {self._surnames[key] for key in f.name_words if key in self._surnames and key not in named}

    def _learn(self, words: set[str]) -> None:
        for word in words:
            entity = next((self._unique[v] for v in prefix_variants(word) if v in self._unique), None)
            if entity is not None:
                self._surnames[word] = entity
        self._seen |= words


_NOBODY: frozenset[int] = frozenset()


def _names_read(f: ClaimFacts) -> set[str]:
    named = set(name_tokens(f.speaker_name)) if f.speaker_name else set()
    for person in f.persons:
        named.update(person.key)
    return named
