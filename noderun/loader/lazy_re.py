"""Regular expressions compiled on first use.

The loader's patterns take milliseconds to compile, and most runs (a script with relative
requires) never use them; a module-level `LazyPattern(...)` costs nothing until it matches, not
even the import of `re` (which imports enum, functools and collections: 3 ms of start-up). So
patterns made at import give their flags inline (`(?i)...`), and `escape` stands in for
`re.escape` there.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re


class LazyPattern:
    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        # only reached for the re.Pattern methods (match, sub, ...): the slots are found first
        if self._compiled is None:
            import re
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def escape(text: str) -> str:
    """A pattern matching `text` literally, as re.escape's: a backslash before each character but
    letters, digits and '_' (re takes an escaped punctuation character as itself)."""
    return "".join(ch if ch.isalnum() or ch == "_" else "\\" + ch for ch in text)
