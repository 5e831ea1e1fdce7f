#!/usr/bin/env python3
"""Benchmarks against node in the same run, reported as ratios (noderun / reference).

    .venv/bin/python bin/bench.py [--runs N]

- startup: `noderun -e ""` against `node -e ""`, alternated runs, median wall time.
- cpu: a CPU-bound loop under noderun against the same code in bare quickjs-ng
  (`quickjs.Context().eval`), both timed inside the process around the JS alone.
Timing lives here, never in the test suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODERUN = [str(Path(sys.executable).parent / "noderun")]
CPU_LOOP = "let s = 0; for (let i = 0; i < 30000000; i++) { s = (s + i * 7) % 1000003; } s"


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def bench_startup(runs: int) -> tuple[float, float]:
    node = shutil.which("node")
    ours, theirs = [], []
    for _ in range(runs):   # alternated, so drift hits both alike
        ours.append(wall(NODERUN + ["-e", ""]))
        theirs.append(wall([node, "-e", ""]))
    return statistics.median(ours), statistics.median(theirs)


def bench_cpu(runs: int) -> tuple[float, float]:
    script = ROOT / "bin" / ".bench_cpu.js"
    script.write_text(
        "const t = performance.now();\n"
        f"{CPU_LOOP};\n"
        "process.stdout.write(String((performance.now() - t) / 1000));\n")
    bare = ("import quickjs, time; c = quickjs.Context(); t = time.perf_counter(); "
            f"c.eval({CPU_LOOP!r}); print(time.perf_counter() - t)")
    ours, theirs = [], []
    try:
        for _ in range(runs):
            ours.append(float(subprocess.run(NODERUN + [str(script)], capture_output=True, text=True,
                                             check=True).stdout))
            theirs.append(float(subprocess.run([sys.executable, "-c", bare], capture_output=True,
                                               text=True, check=True).stdout))
    finally:
        script.unlink()
    return statistics.median(ours), statistics.median(theirs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    os.chdir(ROOT)
    # An installed package has its modules byte-compiled (pip compiles them; otherwise Python writes
    # __pycache__ on the first run). Where PYTHONDONTWRITEBYTECODE=1 is set, as on our CI machines,
    # that never happens and every start would compile noderun from source: compile it once here.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "noderun")], check=True,
                   stdout=subprocess.DEVNULL)
    ours, node = bench_startup(args.runs)
    print(f"startup  noderun -e '' {ours * 1000:7.1f} ms   node -e '' {node * 1000:7.1f} ms   "
          f"ratio {ours / node:.2f}x (target <= 1.0x)")
    ours, bare = bench_cpu(max(3, args.runs // 2))
    print(f"cpu loop noderun {ours * 1000:7.1f} ms   bare quickjs-ng {bare * 1000:7.1f} ms   "
          f"ratio {ours / bare:.2f}x (target <= 1.05x)")


if __name__ == "__main__":
    main()
