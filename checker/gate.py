"""How fast and how much: requests in flight, requests per minute, attempts per article."""

from __future__ import annotations

import asyncio
import time
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
    """At most `concurrency` requests in flight, and at most `per_minute` started in any minute."""

    def __init__(self, concurrency: int, per_minute: int | None = None):
        self._slots = asyncio.Semaphore(max(concurrency, 1))
        self._interval = 60.0 / per_minute if per_minute else 0.0
        self._next_start = 0.0
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> None:
        await self._slots.acquire()
        if self._interval:
            async with self._lock:
                now = time.monotonic()
                wait = self._next_start - now
                self._next_start = max(now, self._next_start) + self._interval
            if wait > 0:
                await asyncio.sleep(wait)

    async def __aexit__(self, *exc) -> None:
        self._slots.release()
