"""Stress test for Web Locks: one process-wide lock table shared by many threads.

Runs tests/stress/locks_contention.js under noderun: nine threads contend for one lock guarding a
counter in shared memory; then a worker is terminated while it holds the lock and another while
its request waits. Asserts behaviour, never timing.
"""

from __future__ import annotations

import json

from stress_runner import run


def test_many_threads_contending_for_a_lock_never_overlap_and_every_request_is_granted():
    result = run("locks_contention.js", "8", "200")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["violations"] == 0, report                      # never two exclusive holders, nor mixed modes
    assert report["granted"] == report["expectedGranted"], report  # every request granted once
    assert report["counter"] == report["expectedCounter"], report  # no update lost across the awaits
    assert report["maxShared"] >= 2, report                       # shared holders do hold it together


def test_a_terminated_workers_lock_is_released_and_its_waiting_request_withdrawn():
    result = run("locks_contention.js", "2", "20")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["holding"] == "holding" and report["waiting"] == "waiting 1", report
    assert report["blockedWhileHeld"] is True, report
    assert report["freeAfterTerminate"] is True, report
    assert report["violations"] == 0, report   # the dead waiter's callback never ran
    assert (report["held"], report["pending"]) == (0, 0), report
