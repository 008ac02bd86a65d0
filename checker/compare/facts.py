"""What one claim says, in comparable form. Numbers, dates, places and people are read from the
verbatim quote (reliable). The claim's own fields (location, date, speaker, speaker_role), from the
model or a claims file, are evidence too when they are grounded: the value, or a known alias of it,
is in the quote, the statement, the paragraph or elsewhere in the article (as its claims show it).
The quote's own reading adds to them and corrects them ("in Paris" wins over a field saying London);
a field that is not grounded is ignored and counted (`ClaimFacts.ungrounded`). A claim without a
quote is read from its statement."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from checker.normalise.grounding import contains
from checker.models import Claim
from checker.normalise.arabic import fold, prefix_variants, tokenize
from checker.normalise.concepts import happening
from checker.normalise.dates import When, ahead, compare_when, dates_in, find_dates, may_start_date, parse_when, \
    resolve, tells_of_coming
from checker.normalise.memo import WordMemo
from checker.normalise.named import named_things
from checker.normalise.sounds import skeleton
from checker.normalise.names import PersonMention, Role, find_persons, may_be_role, name_tokens, one_holder_post, \
    parse_role, persons_in, same_surname, split_speaker
from checker.normalise.numbers import Quantity, find_quantities, may_start_number, quantities_in
from checker.normalise.places import Place, PlaceMention, country_of_adjective, find_places, lookup_place, \
    may_start_place, places_in, same_place, unlisted_place
from checker.normalise.words import content_keys


@dataclass(slots=True)
class ClaimFacts:
    index: int  # position in the input
    claim: Claim
    article: str
    id: str
    published: date | None
    text: str  # the quote, or the statement when there is none
    name_words: tuple[str, ...]  # keys of the words that may be names: Arabic ones, capitalised Latin ones
    quantities: tuple[Quantity, ...] | None  # None only until counted (a large corpus counts them last)
    when: When | None  # the day the claim is about
    place: Place | None  # where it happened
    place_text: str | None
    persons: tuple[PersonMention, ...]
    speaker_name: str | None
    speaker_role: Role | None
    happening: str | None  # what kind of event the quote tells of ("meeting", "attack"), if it says
    words: frozenset[str]  # content words, to compare wording
    speaker_entity: int | None = None  # filled by entity resolution
    entities: set[int] = field(default_factory=set)  # people taking part in or named by the claim
    place_stated: bool = False  # the claim's own location field names its place: where the event was
    ungrounded: tuple[str, ...] = ()  # the claim's fields ignored: their value is nowhere in the article
    place_start: int | None = None  # where `place_text` begins in the quote, when read from it
    named: frozenset[str] = frozenset()  # the things it names that are no person or place: "Aurora Star"
    voices: frozenset[str] = frozenset()  # how its people's full names sound, in either script (`_voices`)
    person_words: frozenset[str] = frozenset()  # its words that are words of its people's names (`_person_words`)

    @property
    def quote(self) -> str:
        return self.claim.quote or self.claim.statement


def read_all(claims: list[Claim], published: Mapping[str, date | None]) -> list[ClaimFacts]:
    """The facts of every claim, each distinct text read once per publication day."""
    return Reader(published, claims).facts(claims, 0)


class Reader:
    """Makes claims' facts, reading each distinct text (per publication day), hint and place once."""

    def __init__(self, published: Mapping[str, date | None], claims: list[Claim]) -> None:
        self.published = published
        self.article = _ArticleTexts(claims)
        self.readings: dict[tuple[str, date | None], Reading] = {}
        self._places: dict[tuple[str, str | None], tuple[Place | None, str | None, bool, int | None]] = {}
        self._hints: dict[str, frozenset[str]] = {}
        # One object for each day named, the first claim's: grouping remembers what it learns of a day
        # by the day's identity, and that then serves every claim naming it. Found by the identity of a
        # reading's day.
        self._days: dict[When, When] = {}
        self._day_of: dict[int, When] = {}

    def key(self, claim: Claim) -> tuple[str, date | None]:
        """What a claim's reading depends on: its text and its article's publication day."""
        return claim.quote or claim.statement, self.published.get(claim.article)

    def facts(self, claims: list[Claim], first_index: int, keys: list[tuple[str, date | None]] | None = None,
              counted: bool = True) -> list[ClaimFacts]:
        """The claims' facts; `keys`: their `key`s, if known already. Without `counted`, the texts not
        read yet are read without their quantities."""
        if keys is None:
            keys = list(map(self.key, claims))
        # All the texts first, then the facts: taking turns between the two is a third slower, as
        # each evicts what the other keeps in the word caches.
        unread = [key for key in dict.fromkeys(keys) if key not in self.readings]
        self.readings.update(zip(unread, read_texts(unread, counted)))
        return list(map(self._facts_of, count(first_index), claims, keys))

    def _facts_of(self, index: int, claim: Claim, key: tuple[str, date | None]) -> ClaimFacts:
        text, day = key
        read = self.readings[key]
        name_words, quantities, when, persons, happening, words, _, _, named = read
        location = claim.location
        ungrounded = []
        place = self._places.get((text, location))
        if place is None:
            place = _place(read, location, text)
            if place is not _UNSURE:
                self._places[text, location] = place
        if place is _UNSURE:  # the field names a place the quote does not: is it in the article?
            place = _field_place(location, self._grounds(claim))
            if place[0] is None:
                ungrounded.append("location")
        statement = claim.statement if claim.quote else None
        event = claim.event
        hint = f"{event} {statement}" if event and statement else event or statement  # the model's own words
        if hint and hint != text:  # the model's hint may say more than the text
            hint_words = self._hints.get(hint)
            if hint_words is None:
                hint_words = self._hints[hint] = _words(hint)
            words = words | hint_words
        if when is not None:
            same = self._day_of.get(id(when))  # the readings, and so their days, live as long as this
            if same is None:
                same = self._day_of[id(when)] = self._days.setdefault(when, when)
            when = same
        elif claim.date:
            when = _field_day(claim.date, day)
            if when is not None:
                if _day_grounded(claim.date, when, self._grounds(claim), day):
                    when = self._days.setdefault(when, when)
                else:
                    when = None
                    ungrounded.append("date")
        speaker = claim.speaker
        speaker_name, speaker_role = split_speaker(speaker) if speaker else (None, None)
        if speaker_name is not None and not _name_grounded(speaker_name, self._speaker_grounds(claim)):
            speaker_name = None
            ungrounded.append("speaker")
        role = claim.speaker_role
        if role:
            stated = parse_role(role)
            if stated is not None and not _role_grounded(role, stated, self._speaker_grounds(claim)):
                stated = None
                ungrounded.append("speaker_role")
            speaker_role = stated or speaker_role
        if named and (speaker_name or place[1]):
            # The speaker's name is who, the place's where, not what: each is an anchor once.
            named = named - _words_of(speaker_name) - _words_of(place[1])
        if role and "speaker_role" not in ungrounded and (speaker_role is None or speaker_role.key is None) and (
                post := _post_key(role)) is not None:  # not an office of a country: its holder is a person of the tables
            named = named | {post}  # a post one person holds ("winner of the Baltic Poetry Prize"): as a person named
        voices = _voices(persons, speaker_name)
        person_words = _person_words(persons, speaker_name) if persons or speaker_name else _NO_VOICES
        article = claim.article
        return ClaimFacts(index, claim, article, claim.id or f"{article}#{index + 1}", day, text, name_words,
                          quantities, when, place[0], place[1], persons, speaker_name, speaker_role, happening, words,
                          place_stated=place[2], place_start=place[3], ungrounded=tuple(ungrounded), named=named,
                          voices=voices, person_words=person_words)

    def _grounds(self, claim: Claim) -> _Grounds:
        return _Grounds(claim, self.article) if claim.quote or claim.paragraph else _CARD

    def _speaker_grounds(self, claim: Claim) -> _Grounds:
        """The quote may be the words said alone, without who said them: a speaker is checked against
        the article only when the claim gives the paragraph around its quote."""
        return _Grounds(claim, self.article, role=False) if claim.paragraph else _CARD


class Reading(NamedTuple):
    """What a text says on its own, whoever quotes it: read once per distinct text and day. Small and
    plain, so that worker processes can send it back cheaply."""

    name_words: tuple[str, ...]
    quantities: tuple[Quantity, ...] | None  # None: not counted yet
    day: When | None
    persons: tuple[PersonMention, ...]
    happening: str | None
    words: frozenset[str]
    places: tuple[PlaceMention, ...]  # every place named
    located: tuple[PlaceMention, ...]  # the places named alone, not in a list ("in Syria and Iraq")
    named: frozenset[str]  # the things it names that are no person or place (`named_things`)


def read_texts(texts: list[tuple[str, date | None]], counted: bool = True) -> list[Reading]:
    return [read_text(text, published, counted) for text, published in texts]


def count_texts(texts: list[str]) -> list[tuple[Quantity, ...]]:
    """The quantities of each text."""
    return [tuple(find_quantities(text)) for text in texts]


def read_text(text: str, published: date | None, counted: bool = True) -> Reading:
    """What a text says; without `counted`, its quantities are left as None."""
    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    # Where each finder can begin, from one look-up a word (a few words a text); a finder with nowhere
    # to begin is not run.
    starts = [(n, finders) for n, finders in enumerate(map(_starts.__getitem__, keys)) if finders]
    place_starts, person_starts = _where(starts, _PLACE), _where(starts, _PERSON)
    number_starts = _where(starts, _NUMBER)
    places = places_in(text, tokens, keys, place_starts) if place_starts else ()
    listed = _coordinated(text, places)
    persons = persons_in(text, tokens, person_starts) if person_starts else ()
    return Reading(
        name_words=tuple(compress(keys, map(_may_name.__getitem__, map(_WRITTEN, tokens)))),
        quantities=(tuple(quantities_in(text, tokens, number_starts)) if number_starts else ()) if counted else None,
        day=_day(text, tokens, keys, _where(starts, _DATE), published),  # run always: "2016-10-25" needs no start
        persons=persons,
        happening=next(filter(None, map(happening.__getitem__, keys)), None),
        words=content_keys(keys),
        places=places,
        located=tuple(m for n, m in enumerate(places) if n not in listed) if listed else places,
        named=named_things(text, tokens, keys,
                           [(p.start, p.end) for p in persons] + [(m.start, m.end) for m in places]),
    )


_PLACE, _PERSON, _NUMBER, _DATE = 1, 2, 4, 8
_WRITTEN = itemgetter(0)  # a token's text as written


@WordMemo
def _may_name(written: str) -> bool:
    """Whether a word as written may be a name: an Arabic one, a capitalised Latin one (its key, the
    folded word, is not ASCII, or it begins with a capital)."""
    return not fold(written).isascii() or written[:1].isupper()


@WordMemo
def _starts(key: str) -> int:
    """Which finders can begin at a word, as bits."""
    return ((_PLACE if may_start_place[key] else 0) | (_PERSON if may_be_role[key] else 0)
            | (_NUMBER if may_start_number[key] else 0) | (_DATE if may_start_date[key] else 0))


def _where(starts: list[tuple[int, int]], finder: int) -> list[int]:
    return [n for n, finders in starts if finders & finder]


def _voices(persons: tuple[PersonMention, ...], speaker: str | None) -> frozenset[str]:
    """How the full names of the people a claim names sound ("Amr Diab" and "عمرو دياب" both "mr db"):
    what tells that reports in two scripts name one person. Names of two words or more, and of enough
    consonants that few names share them."""
    if not persons and not speaker:
        return _NO_VOICES
    return _voices_of(tuple([p.name for p in persons]), speaker)


@lru_cache(maxsize=65536)
def _voices_of(names: tuple[str, ...], speaker: str | None) -> frozenset[str]:
    """One set for the claims naming the same people: 200,000 claims name far fewer."""
    voices = frozenset(filter(None, map(_voice, names + ((speaker,) if speaker else ()))))
    return voices or _NO_VOICES


_NO_VOICES: frozenset[str] = frozenset()


@lru_cache(maxsize=65536)
def _person_words_of(names: tuple[str, ...]) -> frozenset[str]:
    families = []
    for name in names:
        written = name.split()
        # A person's name: two words or more, each capitalised in Latin script ("Ministry of Health"
        # is no one's), its last the family name.
        if len(written) > 1 and all(not w.isascii() or w[:1].isupper() for w in written):
            families.append(written[-1])
    return _words(" ".join(families)) if families else _NO_VOICES


def _person_words(persons: tuple[PersonMention, ...], speaker: str | None) -> frozenset[str]:
    """The family names of the people a claim names, as words: "ferreira" of "João Ferreira". Shared
    with another report naming another person ("Ana Ferreira"), they are no shared wording."""
    return _person_words_of(tuple([p.name for p in persons]) + ((speaker,) if speaker else ()))


@lru_cache(maxsize=65536)
def _voice(name: str) -> str | None:
    tokens = name_tokens(name)
    sounds = [skeleton[token] for token in tokens]
    if len(sounds) < 2 or not all(sounds) or sum(map(len, sounds)) < _FEWEST_CONSONANTS:
        return None
    # Marked with its script: in one script two names are told apart as written ("أحمد الشريف" and
    # "محمود الشريف" sound alike, and are two people), a voice meets only the other script's (`across`).
    return ("L " if all(map(str.isascii, tokens)) else "A ") + " ".join(sounds)


@lru_cache(maxsize=65536)
def across(voices: frozenset[str]) -> frozenset[str]:
    """The voices as the other script's would be written: what a claim's voices meet in a group."""
    return frozenset(("A " if voice[0] == "L" else "L ") + voice[2:] for voice in voices)


_FEWEST_CONSONANTS = 4  # "Mohammed Ali" (m-d l) is many people's name


@lru_cache(maxsize=4096)
def _words_of(name: str | None) -> frozenset[str]:
    return frozenset(t.key for t in tokenize(name)) if name else frozenset()


def _words(text: str) -> frozenset[str]:
    return content_keys([t.key for t in tokenize(text)])


def _day(text: str, tokens: tuple, keys: list[str], starts: list[int], published: date | None) -> When | None:
    """The first day named in the text (`starts`: the tokens where `may_start_date`). Mentions of a
    year alone, or of a date "last August" (24 أغسطس الماضي), are background to the claim, not its day.
    A text telling of a coming event names a day ahead ("will take place on 12 June")."""
    coming = None
    for when in dates_in(text, tokens, starts):
        if when.direction == 0 and when.day is not None and when.year is None and published is not None:
            if coming is None:
                coming = tells_of_coming(keys)
            if coming:
                when = ahead(when, published)
        when = resolve(when, published)
        if when.day_level and when.direction >= 0:
            return when
    return None


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


_UNSURE = (None, "", False, None)  # `_place`: the field's place, if the article names it


def _place(read: Reading, field_value: str | None, text: str) -> tuple[Place | None, str | None, bool, int | None]:
    """Where the quote says things happen ("in Paris"), the field's place among them first; else the
    field's place, if it names one the quote names (`_UNSURE` if the quote does not name it); with
    whether the field says so too, and where the place is written in the quote (None: not in it)."""
    hinted = lookup_place(field_value) if field_value else None
    for mention in read.located:  # the model's place, where the quote says it is where things happen
        if hinted is not None and mention.locative and same_place(mention.place, hinted):
            return mention.place, mention.text, True, mention.start
    for mention in read.located:
        if mention.locative:
            # A field naming what the tables do not know, which the quote places in this place ("مطار
            # برج العرب الدولي بالإسكندرية", "the Al Bayt stadium in Al Khor"): the field says so too.
            stated = hinted is None and bool(field_value) and _placed_in(text, field_value, mention.start)
            return mention.place, mention.text, stated, mention.start
    if hinted is None:
        # A place the tables do not know ("Amasra") is the field's, where the article names it.
        return _UNSURE if field_value and unlisted_place(field_value) else (None, None, False, None)
    for mention in read.places:
        if mention.place.id == hinted.id:  # "متحدثة من ستوكهولم", "Speaking to reporters from Oslo"
            return hinted, mention.text, True, mention.start
    return _UNSURE


def _placed_in(text: str, field_value: str, start: int) -> bool:
    """Whether the field's words are written just before the place, at most two words apart."""
    at = text.find(field_value.strip())
    if at < 0:
        return False
    gap = text[at + len(field_value.strip()) : start]
    return at < start and len(gap.split()) <= _WORDS_BETWEEN


_WORDS_BETWEEN = 2  # "مطار برج العرب [الدولي] بالإسكندرية", "the Al Bayt stadium [in] Al Khor"


def _field_place(field_value: str, grounds: _Grounds) -> tuple[Place | None, str | None, bool, int | None]:
    """The field's place, when the statement, the paragraph or the rest of the article names it."""
    hinted = lookup_place(field_value) or unlisted_place(field_value)
    if grounds is _CARD:
        return hinted, field_value, True, None
    listed = hinted.country is not None
    country = listed and hinted.id == hinted.country
    for text in grounds:
        if contains(text, field_value) or (listed and any(m.place.id == hinted.id for m in find_places(text))):
            return hinted, field_value, True, None
        if country and any(country_of_adjective(t.key) == hinted.id for t in tokenize(text) if len(t.key) > 3):
            return hinted, field_value, True, None  # "وزارة الصيد الموريتانية", "the Mauritanian ministry"
    return None, None, False, None


def _day_grounded(value: str, when: When, grounds: _Grounds, published: date | None) -> bool:
    """The date field is in the article as written, or as another way of saying that day."""
    if grounds is _CARD:
        return True
    for text in grounds:
        if contains(text, value) or any(w.day_level and compare_when(w, when) is True
                                        for w in find_dates(text, published)):
            return True
    return False


def _name_grounded(name: str, grounds: _Grounds) -> bool:
    """A speaker's surname, or a spelling of it, is in the article: "وقال لودريان", "Le Drian said"."""
    if grounds is _CARD:
        return True
    tokens = name_tokens(name)
    if not tokens:
        return False
    surname = tokens[-1]
    return any(any(same_surname(surname, variant) for word in name_tokens(text) for variant in prefix_variants(word))
               for text in grounds)


def _role_grounded(value: str, role: Role, grounds: _Grounds) -> bool:
    """The role field is in the article, as written or as the same office read there ("وزير الدفاع
    الفرنسي" for a field saying "French Defence Minister")."""
    if grounds is _CARD:
        return True
    return any(contains(text, value) or any(_same_office(office, role) for office in _offices_in(text))
               for text in grounds)


def _offices_in(text: str) -> list[Role]:
    return [p.role for p in find_persons(text) if p.role is not None] + [r for r in (parse_role(text),) if r]


def _same_office(a: Role, b: Role) -> bool:
    """One office, where both say the country or either leaves it out."""
    return a == b or (a.office == b.office and a.portfolio == b.portfolio and None in (a.country, b.country))


class _ArticleTexts:
    """The texts of each article as its claims show them (quotes, statements, paragraphs), gathered
    the first time a field is not found in its own claim."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims
        self._texts: dict[str, str] | None = None

    def __getitem__(self, article: str) -> str:
        if self._texts is None:
            parts: dict[str, dict[str, None]] = {}
            for claim in self.claims:
                own = parts.setdefault(claim.article, {})
                for text in (claim.paragraph, claim.quote, claim.statement):
                    if text:
                        own[text] = None
            self._texts = {article: "\n".join(texts) for article, texts in parts.items()}
        return self._texts.get(article, "")


class _Card:
    """A claim with no text of the article (a card of a claims file: statement and fields): its
    fields are all there is, and nothing to check them against."""

    def __iter__(self):
        yield from ()


_CARD = _Card()


@lru_cache(maxsize=4096)
def _post_key(role: str) -> str | None:
    """A post one person holds (`one_holder_post`) as one named thing, its words joined without a space:
    one clue, as one person is."""
    post = one_holder_post(role)
    return "post:" + "_".join(sorted(post)) if post is not None else None


class _Grounds:
    """Where a claim's field may be grounded, nearest first: its quote, its statement, its paragraph,
    the speaker's role, the rest of its article. Iterating reads the article's texts only if the nearer ones are passed."""

    __slots__ = ("claim", "article", "role")

    def __init__(self, claim: Claim, article: _ArticleTexts, role: bool = True) -> None:
        self.claim = claim
        self.article = article
        self.role = role  # whether the speaker's role is a ground: not for the role itself

    def __iter__(self):
        claim = self.claim
        # Who spoke is told by the article too: "the Malian government spokesman", "مدير الحراج في محافظة اللاذقية".
        for text in (claim.quote, claim.statement, claim.paragraph, claim.speaker_role if self.role else None):
            if text:
                yield text
        yield self.article[claim.article]
