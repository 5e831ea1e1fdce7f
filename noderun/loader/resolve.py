"""Node 20's module resolution, for CommonJS `require()` and for ES module `import`, in pure Python.

Written from the algorithms Node documents (doc/api/modules.md "All together" and doc/api/esm.md
"Resolution Algorithm Specification"), with the behaviour and every error message checked against
node v20 itself (tests/test_resolve.py runs both on the same trees).

The two resolvers share the package.json machinery ("exports", "imports", conditions, patterns),
which Node specifies in terms of URLs. This module keeps what every start needs: builtins, paths,
package.json scopes and the CommonJS lookup, which works on paths; the ESM resolver with the
"exports"/"imports" maps (esm_resolve.py) and the `file:` URL parser (file_url.py) are imported
when first used (`resolve_esm`, `path_to_file_url`... are still reached as names of this module).

Caches, all per process like Node's: parsed package.json files, the package scope of a directory,
realpath results and node_modules lookup lists. Stat results are cached per resolve call only, so a
file created between two requires is seen by the second. Cache entries are only ever added, never
changed, so threads that race on them compute the same value twice at worst (the GIL keeps each
dict operation atomic); no lock is needed.
"""

from __future__ import annotations

import os
from stat import S_ISDIR

from noderun.errors import NodeError, module_not_found

from ..engine import json_text

from . import typescript
from .lazy_re import LazyPattern

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc costs milliseconds of start-up)
    from collections.abc import Iterable, Sequence

__all__ = [
    "BUILTIN_MODULES", "builtin_module_list", "is_builtin", "resolve_cjs", "resolve_esm", "package_scope", "module_format",
    "find_package_json", "init_global_paths",
    "path_to_file_url", "file_url_to_path", "clear_caches",
]

# --------------------------------------------------------------------------------------------
# Builtins

# The builtins node v24 has under their bare name too (`require('module').builtinModules`).
_PLAIN_BUILTINS = frozenset("""
    _http_agent _http_client _http_common _http_incoming _http_outgoing _http_server
    _stream_duplex _stream_passthrough _stream_readable _stream_transform _stream_wrap
    _stream_writable _tls_common _tls_wrap assert assert/strict async_hooks buffer child_process
    cluster console constants crypto dgram diagnostics_channel dns dns/promises domain events fs
    fs/promises http http2 https inspector inspector/promises module net os path path/posix
    path/win32 perf_hooks process punycode querystring readline readline/promises repl stream
    stream/consumers stream/promises stream/web string_decoder sys timers timers/promises tls
    trace_events tty url util util/types v8 vm wasi worker_threads zlib
""".split())

# Builtins that exist only behind the "node:" scheme: a bare `require('test')` looks in
# node_modules.
_SCHEME_ONLY_BUILTINS = frozenset({"sea", "sqlite", "test", "test/reporters"})

#: Every builtin name of node v24 without the "node:" prefix, the scheme-only ones included
#: (use `is_builtin` to ask whether a request names a builtin).
BUILTIN_MODULES = _PLAIN_BUILTINS | _SCHEME_ONLY_BUILTINS


def builtin_module_list() -> list[str]:
    """node 24's `module.builtinModules`: the plain names sorted, then the scheme-only ones with
    their "node:" prefix."""
    return sorted(_PLAIN_BUILTINS) + sorted("node:" + name for name in _SCHEME_ONLY_BUILTINS)


def is_builtin(request: str) -> bool:
    """Whether `require(request)` / `import(request)` names a builtin ('fs', 'node:fs', 'node:test')."""
    if request.startswith("node:"):
        return request[5:] in BUILTIN_MODULES
    return request in _PLAIN_BUILTINS


# Conditions Node matches in "exports"/"imports", besides "default" (always matched).
_CJS_CONDITIONS = frozenset({"require", "node", "node-addons"})
_ESM_CONDITIONS = frozenset({"import", "node", "node-addons"})
_CJS_EXTENSIONS = (".js", ".json", ".node")
_LEGACY_MAIN_SUFFIXES = ("", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node")
_INDEX_FILES = ("./index.js", "./index.json", "./index.node")

# --------------------------------------------------------------------------------------------
# Process-wide caches (see the module docstring for why they need no lock)

_pjson_cache: dict[str, object] = {}          # package.json path -> _PackageConfig | None | _BadJson
_scope_cache: dict[tuple[str, bool], str | None] = {}   # (dir, esm rule) -> package.json path
_realpath_cache: dict[str, str] = {}
_nm_paths_cache: dict[str, list[str]] = {}
_parent_url_cache: dict[str, object] = {}   # ESM parent URL -> file_url._URL
_global_paths: list[str] | None = None


def clear_caches() -> None:
    """Forget every cached package.json, scope, realpath and lookup path (for tests)."""
    global _global_paths
    _pjson_cache.clear()
    _scope_cache.clear()
    _realpath_cache.clear()
    _nm_paths_cache.clear()
    _parent_url_cache.clear()
    _global_paths = None


# --------------------------------------------------------------------------------------------
# Paths and the file system

_DIR, _FILE, _MISSING = 1, 0, -1


def _stat(path: str, cache: dict[str, int]) -> int:
    """_DIR, _FILE or _MISSING, following symlinks. Like Node, anything that is not a directory
    (a FIFO, a device) counts as a file."""
    kind = cache.get(path)
    if kind is None:
        try:
            kind = _DIR if S_ISDIR(os.stat(path).st_mode) else _FILE
        except (OSError, ValueError):   # ValueError: a NUL byte in the path
            kind = _MISSING
        cache[path] = kind
    return kind


def _realpath(path: str) -> str:
    real = _realpath_cache.get(path)
    if real is None:
        real = _realpath_cache[path] = os.path.realpath(path)
    return real


def _normalize_abs(path: str) -> str:
    """Collapse '.', '..', '//' and a trailing '/' of an absolute path, as node's path.resolve
    does (unlike posixpath.normpath, a leading '//' is collapsed too)."""
    if ("//" not in path and "/." not in path and (len(path) == 1 or path[-1] != "/")):
        return path
    parts: list[str] = []
    for seg in path.split("/"):
        if seg == "" or seg == ".":
            continue
        if seg == "..":
            if parts:
                parts.pop()
        else:
            parts.append(seg)
    return "/" + "/".join(parts)


def _resolve_path(base: str, path: str = "") -> str:
    """node's path.resolve(base, path) on POSIX (base itself relative to the cwd if need be)."""
    if path.startswith("/"):
        return _normalize_abs(path)
    if not base.startswith("/"):
        base = os.getcwd() + "/" + base
    return _normalize_abs(base + "/" + path if path else base)


def _dirname(path: str) -> str:
    """node's path.dirname for the absolute, normalized paths this module handles."""
    i = path.rfind("/")
    return path[:i] if i > 0 else "/"


def _has_trailing_slash(request: str) -> bool:
    """Node treats 'x/', '.', '..', 'x/.' and 'x/..' as naming a directory only."""
    return (request.endswith("/") or request in (".", "..")
            or request.endswith("/.") or request.endswith("/.."))


def _is_relative(spec: str) -> bool:
    """'.', '..', './x' or '../x' (but not '.x' or '..x')."""
    return (spec == "." or spec == ".." or spec.startswith("./") or spec.startswith("../"))



# What only ES modules, "exports"/"imports" maps and file: URLs need lives in esm_resolve.py and
# file_url.py, imported when first used: a start that requires only relative files (or nothing)
# never loads them (a third of this module's former size; issue 17.1).
_LAZY_NAMES = {"resolve_esm": "esm_resolve", "find_package_json": "esm_resolve",
               "path_to_file_url": "file_url", "file_url_to_path": "file_url"}


def __getattr__(name: str) -> object:
    """The public names defined in the modules split off this one (PEP 562); the first use puts
    each into this module's globals, so later uses cost a plain lookup."""
    where = _LAZY_NAMES.get(name)
    if where == "file_url":
        from . import file_url as module
    elif where == "esm_resolve":
        from . import esm_resolve as module   # (not importlib.import_module: importlib costs 1M)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(module, name)
    return value


# --------------------------------------------------------------------------------------------
# package.json

class _PackageConfig:
    """The fields of a package.json that resolution reads, as Node filters them: `name` and `main`
    only when strings, `type` one of 'module'/'commonjs'/'none', `exports`/`imports` None when
    absent or null. `data` is the whole parsed object."""

    __slots__ = ("path", "data", "name", "main", "type", "exports", "imports")

    def __init__(self, path: str, data: dict):
        self.path = path
        self.data = data
        name, main, kind = data.get("name"), data.get("main"), data.get("type")
        self.name = name if isinstance(name, str) else None
        self.main = main if isinstance(main, str) else None
        self.type = kind if kind in ("module", "commonjs") else "none"
        self.exports = data.get("exports")
        self.imports = data.get("imports")


class _BadJson:
    """A package.json that is not a JSON object (it does not parse, or is `null`, an array, a
    string...): node 24 rejects all of them alike, naming only the file."""

    __slots__ = ("path",)

    def __init__(self, path: str):
        self.path = path


class _PackageJsonError(Exception):
    """Raised by _read_package_json; the caller words it (see _pjson_error)."""

    def __init__(self, bad: _BadJson):
        super().__init__(bad.path)
        self.bad = bad


def _reject_constant(name: str) -> object:
    raise ValueError(name)   # NaN/Infinity: Python's json accepts them, JSON.parse does not


def _load_package_json(path: str) -> _PackageConfig | _BadJson | None:
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:   # missing, a directory, unreadable: Node treats them all as absent
        return None
    text = raw.decode("utf-8", "replace")
    if text.startswith("\ufeff"):   # Node strips a BOM before parsing
        text = text[1:]
    try:
        data = json_text.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return _BadJson(path)
    if not isinstance(data, dict):
        return _BadJson(path)
    return _PackageConfig(path, data)


def _read_package_json(path: str) -> _PackageConfig | None:
    """The parsed package.json at `path` (cached for the process), None when there is none."""
    try:
        hit = _pjson_cache[path]
    except KeyError:
        hit = _pjson_cache[path] = _load_package_json(path)
    if isinstance(hit, _BadJson):
        raise _PackageJsonError(hit)
    return hit


def _pjson_error(bad: _BadJson, importing: str = "") -> NodeError:
    """node 24's error for a package.json that is not a JSON object: 'Invalid package config
    <path>.', with ' while importing "spec" from <parent>' when the ESM resolver was looking
    up a package by name."""
    return NodeError("ERR_INVALID_PACKAGE_CONFIG", bad.path, f" while importing {importing}" if importing else "",
                     ".")


def _scope_lookup(start_dir: str, esm: bool) -> _PackageConfig | None:
    """The nearest package.json at or above `start_dir`.

    The CommonJS walk stops at a directory named 'node_modules'; the ESM one (esm=True) stops at
    any directory whose name merely ends in 'node_modules', a quirk of Node's suffix test."""
    key = (start_dir, esm)
    if key in _scope_cache:
        found = _scope_cache[key]
        return _read_package_json(found) if found is not None else None
    d = start_dir
    while True:
        if d.endswith("node_modules") if esm else d.endswith("/node_modules"):
            config = None
            break
        config = _read_package_json(d + "/package.json" if d != "/" else "/package.json")
        if config is not None or d == "/":
            break
        d = _dirname(d)
    _scope_cache[key] = config.path if config is not None else None
    return config


def _cjs_scope(filename: str) -> _PackageConfig | None:
    try:
        return _scope_lookup(_dirname(filename), esm=False)
    except _PackageJsonError as e:
        raise _pjson_error(e.bad) from None


def package_scope(path: str) -> tuple[str, dict] | None:
    """The nearest package.json at or above dirname(path), not looking past a node_modules
    directory: (its path, the parsed object), or None. Cached per process; the dict is shared,
    do not mutate it. A package.json that is not a JSON object raises ERR_INVALID_PACKAGE_CONFIG."""
    if path.startswith("file:"):
        from .file_url import file_url_to_path
        path = file_url_to_path(path)
    path = _resolve_path(path)
    try:
        config = _scope_lookup(_dirname(path), esm=False)
    except _PackageJsonError as e:
        raise _pjson_error(e.bad) from None
    return (config.path, config.data) if config is not None else None


def module_format(path: str) -> str:
    """The format Node gives a file by its name: 'module' (.mjs, .mts), 'commonjs' (.cjs, .cts),
    'json', and for .js, .ts or no extension the nearest package.json "type" ('commonjs' by default; an
    extensionless file is 'module' only under "type": "module"). Any other extension is
    'commonjs', as the CJS loader runs unknown extensions as JS."""
    if path.startswith("file:"):
        from .file_url import file_url_to_path
        path = file_url_to_path(path)
    base = path[path.rfind("/") + 1:]
    dot = base.rfind(".")
    ext = base[dot:] if dot > 0 else ""
    if ext == ".mjs" or (ext == ".mts" and typescript.enabled):
        return "module"
    if ext == ".cjs":
        return "commonjs"
    if ext == ".json":
        return "json"
    if ext not in (".js", "") and (ext != ".ts" or not typescript.enabled):
        return "commonjs"
    scope = package_scope(path)
    return "module" if scope is not None and scope[1].get("type") == "module" else "commonjs"


# --------------------------------------------------------------------------------------------
# CommonJS resolution

# NAME ('pkg' or '@scope/pkg', not starting with '.') and SUBPATH ('/...'), for "exports" lookup.
_EXPORTS_REQUEST = LazyPattern(r"((?:@[^/\\%]+/)?[^./\\%][^/\\%]*)(/.*)?")


def _is_cjs_relative(request: str) -> bool:
    """Node's test for "look beside the parent" rather than in node_modules: '.', or a '.'
    followed by '.' or '/' (so '..foo' counts, '.foo' does not)."""
    return request.startswith(".") and (len(request) == 1 or request[1] in "./")


def _node_module_paths(from_dir: str) -> list[str]:
    """NODE_MODULES_PATHS: '<dir>/node_modules' for `from_dir` and each ancestor, skipping
    directories that are themselves named node_modules."""
    paths = _nm_paths_cache.get(from_dir)
    if paths is None:
        paths = []
        parts = from_dir.split("/")
        for i in range(len(parts), 1, -1):
            if parts[i - 1] == "node_modules":
                continue
            paths.append("/".join(parts[:i]) + "/node_modules")
        paths.append("/node_modules")
        _nm_paths_cache[from_dir] = paths
    return paths


def _get_global_paths() -> list[str]:
    """GLOBAL_FOLDERS, as init_global_paths last set them (from the process environment until
    the module system's start-up does)."""
    if _global_paths is None:
        return init_global_paths(os.environ.get("NODE_PATH", ""), os.environ.get("HOME", ""), None)
    return _global_paths


def init_global_paths(node_path: str, home: str, prefix_lib: str | None) -> list[str]:
    """Module._initPaths(): the $NODE_PATH entries, ~/.node_modules, ~/.node_libraries and
    <prefix>/lib/node (beside the runtime's binary); they are searched after node_modules."""
    global _global_paths
    paths = [_resolve_path(p) for p in node_path.split(":") if p]
    if home:
        paths += [_resolve_path(home, ".node_modules"), _resolve_path(home, ".node_libraries")]
    if prefix_lib:
        paths.append(prefix_lib)
    _global_paths = paths
    return list(paths)


def _cjs_read(pjson_path: str) -> _PackageConfig | None:
    try:
        return _read_package_json(pjson_path)
    except _PackageJsonError as e:
        raise _pjson_error(e.bad) from None


def _try_file(path: str, stats: dict[str, int]) -> str | None:
    return _realpath(path) if _stat(path, stats) == _FILE else None


def _try_extensions(path: str, stats: dict[str, int], exts: Sequence[str]) -> str | None:
    for ext in exts:
        found = _try_file(path + ext, stats)
        if found:
            return found
    return None


def _try_package(directory: str, request: str, stats: dict[str, int], exts: Sequence[str]) -> str | None:
    """LOAD_AS_DIRECTORY: package.json "main" (as a file, with extensions, as a directory index),
    then index.*. A "main" that leads nowhere, with no index either, is its own error."""
    config = _cjs_read(directory + "/package.json")
    main = config.main if config is not None else None
    if not main:
        return _try_extensions(directory + "/index", stats, exts)
    filename = _resolve_path(directory, main)
    found = (_try_file(filename, stats) or _try_extensions(filename, stats, exts)
             or _try_extensions(_resolve_path(filename, "index"), stats, exts))
    if found:
        return found
    found = _try_extensions(directory + "/index", stats, exts)   # Node warns (DEP0128); we do not
    if found:
        return found
    raise NodeError("MODULE_NOT_FOUND", js_class="Error",
                    message=f"Cannot find module '{filename}'. Please verify that the package.json "
                            "has a valid \"main\" entry",
                    path=_resolve_path(directory, "package.json"), requestPath=request)


def _find_path(request: str, paths: list[str], stats: dict[str, int], exts: Sequence[str],
               conditions: frozenset[str]) -> str | None:
    """Module._findPath: try `request` in each lookup directory, as a file (exact, then with each
    extension) and as a directory; in node_modules directories "exports" comes first."""
    absolute = request.startswith("/")
    if absolute:
        paths = [""]
    trailing_slash = _has_trailing_slash(request)
    # A missing lookup directory is skipped without further stats, except for a relative request
    # that climbs out of it ('../x'), which Node tries regardless.
    check_dir = not (_is_relative(request) and os.path.normpath(request).startswith(".."))
    match = None if absolute else _EXPORTS_REQUEST.fullmatch(request)
    for cur in paths:
        if check_dir and cur and _stat(cur, stats) != _DIR:
            continue
        if match:
            pkg_dir = _resolve_path(cur, match.group(1))
            config = _cjs_read(pkg_dir + "/package.json")
            if config is not None and config.exports is not None:
                # LOAD_PACKAGE_EXPORTS: the package's "exports" alone decides
                from .esm_resolve import cjs_exports
                return cjs_exports(config, pkg_dir, "." + (match.group(2) or ""), request, stats, conditions)
        base = _resolve_path(cur, request) if cur else _normalize_abs(request)
        kind = _stat(base, stats)
        found = None
        if not trailing_slash:
            if kind == _FILE:
                found = _realpath(base)
            else:
                found = _try_extensions(base, stats, exts)
        if not found and kind == _DIR:
            found = _try_package(base, request, stats, exts)
        if found:
            return found
    return None


def resolve_cjs(request: str, parent_filename: str | None, require_stack: list[str] | None = None,
                *, conditions: Iterable[str] | None = None,
                extensions: Sequence[str] = _CJS_EXTENSIONS) -> str:
    """Resolve `require(request)` from the module `parent_filename` (require.resolve semantics).

    `parent_filename` is the requiring module's absolute path, or a pseudo name such as
    '/cwd/[eval]' (resolution then starts in its directory); None means no parent module: relative
    requests start in the cwd, bare ones in the cwd's node_modules chain, and there is no
    self-reference or "imports" (Node needs a parent filename for those). Returns the real path of
    the file, or 'node:<name>' for a builtin (named with or without the scheme). Raises NodeError:
    MODULE_NOT_FOUND (with `require_stack`), ERR_UNKNOWN_BUILTIN_MODULE, the package.json errors
    (ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET, ...), each as node 20 words it.
    `conditions` adds to "require"/"node" (node's --conditions); `extensions` are tried in order
    (require.extensions)."""
    if request.startswith("node:"):
        if request[5:] in BUILTIN_MODULES:
            return request
        raise NodeError("ERR_UNKNOWN_BUILTIN_MODULE", request)
    if request in _PLAIN_BUILTINS:
        return "node:" + request
    conds = _CJS_CONDITIONS if not conditions else _CJS_CONDITIONS | frozenset(conditions)
    stats: dict[str, int] = {}
    parent_dir = _dirname(_resolve_path(parent_filename)) if parent_filename else os.getcwd()
    if _is_cjs_relative(request):
        paths = [parent_dir]
    else:
        paths = _node_module_paths(parent_dir) + _get_global_paths()
    if parent_filename:
        # LOAD_PACKAGE_IMPORTS ('#name') or LOAD_PACKAGE_SELF, when the parent's package has the map
        parent = _resolve_path(parent_filename)
        config = _cjs_scope(parent)
        internal = request.startswith("#")
        if config is not None and (config.imports if internal else config.exports) is not None:
            from . import esm_resolve
            found = (esm_resolve.cjs_imports if internal else esm_resolve.cjs_self)(request, parent, config,
                                                                                    stats, conds)
            if found:
                return found
    found = _find_path(request, paths, stats, extensions, conds)
    if found:
        return found
    raise module_not_found(request, require_stack or [])
