"""Stress tests for TCP: 1,000 connections opened and closed against one server (tests/stress/tcp_churn.js)
leave no descriptor and no thread behind, and every echo comes back intact; a server in a worker
and a client on the main thread exchange 100 MB with no byte lost or reordered. Never timed."""

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


def test_a_server_in_a_worker_and_a_client_exchange_100_mb_intact_and_in_order():
    """tests/stress/tcp_worker_exchange.js: 100 MB from the main thread to a worker's server and
    echoed back; running SHA-256 digests and chunk numbers checked on both sides."""
    result = run("tcp_worker_exchange.js", "100", timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    client, server = report["client"], report["server"]
    total = 100 * 1024 * 1024
    assert client["sent"] == server["received"] == client["received"] == total, report
    assert server["receivedDigest"] == client["sentDigest"], report      # nothing lost or reordered going
    assert client["receivedDigest"] == client["sentDigest"], report      # nor coming back
    assert client["orderErrors"] == server["orderErrors"] == 0, report
    assert client["chunks"] == server["chunks"] == total // (64 * 1024), report
