"""Atomics.wait / notify / waitAsync across threads: the process-wide wait table of engine/natomics.c.

The engine's own Atomics.wait blocks in C where nothing can reach it; noderun's table is in C too
(no Python and no GIL in a wait or a wake-up), but it knows which thread each waiter belongs to,
its `Owner`: terminate() wakes a thread blocked in Atomics.wait (its JS then gets an uncatchable
error) and withdraws its waitAsync waits. Waiters are keyed by the address of the waited-on
element and woken oldest first, sync and async alike; the value is compared under the table's
lock, which notify takes too, so no wake-up is lost between the compare and the sleep.

An async wait (Atomics.waitAsync) blocks nothing: when notify or its timeout (kept by the table's
own deadline thread) ends it, its result waits in its owner's list and the owner's eventfd wakes
the owner's event loop, which takes the results (`Owner.take`) and settles the promises. The
eventfd is watched but not ref'd: a pending waitAsync does not keep the loop alive (node's does
not either), a settled one does until its promise is settled.
"""

from __future__ import annotations

import os
import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

from .loop import READABLE

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable

# natomics.c's results of a wait, and their names in JS
OK, NOT_EQUAL, TIMED_OUT, TERMINATED = 0, 1, 2, 3
RESULT_NAMES = ("ok", "not-equal", "timed-out")


def _native():
    from ..engine import natomics   # (imported by the first thread that uses Atomics)

    return natomics.load()


def _lib():
    return _native().lib


class Owner:
    """One thread's place in the wait table: made on that thread, which it becomes the owner of
    (its blocked waits and its async waits are its own), freed there."""

    _TAKE = 64

    def __init__(self) -> None:
        native = _native()
        self._lib, self._ffi = native.lib, native.ffi
        self.ptr = self._lib.natomics_owner_new()
        if self.ptr == self._ffi.NULL:
            raise OSError("Atomics: cannot make a waiter owner (no memory or no eventfd)")
        self.fd = self._lib.natomics_owner_fd(self.ptr)
        self._done = self._lib.natomics_owner_done(self.ptr)
        self._ids = self._ffi.new("double[]", self._TAKE)
        self._results = self._ffi.new("int[]", self._TAKE)
        self._lib.natomics_attach(self.ptr)

    def terminate(self) -> None:
        """From any thread: a blocked wait returns TERMINATED, async waits are withdrawn, and every
        later wait of this owner returns TERMINATED at once."""
        self._lib.natomics_owner_terminate(self.ptr)

    def has_results(self) -> bool:
        """Whether async waits ended that `take` has not given yet (a hint, read without a lock)."""
        return self.ptr is not None and self._done[0] != 0

    def take(self) -> list[tuple[int, int]]:
        """The async waits that ended, oldest first: (id, result) pairs (read the eventfd first)."""
        taken = []
        while True:
            n = self._lib.natomics_take(self.ptr, self._ids, self._results, self._TAKE)
            taken.extend((int(self._ids[i]), self._results[i]) for i in range(n))
            if n < self._TAKE:
                return taken

    def free(self) -> None:
        """On the owner's thread, once its JS is over: its async waits are withdrawn."""
        if self.ptr is not None:
            self._lib.natomics_owner_free(self.ptr)
            self.ptr = None


def wait(address: int, size: int, expected: int, timeout_ms: float) -> int:
    """Block the calling thread (its owner's, if it has one) until notified, timed out or
    terminated: OK, NOT_EQUAL, TIMED_OUT or TERMINATED."""
    return _lib().natomics_wait(address, size, expected, timeout_ms)


def wait_async(address: int, size: int, expected: int, wait_id: int, timeout_ms: float = float("inf")) -> int:
    """Register an async wait of the calling thread's owner: 0 when registered (its result comes
    through `Owner.take` with `wait_id`), NOT_EQUAL or TERMINATED when not."""
    result = _lib().natomics_wait_async(address, size, expected, timeout_ms, wait_id)
    if result < 0:
        raise MemoryError("Atomics.waitAsync")
    return result


def notify(address: int, count: float) -> int:
    """Wake up to `count` waiters on `address`, oldest first; returns how many were woken."""
    return _lib().natomics_notify(address, count)


def waiting(address: int) -> int:
    """How many waiters wait on `address`."""
    return _lib().natomics_waiting(address)


# -- the threads that own waits ----------------------------------------------------------------

_owners: dict[object, Owner] = {}   # JS thread -> its owner, from its first Atomics call to its end
_owners_lock = _thread.allocate_lock()


def attach(thread, on_results: Callable[[list[tuple[int, int]]], None]) -> None:
    """Make the calling JS thread `thread` (it has `loop` and `terminated`) an owner of waits, once:
    its loop watches the owner's eventfd and gives `on_results` what ended. Called on the thread."""
    if thread in _owners:
        return
    owner = Owner()

    def on_ready(events: int) -> None:
        try:
            os.eventfd_read(owner.fd)
        except BlockingIOError:
            pass
        results = owner.take()
        if results:
            on_results(results)

    with _owners_lock:
        _owners[thread] = owner
        if thread.terminated:   # terminate() came first (it sets the flag, then looks here)
            owner.terminate()
    thread.loop.watch(owner.fd, READABLE, on_ready)
    thread.loop.keep_alive_while(owner.has_results)   # a settled waitAsync is work posted to it


def wake_owner(thread) -> None:
    """`thread` is being terminated (from any thread): a wait blocking it returns and its JS is
    interrupted, its async waits are withdrawn (its loop will not run them)."""
    with _owners_lock:
        owner = _owners.get(thread)
        if owner is not None:
            owner.terminate()


def release(thread) -> None:
    """`thread`'s JS is over (on the thread itself): its owner, if it has one, is freed, its
    pending async waits withdrawn so that notify does not count them."""
    with _owners_lock:
        owner = _owners.pop(thread, None)
    if owner is not None:
        thread.loop.unwatch(owner.fd)
        owner.free()
