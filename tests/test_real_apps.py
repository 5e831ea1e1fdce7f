"""Real applications from npm (express with compression and static files, koa with its router and
body parser, fastify with schemas, hooks and plugins; axios and fetch as their clients) under node
24 and noderun: bin/real-apps-check runs each program of bin/real-apps/ under both and diffs
their transcripts. The packages come from the npm registry into .bench-cache/real-apps/ (git-ignored,
kept between runs and keyed by the package list); without npm or the registry the test is skipped
and says why."""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from oracle import NODE

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "bin" / "real-apps-check"
APPS = sorted(p.stem for p in (ROOT / "bin" / "real-apps").glob("*.*js") if p.stem != "transcript")

pytestmark = pytest.mark.skipif(NODE is None, reason="needs the reference node (bin/install-node)")


@cache
def registry_unreachable() -> str | None:
    npm = shutil.which("npm")
    if npm is None:
        return "npm is not on PATH"
    try:
        ping = subprocess.run([npm, "ping"], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "npm ping timed out"
    return None if ping.returncode == 0 else f"the npm registry is unreachable: {ping.stderr.strip()[-300:]}"


@pytest.mark.parametrize("app", APPS)
def test_real_app_matches_node(app):
    reason = registry_unreachable()
    if reason:
        pytest.skip(reason)
    done = subprocess.run([sys.executable, str(CHECK), "--only", app, "--node", NODE,
                           "--noderun", f"{sys.executable} -m noderun"],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{app} " in done.stdout and done.stdout.splitlines()[1].split()[-1] == "yes", done.stdout
