"""Node's ES module resolution (doc/api/esm.md "Resolution Algorithm Specification"), with the
package.json "exports" and "imports" resolution it specifies, which CommonJS consults too.

Split from resolve.py (issue 17.1), which keeps what every start needs (builtins, paths,
package.json scopes, CommonJS lookup) and imports this module only when an `import` is resolved
or a package has an "exports" or "imports" map. Node specifies all of it on URLs (file_url.py).
"""

from __future__ import annotations

import os

from noderun.errors import NodeError

from ..engine import json_text
from .file_url import (_URL, _ENCODED_SEP, _InvalidURL, _file_url, _is_url, _parse_url,
                       file_url_to_path, path_to_file_url)
from .lazy_re import LazyPattern, escape
from .resolve import (_CJS_CONDITIONS, _CJS_EXTENSIONS, _DIR, _ESM_CONDITIONS, _FILE, _INDEX_FILES,
                      _LEGACY_MAIN_SUFFIXES, _PLAIN_BUILTINS, BUILTIN_MODULES, _PackageConfig,
                      _PackageJsonError, _dirname, _find_path, _get_global_paths, _is_cjs_relative,
                      _is_relative, _node_module_paths, _parent_url_cache, _pjson_error,
                      _read_package_json, _realpath, _scope_lookup, _stat, _try_file, is_builtin,
                      module_format)

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc costs milliseconds of start-up)
    from collections.abc import Iterable

# --------------------------------------------------------------------------------------------
# "exports" and "imports" (shared by both resolvers; Node's spec works on URLs)

def _esm_scope(url: _URL) -> _PackageConfig | None:
    """The package scope of a file: URL, with the ESM error form."""
    path = file_url_to_path(url)
    start = path[:-1] if path.endswith("/") and path != "/" else _dirname(path)
    try:
        return _scope_lookup(start, esm=True)
    except _PackageJsonError as e:
        raise _pjson_error(e.bad) from None


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
# CommonJS requests that "exports" or "imports" decide

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



def cjs_exports(config: _PackageConfig, pkg_dir: str, subpath: str, request: str,
                stats: dict[str, int], conditions: frozenset[str]) -> str:
    """LOAD_PACKAGE_EXPORTS for node_modules/<name> (`pkg_dir`), whose package.json `config` has
    "exports": the file `subpath` ('.' or './...') maps to, or node's error."""
    ctx = _PkgCtx(pkg_dir + "/package.json", None, conditions, False, stats)
    try:
        url = _exports_resolve(ctx, subpath, config.exports)
        return _finalize_esm_match(url, None, pkg_dir, stats)
    except NodeError as e:
        raise _esm_not_found_as_cjs(e, request, pkg_dir + "/package.json") from None


def cjs_self(request: str, parent: str, config: _PackageConfig, stats: dict[str, int],
             conditions: frozenset[str]) -> str | None:
    """LOAD_PACKAGE_SELF: a package requiring itself by its "name" through its "exports" (`config`
    is the parent's package, which has them)."""
    name = config.name
    if name is None:
        return None
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


def cjs_imports(request: str, parent: str, config: _PackageConfig, stats: dict[str, int],
                conditions: frozenset[str]) -> str | None:
    """LOAD_PACKAGE_IMPORTS: '#name' through the "imports" of the parent's package (`config`)."""
    try:
        url = _imports_resolve(request, _parse_url(path_to_file_url(parent)), conditions, stats)
        return _finalize_esm_match(url, parent, config.path, stats)
    except NodeError as e:
        raise _esm_not_found_as_cjs(e, request, None) from None
