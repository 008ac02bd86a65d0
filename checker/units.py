"""Requests and answers: an article cut into numbered-sentence requests for the model, and the
model's answers turned back into claims whose quotes are the numbered sentences themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

from pydantic import BaseModel

from checker.llm.schemas import SCHEMA_VERSION, ArticleClaims, ClaimDraft, SentenceClaim, json_instruction
from checker.load import article_sentences
from checker.models import Article, Claim
from checker.prompts import Prompt
from checker.recordings import request_key
from checker.settings import Settings


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
        return SentenceClaim if len(self.sentences) == 1 else ArticleClaims

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


def plan_units(article: Article, per_request: int, prompt: Prompt) -> list[Unit]:
    sentences = sentences_of(article)
    size = per_request or max(len(sentences), 1)
    units = []
    for start in range(0, len(sentences), size):
        chunk = tuple(sentences[start : start + size])
        numbered = "\n".join(f"[{i}] {_as_data(s.text)}" for i, s in enumerate(chunk, start=1))
        # No neighbouring sentences as context: a small model takes them for the sentence asked about.
        # An unnamed speaker ("وأضاف أن ...") is carried over from the sentence before, in Python.
        context = ""
        if len(chunk) == 1:
            task = "Return the claim of sentence [1] as one JSON object."
        else:
            task = (
                'Return {"claims": [...]}: one claim for every numbered sentence that reports a fact or a '
                "statement, each with the number of its sentence in \"sentence\"."
            )
        messages = prompt.render(context=context, sentences=numbered, task=task)
        messages[0]["content"] += "\n\n" + json_instruction(SentenceClaim if len(chunk) == 1 else ArticleClaims)
        units.append(Unit(chunk, messages, request_key(prompt.version, SCHEMA_VERSION, messages[1]["content"])))
    return units


# The article goes to the model between <article> and </article>: a page holding either tag would
# end the data early, and what follows would read as instructions. Within the sentences their "<"
# becomes "‹" (only what the model reads; quotes come from the article itself).
_DELIMITER = re.compile(r"<(?=/?article)", re.IGNORECASE)


def _as_data(text: str) -> str:
    return _DELIMITER.sub("‹", text)


def drafts_of(unit: Unit, parsed: dict) -> list[tuple[Sentence, ClaimDraft]]:
    if len(unit.sentences) == 1:
        return [(unit.sentences[0], SentenceClaim.model_validate(parsed))]
    answer = ArticleClaims.model_validate(parsed)
    return [(unit.sentences[d.sentence - 1], d) for d in answer.claims if 1 <= d.sentence <= len(unit.sentences)]


# A sentence that opens with a reporting verb and no subject ("وأضاف أن ...", "He added that ...")
# continues the previous speaker.
_UNNAMED_SPEAKER = re.compile(
    r"^\s*(?:و|ف)?(?:أضاف|اضاف|تابع|أوضح|اوضح|أكد|اكد|أشار|اشار|لفت|اعتبر|شدد|كرر|استطرد|قال|ذكر|حذر|رأى)"
    r"(?:ت|وا|ا)?\s*(?:أن|إن|ان|:|\"|“|«|،|,)"
    r"|^\s*(?:He|She|They)\s+(?:said|added|stated|noted|warned|stressed|explained)\b",
)


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
