"""EventLoop: one per JS thread, libuv's phase order, asleep on a lock when idle (no polling).

The loop knows nothing about Node. What runs in each phase is given by `LoopHooks` (the Node layer
implements them in JS: timers and immediates live in JS, as in node's lib/internal/timers.js, so
that `setTimeout` costs no call into Python). The loop keeps only what the host must know:

- the next timer deadline and whether timers keep the loop alive (`schedule_timer`,
  `set_timer_ref`, as node's scheduleTimer / toggleTimerRef);
- whether immediates are queued and whether any is ref'd (`set_immediates`);
- a count of other ref'd handles (ports, workers, pending host work: `ref` / `unref`);
- a thread-safe inbox of callables posted from any thread (`post`), run in the poll phase.

One iteration: update the loop time, run due timers, wait for the inbox (no longer than the next
timer, not at all if immediates are queued), run what arrived, run immediates. Every callback into
JS is followed by `hooks.drain()` (process.nextTick queue, then microtasks), which the hooks do
between timers and immediates themselves, as node does. When nothing ref'd is left the loop asks
`hooks.before_exit()` once; if that scheduled nothing, it ends.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable


class LoopHooks:
    """What the loop calls into (the Node layer implements it; the host layer knows nothing of Node)."""

    def process_timers(self, now_ms: int) -> float: ...   # next expiry: 0 none, >0 ref'd, <0 unref'd
    def process_immediates(self) -> None: ...
    def drain(self) -> None: ...
    def before_exit(self) -> None: ...
    def on_uncaught(self, exc: BaseException) -> None: ...
    def at_exit(self) -> None: ...                          # the loop ended by itself


class EventLoop:
    def __init__(self) -> None:
        # The inbox is a deque (append and popleft are atomic); the loop sleeps on `_wake`, a lock
        # held while no wake-up is pending: posting releases it (a second release while one is
        # pending fails, and is ignored), the loop's timed acquire takes it.
        self._inbox: collections.deque[Callable[[], None]] = collections.deque()
        self._wake = threading.Lock()
        self._wake.acquire()
        self._origin = time.monotonic()
        self.now_ms = 0                       # the loop's clock, ms since the loop began
        self._timer_deadline: float | None = None   # loop time (ms) of the next timer, if any
        self._timer_ref = True
        self._immediates_queued = False
        self._immediates_ref = False
        self._refs = 0
        self._stopped = False

    # -- state the JS side reports -----------------------------------------------------------

    def schedule_timer(self, expiry_ms: float) -> None:
        """The next timer is due at loop time `expiry_ms`."""
        self._timer_deadline = expiry_ms

    def set_timer_ref(self, ref: bool) -> None:
        self._timer_ref = ref

    def set_immediates(self, queued: bool, ref: bool) -> None:
        self._immediates_queued = queued
        self._immediates_ref = ref

    def ref(self) -> None:
        self._refs += 1

    def unref(self) -> None:
        self._refs -= 1

    # -- cross-thread ------------------------------------------------------------------------

    def post(self, callback: Callable[[], None], order: int | None = None) -> None:
        """Queue `callback` to run on the loop's thread. Safe from any thread; wakes the loop.
        Callbacks posted with an `order` (message ports: the order they were made in) that arrive
        together, by the same wake-up and with no other callback between them, run in that order,
        as libuv runs its async handles."""
        self._inbox.append(callback if order is None else (order, callback))
        self._signal()

    def stop(self) -> None:
        """End the loop after the current callback. Safe from any thread."""
        self._stopped = True
        self._signal()

    def _signal(self) -> None:
        try:
            self._wake.release()
        except RuntimeError:   # a wake-up is pending already
            pass

    @property
    def stopped(self) -> bool:
        return self._stopped

    # -- running -----------------------------------------------------------------------------

    def update_time(self) -> int:
        self.now_ms = int((time.monotonic() - self._origin) * 1000)
        return self.now_ms

    def _alive(self) -> bool:
        return (self._refs > 0
                or (self._timer_deadline is not None and self._timer_ref)
                or (self._immediates_queued and self._immediates_ref)
                or bool(self._inbox))

    def run(self, hooks: LoopHooks) -> None:
        while not self._stopped:
            if not self._alive():
                self._guarded(hooks, hooks.before_exit)
                if self._stopped or not self._alive():
                    return
            self.update_time()
            self._run_timers(hooks)
            if self._stopped:
                return
            self._poll(hooks)
            if self._stopped:
                return
            if self._immediates_queued:
                self._guarded(hooks, hooks.process_immediates)

    def _run_timers(self, hooks: LoopHooks) -> None:
        if self._timer_deadline is None or self.now_ms < self._timer_deadline:
            return
        self._timer_deadline = None
        next_expiry = self._guarded(hooks, hooks.process_timers, self.now_ms)
        if next_expiry:   # 0 or None: no timer left
            self._timer_deadline = abs(next_expiry)
            self._timer_ref = next_expiry > 0

    def _poll(self, hooks: LoopHooks) -> None:
        inbox = self._inbox
        if not inbox and not self._stopped:
            timeout = self._poll_timeout()
            if timeout != 0:
                self._wake.acquire(timeout=-1 if timeout is None else timeout)
        self.update_time()
        # what arrived until now; later posts wait for the next poll
        batch = [inbox.popleft() for _ in range(len(inbox))]
        for item in batch if len(batch) < 2 else _in_order(batch):
            if self._stopped:
                return
            self._guarded(hooks, item[1] if type(item) is tuple else item)
            if self._stopped:
                return
            self._guarded(hooks, hooks.drain)

    def _poll_timeout(self) -> float | None:
        if self._immediates_queued or not self._alive():
            return 0
        if self._timer_deadline is None:
            return None
        wait_ms = self._timer_deadline - (time.monotonic() - self._origin) * 1000
        return max(0.0, wait_ms / 1000)

    def _guarded(self, hooks: LoopHooks, fn: Callable, *args):
        """Run one JS entry point; an exception that escapes it is the thread's uncaught error."""
        try:
            return fn(*args)
        except BaseException as exc:
            if self._stopped:
                return None
            hooks.on_uncaught(exc)
            return None


def _in_order(batch: list) -> list:
    """A batch with each run of ordered callbacks sorted (none moves past another kind of
    callback: a worker's last messages still come before its 'exit')."""
    items, run = [], []
    for item in batch:
        if type(item) is tuple:
            run.append(item)
            continue
        if run:
            items.extend(sorted(run, key=_order_of))
            run = []
        items.append(item)
    items.extend(sorted(run, key=_order_of))
    return items


def _order_of(item: tuple) -> int:
    return item[0]
