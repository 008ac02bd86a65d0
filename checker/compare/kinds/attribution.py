"""The same words put in different mouths: one source quotes Carter, another quotes Le Drian saying
the very same sentence. Candidates are found through shared word triples, never all pairs."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, Scope, finding, side
from checker.models import Contradiction
from checker.normalise.arabic import fold
from checker.normalise.names import same_person
from checker.normalise.words import STOPWORDS

KIND = "attribution"
MAX_POSTINGS = 60  # a word triple shared by more claims than this is boilerplate, not a quote
DIRECT_SIMILARITY = 85
PARAPHRASE_SIMILARITY = 92
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _words(text: str) -> list[str]:
    return [w for w in fold(text).split() if w not in STOPWORDS]


def _triples(f: ClaimFacts) -> set[tuple[str, ...]]:
    found = set()
    for segment in f.said:
        words = _words(segment)
        found.update(zip(words, words[1:], words[2:]))
    return found


def _numbers(folded: str) -> set[str]:
    return set(_NUMBER.findall(folded))


def _similarity(a: ClaimFacts, b: ClaimFacts) -> float:
    best = 0.0
    for x in a.said:
        for y in b.said:
            fx, fy = fold(x), fold(y)
            if min(len(fx.split()), len(fy.split())) < (4 if a.said_direct and b.said_direct else 6):
                continue
            if (nx := _numbers(fx)) and (ny := _numbers(fy)) and nx != ny:
                continue  # "talks 12 resume" and "talks 13 resume" are not the same words
            best = max(best, fuzz.ratio(fx, fy), fuzz.token_sort_ratio(fx, fy))
    return best


def find(ctx: Context) -> list[Contradiction]:
    speakers = [f for f in ctx.facts if f.speaker_entity is not None and f.said]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, f in enumerate(speakers):
        for triple in _triples(f):
            postings[triple].append(n)
    pairs: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > MAX_POSTINGS:
            continue
        for i, a in enumerate(posting):
            for b in posting[i + 1 :]:
                pairs.add((a, b))
    parent = list(range(len(speakers)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in sorted(pairs):
        fa, fb = speakers[a], speakers[b]
        if fa.article == fb.article or _same_speaker(ctx, fa, fb):
            continue
        if fa.speaker_entity in fb.entities and fb.speaker_entity in fa.entities:
            continue  # both people in both claims: a joint statement, or the sentence names both
        threshold = DIRECT_SIMILARITY if fa.said_direct and fb.said_direct else PARAPHRASE_SIMILARITY
        similarity = _similarity(fa, fb)
        if similarity >= threshold:
            parent[root(b)] = root(a)
    components: dict[int, list[ClaimFacts]] = defaultdict(list)
    for n, f in enumerate(speakers):
        components[root(n)].append(f)
    found = []
    for members in components.values():
        if len(members) < 2:
            continue
        by_speaker: dict[int, list[ClaimFacts]] = {}
        for f in sorted(members, key=lambda f: f.index):
            by_speaker.setdefault(f.speaker_entity, []).append(f)
        if len(by_speaker) < 2:
            continue
        found.append(_finding(ctx, list(by_speaker.values())))
    return found


def _same_speaker(ctx: Context, a: ClaimFacts, b: ClaimFacts) -> bool:
    if a.speaker_entity == b.speaker_entity:
        return True
    keys_a = ctx.people.entity(a.speaker_entity).keys
    keys_b = ctx.people.entity(b.speaker_entity).keys
    return any(same_person(x, y) for x in keys_a for y in keys_b)


def _finding(ctx: Context, by_speaker: list[list[ClaimFacts]]) -> Contradiction:
    first = by_speaker[0][0]
    event = ctx.events.events[ctx.events.of_fact[first.index]]
    same_event = len({ctx.events.of_fact[f.index] for group in by_speaker for f in group}) == 1
    direct = all(f.said_direct for group in by_speaker for f in group)
    words = first.said[0]
    excerpt = words if len(words) <= 80 else words[:77] + "…"
    names = " vs ".join(
        f"{ctx.people.entity(group[0].speaker_entity).display} ({', '.join(dict.fromkeys(f.article for f in group))})"
        for group in by_speaker
    )
    sides = []
    for group in by_speaker:
        seen = set()
        for f in group:
            if f.article not in seen:
                seen.add(f.article)
                sides.append(side(f, f.claim.speaker or ctx.people.entity(f.speaker_entity).display))
    strong = direct and same_event
    return finding(KIND, "high" if strong else "medium", 0.85 if strong else 0.6,
                   f"Who said “{excerpt}”", names, Scope(event, []), sides)
