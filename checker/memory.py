"""Pausing the cycle collector while a stage builds many objects that all live on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Reading a corpus or comparing it builds millions of small objects that live until the run ends;
    the cycle collector would walk them all again and again (a quarter of the time at 200,000 claims)
    and find nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
