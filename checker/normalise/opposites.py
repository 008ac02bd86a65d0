"""Opposite predicates: what a sentence says rises or falls, is accepted or refused, confirmed or
denied, happens or does not. The words come from one data file per language (`checker/data/
opposites.*.toml`), and from a newsroom's own file named by CHECKER_OPPOSITES, in the same form.

A word is looked up in its forms: without its clitics (و ف ب ك ل س, the article), with one ending of
person, number or tense taken off (رفضت، رفضوا، يرفضون; rises, rejected, denying), and with the prefix
of the present tense read as the third person (ترفض، نرفض → يرفض), and a verb of the file in the past
read in the present too (رفض → يرفض), so that one entry meets every form a headline uses. A negation
("لم", "not") or a failure ("فشل في", "failed to") turns the predicate right after it into its
opposite.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from checker.normalise.arabic import fold, prefix_variants, strip_article, tokenize
from checker.normalise.frequency import zipf_frequency
from checker.normalise.memo import WordMemo
from checker.normalise.stems import stem, variants
from checker.normalise.numbers import may_start_number, parse_number
from checker.normalise.toml_file import parse, read_text
from checker.normalise.words import STOPWORDS

# "didn't", "won't": the word before the apostrophe's "t" that makes it a negation.
_CONTRACTED = frozenset("don doesn didn isn aren wasn weren hasn haven hadn won wouldn can couldn shouldn mustn "
                        "ain".split())
# Arabic words that only carry the tense of the verb that follows: "لم يتم الإفراج".
_ARABIC_AUXILIARIES = frozenset(map(fold, "يتم تتم تم يكن تكن يكون تكون يعد تعد يوجد توجد هناك أي".split()))
# Nouns of occurring that a negation passes over to what occurs: "دون سقوط ضحايا".
_OCCURRENCES = frozenset(map(fold, "وقوع وقع سقوط وجود".split()))
# What a denial or a stop passes over to what it turns: "تتوقف عن ملاحقة", "refrains from commenting".
_OFF = frozenset(("عن", "from", "a", "an", "the"))
# Stops that turn only a verb in -ing after them: "stopped pursuing", not "stopped protesters".
_BEFORE_GERUND = frozenset("stop stops stopped stopping cease ceases ceased".split())
_IN = frozenset(map(fold, "في فى ب".split()))  # "فشل في التصدي"
_FAILURE_REACH = 4  # words from a failure to the predicate it governs ("فشل الدفاع الجوي في التصدي")


_WRITTEN_NEGATIONS: set[str] = set()  # as the files write them (with their hamzas), for `glance`


class LexiconError(ValueError):
    """An opposites file that cannot be used, with a message naming the first bad entry."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    family: str = Field(min_length=1)
    one: list[str] = Field(min_length=1)
    other: list[str] = Field(min_length=1)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    negations: list[str] = []
    failures: list[str] = []
    denials: list[str] = []
    absences: list[str] = []
    auxiliaries: list[str] = []
    modifiers: list[str] = []
    continuations: list[str] = []
    opposites: list[_Entry] = []


@dataclass
class Lexicon:
    """Every entry's family, and for each form of a word the (entry, pole) pairs it belongs to."""

    families: list[str] = field(default_factory=list)
    forms: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], list[tuple[int, int]]]]] = field(default_factory=dict)
    negations: set[str] = field(default_factory=set)
    failures: set[str] = field(default_factory=set)
    denials: set[str] = field(default_factory=set)
    absences: set[str] = field(default_factory=set)
    auxiliaries: set[str] = field(default_factory=set)
    modifiers: set[str] = field(default_factory=set)
    continuations: set[str] = field(default_factory=set)

    def add(self, data: _File) -> int:
        _WRITTEN_NEGATIONS.update(w.casefold() for w in (*data.negations, *data.failures, *data.denials,
                                                          *data.absences))
        self.negations |= {fold(w) for w in data.negations}
        self.failures |= {fold(w) for w in data.failures}
        self.denials |= {fold(w) for w in data.denials}
        self.absences |= {fold(w) for w in data.absences}
        self.auxiliaries |= {fold(w) for w in data.auxiliaries}
        self.modifiers |= {t.key for w in data.modifiers for t in tokenize(w)}
        self.continuations |= {fold(w) for w in data.continuations}
        for entry in data.opposites:
            number = len(self.families)
            self.families.append(entry.family)
            for pole, words in enumerate((entry.one, entry.other)):
                for written in words:
                    keys = tuple(t.key for t in tokenize(written))
                    if len(keys) == 1:
                        for form in _tenses(keys[0]):
                            poles = self.forms.setdefault(form, [])
                            if (number, pole) not in poles:
                                poles.append((number, pole))
                    elif keys:  # "أطلق سراح", "رفع الحظر": found by their first word
                        self.phrases.setdefault(keys[0], []).append((keys[1:], [(number, pole)]))
        return len(data.opposites)


def _tenses(key: str) -> tuple[str, ...]:
    """A word of the file as it may be met: for an Arabic verb in the past also its present (رفض →
    يرفض, وافق → يوافق, انخفض → ينخفض, استمر → يستمر; the other persons of the present are read as
    this one), and without what looks like an article (الإفراج → إفراج, إلغاء → غاء), as a claim's
    content words are kept."""
    if key.isascii():
        return (key,)
    bare = strip_article(key)
    forms = [key] + ([bare] if bare != key and len(bare) >= 3 else [])
    if not (key[0] in "يت" and len(key) > 3):
        forms.append("ي" + key[1:] if key[0] == "ا" and len(key) >= 4 else "ي" + key)
    return tuple(forms)


def _read_file(text: str) -> _File:
    return parse(text, _File, LexiconError)


def _built_in() -> Lexicon:
    lexicon = Lexicon()
    for language in ("ar", "en"):
        lexicon.add(_read_file(resources.files("checker.data").joinpath(f"opposites.{language}.toml")
                               .read_text(encoding="utf-8")))
    return lexicon


LEXICON = _built_in()


def add_opposites_file(path: Path) -> int:
    """Adds the entries of a newsroom's file (the form of the built-in ones); how many it gives."""
    added = LEXICON.add(_read_file(read_text(path, LexiconError)))
    _lookup.clear()
    _seen.clear()
    _negating.cache_clear()
    read.cache_clear()
    return added


@WordMemo
def _lookup(key: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The form a word is known by in the lexicon (the most literal of its forms there) and the (entry,
    pole) pairs of all its forms, if any: an entry writing "released" does not hide one writing "release"."""
    forms = LEXICON.forms
    known, poles = None, []
    for variant in variants(key):
        found = forms.get(variant)
        if found:
            known = known or variant
            poles += [pole for pole in found if pole not in poles]
    return (known, poles) if known is not None else None


@WordMemo
def _number_word(key: str) -> str | None:
    """A number written as a word, as its digits: "لستة" and "6", "seven" and "7" are one word."""
    if not may_start_number[key]:
        return None
    number = parse_number(key)
    if number is None or number.qualifier != "exact" or number.value != int(number.value):
        return None
    return str(int(number.value))


def modifiers() -> frozenset[str]:
    """The words of degree of the lexicon, as stems: how much, not what ("طفيف", "sharply")."""
    return _stems_of(frozenset(LEXICON.modifiers))


@lru_cache(maxsize=4)
def _stems_of(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(key) for key in keys)


class Glance(NamedTuple):
    """What a first look at a text tells: the (entry, pole) pairs of its content words as written, and
    whether anything in it may negate (and so turn a pole), or is a function word of the lexicon: such
    a text is to be read in full."""

    poles: frozenset[tuple[int, int]]
    negates: bool


_NOTHING = Glance(frozenset(), False)


def glance(text: str, words: frozenset[str]) -> Glance:
    """A cheap first look, before `read`, from the text and its content words (`ClaimFacts.words`):
    most sentences hold no word of the lexicon."""
    poles: set[tuple[int, int]] = set()
    seen = _seen
    for word in words:
        found = seen[word]
        if found is not None:
            poles.update(found)
    negates = _may_negate(text)
    return Glance(frozenset(poles), negates) if poles or negates else _NOTHING


def _may_negate(text: str) -> bool:
    """Whether a word of the text may negate, as written or folded, with the conjunction it may
    carry, or is a function word of the lexicon."""
    if "'t" in text or "’t" in text:
        return True
    # Split at spaces, not at every mark: a word with a mark stuck to it ("not,") is missed, rarely.
    return not _negating().isdisjoint(text.casefold().split())


@lru_cache(maxsize=1)
def _negating() -> frozenset[str]:
    """The words that may negate, as written or folded, alone or after و or ف. Words of the lexicon
    that are function words ("أكد", "more") are not among a claim's content words: they are looked for
    here too, and such a text is read in full."""
    lexicon = LEXICON
    function_words = {form for form in lexicon.forms if form in STOPWORDS}
    function_words |= {hamza + form[1:] for form in function_words if form[0] == "ا" for hamza in "أإ"}
    words = lexicon.negations | lexicon.failures | lexicon.denials | lexicon.absences | _WRITTEN_NEGATIONS | \
        function_words
    return frozenset(words | {conjunction + word for word in words if not word.isascii() for conjunction in "وف"})


@WordMemo
def _seen(key: str) -> tuple[tuple[int, int], ...] | None:
    """A content word's (entry, pole) pairs, as a word or as the first of a phrase, if any."""
    found = _lookup[key]
    phrases = [poles for v in variants(key) for _, poles in LEXICON.phrases.get(v, ())]
    if found is None and not phrases:
        return None
    return tuple({pole for poles in ([found[1]] if found else []) + phrases for pole in poles})


class Polar(NamedTuple):
    """A word of the lexicon in a sentence, and what it says there."""

    entries: tuple[tuple[int, int], ...]  # (entry, pole) pairs of the word, its pole as written
    negated: bool
    token: int  # the word's token
    start: int  # where the words that make it begin (the negation, if any) and end, in the text
    end: int
    known_as: str  # its form in the lexicon: words of one entry and pole are one word to compare


class Negated(NamedTuple):
    """A word outside the lexicon that a negation turns: "لن نفرق", "not approved"."""

    stem: str
    token: int
    start: int
    end: int


@dataclass(frozen=True)
class Reading:
    """The opposite-bearing words of a sentence, and its other content words as stems by token."""

    polar: tuple[Polar, ...]
    negated: tuple[Negated, ...]
    stems: tuple[str | None, ...]  # by token: None for function words, negations and their auxiliaries
    spans: tuple[tuple[int, int], ...]  # by token: where it is written
    negating: bool  # whether anything in it negates, denies or fails
    clauses: tuple[bool, ...]  # by token: whether a clause begins there (after punctuation, "و", "مع", "as")

    @property
    def telling(self) -> bool:
        return bool(self.polar or self.negated)


@lru_cache(maxsize=1 << 15)
def read(text: str) -> Reading:
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    lexicon = LEXICON
    negations, failures, auxiliaries = lexicon.negations, lexicon.failures, lexicon.auxiliaries
    stems: list[str | None] = [None] * len(tokens)
    turned: dict[int, int] = {}  # token → the negation or failure turning it
    absent = False  # "دون" before a word outside the lexicon: without something, unclear what
    for i, key in enumerate(keys):
        if key in lexicon.denials:
            target = _next_word(keys, i + 1, auxiliaries | _OFF)
            if target is not None and keys[target] not in STOPWORDS and \
                    (key not in _BEFORE_GERUND or keys[target].endswith("ing")):
                turned.setdefault(target, i)
        if key in lexicon.absences or (len(key) > 3 and key[0] in "وف" and key[1:] in lexicon.absences):
            # "دون سقوط ضحايا": without, of a word of the lexicon only ("دون 74 دولارا" is below 74)
            target = _next_word(keys, i + 1, auxiliaries)
            if target is not None and (_lookup[keys[target]] is not None or _phrase(keys, target) is not None):
                turned.setdefault(target, i)
            else:
                absent = True
            continue
        if key in _CONTRACTED and i + 1 < len(keys) and keys[i + 1] == "t":
            continue  # "didn" of "didn't": the "t" is the negation
        negation = key in negations or (key == "t" and i > 0 and keys[i - 1] in _CONTRACTED) or (
            len(key) > 2 and key[0] in "وف" and key[1:] in negations)
        if negation and i + 1 < len(keys) and keys[i + 1] in lexicon.continuations:
            continue  # "لا يزال محتجزا", "ما زال فارا": still, not a negation
        if negation:
            target = _next_word(keys, i + 1, auxiliaries)
            if target is not None:
                turned.setdefault(target, i - 1 if key == "t" else i)
            continue
        if key in failures or (len(key) > 3 and key[0] in "وف" and key[1:] in failures):
            target = _failed(keys, i + 1, auxiliaries)
            if target is not None and target not in turned:
                turned[target] = i
                continue
        if not key.isdigit() and (len(key) < 2 or key in STOPWORDS or key in auxiliaries):
            continue
        stems[i] = key if key.isdigit() else _number_word(key) or stem(key)
    for target, at in turned.items():
        for j in range(at + 1, target):
            if keys[j] in _OCCURRENCES:
                stems[j] = None  # "دون سقوط ضحايا": the falling is the negation's, not a fall
    polar: list[Polar] = []
    negated: list[Negated] = []
    skip_to = 0
    for i, key in enumerate(keys):
        if i < skip_to or stems[i] is None:
            continue
        turn = turned.get(i)
        # What is marked: the negation with its word, or a failure alone when words stand between.
        start = None if turn is None else tokens[turn].start
        near = turn is None or i - turn <= 3
        phrase = _phrase(keys, i)
        if phrase is not None:
            length, poles, known = phrase
            end = tokens[i + length - 1].end
            for j in range(i + 1, i + length):
                stems[j] = None
            skip_to = i + length
        else:
            found = _lookup[key]
            if found is None:
                if turn is not None:
                    negated.append(Negated(stems[i], i, start, tokens[i].end if near else tokens[turn].end))
                continue
            known, poles = found
            end = tokens[i].end
        if not near:
            end = tokens[turn].end
        polar.append(Polar(tuple(poles), turn is not None, i, tokens[i].start if start is None else start, end,
                           known))
    return Reading(tuple(polar), tuple(negated), tuple(stems), tuple((t.start, t.end) for t in tokens),
                   bool(turned) or absent, tuple(_clause_begins(tokens, keys)))


CLAUSE_WORDS = frozenset(map(fold, "و مع بعد رغم بسبب جراء وسط أمام عقب إثر اثر حيث بينما لكن and as with while "
                                   "after amid despite but because".split()))


def _clause_begins(tokens, keys: list[str]) -> list[bool]:
    """Where a clause begins: at punctuation, at a conjunction ("مع", "as"), at a word joined by و
    ("والدولار يهبط", "وتعافي"). Words on each side of a predicate are read within its clause."""
    begins = []
    for i, (token, key) in enumerate(zip(tokens, keys)):
        joined = len(key) > 3 and key[0] == "و" and (key[1:3] == "ال" or key[1] in "يت")
        begins.append(token.boundary or joined or (i > 0 and keys[i - 1] in CLAUSE_WORDS))
    return begins


def _next_word(keys: list[str], i: int, auxiliaries: set[str]) -> int | None:
    """The word a negation at i - 1 turns: the next one, past auxiliaries ("did not", "لم يتم")."""
    for j in range(i, min(i + 3, len(keys))):
        key = keys[j]
        if key in auxiliaries or key in _ARABIC_AUXILIARIES or key == "t":
            continue
        if key in _OCCURRENCES and j + 1 < len(keys):
            continue  # "دون وقوع ضحايا", "لا وجود لمصابين": what did not occur is the next word
        return j
    return None


def _failed(keys: list[str], i: int, auxiliaries: set[str]) -> int | None:
    """The predicate a failure governs: the word after "to" ("failed to"), or after the first "في"
    within a few words ("فشل الدفاع الجوي في التصدي")."""
    for j in range(i, min(i + _FAILURE_REACH, len(keys) - 1)):
        if keys[j] in _IN or keys[j] == "to":
            return j + 1
        if keys[j] in auxiliaries:
            continue
    return None


def _phrase(keys: list[str], i: int) -> tuple[int, list[tuple[int, int]], str] | None:
    """A phrase of the lexicon beginning at token i ("أطلق سراح"): its length, poles and form."""
    for variant in variants(keys[i]):
        for rest, poles in LEXICON.phrases.get(variant, ()):
            if tuple(keys[i + 1: i + 1 + len(rest)]) == rest:
                return 1 + len(rest), poles, " ".join((variant, *rest))
    return None
