"""One role in one event given two names that are not spellings of one person: "نظيره الفرنسي جان
إيف لوران" where every other source has جان إيف لو دريان as the French defence minister."""

from __future__ import annotations

from collections import Counter, defaultdict

from checker.compare.kinds.base import Context, Item, agreeing_groups, articles_of, finding, in_conflict, listing, \
    scopes, sides_of
from checker.models import Contradiction
from checker.normalise.names import Role, same_person

KIND = "name"


def find(ctx: Context) -> list[Contradiction]:
    by_fact = defaultdict(list)
    for mention in ctx.people.mentions:
        by_fact[mention.fact].append(mention)

    def agree(a: int, b: int) -> bool:
        if a == b:
            return True
        keys_a, keys_b = ctx.people.entity(a).keys, ctx.people.entity(b).keys
        return any(same_person(x, y) for x in keys_a for y in keys_b)

    found = []
    for scope in scopes(ctx):
        by_role: dict[tuple, list[Item[int]]] = defaultdict(list)
        sides = [(scope.facts, 0)] + ([(scope.other_facts, 1)] if scope.other_facts is not None else [])
        # The role each person is given within this event: across a corpus, a similar name may be
        # somebody else, with somebody else's office.
        in_event: dict[int, Counter] = defaultdict(Counter)
        for facts, _ in sides:
            for f in facts:
                for m in by_fact.get(f.index, []):
                    if m.role is not None and m.role.key:
                        in_event[m.entity][m.role.key] += 1
        for facts, side_no in sides:
            for f in facts:
                # Everyone taking part, under the role the sentence gives them or, failing that, the
                # role the event knows them by ("لودريان" alone is still the French defence minister).
                mentions = by_fact.get(f.index, [])
                written = {m.entity: m.name for m in mentions}
                stated = {m.entity: m.role.key for m in mentions if m.role is not None and m.role.key}
                for entity in sorted(f.entities):
                    key = stated.get(entity) or _most_common(in_event.get(entity))
                    if key is not None:
                        name = written.get(entity) or ctx.people.entity(entity).display
                        by_role[key].append(Item(f, entity, name, side_no))
        for key, items in by_role.items():
            groups = in_conflict(agreeing_groups(items, agree, lambda item: item.value), agree, scope.weak)
            if len(groups) < 2:
                continue
            groups.sort(key=lambda g: len(articles_of(g)))
            lone = len(articles_of(groups[0])) == 1 and len(articles_of(groups[-1])) >= 2
            role = Role(*key).display()
            names = listing(groups, lambda g: ctx.people.entity(g[0].value).display if len(g) > 1 else g[0].written)
            found.append(finding(KIND, "high" if lone else "medium", 0.85 if lone else 0.65,
                                 f"Who is the {role}", names, scope, sides_of(groups)))
    return found


def _most_common(roles: Counter | None) -> tuple | None:
    return roles.most_common(1)[0][0] if roles else None
