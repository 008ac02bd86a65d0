"""Fill the speaker card from the article text, in Python: a small model names speakers loosely
("وزير الدفاع الفرنسي جان-إيف لودريان" as the speaker, no role, or nothing for "ودعا لودريان إلى").
The name and the role as written are found in the article; nothing is invented."""

from __future__ import annotations

from checker.normalise.arabic import fold
from checker.normalise.grounding import contains
from checker.models import Claim
from checker.normalise.arabic import ARABIC_LETTER
from checker.normalise.dates import month_of, weekday_of
from checker.normalise.names import PersonMention, find_persons, name_tokens, same_person
from checker.normalise.words import is_stopword

# Only the opening words of a sentence name its subject ("ودعا لودريان إلى ...").
_SUBJECT_WINDOW = 4
_PARTICLES = ("لو", "لا", "دي", "دو", "فان", "فون", "بن", "ابن", "أبو", "le", "la", "de", "van", "von", "al")
_PUNCTUATION = "،,.:;!?؟\"'“”«»()[]"


def _role_in_article(name: str, mentions: tuple[PersonMention, ...]) -> str | None:
    for mention in mentions:
        if mention.role_text and same_person(mention.name, name):
            return mention.role_text
    return None


def subject_of(sentence: str, known: list[str] | tuple[str, ...]) -> str | None:
    """A known person named right after the opening verb, as written there."""
    opening = " ".join(sentence.split()[1 : 1 + _SUBJECT_WINDOW])
    for name in known:  # longest first
        if contains(opening, name):
            return name
    for name in known:
        surname = fold(name.split()[-1])
        if len(surname) < 3:
            continue
        for word in opening.split():
            if surname in fold(word.strip(_PUNCTUATION)):
                return word.strip(_PUNCTUATION)  # as written, e.g. "لودريان" for "لو دريان"
    return None


def known_persons(article_text: str) -> tuple[str, ...]:
    """The persons an article names with a title, longest name first."""
    return tuple(sorted({m.name for m in find_persons(article_text)}, key=len, reverse=True))


def _supported(speaker: str, text: str | None) -> bool:
    """The speaker, or at least their surname, is written in the claim's paragraph."""
    if not text:
        return True
    surname = speaker.split()[-1]
    return contains(text, speaker) or (len(surname) > 2 and contains(text, surname))


def _named_in_quote(role: str, quote: str) -> str | None:
    """The person the quote names right after this role, if any."""
    for mention in find_persons(quote):
        if mention.role_text and fold(mention.role_text).startswith(fold(role)):
            return mention.name
    return None


def _role_as_title(role: str | None) -> str | None:
    """"بنظيره الأمريكي" → "نظيره الأمريكي": a role keeps no glued conjunction or preposition."""
    if role and role[:1] in "وبل" and fold(role[1:]).startswith(("نظير", "وزير", "الرئيس", "رئيس")):
        return role[1:]
    return role


def _with_particle(name: str, article_text: str) -> str:
    """"دريان" → "لو دريان" when the article writes the name with its particle."""
    for particle in _PARTICLES:
        if contains(article_text, f"{particle} {name}"):
            return f"{particle} {name}"
    return name


def _article_words(text: str) -> dict[str, str]:
    """Folded word → the word as written, with surrounding punctuation removed."""
    words = {}
    for raw in text.split():
        word = raw.strip(_PUNCTUATION)
        if word:
            words.setdefault(fold(word), word)
    return words


def whole_words(speaker: str, words: dict[str, str]) -> str:
    """The speaker as whole words of the article: a model may cut a name inside a word ("ودريان" for
    "لودريان") or keep a conjunction glued to it ("وكارتر")."""
    repaired = []
    for token in speaker.split():
        key = fold(token.strip(_PUNCTUATION))
        if key[:1] in "وف" and key[1:] in words:
            repaired.append(words[key[1:]])
        elif key in words:
            repaired.append(words[key])
        else:
            containing = sorted((w for w in words if key and key in w), key=len)
            repaired.append(words[containing[0]] if containing else token)
    return " ".join(repaired)


# A name runs on for at most this many words after the part of it a model gave.
_MAX_NAME_WORDS_ADDED = 2
# Words that follow a name and are no part of it, besides function words: days, times of day.
_NOT_NAMES = frozenset(fold(w) for w in "يوم اليوم أمس امس غدا غداً مساء صباح ليلة فجر ظهر عصر الآن لدى".split())
_ARTICLE_PREFIXES = ("ال", "وال", "بال", "فال", "كال", "لل")


def _name_word(word: str, known_words: frozenset[str]) -> bool:
    """Can this word carry a name on? In English a capitalised word that is no function word, day or
    month; in Arabic, which has no capitals, a word with no article that the article also uses as a
    name elsewhere (a person it names with a title, or a speaker of another claim)."""
    key = fold(word)
    if not word or is_stopword(key) or key in _NOT_NAMES or any(ch.isdigit() for ch in word):
        return False
    if ARABIC_LETTER.match(word):
        return not key.startswith(_ARTICLE_PREFIXES) and key in known_words
    return word[0].isupper() and weekday_of(key) is None and month_of(key) is None


def _extended(speaker: str, text: str, known_words: frozenset[str]) -> str:
    """The speaker with the words of the name that follow it in `text`, as written there: a first
    name → first and family name, "رئيس البلدية أحمد" → "رئيس البلدية أحمد كنعان"."""
    words = text.split()
    wanted = [fold(w.strip(_PUNCTUATION)) for w in speaker.split()]
    n = len(wanted)
    for i in range(len(words) - n + 1):
        if [fold(w.strip(_PUNCTUATION)) for w in words[i : i + n]] != wanted:
            continue
        if words[i + n - 1].rstrip(_PUNCTUATION) != words[i + n - 1]:
            return speaker  # the name ends at a comma or a quotation mark
        added = []
        for raw in words[i + n : i + n + _MAX_NAME_WORDS_ADDED]:
            word = raw.strip(_PUNCTUATION + "-")
            if not _name_word(word, known_words) or raw.lstrip(_PUNCTUATION) != raw:
                break
            added.append(word)
            if raw.rstrip(_PUNCTUATION) != raw:
                break
        return " ".join([*_head_before(words[:i], speaker), speaker, *added])
    return speaker


def _head_before(before: list[str], speaker: str) -> list[str]:
    """The noun an Arabic speaker given from its adjective on belongs to: "اللبناني" → "الجيش اللبناني",
    "أمني عراقي" → "مصدر أمني عراقي" (an adjective of relation, ending in ي or ية, starts no name)."""
    head: list[str] = []
    first = speaker.split()[0]
    while before and len(head) < _MAX_NAME_WORDS_ADDED and _is_relation_adjective(first):
        word = before[-1]
        if (word.strip(_PUNCTUATION) != word or not ARABIC_LETTER.match(word) or is_stopword(fold(word))
                or word.startswith(("و", "ف"))):  # "وأفاد": a verb or a conjunction opens the clause
            break
        head.insert(0, word)
        before, first = before[:-1], word
    return head


def _is_relation_adjective(word: str) -> bool:
    key = fold(word)
    return bool(ARABIC_LETTER.match(word)) and len(key) >= 4 and key.endswith(("ي", "يه", "ية"))


def _named_earlier(speaker: str, names: list[str]) -> str | None:
    """The whole name of the one person the article named earlier whose first or family name the
    speaker is ("كارتر" → "آشتون كارتر"); None when none or several."""
    tokens = name_tokens(speaker)
    if len(tokens) != 1:
        return None
    (token,) = tokens
    matches = [n for n in names if len(name_tokens(n)) > 1 and token in (name_tokens(n)[0], name_tokens(n)[-1])]
    if not matches or not all(same_person(matches[0], n) for n in matches):
        return None
    return matches[0]  # as the article first wrote it


def _resolve_to_named_earlier(claims: list[Claim], mentions: tuple[PersonMention, ...]) -> None:
    names = [m.name for m in mentions]
    for claim in sorted(claims, key=lambda c: c.sentence or 0):
        if claim.speaker:
            claim.speaker = _named_earlier(claim.speaker, names) or claim.speaker
            names.append(claim.speaker)


def complete_speakers(claims: list[Claim], article_text: str) -> list[Claim]:
    """Split titles off speaker names, fill roles as written in the article, and name the subject of
    sentences the model left without a speaker when it is a person named elsewhere in the article."""
    mentions = find_persons(article_text)
    words = _article_words(article_text)
    # Words the article uses in names: of the persons it names with a title, and of the speakers.
    name_words = frozenset(fold(w.strip(_PUNCTUATION)) for name in [*(c.speaker for c in claims if c.speaker),
                                                                  *(m.name for m in mentions)] for w in name.split())
    for claim in claims:
        if not claim.speaker:
            continue
        if not getattr(claim, "speaker_inferred", False) and not _supported(claim.speaker, claim.paragraph or claim.quote):
            # Named nowhere near the quote (e.g. a name planted elsewhere in the page): not this claim's speaker.
            claim.speaker = claim.speaker_role = None
            continue
        claim.speaker = whole_words(claim.speaker, words)
        if not getattr(claim, "speaker_inferred", False):
            claim.speaker = _extended(claim.speaker, claim.quote or "", name_words)
        found = find_persons(claim.speaker)
        if found:
            claim.speaker, claim.speaker_role = found[0].name, claim.speaker_role or found[0].role_text
        elif claim.quote and (named := _named_in_quote(claim.speaker, claim.quote)):
            # The model gave the title ("وزير الدفاع الفرنسي"); the quote names its holder.
            claim.speaker_role = next(m.role_text for m in find_persons(claim.quote) if m.name == named)
            claim.speaker = named
        else:
            claim.speaker = _with_particle(claim.speaker, article_text)
        if not claim.speaker_role:
            claim.speaker_role = _role_in_article(claim.speaker, mentions)
    _resolve_to_named_earlier(claims, mentions)
    known = sorted({c.speaker for c in claims if c.speaker} | {m.name for m in mentions}, key=len, reverse=True)
    for claim in claims:
        if claim.speaker or not claim.quote:
            continue
        subject = subject_of(claim.quote, known)
        if subject:
            claim.speaker = _with_particle(subject, claim.quote)  # "وأضاف لو دريان": not "دريان" alone
            claim.speaker_role = _role_in_article(subject, mentions)
            claim.speaker_inferred = True
    _resolve_to_named_earlier(claims, mentions)  # the subjects just named too
    for claim in claims:
        claim.speaker_role = _role_as_title(claim.speaker_role)
    return claims
