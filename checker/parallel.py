"""Pure-Python work spread over the machine's cores when there is enough of it.

Workers are forked: they start at once with this process's modules and data (nothing is sent to them),
and unlike freshly started ones they never re-run the caller's main script. Forking is only safe in a
process with a single thread, so with threads running, or where fork does not exist, the work is done
here. What workers return comes back pickled: the work given to them should return small, plain values.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

R = TypeVar("R")

# Below this many claims the work takes less time than starting a worker process.
MIN_ITEMS = 20_000

_tasks: Sequence[Callable[[], object]] = ()  # what forked workers inherit and run by number


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def run_tasks(tasks: Sequence[Callable[[], R]], workers: int | None = None) -> list[R]:
    """Each task's result, in order. The first task runs here while forked workers run the others;
    with one core, one task, or no way to fork, they all run here, one after the other."""
    count = min(workers or available_cores(), len(tasks))
    if count < 2 or not can_fork():
        return [task() for task in tasks]
    global _tasks
    _tasks = tasks
    try:
        with ProcessPoolExecutor(max_workers=count - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = [pool.submit(_run, n) for n in range(1, len(tasks))]
            first = tasks[0]()
            return [first, *(future.result() for future in pending)]
    except (OSError, BrokenProcessPool):  # no processes on this system, or a worker died
        return [task() for task in tasks]
    finally:
        _tasks = ()


def _run(n: int) -> object:
    return _tasks[n]()
