"""Running the scripts of tests/stress/ under noderun, for the stress tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

STRESS = Path(__file__).resolve().parent / "stress"
NODERUN = [sys.executable, "-m", "noderun"]


def run(script: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(NODERUN + [str(STRESS / script), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=STRESS)
