"""The JSON report: the `Report` model as it is, the public contract (see `checker.models`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from operator import is_
from typing import BinaryIO

from pydantic import TypeAdapter

from checker import parallel
from checker.models import Claim, Report

_CLAIMS = TypeAdapter(list[Claim])
_CHUNK = 10_000  # claims rendered at a time by a worker
# Where the claims go in a report rendered without them: the only key two spaces in is one of the
# report's own, and a JSON string holds no line break.
_NO_CLAIMS = b'\n  "claims": [],\n'


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2)


def render_json_bytes(report: Report, claims_ahead: ClaimsAhead | None = None) -> bytes:
    """`render_json` encoded as UTF-8, straight from the serializer: a big report is not decoded to
    text only to be encoded again."""
    return joined(render_json_pieces(report, claims_ahead))


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


def write_all(fd: int, data: bytes, offset: int | None = None) -> None:
    """All of `data` written to a file descriptor: at its position, or at `offset`, however few bytes
    each system call takes."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view) if offset is None else os.pwrite(fd, view, offset)
        view = view[written:]
        if offset is not None:
            offset += written


def piece_bytes(piece: bytes | Region) -> bytes:
    return piece.read() if isinstance(piece, Region) else piece


def joined(pieces: list[bytes | Region]) -> bytes:
    """Pieces of a report (`render_json_pieces`) as one."""
    return b"".join(map(piece_bytes, pieces))


def render_json_pieces(report: Report, claims_ahead: ClaimsAhead | None = None) -> list[bytes | Region]:
    """`render_json_bytes` in pieces, to be written one after the other (a big report is not copied
    into one). The claims are taken from `claims_ahead` when it has rendered them."""
    pieces = claims_ahead.take(report.claims) if claims_ahead is not None else None
    if pieces is None:
        return [Report.__pydantic_serializer__.to_json(report, indent=2)]
    rest = Report.__pydantic_serializer__.to_json(report.model_copy(update={"claims": []}), indent=2)
    head, found, tail = rest.partition(_NO_CLAIMS)
    if not found:
        raise AssertionError("the JSON report has no place for its claims")
    between = [b",\n"] * len(pieces)
    between[-1] = b"\n  ],\n"
    return [head, b'\n  "claims": [\n', *(part for pair in zip(pieces, between) for part in pair), tail]


class ClaimsAhead:
    """The claims of a JSON report, rendered by a worker while they are compared.

    At 200,000 claims rendering them is a second of work at the end of the run. Done ahead, at the
    lowest priority, it takes what the comparison leaves of the cores: it is done while people are
    resolved, before events are grouped (the run's peak of memory). Only a large corpus is worth a
    worker (`parallel.worth_a_worker`), and `workers=1` forbids one. The worker writes the rendered
    claims into a file, which stays open until `close`: the report's claims are `Region`s of it."""

    def __init__(self, workers: int | None = None) -> None:
        self._workers = workers
        self._claims: list[Claim] | None = None
        self._file: BinaryIO | None = None
        self._stream: parallel.Stream[tuple[int, int]] | None = None

    def start(self, claims: list[Claim]) -> None:
        self.close()
        if not parallel.worth_a_worker(len(claims), self._workers):
            return
        self._claims = list(claims)
        self._file = tempfile.TemporaryFile()
        self._stream = parallel.Stream(partial(_rendered_into, self._file, self._claims), idle=True)

    def take(self, claims: list[Claim]) -> list[Region] | None:
        """The rendered claims, a chunk at a time, if they are these very claims; else None."""
        started = self._claims
        if self._stream is None or started is None or len(started) != len(claims) or not all(map(is_, started, claims)):
            return None
        try:
            pieces = [Region(self._file, *self._stream.next()) for _ in range(0, len(started), _CHUNK)]
        except OSError:  # no room left in the file, say: the claims are rendered with the report
            self.close()
            return None
        self._claims = None
        return pieces

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
        if self._file is not None:
            self._file.close()
        self._stream = self._claims = self._file = None


def _rendered_into(file: BinaryIO, claims: list[Claim]) -> Iterator[tuple[int, int]]:
    """Where each chunk of rendered claims (`_rendered`) is in the file, once written: (offset, size).
    The same chunk always goes to the same place, whichever process writes it."""
    offset = 0
    for chunk in _rendered(claims):
        write_all(file.fileno(), chunk, offset)
        yield offset, len(chunk)
        offset += len(chunk)


def _rendered(claims: list[Claim]) -> Iterator[bytes]:
    """The claims as the report's serializer writes them, indented for their place in the report,
    a chunk at a time: a list of claims at the top level, less its brackets, indented once more."""
    for start in range(0, len(claims), _CHUNK):
        listed = _CLAIMS.dump_json(claims[start : start + _CHUNK], indent=2)
        yield b"  " + listed[2:-2].replace(b"\n", b"\n  ")
