"""TypeScript type stripping, as node 24 does it for `.ts` / `.mts` / `.cts` files.

node 24 runs TypeScript by erasing the types (amaro, which is swc's strip-only mode): every type
annotation, type declaration and TypeScript-only keyword is replaced by whitespace of the same
length, line breaks kept, so every line and column of the program is the one in the .ts file and
stack traces point at it. What has runtime meaning in TypeScript (enums, namespaces holding values,
parameter properties, `import x = require()`, `export =`, `<T>expr` assertions) cannot be erased and
is ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX; a file that does not parse is ERR_INVALID_TYPESCRIPT_SYNTAX.
Both errors start their stack with node's snippet of the offending lines.

The parser is tree-sitter with the tree-sitter-typescript grammar (PyPI wheels, no compiler), used
by typescript_strip.py, which is imported only when a TypeScript file is first stripped, so plain
JavaScript never pays for it (this module stays small: the loaders import it at start-up). The syntax tree is
walked once: type-only nodes become blanks (byte ranges to whitespace), and the few places where
erasing changes how JavaScript reads the rest (a statement that would now start with `(` after an
erased line, a modifier before a computed class key, an arrow's return type on its own line) get the
same one-byte fixes swc makes (`;`, or a moved parenthesis). Blanking works on UTF-8 bytes as swc
does, so a non-ASCII character inside a type becomes whitespace of the same UTF-16 length.

Where the grammar lags behind TypeScript (a type it runs on into the next line, `using`
declarations, variance modifiers), the text is parsed again with a byte or a word read differently
(same offsets, so the tree still fits the source); errors inside what is erased whole are ignored.

Results are cached per process by file name and source text (threads share the cache; a race
computes the same text twice at worst), and in the compile cache when one is on.
"""

from __future__ import annotations

from ..errors import JSError, NodeError

__all__ = ["is_typescript", "load_source", "strip", "stripped_line", "strip_eval", "retry_eval", "INPUT_TYPES",
           "TypeScriptSyntaxError", "FUNCTIONS"]

EXTENSIONS = (".ts", ".mts", ".cts")

#: False under --no-experimental-strip-types: .ts files are then plain JavaScript to the loaders.
enabled = True

_cache: dict[str, tuple[str, object]] = {}   # filename -> (source, stripped text or the error)


_FLAGS = {"--experimental-strip-types": True, "--strip-types": True,
          "--no-experimental-strip-types": False, "--no-strip-types": False}


def disabled_by(options) -> bool:
    """Whether these command-line options turn type stripping off (the last of its flags wins)."""
    given = [_FLAGS[option] for option in options if option in _FLAGS]
    return bool(given) and not given[-1]


def is_typescript(filename: str) -> bool:
    """Whether node 24 strips the types of this file (by its extension; never when disabled)."""
    return enabled and filename.endswith(EXTENSIONS)


class TypeScriptSyntaxError(NodeError):
    """ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX / ERR_INVALID_TYPESCRIPT_SYNTAX with node's snippet
    (`hints`: "file:line" then the lines around the construct), which starts the error's stack."""

    def __init__(self, code: str, message: str, hints: str):
        super().__init__(code, message)
        self.hints = hints


def strip(source: str, filename: str, display_name: str | None = None) -> str:
    """The JavaScript node 24 runs for the TypeScript `source` of `filename`. `display_name` is the
    name the error snippet shows (the file: URL for ES modules, the path for CommonJS)."""
    cached = _cache.get(filename)
    if cached is not None and cached[0] == source:
        if isinstance(cached[1], TypeScriptSyntaxError):
            raise cached[1]
        return cached[1]
    if "node_modules" in filename.replace("\\", "/").split("/"):
        raise NodeError("ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING", filename)
    stripped, source_hash = _from_compile_cache(filename, source)
    if stripped is None:
        try:
            from .typescript_strip import Stripper   # the parser, only once TypeScript is loaded

            stripped = Stripper(source, filename if display_name is None else display_name).run()
        except TypeScriptSyntaxError as exc:   # kept too: the CJS loader may read a file twice
            _cache[filename] = (source, exc)
            raise
        if source_hash is not None:
            from . import compile_cache
            compile_cache.store("typescript", filename, source_hash, stripped.encode("utf-8", "surrogatepass"))
    _cache[filename] = (source, stripped)
    return stripped


def _from_compile_cache(filename: str, source: str) -> tuple[str | None, bytes | None]:
    """With a compile cache on (NODE_COMPILE_CACHE, module.enableCompileCache()), a file's stripped
    text is kept there too, as node keeps it: a second run does not parse the TypeScript again.
    Returns (the cached text or None, the source's hash for storing; None when no cache)."""
    from . import compile_cache

    if compile_cache.directory() is None or not filename.startswith("/"):
        return None, None
    payload, source_hash = compile_cache.load("typescript", filename, source)
    return (payload.decode("utf-8", "surrogatepass") if payload is not None else None), source_hash


def load_source(context, filename: str, source: str, display_name: str | None = None) -> str:
    """`source` as the loaders run it: a TypeScript file's types stripped (anything else as it is).
    A TypeScript error is thrown as node's JS error, its stack starting with the snippet."""
    if not is_typescript(filename):
        return source
    return _strip_for_js(context, source, filename, display_name)


def _strip_for_js(context, source: str, filename: str, display_name: str | None) -> str:
    try:
        return strip(source, filename, display_name)
    except TypeScriptSyntaxError as exc:
        error = context.host.realm.call("makeTypeScriptError", exc.code, exc.message, exc.hints)
        raise JSError("", "", value=error) from None


# -- code given on the command line (-e, -p, stdin) and a worker's eval code ----------------------------

#: --input-type values that say the code is TypeScript, and the JavaScript type each strips to
INPUT_TYPES = {"module-typescript": "module", "commonjs-typescript": "commonjs"}
_EVAL_NAME = "[eval]"   # node names all such code so in its TypeScript errors


def strip_eval(context, code: str) -> str:
    """Code of --input-type=module-typescript / commonjs-typescript: stripped, or node's error."""
    return _strip_for_js(context, code, _EVAL_NAME, _EVAL_NAME)


def retry_eval(context, code: str, original: JSError) -> str:
    """Code that did not compile as JavaScript, as node 24 retries it without --input-type: its
    types stripped. When that fails too, the JavaScript error is thrown, its stack starting with
    the TypeScript message (node's hint); so it is when stripping changes nothing."""
    try:
        stripped = strip(code, _EVAL_NAME, _EVAL_NAME)
    except TypeScriptSyntaxError as exc:
        if original.value is not None:
            context.host.realm.call("addTypeScriptHint", original.value, exc.message)
        raise original from None
    except NodeError:
        raise original from None
    if stripped == code:
        raise original
    return stripped


def stripped_line(filename: str, line: int) -> str | None:
    """Line `line` (1-based) of the JavaScript a TypeScript file ran as, if it was loaded: the
    source line node prints above an uncaught error's caret."""
    cached = _cache.get(filename)
    if cached is None or not isinstance(cached[1], str):
        return None
    lines = cached[1].split("\n")
    return lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else None


# -- host functions ------------------------------------------------------------------------------------

def _type_script_mode(ctx) -> object:
    """process.features.typescript: 'strip', or false under --no-experimental-strip-types."""
    return "strip" if enabled else False


def _strip_type_script_types(ctx, code: str, source_url: str) -> str:
    """module.stripTypeScriptTypes(): `code` stripped; errors name `source_url` as node's do."""
    return _strip_for_js(ctx, code, "\0stripTypeScriptTypes", source_url)


FUNCTIONS = {
    "typeScriptMode": _type_script_mode,
    "stripTypeScriptTypes": _strip_type_script_types,
}
