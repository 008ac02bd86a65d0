"""The same words put in different mouths: one source quotes Carter, another quotes Le Drian saying
the very same sentence. Candidates are found through shared word triples, never all pairs."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, DisjointSets, Scope, finding, side
from checker.models import Contradiction
from checker.normalise.arabic import fold
from checker.normalise.names import same_person
from checker.normalise.words import STOPWORDS

KIND = "attribution"
MAX_POSTINGS = 60  # a word triple shared by more claims than this is boilerplate, not a quote
DIRECT_SIMILARITY = 85
PARAPHRASE_SIMILARITY = 92
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _words(folded: str) -> list[str]:
    return [w for w in folded.split() if w not in STOPWORDS]


@dataclass(frozen=True)
class _Said:
    """A claim's words in the speaker's mouth, folded once for all the comparisons it takes part in."""

    folded: tuple[str, ...]
    lengths: tuple[int, ...]
    numbers: tuple[frozenset[str], ...]
    direct: bool

    @classmethod
    def of(cls, f: ClaimFacts) -> _Said:
        said = f.said if f.said_direct else tuple(_without_names(segment, f) for segment in f.said)
        folded = tuple(fold(segment) for segment in said)
        return cls(folded, tuple(len(x.split()) for x in folded),
                   tuple(frozenset(_NUMBER.findall(x)) for x in folded), f.said_direct)

    def triples(self) -> set[tuple[str, ...]]:
        found = set()
        for segment in self.folded:
            words = _words(segment)
            found.update(zip(words, words[1:], words[2:]))
        return found


def _without_names(paraphrase: str, f: ClaimFacts) -> str:
    """A paraphrase names its speaker ("Le Drian said …"): the name is who, not what was said."""
    for name in filter(None, (f.speaker_name, f.claim.speaker, *(p.name for p in f.persons))):
        paraphrase = paraphrase.replace(name, " ")
    return paraphrase


def _similarity(a: _Said, b: _Said) -> float:
    best = 0.0
    shortest = 4 if a.direct and b.direct else 6
    for fx, lx, nx in zip(a.folded, a.lengths, a.numbers):
        for fy, ly, ny in zip(b.folded, b.lengths, b.numbers):
            if min(lx, ly) < shortest:
                continue
            if nx and ny and nx != ny:
                continue  # "talks 12 resume" and "talks 13 resume" are not the same words
            best = max(best, fuzz.ratio(fx, fy), fuzz.token_sort_ratio(fx, fy))
    return best


def find(ctx: Context) -> list[Contradiction]:
    speakers = [f for f in ctx.facts if f.speaker_entity is not None and f.said]
    said = [_Said.of(f) for f in speakers]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, words in enumerate(said):
        for triple in words.triples():
            postings[triple].append(n)
    sets = DisjointSets(len(speakers))

    # Components do not depend on the order edges are tried in, so a pair already joined through
    # others is skipped, and a comparison made once (same two speakers, same two texts) is not redone.
    same_speakers: dict[tuple[int, int], bool] = {}
    similar: dict[tuple[_Said, _Said], bool] = {}
    by_voice: dict[tuple[str, int], list[int]] = defaultdict(list)  # (article, speaker) → their claims
    for n, f in enumerate(speakers):
        by_voice[(f.article, f.speaker_entity)].append(n)

    def alike(a: int, b: int) -> bool:
        texts = (said[a], said[b])
        if texts not in similar:
            direct = texts[0].direct and texts[1].direct
            threshold = DIRECT_SIMILARITY if direct else PARAPHRASE_SIMILARITY
            similar[texts] = similar[texts[::-1]] = _similarity(*texts) >= threshold
        return similar[texts]

    articles_of: dict[int, set[str]] = defaultdict(set)
    for article, entity in by_voice:
        articles_of[entity].add(article)

    def said_by_both(a: int, b: int) -> bool:
        """Some article has both people saying these words: two people said alike, it is no mix-up."""
        p, q = speakers[a].speaker_entity, speakers[b].speaker_entity
        for article in articles_of[p] & articles_of[q]:
            if any(alike(x, b) for x in by_voice[(article, p)]) and any(alike(y, a) for y in by_voice[(article, q)]):
                return True
        return False

    article = [f.article for f in speakers]
    voice = [f.speaker_entity for f in speakers]
    for posting in postings.values():
        if len(posting) > MAX_POSTINGS:
            continue
        for i, a in enumerate(posting):
            fa, article_a, voice_a = speakers[a], article[a], voice[a]
            for b in posting[i + 1 :]:
                if article_a == article[b] or voice_a == voice[b] or sets.joined(a, b):
                    continue
                fb = speakers[b]
                if fa.speaker_entity in fb.entities and fb.speaker_entity in fa.entities:
                    continue  # both people in both claims: a joint statement, or the sentence names both
                if not (fa.said_direct and fb.said_direct) and ctx.events.of_fact[fa.index] != ctx.events.of_fact[fb.index]:
                    continue  # two people paraphrased alike in two events: a common phrase, not a quote
                pair = (min(fa.speaker_entity, fb.speaker_entity), max(fa.speaker_entity, fb.speaker_entity))
                if pair not in same_speakers:
                    same_speakers[pair] = _same_speaker(ctx, *pair)
                if same_speakers[pair]:
                    continue
                if alike(a, b) and not said_by_both(a, b):
                    sets.join(a, b)
    components: dict[int, list[ClaimFacts]] = defaultdict(list)
    for n, f in enumerate(speakers):
        components[sets.root(n)].append(f)
    found = []
    for members in components.values():
        if len(members) < 2:
            continue
        by_speaker: dict[int, list[ClaimFacts]] = {}
        for f in sorted(members, key=lambda f: f.index):
            by_speaker.setdefault(f.speaker_entity, []).append(f)
        if len(by_speaker) < 2 or _both_in_one_article(by_speaker.values()):
            continue
        found.append(_finding(ctx, list(by_speaker.values())))
    return found


def _both_in_one_article(by_speaker) -> bool:
    """One article gives the words to two of the people: they both said it (or one echoed the other)."""
    seen: set[str] = set()
    for group in by_speaker:
        articles = {f.article for f in group}
        if articles & seen:
            return True
        seen |= articles
    return False


def _same_speaker(ctx: Context, a: int, b: int) -> bool:
    keys_a = ctx.people.entity(a).keys
    keys_b = ctx.people.entity(b).keys
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
