"""Batch mode against a FAKE server implementing the files and batches endpoints of the OpenAI API."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from checker.extract.extractor import Mode
from checker.pipeline import check
from checker.settings import Settings
from tests.fake_openai import FakeOpenAI, Reply, Request


class FakeBatchAPI:
    """Files and batches endpoints; every batch answers each request with `answer(body)`.
    `fail_polls` makes the first polls drop the connection (a run interrupted while waiting)."""

    def __init__(self, polls_before_done: int = 2, fail_polls: int = 0):
        self.files: dict[str, str] = {}
        self.batches: dict[str, dict] = {}
        self.polls_before_done = polls_before_done
        self.fail_polls = fail_polls
        self.polls = 0

    def answer(self, body: dict) -> str:
        user = body["messages"][-1]["content"]
        if "Geneva" in user:
            return json.dumps({"speaker": "the envoy", "statement": "Talks resume Monday.", "location": "Geneva"})
        return json.dumps({"speaker": None, "statement": "Talks resume.", "location": "Atlantis"})  # not in the text

    def __call__(self, request: Request) -> Reply:
        path = request.path
        if path.endswith("/files") and request.body is not None:
            raw = request.body if isinstance(request.body, str) else json.dumps(request.body)
            lines = [line for line in raw.splitlines() if line.startswith('{"custom_id"')]
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = "\n".join(lines)
            return Reply(body={"id": file_id, "object": "file", "bytes": len(raw), "created_at": int(time.time()),
                               "filename": "in.jsonl", "purpose": "batch", "status": "processed"})
        if path.endswith("/batches"):
            batch_id = f"batch_{len(self.batches) + 1}"
            self.batches[batch_id] = {"id": batch_id, "object": "batch", "endpoint": "/v1/chat/completions",
                                      "input_file_id": request.body["input_file_id"], "completion_window": "24h",
                                      "status": "validating", "created_at": int(time.time())}
            return Reply(body=self.batches[batch_id])
        if m := re.search(r"/batches/(batch_\d+)$", path):
            self.polls += 1
            if self.polls <= self.fail_polls:
                return Reply(drop=True)
            batch = self.batches[m.group(1)]
            if self.polls > self.fail_polls + self.polls_before_done:
                lines = [json.loads(line) for line in self.files[batch["input_file_id"]].splitlines()]
                out = "\n".join(json.dumps({
                    "id": f"resp-{i}", "custom_id": line["custom_id"], "error": None,
                    "response": {"status_code": 200, "body": {
                        "id": "c", "object": "chat.completion", "created": 0, "model": "fake",
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": self.answer(line["body"])}}],
                        "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60}}},
                }) for i, line in enumerate(lines))
                self.files[f"out-{batch['id']}"] = out
                batch |= {"status": "completed", "output_file_id": f"out-{batch['id']}"}
            else:
                batch["status"] = "in_progress"
            return Reply(body=batch)
        if m := re.search(r"/files/([\w-]+)/content$", path):
            return Reply(body=self.files[m.group(1)])
        return Reply(status=404, body={"error": {"message": f"no route {path}"}})


def write_articles(folder: Path) -> list[Path]:
    folder.mkdir()
    (folder / "a.txt").write_text("The envoy said talks would resume on Monday in Geneva after a long pause.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Officials said the talks would resume soon after the holiday break ended.\n", encoding="utf-8")
    return [folder]


def settings_for(fake: FakeOpenAI, fixtures: Path) -> Settings:
    return Settings(OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="sk-test-batch", CHECKER_MODEL="fake",
                    CHECKER_SENTENCES_PER_REQUEST=0, CHECKER_FIXTURES_DIR=str(fixtures),
                    CHECKER_BATCH_POLL_SECONDS=0.01, CHECKER_MAX_RETRIES=0)


def test_batch_extracts_records_and_a_later_run_replays(tmp_path):
    api = FakeBatchAPI()
    paths = write_articles(tmp_path / "articles")
    with FakeOpenAI(api) as fake:
        report = check(paths, settings_for(fake, tmp_path / "fx"), batch=True)
        assert not fake.chat_requests  # everything went through the batch
        uploads = [r for r in fake.requests if r.path.endswith("/files")]
        assert len(uploads) == 1 and len(api.batches) == 1
        sent = [json.loads(line) for line in api.files["file-1"].splitlines()]
        assert {line["url"] for line in sent} == {"/v1/chat/completions"}
        assert all(line["body"]["temperature"] == 0 for line in sent)

    articles = {a.id: a for a in report.articles}
    assert articles["a"].status == "ok" and articles["a"].llm_calls == 1 and articles["a"].tokens.prompt_tokens == 50
    claim_a = next(c for c in report.claims if c.article == "a")
    assert claim_a.location == "Geneva" and claim_a.speaker == "The envoy"  # as written in the article
    claim_b = next(c for c in report.claims if c.article == "b")
    assert claim_b.location is None  # "Atlantis" is not in the article: dropped, the claim kept
    assert len(list((tmp_path / "fx").glob("*.json"))) == 2

    replay = check(paths, Settings(CHECKER_FIXTURES_DIR=str(tmp_path / "fx")), Mode.OFFLINE)
    assert [a.status for a in replay.articles] == ["ok", "ok"]
    assert sum(a.llm_calls for a in replay.articles) == 0 and sum(a.replayed for a in replay.articles) == 2


def test_batch_interrupted_while_waiting_resumes_the_same_batch(tmp_path):
    api = FakeBatchAPI(polls_before_done=1, fail_polls=1)
    paths = write_articles(tmp_path / "articles")
    with FakeOpenAI(api) as fake:
        first = check(paths, settings_for(fake, tmp_path / "fx"), batch=True)
        assert all(a.status == "failed" for a in first.articles)
        assert "resume" in first.articles[0].error
        assert list((tmp_path / "fx" / ".batches").glob("batch-*.json")), "the batch id is kept"

        second = check(paths, settings_for(fake, tmp_path / "fx"), batch=True)
        assert len(api.batches) == 1 and len(api.files) == 2  # no new upload or batch: input + output file
        assert all(a.status == "ok" for a in second.articles)
        assert not list((tmp_path / "fx" / ".batches").glob("batch-*.json"))
