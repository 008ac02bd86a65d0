"""Pausing the cycle collector while a stage builds many objects that all live on."""

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
