"""Transferred ArrayBuffers whose memory moves between threads (engine/fastmsg.c): read on the
other side, freed by whichever side holds them last, never leaked nor freed twice, also when the
messages are dropped (a terminated worker, a closed or unread port). The script runs in this
test's subprocess through noderun.run_file, which then counts the moved blocks still alive."""

from __future__ import annotations

import subprocess
import sys

from stress_runner import STRESS

RUNNER = """
import gc, sys
import noderun
from noderun.engine import fastmsg
code = noderun.run_file(sys.argv[1], sys.argv[2:])
gc.collect()   # (dropped messages still referenced by a cycle)
print("live blocks", fastmsg.live_blocks())
sys.exit(code)
"""


def test_moved_buffers_are_read_on_the_other_side_and_freed_once():
    done = subprocess.run([sys.executable, "-c", RUNNER, str(STRESS / "transfer_churn.js"), "300"],
                          capture_output=True, text=True, timeout=600, cwd=STRESS)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "bounced 300 times with 4 workers, bad buffers: 0",
        "flood terminated, bad buffers: 0",
        "dropped: detached true",
        "live blocks 0",
    ]
