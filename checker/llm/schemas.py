"""What the model is asked to return, kept small and tightly bounded: small models decode far better
against short, capped fields. Validators check every value against the article and make instructor re-ask."""

from __future__ import annotations

from contextvars import ContextVar

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from checker.grounding import contains, longest_grounded_run
from checker.normalise.arabic import is_arabic

# What the answer of the request being made is checked against: its numbered sentences and the
# article. Set for the request's task by `LLM.ask`, not handed to instructor as its `context`:
# given one, instructor renders the messages as Jinja templates, and an article may well hold
# "{{ … }}" or "{% … %}" (scraped pages do).
ANSWER_CONTEXT: ContextVar[dict | None] = ContextVar("answer_context", default=None)


def _context(info: ValidationInfo) -> dict:
    return info.context or ANSWER_CONTEXT.get() or {}


# Bump when the response models change: it is part of every recording's key.
SCHEMA_VERSION = "claims.v1"

MAX_CLAIMS_PER_REQUEST = 60


class ClaimDraft(BaseModel):
    speaker: str | None = Field(None, max_length=60, description="who made the statement, as written")
    speaker_role: str | None = Field(None, max_length=60, description="the speaker's title or role, as written")
    statement: str = Field(min_length=2, max_length=150, description="what is claimed, one short sentence")
    date: str | None = Field(None, max_length=40, description="day or date as written in the sentence")
    location: str | None = Field(None, max_length=40, description="place as written in the sentence")
    event: str | None = Field(None, max_length=50, description="two to six words naming the event")

    @field_validator("speaker", "speaker_role", "date", "location", "event", mode="before")
    @classmethod
    def _blank_is_null(cls, value):
        if isinstance(value, str) and value.strip().lower() in {"", "null", "none", "n/a", "unknown"}:
            return None
        return value.strip() if isinstance(value, str) else value

    def check_grounding(self, sentence: str, article: str) -> list[str]:
        """Problems a re-ask should fix: values that the article does not contain.

        A speaker or role with a word too many ("وزير الدفاع آشتون كارتر" for "وزير الدفاع الأميركي
        آشتون كارتر") is trimmed to the longest run of its words that the article does contain.
        """
        problems = []
        if self.speaker:
            self.speaker = longest_grounded_run(self.speaker, article)
            if self.speaker is None:
                problems.append("speaker does not appear in the article; copy the name as written or use null")
        if self.speaker_role:
            self.speaker_role = longest_grounded_run(self.speaker_role, article)
        for field in ("date", "location"):
            value = getattr(self, field)
            if value and not contains(sentence, value):
                problems.append(f"{field} {value!r} is not in the sentence; copy it exactly from the sentence or use null")
        if is_arabic(sentence) and not is_arabic(self.statement):
            problems.append("statement must be written in Arabic, the language of the article")
        return problems

    def drop_ungrounded(self, sentence: str, article: str) -> list[str]:
        """Last resort after the re-asks: keep the claim, drop the values the article does not have."""
        dropped = []
        if self.speaker and not longest_grounded_run(self.speaker, article):
            dropped.append(f"speaker {self.speaker!r}")
        self.speaker = longest_grounded_run(self.speaker, article) if self.speaker else None
        self.speaker_role = longest_grounded_run(self.speaker_role, article) if self.speaker_role else None
        for field in ("date", "location"):
            value = getattr(self, field)
            if value and not contains(sentence, value):
                dropped.append(f"{field} {value!r}")
                setattr(self, field, None)
        return dropped


class SentenceClaim(ClaimDraft):
    """Answer for a request about one sentence."""

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo):
        ctx = _context(info)
        if "sentences" in ctx:
            (sentence,) = ctx["sentences"].values()
            problems = self.check_grounding(sentence, ctx.get("article", sentence))
            if problems:
                raise ValueError("; ".join(problems))
        return self


class NumberedClaim(ClaimDraft):
    sentence: int = Field(ge=1, description="number of the sentence the claim comes from")


class ArticleClaims(BaseModel):
    """Answer for a request about several numbered sentences (a whole article for capable models)."""

    claims: list[NumberedClaim] = Field(max_length=MAX_CLAIMS_PER_REQUEST)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo):
        ctx = _context(info)
        sentences: dict[int, str] = ctx.get("sentences", {})
        if not sentences:
            return self
        problems = []
        for i, claim in enumerate(self.claims):
            if claim.sentence not in sentences:
                problems.append(f"claims[{i}].sentence {claim.sentence} is not one of the numbered sentences")
                continue
            problems += [f"claims[{i}]: {p}" for p in claim.check_grounding(sentences[claim.sentence], ctx.get("article", ""))]
        if problems:
            raise ValueError("; ".join(problems))
        return self
