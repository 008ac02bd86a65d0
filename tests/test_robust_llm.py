"""Model faults against a FAKE OpenAI-compatible server: bounded retries, per-article failure with a
reason, early stop on a bad key or an unknown model, resume without paying twice."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.pipeline import check
from checker.settings import Settings
from tests.fake_openai import FakeOpenAI, Reply, Request, completion, error

GOOD = json.dumps({"speaker": None, "statement": "Talks will resume on Monday."})
KEY = "fake-key-LEAKCHECK-0123456789abcdef"


def write_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(f"Talks number {i} will resume on Monday in Geneva, the envoy said.\n", encoding="utf-8")
    return [folder]


def settings_for(fake: FakeOpenAI, fixtures: Path, **extra) -> Settings:
    env = {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": KEY, "CHECKER_MODEL": "fake",
           "CHECKER_SENTENCES_PER_REQUEST": 0, "CHECKER_FIXTURES_DIR": str(fixtures),
           "CHECKER_TIMEOUT": 1, "CHECKER_MAX_RETRIES": 2, "CHECKER_CONCURRENCY": 2}
    return Settings(**(env | extra))


def scripted(*replies: Reply, then: Reply | None = None):
    """Answers with `replies` in order, then `then` (a good answer by default)."""
    queue = list(replies)

    def responder(request: Request) -> Reply:
        return queue.pop(0) if queue else (then or completion(GOOD))

    return responder


@pytest.mark.parametrize(
    "fault",
    [
        error(429, "slow down", {"Retry-After": "1"}),
        error(500, "boom"),
        error(503, "overloaded"),
        Reply(drop=True),
        Reply(delay=1.6, body=json.loads(GOOD)),  # hangs past the 1 s time-out
    ],
    ids=["429", "500", "503", "dropped", "hang"],
)
def test_transient_fault_is_retried_then_answered(tmp_path, fault):
    with FakeOpenAI(scripted(fault)) as fake:
        started = time.monotonic()
        report = check(write_articles(tmp_path / "in", 1), settings_for(fake, tmp_path / "fx"))
        elapsed = time.monotonic() - started
        assert len(fake.chat_requests) == 2
    (article,) = report.articles
    assert article.status == "ok" and article.claims == 1
    assert article.attempts == 2  # shown in the report
    if "Retry-After" in fault.headers:
        assert elapsed >= 1.0  # the wait the server asked for was honoured


def test_persistent_fault_fails_that_article_with_a_reason_and_keeps_the_others(tmp_path):
    def responder(request: Request) -> Reply:
        if "number 1 " in request.body["messages"][-1]["content"]:
            return error(500, "boom")
        return completion(GOOD)

    with FakeOpenAI(responder) as fake:
        report = check(write_articles(tmp_path / "in", 3), settings_for(fake, tmp_path / "fx"))
        calls_for_bad = sum("number 1 " in r.body["messages"][-1]["content"] for r in fake.chat_requests)
    statuses = {a.id: a for a in report.articles}
    assert statuses["a0"].status == "ok" and statuses["a2"].status == "ok"
    bad = statuses["a1"]
    assert bad.status == "failed" and "HTTP 500" in bad.error and bad.attempts == 3
    assert calls_for_bad == 3  # 1 + CHECKER_MAX_RETRIES, then it stops
    assert not list((tmp_path / "fx").glob("*a1*"))
    # A transport failure is not recorded: the rerun asks again, and only for the failed article.
    with FakeOpenAI(scripted()) as fake:
        again = check(write_articles(tmp_path / "in", 3), settings_for(fake, tmp_path / "fx"))
        assert len(fake.chat_requests) == 1
    assert all(a.status == "ok" for a in again.articles)


def test_answers_that_are_not_json_are_reasked_a_bounded_number_of_times(tmp_path):
    answers = iter(f"this is not json {{ ({n})" for n in range(10))  # a new wrong answer each time
    with FakeOpenAI(lambda request: completion(next(answers))) as fake:
        report = check(write_articles(tmp_path / "in", 1), settings_for(fake, tmp_path / "fx", CHECKER_VALIDATION_RETRIES=2))
        assert len(fake.chat_requests) == 3  # the answer and two re-asks
    (article,) = report.articles
    assert article.status == "failed" and "no valid answer after 3 attempts: the answer is not JSON (" in article.error
    assert article.attempts == 3


def test_a_model_repeating_its_answer_is_not_asked_a_third_time(tmp_path):
    with FakeOpenAI(scripted(then=completion("this is not json {"))) as fake:
        report = check(write_articles(tmp_path / "in", 1), settings_for(fake, tmp_path / "fx", CHECKER_VALIDATION_RETRIES=2))
        assert len(fake.chat_requests) == 2  # at temperature 0, a third ask would repeat it again
    (article,) = report.articles
    assert article.status == "failed" and "no valid answer after 2 attempts: the answer is not JSON (" in article.error


def test_an_answer_with_fields_of_the_wrong_type_is_salvaged_not_reasked(tmp_path):
    with FakeOpenAI(scripted(then=completion(json.dumps({"speaker": 5, "role": ["envoy"], "event": "talks"})))) as fake:
        report = check(write_articles(tmp_path / "in", 1), settings_for(fake, tmp_path / "fx", CHECKER_VALIDATION_RETRIES=2))
        assert len(fake.chat_requests) == 1
    (article,) = report.articles
    (claim,) = report.claims
    assert article.status == "ok" and article.salvaged == 2 and report.stats["salvaged"] == 2  # speaker and role
    assert claim.speaker is None and claim.event == "talks" and claim.statement == claim.quote
    assert (claim.date, claim.location) == ("on Monday", "Geneva")  # read in Python, not asked of the model


@pytest.mark.parametrize("status, words", [(401, "refused the API key"), (404, "does not know model")])
def test_bad_key_or_unknown_model_stops_early_with_one_message(tmp_path, status, words):
    with FakeOpenAI(scripted(then=error(status, "nope"))) as fake:
        result = CliRunner().invoke(
            app, [str(write_articles(tmp_path / "in", 5)[0]), "-f", "json", "-o", str(tmp_path / "r.json")],
            env={"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": KEY, "CHECKER_MODEL": "fake",
                 "CHECKER_FIXTURES_DIR": str(tmp_path / "fx"), "CHECKER_CONCURRENCY": "1"},
        )
        assert len(fake.chat_requests) == 1
    assert result.exit_code == 3
    assert result.stderr.count(words) == 1 and "Traceback" not in result.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert all(a["status"] == "failed" and words in a["error"] for a in report["articles"])
    assert KEY not in result.output and KEY not in (tmp_path / "r.json").read_text(encoding="utf-8")


def test_attempts_per_article_are_capped(tmp_path):
    article = tmp_path / "in"
    article.mkdir()
    (article / "long.txt").write_text(" ".join(f"Sentence number {i} says talks resume on Monday." for i in range(8)), encoding="utf-8")
    with FakeOpenAI(scripted(then=error(500, "boom"))) as fake:
        report = check([article], settings_for(fake, tmp_path / "fx", CHECKER_SENTENCES_PER_REQUEST=1,
                                               CHECKER_MAX_ATTEMPTS_PER_ARTICLE=5, CHECKER_CONCURRENCY=1))
        assert len(fake.chat_requests) == 5
    (entry,) = report.articles
    assert entry.status == "failed" and entry.attempts == 5 and "attempts" in entry.error


def test_interrupted_run_resumes_without_asking_twice(tmp_path):
    served = []

    def dies_after_three(request: Request) -> Reply:
        served.append(request)
        if len(served) > 3:
            return error(401, "key revoked")  # stops the run: everything after is not extracted
        return completion(GOOD)

    folder = write_articles(tmp_path / "in", 6)
    with FakeOpenAI(dies_after_three) as fake:
        first = check(folder, settings_for(fake, tmp_path / "fx", CHECKER_CONCURRENCY=1))
    assert [a.status for a in first.articles].count("ok") == 3
    recordings = list((tmp_path / "fx").glob("*.json"))
    assert len(recordings) == 3 and not list((tmp_path / "fx").glob(".rec-*"))
    for path in recordings:
        json.loads(path.read_text(encoding="utf-8"))  # each is whole
    with FakeOpenAI(scripted()) as fake:
        second = check(folder, settings_for(fake, tmp_path / "fx"))
        assert len(fake.chat_requests) == 3  # only the three not done
    assert all(a.status == "ok" for a in second.articles)
    assert sum(a.replayed for a in second.articles) == 3
