"""What one claim says, in comparable form. Numbers, dates, places and people are read from the
verbatim quote (reliable); the model's own fields (date, location, speaker, event) are hints used
where the quote says nothing. A claim without a quote is read from its statement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from checker.memory import cyclic_gc_paused
from checker.models import Claim
from checker.parallel import map_in_processes
from checker.normalise.arabic import QUOTE_MARKS, tokenize
from checker.normalise.concepts import happening
from checker.normalise.dates import When, find_dates, parse_when
from checker.normalise.names import PersonMention, Role, find_persons, parse_role, split_speaker
from checker.normalise.numbers import Quantity, find_quantities
from checker.normalise.places import Place, PlaceMention, find_places, lookup_place, same_place
from checker.normalise.words import content_keys

_QUOTED = re.compile(r"[“”«\"„‟](.+?)[“”»\"]|‘(.+?)’")


@dataclass(slots=True)
class ClaimFacts:
    index: int  # position in the input
    claim: Claim
    article: str
    id: str
    published: date | None
    text: str  # the quote, or the statement when there is none
    name_words: tuple[str, ...]  # keys of the words that may be names: Arabic ones, capitalised Latin ones
    quantities: tuple[Quantity, ...]
    when: When | None  # the day the claim is about
    place: Place | None  # where it happened
    place_text: str | None
    persons: tuple[PersonMention, ...]
    speaker_name: str | None
    speaker_role: Role | None
    happening: str | None  # what kind of event the quote tells of ("meeting", "attack"), if it says
    words: frozenset[str]  # content words, to compare wording
    said: tuple[str, ...]  # the words put in the speaker's mouth, as written
    said_direct: bool  # from direct speech in the quote, not from the model's paraphrase
    speaker_entity: int | None = None  # filled by entity resolution
    entities: set[int] = field(default_factory=set)  # people taking part in or named by the claim

    @property
    def quote(self) -> str:
        return self.claim.quote or self.claim.statement


def read_all(claims: list[Claim], published: Mapping[str, date | None], workers: int | None = None) -> list[ClaimFacts]:
    """The facts of every claim. Each distinct text is read once per publication day, and each distinct
    hint once, in worker processes when the corpus is large (`workers`: processes to use, None for one
    per core)."""
    texts = list(dict.fromkeys((claim.quote or claim.statement, published.get(claim.article)) for claim in claims))
    readings = dict(zip(texts, map_in_processes(read_texts, texts, workers=workers)))
    hints = list(dict.fromkeys(hint for claim in claims if (hint := _hint(claim)) and hint != (claim.quote or claim.statement)))
    hint_words = dict(zip(hints, map_in_processes(words_of, hints, workers=workers)))
    places: dict[tuple[str, str | None], tuple[Place | None, str | None]] = {}
    facts = []
    for index, claim in enumerate(claims):
        day = published.get(claim.article)
        text = claim.quote or claim.statement
        key = (text, claim.location)
        if key not in places:
            places[key] = _place(readings[text, day], claim.location)
        facts.append(_facts(index, claim, day, readings[text, day], places[key], hint_words))
    return facts


def read_facts(index: int, claim: Claim, published: date | None) -> ClaimFacts:
    """The facts of one claim."""
    reading = read_text(claim.quote or claim.statement, published)
    hint = _hint(claim)
    return _facts(index, claim, published, reading, _place(reading, claim.location), {hint: _words(hint)})


def _facts(index: int, claim: Claim, published: date | None, read: Reading,
           place: tuple[Place | None, str | None], hint_words: Mapping[str, frozenset[str]]) -> ClaimFacts:
    text = claim.quote or claim.statement
    when = read.day
    if when is None and claim.date:
        when = _field_day(claim.date, published)
    speaker_name, speaker_role = split_speaker(claim.speaker) if claim.speaker else (None, None)
    if claim.speaker_role:
        speaker_role = parse_role(claim.speaker_role) or speaker_role
    if claim.quote and read.direct_speech:
        said, direct = read.direct_speech, True
    else:  # the statement stands in when the quote has no direct speech
        statement = claim.statement.strip(QUOTE_MARKS + " ")
        said, direct = ((statement,) if statement else ()), False
    hint = _hint(claim)
    words = read.words if not hint or hint == text else read.words | hint_words[hint]
    return ClaimFacts(
        index=index,
        claim=claim,
        article=claim.article,
        id=claim.id or f"{claim.article}#{index + 1}",
        published=published,
        text=text,
        name_words=read.name_words,
        quantities=read.quantities,
        when=when,
        place=place[0],
        place_text=place[1],
        persons=read.persons,
        speaker_name=speaker_name,
        speaker_role=speaker_role,
        happening=read.happening,
        words=words,
        said=said,
        said_direct=direct,
    )


def _hint(claim: Claim) -> str:
    """The model's words about the claim beyond the quote: its event, and its statement when there is a quote."""
    statement = claim.statement if claim.quote else None
    if claim.event and statement:
        return f"{claim.event} {statement}"
    return claim.event or statement or ""


class Reading(NamedTuple):
    """What a text says on its own, whoever quotes it: read once per distinct text and day. Small and
    plain, so that worker processes can send it back cheaply."""

    name_words: tuple[str, ...]
    quantities: tuple[Quantity, ...]
    day: When | None
    persons: tuple[PersonMention, ...]
    happening: str | None
    words: frozenset[str]
    places: tuple[PlaceMention, ...]  # every place named
    located: tuple[PlaceMention, ...]  # the places named alone, not in a list ("in Syria and Iraq")
    direct_speech: tuple[str, ...]  # the passages in quotation marks, of four words or more


def read_texts(texts: list[tuple[str, date | None]]) -> list[Reading]:
    with cyclic_gc_paused():
        return [read_text(text, published) for text, published in texts]


def read_text(text: str, published: date | None) -> Reading:
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    places = find_places(text)
    listed = _coordinated(text, places)
    return Reading(
        name_words=tuple(t.key for t in tokens if not t.key.isascii() or t.text[:1].isupper()),
        quantities=tuple(find_quantities(text)),
        day=_day(text, published),
        persons=find_persons(text),
        happening=next(filter(None, map(happening.__getitem__, keys)), None),
        words=content_keys(keys),
        places=places,
        located=tuple(m for n, m in enumerate(places) if n not in listed),
        direct_speech=_direct_speech(text),
    )


def words_of(texts: list[str]) -> list[frozenset[str]]:
    with cyclic_gc_paused():
        return [_words(text) for text in texts]


def _words(text: str) -> frozenset[str]:
    return content_keys([t.key for t in tokenize(text)])


def _day(text: str, published: date | None) -> When | None:
    """The first day named in the text. Mentions of a year alone, or of a date "last August"
    (24 أغسطس الماضي), are background to the claim, not its day."""
    day_level = [w for w in find_dates(text, published) if w.day_level and w.direction >= 0]
    return day_level[0] if day_level else None


def _field_day(value: str, published: date | None) -> When | None:
    """The model's date field, where the quote names no day."""
    when = parse_when(value, published)
    return when if when is not None and when.direction >= 0 else None


def _coordinated(text: str, mentions: tuple[PlaceMention, ...]) -> set[int]:
    """Places listed together ("في سوريا والعراق", "in Syria and Iraq"): none of them is *the* place."""
    listed = set()
    for n in range(len(mentions) - 1):
        gap = text[mentions[n].end : mentions[n + 1].start].strip()
        if gap in ("and", ",", "،", "/", "و") or (not gap and mentions[n + 1].text.startswith("و")):
            listed.update((n, n + 1))
    return listed


def _place(read: Reading, field_value: str | None) -> tuple[Place | None, str | None]:
    hinted = lookup_place(field_value) if field_value else None
    for mention in read.located:  # the model's place, where the quote says it is where things happen
        if hinted is not None and mention.locative and same_place(mention.place, hinted):
            return mention.place, mention.text
    for mention in read.located:
        if mention.locative:
            return mention.place, mention.text
    if hinted is not None and not any(same_place(m.place, hinted) for m in read.places):
        return hinted, field_value  # from the paragraph around the quote, perhaps
    return None, None  # "cooperate with Turkey" names Turkey, but nothing happens there


def _direct_speech(text: str) -> tuple[str, ...]:
    segments = []
    for match in _QUOTED.finditer(text):
        segment = (match.group(1) or match.group(2) or "").strip()
        if len(segment.split()) >= 4:
            segments.append(segment)
    return tuple(segments)
