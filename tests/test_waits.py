"""noderun.host.waits on its own: the async path (Atomics.waitAsync) and its order with blocked
(Atomics.wait) waiters, over plain memory from cffi and real OS threads.

Threads are joined with a generous timeout, so a lost wake-up fails the test instead of hanging
the suite. Nothing here asserts on durations.
"""

from __future__ import annotations

import threading
import time

import pytest

from noderun.engine.lib import ffi
from noderun.host import waits

JOIN_TIMEOUT = 10


@pytest.fixture
def cell():
    """A zeroed int32 (and its address) that nobody else waits on."""
    memory = ffi.new("int32_t[2]")
    yield memory, int(ffi.cast("uintptr_t", memory))
    assert waits._waiters.get(int(ffi.cast("uintptr_t", memory))) is None, "a waiter was left behind"


class Results:
    """An async waiter's on_wake: records every result, from whatever thread calls it."""

    def __init__(self):
        self.values: list[str] = []
        self.event = threading.Event()

    def __call__(self, result: str) -> None:
        self.values.append(result)
        self.event.set()


def waiting_count(address: int) -> int:
    with waits._lock:
        return len(waits._waiters.get(address, ()))


def until_waiting(address: int, count: int) -> None:
    """Wait (in the test) until `count` waiters are queued on `address`: a thread has blocked."""
    deadline = time.monotonic() + JOIN_TIMEOUT
    while waiting_count(address) != count:
        assert time.monotonic() < deadline, "the waiter never queued"
        time.sleep(0.001)


def test_notify_wakes_async_waiter_with_ok(cell):
    _, address = cell
    results = Results()
    waiter = waits.wait_async(address, 4, 0, owner="t1", on_wake=results)
    assert waiter is not None and results.values == []
    assert waits.notify(address, float("inf")) == 1
    assert results.values == [waits.OK]
    assert waits.notify(address, float("inf")) == 0
    assert waits.cancel(waiter) is False   # already woken: cancel says so and does nothing


def test_value_differs_registers_nothing(cell):
    memory, address = cell
    memory[0] = 5
    results = Results()
    assert waits.wait_async(address, 4, 0, owner="t1", on_wake=results) is None
    assert waits.notify(address, float("inf")) == 0
    assert results.values == []


def test_int64_compare(cell):
    memory, address = cell
    ffi.cast("int64_t *", memory)[0] = -2 ** 63
    assert waits.wait_async(address, 8, 0, owner="t1", on_wake=Results()) is None
    waiter = waits.wait_async(address, 8, -2 ** 63, owner="t1", on_wake=Results())
    assert waiter is not None
    assert waits.cancel(waiter) is True


def test_cancel_withdraws_without_waking(cell):
    _, address = cell
    results = Results()
    waiter = waits.wait_async(address, 4, 0, owner="t1", on_wake=results)
    assert waits.cancel(waiter) is True
    assert waits.cancel(waiter) is False
    assert waits.notify(address, float("inf")) == 0
    assert results.values == []


def test_timeout_wakes_with_timed_out_once(cell):
    _, address = cell
    results = Results()
    waits.wait_async(address, 4, 0, owner="t1", on_wake=results, timeout_ms=5)
    assert results.event.wait(JOIN_TIMEOUT)
    assert waits.notify(address, float("inf")) == 0
    time.sleep(0.02)
    assert results.values == [waits.TIMED_OUT]


def test_notify_before_timeout_wins(cell):
    _, address = cell
    results = Results()
    waits.wait_async(address, 4, 0, owner="t1", on_wake=results, timeout_ms=30)
    assert waits.notify(address, 1) == 1
    time.sleep(0.08)   # past the deadline: the deadline thread must skip the woken waiter
    assert results.values == [waits.OK]


def test_earlier_deadline_added_later_fires_first(cell):
    _, address = cell
    late, early = Results(), Results()
    late_waiter = waits.wait_async(address, 4, 0, owner="t1", on_wake=late, timeout_ms=60_000)
    waits.wait_async(address, 4, 0, owner="t1", on_wake=early, timeout_ms=1)
    assert early.event.wait(JOIN_TIMEOUT)
    assert early.values == [waits.TIMED_OUT] and late.values == []
    assert waits.cancel(late_waiter) is True


def test_deadline_heap_drops_waiters_woken_early(cell):
    _, address = cell
    for _ in range(1000):
        waits.wait_async(address, 4, 0, owner="t1", on_wake=Results(), timeout_ms=600_000)
        assert waits.notify(address, 1) == 1
    assert len(waits._deadlines._heap) <= 2 * waits._Deadlines._MIN_COMPACTION


def test_fifo_across_sync_and_async_waiters(cell):
    """Blocked thread A, then an async waiter, then blocked thread B: notify(1) wakes them in
    that order, one at a time, and each notify counts exactly one."""
    _, address = cell
    woken: list[str] = []
    lock = threading.Lock()

    def blocked(name: str) -> None:
        result = waits.wait(address, 4, 0, float("inf"), owner=name)
        with lock:
            woken.append(f"{name}:{result}")

    def on_async_wake(result: str) -> None:
        with lock:
            woken.append(f"async:{result}")

    thread_a = threading.Thread(target=blocked, args=("A",))
    thread_a.start()
    until_waiting(address, 1)
    waits.wait_async(address, 4, 0, owner="main", on_wake=on_async_wake)
    thread_b = threading.Thread(target=blocked, args=("B",))
    thread_b.start()
    until_waiting(address, 3)

    assert waits.notify(address, 1) == 1
    thread_a.join(JOIN_TIMEOUT)
    assert not thread_a.is_alive()
    assert woken == ["A:ok"]
    assert waits.notify(address, 1) == 1
    assert woken == ["A:ok", "async:ok"]   # on_wake runs inside notify
    assert thread_b.is_alive()
    assert waits.notify(address, 5) == 1
    thread_b.join(JOIN_TIMEOUT)
    assert woken == ["A:ok", "async:ok", "B:ok"]


def test_notify_from_another_thread_wakes_async_waiter(cell):
    memory, address = cell
    results = Results()
    waits.wait_async(address, 4, 0, owner="main", on_wake=results)
    counts: list[int] = []

    def notifier() -> None:
        memory[0] = 1
        counts.append(waits.notify(address, float("inf")))

    thread = threading.Thread(target=notifier)
    thread.start()
    assert results.event.wait(JOIN_TIMEOUT)
    thread.join(JOIN_TIMEOUT)
    assert counts == [1] and results.values == [waits.OK]


def test_wake_owner_releases_blocked_and_withdraws_async(cell):
    _, address = cell
    owner = object()
    results = Results()
    returned: list[str] = []
    waits.wait_async(address, 4, 0, owner=owner, on_wake=results)
    thread = threading.Thread(target=lambda: returned.append(waits.wait(address, 4, 0, float("inf"), owner)))
    thread.start()
    until_waiting(address, 2)
    other = waits.wait_async(address, 4, 0, owner="someone else", on_wake=Results())

    waits.wake_owner(owner)
    thread.join(JOIN_TIMEOUT)
    assert returned == [waits.OK]       # the blocked thread returns (its JS is interrupted next)
    assert results.values == []         # the async wait is dropped, not resolved
    assert waiting_count(address) == 1  # only the other owner's waiter is left
    assert waits.cancel(other) is True
