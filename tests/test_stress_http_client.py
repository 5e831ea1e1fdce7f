"""Stress test for the http client, fetch and WebSocket (tests/stress/http_client_storm.js): hundreds
of requests at once to one server all get their own answer, a keep-alive Agent limited to 5
sockets never opens more and ends with nothing waiting, every WebSocket gets its echo. Never timed."""

from __future__ import annotations

import json

from stress_runner import run


def test_concurrent_fetches_gets_and_websockets_each_get_their_own_answer():
    count = 150
    result = run("http_client_storm.js", str(count), timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["fetchRight"] == count, report
    assert report["getRight"] == 2 * count, report
    assert report["wsRight"] == count, report
    assert report["agentSockets"] <= 5 and report["agentWaiting"] == 0, report
