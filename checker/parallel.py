"""Pure-Python work spread over the machine's cores when there is enough of it.

Workers are forked: they start at once with this process's modules and data (nothing is sent to them),
and unlike freshly started ones they never re-run the caller's main script. Forking is only safe in a
process with a single thread, so with threads running, or where fork does not exist, the work is done
here. A worker's work is a generator (`Stream`): what it yields comes back pickled, through a file
shared with this process, so the work given to one should yield small, plain values.
"""

from __future__ import annotations

import mmap
import multiprocessing
import os
import pickle
import select
import signal
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator
from functools import partial
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


def worth_a_worker(items: int, workers: int | None) -> bool:
    """Whether work on this many claims goes to a worker: enough of them, a second process allowed
    (`workers`: how many processes may be used, None for one per core) and a way to fork."""
    return items >= MIN_ITEMS and (workers or available_cores()) >= 2 and can_fork()


class Stream(Generic[R]):
    """The values of a generator that a forked worker runs while this process goes on, taken in turn
    with `next`, each as soon as the worker has it. Without a way to fork, or once the worker has
    died, the generator runs here, as far as the values asked for. An error raised by the generator
    is raised by `next`; `close` stops a worker whose values are no longer wanted.

    With `inbox`, the generator is given a function that returns, in turn, the values this process
    `send`s: it waits for the next one if need be. With `idle`, the worker runs at the lowest
    priority: on a core the other processes leave idle."""

    def __init__(self, produce: Callable[..., Iterator[R]], inbox: bool = False, idle: bool = False) -> None:
        self._sent: list[object] = []
        self._inbox = _Inbox(self._sent) if inbox else None
        self._produce = partial(produce, self._inbox.next) if self._inbox is not None else produce
        self._taken = 0
        self._here: Iterator[R] | None = None
        self._child = _fork(self._produce, self._inbox, idle) if can_fork() else None

    def send(self, value: object) -> None:
        self._sent.append(value)  # kept for the generator, should it have to run here
        if self._child is not None:
            try:
                self._child.send(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
            except OSError:  # the worker died; `next` will find out
                pass

    def ready(self) -> bool:
        """Whether `next` has a value at once: the worker has sent one (or ended), or the generator
        runs here."""
        return self._child is None or self._child.ready()

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


class Shared:
    """A worker's items that this process may take over, so that neither waits for the other at the
    end: the worker begins them in order, this process takes over from the last. A byte per item in
    memory both processes see. Should the two reach one item at the same moment, both may do it: the
    caller keeps one result."""

    _FREE, _BEGUN, _TAKEN = 0, 1, 2

    def __init__(self, count: int) -> None:
        try:
            self._marks: mmap.mmap | bytearray = mmap.mmap(-1, max(1, count))  # shared with forked workers
        except (OSError, ValueError):  # not shared: each side does what it did not see taken
            self._marks = bytearray(max(1, count))

    def begin(self, item: int) -> bool:
        """In the worker: whether it is to do this item (this process has not taken it over)."""
        if self._marks[item] == self._TAKEN:
            return False
        self._marks[item] = self._BEGUN
        return True

    def take_over(self, item: int) -> bool:
        """Here: whether this process is to do this item (the worker has not begun it)."""
        if self._marks[item] == self._BEGUN:
            return False
        self._marks[item] = self._TAKEN
        return True


class _Inbox:
    """What a generator is sent, in turn: from this process's list when it runs here; in a worker, from
    a file shared with this process, a pipe saying where each value is. Sending never waits for the
    worker to take a value in, as it would on a pipe alone once the pipe is full."""

    def __init__(self, sent: list[object]) -> None:
        self._sent = sent
        self._taken = 0
        self.notes: int | None = None  # set in the worker
        self.spool = None

    def next(self) -> object:
        if self.notes is not None:
            offset, size = _NOTE.unpack(_read_exactly(self.notes, _NOTE.size))
            message = os.pread(self.spool.fileno(), size, offset)
            if len(message) < size:
                raise EOFError("the main process went away")
            return pickle.loads(message)
        self._taken += 1
        return self._sent[self._taken - 1]


def _read_exactly(fd: int, size: int) -> bytes:
    data = b""
    while len(data) < size:
        more = os.read(fd, size - len(data))
        if not more:
            raise EOFError("the main process went away")
        data += more
    return data


class _Child:
    """A forked worker. It writes its messages one after the other to a file it shares with this
    process, and through a pipe tells where each one is: a worker never waits for this process to
    take in a message before making the next, as it would on a pipe alone. What it is sent goes the
    same way."""

    def __init__(self, pid: int, notes: int, spool, inbox: tuple[int, object] | None) -> None:
        self.pid = pid
        self.notes = notes
        self._notes_read = b""  # read from the pipe, not taken yet
        self.spool = spool
        self.inbox, self.inbox_spool = inbox if inbox is not None else (None, None)
        self._inbox_size = 0

    def send(self, message: bytes) -> None:
        view, offset = memoryview(message), self._inbox_size
        while view:
            written = os.pwrite(self.inbox_spool.fileno(), view, offset)
            view, offset = view[written:], offset + written
        _write_all(self.inbox, _NOTE.pack(self._inbox_size, len(message)))
        self._inbox_size = offset

    def ready(self) -> bool:
        if len(self._notes_read) >= _NOTE.size:
            return True
        poll = select.poll()  # unlike select, not limited to the first 1024 descriptors
        poll.register(self.notes, select.POLLIN)
        return bool(poll.poll(0))

    def receive(self) -> bytes | None:
        """The worker's next message; None if it ended or died without sending one."""
        while len(self._notes_read) < _NOTE.size:
            more = os.read(self.notes, 64 * _NOTE.size)
            if not more:
                return None
            self._notes_read += more
        offset, size = _NOTE.unpack_from(self._notes_read)
        self._notes_read = self._notes_read[_NOTE.size:]
        message = os.pread(self.spool.fileno(), size, offset)
        return message if len(message) == size else None

    def stop(self) -> None:
        os.close(self.notes)
        self.spool.close()
        if self.inbox is not None:
            os.close(self.inbox)
            self.inbox_spool.close()
        try:
            os.kill(self.pid, signal.SIGKILL)  # harmless if it has ended: it is not waited for yet
        except OSError:
            pass
        os.waitpid(self.pid, 0)


_NOTE = struct.Struct("<QQ")  # where a message is in the shared file: offset, size


def _fork(produce: Callable[[], Iterator[object]], inbox: _Inbox | None = None, idle: bool = False) -> _Child | None:
    try:
        spool = tempfile.TemporaryFile()
    except OSError:  # nowhere to write
        return None
    try:
        inbox_spool = tempfile.TemporaryFile() if inbox is not None else None
    except OSError:
        spool.close()
        return None
    read_end, write_end = os.pipe()
    inbox_read, inbox_write = os.pipe() if inbox is not None else (None, None)
    try:
        pid = os.fork()
    except OSError:  # no more processes on this system
        for fd in (read_end, write_end, inbox_read, inbox_write):
            if fd is not None:
                os.close(fd)
        for file in (spool, inbox_spool):
            if file is not None:
                file.close()
        return None
    if pid == 0:  # the worker: write each value, then leave without running the caller's exit handlers
        status = 1
        try:
            os.close(read_end)
            if idle:
                os.nice(19)
            if inbox is not None:
                os.close(inbox_write)
                inbox.notes, inbox.spool = inbox_read, inbox_spool
            offset = 0
            for message in _messages(produce):
                _write_all(spool.fileno(), message)
                _write_all(write_end, _NOTE.pack(offset, len(message)))
                offset += len(message)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    if inbox is not None:
        os.close(inbox_read)
    return _Child(pid, read_end, spool, (inbox_write, inbox_spool) if inbox is not None else None)


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
