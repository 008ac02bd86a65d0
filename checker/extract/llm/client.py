"""The one place that talks to a model: an explicitly built openai client wrapped by instructor.

instructor sends the request, validates the answer against the response model and re-asks with what was
wrong. One tenacity policy, given to instructor as its retrying, bounds both: transport failures (429
honouring Retry-After, 5xx, time-outs, dropped connections) are retried with backoff; an invalid answer
is re-asked only when Python has nothing to salvage in it (`schemas.read_answer` reads past text around
the JSON and an answer cut short by the output cap), and never once the model has repeated an answer: at
temperature 0 it would only repeat it again. When instructor gives up, the salvaged answer is kept.
instructor's hooks collect every attempt's raw answer and token usage, and the messages sent.

instructor runs in its JSON_SCHEMA mode, which sends the messages as the prompt renders them (recording
keys hash those: the request recorded is the request sent) and asks for the schema in `response_format`,
set here from CHECKER_RESPONSE_FORMAT (plain JSON mode, or llama.cpp's schema-constrained decoding).
Its JSON mode would append an instruction and the indented schema to every system text: on the seeds,
with the local 1.5B model, that doubled the prompt tokens (12,441 → 22,094) and left more speakers
unnamed (11 → 19 of 74 claims).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException, ResponseParsingError
from instructor.core.hooks import Hooks
from openai import AsyncOpenAI
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState

from checker.extract.llm.errors import FatalLLMError
from checker.extract.llm.schemas import ANSWER_CONTEXT, read_answer
from checker.models import Usage
from checker.settings import Settings

log = logging.getLogger(__name__)
# instructor logs every failed attempt at ERROR; attempts are counted and reported by us instead.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

MODE = instructor.Mode.JSON_SCHEMA
MAX_BACKOFF_SECONDS = 60.0
_INVALID_ANSWER = (ValidationError, json.JSONDecodeError, ResponseParsingError, IncompleteOutputException)


@dataclass
class Exchange:
    messages: list[dict[str, Any]]  # as sent on the first attempt (instructor's schema text included)
    response_format: dict[str, Any]
    parsed: BaseModel | None = None
    raw_responses: list[str] = field(default_factory=list)
    salvaged: list[str] = field(default_factory=list)  # what Python fixed or dropped in the answer kept
    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    seconds: float = 0.0
    error: str | None = None
    transient: bool = False  # failed on transport (not on the model's answers): worth asking again later
    cut_short: bool = False  # the last answer was cut short by the output cap
    failed_in_a_row: int = 0  # transport failures since the last answer
    problem: str | None = None  # why the last answer has nothing to salvage


def _root(exc: BaseException) -> BaseException:
    """instructor wraps what ended its attempts in its retry exception; look through it."""
    if isinstance(exc, InstructorRetryException) and exc.__cause__ is not None:
        return exc.__cause__
    return exc


def _is_transient(exc: BaseException | None) -> bool:
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    if not _is_transient(exc):
        return 0.0  # a re-ask goes at once
    if isinstance(exc, openai.APIStatusError):
        retry_after = exc.response.headers.get("retry-after")
        try:
            if retry_after is not None:
                return min(float(retry_after), MAX_BACKOFF_SECONDS)
        except ValueError:
            pass
    return min(0.5 * 2 ** (state.attempt_number - 1), MAX_BACKOFF_SECONDS)


def _fatal_message(exc: openai.APIStatusError, settings: Settings) -> str | None:
    where = settings.openai_base_url or "the OpenAI API"
    if exc.status_code == 401:
        return f"{where} refused the API key (401). Check OPENAI_API_KEY."
    if exc.status_code == 403:
        return f"{where} denied access (403). Check OPENAI_API_KEY and the account's permissions."
    if exc.status_code == 404:
        return (
            f"{where} does not know model {settings.model_name!r} or the endpoint (404). "
            "Check CHECKER_MODEL and OPENAI_BASE_URL (it usually ends in /v1)."
        )
    return None


class LLM:
    """A configured model endpoint. Build it only when a model is configured."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._openai: AsyncOpenAI | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._instructor: instructor.AsyncInstructor | None = None
        # The openai package loads its resource modules on first use (over a second), and instructor
        # its provider modules when a client is first wrapped: pay that once here rather than inside
        # the first requests' time.
        instructor.from_openai(AsyncOpenAI(api_key="warm-up", base_url="http://127.0.0.1:9/v1"), mode=MODE)

    def _client(self) -> instructor.AsyncInstructor:
        """The client of the running event loop (its connections belong to that loop)."""
        loop = asyncio.get_running_loop()
        if self._openai is None or self._loop is not loop:
            key = self.settings.openai_api_key.get_secret_value() if self.settings.openai_api_key else "not-needed"
            self._openai = AsyncOpenAI(
                base_url=self.settings.openai_base_url,
                api_key=key,
                timeout=self.settings.timeout,
                max_retries=0,  # tenacity owns transport retries, so attempts are counted in one place
            )
            self._instructor = instructor.from_openai(self._openai, mode=MODE)
            self._loop = loop
        return self._instructor

    async def close(self) -> None:
        """Closes the client of the running event loop, while that loop can still close its
        connections (left open, they are closed when collected, on a loop that has ended: an error
        printed for each)."""
        if self._openai is not None and self._loop is asyncio.get_running_loop():
            client, self._openai, self._instructor, self._loop = self._openai, None, None, None
            await client.close()

    @property
    def model(self) -> str:
        return self.settings.model_name

    def response_format(self, response_model: type[BaseModel]) -> dict[str, Any]:
        if self.settings.response_format == "json_object_schema":
            # llama.cpp-style servers constrain decoding to this schema.
            return {"type": "json_object", "schema": response_model.model_json_schema()}
        return {"type": "json_object"}

    async def ask(
        self,
        messages: list[dict[str, Any]],
        response_model: type[BaseModel],
        context: dict,
        max_attempts: int | None = None,
    ) -> Exchange:
        """One request: instructor's validation re-asks and transport retries, under one policy. Safe to
        run many at once: each call has its own hooks and validation context. `context` holds the
        request's numbered sentences and the article."""
        exchange = Exchange(messages=messages, response_format=self.response_format(response_model))
        notes: list[str] = []
        answer_context = ANSWER_CONTEXT.set({**context, "salvaged": notes})  # this task's own
        started = time.monotonic()
        try:
            parsed, _ = await self._client().chat.completions.create_with_completion(
                model=self.model,
                messages=messages,
                response_model=response_model,
                max_retries=self._retrying(exchange, response_model, context, max_attempts or 1_000_000),
                hooks=self._hooks(exchange, notes),
                strict=False,  # validated as `read_answer` validates a salvaged answer
                temperature=0,
                max_tokens=self.settings.max_output_tokens,
                # In place of instructor's "json_schema" format: the one the server is said to understand.
                extra_body={"response_format": exchange.response_format},
            )
            exchange.parsed, exchange.salvaged = parsed, notes
        except (InstructorRetryException, IncompleteOutputException) as raised:
            exc = _root(raised)
            if isinstance(exc, openai.APIStatusError):
                fatal = _fatal_message(exc, self.settings)
                if fatal:
                    raise FatalLLMError(fatal) from None
                exchange.error = f"the model server answered HTTP {exc.status_code} ({exchange.attempts} attempts)"
                exchange.transient = True
            elif isinstance(exc, openai.APITimeoutError):
                exchange.error = f"the model server did not answer within {self.settings.timeout:g} s ({exchange.attempts} attempts)"
                exchange.transient = True
            elif isinstance(exc, openai.APIConnectionError):
                exchange.error = f"could not connect to the model server ({exchange.attempts} attempts)"
                exchange.transient = True
            elif exchange.parsed is None:
                exchange.error = f"no valid answer after {exchange.attempts} attempts: {exchange.problem or _last_line(exc)}"
        finally:
            ANSWER_CONTEXT.reset(answer_context)
            exchange.seconds = round(time.monotonic() - started, 3)
        return exchange

    @staticmethod
    def _hooks(exchange: Exchange, notes: list[str]) -> Hooks:
        """This request's hooks: the messages sent, every raw answer and its token usage."""
        hooks = Hooks()

        def on_kwargs(*_args, **kwargs) -> None:
            if exchange.attempts == 0:
                exchange.messages = [dict(m) for m in kwargs["messages"]]  # re-asks extend the list sent

        def on_response(response) -> None:
            exchange.attempts += 1
            exchange.failed_in_a_row = 0
            choice = response.choices[0] if response.choices else None
            exchange.raw_responses.append((choice.message.content or "") if choice else "")
            exchange.cut_short = bool(choice and choice.finish_reason == "length")
            notes.clear()  # what this answer's validation salvages
            if response.usage:
                exchange.usage += Usage(
                    prompt_tokens=response.usage.prompt_tokens or 0,
                    completion_tokens=response.usage.completion_tokens or 0,
                )

        def on_error(*_args, **_kwargs) -> None:
            exchange.attempts += 1
            exchange.failed_in_a_row += 1

        hooks.on("completion:kwargs", on_kwargs)
        hooks.on("completion:response", on_response)
        hooks.on("completion:error", on_error)
        return hooks

    def _retrying(self, exchange: Exchange, response_model: type[BaseModel], context: dict, limit: int) -> AsyncRetrying:
        """instructor's retrying: a transport failure is retried; an invalid answer is first salvaged in
        Python, and re-asked only when nothing can be, and not once the model has repeated itself."""

        def worth_another_attempt(state: RetryCallState) -> bool:
            exc = state.outcome.exception() if state.outcome else None
            if _is_transient(exc):
                return True
            if not isinstance(exc, _INVALID_ANSWER) or not exchange.raw_responses:
                return False
            last = exchange.raw_responses[-1]
            notes: list[str] = []
            exchange.parsed, exchange.problem = read_answer(last, response_model, {**context, "salvaged": notes}, exchange.cut_short)
            if exchange.parsed is not None:
                exchange.salvaged = notes
                return False  # salvaged: instructor gives up, and the salvaged answer is kept
            # An answer cut short is not asked again: instructor would send the same request (it adds no
            # correction), and it would be cut short again.
            repeated = last in exchange.raw_responses[:-1]
            return not (repeated or isinstance(exc, IncompleteOutputException))

        def stop(state: RetryCallState) -> bool:
            if exchange.attempts >= limit:
                return True
            if exchange.failed_in_a_row:
                return exchange.failed_in_a_row > self.settings.max_retries
            return len(exchange.raw_responses) > self.settings.validation_retries

        return AsyncRetrying(retry=worth_another_attempt, stop=stop, wait=_wait, reraise=True)


def _last_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[-1] if text else type(exc).__name__
