"""Opposite statements about one subject: the lira "rises" in one account and "falls" in the other, a
court "approves" or "rejects", a minister "confirmed" or "denied", talks "begin" or "are postponed", a
predicate is said in one and negated in the other ("لن نفرق" / "هناك فرق").

Two claims oppose only when the rest of their words is the same subject: both sentences, once the
opposing words are set aside, share their words, and neither puts another word where the other has
one ("X supports A" / "X opposes B" is not an opposition). A sentence whose opposites balance out
("gold falls as the dollar rises" / "oil falls as the dollar rises") opposes nothing. The cleaner the
swap, the surer the finding: one opposing word in otherwise the same words is high; a few words more
on one side, lower."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, finding, scopes, side
from checker.models import Contradiction
from checker.normalise import opposites
from checker.normalise.arabic import prefix_variants, tokenize
from checker.normalise.calendar_words import month_of
from checker.normalise.numbers import parse_number
from checker.normalise.opposites import CLAUSE_WORDS, Glance, Polar, Reading, glance, read
from checker.normalise.stems import stem

KIND = "polarity"
MIN_SHARED = 2  # words of the subject both sentences must share
MIN_SHARED_PARAPHRASED = 3  # when either has words the other has not: "أسعار النفط" alone is no one story
_NEGATION = "negation"
_NEAR = 2  # content words on each side of a predicate that say what it is about
NEAREST = 0.8  # a counterpart is at least this alike as the nearest


class Opposition(NamedTuple):
    family: str
    one: tuple[int, int, int]  # token, start, end in the first sentence
    other: tuple[int, int, int]


class Verdict(NamedTuple):
    opposition: Opposition
    extra: int  # words one sentence has that the other has not
    swapped: bool  # each has words the other has not: more differs than the predicate
    shared: frozenset[str]  # the words of the subject, as stems


def _effective(p: Polar) -> list[tuple[int, int]]:
    return [(entry, pole ^ p.negated) for entry, pole in p.entries]


def oppositions(a: Reading, b: Reading) -> list[Opposition]:
    """The predicates that one sentence says and the other says the opposite of. Each predicate is
    paired with the one of the other sentence that stands by the most of the same words ("الدولار"):
    a pair that says the same agrees, a pair that says opposite things opposes. "Gold falls as the
    dollar rises" and "oil falls as the dollar rises" pair falls with falls and rises with rises."""
    found = []
    by_entry_b: dict[int, list[tuple[int, Polar]]] = {}
    for p in b.polar:
        for entry, pole in _effective(p):
            by_entry_b.setdefault(entry, []).append((pole, p))
    candidates = []
    for pa in a.polar:
        for entry, pole in _effective(pa):
            for other_pole, pb in by_entry_b.get(entry, ()):
                near = _nearness(a, pa.token, b, pb.token) or _alone(a, pa, b, pb, entry)
                if near:
                    candidates.append((near, pole != other_pole, entry, pa, pb))
    # Two words of one side of an entry and opposite sides of another ("وفاة" and "مقتل": both a death,
    # but a natural one and a killing) say the narrower thing: they oppose.
    narrower = {(pa.token, pb.token) for _, opposed, _, pa, pb in candidates
                if opposed and pa.known_as != pb.known_as and pa.negated == pb.negated}
    candidates = [c for c in candidates if c[1] or (c[3].token, c[4].token) not in narrower]
    candidates.sort(key=lambda c: (-c[0], c[1]))  # on a tie, agreeing first
    paired_a: set[int] = set()
    paired_b: set[int] = set()
    for _, opposed, entry, pa, pb in candidates:
        if pa.token in paired_a or pb.token in paired_b:
            continue
        paired_a.add(pa.token)
        paired_b.add(pb.token)
        if not opposed:
            continue
        if pa.negated != pb.negated and (b if pa.negated else a).negating:
            continue  # each negates something: "ينفي انتقاده" / "نفى الأمير ... انتقاده"
        same_word = pa.known_as == pb.known_as and pa.negated != pb.negated
        family = _NEGATION if same_word else opposites.LEXICON.families[entry]
        found.append(Opposition(family, (pa.token, pa.start, pa.end), (pb.token, pb.start, pb.end)))
    # A stop that opposes a word of the other ("توقف" / "استمرار") says no more by what it stops.
    opposing = ({o.one[1] for o in found}, {o.other[1] for o in found})
    for first, second, swapped in ((a, b, False), (b, a, True)):
        if second.negating:
            continue  # "لا أرسم خيالا" / "رسمها لا يجسد الخيال": each negates, what is unclear
        said = Counter(s for s in second.stems if s is not None)
        negated_there = {n.stem for n in second.negated}
        turning = {p.start: p for p in first.polar}
        poles_there = {pole for p in second.polar for pole in _effective(p)}
        for n in first.negated:
            if n.start in opposing[swapped]:
                continue
            stop = turning.get(n.start)
            if stop is not None and not poles_there.isdisjoint(_effective(stop)):
                continue  # the other says the stop too, in another word: "توقف العمليات" / "وقفا للعمليات"
            if said[n.stem] and n.stem not in negated_there:
                token = second.stems.index(n.stem)
                if not _nearness(first, n.token, second, token):
                    continue
                span = _token_span(second, token)
                mine = (n.token, n.start, n.end)
                found.append(Opposition(_NEGATION, span, mine) if swapped else Opposition(_NEGATION, mine, span))
    return found


ALONE = 0.1  # how near two predicates are that stand by no word in common but are each their sentence's only one


def _alone(a: Reading, pa: Polar, b: Reading, pb: Polar, entry: int) -> float:
    """A little nearness for the one word of an entry in each sentence, placed apart ("ارتفاع قياسي في
    إيرادات القناة" / "إيرادات القناة تنخفض"): the rest of the sentences (`verdict`) tells whether they
    speak of one subject."""
    if sum(any(e == entry for e, _ in p.entries) for p in a.polar) != 1:
        return 0.0
    if sum(any(e == entry for e, _ in p.entries) for p in b.polar) != 1:
        return 0.0
    if pa.negated != pb.negated and opposites.LEXICON.families[entry] != "direction":
        return ALONE  # what did not happen is said of the whole sentence: "هجوم في عدن دون سقوط ضحايا"
    said_a = {s for s in a.stems if s is not None}
    said_b = {s for s in b.stems if s is not None}
    if opposites.LEXICON.families[entry] != "direction" and len(said_a & said_b) >= MIN_SHARED_PARAPHRASED:
        return ALONE  # one happening in each of two sentences of one story: "السجن لستة صحفيين" / "إطلاق سراح 6 صحفيين"
    # What each stands right next to, the other says too: not "اليورو يهبط" / "الذهب يتعافى".
    if any(w not in said_b for w, weight in _around(a, pa.token).items() if weight == 1.0):
        return 0.0
    if any(w not in said_a for w, weight in _around(b, pb.token).items() if weight == 1.0):
        return 0.0
    return ALONE


def _within(reading: Reading, spans: list[tuple[int, int, int]]) -> set[int]:
    """The tokens of the opposing words with the words that make them ("توقف" of "توقف القصف")."""
    return {token for token, (start, end) in enumerate(reading.spans)
            if any(s <= start and end <= e for _, s, e in spans)} | {t for t, _, _ in spans}


def _token_span(reading: Reading, token: int) -> tuple[int, int, int]:
    return (token, *reading.spans[token])


def verdict(a: Reading, b: Reading) -> Verdict | None:
    """Whether two sentences oppose on one subject, and how many words stand outside the swap."""
    found = oppositions(a, b)
    if not found:
        return None
    opposing_a = _within(a, [o.one for o in found])
    opposing_b = _within(b, [o.other for o in found])
    rest_a, rest_b = _rest(a, opposing_a), _rest(b, opposing_b)
    shared = rest_a & rest_b
    only_a, only_b = rest_a - rest_b, rest_b - rest_a
    extra = len(only_a) + len(only_b)
    contained = _contained(a, b, found, shared, only_a, only_b)
    if len(shared) < MIN_SHARED or (extra > len(shared) and not _shortened(shared, only_a, only_b) and not contained):
        return None  # another subject
    if extra and len(shared) < MIN_SHARED_PARAPHRASED and not contained:
        return None  # "أسعار النفط" alone is not one story
    swapped = bool(only_a and only_b)
    if swapped and any(not _after(a, o.one[0]).isdisjoint(only_a) and not _after(b, o.other[0]).isdisjoint(only_b)
                       for o in found):
        return None  # another object: "X supports A" / "X opposes B"
    return Verdict(found[0], extra, swapped, frozenset(shared))


ANCHORED = 1.0  # how near two opposing predicates are that stand by the same word ("تهبط الليرة" / "صعود لليرة")


def _contained(a: Reading, b: Reading, found: list[Opposition], shared: set[str], only_a: set[str],
               only_b: set[str]) -> bool:
    """One sentence says next to nothing the other does not, and the two oppose on one predicate only,
    said of the same words ("الليرة التركية تهبط إلى مستوى قياسي جديد أمام الدولار" / "ارتفاع الليرة
    التركية مقابل الدولار"), or said not to have happened at all ("مقتل العشرات في كمين قرب كركوك" /
    "هجوم في كمين قرب كركوك دون سقوط قتلى"): the longer's further words are details of one story."""
    if len(found) != 1:
        return False
    fewer = min(len(only_a), len(only_b))
    if fewer > 1 or (fewer and len(shared) < MIN_SHARED_PARAPHRASED):
        return False
    one, other = found[0].one[0], found[0].other[0]
    if not _after(a, one, 2).isdisjoint(only_a) and not _after(b, other, 2).isdisjoint(only_b):
        return False  # each says another object right after: "raises tariffs on rice" / "cuts tariffs on cars"
    if _negated_at(a, one) != _negated_at(b, other):
        return True
    # Not of one predicate among others: "صعود للإسترليني وهبوط للدولار" pairs two subjects.
    return not _balanced(a) and not _balanced(b) and _nearness(a, one, b, other) >= ANCHORED


def _balanced(reading: Reading) -> bool:
    """Whether a sentence says two opposite things of two subjects: "صعود للإسترليني وهبوط للدولار"."""
    said = {pole for p in reading.polar for pole in _effective(p)}
    return any((entry, 1 - pole) in said for entry, pole in said)


def _negated_at(reading: Reading, token: int) -> bool:
    return any(p.token == token and p.negated for p in reading.polar) or any(n.token == token for n in reading.negated)


SHORTENED_EXTRA = 2  # words of detail the longer may add, per word of the subject


def _shortened(shared: set[str], only_a: set[str], only_b: set[str]) -> bool:
    """One sentence is the other cut short: it says nothing the other does not but the opposing word,
    and the other's further words are details ("حكم بإعدام 16 امرأة تركية بتهمة الانضمام لتنظيم
    الدولة" / "حكم ببراءة 16 امرأة تركية")."""
    return (len(shared) >= MIN_SHARED_PARAPHRASED and not (only_a and only_b)
            and len(only_a) + len(only_b) <= SHORTENED_EXTRA * len(shared))


def _around(reading: Reading, token: int) -> dict[str, float]:
    """The content words next to a word, words of the lexicon and of degree aside ("صعود طفيف لليرة"),
    the nearest weighing most: "انخفاض أسعار الذهب" and "ارتفاع الدولار" speak of two things."""
    modifiers = opposites.modifiers()
    lexical = {p.token for p in reading.polar} | {n for n, s in enumerate(reading.stems) if s in modifiers}
    stems = reading.stems
    near: dict[str, float] = {}
    clauses = reading.clauses
    for step in (-1, 1):
        taken, i = 0, token + step
        if step == -1 and clauses[token]:
            continue  # what comes before is another clause
        while 0 <= i < len(stems) and taken < _NEAR:
            if step == 1 and clauses[i]:
                break  # the next clause
            if stems[i] is not None and i not in lexical:
                taken += 1
                weight = 1.0 / taken
                if near.get(stems[i], 0.0) < weight:
                    near[stems[i]] = weight
            if step == -1 and clauses[i]:
                break  # the clause begins here
            i += step
    return near


def _nearness(a: Reading, token_a: int, b: Reading, token_b: int) -> float:
    """How much two predicates stand by the same words."""
    near_a, near_b = _around(a, token_a), _around(b, token_b)
    return sum(min(weight, near_b[word]) for word, weight in near_a.items() if word in near_b)


def _after(reading: Reading, token: int, words: int = 1) -> set[str]:
    """The first content words after a predicate within its clause: its object, or in Arabic its
    subject. Not a conjunction that begins another clause ("تواصل الهبوط جراء العقوبات" / "تواصل
    الارتفاع رغم العقوبات")."""
    found: set[str] = set()
    for i in range(token + 1, len(reading.stems)):
        if reading.clauses[i] or len(found) == words:
            break
        if reading.stems[i] is not None and reading.stems[i] not in opposites.modifiers():
            if reading.stems[i] in _CONJUNCTIONS:
                break
            found.add(reading.stems[i])
    return found


_CONJUNCTIONS = frozenset(stem(word) for word in CLAUSE_WORDS)


def _rest(reading: Reading, opposing: set[int]) -> set[str]:
    """The words of a sentence besides its opposing ones; a word of the lexicon as its entry and pole,
    so that "يرتفع" and "يصعد" are one word."""
    modifiers = opposites.modifiers()
    rest = {s for token, s in enumerate(reading.stems) if s is not None and token not in opposing and s not in modifiers}
    for p in reading.polar:
        if p.token not in opposing and reading.stems[p.token] is not None:
            rest.discard(reading.stems[p.token])
            rest.add(f"#{p.entries[0][0]}:{p.entries[0][1] ^ p.negated}")
    return rest


def _severity(v: Verdict) -> tuple[str, float]:
    if v.extra == 0:
        return "high", 0.85
    if not v.swapped and (v.extra <= 2 or v.extra < len(v.shared)):
        return "medium", 0.65  # one says no more than the other but details: fewer than the subject's words
    return "low", 0.45


def find(ctx: Context) -> list[Contradiction]:
    found = []
    common: CommonWords | None = None
    # By text and words: a claim is in every scope its event is in, and outlets repeat each other's texts.
    glanced: dict[tuple[str, frozenset[str]], Glance] = {}
    for scope in scopes(ctx):
        facts = [(f, 0) for f in scope.facts] + [(f, 1) for f in scope.other_facts or []]
        pairs = _candidates(facts, scope.weak, glanced)
        if not pairs:
            continue
        nearest = Nearest(facts, scope.weak)
        seen: set[tuple] = set()
        for f, g in pairs:
            v = verdict(read(f.quote), read(g.quote))
            if v is None or not nearest.counterparts(f, g) or _other_members(f, g):
                continue
            if common is None:
                common = CommonWords(ctx.facts)
            told = common.told(v.shared)
            if told is False or (told is None and not nearest.each_nearest(f, g)):
                continue  # nothing but what the corpus says all the time ("أسعار النفط")
            if v.opposition.family == "direction" and _months(f.quote) != _months(g.quote):
                continue  # a rise and a fall of two months, or of a month and of whenever: both may be true
            one, other = f.quote[v.opposition.one[1]:v.opposition.one[2]], \
                g.quote[v.opposition.other[1]:v.opposition.other[2]]
            key = (f.article, g.article, one, other)
            if key in seen:
                continue
            seen.add(key)
            found.append(_finding(scope, f, g, one, other, v))
    return found


# Amounts of a unit, not members counted: "rose 3%" against "fell 2%" still oppose.
_UNITS = frozenset({"percent", "dollar", "euro", "year", "month", "day", "hour", "time"})


def _other_members(f: ClaimFacts, g: ClaimFacts) -> bool:
    """Each counts other members of one whole: "convicted eight of the 11 defendants" against "three
    defendants were acquitted" are both true."""
    if any(a.concept == b.concept and a.value != b.value and a.concept not in _UNITS and not a.measures
           for a in f.quantities or () for b in g.quantities or ()):
        return True
    if any(q.concept in _UNITS or q.measures for q in chain(f.quantities or (), g.quantities or ())):
        return False
    numbers_f, numbers_g = _numbers(f.quote), _numbers(g.quote)
    return bool(numbers_f) and bool(numbers_g) and not numbers_f & numbers_g


@lru_cache(maxsize=1 << 14)
def _months(text: str) -> frozenset[int]:
    """The months a text names ("في أغسطس", "in August")."""
    found = set()
    for token in tokenize(text):
        if token.key.isascii() and not token.text[:1].isupper():
            continue  # "may", "march": a month is written with a capital
        for variant in prefix_variants(token.key):
            month = month_of(variant)
            if month is not None:
                found.add(month)
                break
    return frozenset(found)


def _numbers(text: str) -> set[float]:
    return {number.value for token in tokenize(text) if (number := parse_number(token.text)) is not None}


def _candidates(facts: list[tuple[ClaimFacts, int]], weak: bool,
                glanced: dict[tuple[str, frozenset[str]], Glance]) -> list[tuple[ClaimFacts, ClaimFacts]]:
    """The pairs of claims of two articles that could oppose, in order: two that say the two poles of
    one entry of the lexicon between them, or one negating a word the other says; and alike. Found
    at a glance: a claim is read in full only if it may negate."""
    by_entry: dict[int, list[tuple[ClaimFacts, int, frozenset[int]]]] = {}
    negating: list[tuple[ClaimFacts, int, Reading]] = []
    for f, side_no in facts:
        said = f.quote, f.words
        seen = glanced.get(said)
        if seen is None:
            seen = glanced[said] = glance(*said)
        if not seen.negates and not seen.poles:
            continue  # most claims: no word of the lexicon, nothing that may negate
        poles: dict[int, set[int]] = {}
        if seen.negates:  # read in full: what is negated, and the poles as they are meant
            reading = read(f.quote)
            if reading.negated:
                negating.append((f, side_no, reading))
            for p in reading.polar:
                for entry, pole in _effective(p):
                    poles.setdefault(entry, set()).add(pole)
        else:
            for entry, pole in seen.poles:
                poles.setdefault(entry, set()).add(pole)
        for entry, said in poles.items():
            by_entry.setdefault(entry, []).append((f, side_no, frozenset(said)))
    found: set[tuple[int, int]] = set()
    pairs = []

    def consider(f: ClaimFacts, side_f: int, g: ClaimFacts, side_g: int) -> None:
        if f.article == g.article or (weak and side_f == side_g):
            return
        if g.index < f.index:
            f, g = g, f
        if (f.index, g.index) not in found and alike(f, g):
            found.add((f.index, g.index))
            pairs.append((f, g))

    for said in by_entry.values():
        if len(said) < 2 or len(frozenset().union(*(poles for _, _, poles in said))) < 2:
            continue
        for n, (f, side_f, poles_f) in enumerate(said):
            for g, side_g, poles_g in said[n + 1:]:
                if len(poles_f | poles_g) == 2:
                    consider(f, side_f, g, side_g)
    if negating:
        # The claims saying each word negated, found among the words negated only.
        by_stem: dict[str, list[tuple[ClaimFacts, int]]] = {n.stem: [] for _, _, reading in negating
                                                             for n in reading.negated}
        for g, side_g in facts:
            for word in g.words:
                saying = by_stem.get(stem(word))
                if saying is not None:
                    saying.append((g, side_g))
        for f, side_f, reading in negating:
            for n in reading.negated:
                for g, side_g in by_stem.get(n.stem, ()):
                    consider(f, side_f, g, side_g)
    pairs.sort(key=lambda pair: (pair[0].index, pair[1].index))
    return pairs


COMMON_SHARE = 0.01  # a word more claims of the corpus than this name says no one story


def common_words(facts: list[ClaimFacts]) -> frozenset[str]:
    """The stems of the words that many claims of the corpus use."""
    counts: Counter[str] = Counter()
    for f in facts:
        counts.update({stem(w) for w in f.words})
    bound = max(COMMON_WORD_MIN, COMMON_SHARE * len(facts))
    return frozenset(w for w, n in counts.items() if n > bound)


COMMON_WORD_MIN = 20


JOINTLY_SAID = 4  # common words that say one story together, when few claims use them all:
JOINTLY_RARE = 10  # in at most this many claims (half the fewest a common word is in)


class CommonWords:
    """What the corpus says all the time: the words (as stems) that many of its claims use
    (`common_words`). Common one by one, several words may still say one story together: "الجيش
    السوري", "المدنيين", "الغوطة الشرقية" are each in a hundred headlines of a war, all four in a few;
    "oil", "prices", "dollar" together in a hundred of a market's days. Shared words that are all
    common tell one story only if there are JOINTLY_SAID of them, used together by at most
    JOINTLY_RARE claims, and then only between two accounts that are each the other's counterpart
    (`Nearest.each_nearest`)."""

    def __init__(self, facts: list[ClaimFacts]) -> None:
        self._facts = facts
        self.words = common_words(facts)
        self._naming: dict[str, frozenset[int]] = {}  # the claims naming each common stem, when first asked
        self._telling: dict[frozenset[str], bool] = {}

    def told(self, shared: Iterable[str]) -> bool | None:
        """Whether the shared words (stems; lexicon entries, "#…", aside) say more than the corpus says
        all the time: True when one of them is not common; None when all are, but few claims use them
        all together (`JOINTLY_RARE`); False otherwise."""
        said = frozenset(w for w in shared if not w.startswith("#"))
        if not said:
            return False
        if not said <= self.words:
            return True
        if len(said) < JOINTLY_SAID:
            return False
        known = self._telling.get(said)
        if known is None:
            claims = None
            for word in sorted(said, key=self._count):
                naming = self._claims_naming(word)
                claims = naming if claims is None else claims & naming
                if len(claims) <= JOINTLY_RARE:
                    break
            known = self._telling[said] = claims is not None and len(claims) <= JOINTLY_RARE
        return None if known else False

    def _count(self, word: str) -> int:
        return len(self._claims_naming(word))

    def _claims_naming(self, word: str) -> frozenset[int]:
        """The claims naming a common stem: all of them found in one pass, when first asked."""
        if not self._naming:
            naming: dict[str, set[int]] = defaultdict(set)
            words = self.words
            for n, f in enumerate(self._facts):
                for w in f.words:
                    s = stem(w)
                    if s in words:
                        naming[s].add(n)
            self._naming = {w: frozenset(claims) for w, claims in naming.items()}
        return self._naming.get(word, frozenset())


def alike(f: ClaimFacts, g: ClaimFacts) -> bool:
    """A cheap first look: the two sentences share at least half the content words of the shorter."""
    shared = len(f.words & g.words)
    if shared >= MIN_SHARED and 2 * shared >= min(len(f.words), len(g.words)):
        return True
    if not (_bare(f) and _bare(g)):
        return False
    # Headlines, compared on their words alone, in other forms of the same words ("قرار" / "قرارا",
    # "مصري" / "مصر"): read as stems.
    a, b = _said(f.quote), _said(g.quote)
    shared = len(a & b)
    return shared >= MIN_SHARED and 2 * shared >= min(len(a), len(b))


def _bare(f: ClaimFacts) -> bool:
    """A claim with no field of its own (a headline): its words are all there is to compare."""
    claim = f.claim
    return not (claim.speaker or claim.date or claim.location)


def _likeness(f: ClaimFacts, g: ClaimFacts) -> float:
    a, b = _said(f.quote) | f.words, _said(g.quote) | g.words
    return len(a & b) / (len(a | b) or 1)


@lru_cache(maxsize=1 << 15)
def _said(text: str) -> frozenset[str]:
    """What a sentence says, to tell how alike two are: its words as stems, a word of the lexicon as its
    entry whichever its pole ("يهبط" and "يصعد" fill one place), so that an account saying the opposite
    is as near as one saying the same in other words."""
    reading = read(text)
    polar = {p.token: p for p in reading.polar}
    return frozenset(f"#{polar[t].entries[0][0]}" if t in polar else s
                     for t, s in enumerate(reading.stems) if s is not None)


class Nearest:
    """Which claims of other articles come nearest each claim in wording: a claim is compared with
    its counterparts, the accounts of the same statement (as alike as the nearest, or nearly), not with
    every sentence on the topic ("oil prices rise" of one day against "oil prices fall" of another). A
    claim in the same words is the same account, not a counterpart."""

    def __init__(self, facts: list[tuple[ClaimFacts, int]], weak: bool) -> None:
        self.facts = facts
        self.weak = weak
        self.best: dict[int, float] = {}

    def counterparts(self, f: ClaimFacts, g: ClaimFacts) -> bool:
        likeness = _likeness(f, g)
        return likeness >= NEAREST * self._best(f) or likeness >= NEAREST * self._best(g)

    def each_nearest(self, f: ClaimFacts, g: ClaimFacts) -> bool:
        """Each is a counterpart of the other: as alike as the nearest account of either, or nearly."""
        likeness = _likeness(f, g)
        return likeness >= NEAREST * self._best(f) and likeness >= NEAREST * self._best(g)

    def _best(self, f: ClaimFacts) -> float:
        best = self.best.get(f.index)
        if best is None:
            side_no = next(s for g, s in self.facts if g is f)
            best = max((_likeness(f, g) for g, s in self.facts
                        if g.article != f.article and g.words != f.words and not (self.weak and s == side_no)),
                       default=0.0)
            self.best[f.index] = best
        return best


def _finding(scope, f: ClaimFacts, g: ClaimFacts, one: str, other: str, v: Verdict) -> Contradiction:
    severity, confidence = _severity(v)
    if severity == "low" and ((v.opposition.family == "direction" and _same_change(f, g)) or _one_source(f, g)):
        # "rose 4%" / "fell 4%": one change told both ways; or one source said to say both
        severity, confidence = "medium", 0.6
    family = v.opposition.family
    what = f"Opposite ({family})"
    values = f"{one} ({f.article}) vs {other} ({g.article})"
    return finding(KIND, severity, confidence, what, values, scope, [side(f, one), side(g, other)])


def _same_change(f: ClaimFacts, g: ClaimFacts) -> bool:
    """Both give a change of the same size in one unit ("ارتفعت بنسبة 4 في المئة" / "تراجعا بنسبة 4 في
    المئة", "climbed 2.1 per cent" / "slipped 2.1 per cent"): one figure, told as a rise and as a fall,
    however else the two sentences are worded."""
    return any(a.exact and b.exact and a.value == b.value and a.concept == b.concept and a.concept in _UNITS
               for a in f.quantities or () for b in g.quantities or ())


def _one_source(f: ClaimFacts, g: ClaimFacts) -> bool:
    """Both reports put their opposite statements in the mouth of one source, in one event: the union
    "suspended" its strike in one and "continues" it in the other."""
    if f.speaker_entity is not None:
        return f.speaker_entity == g.speaker_entity
    a, b = f.claim.speaker, g.claim.speaker
    return bool(a) and bool(b) and "speaker" not in f.ungrounded and "speaker" not in g.ungrounded and \
        _source_words(a) == _source_words(b)


def _source_words(speaker: str) -> frozenset[str]:
    return frozenset(stem(t.key) for t in tokenize(speaker)) - {None}
