"""Stress test for TCP: 1,000 connections opened and closed against one server (tests/stress/tcp_churn.js)
leave no descriptor and no thread behind, and every echo comes back intact. Never timed."""

from __future__ import annotations

import json

from stress_runner import run


def test_a_thousand_connections_leave_no_descriptor_or_thread_behind():
    result = run("tcp_churn.js", "1000", timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["completed"] == 1000 and report["wrong"] == 0, report
    assert report["closedServerSide"] == 1000, report
    # the listening socket is closed by then: one descriptor fewer than before
    assert report["after"]["fds"] == report["before"]["fds"] - 1, report
    assert report["after"]["threads"] == report["before"]["threads"], report
