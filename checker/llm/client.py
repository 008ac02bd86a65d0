"""The one place that talks to a model: an explicitly built openai client wrapped by instructor.

Transport failures (429 honouring Retry-After, 5xx, time-outs, dropped connections) are retried by
tenacity with backoff; invalid answers are re-asked by instructor with the validation error. Both are
bounded, and every attempt's raw answer and token usage is kept for the recording.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import instructor
import openai
from instructor.core.exceptions import InstructorRetryException
from openai import AsyncOpenAI
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from checker.llm.errors import FatalLLMError
from checker.llm.schemas import ANSWER_CONTEXT
from checker.models import Usage
from checker.settings import Settings

log = logging.getLogger(__name__)
# instructor logs every failed attempt at ERROR; attempts are counted and reported by us instead.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

MAX_BACKOFF_SECONDS = 60.0


@dataclass
class Exchange:
    messages: list[dict[str, Any]]
    response_format: dict[str, Any]
    parsed: BaseModel | None = None
    raw_responses: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    seconds: float = 0.0
    error: str | None = None
    transient: bool = False  # failed on transport (not on the model's answers): worth asking again later


def _root(exc: BaseException) -> BaseException:
    """instructor wraps transport errors in its retry exception; look through it."""
    if isinstance(exc, InstructorRetryException) and isinstance(exc.__cause__, openai.OpenAIError):
        return exc.__cause__
    return exc


def _is_transient(exc: BaseException) -> bool:
    exc = _root(exc)
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def _wait(state: RetryCallState) -> float:
    exc = _root(state.outcome.exception()) if state.outcome else None
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
        # The openai package loads its resource modules on first use (over a second), and instructor
        # its provider modules when a client is first wrapped (half a second more): pay that once here
        # rather than inside the first requests' time.
        instructor.from_openai(AsyncOpenAI(api_key="warm-up", base_url="http://127.0.0.1:9/v1"), mode=instructor.Mode.JSON)

    def _client(self) -> AsyncOpenAI:
        """The async client of the running event loop (its connections belong to that loop)."""
        loop = asyncio.get_running_loop()
        if self._openai is None or self._loop is not loop:
            key = self.settings.openai_api_key.get_secret_value() if self.settings.openai_api_key else "not-needed"
            self._openai = AsyncOpenAI(
                base_url=self.settings.openai_base_url,
                api_key=key,
                timeout=self.settings.timeout,
                max_retries=0,  # tenacity owns transport retries, so attempts are counted in one place
            )
            self._loop = loop
        return self._openai

    async def close(self) -> None:
        """Closes the client of the running event loop, while that loop can still close its
        connections (left open, they are closed when collected, on a loop that has ended: an error
        printed for each)."""
        if self._openai is not None and self._loop is asyncio.get_running_loop():
            client, self._openai, self._loop = self._openai, None, None
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
        """One request: transport retries around instructor's validation re-asks. Safe to run many at
        once: each call has its own instructor wrapper, so its hooks see only its own attempts."""
        exchange = Exchange(messages=messages, response_format=self.response_format(response_model))
        started = time.monotonic()
        client = instructor.from_openai(self._client(), mode=instructor.Mode.JSON)

        def on_response(response) -> None:
            exchange.attempts += 1
            choice = response.choices[0] if response.choices else None
            exchange.raw_responses.append((choice.message.content or "") if choice else "")
            if response.usage:
                exchange.usage += Usage(
                    prompt_tokens=response.usage.prompt_tokens or 0,
                    completion_tokens=response.usage.completion_tokens or 0,
                )

        def on_error(_exc) -> None:
            exchange.attempts += 1

        client.on("completion:response", on_response)
        client.on("completion:error", on_error)
        answer_context = ANSWER_CONTEXT.set(context)  # this task's, so requests in flight each see their own
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception(_is_transient),
                stop=stop_after_attempt(min(self.settings.max_retries + 1, max_attempts or 1_000_000)),
                wait=_wait,
                reraise=True,
            ):
                with attempt:
                    exchange.parsed = await client.chat.completions.create(
                        model=self.model,
                        messages=messages,
                        response_model=response_model,
                        max_retries=min(self.settings.validation_retries, max(0, (max_attempts or 1_000_000) - 1)),
                        temperature=0,
                        max_tokens=self.settings.max_output_tokens,
                        extra_body={"response_format": exchange.response_format},
                    )
        except Exception as raised:
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
            elif isinstance(exc, InstructorRetryException):
                exchange.error = f"no valid answer after {exchange.attempts} attempts: {_invalid_because(exc)}"
            else:  # an answer the library could not even parse
                exchange.error = f"{type(exc).__name__}: {_last_line(exc)}"
        finally:
            ANSWER_CONTEXT.reset(answer_context)
            exchange.seconds = round(time.monotonic() - started, 3)
        return exchange


def _invalid_because(exc: InstructorRetryException) -> str:
    """What was wrong with the last answer, in a line: the fields that did not validate, or that it
    was not JSON. (The exception's own text is an XML-like dump of every attempt.)"""
    attempts = getattr(exc, "failed_attempts", None)  # instructor ≥ 1.11
    last = attempts[-1].exception if attempts else exc.__cause__
    if isinstance(last, ValidationError):
        problems = []
        for problem in last.errors(include_url=False)[:2]:
            message = problem["msg"].removeprefix("Value error, ")
            if problem["type"] == "json_invalid":
                message = f"the answer is not JSON ({message.removeprefix('Invalid JSON: ')})"
            where = ".".join(map(str, problem["loc"]))
            problems.append(f"{where}: {message}" if where else message)
        more = last.error_count() - len(problems)
        return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")
    return _last_line(last if last is not None else exc)


def _last_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1][:300] if text else type(exc).__name__
