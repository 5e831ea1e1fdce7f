"""Type stripping (noderun.loader.typescript) against node 24's own: `module.stripTypeScriptTypes`
of the reference node strips with the same amaro node uses for .ts files, so every case below is
stripped by both and must come out byte for byte the same (or fail with the same code, message
and snippet)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oracle import NODE  # the reference node v24.12.0, or None

from noderun.loader import typescript
from noderun.loader.typescript_strip import Stripper

ORACLE = str(Path(__file__).resolve().parent.parent / "bin" / "strip-oracle.js")   # node's stripper

CASES = [
    # annotations, generics, declarations that are only types
    "let a: number = 1;\nconst b: Array<string> = [];\n",
    "function f<T extends object = {}>(a: T, ...rest: Array<T>): T[] { return [a]; }\nf<number>(1);\nnew Map<string, number>();",
    "interface Point { x: number; y: number }\ntype Pair<T> = [T, T];\nconsole.log(1);\n",
    "declare function greet(name: string): void;\ndeclare let counter: number;\ndeclare class Foo { bar(): void }\n",
    "declare module 'foo' { export const x: number; }\ndeclare global { interface Window {} }\nconsole.log(1)",
    "namespace N { export type X = 1; export interface Y {} }\nnamespace M.K { type T = 1 }\nnamespace E {}\n1",
    "function over(a: string): string;\nfunction over(a: number): number;\nfunction over(a: any) { return a; }",
    "export function over(a: string): string;\nexport function over(a: any) { return a; }",
    "function assertIsString(val: any): asserts val is string {}\nfunction isS(v: unknown): v is string { return true; }",
    "try {} catch (e: unknown) { console.log(e as Error); }",
    "let t: [a: string, b?: number] = ['x'];\nlet q: unique symbol;\nlet f: typeof import('./x') = null!;\n",
    "function h({ a, b }: { a: number; b: string }, [c]: number[] = []) {}",
    "for (let i: number = 0; i < 3; i++) {}\nfor (const [k, v] of Object.entries(o) as [string, number][]) {}\n",
    # expressions
    "const x = { a: 1 } satisfies Record<string, number>;\nconst y = [1, 2] as const;",
    "let u: string | undefined = undefined;\nlet v = u!;\nlet w = (u as string).length;\nx!.y!.z; a![0]; f!()",
    "const a = b as unknown as string;\nlet q = 1 /* c */ as /* d */ number;\nconst tpl = `${x as number}`;\n",
    "foo<\n  string\n>('x');\nconst inst = new S(); inst.m<number>(1);\n",
    # imports and exports
    "import type { A } from 'a'; import { type B, c } from 'b'; import type X = require('x'); export type { Q };"
    " export { type R, s }; export type * from 'z'; export * as ns from 'q'; import def, { type T2 } from 't'",
    "export interface I {}\nexport type T = 1;\nexport declare const x: number;\nexport default interface J {}\n"
    "export abstract class K {}\nexport default abstract class L {}\n",
    "import {} from 'x';\nimport type {} from 'y';\nexport { default } from './d';\nexport { type default as D } from './e';\n",
    # classes
    "class A { declare y: string; m(){} f(a: number): void; f(a){} private x = 1; [k: string]: any; "
    "constructor(a: number);\nconstructor(a) {} }",
    "abstract class B { abstract z(): void; abstract q: number; protected abstract r(): void; }",
    "class C { public\nx = 1; private [k] = 1; private in = 2; public *g() {} get: number; static: string; "
    "set?: number; a!: number; b?: string; m?(): void {} }",
    "class G<T> extends Base<T> implements I<T>, J { private readonly m: Map<T, number> = new Map(); static #p?: number; }",
    "class K { declare readonly x: number; }\nclass L { private static async *gen(): AsyncGenerator<number> {} }",
    "class M {\n  private\n  x = 1;\n  public\n  [k]() {}\n}\n",
    "export default class extends Base<string> { run(): void {} }\nclass O { static { const x: number = 1; } }\n",
    "const obj = {\n  method<T>(this: Foo, a: T): T { return a; },\n  get x(this: O) { return 1 }, set y(this: O, v: number) {},\n};\n",
    # statements whose erasure would join the next line to the previous one
    "let x = 1\ntype T = number\n(foo)()\n",
    "let x = 1;\ntype T = number\n(foo)()\n",
    "let x = 1\ninterface T {}\n/re/.test(s)\n",
    "let x = 1\ntype T = number\n/re/.test(s)\n",
    "let x = 1\ntype T = number\n+1\n",
    "let x = 1\ntype T = string\n`a`\n",
    "let x = 1\nimport type A from 'a'\n[1]\n",
    "let a = 1\nexport type { A } from './a'\n;[1].forEach(() => {})\n",
    "x as any\n(foo)\ny satisfies Y\n[1]\nz as const\n(2)\n",
    "let u = x!\n(y)\n",
    "const f = async <\nT\n>(v: T) => v;\nfunction g() { return <T,>\n(v: T) => v; }\nconst h = (a)\n: number =>\n 1;\n",
    "if (x) type T = 1;\nelse interface I {}\nfor (;;) declare let z;\nwhile (x) type U = 1;\n",
    "async function ok() { const g = async () => await y; class K { async m() { await z; } } }\nawait top;\n",
    # non-ASCII inside erased types keeps its UTF-16 length
    "const é: string = 'é';\nlet s: 'Ж' = 'Ж'; let t: '😀' = '😀'; console.log(s)",
    # what the grammar lags behind in (found on real code: zod, vue)
    "const s = z.string() satisfies z.core.$ZodString;\nconst t = (a as b.c.D).e;\n",
    "interface A<in T = never, out O, in out X> { a: T }\nclass K<out T> { k?: T }\n",
    "interface P {\n  ast?: import('@babel/types').Statement[]\n  x: number\n}\nlet q = 1\n",
    "interface Q {\n  'image-rendering'?: number\n  in2?: number\n  in?: string\n}\nlet q = 1\n",
    "interface Get<E> {\n  <K extends keyof E>(key: K): E[K]\n  <K extends keyof M>(key: K): M[K]\n}\nlet x = 1\n",
    "const f = (m: string) => String.raw`\\u${m.charCodeAt(0)}`;\n",
    "{\n  using t: Disposable = make();\n  await using u = other() as AsyncDisposable;\n  const using = 1;\n}\n",
    "\ufeffconst b: number = 1;\r\nconsole.log(b);\r\n",
    "type Loader = A | B // es modules\nlet y: number = 2 // kept\nexport type R<T = C> = T | { default: T } // kept\n",
    # unsupported syntax: node's code, message and snippet
    "export enum E { A }",
    "const a = 1;\nenum E {\n  A,\n  B\n}\nconsole.log(1)\n",
    "enum A {}\nnamespace N { const x = 1 }\n",
    "function f() { namespace N { const x = 1 } }\nenum A {}\n",
    "class A { constructor(public x: number = 1, readonly y?: string, private z) {} }",
    "declare enum E { A }\ndeclare const enum F { B }\nconst enum G { C }\n",
    "import Y = require('y');",
    "import A = B.C;",
    "export = 1;",
    "let x = <number>1;",
    "module Foo { export const x = 1; }",
    "declare module Foo { export const x = 1; }\nnamespace T { export type X = 1; }",
    "a\nb\nc\n\tenum E {}\nd\ne\n",
    "let q = 1;\n\nenum E {}\n   \nz",
    "x\nnamespace N {\nconst a = 1\nconst a = 1\nconst a = 1\n}\ny\n",
]

# Invalid syntax: node's messages are swc's parser's; here only the code and the line must agree.
INVALID = ["function foo(){ await Promise.resolve(1); }", "const a: = 1;\n", "let y = 2 +;\n", "foo(1, 2;\n", "if (x { }", "let x = ;\n"]


def _ours(source: str) -> dict:
    typescript._cache.clear()
    try:
        return {"code": typescript.strip(source, "/virtual/case.ts", "")}
    except typescript.TypeScriptSyntaxError as exc:
        return {"error": exc.code, "message": exc.message, "hints": exc.hints}


def _node(sources: list[str]) -> list[dict]:
    result = subprocess.run([NODE, "--no-warnings", ORACLE], input=json.dumps(sources),
                            capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


needs_node = pytest.mark.skipif(NODE is None, reason="needs the reference node (bin/install-node)")


@pytest.fixture(scope="module")
def node_results() -> dict[str, dict]:
    return dict(zip(CASES + INVALID, _node(CASES + INVALID)))


@needs_node
@pytest.mark.parametrize("source", CASES)
def test_strips_as_node_does(source, node_results):
    assert _ours(source) == node_results[source]


@needs_node
@pytest.mark.parametrize("source", INVALID)
def test_invalid_syntax_code_and_line(source, node_results):
    ours, node = _ours(source), node_results[source]
    assert ours["error"] == node["error"] == "ERR_INVALID_TYPESCRIPT_SYNTAX"
    assert ours["hints"].split("\n")[0] == node["hints"].split("\n")[0]


def test_positions_are_kept():
    source = "function f<T>(a: T, b?: number): T { return a as T; }\n"
    stripped = _ours(source)["code"]
    assert len(stripped) == len(source) and stripped.index("return") == source.index("return")


def test_node_modules_are_refused():
    with pytest.raises(typescript.NodeError) as info:
        typescript.strip("let a: number = 1;", "/app/node_modules/pkg/index.ts")
    assert info.value.code == "ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING"


def test_parser_is_not_imported_for_javascript():
    # loading noderun's loaders (what every plain .js run does) must not import tree-sitter
    code = ("import sys, noderun.loader.esm, noderun.loader.cjs, noderun.node.realm;"
            "print('tree_sitter' in sys.modules or 'noderun.loader.typescript_strip' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# -- code from the command line: -e, -p, stdin, --input-type=*-typescript ---------------------------

from test_cli import run_both  # noqa: E402  (runs noderun and node, stdout and exit code must agree)

EVAL_CASES = [
    (["-e", "const x: number = 1; console.log(x as number)"], ""),
    (["-p", "let z: number = 5; z"], ""),
    (["-e", "import util from 'node:util'; const t: string = 'esm'; console.log(t, typeof util.format)"], ""),
    (["--input-type=module-typescript", "-e", "const x: number = 2; console.log(x, import.meta.url.slice(-7))"], ""),
    (["--input-type=commonjs-typescript", "-e", "const x: number = 3; console.log(x, typeof require)"], ""),
    ([], "interface I { a: number }\nconst i: I = { a: 4 };\nconsole.log(i);\n"),
    # `foo<Number>(1)` is a call in TypeScript, a comparison in JavaScript: JavaScript first
    (["-e", "function foo() {}; console.log(foo<Number>(1));"], ""),
]


@needs_node
@pytest.mark.parametrize("args, stdin", EVAL_CASES)
def test_eval_runs_typescript(tmp_path, args, stdin):
    both = run_both(tmp_path, args, stdin=stdin)
    assert both.ours.returncode == 0 and both.ours.stdout


@needs_node
def test_eval_unsupported_typescript_keeps_the_javascript_error(tmp_path):
    both = run_both(tmp_path, ["-e", "enum Foo { A, B }"])
    assert both.ours.returncode == 1
    assert "TypeScript enum is not supported in strip-only mode\n\nSyntaxError: " in both.ours.stderr
    assert "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX" not in both.ours.stderr


@needs_node
@pytest.mark.parametrize("input_type", ["module-typescript", "commonjs-typescript"])
def test_eval_input_type_typescript_errors(tmp_path, input_type):
    both = run_both(tmp_path, [f"--input-type={input_type}", "-e", "declare module F { export type x = number }"])
    lines = both.ours.stderr.split("\n")
    assert lines[:3] == ["[eval]:1", "declare module F { export type x = number }", "        ^^^^^^^^"]
    assert lines[4] == ("SyntaxError [ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX]: `module` keyword is not supported. "
                        "Use `namespace` instead.")
    assert both.node.stderr.split("\n")[:5] == lines[:5]


@needs_node
@pytest.mark.parametrize("flags, expected", [
    (["--no-experimental-strip-types"], "false"), (["--no-strip-types"], "false"), (["--strip-types"], "strip"),
    (["--experimental-strip-types"], "strip"), (["--no-strip-types", "--experimental-strip-types"], "strip"),
])
def test_strip_types_flags(tmp_path, flags, expected):
    both = run_both(tmp_path, flags + ["-p", "process.features.typescript"])
    assert both.ours.stdout == expected + "\n"


@needs_node
def test_eval_plain_input_types_do_not_strip(tmp_path):
    both = run_both(tmp_path, ["--input-type=commonjs", "-e", "const x: number = 1"])
    assert both.ours.returncode == 1 and "SyntaxError" in both.ours.stderr


def test_compile_cache_keeps_stripped_typescript(tmp_path):
    """With NODE_COMPILE_CACHE a file's stripped text is cached as node caches it (its entries
    are 'StrippedTypeScript'): the second run reads it, a changed file is stripped again."""
    script = tmp_path / "main.ts"
    env = {**os.environ, "NODE_COMPILE_CACHE": str(tmp_path / "cache"), "NODE_DEBUG_NATIVE": "COMPILE_CACHE"}

    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "noderun", str(script)], capture_output=True, text=True,
                              env=env, timeout=60, check=True)

    script.write_text("const n: number = 1;\nconsole.log(n as number);\n")
    first, second = run(), run()
    assert first.stdout == second.stdout == "1\n"
    hit = f"for StrippedTypeScript {script}... success"
    assert hit not in first.stderr and hit in second.stderr
    script.write_text("const n: number = 2;\nconsole.log(n as number);\n")
    third = run()
    assert third.stdout == "2\n" and hit not in third.stderr


def test_threads_strip_at_once():
    """Workers load TypeScript on their own threads: each has its own parser."""
    import threading

    fixtures = Path(__file__).resolve().parent.parent / "js_tests" / "typescript"
    source = "\n".join((fixtures / name).read_text() for name in ("types_erased.ts", "classes.ts")) * 20
    expected = Stripper(source, "x.ts").run()
    results = []

    def work():
        results.extend(Stripper(source, "x.ts").run() == expected for _ in range(3))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 12


@needs_node
@pytest.mark.parametrize("args", [["--input-type=module-typescript", "-p", "1 as number"],
                                  ["--input-type=module", "-p", "1"], ["-p", "import fs from 'node:fs'"]])
def test_print_refuses_module_code(tmp_path, args):
    both = run_both(tmp_path, args)
    assert both.ours.returncode == 1
    assert "Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input" in both.ours.stderr


@needs_node
@pytest.mark.parametrize("args", [["--no-strip-types", "main.mjs"], ["--no-strip-types", "esm.ts"],
                                  ["--no-strip-types", "-e", "console.log(require('./esm.ts').n)"]])
def test_no_strip_types_and_es_modules(tmp_path, args):
    """Without stripping, node's ES module loader refuses .ts files; require() still runs them."""
    files = {"esm.ts": "export const n = 1;\nconsole.log('esm ran');\n", "main.mjs": "import './esm.ts';\n"}
    both = run_both(tmp_path, args, files)
    if "-e" in args:
        assert both.ours.stdout == "esm ran\n1\n"
    else:
        assert both.ours.returncode == 1
        assert 'TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts" for ' in both.ours.stderr
