"""Atomics.wait / notify / waitAsync across threads: one process-wide table of waiters.

The engine's own Atomics.wait blocks in C where nothing can reach it; noderun's goes through this
table instead, so that terminate() can wake a worker blocked in Atomics.wait, and so that
Atomics.waitAsync can wait without blocking a thread at all (its waiter's `on_wake` posts to the
owner's event loop). Waiters are keyed by the address of the waited-on element and woken oldest
first, sync and async alike. The value is compared under the table's lock and notify takes the
same lock, so no wake-up is lost between the compare and the sleep. A blocked thread sleeps on its
own lock with the GIL released; async timeouts are kept by one process-wide deadline thread.
"""

from __future__ import annotations

import collections
import heapq
import itertools
import sys
import threading
import time
from collections.abc import Callable

from ..engine import sab

OK, NOT_EQUAL, TIMED_OUT = "ok", "not-equal", "timed-out"

_lock = threading.Lock()
_waiters: dict[int, collections.deque] = {}


class Waiter:
    """One wait: a blocked thread (`wake` releases its lock) or an async wait (`wake` calls
    `on_wake(result)`, which must not block: it runs with the table lock held)."""

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

    @property
    def is_async(self) -> bool:
        return self._gate is None

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
               on_wake: Callable[[str], None], timeout_ms: float = float("inf")) -> Waiter | None:
    """Register an asynchronous waiter; None (and nothing registered) when the value differs.
    `on_wake` gets OK from notify, or TIMED_OUT once `timeout_ms` has passed (from the deadline
    thread); `cancel(waiter)` withdraws it silently."""
    with _lock:
        if sab.load(address, size) != expected:
            return None
        waiter = Waiter(address, owner, on_wake)
        _enqueue(waiter)
    if timeout_ms != float("inf"):
        _deadlines.add(waiter, time.monotonic() + max(timeout_ms, 0) / 1000)
    return waiter


def cancel(waiter: Waiter) -> bool:
    """Withdraw a waiter without waking it; False when it was already woken (or withdrawn)."""
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
    """`owner` (a thread) is going away, terminated or torn down: a wait blocking it returns (its
    JS is interrupted next), its async waits are withdrawn (its loop will not run them)."""
    with _lock:
        for address, queue in list(_waiters.items()):
            for waiter in [w for w in queue if w.owner is owner]:
                queue.remove(waiter)
                if waiter.is_async:
                    waiter.woken = True
                else:
                    waiter.wake(OK)
            if not queue:
                del _waiters[address]


def _time_out(waiter: Waiter) -> None:
    with _lock:
        if waiter.woken:
            return
        _remove(waiter)
        waiter.wake(TIMED_OUT)


class _Deadlines:
    """The timeouts of async waiters: a heap served by one daemon thread, started on first use,
    asleep on a condition until the earliest deadline (no polling). A waiter woken early stays in
    the heap (it is skipped when due) until the heap is compacted, which happens whenever it has
    doubled, so waits that notify ends long before their timeout hold no memory."""

    _MIN_COMPACTION = 64

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._heap: list[tuple[float, int, Waiter]] = []
        self._order = itertools.count()
        self._compact_at = self._MIN_COMPACTION
        self._thread: threading.Thread | None = None

    def add(self, waiter: Waiter, deadline: float) -> None:
        with self._cond:
            if len(self._heap) >= self._compact_at:
                self._heap = [entry for entry in self._heap if not entry[2].woken]
                heapq.heapify(self._heap)
                self._compact_at = max(self._MIN_COMPACTION, 2 * len(self._heap))
            heapq.heappush(self._heap, (deadline, next(self._order), waiter))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="noderun:wait-deadlines",
                                                daemon=True)
                self._thread.start()
            elif self._heap[0][2] is waiter:   # a new earliest deadline: sleep less
                self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if not self._heap:
                        self._cond.wait()
                        continue
                    delay = self._heap[0][0] - time.monotonic()
                    if delay <= 0:
                        break
                    self._cond.wait(delay)
                now = time.monotonic()
                due = []
                while self._heap and self._heap[0][0] <= now:
                    due.append(heapq.heappop(self._heap)[2])
            for waiter in due:
                try:
                    _time_out(waiter)
                except Exception:   # a broken on_wake must not stop every later timeout
                    sys.excepthook(*sys.exc_info())


_deadlines = _Deadlines()
