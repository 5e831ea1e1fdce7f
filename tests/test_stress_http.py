"""Stress test for node:http's server (parser, pipelining, backpressure), never timed.

tests/stress/http_pipeline_storm.js: keep-alive connections each send a burst of pipelined POSTs
(content-length and chunked bodies up to 200 KB) while their reader is paused, so responses back
up, the server stops reading (its parser reads the handle itself) and must resume; some answers
are 150 KB of small writes. Every answer must come, in order, with the body's digest and size.
"""

from __future__ import annotations

from stress_runner import run


def test_pipelined_bursts_on_many_connections_all_answered_in_order():
    result = run("http_pipeline_storm.js", "12", "12", timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "connections 12 requests 144 failures 0", result.stdout
