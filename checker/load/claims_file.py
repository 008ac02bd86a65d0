"""The input of `check --claims`: a JSON claims file, or a JSON report of this tool (extra fields are
kept). Every problem is reported as one line naming the first bad entry."""

from __future__ import annotations

import codecs
import datetime
import json
import re
from collections import Counter
from operator import attrgetter
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.memory import cyclic_gc_paused
from checker.models import Claim, ClaimsFile


class ClaimsFileError(ValueError):
    """A claims file that cannot be used, with a message naming the first bad entry."""


def read_claims_file(path: Path) -> ClaimsFile:
    try:
        size = Path(path).stat().st_size
        return _read(Path(path).read_bytes())
    except OSError as exc:
        raise ClaimsFileError(f"cannot read: {exc.strerror or exc}") from None
    except MemoryError:
        raise ClaimsFileError(f"too large to read: {size:,} bytes of JSON do not fit in memory") from None


def _read(raw: bytes) -> ClaimsFile:
    with cyclic_gc_paused(long_lived=True):
        claims_file = _parse_quickly(raw)
    if claims_file is not None:
        return claims_file
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClaimsFileError(f"not UTF-8 text: byte {exc.start}") from None
    del raw  # a large file is held once, as text
    if "\r" in text:  # newlines as a text file reads them, for the line numbers of JSON errors
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return parse_claims(text)


class _Quick(BaseModel):
    """A claims file read straight from its JSON bytes; the articles stay plain, to have their dates
    read the same way as `parse_claims` reads them."""

    model_config = ConfigDict(extra="allow")

    articles: list[dict] = Field(default_factory=list)
    claims: list[Claim]


def _parse_quickly(raw: bytes) -> ClaimsFile | None:
    """The claims file, read in one pass by pydantic from the bytes, when it has no problem at all;
    otherwise None, and `parse_claims` reads it again to name the first problem. Both readings give
    the same claims: the same validation, from JSON text or from what `json` made of it."""
    try:
        quick = _Quick.model_validate_json(raw.removeprefix(codecs.BOM_UTF8))
        _read_dates(quick.articles)
        claims_file = ClaimsFile.model_validate({"articles": quick.articles, "claims": quick.claims,
                                                 **quick.model_extra})
        _check_ids(claims_file)
    except (ValidationError, ClaimsFileError):
        return None
    return _with_ids(claims_file)


def parse_claims(text: str) -> ClaimsFile:
    with cyclic_gc_paused():
        return _parse(text)


def _parse(text: str) -> ClaimsFile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClaimsFileError(f"not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise ClaimsFileError(_TOO_DEEP) from None
    except ValueError as exc:  # a number of more digits than Python reads
        raise ClaimsFileError(f"not JSON that can be read: {str(exc).split(';')[0]}") from None
    data = _sound(data)
    if not isinstance(data, dict):
        raise ClaimsFileError(f'expected a JSON object with "claims", got {_type_name(data)}')
    if "claims" not in data:
        raise ClaimsFileError('missing "claims" (a list of claims, each with "article" and "statement")')
    for name in ("claims", "articles"):
        if name in data and not isinstance(data[name], list):
            raise ClaimsFileError(f'"{name}" must be a list, got {_type_name(data[name])}')
    _read_dates(data.get("articles", []))
    try:
        claims_file = ClaimsFile.model_validate(data)
    except ValidationError as exc:
        raise ClaimsFileError(_first_error(exc, data)) from None
    _check_ids(claims_file)
    return _with_ids(claims_file)


# Levels of nesting read: a claims file, or a report of this tool, is a few levels deep. Much deeper
# JSON could not be written back into a report (its claims keep their extra fields); the reading from
# bytes (pydantic's) stops at about this depth too.
MAX_DEPTH = 200
_TOO_DEEP = f"JSON nested more than {MAX_DEPTH} levels deep: a claims file is a few levels deep"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _sound(data):
    """The JSON's values as they can be compared and written again: no deeper than MAX_DEPTH, and
    each lone surrogate ("\\ud800", half of a character, which JSON may escape but no text holds)
    replaced by U+FFFD, as a decoder replaces a broken character."""
    if type(data) is str:
        return _LONE_SURROGATE.sub("\ufffd", data)
    pending = [(data, 1)] if type(data) in (list, dict) else []
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ClaimsFileError(_TOO_DEEP)
        if type(value) is dict and any(map(_LONE_SURROGATE.search, value)):
            items = [(_LONE_SURROGATE.sub("\ufffd", key), item) for key, item in value.items()]
            value.clear()
            value.update(items)
        for key, item in enumerate(value) if type(value) is list else value.items():
            if type(item) is str:
                if _LONE_SURROGATE.search(item):
                    value[key] = _LONE_SURROGATE.sub("\ufffd", item)
            elif type(item) in (list, dict):
                pending.append((item, depth + 1))
    return data


def publication_dates(claims_file: ClaimsFile) -> dict[str, datetime.date | None]:
    """Publication date per article id; articles that only claims mention have none."""
    dates: dict[str, datetime.date | None] = {a.id: a.published for a in claims_file.articles}
    for claim in claims_file.claims:
        dates.setdefault(claim.article, None)
    return dates


def _read_dates(articles: list) -> None:
    for n, entry in enumerate(articles):
        if isinstance(entry, dict) and isinstance(entry.get("published"), str):
            entry["published"] = _date_text(entry["published"], f"articles[{n}].published")


def _date_text(value: str, where: str) -> str:
    """Accept "2016-10-25", "2016-10-25T00:00:00" and "2016-10-25 00:00:00"; reject anything else here,
    so the message can say what a date should look like."""
    head = value.strip()[:10]
    try:
        datetime.date.fromisoformat(head)
    except ValueError:
        if not value.strip():
            return value
        raise ClaimsFileError(f"{where}: {_shown(value)} is not a date (expected YYYY-MM-DD)") from None
    return head


def _first_error(exc: ValidationError, data: dict) -> str:
    error = exc.errors()[0]
    location = list(error["loc"])
    where = _where(location)
    if error["type"] == "missing":
        parent, name = _where(location[:-1]), location[-1]
        return f"{parent}: missing '{name}'" if parent else f"missing '{name}'"
    if error["type"] in ("model_type", "dict_type"):
        return f"{where}: expected an object, got {_type_name(_lookup(data, location))}"
    if error["type"] == "string_type":
        return f"{where}: expected text, got {_type_name(_lookup(data, location))}"
    return f"{where}: {error['msg']}"


def _where(location: list) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _lookup(data, location: list):
    for part in location:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _shown(value: str, most: int = 60) -> str:
    """A value as a message quotes it: a whole page given as an id is not repeated whole."""
    return repr(value) if len(value) <= most else repr(value[:most]) + "…"


def _type_name(value) -> str:
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number", bool: "true/false",
            type(None): "null"}.get(type(value), type(value).__name__)


def _check_ids(claims_file: ClaimsFile) -> None:
    for n, article in enumerate(claims_file.articles):
        if not article.id.strip():
            raise ClaimsFileError(f"articles[{n}].id is empty")
    repeated = [k for k, count in Counter(a.id for a in claims_file.articles).items() if count > 1]
    if repeated:
        raise ClaimsFileError(f"article {_shown(repeated[0])} is listed twice in articles")
    if not _plainly_valid(claims_file.claims):
        _check_claims(claims_file.claims)


def _plainly_valid(claims: list[Claim]) -> bool:
    """Every claim has an article and a statement and no id repeats: the usual case, told quickly; only
    a file that fails this is looked through claim by claim for the first problem."""
    given = [claim_id for claim_id in map(attrgetter("id"), claims) if claim_id]
    return (all(map(str.strip, map(attrgetter("article"), claims)))
            and all(map(str.strip, map(attrgetter("statement"), claims)))
            and len(set(given)) == len(given))


def _check_claims(claims: list[Claim]) -> None:
    seen: dict[str, int] = {}
    for n, claim in enumerate(claims):
        if not claim.article.strip():
            raise ClaimsFileError(f"claims[{n}].article is empty")
        if not claim.statement.strip() and not (claim.quote or "").strip():
            raise ClaimsFileError(f"claims[{n}].statement is empty")
        if claim.id:
            if claim.id in seen:
                raise ClaimsFileError(f"claims[{n}].id {_shown(claim.id)} repeats claims[{seen[claim.id]}]")
            seen[claim.id] = n


def _with_ids(claims_file: ClaimsFile) -> ClaimsFile:
    """Claims without an id get "<article>-<n>", numbered within their article, never clashing."""
    if all(map(attrgetter("id"), claims_file.claims)):
        return claims_file
    taken = {c.id for c in claims_file.claims if c.id}
    counters: Counter[str] = Counter()
    for claim in claims_file.claims:
        counters[claim.article] += 1
        if not claim.id:
            candidate = f"{claim.article}-{counters[claim.article]}"
            while candidate in taken:
                counters[claim.article] += 1
                candidate = f"{claim.article}-{counters[claim.article]}"
            claim.id = candidate
            taken.add(candidate)
    return claims_file
