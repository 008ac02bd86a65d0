"""The same words put in different mouths: one source quotes Carter, another quotes Le Drian saying
the very same sentence. Candidates are found through shared word triples, never all pairs."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import chain, combinations
from typing import NamedTuple

from rapidfuzz import fuzz

from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, DisjointSets, Scope, finding, side
from checker.compare.marks import merged, span
from checker.models import Contradiction, Span
from checker.normalise.arabic import QUOTE_MARKS, fold
from checker.normalise.memo import WordMemo
from checker.normalise.names import same_person
from checker.normalise.words import STOPWORDS

KIND = "attribution"
MAX_POSTINGS = 60  # a word triple shared by more claims than this is boilerplate, not a quote
DIRECT_SIMILARITY = 85
PARAPHRASE_SIMILARITY = 92
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_QUOTED = re.compile(r"[“”«\"„‟](.+?)[“”»\"]|‘(.+?)’")


Words = tuple[tuple[str, ...], bool]  # words put in a speaker's mouth, as written; whether direct speech


def words_said(f: ClaimFacts, direct_speech: Callable[[str], tuple[str, ...]] | None = None) -> Words:
    """The words a claim puts in its speaker's mouth, and whether they are direct speech in the quote:
    the passages in quotation marks, of four words or more. Where the quote has none, the model's
    statement stands in, as a paraphrase. `direct_speech`: a function of a quote giving its passages."""
    quote = f.claim.quote
    if quote:
        direct = (direct_speech or _direct_speech)(quote)
        if direct:
            return direct, True
    statement = f.claim.statement.strip(QUOTE_MARKS + " ")
    return ((statement,) if statement else ()), False


def _direct_speech(text: str) -> tuple[str, ...]:
    segments = []
    for match in _QUOTED.finditer(text):
        segment = (match.group(1) or match.group(2) or "").strip()
        if len(segment.split()) >= 4:
            segments.append(segment)
    if not segments:
        # Speech after a colon, without quotation marks: "قال رئيس الوزراء مصطفى مدبولي: لا زيادة في …".
        intro, colon, speech = text.partition(":")
        speech = speech.strip().rstrip(".")
        if colon and len(intro.split()) <= _LONGEST_INTRO and len(speech.split()) >= 4:
            segments.append(speech)
    return tuple(segments)


_LONGEST_INTRO = 8  # words before a colon that say who speaks


class _Said(NamedTuple):
    """Words put in a speaker's mouth: the segments as written, and their word triples."""

    segments: tuple[str, ...]
    direct: bool
    triples: set[tuple[str, str, str]]


class _FoldedWords(dict):
    """`fold` of each word, computed on first use."""

    def __missing__(self, word: str) -> str:
        self[word] = key = fold(word)
        return key


class _ContentWords(dict):
    """The folded words of each word that are no stopword, space-separated, computed on first use. A
    word folds to one word, to none, or, when a quote mark inside it becomes a space, to several
    (`spaced`). Interned: triples of one word compare by identity when they are looked up."""

    def __init__(self, folded_words: _FoldedWords) -> None:
        super().__init__()
        self.folded_words = folded_words
        self.spaced: set[str] = set()

    def __missing__(self, word: str) -> str:
        self[word] = key = sys.intern(" ".join([w for w in self.folded_words[word].split() if w not in STOPWORDS]))
        if " " in key:
            self.spaced.add(key)
        return key


def _triples(segments: tuple[str, ...], content_words: _ContentWords) -> set[tuple[str, str, str]]:
    """The triples of consecutive content words of the folded segments, without folding whole texts."""
    found = set()
    spaced = content_words.spaced
    for segment in segments:
        words = list(filter(None, map(content_words.__getitem__, segment.split())))
        if spaced and not spaced.isdisjoint(words):
            words = " ".join(words).split()
        found.update(zip(words, words[1:], words[2:]))
    return found


def _fold_by_word(text: str, folded_words: _FoldedWords) -> str:
    """`fold(text)`, a word at a time. Folding maps characters one by one and only collapses and trims
    whitespace, so the folded words joined by single spaces are the folded text; a corpus has far
    fewer distinct words than distinct sentences."""
    return " ".join(filter(None, map(folded_words.__getitem__, text.split())))


def _texts(speakers: list[ClaimFacts], said: list[Words], folded_words: _FoldedWords) -> tuple[list[_Said], list[int]]:
    """The distinct texts said, and which one each claim says: claims saying the same words share one
    text, so a comparison is made once per two texts."""
    content_words = _ContentWords(folded_words)
    ids: dict[tuple[tuple[str, ...], bool], int] = {}
    # A paraphrase's text depends on the names it mentions too. Claims of one sentence share its
    # persons, so they are told apart by identity: the facts outlive this comparison.
    said_ids: dict[tuple, int] = {}
    known = said_ids.get
    texts: list[_Said] = []
    text_of = []
    for f, (words, direct) in zip(speakers, said):
        told = (words, True) if direct else (words, f.speaker_name, f.claim.speaker, id(f.persons))
        n = known(told)
        if n is None:
            segments = words if direct else tuple([_without_names(segment, f) for segment in words])
            key = (segments, direct)
            n = ids.get(key)
            if n is None:
                n = ids[key] = len(texts)
                texts.append(_Said(segments, direct, _triples(segments, content_words)))
            said_ids[told] = n
        text_of.append(n)
    return texts, text_of


def _without_names(paraphrase: str, f: ClaimFacts) -> str:
    """A paraphrase names its speaker ("Le Drian said …"): the name is who, not what was said."""
    for name in filter(None, (f.speaker_name, f.claim.speaker, *(p.name for p in f.persons))):
        paraphrase = paraphrase.replace(name, " ")
    return paraphrase


class _Measured(NamedTuple):
    """A folded segment with what decides whether it is compared: measured only for texts that are."""

    folded: str
    length: int  # in words
    numbers: frozenset[str]
    characters: int

    @classmethod
    def all_of(cls, said: _Said, folded_words: _FoldedWords) -> tuple[_Measured, ...]:
        folded = [_fold_by_word(segment, folded_words) for segment in said.segments]
        # Folded text is single-spaced, so its words are its spaces plus one.
        return tuple([cls(x, x.count(" ") + 1 if x else 0, frozenset(_NUMBER.findall(x)), len(x)) for x in folded])


def _similar(a: tuple[_Measured, ...], b: tuple[_Measured, ...], direct: bool) -> bool:
    """Whether some segment of one text is, word for word or in other order, nearly one of the other."""
    shortest, threshold = (4, DIRECT_SIMILARITY) if direct else (6, PARAPHRASE_SIMILARITY)
    for x in a:
        for y in b:
            if min(x.length, y.length) < shortest:
                continue
            if x.numbers and y.numbers and x.numbers != y.numbers:
                continue  # "talks 12 resume" and "talks 13 resume" are not the same words
            # Both ratios are 200 · characters in common / characters of both (sorting the words keeps
            # the lengths), so segments of too different lengths cannot reach the threshold.
            if 200 * min(x.characters, y.characters) < threshold * (x.characters + y.characters):
                continue
            if (x.folded == y.folded or fuzz.ratio(x.folded, y.folded) >= threshold
                    or fuzz.token_sort_ratio(x.folded, y.folded) >= threshold):
                return True
    return False


class _Unit(NamedTuple):
    """Claims saying one text in one event in one voice: they share every word triple, so they are
    paired as one."""

    text: int
    event: int
    voice: int
    direct: bool
    claims: list[int]
    article: str | None  # the article of all its claims, None when they are in several


def _units(texts: list[_Said], text_of: list[int], speakers: list[ClaimFacts], event_of: list[int]) -> list[_Unit]:
    claims: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for n, (t, f) in enumerate(zip(text_of, speakers)):
        claims[(t, event_of[f.index], f.speaker_entity)].append(n)
    return [_Unit(t, e, v, texts[t].direct, members, _only_article(members, speakers))
            for (t, e, v), members in claims.items()]


def _only_article(claims: list[int], speakers: list[ClaimFacts]) -> str | None:
    articles = {speakers[n].article for n in claims}
    return articles.pop() if len(articles) == 1 else None


def _shared(texts: list[_Said], text_of: list[int]) -> list[tuple[int, ...]]:
    """The texts sharing a word triple that is no boilerplate, each such set of texts once (the words
    of one quote make many triples shared by the same texts). Found before the events are known."""
    claims = Counter(text_of)
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)  # word triple → texts, in order
    for t, said in enumerate(texts):
        for triple in said.triples:
            postings[triple].append(t)
    shared: dict[tuple[int, ...], None] = {}
    for posting in postings.values():
        said_by = sum(map(claims.__getitem__, posting))
        if 1 < said_by <= MAX_POSTINGS:
            shared[tuple(posting)] = None
    return list(shared)


def _candidates(shared: list[tuple[int, ...]], units: list[_Unit]) -> set[tuple[int, int]]:
    """Pairs of units sharing a word triple that is no boilerplate, and which may be one quote: in two
    voices, in one event or both direct speech (two people paraphrased alike in two events is a common
    phrase, not a quote). Two units sharing several triples are paired once."""
    units_of: dict[int, list[int]] = defaultdict(list)  # text → its units, in order
    for u, unit in enumerate(units):
        units_of[unit.text].append(u)
    event = [unit.event for unit in units]
    voice = [unit.voice for unit in units]
    direct = [unit.direct for unit in units]
    pairs: set[tuple[int, int]] = set()
    for texts in shared:
        posting = units_of[texts[0]] if len(texts) == 1 else sorted(chain.from_iterable(map(units_of.__getitem__, texts)))
        if len(posting) < 2:
            continue
        if len(set(map(event.__getitem__, posting))) == 1:
            pairs.update((u, v) for u, v in combinations(posting, 2) if voice[u] != voice[v])
            continue
        by_event: dict[int, list[int]] = defaultdict(list)
        for u in posting:
            by_event[event[u]].append(u)
        for group in by_event.values():
            if len(group) > 1:
                pairs.update((u, v) for u, v in combinations(group, 2) if voice[u] != voice[v])
        said_directly = [u for u in posting if direct[u]]
        pairs.update((u, v) for u, v in combinations(said_directly, 2) if voice[u] != voice[v] and event[u] != event[v])
    return pairs


class _MixUps:
    """Whether two units may be one quote given to the wrong person. Answers are remembered per two
    speakers and per two texts: the same texts and voices meet again in other events and pairs."""

    def __init__(self, ctx: Context, speakers: list[ClaimFacts], texts: list[_Said], units: list[_Unit],
                 folded_words: _FoldedWords) -> None:
        self.ctx = ctx
        self.speakers = speakers
        self.texts = texts
        self.folded_words = folded_words
        self.same_speakers: dict[tuple[int, int], bool] = {}
        self.similar: dict[tuple[int, int], bool] = {}
        self.measures: dict[int, tuple[_Measured, ...]] = {}
        self.answers: dict[tuple[int, int, int, int], bool] = {}
        self.units_of: dict[int, list[_Unit]] = defaultdict(list)  # speaker → the units in their voice
        for unit in units:
            self.units_of[unit.voice].append(unit)
        self.said: dict[int, dict[str, dict[int, None]]] = {}  # speaker → article → the texts said there

    def __call__(self, first: _Unit, second: _Unit) -> bool:
        key = (first.text, first.voice, second.text, second.voice)
        answer = self.answers.get(key)
        if answer is None:
            answer = self.answers[key] = (not self._same_speaker(first.voice, second.voice)
                                          and self.alike(first.text, second.text)
                                          and not self._said_by_both(first, second))
        return answer

    def _same_speaker(self, a: int, b: int) -> bool:
        pair = (min(a, b), max(a, b))
        if pair not in self.same_speakers:
            self.same_speakers[pair] = _same_speaker(self.ctx, *pair)
        return self.same_speakers[pair]

    def alike(self, s: int, t: int) -> bool:
        pair = (s, t)
        if pair not in self.similar:
            direct = self.texts[s].direct and self.texts[t].direct
            self.similar[pair] = self.similar[(t, s)] = _similar(self._measured(s), self._measured(t), direct)
        return self.similar[pair]

    def _measured(self, t: int) -> tuple[_Measured, ...]:
        measured = self.measures.get(t)
        if measured is None:
            measured = self.measures[t] = _Measured.all_of(self.texts[t], self.folded_words)
        return measured

    def _said_by_both(self, first: _Unit, second: _Unit) -> bool:
        """Some article has both people saying these words: two people said alike, it is no mix-up."""
        said_p, said_q = self._said_by(first.voice), self._said_by(second.voice)
        for article in said_p.keys() & said_q.keys():
            if (any(self.alike(x, second.text) for x in said_p[article])
                    and any(self.alike(y, first.text) for y in said_q[article])):
                return True
        return False

    def _said_by(self, voice: int) -> dict[str, dict[int, None]]:
        """The distinct texts a speaker says in each article, found for the few speakers asked about."""
        said = self.said.get(voice)
        if said is None:
            said = self.said[voice] = defaultdict(dict)
            for unit in self.units_of[voice]:
                for n in unit.claims:
                    said[self.speakers[n].article][unit.text] = None
        return said


class Said(NamedTuple):
    """What the claims of known speakers say, read before their events are known."""

    speakers: list[ClaimFacts]
    folded_words: _FoldedWords
    texts: list[_Said]
    text_of: list[int]  # for each of the speakers' claims
    shared: list[tuple[int, ...]]  # texts sharing a word triple (`_shared`)


def read_said(facts: list[ClaimFacts]) -> Said:
    direct_speech = WordMemo(_direct_speech)  # by quote: outlets repeat the wire's sentences
    speakers, said = [], []
    for f in facts:
        if f.speaker_entity is not None:
            words = words_said(f, direct_speech)
            if words[0]:
                speakers.append(f)
                said.append(words)
    folded_words = _FoldedWords()
    texts, text_of = _texts(speakers, said, folded_words)
    return Said(speakers, folded_words, texts, text_of, _shared(texts, text_of))


def find(ctx: Context, said: Said | None = None) -> list[Contradiction]:
    """`said`: `read_said` of the context's facts, if read already."""
    return findings(ctx, mix_ups(ctx, said or read_said(ctx.facts)))


MixUp = list[list[ClaimFacts]]  # claims giving the same words to different people: each speaker's claims


def mix_ups(ctx: Context, said: Said) -> list[MixUp]:
    """The claims giving the same words to different people across articles. Needs the events of the
    claims but not their labels."""
    speakers, folded_words, texts, text_of, shared = said
    units = _units(texts, text_of, speakers, ctx.events.of_fact)
    mixed_up = _MixUps(ctx, speakers, texts, units, folded_words)
    sets = DisjointSets(len(speakers))
    # Components do not depend on the order edges are tried in (candidates come in no particular
    # order), so a pair already joined through others is skipped, and units are compared only when
    # some pair of their claims would still join two components.
    joined: set[int] = set()  # the claims in a component of more than one
    for u, v in _candidates(shared, units):
        first, second = units[u], units[v]
        edges = _open_edges(first, second, speakers, sets)
        if edges and mixed_up(first, second):
            for a, b in edges:
                sets.join(a, b)
            joined.update(first.claims)
            joined.update(second.claims)
    components: dict[int, list[ClaimFacts]] = defaultdict(list)
    for n in sorted(joined):
        components[sets.root(n)].append(speakers[n])
    found = []
    for members in components.values():
        if len(members) < 2:
            continue
        by_speaker: dict[int, list[ClaimFacts]] = {}
        for f in sorted(members, key=lambda f: f.index):
            by_speaker.setdefault(f.speaker_entity, []).append(f)
        if len(by_speaker) < 2 or _both_in_one_article(by_speaker.values()):
            continue
        found.append(list(by_speaker.values()))
    return found


def findings(ctx: Context, mixed_up: list[MixUp]) -> list[Contradiction]:
    return [_finding(ctx, by_speaker) for by_speaker in mixed_up]


def _open_edges(first: _Unit, second: _Unit, speakers: list[ClaimFacts], sets: DisjointSets) -> list[tuple[int, int]]:
    """The claims of two units from different articles, not yet in one component, that do not both
    name both people (a joint statement, or a sentence naming both)."""
    if first.article is not None and first.article == second.article:
        return []  # the two units make one article's claims: there is no pair from two articles
    edges = []
    for a in first.claims:
        fa = speakers[a]
        named_second = second.voice in fa.entities
        for b in second.claims:
            fb = speakers[b]
            if fa.article != fb.article and not (named_second and first.voice in fb.entities) and not sets.joined(a, b):
                edges.append((a, b))
    return edges


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


def _speaker_written(ctx: Context, f: ClaimFacts) -> list[Span]:
    """Where the quote names its speaker: the names read in it that are the speaker's."""
    keys = ctx.people.entity(f.speaker_entity).keys
    return merged([s for p in f.persons if any(same_person(p.key, k) for k in keys)
                   for s in span(f.quote, p.start, p.end, p.name)])


def _finding(ctx: Context, by_speaker: list[list[ClaimFacts]]) -> Contradiction:
    first = by_speaker[0][0]
    event = ctx.events.events[ctx.events.of_fact[first.index]]
    same_event = len({ctx.events.of_fact[f.index] for group in by_speaker for f in group}) == 1
    direct = all(words_said(f)[1] for group in by_speaker for f in group)
    words = words_said(first)[0][0]
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
                sides.append(side(f, f.claim.speaker or ctx.people.entity(f.speaker_entity).display,
                                  _speaker_written(ctx, f)))
    strong = direct and same_event
    return finding(KIND, "high" if strong else "medium", 0.85 if strong else 0.6,
                   f"Who said “{excerpt}”", names, Scope(event, []), sides)
