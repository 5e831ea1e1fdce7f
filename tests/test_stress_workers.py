"""Stress tests for worker_threads: message storms, worker churn, misbehaving siblings, exit.

Each runs a script from tests/stress under noderun in a subprocess and checks what it printed.
They assert behaviour (nothing lost, nothing leaked, nobody disturbed), never timing.
"""

from __future__ import annotations

import json

from stress_runner import run


def test_four_workers_exchange_100000_messages_each_in_order():
    result = run("message_storm.js", "100000")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sorted(lines) == [f"worker {w}: received 100000 replies, 0 out of order" for w in range(4)]


def test_200_workers_started_and_terminated_leave_no_threads_and_bounded_memory():
    result = run("churn.js", "200")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["endThreads"] == report["startThreads"], report
    assert report["rssGrowthMb"] < 64, report   # no per-worker leak (a runtime costs ~1 MB)


def test_a_throwing_overflowing_or_spinning_worker_never_disturbs_its_siblings():
    result = run("siblings.js")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout.strip())
    assert results["worker"] == "sum 14999995 / exit 0"
    assert results["throws"] == "error TypeError: thrown on purpose / exit 1"
    assert results["overflow"] == "error RangeError: Maximum call stack size exceeded / exit 1"
    assert results["spins"] == "undefined / exit 1"


def test_process_exit_on_main_ends_at_once_while_workers_spin_or_block():
    # a process that waited for its workers would never end: the timeout is what fails then
    result = run("exit_while_busy.js", timeout=60)
    assert result.returncode == 42, result.stderr
    assert result.stdout == ""


def test_terminating_workers_mid_flood_and_mid_relay_settles_every_promise_and_frees_threads():
    result = run("terminate_races.js", "50")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # a relay whose peer was terminated first may end by itself (exit 0) before its own terminate
    assert set(report["codes"]) <= {"0", "1"} and sum(report["codes"].values()) == 150, report
    assert report["threadsBack"] is True, report


def test_1000_workers_terminated_right_after_new_worker_all_settle():
    # a worker whose code began after the terminate request once ran for ever: the subprocess's
    # timeout is what fails then
    result = run("spawn_terminate.js", "1000")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(report["codes"]) <= {"0", "1"} and sum(report["codes"].values()) == 1000, report
    assert report["threadsBack"] is True, report


def test_1000_workers_one_after_another_hold_no_native_memory():
    # each Worker once kept its whole context (213 KB of native memory) after it ended
    result = run("worker_memory.js", "1000")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["rssGrowthMb"] < 20, report   # was 187-237 MB; node 24 grows about 7 MB
