"""What the model is asked to return, kept small and tightly bounded: small models decode far better
against short, capped fields.

The caps live in the JSON schema the model is sent, where they bound decoding. An answer that breaks
one, or gives a value the article does not contain, is salvaged here, in Python, field by field: a
statement falls back to the quote (the sentence itself), a place is cut to the place it names, any
other failing value is dropped alone, and the claim is kept. Only an answer with nothing to salvage
(not a JSON object) fails validation, and only that is worth asking again.
"""

from __future__ import annotations

import json
from contextvars import ContextVar
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, Field, ValidationError, ValidationInfo, WithJsonSchema, model_validator
from pydantic_core import from_json

from checker.normalise.grounding import contains, longest_grounded_run
from checker.normalise.arabic import is_arabic
from checker.normalise.places import find_places

# Bump when the response models change: it is part of every recording's key.
SCHEMA_VERSION = "claims.v2"

# The validation context of the request being answered. instructor is not given it as `context`: given
# one, it renders the messages as Jinja templates, and an article may well hold "{{ … }}" or "{% … %}".
ANSWER_CONTEXT: ContextVar[dict | None] = ContextVar("answer_context", default=None)

MAX_CLAIMS_PER_REQUEST = 60
STATEMENT_CAP = 150
_BLANK = {"", "null", "none", "n/a", "unknown"}


def _context(info: ValidationInfo) -> dict:
    return info.context or ANSWER_CONTEXT.get() or {}


def capped(limit: int) -> Any:
    """A string whose cap is in the schema sent to the model, not a reason to reject its answer."""
    return Annotated[str, WithJsonSchema({"type": "string", "maxLength": limit})]


class _Salvaging(BaseModel):
    """An answer's fields, salvaged one by one before validation (see the module's docstring).

    Validated with a context of {"sentences": {number: text}, "article": text, "salvaged": [notes]},
    values are checked against the sentence and the article, and what was changed is noted; without
    one (replaying a recorded answer), only blanks are read as null."""

    CAPS: ClassVar[dict[str, int]] = {}  # field → the cap it has in the schema

    @model_validator(mode="before")
    @classmethod
    def _salvage(cls, data: Any, info: ValidationInfo) -> Any:
        if not isinstance(data, dict):
            return data  # nothing to salvage
        ctx = _context(info)
        number = data.get("sentence", 1)
        sentence = ctx.get("sentences", {}).get(number) if isinstance(number, int) else None
        notes = ctx.get("salvaged")
        prefix = f"sentence {number}: " if "sentence" in cls.model_fields else ""

        def note(text: str) -> None:
            if notes is not None:
                notes.append(prefix + text)

        data = dict(data)
        for name, cap in cls.CAPS.items():
            data[name] = _salvaged_field(name, data.get(name), cap, sentence, ctx.get("article"), note)
        if "statement" in cls.model_fields and sentence is not None:
            data["statement"] = _salvaged_statement(data.get("statement"), sentence, note)
        return data


def _salvaged_field(name: str, value: Any, cap: int, sentence: str | None, article: str | None, note) -> str | None:
    if value is not None and not isinstance(value, str):
        note(f"{name}: not text, dropped")
        return None
    value = (value or "").strip()
    if value.lower() in _BLANK:
        return None
    if sentence is None:  # a recorded answer, checked when it was recorded
        return value
    if name == "location" and (len(value) > cap or not contains(sentence, value)):
        place = _place_named(value, sentence, cap)
        note(f"location {value!r}: " + (f"cut to the place it names, {place!r}" if place else "names no place of the sentence, dropped"))
        return place
    if len(value) > cap:
        note(f"{name}: over {cap} characters, dropped")
        return None
    if name in ("speaker", "speaker_role", "role"):
        # A speaker or role with a word too many ("وزير الدفاع آشتون كارتر" for "وزير الدفاع الأميركي
        # آشتون كارتر") is trimmed to the longest run of its words that the article does contain.
        grounded = longest_grounded_run(value, article or sentence)
        if grounded is None:
            note(f"{name} {value!r}: not in the article, dropped")
        return grounded
    if name == "date" and not contains(sentence, value):
        note(f"date {value!r}: not in the sentence, dropped")
        return None
    return value


def _place_named(value: str, sentence: str, cap: int) -> str | None:
    """The first place the gazetteer finds in `value` that the sentence names too, as written there."""
    in_sentence = {m.place.id: m.text for m in reversed(find_places(sentence))}
    for mention in find_places(value):
        text = mention.text if contains(sentence, mention.text) else in_sentence.get(mention.place.id)
        if text and len(text) <= cap:
            return text
    return None


def _salvaged_statement(value: Any, sentence: str, note) -> str:
    problem = None
    if not isinstance(value, str) or len(value.strip()) < 2:
        problem = "missing"
    elif len(value.strip()) > STATEMENT_CAP:
        problem = f"over {STATEMENT_CAP} characters"
    elif is_arabic(sentence) and not is_arabic(value):
        problem = "not in the language of the article"
    if problem is None:
        return value.strip()
    note(f"statement: {problem}, the quote kept")
    return sentence


class SentenceAnswer(_Salvaging):
    """Answer for a request about one sentence: only what Python cannot read in it. The quote is the
    statement, and Python reads its numbers, days and places."""

    CAPS: ClassVar[dict[str, int]] = {"speaker": 60, "role": 60, "event": 30}

    speaker: capped(60) | None = Field(None, description="who made the statement or the announcement, as written")
    role: capped(60) | None = Field(None, description="the speaker's title or role, as written")
    event: capped(30) | None = Field(None, description="two or three words naming the event")


class ClaimDraft(_Salvaging):
    CAPS: ClassVar[dict[str, int]] = {"speaker": 60, "speaker_role": 60, "date": 40, "location": 40, "event": 50}

    speaker: capped(60) | None = Field(None, description="who made the statement, as written")
    speaker_role: capped(60) | None = Field(None, description="the speaker's title or role, as written")
    statement: Annotated[str, WithJsonSchema({"type": "string", "minLength": 2, "maxLength": STATEMENT_CAP})] = Field(
        description="what is claimed, one short sentence")
    date: capped(40) | None = Field(None, description="day or date as written in the sentence")
    location: capped(40) | None = Field(None, description="place as written in the sentence")
    event: capped(50) | None = Field(None, description="two to six words naming the event")


class NumberedClaim(ClaimDraft):
    sentence: int = Field(ge=1, description="number of the sentence the claim comes from")


class ArticleClaims(BaseModel):
    """Answer for a request about several numbered sentences (a whole article for capable models)."""

    claims: Annotated[list[NumberedClaim], WithJsonSchema(
        {"type": "array", "items": NumberedClaim.model_json_schema(), "maxItems": MAX_CLAIMS_PER_REQUEST})]

    @model_validator(mode="before")
    @classmethod
    def _salvage(cls, data: Any, info: ValidationInfo) -> Any:
        ctx = _context(info)
        if not isinstance(data, dict) or not isinstance(data.get("claims"), list) or "sentences" not in ctx:
            return data
        sentences, notes = ctx["sentences"], ctx.get("salvaged", [])
        kept = []
        for i, claim in enumerate(data["claims"]):
            number = claim.get("sentence") if isinstance(claim, dict) else None
            if not isinstance(number, int) or isinstance(number, bool) or number not in sentences:
                notes.append(f"claims[{i}]: no sentence {number!r} in the request, dropped")
            elif len(kept) == MAX_CLAIMS_PER_REQUEST:
                notes.append(f"claims[{i}]: over {MAX_CLAIMS_PER_REQUEST} claims, dropped")
            else:
                kept.append(claim)
        return {**data, "claims": kept}


def read_answer(raw: str, response_model: type[BaseModel], context: dict,
                cut_short: bool = False) -> tuple[BaseModel | None, str | None]:
    """The answer validated and salvaged, or None and why there is nothing to salvage. Text around
    the JSON object is ignored; an answer `cut_short` by the output cap is read as far as it goes."""
    try:
        data = _json_object(raw, cut_short)
    except ValueError as exc:
        return None, f"the answer is not JSON ({exc})"
    if not isinstance(data, dict):
        return None, "the answer is not a JSON object"
    try:
        return response_model.model_validate(data, context=context), None
    except ValidationError as exc:
        return None, _problems(exc)


def _json_object(raw: str, cut_short: bool) -> Any:
    text = raw.strip()
    start = text.find("{")
    if start < 0:
        return json.loads(text)  # raises, saying why
    try:
        return json.JSONDecoder().raw_decode(text, start)[0]
    except ValueError:
        if not cut_short:
            raise
        return from_json(text[start:], allow_partial=True)


def _problems(exc: ValidationError) -> str:
    problems = []
    for problem in exc.errors(include_url=False)[:2]:
        where = ".".join(map(str, problem["loc"]))
        message = problem["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {message}" if where else message)
    more = exc.error_count() - len(problems)
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")
