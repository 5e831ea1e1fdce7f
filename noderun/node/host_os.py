"""Host functions behind node:os (the Python half; the JS half is noderun/node/js/os.js)."""

from __future__ import annotations

FUNCTIONS: dict = {}
