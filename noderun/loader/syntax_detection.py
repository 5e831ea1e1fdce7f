"""Whether code is an ES module by its syntax alone (node's --experimental-detect-module, on by
default): what -e code and an untyped .js file need to know before the ES module loader is loaded.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..engine.runtime import Context


def looks_like_module(context: Context, source: str, *, is_eval: bool = False) -> bool:
    """node 20.19's syntax detection: code that fails to parse as a CommonJS function body but
    parses as a module (import / export statements, top-level await) is a module. Eval code
    (-e, stdin, a worker's eval) is not wrapped by node, so redeclaring `__filename` or `module`
    there is no sign of a module."""
    params = "" if is_eval else "exports, require, module, __filename, __dirname"
    wrapped = f"(function ({params}) {{ " + source + "\n})"
    return not context.parses_as_script(wrapped) and context.detect_module(source)
