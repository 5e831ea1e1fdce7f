"""Atomics.wait / Atomics.notify across threads: one process-wide table of waiters.

The engine's own Atomics.wait blocks in C where nothing can reach it; noderun's goes through this
table instead, so that terminate() can wake a worker blocked in Atomics.wait, and so that
Atomics.waitAsync can wait without blocking a thread at all (its waiter posts to an event loop).
Waiters are keyed by the address of the waited-on element. The value is compared under the
table's lock and notify takes the same lock, so no wake-up is lost between the compare and the
sleep. A blocked thread sleeps on its own lock with the GIL released.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable

from ..engine import sab

OK, NOT_EQUAL, TIMED_OUT = "ok", "not-equal", "timed-out"

_lock = threading.Lock()
_waiters: dict[int, collections.deque] = {}


class Waiter:
    """One wait: a blocked thread (`wake` releases its lock) or an async wait (`wake` posts)."""

    __slots__ = ("address", "owner", "woken", "_gate", "_on_wake")

    def __init__(self, address: int, owner: object, on_wake: Callable[[str], None] | None = None):
        self.address = address
        self.owner = owner
        self.woken = False
        self._on_wake = on_wake
        self._gate = None
        if on_wake is None:
            self._gate = threading.Lock()
            self._gate.acquire()

    def wake(self, result: str) -> None:   # called with the table lock held
        self.woken = True
        if self._gate is not None:
            self._gate.release()
        else:
            self._on_wake(result)


def _enqueue(waiter: Waiter) -> None:
    queue = _waiters.get(waiter.address)
    if queue is None:
        queue = _waiters[waiter.address] = collections.deque()
    queue.append(waiter)


def _remove(waiter: Waiter) -> None:
    queue = _waiters.get(waiter.address)
    if queue is not None:
        try:
            queue.remove(waiter)
        except ValueError:
            pass
        if not queue:
            del _waiters[waiter.address]


def wait(address: int, size: int, expected: int, timeout_ms: float, owner: object) -> str:
    """Block the calling thread until notified, timed out, or woken for `owner`'s termination."""
    with _lock:
        if sab.load(address, size) != expected:
            return NOT_EQUAL
        waiter = Waiter(address, owner)
        _enqueue(waiter)
    if timeout_ms == float("inf"):
        waiter._gate.acquire()
    else:
        waiter._gate.acquire(timeout=max(timeout_ms, 0) / 1000)
    with _lock:
        if waiter.woken:
            return OK
        _remove(waiter)
        return TIMED_OUT


def wait_async(address: int, size: int, expected: int, owner: object,
               on_wake: Callable[[str], None]) -> Waiter | None:
    """Register an asynchronous waiter; None (and nothing registered) when the value differs.
    The caller times it out with `cancel(waiter)`, which says whether it was still waiting."""
    with _lock:
        if sab.load(address, size) != expected:
            return None
        waiter = Waiter(address, owner, on_wake)
        _enqueue(waiter)
        return waiter


def cancel(waiter: Waiter) -> bool:
    with _lock:
        if waiter.woken:
            return False
        _remove(waiter)
        waiter.woken = True
        return True


def notify(address: int, count: float) -> int:
    """Wake up to `count` waiters on `address`, oldest first; returns how many were woken."""
    woken = 0
    with _lock:
        queue = _waiters.get(address)
        while queue and woken < count:
            queue.popleft().wake(OK)
            woken += 1
        if queue is not None and not queue:
            del _waiters[address]
    return woken


def wake_owner(owner: object) -> None:
    """Wake every waiter of `owner` (a thread being terminated); its JS is interrupted next."""
    with _lock:
        for address, queue in list(_waiters.items()):
            for waiter in [w for w in queue if w.owner is owner]:
                queue.remove(waiter)
                waiter.wake(OK)
            if not queue:
                del _waiters[address]
