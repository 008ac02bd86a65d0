"""Why `check` misses ANS disagreements it finds when the two headlines are compared alone (a
diagnostic, not a test).

A disagreeing pair missed in the whole split but found when its two headlines are the only claims was
lost in the corpus: its headlines were grouped into two events, or were in one event where a rule
that weighs the corpus passed over them. Printed, by cause:

- apart, not a candidate: when the later headline was grouped, the group of the earlier one was not
  among the groups looked at (`events._Index.candidates`);
- apart, not said by each: it was looked at, but the later headline does not say nearly the same as
  each of its headlines (`events._said_by_each`);
- apart, another group: it was looked at and fitted, but another group fitted better, or the earlier
  headline had itself gone elsewhere;
- apart, split: one group, two parts (`accounts.split`);
- together, not counterparts / common words / months / other members: one event, and the polarity
  rule passed over the pair for that reason (`kinds.polarity.find`);
- together, other kind: found alone by another kind.

    python bench/ans_misses.py --split train --show 10
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import checker.compare.events as events_module  # noqa: E402
from ans_eval import claims_of, default_data, evaluate, read_pairs  # noqa: E402
from checker.compare import compare  # noqa: E402
from checker.compare.entities import resolve_people  # noqa: E402
from checker.compare.events import events_of, label_events, split_groups  # noqa: E402
from checker.compare.facts import read_all  # noqa: E402
from checker.compare.kinds import polarity  # noqa: E402
from checker.compare.kinds.base import Context  # noqa: E402
from checker.normalise.opposites import read  # noqa: E402


def lost_pairs(pairs: list[tuple[str, str, str]]) -> list[int]:
    """The disagreeing pairs missed in the split and found alone."""
    result = evaluate(pairs)
    found = {n for n, *_ in result["_examples"]["found"]}
    claims = claims_of(pairs)
    lost = []
    for n, (_, _, stance) in enumerate(pairs):
        if stance == "disagree" and n not in found:
            two = claims[2 * n:2 * n + 2]
            if compare(two, {c.article: None for c in two}, 1):
                lost.append(n)
    return lost


def causes(pairs: list[tuple[str, str, str]], lost: list[int]) -> dict[int, str]:
    claims = claims_of(pairs)
    facts = read_all(claims, {c.article: None for c in claims})
    watched = {2 * n + 1 for n in lost}  # the later headline of each pair, grouped after the other
    looked_at: dict[int, set[int]] = defaultdict(set)
    best_group = events_module._best_group

    def logging_best_group(f, named, when, day_key, candidates, *rest, **kw):
        if f.index in watched:
            looked_at[f.index] |= set(candidates)
        return best_group(f, named, when, day_key, candidates, *rest, **kw)

    joined: dict[int, int] = {}
    add = events_module._Group.add

    def logging_add(self, f, *rest, **kw):
        joined[f.index] = id(self)
        return add(self, f, *rest, **kw)

    events_module._best_group, events_module._Group.add = logging_best_group, logging_add
    try:
        rarity = events_module._Rarity(facts)
        named_days = events_module.named_days_of(facts)
        clustered = events_module._cluster(facts, named_days, rarity)
    finally:
        events_module._best_group, events_module._Group.add = best_group, add
    gid = {id(g): n for n, g in enumerate(clustered)}
    group_of = {i: gid[g] for i, g in joined.items()}
    # The groups as grouping leaves them (strangers moved), in parts, as events.
    grouped = events_module.group_claims(facts)
    parts = split_groups(grouped.groups, facts, grouped.named_days, grouped.corpus_claims)
    part_of = {i: (g, p) for g, group_parts in enumerate(parts) for p, part in enumerate(group_parts) for i in part}
    events = events_of(parts, len(facts))
    label_events(events.events, facts)
    ctx = Context(facts, resolve_people(facts), events)
    scopes = {s.event.id: s for s in ctx.scopes if not s.weak}
    common = polarity.CommonWords(facts)
    found: dict[int, str] = {}
    for n in lost:
        i, j = 2 * n, 2 * n + 1
        f, g = facts[i], facts[j]
        if part_of[i][0] != part_of[j][0]:
            earlier = group_of[i]
            if earlier not in looked_at[j]:
                found[n] = "apart, not a candidate"
            else:
                words = g.words
                n_words = rarity.weigh(words) or 1.0
                each = events_module._said_by_each(words, clustered[earlier].bare, rarity, n_words)
                found[n] = "apart, another group" if each is not None else "apart, not said by each"
            continue
        if part_of[i] != part_of[j]:
            found[n] = "apart, split"
            continue
        two = claims[i:j + 1]
        alone = compare(two, {c.article: None for c in two}, 1)
        if alone[0].kind != polarity.KIND:
            found[n] = f"together, other kind ({alone[0].kind})"
            continue
        scope = scopes[events.of_fact[i]]
        nearest = polarity.Nearest([(x, 0) for x in scope.facts], False)
        v = polarity.verdict(read(f.quote), read(g.quote))
        if v is None:
            found[n] = "together, other"
        elif not nearest.counterparts(f, g):
            found[n] = "together, not counterparts"
        elif common.told(v.shared) is not True and not (common.told(v.shared) is None and nearest.each_nearest(f, g)):
            found[n] = "together, common words"
        elif v.opposition.family == "direction" and polarity._months(f.quote) != polarity._months(g.quote):
            found[n] = "together, months"
        elif polarity._other_members(f, g):
            found[n] = "together, other members"
        else:
            found[n] = "together, other"
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["dev", "train"])
    parser.add_argument("--data", type=Path, default=None, help="folder of the ANS csv files")
    parser.add_argument("--show", type=int, default=0, help="print this many pairs of each cause")
    args = parser.parse_args(argv)
    path = (args.data or default_data()) / f"{args.split}.csv"
    if not path.is_file():
        print(f"ans_misses: no {path}; pass --data DIR (the folder with dev.csv and train.csv)", file=sys.stderr)
        return 2
    pairs = read_pairs(path)
    lost = lost_pairs(pairs)
    cause = causes(pairs, lost)
    print(f"ANS {args.split}: {len(lost)} disagreeing pairs missed in the split and found alone")
    for name, count in Counter(cause.values()).most_common():
        print(f"  {count:4}  {name}")
        if args.show:
            for n in [n for n in lost if cause[n] == name][:args.show]:
                print(f"          [{n}] {pairs[n][0]}  |  {pairs[n][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
