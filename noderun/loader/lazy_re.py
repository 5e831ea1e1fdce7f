"""Regular expressions compiled on first use.

The loader's patterns take milliseconds to compile, and most runs (a script with relative
requires) never use them; a module-level `LazyPattern(...)` costs nothing until it matches.
"""

from __future__ import annotations

import re


class LazyPattern:
    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        # only reached for the re.Pattern methods (match, sub, ...): the slots are found first
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)
