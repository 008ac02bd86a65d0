"""The contract between pipeline stages: load → extract → normalise → compare → report.

`Report.model_dump_json()` is the public JSON report (version 1). A report is also valid input for
comparison alone (`check --claims report.json`), so `ClaimsFile` accepts a report as well as a
hand-written claims file.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

ArticleStatus = Literal["ok", "failed", "skipped"]
Severity = Literal["high", "medium", "low"]
ContradictionKind = str  # the KIND of a rule module in compare/kinds/: a new kind needs no change here

REPORT_VERSION = 1


class Article(BaseModel):
    """One input file after loading: the main story, cleaned, with what was dropped."""

    id: str
    path: str
    title: str | None = None
    published: date | None = None
    language: str | None = None  # "ar" or "en", decided from the text
    paragraphs: list[str] = Field(default_factory=list)  # the main story, one entry per paragraph
    raw_chars: int = 0
    dropped_chars: int = 0  # characters of page junk removed before extraction
    status: ArticleStatus = "ok"
    error: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


class Claim(BaseModel):
    """One attributed (or unattributed) claim of an article.

    `quote` is a verbatim span of the article; `date` and `location` are as written in it, or null.
    """

    model_config = ConfigDict(extra="allow")

    article: str
    id: str = ""
    speaker: str | None = None
    speaker_role: str | None = None
    statement: str
    quote: str | None = None
    date: str | None = None
    location: str | None = None
    event: str | None = None  # a short description of the event the claim is about
    paragraph: str | None = None  # the article paragraph that contains the quote, for context
    sentence: int | None = None  # index of the quoted sentence in the article


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class ExtractionResult(BaseModel):
    """What extraction returns for one article, whether replayed or freshly asked."""

    article: str
    claims: list[Claim] = Field(default_factory=list)
    model: str | None = None
    prompt_version: str | None = None
    llm_calls: int = 0  # requests actually sent to a model in this run
    replayed: int = 0  # requests answered from recordings
    attempts: int = 0  # total attempts including validation re-asks and transport retries
    salvaged: int = 0  # values of the model's answers cut or dropped in Python, claims kept
    usage: Usage = Field(default_factory=Usage)  # of the requests sent in this run
    recorded_usage: Usage = Field(default_factory=Usage)  # of the answers replayed from recordings
    seconds: float = 0.0
    warnings: list[str] = Field(default_factory=list)


class ArticleReport(BaseModel):
    id: str
    path: str
    title: str | None = None
    published: date | None = None
    language: str | None = None
    status: ArticleStatus = "ok"
    error: str | None = None
    claims: int = 0
    model: str | None = None
    llm_calls: int = 0
    replayed: int = 0
    attempts: int = 0
    salvaged: int = 0
    tokens: Usage = Field(default_factory=Usage)  # spent in this run
    recorded_tokens: Usage = Field(default_factory=Usage)  # of the answers replayed from recordings
    raw_chars: int = 0
    dropped_chars: int = 0
    warnings: list[str] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _recorded_tokens_when_any(self, handler):
        # A report that replayed nothing (a claims file, a fresh run) says nothing of recordings.
        data = handler(self)
        if not self.recorded_tokens.total_tokens:
            data.pop("recorded_tokens", None)
        return data


Span = tuple[int, int]


class Side(BaseModel):
    article: str
    claim: str
    value: str
    quote: str | None = None
    # The words of `quote` that make the finding (the count, the day, the place, the name), as
    # (start, end) character offsets, in order; empty when the quote does not write the value.
    marks: list[Span] = Field(default_factory=list)


class Contradiction(BaseModel):
    id: str
    kind: ContradictionKind
    severity: Severity
    confidence: float = Field(ge=0, le=1)
    summary: str
    event: str | None = None  # label of the event both sides are about
    sides: list[Side]


class Report(BaseModel):
    version: int = REPORT_VERSION
    articles: list[ArticleReport] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    stats: dict = Field(default_factory=dict)


class ClaimsFileArticle(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    published: date | None = None
    title: str | None = None


class ClaimsFile(BaseModel):
    """Input of `check --claims`: a report of this tool, or a hand-written file of the same shape."""

    model_config = ConfigDict(extra="allow")

    articles: list[ClaimsFileArticle] = Field(default_factory=list)
    claims: list[Claim]
