"""Node 20's module resolution, for CommonJS `require()` and for ES module `import`, in pure Python.

Written from the algorithms Node documents (doc/api/modules.md "All together" and doc/api/esm.md
"Resolution Algorithm Specification"), with the behaviour and every error message checked against
node v20 itself (tests/test_resolve.py runs both on the same trees).

The two resolvers share the package.json machinery ("exports", "imports", conditions, patterns),
which Node specifies in terms of URLs, so this module carries a small WHATWG-style parser for
`file:` URLs (`_URL`, `_parse_url`). CommonJS works on paths and only goes through URLs where Node
does: when it consults "exports"/"imports".

Caches, all per process like Node's: parsed package.json files, the package scope of a directory,
realpath results and node_modules lookup lists. Stat results are cached per resolve call only, so a
file created between two requires is seen by the second. Cache entries are only ever added, never
changed, so threads that race on them compute the same value twice at worst (the GIL keeps each
dict operation atomic); no lock is needed.
"""

from __future__ import annotations

import os
import sys
from stat import S_ISDIR

from noderun.errors import NodeError, module_not_found

from ..engine import json_text

from . import typescript
from .lazy_re import LazyPattern, escape

TYPE_CHECKING = False
if TYPE_CHECKING:   # (re and collections.abc cost milliseconds of start-up)
    import re
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
_parent_url_cache: dict[str, "_URL"] = {}
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


# --------------------------------------------------------------------------------------------
# URLs: just enough of the WHATWG URL parser for module specifiers and file: URLs

class _PercentEncodeSet:
    """One of the WHATWG percent-encode sets: controls, space, non-ASCII and `excluded` are
    escaped. Most text has none of them, and is returned as it is without a regex (the pattern,
    for the rest, is the negation of the printable ASCII allowed, which compiles in microseconds:
    a range up to U+10FFFF takes ms)."""

    __slots__ = ("_safe", "_unsafe")

    def __init__(self, excluded: str):
        self._safe = _PRINTABLE_ASCII.difference(excluded)
        self._unsafe = None

    def encode(self, text: str) -> str:
        if self._safe.issuperset(text):
            return text
        if self._unsafe is None:
            self._unsafe = LazyPattern("[^" + "".join(escape(ch) for ch in sorted(self._safe)) + "]")
        return self._unsafe.sub(_pct_encode, text)


_PRINTABLE_ASCII = frozenset(map(chr, range(0x21, 0x7F)))


# The sets the WHATWG "path", "special-query" and "fragment" states escape.
_PATH_UNSAFE = _PercentEncodeSet('"#<>?`{}')
_QUERY_UNSAFE = _PercentEncodeSet('"#<>\'')
_FRAGMENT_UNSAFE = _PercentEncodeSet('"<>`')
# What node 20's url.pathToFileURL escapes: more than the WHATWG path set ('%', '\\', '[', ']',
# '^', '|', '~' too), so that the path survives fileURLToPath's decoding.
_FILE_PATH_UNSAFE = _PercentEncodeSet('"#%<>?[\\]^`{|}~')
_SCHEME_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SCHEME_REST = _SCHEME_FIRST.union("0123456789+.-")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_NEWLINE = {9: None, 10: None, 13: None}
_SINGLE_DOTS = frozenset({".", "%2e"})
_DOUBLE_DOTS = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})
_PCT_ESCAPES = LazyPattern(r"(?:%[0-9A-Fa-f]{2})+")
_BAD_PERCENT = LazyPattern(r"%(?![0-9A-Fa-f]{2})")
_ENCODED_SEP = LazyPattern(r"(?i)%2f|%5c")
_ENCODED_SLASH = LazyPattern(r"(?i)%2f")


def _pct_encode(match: re.Match) -> str:
    ch = match.group()
    if "\ud800" <= ch <= "\udfff":   # a lone surrogate: URL encoders write U+FFFD
        return "%EF%BF%BD"
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8"))


class _InvalidURL(Exception):
    """The input is not a URL (relative input without a usable base)."""


class _URL:
    """A parsed URL. For `file:` URLs the parts are kept (path percent-encoded, starting with
    '/'); any other scheme is kept as its href, which is all Node looks at."""

    __slots__ = ("scheme", "host", "path", "query", "fragment", "_href")

    def __init__(self, scheme: str, host: str = "", path: str = "/", query: str | None = None,
                 fragment: str | None = None, href: str | None = None):
        self.scheme = scheme
        self.host = host
        self.path = path
        self.query = query
        self.fragment = fragment
        self._href = href

    @property
    def href(self) -> str:
        if self._href is None:
            href = f"{self.scheme}://{self.host}{self.path}"
            if self.query is not None:
                href += "?" + self.query
            if self.fragment is not None:
                href += "#" + self.fragment
            self._href = href
        return self._href

    def __repr__(self) -> str:
        return f"_URL({self.href!r})"


def _file_url(path: str) -> _URL:
    """The file: URL of an absolute path, without normalizing it (Node builds the URLs of
    package.json files by string concatenation, so '//' must survive)."""
    return _URL("file", path=_FILE_PATH_UNSAFE.encode(path))


def _parse_path(segments: list[str], text: str) -> tuple[list[str], str | None, str | None]:
    """Parse `text` (no leading '/') onto `segments` (the base's directory): WHATWG path state for
    a special scheme, i.e. '\\' is a separator and '.'/'..' segments (also percent-encoded) are
    resolved. Returns the segments, the query and the fragment."""
    query = fragment = None
    cut = len(text)
    for ch in "?#":
        i = text.find(ch)
        if i != -1 and i < cut:
            cut = i
    if cut < len(text):
        rest = text[cut:]
        text = text[:cut]
        h = rest.find("#")
        if rest[0] == "?":
            query = rest[1:h] if h != -1 else rest[1:]
            query = _QUERY_UNSAFE.encode(query)
        if h != -1:
            fragment = _FRAGMENT_UNSAFE.encode(rest[h + 1:])
    parts = text.replace("\\", "/").split("/")
    last = len(parts) - 1
    for i, seg in enumerate(parts):
        low = seg.lower() if "%" in seg else seg
        if low in _DOUBLE_DOTS:
            if segments:
                segments.pop()
            if i == last:
                segments.append("")
        elif low in _SINGLE_DOTS:
            if i == last:
                segments.append("")
        else:
            segments.append(_PATH_UNSAFE.encode(seg))
    return segments, query, fragment


def _split_host(text: str) -> tuple[str, str]:
    """`text` follows 'file://': split off the host (lower-cased; 'localhost' means none)."""
    end = len(text)
    for ch in "/\\?#":
        i = text.find(ch)
        if i != -1 and i < end:
            end = i
    host = text[:end].lower()
    return ("" if host == "localhost" else host), text[end:]


def _parse_file(text: str, base: _URL | None) -> _URL:
    """`text` is what follows 'file:' (or a relative reference): WHATWG file/relative states."""
    host = base.host if base is not None else ""
    if text[:1] in ("/", "\\"):
        if text[1:2] in ("/", "\\"):
            host, text = _split_host(text[2:])
            if text[:1] in ("/", "\\"):
                text = text[1:]
        else:
            text = text[1:]
        segments, query, fragment = _parse_path([], text)
    elif base is None:
        segments, query, fragment = _parse_path([], text)
    else:
        base_segments = base.path[1:].split("/")
        if text == "" or text[0] in "?#":
            query = base.query
            fragment = None
            if text[:1] == "?":
                h = text.find("#")
                query = _QUERY_UNSAFE.encode(text[1:h] if h != -1 else text[1:])
                if h != -1:
                    fragment = _FRAGMENT_UNSAFE.encode(text[h + 1:])
            elif text[:1] == "#":
                fragment = _FRAGMENT_UNSAFE.encode(text[1:])
            return _URL("file", host, base.path, query, fragment)
        segments, query, fragment = _parse_path(base_segments[:-1], text)
    return _URL("file", host, "/" + "/".join(segments), query, fragment)


def _parse_url(text: str, base: _URL | None = None) -> _URL:
    """`new URL(text, base)` for what module resolution meets; raises _InvalidURL."""
    text = text.strip(_C0_OR_SPACE)
    if "\t" in text or "\n" in text or "\r" in text:
        text = text.translate(_TAB_NEWLINE)
    end = _scheme_end(text)
    if end:
        scheme = text[:end - 1].lower()
        if scheme != "file":
            return _URL(scheme, path="", href=text)
        rest = text[end:]
        return _parse_file(rest, base if base is not None and base.scheme == "file" else None)
    if base is None or base.scheme != "file":
        raise _InvalidURL(text)
    return _parse_file(text, base)


def _scheme_end(text: str) -> int:
    """The length of the scheme and its ':' that `text` starts with (a letter, then letters,
    digits, '+', '.', '-'), 0 when it starts with none."""
    if not text or text[0] not in _SCHEME_FIRST:
        return 0
    for i in range(1, len(text)):
        ch = text[i]
        if ch == ":":
            return i + 1
        if ch not in _SCHEME_REST:
            return 0
    return 0


def _is_url(text: str) -> bool:
    """Whether `new URL(text)` succeeds (an absolute URL)."""
    return _scheme_end(text.strip(_C0_OR_SPACE)) != 0


def path_to_file_url(path: str) -> str:
    """node's url.pathToFileURL(path).href on POSIX: resolved against the cwd, normalized, a
    trailing '/' kept, and percent-encoded as node 20 does."""
    resolved = _resolve_path(path) if path else os.getcwd()
    if path.endswith("/") and resolved != "/":
        resolved += "/"
    return "file://" + _FILE_PATH_UNSAFE.encode(resolved)


def _decode_uri_component(text: str) -> str:
    """JS decodeURIComponent: a bad escape or invalid UTF-8 is a URIError 'URI malformed'."""
    if "%" not in text:
        return text
    if _BAD_PERCENT.search(text):
        raise NodeError(None, js_class="URIError", message="URI malformed")

    def decode(m: re.Match) -> str:
        try:
            return bytes.fromhex(m.group().replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            raise NodeError(None, js_class="URIError", message="URI malformed") from None

    return _PCT_ESCAPES.sub(decode, text)


def file_url_to_path(url: str | _URL) -> str:
    """node's url.fileURLToPath on POSIX, with its errors (ERR_INVALID_URL, ERR_INVALID_URL_SCHEME,
    ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH, URIError)."""
    if isinstance(url, str):
        try:
            url = _parse_url(url)
        except _InvalidURL:
            raise NodeError("ERR_INVALID_URL", input=url) from None
    if url.scheme != "file":
        raise NodeError("ERR_INVALID_URL_SCHEME", "file")
    if url.host:
        raise NodeError("ERR_INVALID_FILE_URL_HOST", sys.platform)
    if "%" in url.path and _ENCODED_SLASH.search(url.path):   # '%5C' is fine on POSIX
        raise NodeError("ERR_INVALID_FILE_URL_PATH", "must not include encoded / characters")
    return _decode_uri_component(url.path)


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


def _esm_scope(url: _URL) -> _PackageConfig | None:
    """The package scope of a file: URL, with the ESM error form."""
    path = file_url_to_path(url)
    start = path[:-1] if path.endswith("/") and path != "/" else _dirname(path)
    try:
        return _scope_lookup(start, esm=True)
    except _PackageJsonError as e:
        raise _pjson_error(e.bad) from None


def package_scope(path: str) -> tuple[str, dict] | None:
    """The nearest package.json at or above dirname(path), not looking past a node_modules
    directory: (its path, the parsed object), or None. Cached per process; the dict is shared,
    do not mutate it. A package.json that is not a JSON object raises ERR_INVALID_PACKAGE_CONFIG."""
    if path.startswith("file:"):
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
# "exports" and "imports" (shared by both resolvers; Node's spec works on URLs)

def _segment_pattern(word: str) -> str:
    """A regex for `word` where each character may also be percent-encoded, in any case."""
    out = []
    for ch in word:
        codes = {f"%{ord(ch.lower()):02x}", f"%{ord(ch.upper()):02x}"}
        alts = [escape(ch)] + sorted(codes)
        out.append("(?:" + "|".join(alts) + ")")
    return "".join(out)


# A '.', '..' or 'node_modules' segment (also percent-encoded): a target or a pattern match that
# contains one is invalid. An empty segment ('//') is only deprecated: Node warns and goes on.
_BAD_SEGMENT_NAMES = f"(?:{_segment_pattern('.')}{_segment_pattern('.')}?|{_segment_pattern('node_modules')})"
_INVALID_SEGMENT = LazyPattern(rf"(?i)(?:^|[\\/]){_BAD_SEGMENT_NAMES}(?:[\\/]|$)")
_UNDEFINED = object()   # a condition object that matched nothing ("undefined" in Node's spec)


class _PkgCtx:
    """What the target resolution of one package.json needs, to keep signatures short."""

    __slots__ = ("pjson_url", "pjson_path", "base", "conditions", "internal", "stats")

    def __init__(self, pjson_path: str, base: _URL | None, conditions: frozenset[str],
                 internal: bool, stats: dict[str, int]):
        self.pjson_path = pjson_path
        self.pjson_url = _file_url(pjson_path)
        self.base = base
        self.conditions = conditions
        self.internal = internal    # True for "imports"
        self.stats = stats

    def base_suffix(self) -> str:
        return f" imported from {file_url_to_path(self.base)}" if self.base is not None else ""

    def package_dir(self) -> str:
        """The package directory with a trailing '/', as Node's messages print it."""
        return self.pjson_path[: -len("package.json")]


def _js_string(value: object) -> str:
    """`${value}` for the JSON scalars Node may interpolate into a message."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        if value in (float("inf"), float("-inf")):   # 1e400 in JSON
            return "Infinity" if value > 0 else "-Infinity"
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        import re
        return re.sub(r"e([+-])0*(\d)", r"e\1\2", repr(value))   # 1e-07 -> 1e-7, as JS prints
    return str(value)


def _invalid_target(ctx: _PkgCtx, key: str, target: object) -> NodeError:
    text = target if isinstance(target, str) else _js_string(target)
    quoted = json_text.dumps(text, ensure_ascii=False)
    where = f"{ctx.package_dir()}package.json{ctx.base_suffix()}"
    hint = ("; targets must start with \"./\""
            if not ctx.internal and text and not text.startswith("./") else "")
    if key == ".":
        message = f"Invalid \"exports\" main target {quoted} defined in the package config {where}{hint}"
    else:
        field = "imports" if ctx.internal else "exports"
        message = f"Invalid \"{field}\" target {quoted} defined for '{key}' in the package config {where}{hint}"
    return NodeError("ERR_INVALID_PACKAGE_TARGET", message)


def _invalid_config(ctx: _PkgCtx, message: str) -> NodeError:
    # Node passes the base URL itself here, so the message shows 'file:///...', not a path.
    importing = f" while importing {ctx.base.href}" if ctx.base is not None else ""
    return NodeError("ERR_INVALID_PACKAGE_CONFIG", ctx.pjson_path, importing, f". {message}")


def _not_exported(ctx: _PkgCtx, subpath: str) -> NodeError:
    where = f"{ctx.package_dir()}package.json{ctx.base_suffix()}"
    if subpath == ".":
        return NodeError("ERR_PACKAGE_PATH_NOT_EXPORTED", f"No \"exports\" main defined in {where}")
    return NodeError("ERR_PACKAGE_PATH_NOT_EXPORTED",
                     f"Package subpath '{subpath}' is not defined by \"exports\" in {where}")


def _is_array_index(key: str) -> bool:
    """ECMA-262 array index: canonical decimal below 2**32 - 1 (such keys are invalid conditions)."""
    return (key.isascii() and key.isdigit() and (key == "0" or key[0] != "0")
            and int(key) < 0xFFFFFFFF)


def _resolve_target(ctx: _PkgCtx, target: object, subpath: str, key: str, pattern: bool):
    """PACKAGE_TARGET_RESOLVE: a _URL, None (null: explicitly not exported) or _UNDEFINED."""
    if isinstance(target, str):
        return _resolve_target_string(ctx, target, subpath, key, pattern)
    if isinstance(target, list):
        if not target:
            return None
        last_error: object = _UNDEFINED
        for item in target:   # fallbacks: the first that resolves wins
            try:
                resolved = _resolve_target(ctx, item, subpath, key, pattern)
            except NodeError as e:
                last_error = e
                if e.code == "ERR_INVALID_PACKAGE_TARGET":
                    continue
                raise
            if resolved is _UNDEFINED:
                continue
            if resolved is None:
                last_error = None
                continue
            return resolved
        if last_error is _UNDEFINED or last_error is None:
            return last_error
        raise last_error
    if isinstance(target, dict):
        if any(_is_array_index(k) for k in target):
            raise _invalid_config(ctx, '"exports" cannot contain numeric property keys.')
        for cond, value in target.items():   # object order: the first matching condition wins
            if cond == "default" or cond in ctx.conditions:
                resolved = _resolve_target(ctx, value, subpath, key, pattern)
                if resolved is _UNDEFINED:
                    continue
                return resolved
        return _UNDEFINED
    if target is None:
        return None
    raise _invalid_target(ctx, key, target)


def _resolve_target_string(ctx: _PkgCtx, target: str, subpath: str, key: str, pattern: bool):
    if not target.startswith("./"):
        # Only "imports" may map to another package (a bare specifier, not a URL or a path).
        if (ctx.internal and not target.startswith("../") and not target.startswith("/")
                and not _is_url(target)):
            spec = target.replace("*", subpath) if pattern else target + subpath
            return _package_resolve(spec, ctx.pjson_url, ctx.conditions, ctx.stats)
        raise _invalid_target(ctx, key, target)
    if _INVALID_SEGMENT.search(target[2:]):
        raise _invalid_target(ctx, key, target)
    resolved = _parse_url(target, ctx.pjson_url)
    package_path = ctx.pjson_url.path[: -len("package.json")]
    if not resolved.path.startswith(package_path):
        raise _invalid_target(ctx, key, target)
    if subpath == "":
        return resolved
    if _INVALID_SEGMENT.search(subpath):
        request = key.replace("*", subpath, 1) if pattern else key + subpath
        field = "imports" if ctx.internal else "exports"
        raise NodeError("ERR_INVALID_MODULE_SPECIFIER", request,
                        f"request is not a valid match in pattern \"{key}\" for the \"{field}\" "
                        f"resolution of {ctx.pjson_path}", ctx.base_suffix())
    if pattern:   # Node substitutes into the href and parses again: '%', '?', '#' keep meaning
        return _parse_url(resolved.href.replace("*", subpath))
    return _parse_url(subpath, resolved)


def _pattern_key_compare(a: str, b: str) -> int:
    """PATTERN_KEY_COMPARE: -1 when `a` is the more specific key, 1 when `b` is."""
    a_star, b_star = a.find("*"), b.find("*")
    a_base = a_star + 1 if a_star != -1 else len(a)
    b_base = b_star + 1 if b_star != -1 else len(b)
    if a_base > b_base:
        return -1
    if b_base > a_base:
        return 1
    if a_star == -1:
        return 1
    if b_star == -1:
        return -1
    if len(a) > len(b):
        return -1
    if len(b) > len(a):
        return 1
    return 0


def _best_pattern(keys: Iterable[str], subpath: str) -> tuple[str, str]:
    """The most specific key with one '*' that matches `subpath` ('' if none), and what the '*'
    stands for (at least one character)."""
    best, best_match = "", ""
    for key in keys:
        star = key.find("*")
        if star == -1 or not subpath.startswith(key[:star]) or key.rfind("*") != star:
            continue
        trailer = key[star + 1:]
        if (len(subpath) >= len(key) and subpath.endswith(trailer)
                and _pattern_key_compare(best, key) == 1):
            best, best_match = key, subpath[star: len(subpath) - len(trailer)]
    return best, best_match


def _is_conditional_sugar(ctx: _PkgCtx, exports: object) -> bool:
    """Whether "exports" is the main entry itself (a string, an array, or an object of
    conditions); an object mixing '.'-keys with condition keys is invalid."""
    if isinstance(exports, (str, list)):
        return True
    if not isinstance(exports, dict):
        return False
    sugar = None
    for key in exports:
        is_condition = key == "" or key[0] != "."
        if sugar is None:
            sugar = is_condition
        elif sugar != is_condition:
            raise _invalid_config(
                ctx, "\"exports\" cannot contain some keys starting with '.' and some not. The "
                "exports object must either be an object of package subpath keys or an object of "
                "main entry condition name keys only.")
    return bool(sugar)


def _exports_resolve(ctx: _PkgCtx, subpath: str, exports: object) -> _URL:
    """PACKAGE_EXPORTS_RESOLVE: `subpath` is '.' or './x'."""
    if _is_conditional_sugar(ctx, exports):
        exports = {".": exports}
    elif not isinstance(exports, dict):
        exports = {}
    if subpath in exports and "*" not in subpath and not subpath.endswith("/"):
        resolved = _resolve_target(ctx, exports[subpath], "", subpath, False)
    else:
        key, match = _best_pattern(exports, subpath)
        if not key:
            raise _not_exported(ctx, subpath)
        resolved = _resolve_target(ctx, exports[key], match, key, True)
    if resolved is None or resolved is _UNDEFINED:
        raise _not_exported(ctx, subpath)
    return resolved


def _imports_resolve(name: str, base: _URL, conditions: frozenset[str], stats: dict[str, int]) -> _URL:
    """PACKAGE_IMPORTS_RESOLVE for a '#name' specifier, from the package scope of `base`."""
    if name == "#" or name.startswith("#/") or name.endswith("/"):
        raise NodeError("ERR_INVALID_MODULE_SPECIFIER", name,
                        "is not a valid internal imports specifier name",
                        f" imported from {file_url_to_path(base)}")
    config = _esm_scope(base)
    if config is not None:
        imports = config.imports
        if imports and isinstance(imports, dict):
            ctx = _PkgCtx(config.path, base, conditions, True, stats)
            if name in imports and "*" not in name:
                resolved = _resolve_target(ctx, imports[name], "", name, False)
            else:
                key, match = _best_pattern(imports, name)
                resolved = _resolve_target(ctx, imports[key], match, key, True) if key else None
            if resolved is not None and resolved is not _UNDEFINED:
                return resolved
    where = f" in package {config.path}" if config is not None else ""
    raise NodeError("ERR_PACKAGE_IMPORT_NOT_DEFINED", name, where, file_url_to_path(base))


# --------------------------------------------------------------------------------------------
# ESM resolution

def _parse_package_name(spec: str, base: _URL) -> tuple[str, str]:
    """Split a bare specifier into the package name ('pkg' or '@scope/pkg') and './subpath'."""
    sep = spec.find("/")
    valid = True
    if spec.startswith("@"):
        if sep == -1:
            valid = False
        else:
            sep = spec.find("/", sep + 1)
    name = spec if sep == -1 else spec[:sep]
    if name.startswith(".") or "%" in name or "\\" in name:
        valid = False
    if not valid:
        raise NodeError("ERR_INVALID_MODULE_SPECIFIER", spec, "is not a valid package name",
                        f" imported from {file_url_to_path(base)}")
    return name, "." + ("" if sep == -1 else spec[sep:])


def _package_resolve(spec: str, base: _URL, conditions: frozenset[str], stats: dict[str, int]) -> _URL:
    """PACKAGE_RESOLVE: a builtin, the package itself by name, or node_modules walking up."""
    if spec in _PLAIN_BUILTINS:
        return _URL("node", path="", href="node:" + spec)
    name, subpath = _parse_package_name(spec, base)
    base_path = file_url_to_path(base)
    scope = _esm_scope(base)
    if scope is not None and scope.exports is not None and scope.name == name:
        return _exports_resolve(_PkgCtx(scope.path, base, conditions, False, stats), subpath,
                                scope.exports)
    d = base_path[:-1] if base_path.endswith("/") and base_path != "/" else _dirname(base_path)
    while True:
        nm = d + "/node_modules/" if d != "/" else "/node_modules/"
        pkg_dir = nm + name
        if _stat(pkg_dir, stats) == _DIR:
            pjson_path = pkg_dir + "/package.json"
            try:
                config = _read_package_json(pjson_path)
            except _PackageJsonError as e:
                raise _pjson_error(e.bad, f'"{spec}" from {base_path}') from None
            ctx = _PkgCtx(pjson_path, base, conditions, False, stats)
            if config is not None and config.exports is not None:
                return _exports_resolve(ctx, subpath, config.exports)
            if subpath == ".":
                return _legacy_main_resolve(ctx, config, base_path)
            return _parse_url(subpath, ctx.pjson_url)
        if d == "/":
            break
        d = _dirname(d)
    raise NodeError("ERR_MODULE_NOT_FOUND", "package", name, base_path)


def _legacy_main_resolve(ctx: _PkgCtx, config: _PackageConfig | None, base_path: str) -> _URL:
    """A package without "exports" imported by name: "main" with CommonJS-like guesses, then
    index.js/.json/.node (Node also emits deprecation DEP0151 for the guesses; we do not)."""
    main = config.main if config is not None else None
    candidates = [f"./{main}{suffix}" for suffix in _LEGACY_MAIN_SUFFIXES] if main else []
    for candidate in candidates + list(_INDEX_FILES):
        url = _parse_url(candidate, ctx.pjson_url)
        if _stat(file_url_to_path(url), ctx.stats) == _FILE:
            return url
    missing = _parse_url(f"./{main}" if main else "./index.js", ctx.pjson_url)
    raise NodeError("ERR_MODULE_NOT_FOUND", "package", file_url_to_path(missing), base_path)


def _finalize_resolution(resolved: _URL, base: _URL, stats: dict[str, int]) -> _URL:
    """The resolved file must exist and not be a directory; the result names its real path."""
    if "%" in resolved.path and _ENCODED_SEP.search(resolved.path):
        raise NodeError("ERR_INVALID_MODULE_SPECIFIER", resolved.path,
                        'must not include encoded "/" or "\\" characters',
                        f" imported from {file_url_to_path(base)}")
    path = file_url_to_path(resolved)
    kind = _stat(path, stats)   # 'a.js/' names no file (ENOTDIR): not found, as in node 24
    parent = file_url_to_path(base) if base.scheme == "file" else base.href
    if kind == _DIR:
        raise NodeError("ERR_UNSUPPORTED_DIR_IMPORT", path, parent, url=resolved.href)
    if kind != _FILE:
        raise NodeError("ERR_MODULE_NOT_FOUND", "module", path, parent, url=resolved.href)
    href = path_to_file_url(_realpath(path))
    if resolved.query:   # Node copies search and hash over; empty ones vanish
        href += "?" + resolved.query
    if resolved.fragment:
        href += "#" + resolved.fragment
    return _URL("file", href=href)


def _is_relative_or_absolute(spec: str) -> bool:
    return spec.startswith("/") or _is_relative(spec)


def _module_resolve(spec: str, base: _URL, conditions: frozenset[str], stats: dict[str, int]) -> _URL:
    remote = base.scheme in ("data", "http", "https")
    if _is_relative_or_absolute(spec):
        try:
            resolved = _parse_url(spec, base)
        except _InvalidURL:
            raise NodeError("ERR_UNSUPPORTED_RESOLVE_REQUEST", spec, base.href) from None
    elif not remote and spec.startswith("#"):
        resolved = _imports_resolve(spec, base, conditions, stats)
    elif _is_url(spec):
        resolved = _parse_url(spec)
    elif remote and spec not in _PLAIN_BUILTINS:
        raise NodeError("ERR_UNSUPPORTED_RESOLVE_REQUEST", spec, base.href)
    else:
        resolved = _package_resolve(spec, base, conditions, stats)
    if resolved.scheme != "file":
        return resolved
    return _finalize_resolution(resolved, base, stats)


def _parent_url(parent_url: str | None) -> _URL:
    """The parsed parent URL (cached: a module's imports all share it)."""
    if parent_url is None:   # the entry point: resolve from the cwd
        return _parse_url(path_to_file_url(os.getcwd() + "/"))
    url = _parent_url_cache.get(parent_url)
    if url is None:
        try:
            url = _parse_url(path_to_file_url(parent_url) if parent_url.startswith("/") else parent_url)
        except _InvalidURL:
            raise NodeError("ERR_INVALID_URL", input=parent_url) from None
        _parent_url_cache[parent_url] = url
    return url


def resolve_esm(specifier: str, parent_url: str | None, *,
                conditions: Iterable[str] | None = None) -> str:
    """Resolve an `import` the way node 20's default ESM resolver does.

    `parent_url` is the importing module's URL ('file:///...', a 'data:' URL) or an absolute path;
    None means the entry point (resolved from the cwd). Returns a 'file:///...' URL of the real
    path (with the specifier's ?query and #fragment), 'node:<name>' for builtins, or the data: URL
    itself. Relative specifiers need the exact file name. Raises NodeError with node's code and
    message; ERR_MODULE_NOT_FOUND for a file and ERR_UNSUPPORTED_DIR_IMPORT carry `url` (which
    import.meta.resolve returns instead of throwing) and, where node adds one, the "Did you mean to
    import ...?" hint. `conditions` adds to "import"/"node" (node's --conditions)."""
    if specifier in _PLAIN_BUILTINS:   # what the full algorithm below would answer, sooner
        return "node:" + specifier
    base = _parent_url(parent_url)
    conds = _ESM_CONDITIONS if not conditions else _ESM_CONDITIONS | frozenset(conditions)
    parsed = None
    try:
        parsed = (_parse_url(specifier, base) if _is_relative_or_absolute(specifier)
                  else _parse_url(specifier))
    except _InvalidURL:
        pass
    if parsed is not None and parsed.scheme != "file":
        if parsed.scheme == "data":
            return parsed.href
        if parsed.scheme == "node":
            # Node defers this check to loading; import() then fails with this error.
            if specifier.startswith("node:") and specifier[5:] not in BUILTIN_MODULES:
                raise NodeError("ERR_UNKNOWN_BUILTIN_MODULE", specifier)
            return specifier
        raise NodeError("ERR_UNSUPPORTED_ESM_URL_SCHEME",
                        "Only URLs with a scheme in: file and data are supported by the "
                        f"default ESM loader. Received protocol '{parsed.scheme}:'")
    stats: dict[str, int] = {}
    try:
        resolved = _module_resolve(specifier, base, conds, stats)
    except NodeError as e:
        if e.code in ("ERR_MODULE_NOT_FOUND", "ERR_UNSUPPORTED_DIR_IMPORT") and base.scheme == "file":
            _add_commonjs_hint(e, specifier, base)
        raise
    if resolved.scheme == "file":
        # node 24's resolver also finds the module's format: for a .js or extensionless file that
        # reads the package scope, so a broken package.json fails the resolution itself.
        module_format(resolved.href)
    return resolved.href


def find_package_json(specifier: str, base: str | None) -> str | None:
    """node 24's `module.findPackageJSON(specifier, base)`: for a bare specifier the package.json
    at the root of that package (found by name in node_modules, not resolved further); for a
    relative, absolute or file: URL specifier the package.json closest to what it resolves to.
    `base` is the parent's absolute path or URL (None: node's default, 'data:'). Returns the
    path, or None when no package.json is found; raises node's errors."""
    if base is None:
        base_url = _URL("data", path="", href="data:")
    elif base.startswith("/"):
        base_url = _parse_url(path_to_file_url(base))
    else:
        try:
            base_url = _parse_url(base)
        except _InvalidURL:
            raise NodeError("ERR_INVALID_URL", input=base) from None
    if specifier and not _is_relative_or_absolute(specifier) and not _is_url(specifier):
        return _package_root_json(specifier, base_url)
    if _is_url(specifier) and _parse_url(specifier).scheme != "file":
        raise NodeError("ERR_INVALID_URL_SCHEME", "file")
    try:
        target = resolve_esm(specifier, base_url.href)
    except NodeError as e:
        if e.code != "ERR_UNSUPPORTED_DIR_IMPORT":
            raise
        target = e.props["url"]
    path = file_url_to_path(target)
    start = path[:-1] if path.endswith("/") and path != "/" else _dirname(path)
    try:
        config = _scope_lookup(start, esm=False)
    except _PackageJsonError as e:
        raise _pjson_error(e.bad) from None
    return config.path if config is not None else None


def _package_root_json(specifier: str, base: _URL) -> str:
    """Where node looks for the package.json of a package by name: './node_modules/<name>/
    package.json' beside the parent, then in each ancestor, built as URLs (so a '#' or '?' in
    the name cuts the path as it does in node)."""
    if base.scheme != "file":
        raise NodeError("ERR_INVALID_URL", input="./node_modules/")
    name, _ = _parse_package_name(specifier, base)
    url = _parse_url(f"./node_modules/{name}/package.json", base)
    up = "../../../../node_modules/" if name.startswith("@") else "../../../node_modules/"
    while True:
        path = file_url_to_path(url)
        directory = path[:-len("/package.json")] if path.endswith("/package.json") else path
        if _stat(directory, {}) == _DIR:
            return path
        last = path
        url = _parse_url(f"{up}{name}/package.json", url)
        if len(file_url_to_path(url)) == len(last):
            break
    raise NodeError("ERR_MODULE_NOT_FOUND", "package", name, file_url_to_path(base))


_URI_COMPONENT_SAFE = "-_.!~*'()"   # what encodeURIComponent leaves alone, besides [A-Za-z0-9]


def _add_commonjs_hint(error: NodeError, spec: str, base: _URL) -> None:
    """Node 20 tries the failed import as a require() and, if that finds something else,
    appends 'Did you mean to import "..."?' to the message."""
    if spec.startswith("file://"):
        spec = file_url_to_path(spec)   # may throw instead of the original error, as in Node
    try:
        parent = file_url_to_path(base)
        found = _resolve_for_hint(spec, parent)
    except (NodeError, _PackageJsonError, OSError):   # the hint is best effort, as in Node
        return
    if not found:
        return
    if _is_relative(spec):
        found = os.path.relpath(found, _dirname(parent))
        if not found.startswith("../"):
            found = "./" + found
    elif not spec.startswith("/"):
        # A bare specifier: the package name plus the path inside that package, URI-encoded.
        parts = spec.split("/")
        name = "/".join(parts[:2]) if spec.startswith("@") else parts[0]
        needle = f"/node_modules/{name}/"
        i = found.rfind(needle)
        if i != -1:
            from urllib.parse import quote   # only on this error path: keep it off start-up
            inner = found[i + len(needle):].split("/")
            found = name + "/" + "/".join(quote(p, safe=_URI_COMPONENT_SAFE) for p in inner)
        else:
            found = path_to_file_url(found)
    if found != spec:
        hint = f"Did you mean to import {json_text.dumps(found, ensure_ascii=False)}?"
        error.message += "\n" + hint
        error.args = (error.message,)


def _resolve_for_hint(spec: str, parent: str) -> str | None:
    """The require() Node tries for the hint: a module with no filename, so relative requests
    are taken from the cwd and neither self-reference nor "imports" apply."""
    if is_builtin(spec):
        return spec
    stats: dict[str, int] = {}
    if _is_cjs_relative(spec):
        paths = [os.getcwd()]
    else:
        paths = _node_module_paths(parent) + _get_global_paths()
    return _find_path(spec, paths, stats, _CJS_EXTENSIONS, _CJS_CONDITIONS)


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


def _finalize_esm_match(url: _URL, parent: str | None, not_found_path: str, stats: dict[str, int]) -> str:
    """RESOLVE_ESM_MATCH: what "exports"/"imports" gave must be an existing file. A missing one
    is MODULE_NOT_FOUND with `path` set to `not_found_path` (node 24: the package directory for
    a node_modules package, the package.json for self-reference and "imports")."""
    if url.scheme == "file" and "%" in url.path and _ENCODED_SEP.search(url.path):
        raise NodeError("ERR_INVALID_MODULE_SPECIFIER", url.href,
                        'must not include encoded "/" or "\\" characters',
                        f" imported from {parent}" if parent else "")
    filename = file_url_to_path(url)
    found = _try_file(filename, stats)
    if found:
        return found
    raise NodeError("MODULE_NOT_FOUND", js_class="Error", message=f"Cannot find module '{filename}'",
                    path=not_found_path)


def _esm_not_found_as_cjs(error: NodeError, request: str, pjson_path: str | None) -> NodeError:
    if error.code != "ERR_MODULE_NOT_FOUND":
        return error
    props = {"path": pjson_path} if pjson_path else {}
    return NodeError("MODULE_NOT_FOUND", js_class="Error",
                     message=f"Cannot find module '{request}'", **props)


def _cjs_exports(nm_dir: str, name: str, expansion: str, request: str,
                 stats: dict[str, int], conditions: frozenset[str]) -> str | None:
    """LOAD_PACKAGE_EXPORTS: node_modules/<name> has "exports", which then alone decides."""
    pkg_dir = _resolve_path(nm_dir, name)
    config = _cjs_read(pkg_dir + "/package.json")
    if config is None or config.exports is None:
        return None
    ctx = _PkgCtx(pkg_dir + "/package.json", None, conditions, False, stats)
    try:
        url = _exports_resolve(ctx, "." + expansion, config.exports)
        return _finalize_esm_match(url, None, pkg_dir, stats)
    except NodeError as e:
        raise _esm_not_found_as_cjs(e, request, pkg_dir + "/package.json") from None


def _cjs_self(request: str, parent: str, stats: dict[str, int], conditions: frozenset[str]) -> str | None:
    """LOAD_PACKAGE_SELF: a package requiring itself by its "name" through its "exports"."""
    config = _cjs_scope(parent)
    if config is None or config.exports is None or config.name is None:
        return None
    name = config.name
    if request == name:
        expansion = "."
    elif request.startswith(name + "/"):
        expansion = "." + request[len(name):]
    else:
        return None
    ctx = _PkgCtx(config.path, _parse_url(path_to_file_url(parent)), conditions, False, stats)
    try:
        url = _exports_resolve(ctx, expansion, config.exports)
        return _finalize_esm_match(url, parent, config.path, stats)
    except NodeError as e:
        raise _esm_not_found_as_cjs(e, request, config.path) from None


def _cjs_imports(request: str, parent: str, stats: dict[str, int], conditions: frozenset[str]) -> str | None:
    """LOAD_PACKAGE_IMPORTS: '#name' through the "imports" of the parent's package."""
    config = _cjs_scope(parent)
    if config is None or config.imports is None:
        return None   # then Node looks for a package called '#name' in node_modules
    try:
        url = _imports_resolve(request, _parse_url(path_to_file_url(parent)), conditions, stats)
        return _finalize_esm_match(url, parent, config.path, stats)
    except NodeError as e:
        raise _esm_not_found_as_cjs(e, request, None) from None


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
            found = _cjs_exports(cur, match.group(1), match.group(2) or "", request, stats, conditions)
            if found:
                return found
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
        parent = _resolve_path(parent_filename)
        if request.startswith("#"):
            found = _cjs_imports(request, parent, stats, conds)
        else:
            found = _cjs_self(request, parent, stats, conds)
        if found:
            return found
    found = _find_path(request, paths, stats, extensions, conds)
    if found:
        return found
    raise module_not_found(request, require_stack or [])
