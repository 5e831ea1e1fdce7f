"""ES modules: QuickJS's module-loader hooks (normalize + load), import.meta, CJS <-> ESM interop.

Module names are what node shows: `file:///abs/path.mjs` for files, `node:fs` for builtins,
`data:...` for data URLs; QuickJS caches modules by that name. Builtins and CommonJS files are
imported through small generated facade modules whose `import.meta` carries the JS value they
re-export: `default` is the builtin's exports / the CJS `module.exports`, plus the named exports
(for CJS, the names a static scan of the source finds, as node's cjs-module-lexer does). A CJS file
is executed when its facade is evaluated, in import order, as in node.
"""

from __future__ import annotations

import json
import os
import re

from ..engine.runtime import Context
from ..errors import JSError, NodeError
from . import resolve, typescript
from .lazy_re import LazyPattern
from .cjs import read_text

_IDENTIFIER = LazyPattern(r"^[A-Za-z_$][\w$]*$")
_RESERVED = frozenset("""break case catch class const continue debugger default delete do else enum export extends
false finally for function if import in instanceof new null return super switch this throw true try typeof var
void while with yield let static implements interface package private protected public await""".split())


def _base_url(base: str) -> str:
    """The referrer as a URL: module names are URLs already; CJS scripts and -e code are paths."""
    if base.startswith(("file:", "data:", "node:")):
        return base
    if base.startswith("/"):
        return resolve.path_to_file_url(base)
    return resolve.path_to_file_url(os.path.join(os.getcwd(), base or "[eval]"))


def normalize(context: Context, base: str, specifier: str) -> str:
    return resolve.resolve_esm(specifier, _base_url(base))


def load(context: Context, name: str):
    """QuickJS's module loader: the JSModuleDef* for the module `name` (a normalized URL)."""
    return context.module_from_value(compile_module(context, name))


def compile_module(context: Context, name: str):
    """Compile the module `name` and set its import.meta; returns the owned module value."""
    if name.startswith("node:"):
        return _builtin_facade(context, name[5:])
    if name.startswith("data:"):
        return _data_module(context, name)
    path = resolve.file_url_to_path(name)
    form = resolve.module_format(path)
    if form == "json":
        return _json_module(context, name, read_text(path))
    source = typescript.load_source(context, path, read_text(path), name)
    if form == "module" or (form == "commonjs" and _is_detected_module(context, path, source)):
        return _source_module(context, name, path, source)
    return _cjs_facade(context, name, path, source)


def _is_detected_module(context: Context, path: str, source: str) -> bool:
    if not path.endswith((".js", ".ts")):
        return False
    scope = resolve.package_scope(path)
    if scope is not None and "type" in scope[1]:
        return False
    return looks_like_module(context, source)


def looks_like_module(context: Context, source: str, *, is_eval: bool = False) -> bool:
    """node 20.19's syntax detection: code that fails to parse as a CommonJS function body but
    parses as a module (import / export statements, top-level await) is a module. Eval code
    (-e, stdin, a worker's eval) is not wrapped by node, so redeclaring `__filename` or `module`
    there is no sign of a module."""
    params = "" if is_eval else "exports, require, module, __filename, __dirname"
    wrapped = f"(function ({params}) {{ " + source + "\n})"
    return not context.parses_as_script(wrapped) and context.detect_module(source)


def _source_module(context: Context, name: str, path: str, source: str):
    if source.startswith("#!"):
        source = "//" + source[2:]
    module_value = context.compile_module(source, name)
    _set_import_meta(context, module_value, name, path, main=name == context.host.realm.main_module_url)
    return module_value


def _set_import_meta(context: Context, module_value, url: str, path: str, *, main: bool) -> None:
    """import.meta as node 24 fills it, in its key order. `main` is true only for the entry point
    of a thread (the main script, a worker's file, -e / stdin code on the main thread)."""
    with context.import_meta(Context.module_def(module_value)) as meta:
        meta.set("dirname", os.path.dirname(path))
        meta.set("filename", path)
        meta.set("main", main)
        resolver = context.host.realm.call("makeImportMetaResolve", url)
        meta.set("resolve", resolver)
        resolver.free()
        meta.set("url", url)


def _export_list(names) -> str:
    exported = [n for n in dict.fromkeys(names) if _IDENTIFIER.match(n) and n not in _RESERVED]
    if not exported:
        return ""
    return f"export const {{ {', '.join(exported)} }} = m;\n"


def _facade(context: Context, name: str, names, meta_key: str, meta_value, *, cjs: bool = False) -> object:
    source = f"const m = import.meta.{meta_key}();\nexport default m;\n{_export_list(names)}"
    if cjs:   # node 23+: a CommonJS module's namespace also names module.exports as such
        source += 'export { m as "module.exports" };\n'
    module_value = context.compile_module(source, name)
    with context.import_meta(Context.module_def(module_value)) as meta:
        meta.set(meta_key, meta_value)
    return module_value


def _builtin_facade(context: Context, builtin: str):
    realm = context.host.realm
    names = json.loads(realm.call("builtinExportNames", builtin))
    loader = realm.call("makeBuiltinLoader", builtin)
    try:
        return _facade(context, f"node:{builtin}", names, "builtin", loader)
    finally:
        loader.free()


def _cjs_facade(context: Context, name: str, path: str, source: str):
    realm = context.host.realm
    loader = realm.call("makeCjsNamespaceLoader", path)
    try:
        return _facade(context, name, cjs_export_names(path, source), "load", loader, cjs=True)
    finally:
        loader.free()


def _json_module(context: Context, name: str, text: str):
    source = f"export default JSON.parse({json.dumps(text)});\n"
    return context.compile_module(source, name)


def _data_module(context: Context, url: str):
    header, _, body = url[5:].partition(",")
    mime, *params = header.split(";")
    import base64, urllib.parse   # data: URLs are rare: keep these imports off start-up

    data = base64.b64decode(body).decode("utf-8") if "base64" in params else urllib.parse.unquote(body)
    if mime in ("text/javascript", "application/javascript"):
        return context.compile_module(data, url)
    if mime == "application/json":
        return _json_module(context, url, data)
    raise NodeError("ERR_UNKNOWN_MODULE_FORMAT", mime, url)


# -- CommonJS named exports, found statically as node's cjs-module-lexer does -------------------

_EXPORTS_DOT = LazyPattern(r"(?<![\w$.])(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=[^=]")
_EXPORTS_BRACKET = LazyPattern(r"(?<![\w$.])(?:module\.)?exports\[\s*(['\"])([^'\"]+)\1\s*\]\s*=[^=]")
_DEFINE_PROPERTY = LazyPattern(r"Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['\"])([^'\"]+)\1")
_MODULE_EXPORTS_OBJECT = LazyPattern(r"(?<![\w$.])module\.exports\s*=\s*\{")
_MODULE_EXPORTS_REQUIRE = LazyPattern(r"(?<![\w$.])module\.exports\s*=\s*require\(\s*(['\"])([^'\"]+)\1\s*\)")


def cjs_export_names(path: str, source: str, depth: int = 0) -> list[str]:
    names = [m.group(1) for m in _EXPORTS_DOT.finditer(source)]
    names += [m.group(2) for m in _EXPORTS_BRACKET.finditer(source)]
    names += [m.group(2) for m in _DEFINE_PROPERTY.finditer(source)]
    for match in _MODULE_EXPORTS_OBJECT.finditer(source):
        names += _object_literal_keys(source, match.end())
    if depth < 8:
        for match in _MODULE_EXPORTS_REQUIRE.finditer(source):
            try:
                target = resolve.resolve_cjs(match.group(2), path, [])
            except NodeError:
                continue
            if target.startswith("node:") or not target.endswith((".js", ".cjs")):
                continue
            names += cjs_export_names(target, read_text(target), depth + 1)
    return [n for n in dict.fromkeys(names) if n != "default"]


def _object_literal_keys(source: str, start: int) -> list[str]:
    """Keys of `{ a, b: 1, 'c': 2, d() {} }` at depth one, stopping at anything complicated."""
    keys = []
    depth = 0
    i = start
    expect_key = True
    while i < len(source):
        ch = source[i]
        if ch in "{[(":
            depth += 1
        elif ch in "}])":
            if depth == 0:
                break
            depth -= 1
        elif ch == "," and depth == 0:
            expect_key = True
        elif depth == 0 and expect_key and not ch.isspace():
            match = re.compile(r"""(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*([,:(}]|$)""").match(source, i)
            if match is None or source.startswith("...", i):
                break
            keys.append(match.group(2) or match.group(3))
            expect_key = False
            i = match.end(4) - 1 if match.group(4) else match.end()
            continue
        elif ch in "'\"`":
            end = source.find(ch, i + 1)
            i = end if end != -1 else len(source)
        i += 1
    return keys


# -- host functions -----------------------------------------------------------------------------

def _run_main_module(ctx: Context, filename: str):
    """Evaluate the ES module entry point; returns its evaluation promise (top-level await)."""
    url = resolve.path_to_file_url(filename)
    ctx.host.realm.main_module_url = url
    return ctx.eval_function(compile_module(ctx, url))


def _require_module(ctx: Context, filename: str):
    """require() of an ES module (node 20.19+): its namespace, if it evaluates synchronously."""
    url = resolve.path_to_file_url(filename)
    promise = ctx.load_module(url)
    try:
        ctx.execute_pending_jobs()
        state = promise.promise_state()
        if state == 1:
            return promise.promise_result()
        if state == 2:
            promise.call_method("catch")   # the error is thrown by require(); no unhandled rejection
            raise JSError("", "", value=promise.promise_result())
        raise NodeError("ERR_REQUIRE_ASYNC_MODULE")
    finally:
        promise.free()


def _resolve_import(ctx: Context, specifier: str, parent_url: str) -> str:
    return resolve.resolve_esm(specifier, parent_url)


def eval_module(ctx: Context, source: str, name: str, *, main: bool):
    """-e / stdin code that is an ES module: evaluate it under the URL `name`; returns its
    promise. `main`: it is the thread's entry point (not so for a worker's eval code)."""
    module_value = ctx.compile_module(source, name)
    _set_import_meta(ctx, module_value, name, resolve.file_url_to_path(name), main=main)
    return ctx.eval_function(module_value)


FUNCTIONS = {
    "runMainModule": _run_main_module,
    "requireModule": _require_module,
    "resolveImport": _resolve_import,
    "looksLikeModule": looks_like_module,
}
