"""Concurrent extraction against a FAKE server that takes 1 s per answer."""

from __future__ import annotations

import asyncio
import json
import time

from checker.extract import Extractor
from checker.extract.gate import RequestGate
from checker.extract.llm.client import LLM
from checker.models import Article
from checker.extract.recordings import RecordingStore
from checker.settings import Settings
from tests.fake_openai import FakeOpenAI, Reply, completion


def slow_model(request) -> Reply:
    reply = completion(json.dumps({"speaker": None, "statement": "Talks will resume on Monday."}))
    reply.delay = 1.0
    return reply


def articles(n: int) -> list[Article]:
    return [
        Article(id=f"a{i}", path=f"a{i}.txt", language="en", paragraphs=[f"Talks number {i} will resume on Monday in Geneva."])
        for i in range(n)
    ]


def test_twenty_articles_at_concurrency_eight_take_three_rounds_not_twenty(tmp_path):
    with FakeOpenAI(slow_model) as fake:
        settings = Settings(
            OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="sk-test", CHECKER_MODEL="fake",
            CHECKER_SENTENCES_PER_REQUEST=0, CHECKER_CONCURRENCY=8, CHECKER_FIXTURES_DIR=str(tmp_path),
        )
        extractor = Extractor(settings, RecordingStore(tmp_path), LLM(settings))
        done = []
        started = time.monotonic()
        results = asyncio.run(extractor.extract_many(articles(20), on_result=lambda a, r: done.append(a.id)))
        elapsed = time.monotonic() - started
    assert len(fake.chat_requests) == 20
    assert elapsed <= 4.0, f"{elapsed:.1f} s"
    assert sorted(done) == sorted(a.id for a in articles(20))  # progress heard of each as it finished
    assert [r.article for r in results] == [a.id for a in articles(20)]  # results in input order
    assert all(len(r.claims) == 1 and r.llm_calls == 1 for r in results)


def test_a_rerun_makes_no_call(tmp_path):
    with FakeOpenAI(lambda r: completion(json.dumps({"statement": "Talks will resume."}))) as fake:
        settings = Settings(
            OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="sk-test", CHECKER_MODEL="fake",
            CHECKER_SENTENCES_PER_REQUEST=0, CHECKER_FIXTURES_DIR=str(tmp_path),
        )
        asyncio.run(Extractor(settings, RecordingStore(tmp_path), LLM(settings)).extract_many(articles(5)))
        again = asyncio.run(Extractor(settings, RecordingStore(tmp_path), LLM(settings)).extract_many(articles(5)))
        assert len(fake.chat_requests) == 5
        assert sum(r.llm_calls for r in again) == 0 and sum(r.replayed for r in again) == 5
        changed = articles(5)
        changed[2] = changed[2].model_copy(update={"paragraphs": ["Talks number 2 will resume on Tuesday in Geneva."]})
        third = asyncio.run(Extractor(settings, RecordingStore(tmp_path), LLM(settings)).extract_many(changed))
        assert len(fake.chat_requests) == 6 and [r.llm_calls for r in third] == [0, 0, 1, 0, 0]


def test_requests_per_minute_spaces_the_starts():
    starts = []

    async def run():
        gate = RequestGate(concurrency=10, per_minute=600)  # one start every 0.1 s

        async def one():
            async with gate:
                starts.append(time.monotonic())

        await asyncio.gather(*(one() for _ in range(6)))

    asyncio.run(run())
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert min(gaps) >= 0.08 and starts[-1] - starts[0] >= 0.45


def test_the_gate_tells_how_many_requests_are_in_flight():
    heard = []

    async def run():
        gate = RequestGate(concurrency=2, on_change=lambda in_flight, started: heard.append((in_flight, started)))

        async def one():
            async with gate:
                await asyncio.sleep(0.05)

        await asyncio.gather(*(one() for _ in range(5)))

    asyncio.run(run())
    assert len(heard) == 10  # each request heard of as it starts and as it ends
    assert max(in_flight for in_flight, _ in heard) == 2 and heard[-1] == (0, 5)
    assert [started for _, started in heard] == sorted(started for _, started in heard)


def test_a_request_cancelled_while_waiting_for_its_turn_gives_its_place_back():
    async def run():
        gate = RequestGate(concurrency=1, per_minute=60)  # one start a second
        async with gate:
            pass
        waiting = asyncio.ensure_future(gate.__aenter__())  # its turn comes in a second
        await asyncio.sleep(0.1)
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        async with asyncio.timeout(3):  # without its place back, the gate would stay shut
            async with gate:
                return gate.in_flight

    assert asyncio.run(run()) == 1


class SlowDiskStore(RecordingStore):
    """A recording store on a disk that takes half a second to save each file (made up for the test)."""

    def save(self, recording):
        time.sleep(0.5)
        return super().save(recording)


def test_a_slow_disk_does_not_hold_up_the_other_requests(tmp_path):
    def quick_model(request) -> Reply:
        reply = completion(json.dumps({"statement": "Talks will resume on Monday."}))
        reply.delay = 0.2
        return reply

    with FakeOpenAI(quick_model) as fake:
        settings = Settings(
            OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="sk-test", CHECKER_MODEL="fake",
            CHECKER_SENTENCES_PER_REQUEST=0, CHECKER_CONCURRENCY=8, CHECKER_FIXTURES_DIR=str(tmp_path),
        )
        extractor = Extractor(settings, SlowDiskStore(tmp_path), LLM(settings))
        started = time.monotonic()
        results = asyncio.run(extractor.extract_many(articles(8)))
        elapsed = time.monotonic() - started
    # Eight saves one after another on the event loop take 4 s and more; side by side (in the default
    # pool's threads, six at a time on two cores) about a second and a half.
    assert elapsed < 3.0, f"{elapsed:.1f} s"
    assert all(r.llm_calls == 1 for r in results) and len(list(tmp_path.glob("*.json"))) == 8


def test_a_run_leaves_no_connection_for_a_later_event_loop_to_close(tmp_path, caplog):
    # Each `check` run (or library call) runs its own event loop. A client left open there is closed
    # when collected, perhaps while a later loop runs, which cannot close the first loop's
    # connections: asyncio logs "Task exception was never retrieved ... Event loop is closed".
    import gc
    import logging

    with FakeOpenAI(lambda r: completion(json.dumps({"statement": "Talks will resume."}))) as fake:
        settings = Settings(
            OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="sk-test", CHECKER_MODEL="fake",
            CHECKER_SENTENCES_PER_REQUEST=0, CHECKER_FIXTURES_DIR=str(tmp_path),
        )
        extractors = [Extractor(settings, RecordingStore(tmp_path / "first"), LLM(settings))]
        results = asyncio.run(extractors[0].extract_many(articles(4)))
        assert [r.llm_calls for r in results] == [1, 1, 1, 1]

        async def later_run() -> None:
            extractors.clear()
            gc.collect()  # the first run's objects go while this loop runs
            await asyncio.sleep(0.2)

        with caplog.at_level(logging.ERROR, logger="asyncio"):
            asyncio.run(later_run())
            gc.collect()
    assert not [r for r in caplog.records if r.name == "asyncio"], [r.getMessage() for r in caplog.records]
