"""The host functions of `module.enableCompileCache()` & co. (the cache itself: loader/compile_cache.py).

They live in the node layer because the cache's entries are stamped with the node, noderun and
engine versions that made them.
"""

from __future__ import annotations

import os

from .. import NODE_VERSION, __version__
from ..engine.lib import ENGINE_VERSION
from ..engine.runtime import Context
from ..loader import compile_cache

#: The subdirectory of the cache directory, and the stamp in every entry (node's is
#: 'v24.12.0-x64-<flags hash>-<uid>': its entries are V8's, ours QuickJS-ng's).
VERSIONS = f"{NODE_VERSION}-x64-noderun-{__version__}-quickjs-ng-{ENGINE_VERSION}"


def enable_from_environment() -> None:
    """NODE_COMPILE_CACHE=dir enables the cache at start-up (a failure is silent, as in node)."""
    base = os.environ.get("NODE_COMPILE_CACHE")
    if base:
        compile_cache.enable(base, VERSIONS)


def _enable(ctx: Context, directory: str | None):
    status, detail = compile_cache.enable(directory, VERSIONS)
    return [status, detail]


def _directory(ctx: Context):
    return compile_cache.directory()


def _flush(ctx: Context) -> None:
    compile_cache.flush()


FUNCTIONS = {
    "compileCacheEnable": _enable,
    "compileCacheDir": _directory,
    "compileCacheFlush": _flush,
}
