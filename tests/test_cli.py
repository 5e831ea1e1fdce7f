"""The command line: parsing through click's CliRunner, and end to end through a subprocess.

Every subprocess case runs `python -m noderun ARGS` and, when a `node` binary is on PATH, `node ARGS`
in the same directory with the same stdin: stdout and the exit code must be node's. Only the node
half is left out when there is no node.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from noderun import NODE_VERSION
from noderun import cli
from noderun.cli import command

from oracle import NODE  # the reference node v24.12.0, or None
NODERUN = [sys.executable, "-m", "noderun"]
FOOTER = f"\nNode.js {NODE_VERSION}\n"
TIMEOUT = 60


@dataclass
class Both:
    ours: subprocess.CompletedProcess
    node: subprocess.CompletedProcess | None


def _env() -> dict:
    env = dict(os.environ)
    for key in ("NODE_OPTIONS", "NODE_PATH", "NODE_NO_WARNINGS"):
        env.pop(key, None)
    return env


def _run(cmd: list[str], cwd: Path, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=TIMEOUT,
                          env=_env())


def run_both(tmp_path: Path, args: list[str], files: dict[str, str] | None = None, stdin: str = "",
             compare_exit_code: bool = True) -> Both:
    """Run noderun and (if present) node with `args` in tmp_path; stdout and exit code must match."""
    for name, text in (files or {}).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    ours = _run(NODERUN + args, tmp_path, stdin)
    node = _run([NODE] + args, tmp_path, stdin) if NODE else None
    if node is not None:
        assert ours.stdout == node.stdout, f"stdout differs from node's\nnode stderr:\n{node.stderr}\nours:\n{ours.stderr}"
        if compare_exit_code:
            assert ours.returncode == node.returncode, f"exit code differs from node's; our stderr:\n{ours.stderr}"
    return Both(ours, node)


# -- parsing (CliRunner) ------------------------------------------------------------------------

COMMON_COMMAND_LINES = [
    [], ["x.js"], ["x.js", "-e", "1", "--flag"], ["-e", "1"], ["-e", ""], ["-p", "1+1", "a", "b"],
    ["--eval", "code", "x"], ["--print", "2"], ["-r", "./a.js", "x.js"], ["-r", "a", "--require", "b", "x.js"],
    ["--import", "./m.mjs", "--import", "data:text/javascript,1", "x.js"], ["--no-warnings", "x.js"],
    ["--expose-gc", "-e", "gc()", "--trace-warnings"], ["-e", "-x"], ["-e", "1", "-"], ["-"], ["-", "a"],
    ["-e", "1", "-e", "2"], ["-p", "1", "-e", "2"],
    ["--env-file=a.env", "x.js"], ["--env-file", "a.env", "--env-file-if-exists=b.env", "-e", "1"],
    ["--env-file-if-exists", "-p", "x.js"], ["--run", "build", "--", "x"],
    ["--watch", "x.js"], ["--watch-path", "src", "--watch-preserve-output", "--watch-path", "lib", "x.js"],
    ["--watch", "--watch-kill-signal", "SIGINT", "x.js"],
]


@pytest.mark.parametrize("argv", COMMON_COMMAND_LINES, ids=repr)
def test_common_command_lines_parse_as_click_parses_them(argv):
    fast = cli._parse_common(argv)
    assert fast is not None, "this command line should not need click"
    assert fast == cli._parse_with_click(argv)


@pytest.mark.parametrize("argv", [["--stack-size", "100", "x.js"], ["-v"], ["--eval=1"], ["-e"], ["--input-type=module"]])
def test_other_command_lines_go_to_click(argv):
    assert cli._parse_common(argv) is None


def test_version_flag():
    for flag in ("-v", "--version"):
        result = CliRunner().invoke(command, [flag])
        assert result.exit_code == 0
        assert result.stdout == "v24.12.0\n"


def test_help_flag():
    for flag in ("-h", "--help"):
        result = CliRunner().invoke(command, [flag])
        assert result.exit_code == 0
        assert result.stdout.startswith("Usage: noderun [options] [ script.js ] [arguments]\n\nOptions:\n")
        for option in ("--eval", "--print", "--require", "--import", "--env-file"):
            assert f"  {option}" in result.stdout or f", {option}" in result.stdout


def _help_blocks(text: str) -> dict[str, str]:
    """Option name -> its lines, from the Options section of a --help text."""
    lines = text.split("\n")
    blocks: dict[str, str] = {}
    name = None
    for line in lines[lines.index("Options:") + 1:lines.index("Environment variables:") - 1]:
        if line[2:3] not in (" ", ""):
            name = line[2:].split("  ")[0]
            blocks[name] = ""
        blocks[name] += line + "\n"
    return blocks


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
@pytest.mark.parametrize("argv", [["--help"], ["--no-warnings", "--watch", "-h"], ["--no-strip-types", "--help"],
                                  ["--no-experimental-strip-types", "--strip-types", "--help"]],
                         ids=repr)
def test_help_describes_each_option_as_node_24_does(argv):
    """Every option block noderun prints is node 24's own block, word for word and laid out alike."""
    ours = subprocess.run(NODERUN + argv, capture_output=True, text=True, timeout=60)
    node = subprocess.run([NODE] + argv, capture_output=True, text=True, timeout=60)
    assert ours.returncode == node.returncode == 0
    ours_blocks, node_blocks = _help_blocks(ours.stdout), _help_blocks(node.stdout)
    assert len(ours_blocks) > 20
    for name, block in ours_blocks.items():
        assert block == node_blocks[name], name
    assert ours.stdout.endswith("\nDocumentation can be found at https://nodejs.org/\n")


def test_unknown_option_before_script_exits_9():
    result = CliRunner().invoke(command, ["--no-such-flag", "script.js"])
    assert result.exit_code == 9
    assert "bad option: --no-such-flag" in result.stderr
    assert result.stdout == ""


def test_unknown_option_exits_9_end_to_end(tmp_path):
    both = run_both(tmp_path, ["--no-such-flag", "script.js"], {"script.js": "console.log('ran')"})
    assert both.ours.returncode == 9
    assert both.ours.stdout == ""
    assert "bad option: --no-such-flag" in both.ours.stderr


def test_version_end_to_end(tmp_path):
    both = run_both(tmp_path, ["-v"])
    assert both.ours.stdout == "v24.12.0\n"


# -- argv ---------------------------------------------------------------------------------------

ARGV_SCRIPT = "console.log(JSON.stringify(process.argv.slice(2)))\n"


def test_script_arguments_reach_process_argv(tmp_path):
    both = run_both(tmp_path, ["script.js", "--foo", "-v", "bar"], {"script.js": ARGV_SCRIPT})
    assert both.ours.returncode == 0
    assert both.ours.stdout == '["--foo","-v","bar"]\n'


def test_argv_0_and_1(tmp_path):
    script = "console.log(require('path').isAbsolute(process.argv[0]), process.argv[1] === __filename)\n"
    both = run_both(tmp_path, ["script.js"], {"script.js": script})
    assert both.ours.stdout == "true true\n"


def test_double_dash_before_script(tmp_path):
    both = run_both(tmp_path, ["--", "script.js", "x", "--", "-e"], {"script.js": ARGV_SCRIPT})
    assert both.ours.returncode == 0
    assert both.ours.stdout == '["x","--","-e"]\n'


@pytest.mark.parametrize(
    "code, expected",
    [
        ("console.log(typeof fs, typeof path, typeof worker_threads, typeof module)", "object object object object\n"),
        ("await 1; console.log(typeof module, typeof fs.readFileSync)", "function function\n"),
        ("const __filename = 'x'; console.log(__filename, typeof module)", "x object\n"),
        ("fs = 1; console.log(fs)", "1\n"),
    ],
    ids=["builtins as globals", "module eval sees node:module", "eval is not wrapped", "assignable"],
)
def test_eval_code_sees_builtin_modules_as_globals(tmp_path, code, expected):
    both = run_both(tmp_path, ["-e", code])
    assert both.ours.returncode == 0, both.ours.stderr
    assert both.ours.stdout == expected


def test_eval_with_arguments(tmp_path):
    both = run_both(tmp_path, ["-e", "console.log(JSON.stringify(process.argv.slice(1)))", "a", "-b", "c"])
    assert both.ours.returncode == 0
    assert both.ours.stdout == '["a","-b","c"]\n'


@pytest.mark.parametrize(
    "code, expected",
    [
        ("1+1", "2\n"),
        ("({a:1})", "{ a: 1 }\n"),
        ("'str'", "str\n"),
        ("[1, 'a', null, undefined]", "[ 1, 'a', null, undefined ]\n"),
        ("undefined", "undefined\n"),
    ],
)
def test_print(tmp_path, code, expected):
    both = run_both(tmp_path, ["-p", code])
    assert both.ours.returncode == 0
    assert both.ours.stdout == expected


def test_print_with_arguments(tmp_path):
    both = run_both(tmp_path, ["-p", "process.argv.slice(1).join('+')", "x", "y"])
    assert both.ours.stdout == "x+y\n"


STDIN_CODE = "console.log('stdin', JSON.stringify(process.argv.slice(1)))\n"


def test_piped_stdin_without_script(tmp_path):
    both = run_both(tmp_path, [], stdin=STDIN_CODE)
    assert both.ours.returncode == 0
    assert both.ours.stdout == "stdin []\n"


def test_piped_stdin_with_dash(tmp_path):
    both = run_both(tmp_path, ["-", "a", "b"], stdin=STDIN_CODE)
    assert both.ours.returncode == 0
    assert both.ours.stdout == 'stdin ["-","a","b"]\n'


# -- errors and exit codes ----------------------------------------------------------------------

def _stderr_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return proc.stderr.split("\n")


def _caret_column(line: str) -> int:
    assert re.fullmatch(r" *\^+", line), f"not a caret line: {line!r}"
    return line.index("^")


def test_missing_script(tmp_path):
    both = run_both(tmp_path, ["missing.js"])
    ours = both.ours
    assert ours.returncode == 1
    assert ours.stdout == ""
    assert f"Cannot find module '{tmp_path / 'missing.js'}'" in ours.stderr
    assert "code: 'MODULE_NOT_FOUND'" in ours.stderr
    assert "requireStack: []" in ours.stderr
    assert ours.stderr.endswith(FOOTER)


def test_syntax_error(tmp_path):
    both = run_both(tmp_path, ["syn.js"], {"syn.js": "let ok = 1;\nlet x = ;\n"})
    ours = both.ours
    assert ours.returncode == 1
    assert ours.stdout == ""
    lines = _stderr_lines(ours)
    assert lines[0] == f"{tmp_path / 'syn.js'}:2"
    assert lines[1] == "let x = ;"
    assert "SyntaxError" in ours.stderr
    assert ours.stderr.endswith(FOOTER)


def test_syntax_error_caret_points_into_the_source_line(tmp_path):
    both = run_both(tmp_path, ["syn.js"], {"syn.js": "let x = ;\n"})
    lines = _stderr_lines(both.ours)
    assert lines[1] == "let x = ;"
    # node puts the caret under the ';' (column 8); it must at least be inside the line
    column = _caret_column(lines[2])
    assert column < len(lines[1]), f"caret at column {column} of a {len(lines[1])}-character line"
    if both.node is not None:
        assert column == _caret_column(_stderr_lines(both.node)[2])


def test_uncaught_error_prints_source_line_and_caret(tmp_path):
    script = 'function f() {\n  throw new Error("boom");\n}\nf();\n'
    both = run_both(tmp_path, ["err.js"], {"err.js": script})
    ours = both.ours
    assert ours.returncode == 1
    lines = _stderr_lines(ours)
    assert lines[0] == f"{tmp_path / 'err.js'}:2"
    assert lines[1] == '  throw new Error("boom");'
    column = _caret_column(lines[2])
    assert 2 <= column < len(lines[1])
    assert lines[3] == ""
    assert lines[4] == "Error: boom"
    assert lines[5].startswith("    at f (") and f"{tmp_path / 'err.js'}:2:" in lines[5]
    assert ours.stderr.endswith(FOOTER)


def test_stdout_before_uncaught_error_is_kept(tmp_path):
    both = run_both(tmp_path, ["err.js"], {"err.js": "console.log('before');\nnull.x;\n"})
    assert both.ours.returncode == 1
    assert both.ours.stdout == "before\n"
    assert "TypeError: Cannot read properties of null (reading 'x')" in both.ours.stderr


def test_unhandled_rejection_exits_1(tmp_path):
    both = run_both(tmp_path, ["rej.js"], {"rej.js": "console.log('a');\nPromise.reject(new Error('rej'));\n"})
    assert both.ours.returncode == 1
    assert both.ours.stdout == "a\n"
    assert "Error: rej" in both.ours.stderr
    assert both.ours.stderr.endswith(FOOTER)


def test_process_exit_code_argument(tmp_path):
    both = run_both(tmp_path, ["e.js"], {"e.js": "console.log('a'); process.exit(3); console.log('b')\n"})
    assert both.ours.returncode == 3
    assert both.ours.stdout == "a\n"
    assert both.ours.stderr == ""


def test_process_exit_code_property(tmp_path):
    both = run_both(tmp_path, ["e.js"], {"e.js": "process.exitCode = 5; setTimeout(() => console.log('t'), 1)\n"})
    assert both.ours.returncode == 5
    assert both.ours.stdout == "t\n"


def test_unsettled_top_level_await_exits_13(tmp_path):
    both = run_both(tmp_path, ["tla.mjs"], {"tla.mjs": "console.log('start');\nawait new Promise(() => {});\n"})
    assert both.ours.returncode == 13
    assert both.ours.stdout == "start\n"
    assert both.ours.stderr == ""


def test_uncaught_exception_handler_that_throws_exits_7(tmp_path):
    script = ("process.on('uncaughtException', () => { throw new Error('again') });\n"
              "throw new Error('first');\n")
    both = run_both(tmp_path, ["ue.js"], {"ue.js": script})
    assert both.ours.returncode == 7
    assert "Error: again" in both.ours.stderr


def test_uncaught_exception_handler_recovers(tmp_path):
    script = ("process.on('uncaughtException', (e) => console.log('caught', e.message));\n"
              "setTimeout(() => console.log('later'), 1);\n"
              "throw new Error('first');\n")
    both = run_both(tmp_path, ["ue.js"], {"ue.js": script})
    assert both.ours.returncode == 0
    assert both.ours.stdout == "caught first\nlater\n"


# -- preloads -----------------------------------------------------------------------------------

PRELOAD_FILES = {
    "pre.js": "console.log('pre-require', typeof require)\n",
    "pre.mjs": "console.log('pre-import', typeof import.meta.url)\n",
    "main.js": "console.log('main', JSON.stringify(process.argv.slice(2)))\n",
}


@pytest.mark.parametrize(
    "args",
    [
        ["-r", "./pre.js", "--import", "./pre.mjs", "main.js", "x"],
        ["--import", "./pre.mjs", "-r", "./pre.js", "main.js", "x"],
    ],
)
def test_require_preloads_run_before_import_preloads(tmp_path, args):
    both = run_both(tmp_path, args, PRELOAD_FILES)
    assert both.ours.returncode == 0
    assert both.ours.stdout == "pre-require function\npre-import string\nmain [\"x\"]\n"


def test_several_require_preloads_in_order(tmp_path):
    files = {"a.js": "console.log('a')\n", "b.js": "console.log('b')\n", "m.js": "console.log('m')\n"}
    both = run_both(tmp_path, ["-r", "./b.js", "--require", "./a.js", "m.js"], files)
    assert both.ours.stdout == "b\na\nm\n"


# -- limits -------------------------------------------------------------------------------------

def test_stack_size_flag_still_runs_shallow_recursion(tmp_path):
    script = "function r(n) { return n ? r(n - 1) + 1 : 0 }\nconsole.log(r(100))\n"
    both = run_both(tmp_path, ["--stack-size=200", "st.js"], {"st.js": script})
    assert both.ours.returncode == 0
    assert both.ours.stdout == "100\n"


def test_deep_recursion_is_a_range_error(tmp_path):
    script = ("function r() { r() }\n"
              "try { r() } catch (e) { console.log(e instanceof RangeError, e.message) }\n")
    both = run_both(tmp_path, ["st.js"], {"st.js": script})
    assert both.ours.returncode == 0
    assert both.ours.stdout == "true Maximum call stack size exceeded\n"


def test_max_old_space_size_out_of_memory_ends_the_process(tmp_path):
    script = "console.log('start');\nconst a = [];\nfor (;;) a.push(new Array(100000).fill(1.5));\n"
    # node aborts (a V8 fatal error, exit 134); noderun turns it into an error: only "non-zero" is shared
    both = run_both(tmp_path, ["--max-old-space-size=16", "oom.js"], {"oom.js": script},
                    compare_exit_code=False)
    assert both.ours.returncode != 0
    assert both.ours.stdout == "start\n"
    if both.node is not None:
        assert both.node.returncode != 0
