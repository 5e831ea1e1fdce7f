"""The one door to the engine: opens quickjs-ng's `_quickjs` extension with cffi (ABI mode).

The PyPI wheel `quickjs-ng` exports QuickJS-ng's whole C API from its extension module; we bind
that shared object directly, so installing noderun needs no C compiler. Only this module opens it,
and only `noderun.engine` imports `ffi` / `lib`.
"""

import os
import sys

from ._ffi import ffi

ENGINE_VERSION = "0.17.0"  # the QuickJS-ng release inside the pinned quickjs-ng wheel; see quickjs.h


class EngineABIError(RuntimeError):
    """The installed quickjs-ng does not match the header noderun was generated from."""


def _extension_path() -> str:
    """Where `import _quickjs` would find the extension: the first sys.path folder that has a file
    of that name with an extension suffix (what importlib.util.find_spec answers, without the
    5 ms its import costs at every start)."""
    import _imp

    for folder in sys.path:
        for suffix in _imp.extension_suffixes():
            path = os.path.join(folder or os.curdir, "_quickjs" + suffix)
            if os.path.isfile(path):
                return os.path.abspath(path)
    raise EngineABIError("quickjs-ng is not installed: its extension module _quickjs was not found")


lib = ffi.dlopen(_extension_path())

_found = ffi.string(lib.JS_GetVersion()).decode()
if _found != ENGINE_VERSION or ffi.sizeof("JSValue") != 16:
    raise EngineABIError(
        f"noderun was built against QuickJS-ng {ENGINE_VERSION} (16-byte JSValue); "
        f"found {_found} ({ffi.sizeof('JSValue')}-byte JSValue). Reinstall noderun's pinned quickjs-ng."
    )

__all__ = ["ffi", "lib", "ENGINE_VERSION", "EngineABIError"]
