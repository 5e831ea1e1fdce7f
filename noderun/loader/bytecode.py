"""The JS halves of the builtins, compiled to bytecode once per process and read into every runtime.

Each file `noderun/node/js/<id>.js` is wrapped as `(function (exports, require, module, host) {...})`
and named `node:<id>` in stack traces, as node names its own modules. The first runtime that needs
a file compiles it and keeps the bytecode (JS_WriteObject); every later runtime (every Worker) reads
the bytecode instead of parsing the source again, which is most of a worker's start-up time.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..engine.runtime import Context, JSObject

JS_ROOT = Path(__file__).resolve().parent.parent / "node" / "js"
WRAPPER_HEAD = "(function (exports, require, module, host) { "
WRAPPER_TAIL = "\n})"

_bytecode: dict[str, bytes] = {}
_lock = threading.Lock()


def source_path(internal_id: str) -> Path:
    path = (JS_ROOT / f"{internal_id}.js").resolve()
    if JS_ROOT not in path.parents:
        raise ValueError(f"not an internal module: {internal_id}")
    return path


def exists(internal_id: str) -> bool:
    """Whether node/js has a file for this internal module (builtins not written yet have none)."""
    if internal_id in _bytecode:
        return True
    try:
        return source_path(internal_id).is_file()
    except ValueError:
        return False


def source_line(internal_id: str, line: int) -> str | None:
    """Line `line` (1-based) of an internal module's source, for error printing."""
    try:
        lines = source_path(internal_id).read_text().splitlines()
    except (OSError, ValueError):
        return None
    if not 1 <= line <= len(lines):
        return None
    return lines[line - 1]


def load_function(context: Context, internal_id: str) -> JSObject:
    """The wrapper function of an internal module, from bytecode when this process has it."""
    code = _bytecode.get(internal_id)
    if code is None:
        source = source_path(internal_id).read_text()
        compiled = context.compile_script(WRAPPER_HEAD + source + WRAPPER_TAIL, f"node:{internal_id}")
        code = context.write_bytecode(compiled)
        with _lock:
            _bytecode.setdefault(internal_id, code)
        return context.eval_function(compiled)
    return context.eval_function(context.read_bytecode(code))
