#!/usr/bin/env python3
"""Structured-clone fuzzing, the long run: tests/fuzz/clone_fuzz.js under noderun and node 24 for
many seeds, compared value by value.

    .venv/bin/python bin/clone-fuzz.py [--values 100000] [--per-seed 5000] [--first-seed 1] [--show 5]

Prints each differing value (its description, then noderun's and node's clones) up to --show,
and a summary; exits 1 if any value differs. Needs the reference node (bin/install-node)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from oracle import NODE  # noqa: E402

HARNESS = ROOT / "tests" / "fuzz" / "clone_fuzz.js"


def run(command: list[str], seed: int, count: int) -> list[str]:
    done = subprocess.run(command + [str(HARNESS), str(seed), str(count)], capture_output=True, text=True,
                          timeout=max(600, count // 10))
    if done.returncode != 0:
        sys.exit(f"{command[0]} failed on seed {seed} (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return done.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=100_000)
    parser.add_argument("--per-seed", type=int, default=5_000)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5)
    options = parser.parse_args()
    if NODE is None:
        sys.exit("the reference node 24 is missing: run bin/install-node")
    noderun = [sys.executable, "-m", "noderun"]
    compared = differing = 0
    seed = options.first_seed
    while compared < options.values:
        count = min(options.per_seed, options.values - compared)
        ours, theirs = run(noderun, seed, count), run([NODE], seed, count)
        for i in range(0, 3 * count, 3):
            if ours[i:i + 3] != theirs[i:i + 3]:
                differing += 1
                if differing <= options.show:
                    print(f"seed {seed} value {ours[i]}\n  noderun:{ours[i + 1]}\n          {ours[i + 2]}\n"
                          f"  node:   {theirs[i + 1]}\n          {theirs[i + 2]}")
        compared += count
        print(f"seed {seed}: {compared} values compared, {differing} differ", file=sys.stderr)
        seed += 1
    print(f"{compared - differing} of {compared} values cloned as node 24 clones them")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
