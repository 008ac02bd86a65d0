"""Pure-Python work spread over the machine's cores when there is enough of it.

Workers are forked: they start at once with this process's modules and data (nothing is sent to them),
and unlike freshly started ones they never re-run the caller's main script. Forking is only safe in a
process with a single thread, so with threads running, or where fork does not exist, the work is done
here. A worker's work is a generator (`Stream`): what it yields comes back pickled, through a file
shared with this process, so the work given to one should yield small, plain values; bytes too large
to send back stay in that file (`Regions`).
"""

from __future__ import annotations

import atexit
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
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import BinaryIO, Generic, TypeVar

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
    with `next`, each as soon as the worker has it. Without a way to fork, or once the worker has
    died, the generator runs here, as far as the values asked for. An error raised by the generator
    is raised by `next`; `close` stops a worker whose values are no longer wanted.

    With `inbox`, the generator is given a function that returns, in turn, the values this process
    `send`s: it waits for the next one if need be. With `idle`, the worker runs at the lowest
    priority: on a core the other processes leave idle."""

    _RAW = False  # the worker sends its values as they are, bytes, rather than pickled (`Regions`)

    def __init__(self, produce: Callable[..., Iterator[R]], inbox: bool = False, idle: bool = False) -> None:
        self._sent: list[object] = []
        self._inbox = _Inbox(self._sent) if inbox else None
        self._produce = partial(produce, self._inbox.next) if self._inbox is not None else produce
        self._taken = 0
        self._here: Iterator[R] | None = None
        self._child = _fork(self._produce, self._inbox, idle, self._RAW) if can_fork() else None

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
                    self._stop_worker()
                    raise value
                return value
            self._stop_worker()  # the worker died: what it did not send is made here
        return self._next_here()

    def _next_here(self) -> R:
        if self._here is None:
            self._here = islice(self._produce(), self._taken, None)
        self._taken += 1
        return next(self._here)

    def close(self) -> None:
        self._stop_worker()

    def _stop_worker(self) -> None:
        if self._child is not None:
            self._child.stop()
            self._child = None


@dataclass(frozen=True)
class Region:
    """Bytes in a file (where a worker wrote them): copied from file to file by the system when they
    are written out, never read into this process unless asked."""

    file: BinaryIO
    offset: int
    size: int

    def __len__(self) -> int:
        return self.size

    def read(self, start: int = 0) -> bytes:
        """Its bytes, from `start` on."""
        return os.pread(self.file.fileno(), self.size - start, self.offset + start)

    def copy_to(self, destination: int) -> None:
        """Appended to the file open as `destination`, by `copy_file_range`, or read and written where
        the system cannot copy between the two files."""
        source = self.file.fileno()
        offset, end = self.offset, self.offset + self.size
        try:
            while offset < end:
                copied = os.copy_file_range(source, destination, end - offset, offset)
                if copied == 0:
                    break
                offset += copied
        except (AttributeError, OSError):  # not on Linux, or not between these two files
            pass
        while offset < end:
            data = os.pread(source, min(end - offset, 1 << 24), offset)
            if not data:
                raise OSError(f"the bytes of a region end {end - offset} bytes early")
            offset += len(data)
            write_all(destination, data)


class Regions(Stream[Region]):
    """A Stream of bytes that are not sent back: the worker writes each value into the file it shares
    with this process, and `next` gives where it is there, a `Region`. Values made here (without a
    worker, or after it died) are written into a file of this process's, so each is a Region too,
    and writing one may raise OSError (no room left). The files stay open until `close`."""

    _RAW = True

    def __init__(self, produce: Callable[[], Iterator[bytes]], idle: bool = False) -> None:
        super().__init__(produce, idle=idle)
        # The worker's file, kept open beyond its channel: a worker that dies leaves its values there.
        self._files: list[BinaryIO] = []
        if self._child is not None:
            self._files.append(os.fdopen(os.dup(self._child.outbox.file.fileno()), "rb", buffering=0))
        self._here_file: BinaryIO | None = None
        self._here_end = 0

    def next(self) -> Region:
        if self._child is not None:
            note = self._child.outbox.note()
            if note is not None:
                self._taken += 1
                offset, size = note
                file = self._files[0]
                if os.pread(file.fileno(), 1, offset) == _VALUE:
                    return Region(file, offset + 1, size - 1)
                _, error = pickle.loads(os.pread(file.fileno(), size - 1, offset + 1))
                self._stop_worker()
                raise error
            self._stop_worker()
        value = self._next_here()
        if self._here_file is None:
            self._here_file = tempfile.TemporaryFile()
            self._files.append(self._here_file)
        region = Region(self._here_file, self._here_end, len(value))
        write_all(self._here_file.fileno(), value, self._here_end)
        self._here_end += len(value)
        return region

    def close(self) -> None:
        self._stop_worker()
        for file in self._files:
            file.close()
        self._files.clear()


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
    """What a generator is sent, in turn: from this process's list when it runs here, from a channel
    in a worker."""

    def __init__(self, sent: list[object]) -> None:
        self._sent = sent
        self._taken = 0
        self.channel: _Channel | None = None  # set in the worker

    def next(self) -> object:
        if self.channel is not None:
            message = self.channel.get()
            if message is None:
                raise EOFError("the main process went away")
            return pickle.loads(message)
        self._taken += 1
        return self._sent[self._taken - 1]


class _Channel:
    """Messages from one process to another: written one after the other to a file both share, with a
    pipe telling where each one is. The writer never waits for the reader to take a message in, as it
    would on a pipe alone once the pipe is full. Made before the fork; each side then keeps its end."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()
        self.read_end, self.write_end = os.pipe()
        self._written = 0
        self._notes = b""  # read from the pipe, not taken yet

    def reading(self) -> _Channel:
        os.close(self.write_end)
        return self

    def writing(self) -> _Channel:
        os.close(self.read_end)
        return self

    def put(self, message: bytes) -> None:
        write_all(self.file.fileno(), message, self._written)
        write_all(self.write_end, _NOTE.pack(self._written, len(message)))
        self._written += len(message)

    def ready(self) -> bool:
        """Whether `get` has a message (or the writer's end) at once."""
        if len(self._notes) >= _NOTE.size:
            return True
        poll = select.poll()  # unlike select, not limited to the first 1024 descriptors
        poll.register(self.read_end, select.POLLIN)
        return bool(poll.poll(0))

    def get(self) -> bytes | None:
        """The next message; None once the writer has ended (or died) without sending one."""
        note = self.note()
        if note is None:
            return None
        offset, size = note
        message = os.pread(self.file.fileno(), size, offset)
        return message if len(message) == size else None

    def note(self) -> tuple[int, int] | None:
        """Where the next message is in the file (offset, size), taken without reading it; None once
        the writer has ended (or died) without sending one. The writer tells of a message once all
        of it is in the file."""
        while len(self._notes) < _NOTE.size:
            more = os.read(self.read_end, 64 * _NOTE.size)
            if not more:
                return None
            self._notes += more
        offset, size = _NOTE.unpack_from(self._notes)
        self._notes = self._notes[_NOTE.size:]
        return offset, size

    def close(self, *ends: int) -> None:
        for fd in ends:
            os.close(fd)
        self.file.close()


_NOTE = struct.Struct("<QQ")  # where a message is in the shared file: offset, size


class _Child:
    """A forked worker: its messages come through one channel, what it is sent goes through another."""

    def __init__(self, pid: int, outbox: _Channel, inbox: _Channel | None) -> None:
        self.pid = pid
        self.outbox = outbox
        self.inbox = inbox

    def send(self, message: bytes) -> None:
        self.inbox.put(message)

    def ready(self) -> bool:
        return self.outbox.ready()

    def receive(self) -> bytes | None:
        """The worker's next message; None if it ended or died without sending one."""
        return self.outbox.get()

    def stop(self) -> None:
        self.outbox.close(self.outbox.read_end)
        if self.inbox is not None:
            self.inbox.close(self.inbox.write_end)
        try:
            os.kill(self.pid, signal.SIGKILL)  # harmless if it has ended: it is not waited for yet
        except OSError:
            pass
        _ending.append(self.pid)
        reap_ended()


# Workers stopped but not waited for: the system frees a large worker's memory as it ends (a seventh of
# a second at 200,000 claims), which this process need not wait for; it reaps them later.
_ending: list[int] = []


def reap_ended(wait: bool = False) -> None:
    """Waits for the workers stopped so far that have ended (`wait`: for all of them)."""
    for pid in list(_ending):
        try:
            ended, _ = os.waitpid(pid, 0 if wait else os.WNOHANG)
        except ChildProcessError:  # reaped elsewhere
            ended = pid
        if ended:
            _ending.remove(pid)


atexit.register(reap_ended, wait=True)


def _fork(produce: Callable[[], Iterator[object]], inbox: _Inbox | None = None, idle: bool = False,
          raw: bool = False) -> _Child | None:
    channels: list[_Channel] = []
    try:
        channels.append(_Channel())
        if inbox is not None:
            channels.append(_Channel())
        pid = os.fork()
    except OSError:  # nowhere to write, or no more processes on this system
        for channel in channels:
            channel.close(channel.read_end, channel.write_end)
        return None
    outbox, inbox_channel = channels[0], channels[1] if inbox is not None else None
    if pid == 0:  # the worker: write each value, then leave without running the caller's exit handlers
        status = 1
        try:
            outbox.writing()
            if idle:
                os.nice(19)
            if inbox is not None:
                inbox.channel = inbox_channel.reading()
            for message in _messages(produce, raw):
                outbox.put(message)
            status = 0
        finally:
            os._exit(status)
    return _Child(pid, outbox.reading(), inbox_channel.writing() if inbox_channel is not None else None)


def write_all(fd: int, data: bytes, offset: int | None = None) -> None:
    """All of `data` written to a file descriptor: at its position, or at `offset` (a file shared by
    processes, each writing its own part), however few bytes each system call takes."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view) if offset is None else os.pwrite(fd, view, offset)
        view = view[written:]
        if offset is not None:
            offset += written


def _messages(produce: Callable[[], Iterator[object]], raw: bool = False) -> Iterator[bytes]:
    """Each value pickled, or `raw`: the value itself (bytes) after a byte that tells it from an error."""
    try:
        for value in produce():
            yield _VALUE + value if raw else pickle.dumps((True, value), pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # sent to be raised in the caller
        try:
            error = pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
        except Exception:  # an error that cannot be pickled: its words still can
            error = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")), pickle.HIGHEST_PROTOCOL)
        yield _ERROR + error if raw else error


_VALUE, _ERROR = b"v", b"e"  # what a raw message holds
