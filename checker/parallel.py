"""Pure-Python work spread over the machine's cores when there is enough of it.

Workers are forked: they start at once with this process's modules and data (nothing is sent to them),
and unlike freshly started ones they never re-run the caller's main script. Forking is only safe in a
process with a single thread, so with threads running, or where fork does not exist, the work is done
here. What a worker returns comes back pickled through a pipe: the work given to one should return
small, plain values.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

R = TypeVar("R")

# Below this many claims the work takes less time than starting a worker process.
MIN_ITEMS = 20_000


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def run_tasks(tasks: Sequence[Callable[[], R]], workers: int | None = None) -> list[R]:
    """Each task's result, in order. The first task runs here while forked workers run the next ones
    (one each, up to `workers` processes in all, None: one per core); tasks beyond those run here too.
    With one core, one task, or no way to fork, they all run here, one after the other. A worker that
    cannot start or dies has its task run here; an error raised by a task reaches the caller."""
    count = min(workers or available_cores(), len(tasks))
    if count < 2 or not can_fork():
        return [task() for task in tasks]
    children: list[_Child | None] = []
    try:
        children = [_fork(task) for task in tasks[1:count]]
        results = [tasks[0]()]
        for child, task in zip(children, tasks[1:count]):
            payload = child.collect() if child is not None else b""
            if not payload:  # the worker could not start, or died
                results.append(task())
                continue
            ok, value = pickle.loads(payload)
            if not ok:
                raise value
            results.append(value)
        return results + [task() for task in tasks[count:]]
    finally:
        for child in children:  # still running when a task failed: their results are no longer wanted
            if child is not None:
                child.stop()


class _Child:
    def __init__(self, pid: int, results: int) -> None:
        self.pid: int | None = pid  # None once the worker has ended and been waited for
        self.results = open(results, "rb")

    def collect(self) -> bytes:
        """What the worker sent, once it has ended; nothing if it died."""
        with self.results:
            payload = self.results.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return payload if status == 0 else b""

    def stop(self) -> None:
        self.results.close()
        if self.pid is not None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = None


def _fork(task: Callable[[], object]) -> _Child | None:
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no more processes on this system
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the worker: run, send the outcome, leave without running the caller's exit handlers
        status = 1
        try:
            os.close(read_end)
            with open(write_end, "wb") as pipe:
                pipe.write(_outcome(task))
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return _Child(pid, read_end)


def _outcome(task: Callable[[], object]) -> bytes:
    try:
        return pickle.dumps((True, task()), pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # sent back to be raised in the caller
        try:
            return pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
        except Exception:  # an error that cannot be pickled: its words still can
            return pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")), pickle.HIGHEST_PROTOCOL)
