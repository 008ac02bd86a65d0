"""Work handed to one forked worker process while this process goes on, with the standard library's
`multiprocessing`. Workers are forked: they start at once with this process's modules and data
(nothing is sent to them), and unlike freshly started ones they never re-run the caller's main
script. Forking is only safe in a process with a single thread, so with threads running, or where
fork does not exist, the work is done here. How the comparison spreads over processes is its own
(`checker.compare.run`).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from itertools import islice
from multiprocessing.connection import Connection
from typing import Generic, TypeVar

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


def worth_a_worker(items: int, workers: int | None, minimum: int | None = None) -> bool:
    """Whether work on this many items goes to a worker: enough of them (`minimum`, by default
    MIN_ITEMS claims), a second process allowed (`workers`: how many processes may be used, None for
    one per core) and a way to fork."""
    return items >= (MIN_ITEMS if minimum is None else minimum) and (workers or available_cores()) >= 2 and can_fork()


class Stream(Generic[R]):
    """The values of a generator that a forked worker runs while this process goes on, taken in turn
    with `next`. Without a way to fork, or once the worker has died, the generator runs here, as far
    as the values asked for. An error raised by the generator is raised by `next`; `close` stops a
    worker whose values are no longer wanted. With `idle`, the worker runs at the lowest priority:
    on a core the other processes leave idle."""

    def __init__(self, produce: Callable[[], Iterator[R]], idle: bool = False) -> None:
        self._produce = produce
        self._taken = 0
        self._here: Iterator[R] | None = None
        self._worker: multiprocessing.process.BaseProcess | None = None
        self._values: Connection | None = None
        if can_fork():
            self._fork(idle)

    def _fork(self, idle: bool) -> None:
        context = multiprocessing.get_context("fork")
        try:
            self._values, sending = context.Pipe(duplex=False)
        except OSError:  # no descriptors left
            return
        try:
            self._worker = context.Process(target=_send_values, args=(self._produce, sending, idle), daemon=True)
            self._worker.start()
        except OSError:  # no more processes on this system
            self._worker = None
            self._values.close()
            self._values = None
        finally:
            sending.close()

    def next(self) -> R:
        if self._values is not None:
            try:
                ok, value = self._values.recv()
            except (EOFError, OSError):  # the worker died: what it did not send is made here
                self._stop_worker()
            else:
                self._taken += 1
                if not ok:
                    self._stop_worker()
                    raise value
                return value
        return self._next_here()

    def _next_here(self) -> R:
        if self._here is None:
            self._here = islice(self._produce(), self._taken, None)
        self._taken += 1
        return next(self._here)

    def close(self) -> None:
        self._stop_worker()

    def _stop_worker(self) -> None:
        """Killed, not waited for: the system frees a large worker's memory as it ends, which this
        process need not wait for (`multiprocessing` reaps it later)."""
        if self._values is not None:
            self._values.close()
            self._values = None
        if self._worker is not None:
            if self._worker.exitcode is None:
                self._worker.kill()
            self._worker = None


def _send_values(produce: Callable[[], Iterator[object]], sending: Connection, idle: bool) -> None:
    """In the worker: each value, or the error that stopped the generator, to be raised in the caller."""
    if idle:
        os.nice(19)
    try:
        for value in produce():
            sending.send((True, value))
    except BrokenPipeError:  # the caller no longer wants them
        pass
    except Exception as exc:
        try:
            sending.send((False, exc))
        except Exception:  # an error that cannot be pickled: its words still can
            sending.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
