"""Extract: article → claims. The only stage that asks a model, and it does so through `checker.extract.llm`.

The article is cut into requests: one for the whole article (capable models), where the model points
at sentences by number and names speaker, role, statement, date, place and event; or one a sentence
(small models), where it names only speaker, role and event, and Python reads the rest from the
sentence. Python takes the quote verbatim from the numbered sentence, so every quote is in the
article by construction, and reads alone the sentences whose speaker it knows (`units.asks_the_model`).
Each request is looked up in the recordings first and recorded after.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from checker.extract.gate import AttemptBudget, RequestGate
from checker.extract.llm.errors import FatalLLMError, LLMError
from checker.extract.llm.schemas import SCHEMA_VERSION, ClaimDraft, read_answer
from checker.models import Article, ExtractionResult
from checker.extract.prompts import load_prompt
from checker.extract.recordings import Mode, Recording, RecordingStore
from checker.settings import Settings
from checker.extract.speakers import complete_speakers
from checker.extract.units import (Sentence, Unit, drafts_of, has_figure, plan_units, python_draft, request_shape, sentences_of,
                           to_claims)

if TYPE_CHECKING:
    from checker.extract.llm.batch import BatchRunner
    from checker.extract.llm.client import LLM

HOW_TO_CONFIGURE_MODEL = ("OPENAI_API_KEY set (and OPENAI_BASE_URL and CHECKER_MODEL for another OpenAI-compatible "
                          "server, e.g. a local one)")


class Extractor:
    """Turns articles into claims, replaying recordings and asking `llm` for what is missing."""

    def __init__(
        self,
        settings: Settings,
        store: RecordingStore,
        llm: LLM | None,
        mode: Mode = Mode.DEFAULT,
        batch: BatchRunner | None = None,
    ):
        self.settings = settings
        self.store = store
        self.llm = llm
        self.mode = mode
        self.batch = batch if llm is not None else None
        self.batched: dict[str, Recording] = {}  # answered through the Batch API in this run
        self.batch_errors: dict[str, str] = {}
        self.prompt = load_prompt("extract")
        # Recordings of one model only when the user named a model; otherwise any model's recordings.
        self.replay_model = settings.model
        self.fatal: str | None = None  # set once the model refused us for good (bad key, unknown model)

    def _replay_plan(self, article: Article) -> tuple[list[Unit], dict[str, Recording]]:
        """Units and the recordings found for them. When no model can be asked, a complete set of
        recordings made with another request shape is used rather than failing."""
        shape = request_shape(self.settings)
        shapes = [shape]
        if self.llm is None or self.mode is Mode.OFFLINE:
            shapes += [s for s in (1, 0) if s != shape]
        best: tuple[list[Unit], dict[str, Recording]] | None = None
        for candidate in shapes:
            units = plan_units(article, candidate, self.prompt)
            found = {}
            if self.mode is not Mode.REFRESH:
                found = {u.key: r for u in units if (r := self.store.find(u.key, self.replay_model))}
            if best is None or len(found) > len(best[1]):
                best = (units, found)
            if len(found) == len(units):
                break
        return best

    def extract(self, article: Article) -> ExtractionResult:
        """One article, synchronously (the pipeline extracts many at once with `extract_many`)."""
        return asyncio.run(self.extract_many([article]))[0]

    async def extract_many(
        self, articles: list[Article], on_result: Callable[[Article, ExtractionResult], None] | None = None,
        on_requests: Callable[[int, int], None] | None = None,
    ) -> list[ExtractionResult]:
        """All articles, with at most `concurrency` requests in flight across them and at most
        `requests_per_minute` started per minute. Each answer is recorded the moment it arrives.
        `on_requests(in_flight, started)` hears of each request to the model as it starts and ends."""
        gate = RequestGate(self.settings.concurrency, self.settings.requests_per_minute, on_requests)
        if self.batch is not None:
            await asyncio.to_thread(self._run_batch, articles)

        async def one(article: Article) -> ExtractionResult:
            result = await self._extract(article, gate)
            if on_result:
                on_result(article, result)
            return result

        try:
            return list(await asyncio.gather(*(one(a) for a in articles)))
        finally:
            if self.llm is not None:
                await self.llm.close()

    async def _extract(self, article: Article, gate: RequestGate) -> ExtractionResult:
        started = time.monotonic()
        result = ExtractionResult(article=article.id, prompt_version=self.prompt.version)
        units, recordings = self._replay_plan(article)
        batched = {u.key: self.batched[u.key] for u in units if u.key in self.batched}
        recordings |= batched
        missing = [u for u in units if u.key not in recordings]
        if missing and self.fatal:
            result.warnings.append(f"not extracted: {self.fatal}")
            return result
        if self.batch is not None:
            # What the batch did not answer stays missing; a rerun resumes or asks for it again.
            result.warnings += [f"sentence {u.sentences[0].number}: {self.batch_errors.get(u.key, 'not answered in the batch')}" for u in missing]
            recordings |= {u.key: self._unanswered(article, u) for u in missing}
            missing = []
        if missing and self.mode is Mode.OFFLINE:
            result.warnings.append(
                f"no recording for {len(missing)} of {len(units)} requests of this article, "
                f"and --offline forbids calling a model. To extract it, run without --offline, with a model "
                f"configured: {HOW_TO_CONFIGURE_MODEL}."
            )
            return result
        if missing and self.llm is None:
            result.warnings.append(f"no recording for this article and no model configured. To extract it, "
                                   f"run with {HOW_TO_CONFIGURE_MODEL}.")
            return result
        try:
            budget = AttemptBudget(self.settings.max_attempts_per_article)
            asked = await asyncio.gather(*(self._ask(article, unit, gate, budget) for unit in missing))
        except FatalLLMError as exc:
            self.fatal = self.fatal or str(exc)
            result.warnings.append(f"not extracted: {self.fatal}")
            return result
        result.llm_calls = len(asked) + len(batched)
        result.replayed = len(units) - len(missing) - len(batched)
        recordings |= {r.key: r for r in asked}
        spent_now = {r.key for r in asked} | set(batched)

        drafts: list[tuple[Sentence, ClaimDraft]] = []
        failures: list[str] = []
        answered: set[int] = set()  # sentences of the requests that have an answer
        models = set()
        for unit in units:
            recording = recordings[unit.key]
            models.add(recording.model)
            result.attempts += recording.attempts
            result.salvaged += len(recording.salvaged)
            if unit.key in spent_now:
                result.usage += recording.usage
            else:  # answered from a recording: those tokens were spent by an earlier run
                result.recorded_usage += recording.usage
            if recording.parsed is None:
                failures.append(f"sentence {unit.sentences[0].number}: {recording.error}")
                continue
            drafts += drafts_of(unit, recording.parsed)
            answered.update(s.number for s in unit.sentences)
        if answered or not units:  # not when every request failed: the article failed
            drafts += self._read_in_python(article, units, answered, drafts)

        result.claims = complete_speakers(to_claims(article, drafts), article.text)
        result.model = ", ".join(sorted(models)) or None
        if failures:
            result.warnings.append(f"{len(failures)} of {len(units)} requests gave no valid answer: " + "; ".join(failures[:3]))
        result.seconds = round(time.monotonic() - started, 3)
        return result

    @staticmethod
    def _read_in_python(article: Article, units: list[Unit], answered: set[int],
                        drafts: list[tuple[Sentence, ClaimDraft]]) -> list[tuple[Sentence, ClaimDraft]]:
        """Claims of the sentences the gate did not ask about, and of those with a figure that an answer
        about several sentences left out: a figure-bearing sentence is always a claim."""
        asked = {s.number for unit in units for s in unit.sentences}
        claimed = {s.number for s, _ in drafts}
        return [python_draft(s) for s in sentences_of(article)
                if s.number not in asked or (s.number in answered and s.number not in claimed and has_figure(s.text))]

    async def _ask(self, article: Article, unit: Unit, gate: RequestGate, budget: AttemptBudget) -> Recording:
        assert self.llm is not None
        async with gate:
            if self.fatal:
                raise FatalLLMError(self.fatal)
            if budget.left <= 0:
                recording = self._recording(article, unit, unit.messages, {})
                recording.error = f"not asked: this article used up its {budget.limit} attempts (CHECKER_MAX_ATTEMPTS_PER_ARTICLE)"
                return recording
            try:
                exchange = await self.llm.ask(
                    unit.messages, unit.response_model, unit.validation_context(article), max_attempts=budget.left
                )
            except FatalLLMError as exc:
                self.fatal = self.fatal or str(exc)  # before the gate lets the next request through
                raise
            budget.used += exchange.attempts
        if exchange.messages != unit.messages:  # the key names the messages planned: file no other request under it
            exchange.parsed, exchange.transient = None, True
            exchange.error = "the messages sent were not the messages planned; not recorded"
        recording = self._recording(article, unit, exchange.messages, exchange.response_format)
        recording.raw_responses = exchange.raw_responses
        recording.parsed = exchange.parsed.model_dump(mode="json") if exchange.parsed is not None else None
        recording.error = exchange.error if exchange.parsed is None else None
        recording.salvaged = exchange.salvaged
        recording.usage, recording.attempts, recording.seconds = exchange.usage, exchange.attempts, exchange.seconds
        # Transport failures are not recorded: a rerun should ask again. A model's invalid answers are.
        # Saved (and synced to disk) off the event loop, which meanwhile serves the other requests.
        if not exchange.transient:
            await asyncio.to_thread(self.store.save, recording)
        return recording

    def _recording(self, article: Article, unit: Unit, messages: list[dict], response_format: dict) -> Recording:
        return Recording(
            key=unit.key,
            model=self.llm.model if self.llm else "none",
            prompt_version=self.prompt.version,
            schema_version=SCHEMA_VERSION,
            article=article.id,
            request={"messages": messages, "response_format": response_format, "temperature": 0},
        )

    def _unanswered(self, article: Article, unit: Unit) -> Recording:
        recording = self._recording(article, unit, unit.messages, {})
        recording.error = self.batch_errors.get(unit.key, "not answered in the batch")
        return recording

    def _run_batch(self, articles: list[Article]) -> None:
        """Ask for every missing request of every article in one batch, and record the answers."""
        assert self.batch is not None and self.llm is not None
        from checker.extract.llm.batch import BatchRequest
        pending: dict[str, tuple[Article, Unit, BatchRequest]] = {}
        for article in articles:
            units, found = self._replay_plan(article)
            for unit in units:
                if unit.key in found or unit.key in pending:
                    continue
                response_format = self.llm.response_format(unit.response_model)
                pending[unit.key] = (article, unit, BatchRequest(unit.key, unit.messages, response_format))
        try:
            answers = self.batch.run([request for _, _, request in pending.values()])
        except FatalLLMError as exc:
            self.fatal = str(exc)
            return
        except LLMError as exc:
            self.batch_errors = {key: str(exc) for key in pending}
            return
        for key, (article, unit, request) in pending.items():
            answer = answers.get(key)
            if answer is None or answer.content is None:
                self.batch_errors[key] = answer.error if answer and answer.error else "not answered in the batch"
                continue
            recording = self._recording(article, unit, request.messages, request.response_format)
            recording.raw_responses, recording.usage, recording.attempts = [answer.content], answer.usage, 1
            notes: list[str] = []
            parsed, problem = read_answer(answer.content, unit.response_model, {**unit.validation_context(article), "salvaged": notes})
            if parsed is None:
                recording.error = f"no valid answer: {problem}"
            else:
                recording.salvaged = notes
                recording.parsed = parsed.model_dump(mode="json")
            self.store.save(recording)
            self.batched[key] = recording
