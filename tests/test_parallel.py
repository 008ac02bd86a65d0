"""Work spread over worker processes gives what the same work gives in one process."""

import os
import threading
from pathlib import Path

import pytest

from checker import parallel
from checker.claims_file import publication_dates, read_claims_file
from checker.compare import compare

DATA = Path(__file__).parent / "data"


def _pids_and_squares(numbers: list[int]) -> list[tuple[int, int]]:
    return [(os.getpid(), n * n) for n in numbers]


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 4)


def test_chunks_run_in_a_worker_and_come_back_in_order(small_threshold):
    results = parallel.map_in_processes(_pids_and_squares, list(range(10)), workers=2)
    assert [square for _, square in results] == [n * n for n in range(10)]
    pids = [pid for pid, _ in results]
    assert pids[0] == os.getpid() and pids[-1] != os.getpid()  # first chunk here, the last in a worker


def test_few_items_or_one_worker_stay_in_this_process():
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


def _raise_after_the_first_chunk(numbers):
    if numbers[0] != 0:
        raise ValueError(f"bad input {numbers[0]}")
    return numbers


def test_an_error_in_a_worker_reaches_the_caller(small_threshold):
    with pytest.raises(ValueError, match="bad input 5"):
        parallel.map_in_processes(_raise_after_the_first_chunk, list(range(10)), workers=2)


@pytest.mark.parametrize("name", ["seeds_claims.human.json", "en_cases.human.json", "ar_cases.human.json"])
def test_comparison_finds_the_same_with_workers(small_threshold, name):
    claims_file = read_claims_file(DATA / name)
    published = publication_dates(claims_file)
    alone = compare(claims_file.claims, published, workers=1)
    assert alone, "the case set has findings to compare"
    assert compare(claims_file.claims, published, workers=2) == alone
