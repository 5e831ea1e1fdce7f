"""ES modules: QuickJS's module-loader hooks (normalize + load), import.meta, CJS <-> ESM interop.

Module names are what node shows: `file:///abs/path.mjs` for files, `node:fs` for builtins,
`data:...` for data URLs; QuickJS caches modules by that name. Builtins and CommonJS files are
imported through small generated facade modules whose `import.meta` carries the JS value they
re-export: `default` is the builtin's exports / the CJS `module.exports`, plus the named exports
(for CJS, the names a static scan of the source finds, as node's cjs-module-lexer does). A CJS file
is executed when its facade is evaluated, in import order, as in node.
"""

from __future__ import annotations

import itertools
import os

from ..engine import json_text
from ..engine.runtime import Context
from ..errors import CODES, JSError, NodeError
from . import coverage, resolve, typescript
from .lazy_re import LazyPattern
from .syntax_detection import looks_like_module

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
from . import compile_cache
from .cjs import compile_cached, read_text

_ESCAPE = LazyPattern(r"(?s)\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _base_url(base: str) -> str:
    """The referrer as a URL: module names are URLs already; CJS scripts and -e code are paths."""
    if base.startswith(("file:", "data:", "node:")):
        return base
    if base.startswith("/"):
        return resolve.path_to_file_url(base)
    return resolve.path_to_file_url(os.path.join(os.getcwd(), base or "[eval]"))


def normalize(context: Context, base: str, specifier: str, attributes: dict) -> str:
    url = resolve.resolve_esm(specifier, _base_url(base))
    _check_attributes(url, attributes)
    mocks = context.host.realm.module_mocks
    if mocks and url in mocks:
        return _mock_name(context.host.realm, url, *mocks[url])
    return url


# -- mock.module() (internal/test_runner/mock_module.js) -----------------------------------------
#
# A mocked URL is imported under a name of the mock's own, `url?node-test-mock=ID` (node's): one
# name while the mock caches, a new one at each import when it does not, so QuickJS's module
# cache gives the same namespace, or a fresh one.

_mock_imports = itertools.count()


def _mock_name(realm, url: str, mock_id: int, cache: bool) -> str:
    name = f"{url}{'&' if '?' in url else '?'}node-test-mock={mock_id}"
    if not cache:
        name += f".{next(_mock_imports)}"
    realm.mock_module_names[name] = mock_id
    return name


def _mock_module(context: Context, name: str, mock_id: int):
    """The facade of a mocked module: its namespace holds what importExports() gives."""
    realm = context.host.realm
    shape = json_text.loads(realm.call("mockModuleShape", mock_id))
    source = "const m = import.meta.mock();\n"
    if shape["default"]:
        source += "const d = m.default;\nexport default d;\n"
        if shape["cjs"]:
            source += 'export { d as "module.exports" };\n'
    source += _export_list(shape["names"])
    loader = realm.call("makeMockModuleLoader", mock_id)
    try:
        module_value = context.compile_module(source, name)
        with context.import_meta(Context.module_def(module_value)) as meta:
            meta.set("mock", loader)
        return module_value
    finally:
        loader.free()


def _set_module_mock(ctx: Context, url: str, mock_id: int, cache: bool) -> None:
    ctx.host.realm.module_mocks[url] = (mock_id, cache)


def _remove_module_mock(ctx: Context, url: str) -> None:
    ctx.host.realm.module_mocks.pop(url, None)


def _check_attributes(url: str, attributes: dict) -> None:
    """node's import attributes: a JSON module needs `type: 'json'`, nothing else may have it,
    and 'json' is the only type there is."""
    kind = attributes.get("type")
    if kind is not None and kind != "json":
        raise NodeError("ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", "type", kind, url)
    if url.startswith("file:"):
        is_json = resolve.module_format(url) == "json"
    else:
        is_json = url.startswith("data:application/json")
    if is_json and kind != "json":
        raise NodeError("ERR_IMPORT_ATTRIBUTE_MISSING", url, "type", "json")
    if not is_json and kind == "json":
        raise NodeError("ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE", url, "json")


def load(context: Context, name: str):
    """QuickJS's module loader: the JSModuleDef* for the module `name` (a normalized URL)."""
    return context.module_from_value(compile_module(context, name))


def compile_module(context: Context, name: str):
    """Compile the module `name` and set its import.meta; returns the owned module value."""
    mock_id = context.host.realm.mock_module_names.pop(name, None)
    if mock_id is not None:
        return _mock_module(context, name, mock_id)
    if name.startswith("node:"):
        return _builtin_facade(context, name[5:])
    if name.startswith("data:"):
        return _data_module(context, name)
    path = resolve.file_url_to_path(name)
    form = resolve.module_format(path)
    if form == "json":
        return _json_module(context, name, read_text(path), path)
    if not typescript.enabled and path.endswith(typescript.EXTENSIONS) and not context.host.realm.requiring_esm:
        # --no-strip-types: node's ES module loader knows no such extension (require() runs it)
        raise NodeError("ERR_UNKNOWN_FILE_EXTENSION", path[path.rfind("."):], path)
    source = typescript.load_source(context, path, read_text(path), name)
    if form == "module":
        return _source_module(context, name, path, source)
    if form == "commonjs" and _is_detected_module(context, path, source):
        _warn_typeless(context, name, path)
        return _source_module(context, name, path, source)
    return _cjs_facade(context, name, path, source)


def _is_detected_module(context: Context, path: str, source: str) -> bool:
    if not path.endswith((".js", ".ts")):
        return False
    scope = resolve.package_scope(path)
    if scope is not None and "type" in scope[1]:
        return False
    if compile_cache.directory() is not None:
        return not _compiles_as_commonjs(context, path, source) and context.detect_module(source)
    return looks_like_module(context, source)


def _warn_typeless(context: Context, url: str, path: str) -> None:
    """node 24's MODULE_TYPELESS_PACKAGE_JSON: once per package.json, for a file outside
    node_modules that its package does not declare a module but that only parses as one (not
    when require() loads it)."""
    realm = context.host.realm
    scope = resolve.package_scope(path)
    if scope is None or "/node_modules/" in path or realm.requiring_esm or scope[0] in realm.typeless_warned:
        return
    realm.typeless_warned.add(scope[0])
    realm.call("emitWarning",
               f"Module type of {url} is not specified and it doesn't parse as CommonJS.\n"
               "Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n"
               f"To eliminate this warning, add \"type\": \"module\" to {scope[0]}.",
               "Warning", "MODULE_TYPELESS_PACKAGE_JSON")


# Module.wrapper of internal/modules/cjs/loader.js: detection compiles exactly what require() will
_CJS_WRAPPER = ("(function (exports, require, module, __filename, __dirname) { ", "\n});")


def _compiles_as_commonjs(context: Context, path: str, source: str) -> bool:
    """The detection's first half through the compile cache: a CommonJS file imported again reads
    its bytecode instead of being parsed to find out, and require() finds the entry made here."""
    body = "//" + source[2:] if source.startswith("#!") else source
    try:
        value, _ = compile_cached(context, "commonjs", path, _CJS_WRAPPER[0] + body + _CJS_WRAPPER[1])
    except JSError:
        return False
    context.free_value(value)
    return True


def _source_module(context: Context, name: str, path: str, source: str):
    if source.startswith("#!"):
        source = "//" + source[2:]
    source = coverage.instrument(context.host.realm, name, path, source)   # (--experimental-test-coverage)
    if compile_cache.directory() is None:
        module_value = context.compile_module(source, name)
        code = context.write_bytecode(module_value, strip=True)
    else:
        module_value, code = compile_cached(context, "esm", name, source)
    _remember_graph(context, name, code)
    _set_import_meta(context, module_value, name, path, main=name == context.host.realm.main_module_url)
    return module_value


def _remember_graph(context: Context, name: str, code: bytes) -> None:
    """Keep what require() must know of a module before evaluating it, read from its bytecode: its
    top-level await and static imports (modules without an entry, the facades, import nothing and
    never await)."""
    from .module_info import module_info   # (with the first ES module: -e and CommonJS need none)
    context.host.realm.module_infos[name] = module_info(context, code)


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
    """Named exports of `m`'s properties; any string is a valid export name (`'?invalid'`, `'π'`,
    `'package'`) as long as it is well-formed Unicode (a lone surrogate is not)."""
    lines = []
    for i, name in enumerate(dict.fromkeys(names)):
        if name in ("default", "module.exports") or any("\ud800" <= ch <= "\udfff" for ch in name):
            continue
        quoted = json_text.dumps(name)
        lines.append(f"const e{i} = m[{quoted}];\nexport {{ e{i} as {quoted} }};\n")
    return "".join(lines)


def _string_value(raw: str) -> str:
    """The value of a JS string literal's body (escapes decoded; surrogate pairs joined)."""
    if "\\" not in raw:
        return raw

    def decode(match: re.Match) -> str:
        braced, four, two, other = match.groups()
        if other is not None:
            return _SIMPLE_ESCAPES.get(other, other)
        return chr(int(braced or four or two, 16))

    text = _ESCAPE.sub(decode, raw)
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


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
    names = json_text.loads(realm.call("builtinExportNames", builtin))
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


def _json_module(context: Context, name: str, text: str, where: str):
    """A JSON module; JSON that does not parse fails the import with V8's message, as in node."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        json_text.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        from .v8_json import v8_json_error
        raise NodeError(None, js_class="SyntaxError", message=f"{where}: {v8_json_error(text)}") from None
    source = f"export default JSON.parse({json_text.dumps(text)});\n"
    return context.compile_module(source, name)


def _reject_constant(name: str):
    raise ValueError(name)   # NaN / Infinity: Python's json takes them, JSON.parse does not


def _data_module(context: Context, url: str):
    header, _, body = url[5:].partition(",")
    mime, *params = header.split(";")
    import base64, urllib.parse   # data: URLs are rare: keep these imports off start-up

    data = base64.b64decode(body).decode("utf-8") if "base64" in params else urllib.parse.unquote(body)
    if mime in ("text/javascript", "application/javascript"):
        module_value = context.compile_module(data, url)
        _remember_graph(context, url, context.write_bytecode(module_value, strip=True))
        return module_value
    if mime == "application/json":
        return _json_module(context, url, data, url)
    raise NodeError("ERR_UNKNOWN_MODULE_FORMAT", mime, url)


# -- CommonJS named exports, found statically as node's cjs-module-lexer does -------------------

# Each form is matched where the word `exports` occurs (found by a plain text search, which is
# what keeps a 9 MB bundle fast), never after an identifier character or a '.'.
_EXPORTS_WORD = LazyPattern(r"exports")
_AFTER_DOT = LazyPattern(r"\.([A-Za-z_$][\w$]*)\s*=[^=]")
_AFTER_BRACKET = LazyPattern(r"\[\s*(['\"])([^'\"]+)\1\s*\]\s*=[^=]")
_ASSIGN_OBJECT = LazyPattern(r"\s*=\s*\{")
_ASSIGN_REQUIRE = LazyPattern(r"\s*=\s*require\(\s*(['\"])([^'\"]+)\1\s*\)")
_DEFINE_PROPERTY = LazyPattern(r"Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['\"])([^'\"]+)\1")
# Re-exports of a whole module the way transpilers write them: TypeScript's tslib __exportStar /
# __export, Babel's `Object.keys(_x).forEach(function (key) { ... exports ... })` over `_x = require(...)`.
_EXPORT_STAR = LazyPattern(r"__export(?:Star)?\(\s*require\(\s*(['\"])([^'\"]+)\1\s*\)")
_KEYS_FOREACH = LazyPattern(r"Object\.keys\(\s*([A-Za-z_$][\w$]*)\s*\)\.forEach\(\s*function\s*\(\s*[A-Za-z_$][\w$]*\s*\)")
_KEY = LazyPattern(r"""(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*([,:(}]|$)""")
_STRUCTURE = LazyPattern(r"[{}\[\]()'\"`]")


def _starts_a_name(source: str, at: int) -> bool:
    """Whether an identifier may begin at `at` (no identifier character or '.' before it)."""
    if at == 0:
        return True
    before = source[at - 1]
    return not (before.isalnum() or before in "_$." or ord(before) > 127 and before.isidentifier())


def cjs_export_names(path: str, source: str, depth: int = 0) -> list[str]:
    dotted, bracketed, objects, reexports = [], [], [], []
    for word in _EXPORTS_WORD.finditer(source):
        at, after = word.start(), word.end()
        qualified = at >= 7 and source.startswith("module.", at - 7)
        if not _starts_a_name(source, at - 7 if qualified else at):
            continue
        if (match := _AFTER_DOT.match(source, after)) is not None:
            dotted.append(match.group(1))
        elif (match := _AFTER_BRACKET.match(source, after)) is not None:
            bracketed.append(_string_value(match.group(2)))
        elif qualified and (match := _ASSIGN_OBJECT.match(source, after)) is not None:
            objects.append(match.end())
        elif qualified and (match := _ASSIGN_REQUIRE.match(source, after)) is not None:
            reexports.append(match.group(2))
    names = dotted + bracketed + [_string_value(m.group(2)) for m in _DEFINE_PROPERTY.finditer(source)]
    reexports += [m.group(2) for m in _EXPORT_STAR.finditer(source)]
    for match in _KEYS_FOREACH.finditer(source):
        import re
        binding = re.search(rf"(?:var|let|const)\s+{re.escape(match.group(1))}\s*=\s*(?:_interopRequireWildcard\()?"
                            r"require\(\s*(['\"])([^'\"]+)\1\s*\)", source)
        if binding is not None:
            reexports.append(binding.group(2))
    for start in objects:
        names += _object_literal_keys(source, start)
    if depth < 8:
        for request in reexports:
            try:
                target = resolve.resolve_cjs(request, path, [])
            except NodeError:
                continue
            if target.startswith("node:") or not target.endswith((".js", ".cjs")):
                continue
            names += cjs_export_names(target, read_text(target), depth + 1)
    return [n for n in dict.fromkeys(names) if n != "default"]


def _object_literal_keys(source: str, start: int) -> list[str]:
    """Keys of `{ a, b: 1, 'c': 2, d() {} }` at depth one, stopping at anything complicated.
    Inside nested brackets only brackets and quotes matter, so the scan jumps from one to the next."""
    keys = []
    depth = 0
    i = start
    expect_key = True
    while i < len(source):
        if depth > 0:
            found = _STRUCTURE.search(source, i)
            if found is None:
                break
            i = found.start()
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
            match = _KEY.match(source, i)
            if match is None or source.startswith("...", i):
                break
            keys.append(_string_value(match.group(2)) if match.group(2) else match.group(3))
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


def _require_module(ctx: Context, filename: str, parent: str):
    """require() of an ES module (node 22.12+ / 24): what the module exports as 'module.exports',
    else its namespace (with `__esModule: true` added when it has a default export). A graph with
    top-level await anywhere is refused before any of it runs (ERR_REQUIRE_ASYNC_MODULE).

    A small loader module imports the target: compiling it loads and links the whole graph
    without evaluating it, which is when the graph is checked; evaluating it then runs the graph,
    synchronously since nothing in it awaits."""
    url = resolve.path_to_file_url(filename)
    realm = ctx.host.realm
    requiring, realm.requiring_esm = realm.requiring_esm, True
    try:
        loader = _compile_helper(ctx, url, f"import * as ns from {json_text.dumps(url)};\nexport {{ ns }};\n")
    finally:
        realm.requiring_esm = requiring
    try:
        awaits, graph = _static_graph(ctx.host.realm.module_infos, url)
        if awaits:
            raise NodeError("ERR_REQUIRE_ASYNC_MODULE", message=(
                CODES["ERR_REQUIRE_ASYNC_MODULE"][1] + f"\n  From {parent} \n  Requiring {filename} "))
        if not graph.isdisjoint(ctx.stack_script_names()):   # part of it is being evaluated
            raise NodeError("ERR_REQUIRE_CYCLE_MODULE", message=(
                f"Cannot require() ES Module {filename} in a cycle. (from {parent}) A cycle involving "
                "require(esm) is not allowed to maintain invariants mandated by the ECMAScript "
                "specification. Try making at least part of the dependency in the graph lazily loaded."))
        namespace = _evaluate(ctx, loader)
    finally:
        ctx.free_value(loader)
    with namespace:
        target = namespace.get("ns")
    names = target.keys()
    if "module.exports" in names:
        with target:
            return target.get("module.exports")
    if "default" not in names or "__esModule" in names:
        return target
    target.free()
    interop = _compile_helper(ctx, url, f"export * from {json_text.dumps(url)};\nexport {{ default }} from "
                                        f"{json_text.dumps(url)};\nexport const __esModule = true;\n")
    try:
        return _evaluate(ctx, interop)
    finally:
        ctx.free_value(interop)


_helper_count = itertools.count()


def _compile_helper(ctx: Context, url: str, source: str):
    """Compile a module of noderun's own that imports `url` (a name of its own, never imported)."""
    return ctx.compile_module(source, f"{url}#noderun-require-{next(_helper_count)}")


def _evaluate(ctx: Context, module_value):
    """Evaluate a linked module whose graph does not await; its namespace, or the error it threw."""
    promise = ctx.eval_function(ctx.dup(module_value))
    try:
        state = promise.promise_state()
        if state == 2:   # require() throws the error: the promise's rejection is handled here
            with ctx.new_function(_ignore, "ignore") as ignore:
                promise.call_method("catch", ignore).free()
            raise JSError("", "", value=promise.promise_result())
        if state != 1:
            raise NodeError("ERR_REQUIRE_CYCLE_MODULE", "Cannot require() ES Module in a cycle.")
    finally:
        promise.free()
    return ctx.module_namespace(Context.module_def(module_value))


def _ignore(ctx: Context, *args) -> None:
    return None


def _static_graph(infos: dict, url: str) -> tuple[bool, set[str]]:
    """The modules statically reachable from `url`, and whether one has top-level await."""
    seen: set[str] = set()
    awaits = False
    stack = [url]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        info = infos.get(name)
        if info is None:    # a builtin, CommonJS or JSON facade: no await, no imports
            continue
        awaits = awaits or info.has_tla
        stack.extend(resolve.resolve_esm(spec, name) for spec in info.requests)
    return awaits, seen


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
    "mockModule": _set_module_mock,
    "unmockModule": _remove_module_mock,
}
