"""Structured-clone fuzzing with a fixed seed: tests/fuzz/clone_fuzz.js makes a few thousand
values (nested objects, arrays with holes and extra keys, Map, Set, Date, RegExp, every typed
array, DataView, ArrayBuffer, BigInt, -0, NaN, lone surrogates, errors with odd messages and
causes, own "__proto__" keys, shared references and cycles, uncloneables at random depth), clones
each with structuredClone and through a worker and describes the results. Under node 24 (when it
is installed) the descriptions must be the same; without it, each value's two clones must agree.
bin/clone-fuzz.py runs longer (100,000 values and more)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from oracle import NODE

HARNESS = Path(__file__).resolve().parent / "fuzz" / "clone_fuzz.js"
SEED, COUNT = "20261207", "3000"


def _run(command: list[str]) -> list[str]:
    done = subprocess.run(command + [str(HARNESS), SEED, COUNT], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3 * int(COUNT)
    return lines


def test_structured_clone_of_fuzzed_values_matches_node():
    ours = _run([sys.executable, "-m", "noderun"])
    if NODE is None:   # no oracle: the two ways of cloning must at least agree
        for i in range(0, len(ours), 3):
            assert ours[i + 1].split(" ", 3)[-1] == ours[i + 2].split(" ", 4)[-1], ours[i:i + 3]
        return
    theirs = _run([NODE])
    differing = [(ours[i:i + 3], theirs[i:i + 3]) for i in range(0, len(ours), 3) if ours[i:i + 3] != theirs[i:i + 3]]
    assert not differing, f"{len(differing)} of {COUNT} values differ from node 24; first: {differing[0]}"
