"""The host half of CommonJS: resolving require(), reading and compiling module source.

The Module objects, the cache and the wrapper call live in JS (node/js/internal/modules/cjs/
loader.js) where scripts see them; these are the calls it makes into the host.
"""

from __future__ import annotations

import errno

from ..engine import json_text
from ..engine.runtime import Context
from ..errors import JSError, NodeError
from . import compile_cache, resolve, typescript, watch_report

_MESSAGES = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EISDIR: "illegal operation on a directory",
    errno.ENOTDIR: "not a directory",
    errno.EEXIST: "file already exists",
    errno.EPERM: "operation not permitted",
    errno.ENOTEMPTY: "directory not empty",
    errno.EMFILE: "too many open files",
    errno.EBADF: "bad file descriptor",
}


def uv_message(exc: OSError) -> str:
    """libuv's description of an OSError's errno ('no such file or directory')."""
    return _MESSAGES.get(exc.errno, (exc.strerror or "unknown error").lower())


def fs_error(exc: OSError, syscall: str, path: str) -> NodeError:
    """node's fs error for an OSError: `ENOENT: no such file or directory, open '/x'`."""
    code = errno.errorcode.get(exc.errno, "EUNKNOWN")
    description = uv_message(exc)
    return NodeError(code, js_class="Error", message=f"{code}: {description}, {syscall} '{path}'",
                     errno=-(exc.errno or 0), syscall=syscall, path=path)


def read_text(path: str, syscall: str = "open") -> str:
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as exc:
        raise fs_error(exc, syscall, path) from None
    watch_report.loaded(path)
    return data.decode("utf-8", "replace")


def _resolve_require(ctx: Context, request: str, parent_filename: str | None, stack_json: str) -> str:
    return resolve.resolve_cjs(request, parent_filename, json_text.loads(stack_json))


def _read_source(ctx: Context, filename: str) -> str:
    return typescript.load_source(ctx, filename, read_text(filename))


def _compile_script(ctx: Context, source: str, filename: str):
    """Compile a CommonJS module's wrapper and run it (which gives the wrapper function), from
    the compile cache's bytecode when it has this very source."""
    if compile_cache.directory() is None:
        return ctx.eval_script(source, filename)
    return ctx.eval_function(compile_cached(ctx, "commonjs", filename, source)[0])


def compile_cached(ctx: Context, kind: str, name: str, source: str):
    """(owned compiled value, its bytecode) for a CommonJS wrapper or an ES module, read from the
    compile cache when it holds this source, else compiled and handed to the cache. An ES module
    read back is linked here (compiling links it), which loads what it imports."""
    code, source_hash = compile_cache.load(kind, name, source)
    if code is not None:
        try:
            value = ctx.read_bytecode(code)
        except JSError:   # the engine refused it after all: compile as if there were no entry
            value = None
        if value is not None:
            if kind == "esm":
                try:
                    ctx.resolve_module(value)
                except BaseException:
                    ctx.free_value(value)
                    raise
            return value, code
    compile_cache.note_compile(kind, name)
    value = ctx.compile_module(source, name) if kind == "esm" else ctx.compile_script(source, name)
    try:
        code = ctx.write_bytecode(value)
    except BaseException:
        ctx.free_value(value)
        raise
    compile_cache.store(kind, name, source_hash, code)
    return value, code


def _module_format(ctx: Context, filename: str) -> str:
    """'module', 'commonjs', 'json', or 'commonjs-detect' for a .js file whose package.json has no
    "type": node 20.19+ runs such a file as ESM when it only parses as a module."""
    form = resolve.module_format(filename)
    if form == "commonjs" and filename.endswith((".js", ".ts")):
        scope = resolve.package_scope(filename)
        if scope is None or "type" not in scope[1]:
            return "commonjs-detect"
    return form


def _builtin_modules(ctx: Context):
    return resolve.builtin_module_list()


def _is_builtin(ctx: Context, name: str) -> bool:
    return resolve.is_builtin(name)


def _find_package_json(ctx: Context, specifier: str, base: str) -> str | None:
    return resolve.find_package_json(specifier, None if base == "data:" else base)


def _init_global_paths(ctx: Context, node_path: str, home: str, prefix_lib: str) -> list[str]:
    return resolve.init_global_paths(node_path, home, prefix_lib)


def _json_parse_error(ctx: Context, text: str) -> str:
    """V8's message for JSON that does not parse (JSON modules quote it)."""
    from .v8_json import v8_json_error
    return v8_json_error(text)


def _file_url_to_path(ctx: Context, href: str) -> str:
    return resolve.file_url_to_path(href)


def _path_to_file_url(ctx: Context, path: str) -> str:
    return resolve.path_to_file_url(path)


FUNCTIONS = {
    "resolveRequire": _resolve_require,
    "readSource": _read_source,
    "compileScript": _compile_script,
    "moduleFormat": _module_format,
    "builtinModules": _builtin_modules,
    "isBuiltin": _is_builtin,
    "findPackageJSON": _find_package_json,
    "jsonParseError": _json_parse_error,
    "initGlobalPaths": _init_global_paths,
    "fileURLToPath": _file_url_to_path,
    "pathToFileURL": _path_to_file_url,
}
