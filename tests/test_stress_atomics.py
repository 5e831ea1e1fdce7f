"""Stress test for Atomics across threads (engine/natomics.c's wait table through JS): many
waiters and notifiers at once, sync and async, fast path and JS path. A lost wake-up leaves a
thread blocked, so the run never ends and the timeout fails the test. Asserts behaviour, never
timing."""

from __future__ import annotations

import json

from stress_runner import run


def test_many_waiters_and_notifiers_lose_no_wake_up():
    result = run("atomics_storm.js", "2000", timeout=240)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"pairs": [2000, 2000, 2000], "taken": 3000, "asyncRounds": 2000}, report
