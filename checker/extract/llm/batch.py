"""Batch mode: many extraction requests through the OpenAI Batch API (half the price, answers within
24 hours). Upload one JSONL file, create the batch, poll, download the answers.

The batch id is saved beside the recordings the moment the batch is created, so a run interrupted
while waiting resumes polling the same batch instead of paying for a new one.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai
from openai import OpenAI

from checker.extract.llm.client import _fatal_message
from checker.extract.llm.errors import FatalLLMError, LLMError
from checker.models import Usage
from checker.settings import Settings

ENDPOINT = "/v1/chat/completions"
DONE = {"completed", "failed", "expired", "cancelled"}


@dataclass
class BatchRequest:
    custom_id: str  # the recording key
    messages: list[dict[str, Any]]
    response_format: dict[str, Any]


@dataclass
class BatchAnswer:
    custom_id: str
    content: str | None  # the model's raw message content
    usage: Usage
    error: str | None = None


class BatchRunner:
    def __init__(self, settings: Settings, state_dir: Path, poll_seconds: float | None = None):
        self.settings = settings
        self.state_dir = Path(state_dir)
        self.poll_seconds = settings.batch_poll_seconds if poll_seconds is None else poll_seconds
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
        self.client = OpenAI(
            base_url=settings.openai_base_url, api_key=key, timeout=settings.timeout, max_retries=settings.max_retries
        )

    def _state_path(self, requests: list[BatchRequest]) -> Path:
        ids = "\n".join(sorted(r.custom_id for r in requests))
        return self.state_dir / f"batch-{hashlib.sha256(ids.encode()).hexdigest()[:24]}.json"

    def _line(self, request: BatchRequest) -> str:
        body = {
            "model": self.settings.model_name,
            "messages": request.messages,
            "temperature": 0,
            "max_tokens": self.settings.max_output_tokens,
            "response_format": request.response_format,
        }
        return json.dumps({"custom_id": request.custom_id, "method": "POST", "url": ENDPOINT, "body": body}, ensure_ascii=False)

    def run(self, requests: list[BatchRequest], on_status=None) -> dict[str, BatchAnswer]:
        """Answers by custom id. Requests missing from the output (the batch failed or expired for
        them) are absent, so a later run asks for them again."""
        if not requests:
            return {}
        state_path = self._state_path(requests)
        try:
            batch_id = self._resume_or_create(requests, state_path)
            batch = self._wait(batch_id, on_status)
        except openai.APIStatusError as exc:
            fatal = _fatal_message(exc, self.settings)
            if fatal:
                raise FatalLLMError(fatal) from None
            raise LLMError(f"the batch API answered HTTP {exc.status_code}") from None
        except (openai.APITimeoutError, openai.APIConnectionError):
            raise LLMError("could not reach the batch API; rerun to resume the same batch") from None
        answers = {}
        if batch.output_file_id:
            for line in self.client.files.content(batch.output_file_id).text.splitlines():
                if line.strip():
                    answer = _answer(json.loads(line))
                    answers[answer.custom_id] = answer
        state_path.unlink(missing_ok=True)
        return answers

    def _resume_or_create(self, requests: list[BatchRequest], state_path: Path) -> str:
        if state_path.is_file():
            state = json.loads(state_path.read_text(encoding="utf-8"))
            batch = self.client.batches.retrieve(state["batch_id"])
            if batch.status not in {"failed", "expired", "cancelled"}:
                return batch.id
        data = "\n".join(self._line(r) for r in requests) + "\n"
        uploaded = self.client.files.create(file=("checker-batch.jsonl", data.encode("utf-8")), purpose="batch")
        batch = self.client.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h")
        self.state_dir.mkdir(parents=True, exist_ok=True)
        tmp = state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"batch_id": batch.id, "input_file_id": uploaded.id, "requests": len(requests)}), encoding="utf-8")
        os.replace(tmp, state_path)
        return batch.id

    def _wait(self, batch_id: str, on_status=None):
        while True:
            batch = self.client.batches.retrieve(batch_id)
            if on_status:
                on_status(batch.status, batch.request_counts)
            if batch.status in DONE:
                return batch
            time.sleep(self.poll_seconds)


def _answer(line: dict[str, Any]) -> BatchAnswer:
    custom_id = line.get("custom_id", "")
    response = line.get("response") or {}
    body = response.get("body") or {}
    if line.get("error") or response.get("status_code", 200) >= 400:
        message = (line.get("error") or body.get("error") or {}).get("message", "failed in the batch")
        return BatchAnswer(custom_id, None, Usage(), error=str(message))
    usage = body.get("usage") or {}
    choices = body.get("choices") or [{}]
    content = (choices[0].get("message") or {}).get("content")
    return BatchAnswer(
        custom_id,
        content,
        Usage(prompt_tokens=usage.get("prompt_tokens") or 0, completion_tokens=usage.get("completion_tokens") or 0),
    )
