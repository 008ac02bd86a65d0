"""The one place that talks to a model: an explicitly built openai client.

Transport failures (429 honouring Retry-After, 5xx, time-outs, dropped connections) are retried by
tenacity with backoff. An answer is salvaged in Python (`schemas.read_answer`); only one with nothing
to salvage (not a JSON object) is asked again, with what was wrong, and never once the model has
repeated an answer: at temperature 0 it would only repeat it again. Both are bounded, and every
attempt's raw answer and token usage is kept for the recording.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import openai
from openai import AsyncOpenAI
from pydantic import BaseModel
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from checker.llm.errors import FatalLLMError
from checker.llm.schemas import read_answer
from checker.models import Usage
from checker.settings import Settings

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 60.0
REASK = "Your answer could not be used: {problem}. Answer again with one JSON object only."


@dataclass
class Exchange:
    messages: list[dict[str, Any]]
    response_format: dict[str, Any]
    parsed: BaseModel | None = None
    raw_responses: list[str] = field(default_factory=list)
    salvaged: list[str] = field(default_factory=list)  # what Python fixed or dropped in the answer kept
    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    seconds: float = 0.0
    error: str | None = None
    transient: bool = False  # failed on transport (not on the model's answers): worth asking again later


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
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
        # The openai package loads its resource modules on first use (over a second): pay that once
        # here rather than inside the first requests' time.
        AsyncOpenAI(api_key="warm-up", base_url="http://127.0.0.1:9/v1").chat.completions.create  # noqa: B018

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
        """One request: transport retries, and a re-ask when an answer has nothing to salvage. Safe to
        run many at once. `context` holds the request's numbered sentences and the article."""
        exchange = Exchange(messages=messages, response_format=self.response_format(response_model))
        limit = max_attempts or 1_000_000
        started = time.monotonic()
        sent = list(messages)
        try:
            for _ in range(self.settings.validation_retries + 1):
                content, cut_short = await self._complete(sent, exchange, limit)
                notes: list[str] = []
                exchange.parsed, problem = read_answer(content, response_model, {**context, "salvaged": notes}, cut_short)
                if exchange.parsed is not None:
                    exchange.salvaged, exchange.error = notes, None
                    break
                exchange.error = f"no valid answer after {exchange.attempts} attempts: {problem}"
                if content in exchange.raw_responses[:-1] or exchange.attempts >= limit:
                    break  # the model repeats itself: asking again would only repeat it
                sent = [*sent, {"role": "assistant", "content": content}, {"role": "user", "content": REASK.format(problem=problem)}]
        except openai.APIStatusError as exc:
            fatal = _fatal_message(exc, self.settings)
            if fatal:
                raise FatalLLMError(fatal) from None
            exchange.error = f"the model server answered HTTP {exc.status_code} ({exchange.attempts} attempts)"
            exchange.transient = True
        except openai.APITimeoutError:
            exchange.error = f"the model server did not answer within {self.settings.timeout:g} s ({exchange.attempts} attempts)"
            exchange.transient = True
        except openai.APIConnectionError:
            exchange.error = f"could not connect to the model server ({exchange.attempts} attempts)"
            exchange.transient = True
        finally:
            exchange.seconds = round(time.monotonic() - started, 3)
        return exchange

    async def _complete(self, messages: list[dict[str, Any]], exchange: Exchange, limit: int) -> tuple[str, bool]:
        """One answer's text, and whether the output cap cut it short; transport failures retried."""
        async for attempt in AsyncRetrying(
            retry=retry_if_exception(_is_transient),
            stop=stop_after_attempt(max(1, min(self.settings.max_retries + 1, limit - exchange.attempts))),
            wait=_wait,
            reraise=True,
        ):
            with attempt:
                exchange.attempts += 1
                response = await self._client().chat.completions.create(
                    model=self.model,
                    messages=messages,
                    temperature=0,
                    max_tokens=self.settings.max_output_tokens,
                    extra_body={"response_format": exchange.response_format},
                )
        choice = response.choices[0] if response.choices else None
        content = (choice.message.content or "") if choice else ""
        exchange.raw_responses.append(content)
        if response.usage:
            exchange.usage += Usage(
                prompt_tokens=response.usage.prompt_tokens or 0,
                completion_tokens=response.usage.completion_tokens or 0,
            )
        return content, bool(choice and choice.finish_reason == "length")
