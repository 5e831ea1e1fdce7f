"""EventLoop: one per JS thread, libuv's phases, asleep in an epoll selector when idle (no polling).

The loop knows nothing about Node. What runs in each phase is given by `LoopHooks` (the Node layer
implements them in JS: timers and immediates live in JS, as in node's lib/internal/timers.js, so
that `setTimeout` costs no call into Python). The loop keeps only what the host must know:

- the next timer deadline and whether timers keep the loop alive (`schedule_timer`,
  `set_timer_ref`, as node's scheduleTimer / toggleTimerRef);
- whether immediates are queued and whether any is ref'd (`set_immediates`);
- a count of other ref'd things (ports, workers, pending host work, active handles: `ref` /
  `unref`; `Handle` does its own counting);
- descriptors watched for readiness (`watch` / `unwatch`), whose callbacks run in the poll phase;
- a thread-safe inbox of callables posted from any thread (`post`), run in the poll phase after
  the ready descriptors. A post wakes the loop through an eventfd registered in the selector,
  written only when the inbox goes from empty to non-empty (see `_wake`).

One iteration, in libuv's (node's) order: update the loop time; timers; pending callbacks (work
deferred by a handle to the next iteration, `defer`); poll: wait in epoll (not at all if anything
else is queued, else until the next timer or a wake-up), then the callbacks of ready descriptors,
then what was posted; check (immediates); close callbacks (`Handle.close`). So an immediate
queued by an I/O callback runs before a timer due now. Every callback into JS is followed by
`hooks.drain()` (process.nextTick queue, then microtasks), which the hooks do between timers and
immediates themselves, as node does. When nothing ref'd is left the loop asks
`hooks.before_exit()` once; if that scheduled nothing, it ends. `close()` (by the owning thread
at its end) frees the selector and the eventfd; later posts are dropped.
"""

from __future__ import annotations

import os
import select
import _thread   # (threading imports functools and collections: DESIGN.md, start-up)
from _collections import deque   # (collections.deque itself: the package costs 2 ms)
import time

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable

READABLE = select.EPOLLIN
WRITABLE = select.EPOLLOUT
ERRORS = select.EPOLLERR | select.EPOLLHUP   # reported whatever was asked for


class LoopHooks:
    """What the loop calls into (the Node layer implements it; the host layer knows nothing of Node)."""

    # next expiry: 0 none, >0 ref'd, <0 unref'd; None when passed to EventLoop.timers_ran already
    def process_timers(self, now_ms: int) -> float | None: ...
    def process_immediates(self) -> None: ...
    def drain(self) -> None: ...
    def before_exit(self) -> None: ...
    def on_uncaught(self, exc: BaseException) -> None: ...
    def at_exit(self) -> None: ...                          # the loop ended by itself


class EventLoop:
    def __init__(self) -> None:
        self._inbox: deque[Callable[[], None]] = deque()
        self._inbox_lock = _thread.allocate_lock()   # post vs. _take_inbox, for the lanes' count
        self._epoll = select.epoll()
        self._wake_fd = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)
        # edge-triggered: every write to an eventfd is a new edge, so the loop never reads it
        self._epoll.register(self._wake_fd, select.EPOLLIN | select.EPOLLET)
        # True from a post's write to the eventfd until the loop has read it: posts meanwhile do
        # not write again (the loop drains the inbox after reading the eventfd, so it sees them).
        self._wake_written = False
        self._fd_lock = _thread.allocate_lock()   # a post's write vs. close(): the fd is never reused
        self._closed = False
        self._watchers: dict[int, Callable[[int], None]] = {}   # fd -> callback(events)
        self._pending: list[Callable[[], None]] = []            # pending-callbacks phase
        self._closing: list[Callable[[], None]] = []            # close-callbacks phase
        self._origin = time.monotonic()
        self.now_ms = 0                       # the loop's clock, ms since the loop began
        self._timer_deadline: float | None = None   # loop time (ms) of the next timer, if any
        self._timer_ref = False               # as node's timer handle: unref'd until a ref'd timer
        self._immediates_queued = False
        self._immediates_ref = False
        self._refs = 0
        self._stopped = False
        self.thread_id: int | None = None     # the OS thread running the loop, once it runs
        self._poller: Callable | None = None  # set_poller
        self._alive_checks: list[Callable[[], bool]] = []   # keep_alive_while
        self._lanes = None                    # set_lanes

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

    # -- descriptors and deferred callbacks (the loop's own thread only) -----------------------

    def watch(self, fd: int, events: int, callback: Callable[[int], None]) -> None:
        """Call `callback(events)` in the poll phase while `fd` is ready for `events`
        (READABLE | WRITABLE); watching again changes the events and the callback."""
        if fd in self._watchers:
            self._epoll.modify(fd, events)
        else:
            self._epoll.register(fd, events)
        self._watchers[fd] = callback

    def unwatch(self, fd: int) -> None:
        if self._watchers.pop(fd, None) is not None:
            try:
                self._epoll.unregister(fd)
            except (OSError, ValueError):   # already closed: epoll forgot it by itself
                pass

    def set_poller(self, poller: Callable | None) -> None:
        """Wait in the poll phase through `poller(epoll fd, timeout ms or -1)` instead of the
        selector's poll: a faster wait given by the layer above (the node layer's, engine/fastio.c),
        which may run some callbacks itself. It returns (ready, after): the (fd, events) left for
        the watchers, and, when not None, a callable to run first as one more callback (drained
        after it): what the callbacks it ran left to do (their drain; their exception, raised)."""
        self._poller = poller

    def set_lanes(self, lanes) -> None:
        """Messages that reach the loop without its inbox (engine/fastmsg.c's lanes, written by
        other threads): `lanes.posted()` hears of each callback posted to the inbox (and of a
        stop, so that a poller delivering lane mail in a wait of its own returns) and
        `lanes.sync()` that the loop took all it holds (a lane wakes the loop by itself only while
        every callback posted before has been taken: its mail runs after them), `lanes.take()`
        gives the deliveries of the messages waiting as callbacks posted with an order, run in the
        poll phase with the inbox's (before them: they came first), `lanes.waiting()` whether any
        wait (they keep the loop alive as posted callbacks do), `lanes.close()` that the loop ends."""
        with self._inbox_lock:
            self._lanes = lanes
            if self._inbox:   # (posted before the lanes counted: they wait for its next take)
                lanes.posted()

    def keep_alive_while(self, check: Callable[[], bool]) -> None:
        """Stay alive while `check()` is true: work that reaches a watched descriptor of its own
        instead of the inbox (the native wait table's results) counts as posted work."""
        self._alive_checks.append(check)

    def defer(self, callback: Callable[[], None]) -> None:
        """Run `callback` in the next iteration's pending-callbacks phase (libuv's uv__io_feed)."""
        self._pending.append(callback)

    def add_close_callback(self, callback: Callable[[], None]) -> None:
        """Run `callback` in this iteration's close-callbacks phase."""
        self._closing.append(callback)

    # -- cross-thread ------------------------------------------------------------------------

    def post(self, callback: Callable[[], None], order: int | None = None) -> None:
        """Queue `callback` to run on the loop's thread. Safe from any thread; wakes the loop.
        Callbacks posted with an `order` (message ports: the order they were made in) that arrive
        together, by the same wake-up and with no other callback between them, run in that order,
        as libuv runs its async handles."""
        if self._closed:
            return
        item = callback if order is None else (order, callback)
        with self._inbox_lock:   # (the lanes count what the inbox holds: see _take_inbox)
            lanes = self._lanes
            if lanes is not None:
                lanes.posted()
            self._inbox.append(item)
        if not self._wake_written:
            self._wake()

    def stop(self) -> None:
        """End the loop after the current callback. Safe from any thread."""
        self._stopped = True
        with self._inbox_lock:   # (counted as a post: a poller that delivers lane mail returns to the loop)
            if self._lanes is not None:
                self._lanes.posted()
        self._wake()

    def _wake(self) -> None:
        if _thread.get_ident() == self.thread_id:
            return   # the loop's own thread: it checks the inbox before it sleeps
        self._wake_written = True
        with self._fd_lock:
            if not self._closed:
                os.eventfd_write(self._wake_fd, 1)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def close(self) -> None:
        """Free the selector and the eventfd (the owning thread, once the loop is over)."""
        with self._fd_lock:
            if self._closed:
                return
            self._closed = True
            self._stopped = True
            if self._lanes is not None:
                self._lanes.close()   # (before the eventfd: no lane writes to it any more)
                self._lanes = None
            self._epoll.close()
            os.close(self._wake_fd)
        self._inbox.clear()
        self._watchers.clear()

    # -- running -----------------------------------------------------------------------------

    def update_time(self) -> int:
        self.now_ms = int((time.monotonic() - self._origin) * 1000)
        return self.now_ms

    def _alive(self) -> bool:
        return (self._refs > 0
                or (self._timer_deadline is not None and self._timer_ref)
                or (self._immediates_queued and self._immediates_ref)
                or bool(self._inbox) or bool(self._pending) or bool(self._closing)
                or (self._lanes is not None and self._lanes.waiting())
                or any(check() for check in self._alive_checks))

    def run(self, hooks: LoopHooks) -> None:
        self.thread_id = _thread.get_ident()
        while not self._stopped:
            if not self._alive():
                self._guarded(hooks, hooks.before_exit)
                if self._stopped or not self._alive():
                    return
            self.update_time()
            if self._timer_deadline is not None and self.now_ms >= self._timer_deadline:
                self._run_timers(hooks)
                if self._stopped:
                    return
            if self._pending:
                self._run_list(hooks, self._pending)
                self._pending = []
                if self._stopped:
                    return
            self._poll(hooks)
            if self._stopped:
                return
            if self._immediates_queued:
                self._guarded(hooks, hooks.process_immediates)
            if self._closing and not self._stopped:
                closing, self._closing = self._closing, []
                self._run_list(hooks, closing)

    def _run_timers(self, hooks: LoopHooks) -> None:   # (run calls it when a timer is due)
        self._timer_deadline = None
        next_expiry = self._guarded(hooks, hooks.process_timers, self.now_ms)
        if next_expiry is not None:   # (None: the hooks applied it themselves, see timers_ran)
            self.timers_ran(next_expiry)

    def timers_ran(self, next_expiry: float) -> None:
        """Schedule from processTimers' result: the next expiry, negative when no timer is ref'd,
        0 when none is left. A host that runs microtasks after the timers calls this before them,
        so that what they schedule or unref (node's scheduleTimer / toggleTimerRef) wins."""
        self._timer_deadline = abs(next_expiry) if next_expiry else None
        if next_expiry:
            self._timer_ref = next_expiry > 0

    def _poll(self, hooks: LoopHooks) -> None:
        inbox = self._inbox
        timeout = 0 if inbox or self._stopped else self._poll_timeout()
        if timeout != 0 or self._watchers or self._wake_written:
            if self._poller is None:
                ready = self._epoll.poll(-1 if timeout is None else timeout)
                after = None
            else:
                ready, after = self._poller(self._epoll.fileno(),
                                            -1 if timeout is None else -int(-timeout * 1000 // 1))   # ms, rounded up
            self.update_time()
            # the hot path of I/O (a socket's read): no call but the callback's and the drain's
            wake_fd, watchers, drain = self._wake_fd, self._watchers, hooks.drain
            if after is not None:
                try:
                    after()
                except BaseException as exc:
                    self._uncaught(hooks, exc)
                if self._stopped:
                    return
                try:
                    drain()
                except BaseException as exc:
                    self._uncaught(hooks, exc)
            for fd, events in ready:
                if fd == wake_fd:
                    self._wake_written = False
                    continue
                callback = watchers.get(fd)
                if callback is None or self._stopped:
                    continue
                try:
                    callback(events)
                except BaseException as exc:
                    self._uncaught(hooks, exc)
                if self._stopped:
                    return
                try:
                    drain()
                except BaseException as exc:
                    self._uncaught(hooks, exc)
        lanes = self._lanes
        batch = lanes.take() if lanes is not None else None   # (what came by lanes came before the inbox's)
        if inbox:   # what arrived until now; later posts wait for the next poll
            batch = (batch or []) + self._take_inbox(lanes)
        if not batch:
            return
        for item in batch if len(batch) < 2 else _in_order(batch):
            if self._stopped:
                return
            self._guarded(hooks, item[1] if type(item) is tuple else item)
            if self._stopped:
                return
            self._guarded(hooks, hooks.drain)

    def _take_inbox(self, lanes) -> list:
        """Everything posted so far, and, to the lanes, that the inbox is empty. A lane may then
        wake the loop by itself although what was taken has not run yet: its mail is delivered in
        a later poll phase, after them. Done under the lock posts take, so that the lanes' count
        is exact: a callback posted meanwhile is neither taken nor counted as taken."""
        inbox = self._inbox
        with self._inbox_lock:
            taken = list(inbox)
            inbox.clear()
            if lanes is not None:
                lanes.sync()
        return taken

    def _poll_timeout(self) -> float | None:
        if (self._immediates_queued or self._pending or self._closing or not self._alive()
                or (self._lanes is not None and self._lanes.waiting())):
            return 0
        if self._timer_deadline is None:
            return None
        wait_ms = self._timer_deadline - (time.monotonic() - self._origin) * 1000
        return max(0.0, wait_ms / 1000)

    def _run_list(self, hooks: LoopHooks, callbacks: list) -> None:
        for callback in callbacks:
            if self._stopped:
                return
            self._guarded(hooks, callback)
            if self._stopped:
                return
            self._guarded(hooks, hooks.drain)

    def _guarded(self, hooks: LoopHooks, fn: Callable, *args):
        """Run one JS entry point; an exception that escapes it is the thread's uncaught error."""
        try:
            return fn(*args)
        except BaseException as exc:
            self._uncaught(hooks, exc)
            return None

    def _uncaught(self, hooks: LoopHooks, exc: BaseException) -> None:
        if not self._stopped:
            hooks.on_uncaught(exc)


class Handle:
    """Something a loop owns (a socket, a signal watcher, ...), libuv's uv_handle_t: while it is
    active and ref'd it keeps its loop alive. Used only on its loop's thread."""

    def __init__(self, loop: EventLoop) -> None:
        self.loop = loop
        self._active = False
        self._ref = True
        self.closed = False
        self._events = 0   # what the loop's selector waits for on the handle's descriptor (_watch)

    def _watch(self, fd: int, events: int) -> None:
        """Have the loop's selector wait for `events` (READABLE | WRITABLE) on `fd`, calling
        self._ready(events) in the poll phase; 0 stops waiting. The descriptor is registered only
        while there is something to wait for."""
        if events != self._events:
            if events:
                self.loop.watch(fd, events, self._ready)
            else:
                self.loop.unwatch(fd)
            self._events = events

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            if self._ref:
                self.loop._refs += 1 if active else -1

    def ref(self) -> None:
        if not self._ref:
            self._ref = True
            if self._active:
                self.loop._refs += 1

    def unref(self) -> None:
        if self._ref:
            self._ref = False
            if self._active:
                self.loop._refs -= 1

    def has_ref(self) -> bool:
        return self._ref

    def close(self, callback: Callable[[], None] | None = None) -> None:
        """Stop it now; `callback` runs in the loop's close phase (libuv's uv_close)."""
        if self.closed:
            return
        self.closed = True
        self._close()
        self._set_active(False)
        if callback is not None:
            self.loop.add_close_callback(callback)

    def _close(self) -> None:
        """What the handle releases (its descriptor); subclasses say."""


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
