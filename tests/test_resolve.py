"""noderun.loader.resolve against node v24.12.0.

Every resolution case states the result node 24 gives (a path, a URL, or an error code and exact
message) and, when a `node` binary is on PATH, is also run through real node on the same tree:
both answers must agree. Without node the comparisons are skipped (see `needs_node`) and only the
written expectations are checked.

Trees are built once per module. node runs once per (tree, parent module, CJS/ESM) group with all
of that group's requests, through a small driver that stands in for the parent module.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
from dataclasses import dataclass

import pytest

from noderun.errors import NodeError
from noderun.loader import resolve as R
from noderun.loader.v8_json import v8_json_error

from oracle import NODE  # the reference node v24.12.0, or None
# Comparisons with real node are skipped ONLY when no node binary is on PATH.
needs_node = pytest.mark.skipif(NODE is None, reason="node not on PATH: comparison with real node skipped")


# ---------------------------------------------------------------------------------------------
# Trees. A str value is a file's content; ("symlink", target) makes a symlink.

TREES: dict[str, dict[str, object]] = {
    "basic": {
        "package.json": '{"name": "basic-root"}',
        "a.js": "", "j.json": "{}", "x.node": "", "both.js": "", "both/index.js": "",
        "dir/index.js": "", "dirjson/index.json": "{}",
        "pkgdir/package.json": '{"main": "lib/entry"}', "pkgdir/lib/entry.js": "",
        "pkgmaindir/package.json": '{"main": "lib"}', "pkgmaindir/lib/index.js": "",
        "badmain/package.json": '{"main": "nope.js"}',
        "badmain-index/package.json": '{"main": "nope.js"}', "badmain-index/index.js": "",
        "sp ace.mjs": "", "tilde~[x].mjs": "", "\u00e9.mjs": "",
        "link.js": ("symlink", "a.js"), "linkdir": ("symlink", "dir"),
        "linktarget/package.json": '{"name": "linked"}', "linktarget/index.js": "",
        "node_modules/linked": ("symlink", "../linktarget"),
        "node_modules/plain/package.json": '{"name": "plain"}', "node_modules/plain/index.js": "",
        "node_modules/plain/lib/x.js": "", "node_modules/plain/lib/dir/index.js": "",
        "node_modules/legacy/package.json": '{"main": "lib/main"}', "node_modules/legacy/lib/main.js": "",
        "node_modules/nomain/index.js": "",
        "node_modules/missingmain/package.json": '{"main": "gone.js"}',
        "node_modules/@scope/pkg/package.json": '{"main": "main.js"}',
        "node_modules/@scope/pkg/main.js": "", "node_modules/@scope/pkg/sub.js": "",
        "node_modules/badjson/package.json": "{bad", "node_modules/badjson/index.js": "",
        "node_modules/nulljson/package.json": "null", "node_modules/nulljson/index.js": "",
        "node_modules/trailing/package.json": '{"name": "trailing", "main": "index.js",}',
        "node_modules/trailing/index.js": "",
        "arrjson/package.json": "[]", "arrjson/index.js": "", "arrjson/x.js": "",
        "sub/deep/placeholder": "",
    },
    "walk": {
        "package.json": "{}",
        "node_modules/up/index.js": "", "node_modules/mid/index.js": "",
        "a/node_modules/mid/index.js": "", "a/node_modules/y2/index.js": "",
        "a/node_modules/node_modules/y/index.js": "",
        "a/b/c/placeholder": "", "a/node_modules/x/placeholder": "",
    },
    "exports": {
        "package.json": '{"name": "exports-root"}',
        "node_modules/ex/package.json": json.dumps({"name": "ex", "exports": {
            ".": {"import": "./m.mjs", "require": "./c.cjs"},
            "./sub": "./lib/sub.js",
            "./feat/*": "./feat/*.js",
            "./feat/x/*": "./feat/deep-*.js",
            "./nul": None,
            "./arr": ["bad", "./lib/sub.js"],
            "./missing": "./lib/missing.js",
            "./bad": "lib/sub.js",
            "./up": "./../a.js",
            "./nm": "./node_modules/x.js",
            "./num": 5,
            "./cond": {"node": {"import": "./m.mjs", "default": "./c.cjs"}},
            "./onlyimport": {"import": "./m.mjs"},
            "./addons": {"node-addons": "./lib/sub.js", "default": "./c.cjs"},
            "./star/*": "./feat/*",
        }}),
        "node_modules/ex/m.mjs": "", "node_modules/ex/c.cjs": "", "node_modules/ex/lib/sub.js": "",
        "node_modules/ex/feat/a.js": "", "node_modules/ex/feat/deep-q.js": "",
        "node_modules/ex/feat/sp ace.js": "",
        "node_modules/sugar/package.json": '{"exports": "./s.js"}', "node_modules/sugar/s.js": "",
        "node_modules/sugarcond/package.json": '{"exports": {"import": "./i.mjs", "require": "./r.cjs"}}',
        "node_modules/sugarcond/i.mjs": "", "node_modules/sugarcond/r.cjs": "",
        "node_modules/nodot/package.json": '{"exports": {"./x": "./x.js"}}', "node_modules/nodot/x.js": "",
        "node_modules/mixed/package.json": '{"exports": {".": "./a.js", "x": "./b.js"}}',
        "node_modules/numk/package.json": '{"exports": {"0": "./a.js", "default": "./b.js"}}',
        "node_modules/arrfb/package.json": '{"exports": {".": [{"worker": "./w.js"}, "./fb.js"]}}',
        "node_modules/arrfb/fb.js": "",
        "node_modules/allbad/package.json": '{"exports": {".": ["bad1", "bad2"]}}',
        "node_modules/patterns/package.json": json.dumps({"exports": {
            "./*": "./lib/*.js", "./*.js": "./lib/*.js", "./internal/*": None, "./a/*/b": "./x/*/y.js"}}),
        "node_modules/patterns/lib/foo.js": "", "node_modules/patterns/x/q/y.js": "",
        "node_modules/patterns/lib/internal/secret.js": "",
    },
    "selfimp": {
        "package.json": json.dumps({
            "name": "@me/self",
            "exports": {".": "./src/main-entry.js", "./util": {"require": "./src/u.cjs", "import": "./src/u.mjs"},
                        "./hidden": None},
            "imports": {"#a": "./src/a.js", "#c": {"import": "./src/u.mjs", "require": "./src/u.cjs"},
                        "#p/*": "./src/*.js", "#dep": "dep", "#dep/*": "dep/*", "#fs": "fs",
                        "#bad": "src/a.js", "#up": "../x.js", "#nul": None, "#miss": "./src/missing.js",
                        "#url": "https://example.com/y"},
        }),
        "src/main-entry.js": "", "src/u.cjs": "", "src/u.mjs": "", "src/a.js": "", "src/b.js": "",
        "node_modules/dep/package.json": '{"name": "dep", "main": "index.js"}',
        "node_modules/dep/index.js": "", "node_modules/dep/x.js": "",
        "noimports/package.json": '{"name": "noimp"}', "noimports/placeholder": "",
    },
    # its root directory is named 'we ird#d%41' (see ROOT_NAMES): URL-special characters in paths
    "weird": {
        "package.json": json.dumps({"name": "weird", "imports": {"#x": "./sub/x.js", "#p/*": "./sub/*.js"},
                                    "exports": {"./me": "./sub/x.js"}}),
        "node_modules/ex/package.json": '{"exports": {".": "./feat/main.js", "./f/*": "./feat/*.js"}}',
        "node_modules/ex/feat/main.js": "", "node_modules/ex/feat/a.js": "", "sub/x.js": "", "sub/y.js": "",
    },
}
ROOT_NAMES = {"weird": "we ird#d%41"}


def _build(root: str, files: dict[str, object]) -> None:
    for rel, content in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, tuple):
            os.symlink(content[1], path)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(content)


@pytest.fixture(scope="module")
def trees(tmp_path_factory) -> dict[str, str]:
    roots = {}
    for name, files in TREES.items():
        root = os.path.realpath(tmp_path_factory.mktemp(name))
        if name in ROOT_NAMES:
            root = os.path.join(root, ROOT_NAMES[name])
        _build(root, files)
        roots[name] = root
    R.clear_caches()
    return roots


# ---------------------------------------------------------------------------------------------
# Running node

CJS_DRIVER = r"""
const fs = require('fs'), Module = require('module');
const reqs = JSON.parse(fs.readFileSync(process.env.RESOLVE_REQUESTS, 'utf8'));
const out = reqs.map((r) => {
  try {
    // require.resolve('node:nope') says MODULE_NOT_FOUND; require() says what we model.
    if (r.startsWith('node:') && !Module.isBuiltin(r)) require(r);
    return { ok: require.resolve(r) };
  } catch (e) {
    return { code: e.code ?? null, name: e.name, message: e.message,
             requireStack: e.requireStack ?? null, path: e.path ?? null, requestPath: e.requestPath ?? null };
  }
});
fs.writeFileSync(process.env.RESOLVE_RESULTS, JSON.stringify(out));
"""

ESM_DRIVER = r"""
import fs from 'node:fs';
const reqs = JSON.parse(fs.readFileSync(process.env.RESOLVE_REQUESTS, 'utf8'));
const out = [];
const asErr = (e) => ({ code: e.code ?? null, name: e.name, message: e.message, url: e.url ?? null });
// import.meta.resolve returns the URL of a missing file instead of throwing, so an import() is
// tried too: the resolution errors it throws are the ones resolve_esm raises.
const RESOLUTION = ['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT', 'ERR_UNKNOWN_BUILTIN_MODULE',
                    'ERR_UNSUPPORTED_ESM_URL_SCHEME'];
for (const r of reqs) {
  let url;
  try { url = import.meta.resolve(r); } catch (e) { out.push(asErr(e)); continue; }
  try { await import(r); } catch (e) { if (RESOLUTION.includes(e.code)) { out.push(asErr(e)); continue; } }
  out.push({ ok: url });
}
fs.writeFileSync(process.env.RESOLVE_RESULTS, JSON.stringify(out));
"""


def _run_node(args: list[str], cwd: str, requests: list[str], tmp: str) -> list[dict]:
    req_file, res_file = os.path.join(tmp, "requests.json"), os.path.join(tmp, "results.json")
    with open(req_file, "w", encoding="utf-8") as f:
        json.dump(requests, f)
    env = dict(os.environ, RESOLVE_REQUESTS=req_file, RESOLVE_RESULTS=res_file)
    env.pop("NODE_OPTIONS", None)
    proc = subprocess.run([NODE, "--no-deprecation", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    with open(res_file, encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class Case:
    tree: str
    parent: str        # parent module, relative to the tree root; the node driver is written there
    request: str       # '{root}' / '{url}' are replaced by the tree's path / file URL
    expected: object   # a str result (see _expand) or (code, message)

    @property
    def id(self) -> str:
        return f"{self.tree}:{self.parent}:{self.request}"


def _expand(value: object, root: str) -> object:
    url = R.path_to_file_url(root)
    if isinstance(value, tuple):
        return tuple(v if v is None else v.replace("{root}", root).replace("{url}", url) for v in value)
    return value.replace("{root}", root).replace("{url}", url)


class NodeResults:
    """Runs node lazily, once per (tree, parent, kind), for all the cases of that group."""

    def __init__(self, roots: dict[str, str], tmp: str):
        self.roots = roots
        self.tmp = tmp
        self.cache: dict[tuple[str, str, str], dict[str, dict]] = {}

    def get(self, kind: str, case: Case) -> dict:
        key = (kind, case.tree, case.parent)
        if key not in self.cache:
            cases = CJS_CASES if kind == "cjs" else ESM_CASES
            group = [c for c in cases if (c.tree, c.parent) == (case.tree, case.parent)]
            root = self.roots[case.tree]
            requests = [_expand(c.request, root) for c in group]
            parent = os.path.join(root, case.parent)
            with open(parent, "w", encoding="utf-8") as f:
                f.write(CJS_DRIVER if kind == "cjs" else ESM_DRIVER)
            try:
                results = _run_node([parent], root, requests, self.tmp)
            finally:
                os.unlink(parent)
            self.cache[key] = dict(zip(requests, results))
        return self.cache[key][_expand(case.request, self.roots[case.tree])]


@pytest.fixture(scope="module")
def node_results(trees, tmp_path_factory) -> NodeResults:
    return NodeResults(trees, str(tmp_path_factory.mktemp("node-io")))


def _ours_cjs(root: str, parent: str, request: str) -> dict:
    parent_path = os.path.join(root, parent)
    try:
        return {"ok": R.resolve_cjs(request, parent_path, [parent_path])}
    except NodeError as e:
        return {"code": e.code, "name": e.js_class, "message": e.message,
                "requireStack": e.props.get("requireStack"), "path": e.props.get("path"),
                "requestPath": e.props.get("requestPath")}


def _ours_esm(root: str, parent: str, request: str) -> dict:
    try:
        return {"ok": R.resolve_esm(request, R.path_to_file_url(os.path.join(root, parent)))}
    except NodeError as e:
        return {"code": e.code, "name": e.js_class, "message": e.message, "url": e.props.get("url")}


def _node_cjs_normalized(result: dict) -> dict:
    """node's require.resolve('fs') is 'fs'; resolve_cjs answers 'node:fs'. A MODULE_NOT_FOUND
    built without a require stack has none; ours then carries none either, or an empty one."""
    if "ok" in result and not result["ok"].startswith("/") and not result["ok"].startswith("node:"):
        return {"ok": "node:" + result["ok"]}
    return result


def _summary(result: dict) -> object:
    return result["ok"] if "ok" in result else (result["code"], result["message"])


# ---------------------------------------------------------------------------------------------
# CommonJS cases

MNF = "MODULE_NOT_FOUND"
STACK = "\nRequire stack:\n- {root}/main.js"

CJS_CASES = [
    # files, extensions, directories
    Case("basic", "main.js", "./a", "{root}/a.js"),
    Case("basic", "main.js", "./a.js", "{root}/a.js"),
    Case("basic", "main.js", "./j", "{root}/j.json"),
    Case("basic", "main.js", "./x", "{root}/x.node"),
    Case("basic", "main.js", "./dir", "{root}/dir/index.js"),
    Case("basic", "main.js", "./dir/", "{root}/dir/index.js"),
    Case("basic", "main.js", "./dirjson", "{root}/dirjson/index.json"),
    Case("basic", "main.js", "./both", "{root}/both.js"),
    Case("basic", "main.js", "./both/", "{root}/both/index.js"),
    Case("basic", "main.js", "./pkgdir", "{root}/pkgdir/lib/entry.js"),
    Case("basic", "main.js", "./pkgmaindir", "{root}/pkgmaindir/lib/index.js"),
    Case("basic", "main.js", "./badmain", (MNF, "Cannot find module '{root}/badmain/nope.js'. Please verify "
                                                 "that the package.json has a valid \"main\" entry")),
    Case("basic", "main.js", "./badmain-index", "{root}/badmain-index/index.js"),
    Case("basic", "main.js", "./nope", (MNF, "Cannot find module './nope'" + STACK)),
    Case("basic", "main.js", "./a.js/", (MNF, "Cannot find module './a.js/'" + STACK)),
    Case("basic", "main.js", ".", (MNF, "Cannot find module '.'" + STACK)),
    Case("basic", "main.js", "..foo", (MNF, "Cannot find module '..foo'" + STACK)),
    Case("basic", "main.js", ".foo", (MNF, "Cannot find module '.foo'" + STACK)),
    Case("basic", "main.js", "{root}/a", "{root}/a.js"),
    Case("basic", "main.js", "{root}/dir/", "{root}/dir/index.js"),
    # symlinks resolve to the real path
    Case("basic", "main.js", "./link", "{root}/a.js"),
    Case("basic", "main.js", "./linkdir", "{root}/dir/index.js"),
    Case("basic", "main.js", "linked", "{root}/linktarget/index.js"),
    # node_modules
    Case("basic", "main.js", "plain", "{root}/node_modules/plain/index.js"),
    Case("basic", "main.js", "plain/lib/x", "{root}/node_modules/plain/lib/x.js"),
    Case("basic", "main.js", "plain/lib/dir", "{root}/node_modules/plain/lib/dir/index.js"),
    Case("basic", "main.js", "legacy", "{root}/node_modules/legacy/lib/main.js"),
    Case("basic", "main.js", "nomain", "{root}/node_modules/nomain/index.js"),
    Case("basic", "main.js", "@scope/pkg", "{root}/node_modules/@scope/pkg/main.js"),
    Case("basic", "main.js", "@scope/pkg/sub", "{root}/node_modules/@scope/pkg/sub.js"),
    Case("basic", "main.js", "missing-pkg", (MNF, "Cannot find module 'missing-pkg'" + STACK)),
    # builtins
    Case("basic", "main.js", "fs", "node:fs"),
    Case("basic", "main.js", "node:fs", "node:fs"),
    Case("basic", "main.js", "fs/promises", "node:fs/promises"),
    Case("basic", "main.js", "node:test", "node:test"),
    Case("basic", "main.js", "test", (MNF, "Cannot find module 'test'" + STACK)),
    Case("basic", "main.js", "node:nope", ("ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: node:nope")),
    # broken package.json
    Case("basic", "main.js", "badjson", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                         "{root}/node_modules/badjson/package.json.")),
    Case("basic", "main.js", "trailing", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                          "{root}/node_modules/trailing/package.json.")),
    Case("basic", "main.js", "nulljson", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                          "{root}/node_modules/nulljson/package.json.")),
    Case("basic", "main.js", "./arrjson", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                           "{root}/arrjson/package.json.")),
    # from a nested directory
    Case("basic", "sub/deep/main.js", "../../a", "{root}/a.js"),
    Case("basic", "sub/deep/main.js", "plain", "{root}/node_modules/plain/index.js"),
    Case("basic", "sub/deep/main.js", "..", (MNF, "Cannot find module '..'\nRequire stack:\n- {root}/sub/deep/main.js")),
    # node_modules walk: every ancestor, nearest first, never '.../node_modules/node_modules'
    Case("walk", "a/b/c/main.js", "up", "{root}/node_modules/up/index.js"),
    Case("walk", "a/b/c/main.js", "mid", "{root}/a/node_modules/mid/index.js"),
    Case("walk", "a/node_modules/x/main.js", "y2", "{root}/a/node_modules/y2/index.js"),
    Case("walk", "a/node_modules/x/main.js", "y",
         (MNF, "Cannot find module 'y'\nRequire stack:\n- {root}/a/node_modules/x/main.js")),
    # "exports"
    Case("exports", "main.js", "ex", "{root}/node_modules/ex/c.cjs"),
    Case("exports", "main.js", "ex/sub", "{root}/node_modules/ex/lib/sub.js"),
    Case("exports", "main.js", "ex/feat/a", "{root}/node_modules/ex/feat/a.js"),
    Case("exports", "main.js", "ex/feat/x/q", "{root}/node_modules/ex/feat/deep-q.js"),
    Case("exports", "main.js", "ex/feat/sp%20ace", "{root}/node_modules/ex/feat/sp ace.js"),
    Case("exports", "main.js", "ex/feat/nope", (MNF, "Cannot find module '{root}/node_modules/ex/feat/nope.js'")),
    Case("exports", "main.js", "ex/nul", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './nul' is not "
                                          "defined by \"exports\" in {root}/node_modules/ex/package.json")),
    Case("exports", "main.js", "ex/arr", "{root}/node_modules/ex/lib/sub.js"),
    Case("exports", "main.js", "ex/missing", (MNF, "Cannot find module '{root}/node_modules/ex/lib/missing.js'")),
    Case("exports", "main.js", "ex/bad", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target "
                                          "\"lib/sub.js\" defined for './bad' in the package config "
                                          "{root}/node_modules/ex/package.json; targets must start with \"./\"")),
    Case("exports", "main.js", "ex/up", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"./../a.js\" "
                                         "defined for './up' in the package config {root}/node_modules/ex/package.json")),
    Case("exports", "main.js", "ex/nm", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target "
                                         "\"./node_modules/x.js\" defined for './nm' in the package config "
                                         "{root}/node_modules/ex/package.json")),
    Case("exports", "main.js", "ex/num", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"5\" defined "
                                          "for './num' in the package config {root}/node_modules/ex/package.json; "
                                          "targets must start with \"./\"")),
    Case("exports", "main.js", "ex/cond", "{root}/node_modules/ex/c.cjs"),
    Case("exports", "main.js", "ex/onlyimport", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './onlyimport' "
                                                 "is not defined by \"exports\" in {root}/node_modules/ex/package.json")),
    Case("exports", "main.js", "ex/addons", "{root}/node_modules/ex/lib/sub.js"),
    Case("exports", "main.js", "ex/star/../x", ("ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"./star/../x\" "
                                                "request is not a valid match in pattern \"./star/*\" for the "
                                                "\"exports\" resolution of {root}/node_modules/ex/package.json")),
    Case("exports", "main.js", "ex/package.json", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath "
                                                   "'./package.json' is not defined by \"exports\" in "
                                                   "{root}/node_modules/ex/package.json")),
    Case("exports", "main.js", "ex/feat/", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './feat/' is not "
                                            "defined by \"exports\" in {root}/node_modules/ex/package.json")),
    Case("exports", "main.js", "sugar", "{root}/node_modules/sugar/s.js"),
    Case("exports", "main.js", "sugar/s.js", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './s.js' is not "
                                              "defined by \"exports\" in {root}/node_modules/sugar/package.json")),
    Case("exports", "main.js", "sugarcond", "{root}/node_modules/sugarcond/r.cjs"),
    Case("exports", "main.js", "nodot", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "No \"exports\" main defined in "
                                         "{root}/node_modules/nodot/package.json")),
    Case("exports", "main.js", "nodot/x", "{root}/node_modules/nodot/x.js"),
    Case("exports", "main.js", "mixed", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                         "{root}/node_modules/mixed/package.json. \"exports\" cannot contain some "
                                         "keys starting with '.' and some not. The exports object must either be "
                                         "an object of package subpath keys or an object of main entry condition "
                                         "name keys only.")),
    Case("exports", "main.js", "numk", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                        "{root}/node_modules/numk/package.json. \"exports\" cannot contain numeric "
                                        "property keys.")),
    Case("exports", "main.js", "arrfb", "{root}/node_modules/arrfb/fb.js"),
    Case("exports", "main.js", "allbad", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" main target \"bad2\" "
                                          "defined in the package config {root}/node_modules/allbad/package.json; "
                                          "targets must start with \"./\"")),
    Case("exports", "main.js", "patterns/foo", "{root}/node_modules/patterns/lib/foo.js"),
    Case("exports", "main.js", "patterns/foo.js", "{root}/node_modules/patterns/lib/foo.js"),
    Case("exports", "main.js", "patterns/a/q/b", "{root}/node_modules/patterns/x/q/y.js"),
    Case("exports", "main.js", "patterns/internal/secret", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath "
                                                            "'./internal/secret' is not defined by \"exports\" in "
                                                            "{root}/node_modules/patterns/package.json")),
    # "imports" and self-reference
    Case("selfimp", "src/main.js", "#a", "{root}/src/a.js"),
    Case("selfimp", "src/main.js", "#c", "{root}/src/u.cjs"),
    Case("selfimp", "src/main.js", "#p/b", "{root}/src/b.js"),
    Case("selfimp", "src/main.js", "#p/zz", (MNF, "Cannot find module '{root}/src/zz.js'")),
    Case("selfimp", "src/main.js", "#dep", "{root}/node_modules/dep/index.js"),
    Case("selfimp", "src/main.js", "#dep/x", (MNF, "Cannot find module '{root}/node_modules/dep/x'")),
    Case("selfimp", "src/main.js", "#fs", ("ERR_INVALID_URL_SCHEME", "The URL must be of scheme file")),
    Case("selfimp", "src/main.js", "#bad", (MNF, "Cannot find module '#bad'")),
    Case("selfimp", "src/main.js", "#up", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"imports\" target \"../x.js\" "
                                           "defined for '#up' in the package config {root}/package.json imported "
                                           "from {root}/src/main.js")),
    Case("selfimp", "src/main.js", "#url", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"imports\" target "
                                            "\"https://example.com/y\" defined for '#url' in the package config "
                                            "{root}/package.json imported from {root}/src/main.js")),
    Case("selfimp", "src/main.js", "#nul", ("ERR_PACKAGE_IMPORT_NOT_DEFINED", "Package import specifier \"#nul\" "
                                            "is not defined in package {root}/package.json imported from "
                                            "{root}/src/main.js")),
    Case("selfimp", "src/main.js", "#miss", (MNF, "Cannot find module '{root}/src/missing.js'")),
    Case("selfimp", "src/main.js", "#", ("ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"#\" is not a valid "
                                         "internal imports specifier name imported from {root}/src/main.js")),
    Case("selfimp", "src/main.js", "#/x", ("ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"#/x\" is not a valid "
                                           "internal imports specifier name imported from {root}/src/main.js")),
    Case("selfimp", "src/main.js", "@me/self", "{root}/src/main-entry.js"),
    Case("selfimp", "src/main.js", "@me/self/util", "{root}/src/u.cjs"),
    Case("selfimp", "src/main.js", "@me/self/hidden", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath "
                                                       "'./hidden' is not defined by \"exports\" in "
                                                       "{root}/package.json imported from {root}/src/main.js")),
    Case("selfimp", "src/main.js", "dep", "{root}/node_modules/dep/index.js"),
    # a root whose path has ' ', '#' and '%41' in it (everything through file: URLs must round-trip)
    Case("weird", "r.js", "ex", "{root}/node_modules/ex/feat/main.js"),
    Case("weird", "r.js", "ex/f/a", "{root}/node_modules/ex/feat/a.js"),
    Case("weird", "r.js", "ex/f/zz", (MNF, "Cannot find module '{root}/node_modules/ex/feat/zz.js'")),
    Case("weird", "r.js", "#p/y", "{root}/sub/y.js"),
    Case("weird", "r.js", "weird/me", "{root}/sub/x.js"),
    Case("weird", "r.js", "", (MNF, "Cannot find module ''\nRequire stack:\n- {root}/r.js")),
    # no "imports" in the scope: '#x' is then looked up as a package name
    Case("selfimp", "noimports/main.js", "#a", (MNF, "Cannot find module '#a'\nRequire stack:\n- "
                                                     "{root}/noimports/main.js")),
]


@pytest.mark.parametrize("case", CJS_CASES, ids=lambda c: c.id)
def test_resolve_cjs(case: Case, trees, node_results):
    root = trees[case.tree]
    ours = _ours_cjs(root, case.parent, _expand(case.request, root))
    assert _summary(ours) == _expand(case.expected, root)
    if NODE is None:
        pytest.skip("node not on PATH: comparison with real node skipped")
    theirs = _node_cjs_normalized(node_results.get("cjs", case))
    if "ok" in theirs:
        assert ours == theirs
    else:
        for key in ("code", "name", "message", "path", "requestPath"):
            assert ours[key] == theirs[key], key
        assert (ours["requireStack"] or None) == theirs["requireStack"]


# ---------------------------------------------------------------------------------------------
# ES module cases (node runs with the tree root as cwd; so does resolve_esm, see esm_cwd)

MOD_NF = "ERR_MODULE_NOT_FOUND"
FROM = " imported from {root}/main.mjs"

ESM_CASES = [
    Case("basic", "main.mjs", "./a.js", "{url}/a.js"),
    Case("basic", "main.mjs", "./a", (MOD_NF, "Cannot find module '{root}/a'" + FROM + "\nDid you mean to import \"./a.js\"?")),
    Case("basic", "main.mjs", "./nope.mjs", (MOD_NF, "Cannot find module '{root}/nope.mjs'" + FROM)),
    Case("basic", "main.mjs", "./dir", ("ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '{root}/dir' is not supported "
                                        "resolving ES modules" + FROM + "\nDid you mean to import \"./dir/index.js\"?")),
    Case("basic", "main.mjs", ".", ("ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '{root}/' is not supported "
                                    "resolving ES modules" + FROM)),
    Case("basic", "main.mjs", "./a.js/", (MOD_NF, "Cannot find module '{root}/a.js/'" + FROM)),
    Case("basic", "main.mjs", "./dir/", ("ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '{root}/dir/' is not "
                                         "supported resolving ES modules" + FROM +
                                         "\nDid you mean to import \"./dir/index.js\"?")),
    Case("basic", "main.mjs", "./a.js?x=1#frag", "{url}/a.js?x=1#frag"),
    Case("basic", "main.mjs", "./sp ace.mjs", "{url}/sp%20ace.mjs"),
    Case("basic", "main.mjs", "./sp%20ace.mjs", "{url}/sp%20ace.mjs"),
    Case("basic", "main.mjs", "./tilde~[x].mjs", "{url}/tilde%7E%5Bx%5D.mjs"),
    Case("basic", "main.mjs", "./\u00e9.mjs", "{url}/%C3%A9.mjs"),
    Case("basic", "main.mjs", "./a%2Fb.js", ("ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"{root}/a%2Fb.js\" must "
                                             "not include encoded \"/\" or \"\\\" characters" + FROM)),
    Case("basic", "main.mjs", "./link.js", "{url}/a.js"),
    Case("basic", "main.mjs", "{url}/a.js", "{url}/a.js"),
    Case("basic", "main.mjs", "{root}/a", (MOD_NF, "Cannot find module '{root}/a'" + FROM +
                                           "\nDid you mean to import \"{root}/a.js\"?")),
    Case("basic", "main.mjs", "plain", "{url}/node_modules/plain/index.js"),
    Case("basic", "main.mjs", "plain/lib/x", (MOD_NF, "Cannot find module '{root}/node_modules/plain/lib/x'" + FROM +
                                              "\nDid you mean to import \"plain/lib/x.js\"?")),
    Case("basic", "main.mjs", "plain/lib/x.js", "{url}/node_modules/plain/lib/x.js"),
    Case("basic", "main.mjs", "legacy", "{url}/node_modules/legacy/lib/main.js"),
    Case("basic", "main.mjs", "nomain", "{url}/node_modules/nomain/index.js"),
    Case("basic", "main.mjs", "linked", "{url}/linktarget/index.js"),
    Case("basic", "main.mjs", "@scope/pkg", "{url}/node_modules/@scope/pkg/main.js"),
    Case("basic", "main.mjs", "missingmain", (MOD_NF, "Cannot find package '{root}/node_modules/missingmain/gone.js'" + FROM)),
    Case("basic", "main.mjs", "missing-pkg", (MOD_NF, "Cannot find package 'missing-pkg'" + FROM)),
    Case("basic", "main.mjs", "@scope", ("ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"@scope\" is not a valid "
                                         "package name" + FROM)),
    Case("basic", "main.mjs", "%x", ("ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"%x\" is not a valid package name" + FROM)),
    Case("basic", "main.mjs", "fs", "node:fs"),
    Case("basic", "main.mjs", "node:fs/promises", "node:fs/promises"),
    Case("basic", "main.mjs", "node:nope", ("ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: node:nope")),
    Case("basic", "main.mjs", "test", (MOD_NF, "Cannot find package 'test'" + FROM)),
    Case("basic", "main.mjs", "https://example.com/x.js", ("ERR_UNSUPPORTED_ESM_URL_SCHEME", "Only URLs with a scheme "
                                                           "in: file and data are supported by the default ESM "
                                                           "loader. Received protocol 'https:'")),
    Case("basic", "main.mjs", "data:text/javascript,export default 1", "data:text/javascript,export default 1"),
    Case("basic", "main.mjs", "badjson", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                          "{root}/node_modules/badjson/package.json while importing \"badjson\" from "
                                          "{root}/main.mjs.")),
    Case("basic", "main.mjs", "./arrjson/x.js", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                                 "{root}/arrjson/package.json.")),
    Case("basic", "main.mjs", "#nothing", ("ERR_PACKAGE_IMPORT_NOT_DEFINED", "Package import specifier \"#nothing\" "
                                           "is not defined in package {root}/package.json" + FROM)),
    # the "Did you mean" hint resolves relative specifiers from the cwd (the root), not the parent
    Case("basic", "sub/deep/main.mjs", "../../a.js", "{url}/a.js"),
    Case("basic", "sub/deep/main.mjs", "../../a", (MOD_NF, "Cannot find module '{root}/a' imported from "
                                                   "{root}/sub/deep/main.mjs")),
    # ESM walks up through '.../node_modules/node_modules' too
    Case("walk", "a/node_modules/x/main.mjs", "y", "{url}/a/node_modules/node_modules/y/index.js"),
    Case("walk", "a/b/c/main.mjs", "mid", "{url}/a/node_modules/mid/index.js"),
    # "exports"
    Case("exports", "main.mjs", "ex", "{url}/node_modules/ex/m.mjs"),
    Case("exports", "main.mjs", "ex/cond", "{url}/node_modules/ex/m.mjs"),
    Case("exports", "main.mjs", "ex/onlyimport", "{url}/node_modules/ex/m.mjs"),
    Case("exports", "main.mjs", "ex/feat/nope", (MOD_NF, "Cannot find module '{root}/node_modules/ex/feat/nope.js'" + FROM)),
    Case("exports", "main.mjs", "ex/star/a%20b", (MOD_NF, "Cannot find module '{root}/node_modules/ex/feat/a b'" + FROM)),
    Case("exports", "main.mjs", "ex/nul", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './nul' is not defined by "
                                           "\"exports\" in {root}/node_modules/ex/package.json" + FROM)),
    Case("exports", "main.mjs", "ex/bad", ("ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"lib/sub.js\" "
                                           "defined for './bad' in the package config {root}/node_modules/ex/package.json"
                                           + FROM + "; targets must start with \"./\"")),
    Case("exports", "main.mjs", "sugarcond", "{url}/node_modules/sugarcond/i.mjs"),
    Case("exports", "main.mjs", "nodot", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "No \"exports\" main defined in "
                                          "{root}/node_modules/nodot/package.json" + FROM)),
    Case("exports", "main.mjs", "mixed", ("ERR_INVALID_PACKAGE_CONFIG", "Invalid package config "
                                          "{root}/node_modules/mixed/package.json while importing {url}/main.mjs. "
                                          "\"exports\" cannot contain some keys starting with '.' and some not. The "
                                          "exports object must either be an object of package subpath keys or an "
                                          "object of main entry condition name keys only.")),
    Case("exports", "main.mjs", "patterns/a/q/b", "{url}/node_modules/patterns/x/q/y.js"),
    # "imports" and self-reference
    Case("weird", "p.mjs", "ex/f/a", "{url}/node_modules/ex/feat/a.js"),
    Case("weird", "p.mjs", "ex/f/zz", (MOD_NF, "Cannot find module '{root}/node_modules/ex/feat/zz.js' imported from "
                                       "{root}/p.mjs")),
    Case("weird", "p.mjs", "#p/y", "{url}/sub/y.js"),
    Case("weird", "p.mjs", "./sub/y", (MOD_NF, "Cannot find module '{root}/sub/y' imported from {root}/p.mjs"
                                       "\nDid you mean to import \"./sub/y.js\"?")),
    Case("selfimp", "src/main.mjs", "#a", "{url}/src/a.js"),
    Case("selfimp", "src/main.mjs", "#c", "{url}/src/u.mjs"),
    Case("selfimp", "src/main.mjs", "#fs", "node:fs"),
    Case("selfimp", "src/main.mjs", "#dep", "{url}/node_modules/dep/index.js"),
    Case("selfimp", "src/main.mjs", "#bad", (MOD_NF, "Cannot find package 'src' imported from {root}/package.json")),
    Case("selfimp", "src/main.mjs", "#none", ("ERR_PACKAGE_IMPORT_NOT_DEFINED", "Package import specifier \"#none\" is "
                                              "not defined in package {root}/package.json imported from "
                                              "{root}/src/main.mjs")),
    Case("selfimp", "src/main.mjs", "@me/self/util", "{url}/src/u.mjs"),
    Case("selfimp", "src/main.mjs", "@me/self/hidden", ("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './hidden' is "
                                                        "not defined by \"exports\" in {root}/package.json imported "
                                                        "from {root}/src/main.mjs")),
]


@pytest.fixture()
def esm_cwd(trees, monkeypatch):
    """node's ESM "Did you mean" hint depends on the cwd: run both from the tree root."""
    def chdir(tree: str) -> None:
        monkeypatch.chdir(trees[tree])
    return chdir


@pytest.mark.parametrize("case", ESM_CASES, ids=lambda c: c.id)
def test_resolve_esm(case: Case, trees, node_results, esm_cwd):
    root = trees[case.tree]
    esm_cwd(case.tree)
    ours = _ours_esm(root, case.parent, _expand(case.request, root))
    assert _summary(ours) == _expand(case.expected, root)
    if NODE is None:
        pytest.skip("node not on PATH: comparison with real node skipped")
    theirs = node_results.get("esm", case)
    if "ok" in theirs:
        assert ours == theirs
    else:
        for key in ("code", "name", "message", "url"):
            assert ours[key] == theirs[key], key


def test_resolve_esm_accepts_a_path_parent(trees):
    root = trees["basic"]
    assert R.resolve_esm("./a.js", os.path.join(root, "main.mjs")) == R.path_to_file_url(root + "/a.js")


def test_resolve_esm_from_data_url():
    with pytest.raises(NodeError) as info:
        R.resolve_esm("./x.mjs", "data:text/javascript,1")
    assert info.value.code == "ERR_UNSUPPORTED_RESOLVE_REQUEST"
    assert info.value.message == ('Failed to resolve module specifier "./x.mjs" from "data:text/javascript,1": '
                                  "Invalid relative URL or base scheme is not hierarchical.")
    assert R.resolve_esm("fs", "data:text/javascript,1") == "node:fs"


def test_conditions_option(trees):
    root = trees["exports"]
    parent = os.path.join(root, "main.js")
    # A user condition is matched where it comes first in the object.
    assert R.resolve_cjs("ex", parent) == root + "/node_modules/ex/c.cjs"
    assert R.resolve_cjs("ex/onlyimport", parent, conditions=["import"]) == root + "/node_modules/ex/m.mjs"


# ---------------------------------------------------------------------------------------------
# -e code: the parent is '<cwd>/[eval]'

EVAL_CASES = [("./a", "{root}/a.js"), ("plain", "{root}/node_modules/plain/index.js"),
              ("./nope", (MNF, "Cannot find module './nope'\nRequire stack:\n- {root}/[eval]"))]


@pytest.mark.parametrize("request_, expected", EVAL_CASES, ids=[c[0] for c in EVAL_CASES])
def test_resolve_cjs_eval_parent(request_, expected, trees, tmp_path):
    root = trees["basic"]
    parent = os.path.join(root, "[eval]")
    ours = _ours_cjs(root, "[eval]", request_)
    assert _summary(ours) == _expand(expected, root)
    if NODE is None:
        pytest.skip("node not on PATH: comparison with real node skipped")
    req_file, res_file = tmp_path / "req.json", tmp_path / "res.json"
    req_file.write_text(json.dumps([request_]))
    env = dict(os.environ, RESOLVE_REQUESTS=str(req_file), RESOLVE_RESULTS=str(res_file))
    subprocess.run([NODE, "-e", CJS_DRIVER], cwd=root, env=env, check=True, timeout=60)
    theirs = _node_cjs_normalized(json.loads(res_file.read_text())[0])
    assert _summary(ours) == _summary(theirs)
    assert (ours.get("requireStack") or None) == theirs.get("requireStack") == ([parent] if "code" in ours else None)


def test_resolve_cjs_without_parent(trees, monkeypatch):
    root = trees["basic"]
    monkeypatch.chdir(root)
    assert R.resolve_cjs("./a", None) == root + "/a.js"
    assert R.resolve_cjs("plain", None) == root + "/node_modules/plain/index.js"
    with pytest.raises(NodeError) as info:
        R.resolve_cjs("./nope", None)
    assert info.value.code == MNF and info.value.message == "Cannot find module './nope'"


def test_node_path_is_searched(trees, tmp_path, monkeypatch):
    extra = tmp_path / "global"
    (extra / "gpkg").mkdir(parents=True)
    (extra / "gpkg" / "index.js").write_text("")
    monkeypatch.setenv("NODE_PATH", str(extra))
    R.clear_caches()
    try:
        parent = os.path.join(trees["basic"], "main.js")
        assert R.resolve_cjs("gpkg", parent) == str(extra / "gpkg" / "index.js")
        if NODE is not None:
            out = subprocess.run([NODE, "-p", "require.resolve('gpkg')"], cwd=trees["basic"], text=True,
                                 capture_output=True, env=dict(os.environ), check=True).stdout.strip()
            assert out == str(extra / "gpkg" / "index.js")
    finally:
        monkeypatch.delenv("NODE_PATH")
        R.clear_caches()


# ---------------------------------------------------------------------------------------------
# Builtins

def test_builtin_modules_match_node():
    assert {"fs", "fs/promises", "path", "worker_threads", "timers/promises", "util/types",
            "assert/strict", "test", "sqlite"} <= R.BUILTIN_MODULES
    assert "node:sqlite" in R.builtin_module_list() and "sqlite" not in R.builtin_module_list()
    if NODE is None:
        pytest.skip("node not on PATH: comparison with real node skipped")
    out = subprocess.run([NODE, "-p", "JSON.stringify(require('module').builtinModules)"],
                         capture_output=True, text=True, check=True).stdout
    assert R.builtin_module_list() == json.loads(out)


@pytest.mark.parametrize("name, expected", [
    ("fs", True), ("node:fs", True), ("node:nope", False), ("test", False), ("node:test", True),
    ("node:test/reporters", True), ("sea", False), ("node:sea", True), ("util/types", True), ("nope", False),
    ("sqlite", False), ("node:sqlite", True),
])
def test_is_builtin(name, expected):
    assert R.is_builtin(name) is expected
    if NODE is not None:
        out = subprocess.run([NODE, "-p", f"require('module').isBuiltin({json.dumps(name)})"],
                             capture_output=True, text=True, check=True).stdout.strip()
        assert out == ("true" if expected else "false")


# ---------------------------------------------------------------------------------------------
# pathToFileURL / fileURLToPath

URL_PATHS = ["/a b", "/a%b", "/a#b", "/a?b", "/a\nb", "/a\tb", "/a\\b", "/\u00e9", "/a\"b<>`{}|^[]",
             "/a;b=c,d&e+f$g!h~i*j(k)l'", "/a/", "/a/../b", "/a//b/./c", "/\x01\x7f", "/\U0001F600", "//x",
             "/a:b@c", "/", "/a/."] + ["/x" + chr(c) + "y" for c in range(0x20, 0x7f)]


def test_path_to_file_url():
    assert R.path_to_file_url("/a b/c#d") == "file:///a%20b/c%23d"
    assert R.path_to_file_url("/a/../b/") == "file:///b/"
    assert R.path_to_file_url("/x~y") == "file:///x%7Ey"
    assert R.path_to_file_url("rel") == R.path_to_file_url(os.getcwd() + "/rel")
    ours = [R.path_to_file_url(p) for p in URL_PATHS]
    if NODE is None:
        pytest.skip("node not on PATH: comparison with real node skipped")
    script = "const {pathToFileURL} = require('url'); console.log(JSON.stringify(JSON.parse(process.argv[1]).map(p => pathToFileURL(p).href)))"
    out = subprocess.run([NODE, "-e", script, json.dumps(URL_PATHS)], capture_output=True, text=True, check=True).stdout
    assert ours == json.loads(out)


FILE_URLS = ["file:///a%20b", "file:///a%2fb", "file:///a%2Fb", "file://localhost/x", "file://host/x",
             "file:///a%zz", "file:///%E0%A4%A", "file:/x", "file:x", "file:///a/./b/../c", "file:///a?q#h",
             "http://x/", "file:///%C3%A9", "file:///a%5Cb", "file:///a\\b", "FILE:///x", "nope"]


def _ours_file_url_to_path(url: str) -> object:
    try:
        return R.file_url_to_path(url)
    except NodeError as e:
        return [e.js_class, e.code, e.message]


def test_file_url_to_path():
    assert R.file_url_to_path("file:///a%20b/%C3%A9") == "/a b/\u00e9"
    assert _ours_file_url_to_path("file:///a%2fb") == ["TypeError", "ERR_INVALID_FILE_URL_PATH",
                                                       "File URL path must not include encoded / characters"]
    ours = [_ours_file_url_to_path(u) for u in FILE_URLS]
    if NODE is None:
        pytest.skip("node not on PATH: comparison with real node skipped")
    script = ("const {fileURLToPath} = require('url'); console.log(JSON.stringify(JSON.parse(process.argv[1]).map(u => "
              "{ try { return fileURLToPath(u) } catch (e) { return [e.name, e.code ?? null, e.message] } })))")
    out = subprocess.run([NODE, "-e", script, json.dumps(FILE_URLS)], capture_output=True, text=True, check=True).stdout
    assert ours == json.loads(out)


# ---------------------------------------------------------------------------------------------
# V8's JSON.parse messages, which node's package.json errors quote

JSON_TEXTS = ["", " ", "{", "[", "{bad", "garbage", '{"a":NaN}\n', '{"a":1,}', "[1,]", "[1 2]", '{"a" 1}',
              '{"a":1 "b":2}', '"abc', '"a\x01b"', '"a\\qb"', '"\\u12G4"', "-", "-a", "01", "1.", "1.e", "1e",
              "1e+", "{} x", "tru", "nul", "NaN", "undefined", "[object Object]", "Infinity",
              '{"name": "x", "main": oops, "version": "1.0.0"}', '{"name": "averyveryverylongpackagename", "main": }',
              "{'a':1}", '["a",]', '{"a":[1,2,}', "\u00e9", '{"a":1}}', '"\\u00"', '{"a":"b\n"}', "[-]", "[1.]",
              "x234567890123456789", "x2345678901234567890", "\r{x", "\r\n{x", "[\n1,\n2\n", '"\U0001F600"\n\U0001F600', "x23456789012345678901", '"\U0001F600" x',
              '{"a":truex}', '{"a":tru}', '"\\', '"\\u00', "[1", '{"a"', '{"a":', "+1", ".5", "[01]"]


def test_v8_json_messages():
    assert v8_json_error("{bad") == "Expected property name or '}' in JSON at position 1 (line 1 column 2)"
    assert v8_json_error("\r\n\n {bad") == "Expected property name or '}' in JSON at position 5 (line 3 column 3)"
    ours = [v8_json_error(t) for t in JSON_TEXTS]
    if NODE is None:
        pytest.skip("node not on PATH: comparison with real node skipped")
    script = ("console.log(JSON.stringify(JSON.parse(process.argv[1]).map(t => "
              "{ try { JSON.parse(t); return null } catch (e) { return e.message } })))")
    out = subprocess.run([NODE, "-e", script, json.dumps(JSON_TEXTS)], capture_output=True, text=True, check=True).stdout
    assert ours == json.loads(out)


# ---------------------------------------------------------------------------------------------
# package_scope and module_format

@pytest.fixture()
def typed_tree(tmp_path):
    root = tmp_path.resolve()
    _build(str(root), {
        "package.json": '{"type": "module", "name": "typed"}',
        "a.js": "", "a.cjs": "", "a.mjs": "", "a.json": "{}", "a.txt": "", "noext": "",
        "cjs/package.json": '{"type": "commonjs"}', "cjs/b.js": "",
        "untyped/package.json": '{"name": "untyped"}', "untyped/c.js": "",
        "node_modules/dep/d.js": "",   # no package.json: the scope search stops at node_modules
        "broken/package.json": "{oops", "broken/e.js": "",
    })
    R.clear_caches()
    yield str(root)
    R.clear_caches()


def test_package_scope(typed_tree):
    root = typed_tree
    path, data = R.package_scope(root + "/a.js")
    assert path == root + "/package.json" and data == {"type": "module", "name": "typed"}
    assert R.package_scope(root + "/cjs/b.js")[0] == root + "/cjs/package.json"
    assert R.package_scope(root + "/node_modules/dep/d.js") is None
    assert R.package_scope(root + "/a.js")[1] is data   # cached
    with pytest.raises(NodeError) as info:
        R.package_scope(root + "/broken/e.js")
    assert info.value.code == "ERR_INVALID_PACKAGE_CONFIG"
    assert info.value.message == f"Invalid package config {root}/broken/package.json."
    if NODE is not None:   # node 24 says the same for the entry point's scope
        out = subprocess.run([NODE, "-e", "try { require(process.argv[1]) } catch (e) { console.log(e.code, e.message) }",
                              root + "/broken/e.js"], capture_output=True, text=True, check=True).stdout
        assert out == f"ERR_INVALID_PACKAGE_CONFIG {info.value.message}\n"


@pytest.mark.parametrize("name, expected", [
    ("a.js", "module"), ("a.cjs", "commonjs"), ("a.mjs", "module"), ("a.json", "json"), ("a.txt", "commonjs"),
    ("noext", "module"), ("cjs/b.js", "commonjs"), ("untyped/c.js", "commonjs"),
    ("node_modules/dep/d.js", "commonjs"),
])
def test_module_format(typed_tree, name, expected):
    assert R.module_format(os.path.join(typed_tree, name)) == expected
    if NODE is None or not name.endswith(".js"):
        return
    # Which loader node picks for the file: `require` exists only in CommonJS.
    path = os.path.join(typed_tree, name)
    with open(path, "w") as f:
        f.write("console.log(typeof require === 'undefined' ? 'module' : 'commonjs')")
    out = subprocess.run([NODE, path], capture_output=True, text=True, check=True).stdout.strip()
    assert out == expected


def test_package_json_cache_is_thread_safe(trees):
    R.clear_caches()
    root = trees["exports"]
    parent = os.path.join(root, "main.js")
    results, errors = [], []

    def work():
        try:
            for _ in range(50):
                results.append(R.resolve_cjs("ex/feat/a", parent))
        except Exception as e:   # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert set(results) == {root + "/node_modules/ex/feat/a.js"} and len(results) == 400
