"""Pure-Python work spread over the machine's cores when there is enough of it.

Workers are forked: they start at once with this process's modules and data (nothing is sent to them),
and unlike freshly started ones they never re-run the caller's main script. Forking is only safe in a
process with a single thread, so with threads running, or where fork does not exist, the work is done
here. What a worker gives back comes pickled through a pipe: the work given to one should give small,
plain values.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
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


def run_tasks(tasks: Sequence[Callable[[], R]], workers: int | None = None) -> list[R]:
    """Each task's result, in order. The first task runs here while forked workers run the next ones
    (one each, up to `workers` processes in all, None: one per core); tasks beyond those run here too.
    With one core, one task, or no way to fork, they all run here, one after the other. A worker that
    cannot start or dies has its task run here; an error raised by a task reaches the caller."""
    count = min(workers or available_cores(), len(tasks))
    if count < 2 or not can_fork():
        return [task() for task in tasks]
    streams: list[Stream[R]] = []
    try:
        streams = [Stream(_once(task)) for task in tasks[1:count]]
        first = tasks[0]()
        return [first, *(stream.next() for stream in streams), *(task() for task in tasks[count:])]
    finally:
        for stream in streams:
            stream.close()


def _once(task: Callable[[], R]) -> Callable[[], Iterator[R]]:
    def produce() -> Iterator[R]:
        yield task()

    return produce


class Stream(Generic[R]):
    """The values of a generator that a forked worker runs while this process goes on, taken in turn
    with `next`, each as soon as the worker has it. Without a way to fork, or once the worker has
    died, the generator runs here, as far as the values asked for. An error raised by the generator
    is raised by `next`; `close` stops a worker whose values are no longer wanted."""

    def __init__(self, produce: Callable[[], Iterator[R]]) -> None:
        self._produce = produce
        self._taken = 0
        self._here: Iterator[R] | None = None
        self._child = _fork(produce) if can_fork() else None

    def next(self) -> R:
        if self._child is not None:
            message = self._child.receive()
            if message is not None:
                self._taken += 1
                ok, value = pickle.loads(message)
                if not ok:
                    self.close()
                    raise value
                return value
            self.close()  # the worker died: what it did not send is made here
        if self._here is None:
            self._here = islice(self._produce(), self._taken, None)
        self._taken += 1
        return next(self._here)

    def close(self) -> None:
        if self._child is not None:
            self._child.stop()
            self._child = None


class _Child:
    """A forked worker. It writes its messages one after the other to a file it shares with this
    process, and through a pipe tells where each one is: a worker never waits for this process to
    take in a message before making the next, as it would on a pipe alone."""

    def __init__(self, pid: int, notes: int, spool) -> None:
        self.pid = pid
        self.notes = open(notes, "rb")
        self.spool = spool

    def receive(self) -> bytes | None:
        """The worker's next message; None if it ended or died without sending one."""
        note = self.notes.read(_NOTE.size)
        if len(note) < _NOTE.size:
            return None
        offset, size = _NOTE.unpack(note)
        message = os.pread(self.spool.fileno(), size, offset)
        return message if len(message) == size else None

    def stop(self) -> None:
        self.notes.close()
        self.spool.close()
        try:
            os.kill(self.pid, signal.SIGKILL)  # harmless if it has ended: it is not waited for yet
        except OSError:
            pass
        os.waitpid(self.pid, 0)


_NOTE = struct.Struct("<QQ")  # where a message is in the shared file: offset, size


def _fork(produce: Callable[[], Iterator[object]]) -> _Child | None:
    try:
        spool = tempfile.TemporaryFile()
    except OSError:  # nowhere to write
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no more processes on this system
        os.close(read_end)
        os.close(write_end)
        spool.close()
        return None
    if pid == 0:  # the worker: write each value, then leave without running the caller's exit handlers
        status = 1
        try:
            os.close(read_end)
            offset = 0
            for message in _messages(produce):
                _write_all(spool.fileno(), message)
                _write_all(write_end, _NOTE.pack(offset, len(message)))
                offset += len(message)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return _Child(pid, read_end, spool)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _messages(produce: Callable[[], Iterator[object]]) -> Iterator[bytes]:
    try:
        for value in produce():
            yield pickle.dumps((True, value), pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # sent to be raised in the caller
        try:
            yield pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
        except Exception:  # an error that cannot be pickled: its words still can
            yield pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")), pickle.HIGHEST_PROTOCOL)
