"""Stress test for node:sqlite across threads: every worker (and the main thread) writes its own
database file and reads it back after each batch, while all of them append to one shared file.

It checks what the threads report and then reads every file with Python's sqlite3 directly: no row
lost or altered, every connection stayed on its own thread, no busy error on the shared file.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess

from stress_runner import NODERUN, STRESS, run

WORKERS, BATCHES, PER_BATCH = 4, 20, 50


def test_workers_with_their_own_database_files_write_and_read_concurrently(tmp_path):
    result = run("sqlite_workers.js", str(tmp_path), str(WORKERS), str(BATCHES), str(PER_BATCH),
                 timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    rows = BATCHES * PER_BATCH
    expected_sum = rows * (rows - 1) // 2
    assert report["reports"] == [
        {"id": i, "rows": rows, "sum": expected_sum, "bad": 0} for i in range(WORKERS + 1)]
    assert report["log"] == [[i, BATCHES] for i in range(WORKERS + 1)]

    for i in range(WORKERS + 1):
        name = "main.db" if i == 0 else f"worker-{i}.db"
        with sqlite3.connect(tmp_path / name) as db:
            count, total, owners = db.execute(
                "SELECT count(*), sum(n), count(DISTINCT owner) FROM items").fetchone()
            assert (count, total, owners) == (rows, expected_sum, 1)
            label, data = db.execute("SELECT label, data FROM items WHERE n = 300").fetchone()
            assert (label, data) == (f"w{i}-300", bytes([i, 300 & 255]))


def test_databases_nothing_reaches_are_closed_and_a_used_one_stays_open(tmp_path):
    result = subprocess.run(NODERUN + ["--expose-gc", str(STRESS / "sqlite_unreachable.js"), str(tmp_path), "300"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # 300 connections opened; only the one the kept statement uses may still hold its file
    assert report["kept"] is True
    assert report["fdsGrewBy"] <= 3, report
