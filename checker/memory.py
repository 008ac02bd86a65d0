"""Pausing the cycle collector while a stage builds many objects that all live on, and not freeing
them one by one when the process is about to end anyway."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused(*, long_lived: bool = False) -> Iterator[None]:
    """Reading a corpus or comparing it builds millions of small objects that live until the stage ends;
    the cycle collector would walk them all again and again (a quarter of the time at 200,000 claims)
    and find nothing to free.

    `long_lived`: what the stage leaves behind (the claims read, the report) lives until the run ends
    and holds no cycles. It is moved out of the collector's sight (`gc.freeze`), or the first collection
    after the pause would walk all of it, a second or more at 200,000 claims, to free nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if long_lived:
            gc.freeze()
        if was_enabled:
            gc.enable()


_ending_at_once = False
_kept: list[object] = []


def end_at_once() -> None:
    """This process ends without freeing its objects once its work is done (the `check` command,
    once its report is out)."""
    global _ending_at_once
    _ending_at_once = True


def ends_at_once() -> bool:
    return _ending_at_once


def done_with(*objects: object) -> None:
    """What a stage no longer needs: freed as usual, unless the process is to end at once. Then it is
    kept to the end, as freeing millions of small objects one by one (the facts of 200,000 claims: a
    third of a second) would be time spent for nothing."""
    if _ending_at_once:
        _kept.extend(objects)
