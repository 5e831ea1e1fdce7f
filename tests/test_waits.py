"""noderun.host.waits (the wait table of engine/natomics.c) on its own: blocked waits, async waits
(Atomics.waitAsync) and their order, timeouts, and an owner's termination, over plain memory from
cffi and real OS threads.

Threads are joined with a generous timeout, so a lost wake-up fails the test instead of hanging
the suite. Nothing here asserts on durations.
"""

from __future__ import annotations

import os
import select
import threading
import time

import pytest

from noderun.engine.lib import ffi
from noderun.host import waits

JOIN_TIMEOUT = 10
INF = float("inf")
_ids = iter(range(1, 1 << 30))


@pytest.fixture
def cell():
    """A zeroed int32 (and its address) that nobody else waits on."""
    memory = ffi.new("int32_t[2]")
    address = int(ffi.cast("uintptr_t", memory))
    yield memory, address
    assert waits.waiting(address) == 0, "a waiter was left behind"


@pytest.fixture
def owner():
    """This test thread as an owner of waits (async waits need one)."""
    made = waits.Owner()
    yield made
    made.free()


def results_of(owner: waits.Owner, count: int) -> list[tuple[int, int]]:
    """The next `count` results of `owner`'s async waits, as its loop would take them: woken by
    its eventfd."""
    taken: list[tuple[int, int]] = []
    deadline = time.monotonic() + JOIN_TIMEOUT
    while len(taken) < count:
        assert time.monotonic() < deadline, f"only {taken} of {count} results came"
        readable, _, _ = select.select([owner.fd], [], [], 0.05)
        if readable:
            try:
                os.eventfd_read(owner.fd)
            except BlockingIOError:
                pass
        taken.extend(owner.take())
    return taken


def until_waiting(address: int, count: int) -> None:
    """Wait (in the test) until `count` waiters are queued on `address`: a thread has blocked."""
    deadline = time.monotonic() + JOIN_TIMEOUT
    while waits.waiting(address) != count:
        assert time.monotonic() < deadline, "the waiter never queued"
        time.sleep(0.001)


def test_blocking_wait_results(cell):
    memory, address = cell
    assert waits.wait(address, 4, 1, INF) == waits.NOT_EQUAL
    assert waits.wait(address, 4, 0, 1) == waits.TIMED_OUT
    assert waits.wait(address, 4, 0, 0) == waits.TIMED_OUT
    assert waits.wait(address, 4, 0, -5) == waits.TIMED_OUT
    assert waits.notify(address, INF) == 0


def test_notify_wakes_async_waiter_with_ok(cell, owner):
    _, address = cell
    wait_id = next(_ids)
    assert waits.wait_async(address, 4, 0, wait_id) == 0
    assert owner.take() == []
    assert waits.notify(address, INF) == 1
    assert results_of(owner, 1) == [(wait_id, waits.OK)]
    assert waits.notify(address, INF) == 0


def test_value_differs_registers_nothing(cell, owner):
    memory, address = cell
    memory[0] = 5
    assert waits.wait_async(address, 4, 0, next(_ids)) == waits.NOT_EQUAL
    assert waits.notify(address, INF) == 0
    assert owner.take() == []


def test_int64_compare(cell, owner):
    memory, address = cell
    ffi.cast("int64_t *", memory)[0] = -2 ** 63
    assert waits.wait_async(address, 8, 0, next(_ids)) == waits.NOT_EQUAL
    assert waits.wait(address, 8, 0, INF) == waits.NOT_EQUAL
    wait_id = next(_ids)
    assert waits.wait_async(address, 8, -2 ** 63, wait_id) == 0
    assert waits.notify(address, 1) == 1
    assert results_of(owner, 1) == [(wait_id, waits.OK)]


def test_timeout_wakes_with_timed_out_once(cell, owner):
    _, address = cell
    wait_id = next(_ids)
    waits.wait_async(address, 4, 0, wait_id, timeout_ms=5)
    assert results_of(owner, 1) == [(wait_id, waits.TIMED_OUT)]
    assert waits.notify(address, INF) == 0
    time.sleep(0.02)
    assert owner.take() == []


def test_notify_before_timeout_wins(cell, owner):
    _, address = cell
    wait_id = next(_ids)
    waits.wait_async(address, 4, 0, wait_id, timeout_ms=30)
    assert waits.notify(address, 1) == 1
    time.sleep(0.08)   # past the deadline: the woken waiter is no longer due
    assert results_of(owner, 1) == [(wait_id, waits.OK)]
    assert owner.take() == []


def test_earlier_deadline_added_later_fires_first(cell, owner):
    _, address = cell
    late, early = next(_ids), next(_ids)
    waits.wait_async(address, 4, 0, late, timeout_ms=60_000)
    waits.wait_async(address, 4, 0, early, timeout_ms=1)
    assert results_of(owner, 1) == [(early, waits.TIMED_OUT)]
    assert waits.notify(address, INF) == 1   # the late one was still waiting
    assert results_of(owner, 1) == [(late, waits.OK)]


def test_many_async_waiters_notified_in_order(cell, owner):
    _, address = cell
    ids = [next(_ids) for _ in range(1000)]
    for wait_id in ids:
        waits.wait_async(address, 4, 0, wait_id, timeout_ms=600_000)
    assert waits.notify(address, 10) == 10
    assert waits.notify(address, INF) == 990
    assert [wait_id for wait_id, _ in results_of(owner, 1000)] == ids


def test_fifo_across_sync_and_async_waiters(cell, owner):
    """Blocked thread A, then an async waiter, then blocked thread B: notify(1) wakes them in
    that order, one at a time, and each notify counts exactly one."""
    _, address = cell
    woken: list[str] = []
    lock = threading.Lock()

    def blocked(name: str) -> None:
        result = waits.wait(address, 4, 0, INF)
        with lock:
            woken.append(f"{name}:{result}")

    thread_a = threading.Thread(target=blocked, args=("A",))
    thread_a.start()
    until_waiting(address, 1)
    async_id = next(_ids)
    waits.wait_async(address, 4, 0, async_id)
    thread_b = threading.Thread(target=blocked, args=("B",))
    thread_b.start()
    until_waiting(address, 3)

    assert waits.notify(address, 1) == 1
    thread_a.join(JOIN_TIMEOUT)
    assert not thread_a.is_alive()
    assert woken == [f"A:{waits.OK}"] and owner.take() == []
    assert waits.notify(address, 1) == 1
    assert results_of(owner, 1) == [(async_id, waits.OK)]
    assert thread_b.is_alive()
    assert waits.notify(address, 5) == 1
    thread_b.join(JOIN_TIMEOUT)
    assert woken == [f"A:{waits.OK}", f"B:{waits.OK}"]


def test_notify_from_another_thread_wakes_async_waiter(cell, owner):
    memory, address = cell
    wait_id = next(_ids)
    waits.wait_async(address, 4, 0, wait_id)
    counts: list[int] = []

    def notifier() -> None:
        memory[0] = 1
        counts.append(waits.notify(address, INF))

    thread = threading.Thread(target=notifier)
    thread.start()
    assert results_of(owner, 1) == [(wait_id, waits.OK)]
    thread.join(JOIN_TIMEOUT)
    assert counts == [1]


def test_terminate_releases_blocked_and_withdraws_async(cell):
    """An owner's termination: its blocked wait returns TERMINATED, its async waits are dropped
    (never resolved, not counted by notify), its later waits return TERMINATED at once; another
    owner's waiter is untouched."""
    _, address = cell
    ready = threading.Event()
    owners: list[waits.Owner] = []
    returned: list[int] = []

    def victim() -> None:
        owner = waits.Owner()
        owners.append(owner)
        waits.wait_async(address, 4, 0, next(_ids))
        ready.set()
        returned.append(waits.wait(address, 4, 0, INF))
        returned.append(waits.wait(address, 4, 0, INF))   # terminated: at once
        returned.append(waits.wait_async(address, 4, 0, next(_ids)))
        owner.free()

    thread = threading.Thread(target=victim)
    thread.start()
    assert ready.wait(JOIN_TIMEOUT)
    until_waiting(address, 2)
    other = waits.Owner()
    other_id = next(_ids)
    waits.wait_async(address, 4, 0, other_id)

    owners[0].terminate()
    thread.join(JOIN_TIMEOUT)
    assert not thread.is_alive()
    assert returned == [waits.TERMINATED, waits.TERMINATED, waits.TERMINATED]
    assert waits.waiting(address) == 1        # only the other owner's waiter is left
    assert waits.notify(address, INF) == 1
    assert results_of(other, 1) == [(other_id, waits.OK)]
    other.free()


def test_freed_owner_withdraws_its_async_waits(cell):
    _, address = cell
    owner = waits.Owner()
    waits.wait_async(address, 4, 0, next(_ids))
    waits.wait_async(address, 4, 0, next(_ids), timeout_ms=1)
    owner.free()
    assert waits.waiting(address) == 0
    assert waits.notify(address, INF) == 0


def test_many_waiters_and_notifiers_lose_no_wake_up(cell):
    """Ping-pong between pairs of threads through one cell each, thousands of times, plus
    threads that block on a shared cell and are released by many notifiers: a lost wake-up
    leaves a thread blocked and fails the join."""
    memory = ffi.new("int32_t[16]")
    base = int(ffi.cast("uintptr_t", memory))
    rounds = 2000
    failures: list[str] = []

    def player(slot: int, me: int, other: int) -> None:
        address = base + 4 * slot
        for _ in range(rounds):
            while ffi.cast("int32_t *", address)[0] != me:
                waits.wait(address, 4, other, INF)
            ffi.cast("int32_t *", address)[0] = other
            waits.notify(address, INF)

    threads = []
    for pair in range(3):
        memory[pair] = 0
        threads += [threading.Thread(target=player, args=(pair, 0, 1)),
                    threading.Thread(target=player, args=(pair, 1, 0))]
    gate = base + 4 * 8   # memory[8]: 0 closed, 1 open

    def blocked() -> None:
        while memory[8] == 0:
            if waits.wait(gate, 4, 0, INF) not in (waits.OK, waits.NOT_EQUAL):
                failures.append("bad result")

    blockers = [threading.Thread(target=blocked) for _ in range(8)]
    for thread in threads + blockers:
        thread.start()
    memory[8] = 1
    notifiers = [threading.Thread(target=waits.notify, args=(gate, 1)) for _ in range(8)]
    for thread in notifiers:
        thread.start()
    for thread in notifiers:
        thread.join(JOIN_TIMEOUT)
    # (a blocker that had not queued when the gate opened sees 1 and does not wait: the 8
    # notifiers, all started after that, wake every one that had)
    for thread in threads + blockers:
        thread.join(JOIN_TIMEOUT)
        assert not thread.is_alive(), "a wake-up was lost"
    assert failures == []
    for slot in (0, 1, 2, 8):
        assert waits.waiting(base + 4 * slot) == 0
