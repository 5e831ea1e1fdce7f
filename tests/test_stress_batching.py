"""Stress tests for message batching (small messages posted in a burst cross as one array).

Each runs a script from tests/stress under noderun in a subprocess and checks what it printed: no
message lost, reordered or altered around the direct-path messages that interleave with a burst,
no burst held back while its sender spins or blocks (the subprocess timeout is what fails then),
and no hang or leftover thread when workers are terminated in the middle of a burst.
"""

from __future__ import annotations

import json

from stress_runner import run


def test_four_workers_post_200000_mixed_messages_each_all_arrive_in_order_and_intact():
    result = run("batch_storm.js", "200000")
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == [
        f"worker {w}: exit 0, received 200000, bad 0" for w in range(4)], result.stderr


def test_a_burst_leaves_while_its_worker_spins_or_blocks_waiting_for_the_ack():
    result = run("batch_spin_ack.js", "50", timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"released": 50, "stuck": 0, "disorder": 0, "exits": {"0": 50}}, report


def test_terminating_workers_mid_burst_settles_every_terminate_and_frees_threads():
    result = run("batch_terminate.js", "100", timeout=180)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"codes": {"1": 100}, "disorder": 0, "threadsBack": True}, report
