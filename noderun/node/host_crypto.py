"""Host functions behind node:crypto (the Python half; the JS half is noderun/node/js/crypto.js)."""

from __future__ import annotations

FUNCTIONS: dict = {}
