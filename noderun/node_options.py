"""NODE_OPTIONS for the main process, as node reads it: words apart ("double quotes" keep spaces,
a backslash escapes inside them), the options node allows there and noderun knows put before the
command line's, any other refused with node's message and exit code 9. A leaf: nothing here runs
JS (the worker side, env.NODE_OPTIONS, is checked in internal/worker/worker.js)."""

from __future__ import annotations

import re

# node 24 allows these in NODE_OPTIONS (checked one by one against it) and noderun's command line
# takes them
ALLOWED = frozenset({
    "-r", "--require", "--import", "--input-type", "--max-old-space-size",
    "--no-warnings", "--trace-uncaught", "--trace-warnings", "--enable-source-maps", "--no-deprecation",
    "--trace-deprecation", "--pending-deprecation", "--experimental-vm-modules", "--expose-gc",
    "--experimental-require-module", "--no-experimental-require-module", "--experimental-detect-module",
    "--preserve-symlinks", "--abort-on-uncaught-exception", "--experimental-worker",
    "--experimental-global-webcrypto", "--no-node-snapshot", "--debug-arraybuffer-allocations",
    "--trace-require-module", "--experimental-strip-types", "--no-experimental-strip-types",
    "--strip-types", "--no-strip-types", "--experimental-sqlite", "--no-experimental-sqlite",
})
# those whose value may be the next word
TAKES_VALUE = frozenset({"-r", "--require", "--import", "--input-type", "--max-old-space-size"})

_WORD = re.compile(r'"((?:\\.|[^"\\])*)"|(\S+)')


def words(text: str) -> list[str]:
    return [bare if bare else re.sub(r"\\(.)", r"\1", quoted) for quoted, bare in _WORD.findall(text)]


def options(text: str) -> list[str]:
    """The command-line options NODE_OPTIONS holds; raises ValueError with node's words for one
    it refuses."""
    found = words(text)
    result = []
    i = 0
    while i < len(found):
        word = found[i]
        name, equals, _ = word.partition("=")
        if name not in ALLOWED:
            raise ValueError(f"{name}{equals} is not allowed in NODE_OPTIONS")
        result.append(word)
        if name in TAKES_VALUE and not equals:
            if i + 1 == len(found):
                raise ValueError(f"{name} requires an argument")
            i += 1
            result.append(found[i])
        i += 1
    return result
