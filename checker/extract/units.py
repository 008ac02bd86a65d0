"""Requests and answers: an article cut into numbered-sentence requests for the model, and the
model's answers turned back into claims whose quotes are the numbered sentences themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

from pydantic import BaseModel

from checker.extract.llm.schemas import SCHEMA_VERSION, ArticleClaims, ClaimDraft, SentenceAnswer
from checker.load.articles import article_sentences
from checker.models import Article, Claim
from checker.normalise.dates import find_dates
from checker.normalise.numbers import find_quantities
from checker.normalise.places import find_places
from checker.extract.prompts import Prompt
from checker.extract.recordings import request_key
from checker.settings import Settings
from checker.extract.speakers import known_persons, subject_of


@dataclass(frozen=True)
class Sentence:
    number: int  # 1-based position in the article
    paragraph: int
    text: str


@dataclass(frozen=True)
class Unit:
    """One request: a few sentences of the article, numbered from 1 within the request."""

    sentences: tuple[Sentence, ...]
    messages: list[dict[str, str]]
    key: str

    @property
    def response_model(self) -> type[BaseModel]:
        return SentenceAnswer if len(self.sentences) == 1 else ArticleClaims

    def validation_context(self, article: Article) -> dict:
        return {"sentences": {i + 1: s.text for i, s in enumerate(self.sentences)}, "article": article.text}


def request_shape(settings: Settings) -> int:
    """Sentences per request: the setting if given; one for a server on this machine (small local
    models), else the whole article in one request (0)."""
    if settings.sentences_per_request is not None:
        return settings.sentences_per_request
    host = urlparse(settings.openai_base_url or "").hostname or ""
    return 1 if host in {"localhost", "127.0.0.1", "::1"} or host.startswith("127.") else 0


def sentences_of(article: Article) -> list[Sentence]:
    return [Sentence(n, p, text) for n, (p, text) in enumerate(article_sentences(article), start=1)]


def has_figure(text: str) -> bool:
    """A count of something, in digits or in words ("13 وزيرا", "ثلاثة قتلى", "a dozen workers"): what
    the comparison weighs. A year, a date or a number in page code is none."""
    return bool(find_quantities(text))


def asks_the_model(sentence: Sentence, per_request: int, persons: tuple[str, ...] = ()) -> bool:
    """The gate, for one-sentence requests: Python alone reads a sentence whose speaker it knows, one
    that continues the speaker of the sentence before ("وأضاف أن ...", "He added that ...") or opens
    with a reporting verb and a person the article names with a title ("وقال كارتر ...", "ودعا
    لودريان ..."). A sentence with a figure is always asked about."""
    if per_request != 1 or has_figure(sentence.text):
        return True
    if _UNNAMED_SPEAKER.match(sentence.text):
        return False
    return not (_REPORTING_VERB.match(sentence.text) and subject_of(sentence.text, persons))


# A long sentence is asked about by its opening and closing words, where a news sentence names who
# speaks ("قال وزير ...", "..., police said"); Python reads the figures, days and places of the whole.
HEAD_WORDS, TAIL_WORDS = 12, 6


def _as_asked(text: str) -> str:
    words = text.split()
    if len(words) <= HEAD_WORDS + TAIL_WORDS + 4:
        return text
    return " ".join(words[:HEAD_WORDS]) + " … " + " ".join(words[-TAIL_WORDS:])


def plan_units(article: Article, per_request: int, prompt: Prompt) -> list[Unit]:
    persons = known_persons(article.text) if per_request == 1 else ()
    sentences = [s for s in sentences_of(article) if asks_the_model(s, per_request, persons)]
    size = per_request or max(len(sentences), 1)
    units = []
    for start in range(0, len(sentences), size):
        chunk = tuple(sentences[start : start + size])
        shown = _as_asked if per_request == 1 else str
        numbered = "\n".join(f"[{i}] {_as_data(shown(s.text))}" for i, s in enumerate(chunk, start=1))
        # No neighbouring sentences as context: a small model takes them for the sentence asked about.
        # An unnamed speaker ("وأضاف أن ...") is carried over from the sentence before, in Python.
        if len(chunk) == 1:
            part, task, model = "sentence", "JSON for sentence [1]:", SentenceAnswer
        else:
            part, task, model = "article", 'The JSON object {"claims": [...]} for the numbered sentences:', ArticleClaims
        messages = prompt.render(part, sentences=numbered, task=task)
        key = request_key(prompt.version, SCHEMA_VERSION, {"messages": messages, "schema": model.model_json_schema()})
        units.append(Unit(chunk, messages, key))
    return units


# The article goes to the model between <article> and </article>: a page holding either tag would
# end the data early, and what follows would read as instructions. Within the sentences their "<"
# becomes "‹" (only what the model reads; quotes come from the article itself).
_DELIMITER = re.compile(r"<(?=/?article)", re.IGNORECASE)


def _as_data(text: str) -> str:
    return _DELIMITER.sub("‹", text)


def drafts_of(unit: Unit, parsed: dict) -> list[tuple[Sentence, ClaimDraft]]:
    if len(unit.sentences) == 1:
        answer = SentenceAnswer.model_validate(parsed)
        return [python_draft(unit.sentences[0], answer.speaker, answer.role, answer.event)]
    answer = ArticleClaims.model_validate(parsed)
    return [(unit.sentences[d.sentence - 1], d) for d in answer.claims if 1 <= d.sentence <= len(unit.sentences)]


def python_draft(sentence: Sentence, speaker: str | None = None, role: str | None = None,
                 event: str | None = None) -> tuple[Sentence, ClaimDraft]:
    """The claim of a sentence as Python reads it: the quote is the statement, its day and place are
    read from it; the speaker, role and event are the model's, if it was asked."""
    draft = ClaimDraft(speaker=speaker, speaker_role=role, statement=sentence.text, event=event,
                       date=_day_in(sentence.text), location=_place_in(sentence.text))
    return sentence, draft


def _day_in(text: str) -> str | None:
    """The first day or date the sentence names, as written: read in Python, not asked of the model."""
    found = find_dates(text)
    return found[0].text if found else None


def _place_in(text: str) -> str | None:
    """The first place the sentence says something happens in, as written."""
    return next((m.text for m in find_places(text) if m.locative), None)


# A sentence that opens with a reporting verb and no subject ("وأضاف أن ...", "He added that ...")
# continues the previous speaker.
_VERBS = "أضاف|اضاف|تابع|أوضح|اوضح|أكد|اكد|أشار|اشار|لفت|اعتبر|شدد|كرر|استطرد|قال|ذكر|حذر|رأى"
_UNNAMED_SPEAKER = re.compile(
    rf"^\s*(?:و|ف)?(?:{_VERBS})"
    r"(?:ت|وا|ا)?\s*(?:أن|إن|ان|:|\"|“|«|،|,)"
    r"|^\s*(?:He|She|They)\s+(?:said|added|stated|noted|warned|stressed|explained)\b",
)


_REPORTING_VERB = re.compile(rf"^\s*(?:و|ف)?(?:{_VERBS}|دعا|أعلن|اعلن|صرح)(?:ت|وا|ا)?\s")


def to_claims(article: Article, drafts: list[tuple[Sentence, ClaimDraft]]) -> list[Claim]:
    claims: list[Claim] = []
    per_sentence: dict[int, int] = {}
    previous: Claim | None = None
    for sentence, draft in sorted(drafts, key=lambda pair: pair[0].number):
        count = per_sentence[sentence.number] = per_sentence.get(sentence.number, 0) + 1
        suffix = "" if count == 1 else chr(ord("a") + count - 1)
        speaker, role = draft.speaker, draft.speaker_role
        inherited = (
            speaker is None
            and previous is not None
            and previous.sentence == sentence.number - 1
            and bool(_UNNAMED_SPEAKER.match(sentence.text))
        )
        if inherited:
            speaker, role = previous.speaker, previous.speaker_role
        previous = Claim(
                article=article.id,
                id=f"{article.id}-{sentence.number}{suffix}",
                speaker=speaker,
                speaker_role=role,
                statement=draft.statement,
                quote=sentence.text,
                date=draft.date,
                location=draft.location,
                event=draft.event,
                paragraph=article.paragraphs[sentence.paragraph],
                sentence=sentence.number,
        )
        if inherited:
            previous.speaker_inferred = True  # taken from the sentence before, not named in this one
        claims.append(previous)
    return claims
