"""Fill the speaker card from the article text, in Python: a small model names speakers loosely
("وزير الدفاع الفرنسي جان-إيف لودريان" as the speaker, no role, or nothing for "ودعا لودريان إلى").
The name and the role as written are found in the article; nothing is invented."""

from __future__ import annotations

from checker.grounding import contains, fold
from checker.models import Claim
from checker.normalise.names import PersonMention, find_persons, same_person

# Only the opening words of a sentence name its subject ("ودعا لودريان إلى ...").
_SUBJECT_WINDOW = 4
_PARTICLES = ("لو", "لا", "دي", "دو", "فان", "فون", "بن", "ابن", "أبو", "le", "la", "de", "van", "von", "al")
_PUNCTUATION = "،,.:;!?؟\"'“”«»()[]"


def _role_in_article(name: str, mentions: tuple[PersonMention, ...]) -> str | None:
    for mention in mentions:
        if mention.role_text and same_person(mention.name, name):
            return mention.role_text
    return None


def _subject_of(sentence: str, known: list[str]) -> str | None:
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


def complete_speakers(claims: list[Claim], article_text: str) -> list[Claim]:
    """Split titles off speaker names, fill roles as written in the article, and name the subject of
    sentences the model left without a speaker when it is a person named elsewhere in the article."""
    mentions = find_persons(article_text)
    words = _article_words(article_text)
    for claim in claims:
        if not claim.speaker:
            continue
        if not getattr(claim, "speaker_inferred", False) and not _supported(claim.speaker, claim.paragraph or claim.quote):
            # Named nowhere near the quote (e.g. a name planted elsewhere in the page): not this claim's speaker.
            claim.speaker = claim.speaker_role = None
            continue
        claim.speaker = whole_words(claim.speaker, words)
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
    known = sorted({c.speaker for c in claims if c.speaker} | {m.name for m in mentions}, key=len, reverse=True)
    for claim in claims:
        if claim.speaker or not claim.quote:
            continue
        subject = _subject_of(claim.quote, known)
        if subject:
            claim.speaker = subject
            claim.speaker_role = _role_in_article(subject, mentions)
            claim.speaker_inferred = True
    for claim in claims:
        claim.speaker_role = _role_as_title(claim.speaker_role)
    return claims
