#!/usr/bin/env python3
"""Regenerate noderun/engine/_ffi.py from noderun/engine/quickjs.h (after editing the header)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from noderun.engine._build_ffi import build  # noqa: E402

if __name__ == "__main__":
    print(build())
