"""Host functions behind node:fs (the Python half; the JS half is noderun/node/js/fs.js)."""

from __future__ import annotations

FUNCTIONS: dict = {}
