"""Ctrl-C in the middle of extraction, against a FAKE OpenAI-compatible server: exit 130, a line that
says what was kept, and a rerun that asks only for the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fake_openai import FakeOpenAI, Reply, Request, completion
from tests.test_robust_llm import GOOD, KEY, write_articles

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_an_interrupted_run_says_so_and_the_same_command_goes_on(tmp_path):
    def slow_after_the_first(request: Request) -> Reply:
        reply = completion(GOOD)
        reply.delay = 0 if len(fake.chat_requests) == 1 else 30
        return reply

    folder = write_articles(tmp_path / "in", 4)[0]
    with FakeOpenAI(slow_after_the_first) as fake:
        env = {**os.environ, "OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": KEY, "CHECKER_MODEL": "fake",
               "CHECKER_SENTENCES_PER_REQUEST": "0", "CHECKER_FIXTURES_DIR": str(tmp_path / "fx")}
        command = [sys.executable, "-m", "checker.cli", str(folder), "--concurrency", "1", "-f", "json",
                   "-o", str(tmp_path / "r.json")]
        run = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(fake.chat_requests) < 2 and time.monotonic() < deadline:  # the first answered, one in flight
            time.sleep(0.05)
        time.sleep(0.3)
        run.send_signal(signal.SIGINT)
        stderr = run.communicate(timeout=30)[1]
    assert run.returncode == 130
    assert "interrupted after 1 of 4 articles (1 claim, 1 LLM call" in stderr
    assert "check: done" not in stderr and "Traceback" not in stderr
    assert not (tmp_path / "r.json").exists()

    with FakeOpenAI(lambda request: completion(GOOD)) as fake:
        again = subprocess.run(command, env={**env, "OPENAI_BASE_URL": fake.base_url}, cwd=ROOT,
                               stderr=subprocess.PIPE, text=True, timeout=60)
        assert len(fake.chat_requests) == 3  # only the articles not answered before
    assert again.returncode == 0
    assert "4 articles (4 ok), 4 claims, 3 LLM calls, 1 from recordings" in again.stderr
