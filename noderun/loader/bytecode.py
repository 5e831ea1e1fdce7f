"""The JS halves of the builtins, compiled to bytecode once per process and read into every runtime.

Each file `noderun/node/js/<id>.js` is wrapped as `(function (exports, require, module, host) {...})`
and named `node:<id>` in stack traces, as node names its own modules. The first runtime that needs
a file compiles it and keeps the bytecode (JS_WriteObject); every later runtime (every Worker) reads
the bytecode instead of parsing the source again, which is most of a worker's start-up time.
"""

from __future__ import annotations

import threading
import os

from ..engine.runtime import Context, JSObject

JS_ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "node", "js")
WRAPPER_HEAD = "(function (exports, require, module, host) { "
WRAPPER_TAIL = "\n})"

_bytecode: dict[str, bytes] = {}
_lock = threading.Lock()


def source_path(internal_id: str) -> str:
    path = os.path.normpath(os.path.join(JS_ROOT, f"{internal_id}.js"))
    if not path.startswith(JS_ROOT + os.sep):
        raise ValueError(f"not an internal module: {internal_id}")
    return path


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def exists(internal_id: str) -> bool:
    """Whether node/js has a file for this internal module (builtins not written yet have none)."""
    if internal_id in _bytecode:
        return True
    try:
        return os.path.isfile(source_path(internal_id))
    except ValueError:
        return False


def source_line(internal_id: str, line: int) -> str | None:
    """Line `line` (1-based) of an internal module's source, for error printing."""
    try:
        lines = _read(source_path(internal_id)).splitlines()
    except (OSError, ValueError):
        return None
    if not 1 <= line <= len(lines):
        return None
    return lines[line - 1]


def load_function(context: Context, internal_id: str) -> JSObject:
    """The wrapper function of an internal module, from bytecode when this process has it."""
    code = _bytecode.get(internal_id)
    if code is None:
        source = _read(source_path(internal_id))
        compiled = context.compile_script(WRAPPER_HEAD + source + WRAPPER_TAIL, f"node:{internal_id}")
        code = context.write_bytecode(compiled)
        with _lock:
            _bytecode.setdefault(internal_id, code)
        return context.eval_function(compiled)
    return context.eval_function(context.read_bytecode(code))
