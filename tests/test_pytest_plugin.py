"""The JS fixture plugin (noderun.pytest_plugin), driven through pytester.

noderun itself may not run yet, so these tests point the "noderun" command at
real node (NODERUN_COMMAND) or at a tiny fake runtime that prints what the test
asks it to (FAKE_STDOUT / FAKE_STDERR / FAKE_EXIT).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from oracle import NODE  # the reference node v24.12.0, or None

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.skipif(NODE is None, reason="needs the reference node (bin/install-node)")

FAKE_RUNTIME = """\
import os, sys
sys.stdout.write(os.environ.get("FAKE_STDOUT", ""))
sys.stderr.write(os.environ.get("FAKE_STDERR", ""))
sys.exit(int(os.environ.get("FAKE_EXIT", "0")))
"""


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A pytester project whose 'noderun' is real node (tests may swap in the fake)."""
    monkeypatch.setenv("NODERUN_COMMAND", NODE)
    monkeypatch.delenv("NODERUN_NODE", raising=False)
    # the project names no node: the plugin takes the one on PATH, which is the reference node
    monkeypatch.setenv("PATH", os.path.dirname(NODE) + os.pathsep + os.environ["PATH"])
    pytester.makeini("[pytest]\n")
    return pytester


def write(pytester: pytest.Pytester, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = pytester.path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def use_fake_runtime(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, **env: str
) -> Path:
    fake = pytester.path / "fake_runtime.py"
    fake.write_text(FAKE_RUNTIME, encoding="utf-8")
    monkeypatch.setenv("NODERUN_COMMAND", f"{sys.executable} {fake}")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return fake


# -- passing, collection, node ids ----------------------------------------------


def test_passing_fixture(project):
    write(project, {
        "js_tests/process/hello.js": "console.log('hello')\n",
        "js_tests/process/hello.out": "hello\n",
    })
    result = project.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["noderun: *node*", "js_tests/process/hello.js PASSED*"])


def test_node_id_and_marker(project):
    write(project, {
        "js_tests/a.mjs": "console.log(1)\n",
        "js_tests/a.out": "1\n",
        "test_py.py": "def test_x(): pass\n",
    })
    result = project.runpytest("--collect-only", "-q", "-m", "js_fixture")
    result.stdout.fnmatch_lines(["js_tests/a.mjs", "*1/2 tests collected (1 deselected)*"])
    project.runpytest("-m", "not js_fixture").assert_outcomes(passed=1)


def test_typescript_fixtures_collected(project):
    write(project, {
        "js_tests/ts/a.ts": "const n: number = 1;\nconsole.log(n)\n",
        "js_tests/ts/a.out": "1\n",
        "js_tests/ts/b.mts": "export {};\nconsole.log(import.meta.url.endsWith('.mts') as boolean)\n",
        "js_tests/ts/b.out": "true\n",
        "js_tests/ts/c.cts": "console.log(typeof require satisfies string)\n",
        "js_tests/ts/c.out": "function\n",
        "js_tests/ts/helper.ts": "export const x: number = 1;\n",
    })
    result = project.runpytest("-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["js_tests/ts/a.ts PASSED*", "js_tests/ts/b.mts PASSED*",
                                 "js_tests/ts/c.cts PASSED*"])


def test_helpers_node_modules_and_unpaired_files_not_collected(project):
    files = {
        "js_tests/ok.cjs": "console.log('ok')\n",
        "js_tests/ok.out": "ok\n",
        "js_tests/helper.js": "module.exports = 1\n",
    }
    for excluded in ("helpers", "node_modules", "fixtures-data", "deep/helpers/more"):
        files[f"js_tests/{excluded}/m.js"] = "module.exports = 1\n"
        files[f"js_tests/{excluded}/m.out"] = "never run\n"
    files["elsewhere/outside.js"] = "console.log('x')\n"
    files["elsewhere/outside.out"] = "x\n"
    write(project, files)
    # An empty norecursedirs: the plugin must exclude these directories itself.
    result = project.runpytest(
        "--collect-only", "-q", "-o", "norecursedirs=", "js_tests", "elsewhere"
    )
    result.stdout.fnmatch_lines(["js_tests/ok.cjs", "*1 test collected*"])
    assert "m.js" not in result.stdout.str()
    assert "outside.js" not in result.stdout.str()


def test_fixture_dirs_ini_option(project):
    project.makeini("[pytest]\nnoderun_fixture_dirs =\n    spec/js\n")
    write(project, {
        "spec/js/a.js": "console.log('a')\n", "spec/js/a.out": "a\n",
        "js_tests/b.js": "console.log('b')\n", "js_tests/b.out": "b\n",
    })
    result = project.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["spec/js/a.js", "*1 test collected*"])


# -- failures read as diffs ---------------------------------------------------------


def test_noderun_stdout_mismatch_shows_diff(project, monkeypatch):
    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="hello\nwrold\n", FAKE_STDERR="oops\n")
    write(project, {
        "js_tests/greet.js": "console.log('hello\\nworld')\n",
        "js_tests/greet.out": "hello\nworld\n",
    })
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "noderun does not match greet.out.",
        "noderun: stdout differs from greet.out",
        "*command: *fake_runtime.py greet.js",
        "--- greet.out (expected)",
        "+++ noderun stdout (actual)",
        " hello",
        "-world",
        "+wrold",
        "exit code: expected 0, got 0",
        "stderr of noderun (1 line):",
        "    oops",
    ])
    assert "FIXTURE IS WRONG" not in result.stdout.str()


def test_trailing_newline_note(project, monkeypatch):
    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="hi")
    write(project, {"js_tests/hi.js": "console.log('hi')\n", "js_tests/hi.out": "hi\n"})
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["(only the trailing newlines differ: expected 1, got 0)"])


def test_long_stderr_is_truncated(project, monkeypatch):
    stderr = "".join(f"line {i}\n" for i in range(100))
    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="x\n", FAKE_STDERR=stderr, FAKE_EXIT="1")
    write(project, {"js_tests/t.js": "console.log('x')\n", "js_tests/t.out": "x\n"})
    result = project.runpytest()
    result.stdout.fnmatch_lines([
        "noderun: exit code 1, expected 0",
        "stdout: same as t.out",
        "stderr of noderun (100 lines):",
        "    line 59",
        "    ... (40 more lines)",
    ])
    assert "line 60" not in result.stdout.str()


# -- the sidecar ------------------------------------------------------------------------


def test_exit_code_and_stderr_in_order(project):
    write(project, {
        "js_tests/fail.js": (
            "console.log('a'); console.error('first'); console.error('second');\n"
            "process.exitCode = 3\n"
        ),
        "js_tests/fail.out": "a\n",
        "js_tests/fail.json": '{"exit_code": 3, "stderr": ["first", "second"]}',
        "js_tests/throws.js": "console.log('before'); throw new Error('boom')\n",
        "js_tests/throws.out": "before\n",
        "js_tests/throws.json": '{"exit_code": 1, "stderr": ["throw new Error", "Error: boom"]}',
    })
    project.runpytest().assert_outcomes(passed=2)


def test_exit_code_mismatch_fails(project, monkeypatch):
    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="a\n", FAKE_EXIT="0")
    write(project, {
        "js_tests/code.js": "console.log('a'); process.exit(4)\n",
        "js_tests/code.out": "a\n",
        "js_tests/code.json": '{"exit_code": 4}',
    })
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "noderun: exit code 0, expected 4",
        "exit code: expected 4, got 0",
    ])


def test_stderr_missing_or_out_of_order_fails(project, monkeypatch):
    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="", FAKE_STDERR="second\nfirst\n")
    write(project, {
        "js_tests/order.js": "console.error('first'); console.error('second')\n",
        "js_tests/order.out": "",
        "js_tests/order.json": '{"stderr": ["first", "second"]}',
    })
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "noderun: stderr lacks 'second' (expected in order: ['first', 'second'])",
    ])


def test_stderr_exact(project, monkeypatch):
    write(project, {
        "js_tests/e.js": "console.error('exactly this')\n",
        "js_tests/e.out": "",
        "js_tests/e.err": "exactly this\n",
        "js_tests/e.json": '{"stderr_exact": true}',
    })
    project.runpytest().assert_outcomes(passed=1)
    use_fake_runtime(project, monkeypatch, FAKE_STDERR="exactly that\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "noderun: stderr differs from the .err file",
        "-exactly this",
        "+exactly that",
    ])


def test_args_options_env_stdin_and_cwd(project):
    script = """\
const fs = require('fs'), path = require('path');
console.log(JSON.stringify({
  script: process.argv[1] === path.join(__dirname, 'echo.js'),
  args: process.argv.slice(2),
  execArgv: process.execArgv,
  preloaded: globalThis.preloaded,
  env: process.env.FIXTURE_VAR,
  stdin: fs.readFileSync(0, 'utf8'),
  cwd: process.cwd() === __dirname,
}));
"""
    expected = (
        '{"script":true,"args":["a b","--flag"],"execArgv":["-r","./helpers/pre.js"],'
        '"preloaded":"yes","env":"value","stdin":"line1\\nline2\\n","cwd":true}\n'
    )
    write(project, {
        "js_tests/sub/echo.js": script,
        "js_tests/sub/echo.out": expected,
        "js_tests/sub/echo.json": """{
            "args": ["a b", "--flag"], "options": ["-r", "./helpers/pre.js"],
            "env": {"FIXTURE_VAR": "value"}, "stdin": "line1\\nline2\\n"
        }""",
        "js_tests/sub/helpers/pre.js": "globalThis.preloaded = 'yes'\n",
    })
    result = project.runpytest("-v", "--rootdir", str(project.path))
    result.assert_outcomes(passed=1)


def test_default_stdin_is_empty(project):
    write(project, {
        "js_tests/stdin.js": "console.log(JSON.stringify(require('fs').readFileSync(0, 'utf8')))\n",
        "js_tests/stdin.out": '""\n',
    })
    project.runpytest().assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ('{"argz": []}', "unknown key 'argz'"),
        ('{"args": "a b"}', "key 'args' must be a list of strings, got 'a b'"),
        ('{"args": [1]}', "key 'args' must be a list of strings"),
        ('{"env": {"A": 1}}', "key 'env' must be an object with string values"),
        ('{"exit_code": true}', "key 'exit_code' must be an integer, got True"),
        ('{"exit_code": "1"}', "key 'exit_code' must be an integer"),
        ('{"timeout": 0}', "key 'timeout' must be a positive number of seconds"),
        ('{"stderr_exact": 1}', "key 'stderr_exact' must be true or false"),
        ('{"node": false}', "key 'node': \"node\": false needs a \"reason\""),
        ('{"reason": "why"}', "key 'reason' is only allowed with \"node\": false"),
        ('{"stderr_exact": true, "stderr": ["x"]}', "key 'stderr' cannot be combined*"),
        ('{"stderr_exact": true}', "key 'stderr_exact' needs js_tests/bad.err, which does not*"),
        ('["args"]', "must be a JSON object, got list"),
        ("{args: []}", "not valid JSON: *"),
    ],
)
def test_invalid_sidecar_is_a_collection_error(project, sidecar, message):
    write(project, {"js_tests/bad.js": "", "js_tests/bad.out": "", "js_tests/bad.json": sidecar})
    result = project.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"invalid sidecar js_tests/bad.json: {message}*"])


# -- the node cross-check -----------------------------------------------------------


def test_fixture_that_node_disagrees_with_fails(project, monkeypatch):
    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="what the fixture says\n")
    write(project, {
        "js_tests/w.js": "console.log('what node prints')\n",
        "js_tests/w.out": "what the fixture says\n",
    })
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "THE FIXTURE IS WRONG, not noderun: real node does not meet its expectation.",
        "*fix the fixture*",
        "node: stdout differs from w.out",
        "-what the fixture says",
        "+what node prints",
    ])
    # --noderun-no-node: only noderun's run is checked.
    project.runpytest("--noderun-no-node").assert_outcomes(passed=1)


def test_node_false_skips_the_cross_check(project, monkeypatch):
    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="noderun only\n")
    write(project, {
        "js_tests/n.js": "console.log('node prints this')\n",
        "js_tests/n.out": "noderun only\n",
        "js_tests/n.json": '{"node": false, "reason": "noderun-only behaviour"}',
    })
    project.runpytest().assert_outcomes(passed=1)


def test_node_binary_override(project, monkeypatch):
    write(project, {"js_tests/a.js": "console.log(1)\n", "js_tests/a.out": "1\n"})
    monkeypatch.setenv("NODERUN_NODE", "no-such-node-binary")
    result = project.runpytest()
    result.stderr.fnmatch_lines(["*NODERUN_NODE: 'no-such-node-binary' not found*"])
    monkeypatch.delenv("NODERUN_NODE")
    project.makeini(f"[pytest]\nnoderun_node = {NODE}\n")
    result = project.runpytest()
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([f"noderun: *; fixtures cross-checked with node: {NODE}"])


def test_noderun_command_from_ini_and_env_precedence(project, monkeypatch):
    fake = use_fake_runtime(project, monkeypatch, FAKE_STDOUT="fake\n")
    monkeypatch.delenv("NODERUN_COMMAND")
    project.makeini(f"[pytest]\nnoderun_command = {sys.executable} {fake}\n")
    write(project, {"js_tests/a.js": "console.log('fake')\n", "js_tests/a.out": "fake\n"})
    project.runpytest().assert_outcomes(passed=1)
    monkeypatch.setenv("NODERUN_COMMAND", f"{NODE} -e \"console.log('from env')\"")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["+from env"])


def test_timeout_kills_the_run(project):
    write(project, {
        "js_tests/hang.js": "console.log('started'); setTimeout(() => {}, 60000)\n",
        "js_tests/hang.out": "started\n",
        "js_tests/hang.json": '{"timeout": 0.5}',
    })
    result = project.runpytest("--noderun-no-node")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "noderun: killed after its timeout of 0.5 s",
        "stdout: same as hang.out",
        "exit code: expected 0, got none (killed)",
    ])
    # Under the cross-check, node hangs first: the fixture itself is wrong.
    result = project.runpytest()
    result.stdout.fnmatch_lines([
        "THE FIXTURE IS WRONG*",
        "node: killed after its timeout of 0.5 s",
    ])


# -- differential mode ----------------------------------------------------------------


def test_differential_compares_with_node_not_out(project, monkeypatch):
    write(project, {
        "js_tests/a.js": "console.log('a'); process.exitCode = 2\n",
        "js_tests/a.out": "ignored in differential mode\n",
        "js_tests/skip.js": "",
        "js_tests/skip.out": "",
        "js_tests/skip.json": '{"node": false, "reason": "not for node"}',
    })
    result = project.runpytest("-v", "--noderun-differential")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["js_tests/a.js SAME*", "differential: 1 SAME, 0 DIFF, 1 skipped"])

    use_fake_runtime(project, monkeypatch, FAKE_STDOUT="a\n", FAKE_EXIT="0")
    result = project.runpytest("-v", "--noderun-differential")
    assert result.ret == 1
    result.stdout.fnmatch_lines([
        "js_tests/a.js DIFF*",
        "noderun differs from node.",
        "noderun: exit code 0, expected 2",
        "differential: 0 SAME, 1 DIFF, 1 skipped",
    ])


def test_differential_needs_node(project):
    result = project.runpytest("--noderun-differential", "--noderun-no-node")
    result.stderr.fnmatch_lines(["*--noderun-differential needs node*"])
