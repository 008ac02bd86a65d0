"""How fast and how much: requests in flight, requests per minute, attempts per article."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class AttemptBudget:
    """Attempts (transport retries and re-asks included) one article may spend."""

    limit: int
    used: int = 0

    @property
    def left(self) -> int:
        return self.limit - self.used


class RequestGate:
    """At most `concurrency` requests in flight, and at most `per_minute` started in any minute.
    `on_change(in_flight, started)` hears of each request as it starts and as it ends (progress)."""

    def __init__(self, concurrency: int, per_minute: int | None = None,
                 on_change: Callable[[int, int], None] | None = None):
        self._slots = asyncio.Semaphore(max(concurrency, 1))
        self._interval = 60.0 / per_minute if per_minute else 0.0
        self._next_start = 0.0
        self._lock = asyncio.Lock()
        self._on_change = on_change
        self.in_flight = self.started = 0

    async def __aenter__(self) -> None:
        await self._slots.acquire()
        try:
            if self._interval:
                async with self._lock:
                    now = time.monotonic()
                    wait = self._next_start - now
                    self._next_start = max(now, self._next_start) + self._interval
                if wait > 0:
                    await asyncio.sleep(wait)
        except BaseException:  # cancelled while waiting for its turn: it never started
            self._slots.release()
            raise
        self.in_flight += 1
        self.started += 1
        self._changed()

    async def __aexit__(self, *exc) -> None:
        self.in_flight -= 1
        self._slots.release()
        self._changed()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.in_flight, self.started)
