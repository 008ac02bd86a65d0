"""Work spread over worker processes gives what the same work gives in one process.

The tests that need a worker run in a fresh interpreter: the test session may have threads of its own
(a fake server's), and with another thread running the work is rightly never forked."""

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from checker import parallel

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def _fresh_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _pids_and_squares(numbers: list[int]) -> list[tuple[int, int]]:
    return [(os.getpid(), n * n) for n in numbers]


def test_chunks_run_in_a_worker_and_come_back_in_order():
    out = _fresh_python("""
        import json, os
        from checker import parallel
        parallel.MIN_ITEMS = 4
        from tests.test_parallel import _pids_and_squares
        print(json.dumps([os.getpid(), parallel.map_in_processes(_pids_and_squares, list(range(10)), workers=2)]))
    """)
    here, results = json.loads(out)
    assert [square for _, square in results] == [n * n for n in range(10)]
    pids = [pid for pid, _ in results]
    assert pids[0] == here and pids[-1] != here  # the first chunk here, the last in a worker


def test_an_error_in_a_worker_reaches_the_caller():
    out = _fresh_python("""
        from checker import parallel
        from tests.test_parallel import _raise_after_the_first_chunk
        parallel.MIN_ITEMS = 4
        try:
            parallel.map_in_processes(_raise_after_the_first_chunk, list(range(10)), workers=2)
        except ValueError as exc:
            print(exc)
    """)
    assert out.strip() == "bad input 5"


def _raise_after_the_first_chunk(numbers):
    if numbers[0] != 0:
        raise ValueError(f"bad input {numbers[0]}")
    return numbers


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 4)


def test_few_items_stay_in_this_process():
    assert {pid for pid, _ in parallel.map_in_processes(_pids_and_squares, list(range(10)), workers=2)} == {os.getpid()}


def test_one_worker_stays_in_this_process(small_threshold):
    assert {pid for pid, _ in parallel.map_in_processes(_pids_and_squares, list(range(10)), workers=1)} == {os.getpid()}


def test_no_fork_while_another_thread_runs(small_threshold):
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        results = parallel.map_in_processes(_pids_and_squares, list(range(10)), workers=2)
    finally:
        stop.set()
        thread.join()
    assert {pid for pid, _ in results} == {os.getpid()}
    assert [square for _, square in results] == [n * n for n in range(10)]


@pytest.mark.parametrize("name", ["seeds_claims.human.json", "en_cases.human.json", "ar_cases.human.json"])
def test_comparison_finds_the_same_with_workers(name):
    out = _fresh_python(f"""
        import json, os
        from checker import parallel
        from checker.claims_file import publication_dates, read_claims_file
        from checker.compare import compare
        parallel.MIN_ITEMS = 4
        import checker.compare as compare_module, checker.compare.facts as facts_module
        forked = []
        def counting(stage):
            def run_tasks(tasks, workers=None):
                if parallel.can_fork() and len(tasks) > 1 and (workers or 2) > 1:
                    forked.append(stage)
                return parallel.run_tasks(tasks, workers)
            return run_tasks
        compare_module.run_tasks, facts_module.run_tasks = counting("kinds"), counting("facts")
        claims_file = read_claims_file({str(DATA / name)!r})
        published = publication_dates(claims_file)
        alone = [c.model_dump() for c in compare(claims_file.claims, published, workers=1)]
        spread = [c.model_dump() for c in compare(claims_file.claims, published, workers=2)]
        print(json.dumps([forked, len(alone), alone == spread]))
    """)
    forked, found, same = json.loads(out)
    assert found > 0, "the case set has findings to compare"
    assert sorted(forked) == ["facts", "kinds"], "facts and kinds were handed to a worker"
    assert same
