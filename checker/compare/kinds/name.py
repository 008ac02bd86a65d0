"""One role in one event given two names that are not spellings of one person: "نظيره الفرنسي جان
إيف لوران" where every other source has جان إيف لو دريان as the French defence minister."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain, combinations
from typing import NamedTuple

from checker.compare.entities import RoleKey
from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, Item, Scope, agreeing_groups, articles_of, finding, in_conflict, \
    listing, new_item, scopes, sides_of
from checker.compare.marks import span
from checker.models import Contradiction, Span
from checker.normalise.names import Role, name_tokens, one_holder_post, same_person
from checker.normalise.words import mostly_latin

KIND = "name"


class _Named(NamedTuple):
    """The people of one claim: who they are, as written, and the role the sentence gives them."""

    entities: list[int]  # in entity order
    written: dict[int, str]
    stated: dict[int, RoleKey]
    roles: list[tuple[int, RoleKey]]  # every mention given a role, repeats included


class _Claims:
    """The people of each claim, read on first use: a claim is compared in every scope it is in. Who
    is given each role in each event is found up front: a scope is looked at only if two people in
    it are given one role. The mentions of the claims of those few scopes are then `gather`ed."""

    def __init__(self, ctx: Context) -> None:
        self.all_mentions = ctx.people.mentions
        self.mentions = defaultdict(list)
        self.roles: dict[int, list[tuple[int, RoleKey]]] = defaultdict(list)
        self.holders: dict[int, dict[RoleKey, int]] = defaultdict(dict)  # event → role → someone given it
        self.shared_in: set[int] = set()  # events where two people are given one role
        of_fact, holders = ctx.events.of_fact, self.holders
        for mention in self.all_mentions:
            role = mention.role
            if role is not None and (key := role.key):
                event = of_fact[mention.fact]
                if holders[event].setdefault(key, mention.entity) != mention.entity:
                    self.shared_in.add(event)
        self.named: dict[int, _Named | None] = {}

    def gather(self, facts: set[int]) -> None:
        """The mentions of these claims, and the roles they give, in the order they were found."""
        mentions, roles = self.mentions, self.roles
        for mention in self.all_mentions:
            fact = mention.fact
            if fact in facts:
                mentions[fact].append(mention)
                role = mention.role
                if role is not None and (key := role.key):
                    roles[fact].append((mention.entity, key))

    def __getitem__(self, f: ClaimFacts) -> _Named | None:
        if f.index not in self.named:
            self.named[f.index] = self._read(f)
        return self.named[f.index]

    def _read(self, f: ClaimFacts) -> _Named | None:
        mentions = self.mentions.get(f.index, [])
        if not f.entities and not mentions:
            return None
        roles = self.roles.get(f.index, [])
        return _Named(sorted(f.entities), {m.entity: m.name for m in mentions}, dict(roles), roles)

    def role_shared(self, scope: Scope) -> bool:
        """Whether two people are given one role in the scope. A person is compared only under a role
        some mention in the scope gives them, so without a shared role there is no conflict."""
        if scope.event.id in self.shared_in:
            return True
        if scope.other is None:
            return False
        if scope.other.id in self.shared_in:
            return True
        theirs = self.holders.get(scope.other.id, {})
        return any(theirs.get(key, entity) != entity for key, entity in self.holders.get(scope.event.id, {}).items())


def _name_written(item: Item[int]) -> list[Span]:
    """The name where the quote writes it; none for a name taken from the speaker field."""
    return next((span(item.fact.quote, p.start, p.end, p.name) for p in item.fact.persons if p.name == item.written), [])


def find(ctx: Context) -> list[Contradiction]:
    named = _Claims(ctx)
    display: dict[int, str] = {}

    def shown(entity: int) -> str:
        if entity not in display:
            display[entity] = ctx.people.entity(entity).display
        return display[entity]

    def agree(a: int, b: int) -> bool | None:
        """One person, two people, or None: names in two scripts ("Le Drian", "لودريان") cannot be
        told to be one person or two."""
        if a == b:
            return True
        keys_a, keys_b = ctx.people.entity(a).keys, ctx.people.entity(b).keys
        if mostly_latin(chain.from_iterable(keys_a)) != mostly_latin(chain.from_iterable(keys_b)):
            return None
        return any(same_person(x, y) for x in keys_a for y in keys_b)

    looked_at = [scope for scope in scopes(ctx) if named.role_shared(scope)]
    named.gather({f.index for scope in looked_at for f in scope.facts + (scope.other_facts or [])})
    found = []
    for scope in looked_at:
        sides = [(scope.facts, 0)] + ([(scope.other_facts, 1)] if scope.other_facts is not None else [])
        members = [(f, side_no, people) for facts, side_no in sides for f in facts if (people := named[f])]
        # The role each person is given within this event: across a corpus, a similar name may be
        # somebody else, with somebody else's office.
        in_event: dict[int, Counter] = defaultdict(Counter)
        for _, _, people in members:
            for entity, key in people.roles:
                in_event[entity][key] += 1
        usual = {entity: roles.most_common(1)[0][0] for entity, roles in in_event.items()}
        by_role: dict[tuple, list[Item[int]]] = defaultdict(list)
        for f, side_no, people in members:
            # Everyone taking part, under the role the sentence gives them or, failing that, the
            # role the event knows them by ("لودريان" alone is still the French defence minister).
            for entity in people.entities:
                key = people.stated.get(entity) or usual.get(entity)
                if key is not None:
                    name = people.written.get(entity) or shown(entity)
                    by_role[key].append(new_item((f, entity, name, side_no)))
        for key, items in by_role.items():
            if len({item.value for item in items}) < 2:
                continue  # one person in the role: nothing to disagree on
            groups = in_conflict(agreeing_groups(items, agree, lambda item: item.value), agree, scope.weak)
            if len(groups) < 2:
                continue
            groups.sort(key=lambda g: len(articles_of(g)))
            lone = len(articles_of(groups[0])) == 1 and len(articles_of(groups[-1])) >= 2
            role = Role(*key).display()
            names = listing(groups, lambda g: shown(g[0].value) if len(g) > 1 else g[0].written)
            found.append(finding(KIND, "high" if lone else "medium", 0.85 if lone else 0.65,
                                 f"Who is the {role}", names, scope, sides_of(groups, _name_written)))
    found += _posts_as_written(ctx, shown)
    return found


def _posts_as_written(ctx: Context, shown) -> list[Contradiction]:
    """A post no office of a country names ("Sporting Gijón coach", "رئيس جامعة المنصورة"), given in
    the same words by the speaker fields of one event to two people of one script, with one given name
    and two family names that are not spellings of one name, or one family name and two given names:
    the same person, one name wrong. Only a post one person holds at a time (a head, a coach, a
    director, a prize's winner: not "member of parliament"), of two words at least.""" 
    found = []
    for scope in scopes(ctx):
        if scope.weak:
            continue
        holders: dict[frozenset[str], dict[int, Item[int]]] = defaultdict(dict)
        for f in scope.facts:
            post = _post(f)
            if post is not None:
                holders[post].setdefault(f.speaker_entity, new_item((f, f.speaker_entity, f.speaker_name, 0)))
        for post, by_entity in holders.items():
            if len(by_entity) < 2:
                continue
            items = list(by_entity.values())
            keys = {item.value: name_tokens(item.written) for item in items}
            for a, b in combinations(items, 2):
                ka, kb = keys[a.value], keys[b.value]
                # One name the same and the other not: one person, one name wrong. Both different: two
                # people, each of whom may have held the post ("the outgoing chairman").
                if (len(ka) < 2 or len(kb) < 2 or (ka[0] == kb[0]) == (ka[-1] == kb[-1]) or same_person(ka, kb)
                        or mostly_latin(ka) != mostly_latin(kb) or a.fact.article == b.fact.article):
                    continue
                groups = [[a], [b]]
                post_written = a.fact.claim.speaker_role.strip()
                found.append(finding(KIND, "medium", 0.65, f"Who is the {post_written}",
                                     listing(groups, lambda g: g[0].written), scope, sides_of(groups, _name_written)))
                break
    return found


def _post(f: ClaimFacts) -> frozenset[str] | None:
    """The words of a claim's speaker's post, when its speaker field names a person, its role field is
    grounded and names no office that `Role.key` knows, but a post one person holds at a time."""
    role = f.claim.speaker_role
    if not role or f.speaker_entity is None or not f.speaker_name or "speaker_role" in f.ungrounded:
        return None
    if f.speaker_role is not None and f.speaker_role.key is not None:
        return None  # an office of a country: compared above
    return one_holder_post(role)

