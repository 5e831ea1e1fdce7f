"""Stress test for child processes: 200 children spawned and reaped (tests/stress/spawn_churn.js)
leave no descriptor, thread or zombie behind, and each one's output and exit code arrive intact.
Never timed."""

from __future__ import annotations

import json

from stress_runner import run


def test_two_hundred_children_are_reaped_with_no_descriptor_left_behind():
    result = run("spawn_churn.js", "200", timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["closed"] == 200 and report["wrong"] == 0, report
    assert report["unreaped"] == 0, report
    assert report["after"]["fds"] == report["before"]["fds"], report
    assert report["after"]["threads"] == report["before"]["threads"], report
