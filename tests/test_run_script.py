"""`noderun --run <script>` as `node --run`: package.json found from the working directory up,
node_modules/.bin folders on PATH, NODE_RUN_* variables, arguments after `--` escaped as node
escapes them, node's messages and exit codes. Each case runs under noderun and node 24 in the same
tree, and stdout, stderr and exit code must be the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from oracle import NODE

NODERUN = [sys.executable, "-m", "noderun"]

SCRIPTS = {
    "hello": "echo hello $NODE_RUN_SCRIPT_NAME $NODE_RUN_PACKAGE_JSON_PATH",
    "args": "printf '[%s]\\n'",
    "fail": "exit 3",
    "path": "echo $PATH",
    "tool": "mytool",
    "where": "pwd",
    "killed": "kill -9 $$",
    "number": 1,
}


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "proj"
    (root / "node_modules" / ".bin").mkdir(parents=True)
    (root / "sub" / "node_modules" / ".bin").mkdir(parents=True)
    (root / "sub" / "deeper").mkdir()
    (root / "package.json").write_text(json.dumps({"name": "p", "scripts": SCRIPTS}))
    tool = root / "node_modules" / ".bin" / "mytool"
    tool.write_text('#!/bin/sh\necho mytool ran "$@"\n')
    tool.chmod(0o755)
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "package.json").write_text("{bad")
    (tmp_path / "array").mkdir()
    (tmp_path / "array" / "package.json").write_text("[1]")
    (tmp_path / "noscripts").mkdir()
    (tmp_path / "noscripts" / "package.json").write_text('{"name": "x"}')
    return tmp_path


def _run(command, cwd):
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/"), "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    return result.stdout, result.stderr.replace(str(command[0]), "NODE"), result.returncode


CASES = [
    ("proj", ["--run", "hello"]),
    ("proj", ["--run=args", "--", "a", "b c", "$HOME", "", "''x", "-e"]),
    ("proj", ["--run", "args", "ignored", "--", "after"]),
    ("proj", ["--run", "fail"]),
    ("proj", ["--run", "killed"]),
    ("proj", ["--run", "missing"]),
    ("proj", ["--run", "number"]),
    ("proj/sub/deeper", ["--run", "path"]),
    ("proj/sub/deeper", ["--run", "tool", "--", "x"]),
    ("proj/sub/deeper", ["--run", "where"]),
    ("bad", ["--run", "x"]),
    ("array", ["--run", "x"]),
    ("noscripts", ["--run", "x"]),
]


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
@pytest.mark.parametrize("where, args", CASES, ids=lambda v: repr(v))
def test_run_as_node_runs(tree, where, args):
    ours = _run(NODERUN + args, tree / where)
    node = _run([NODE] + args, tree / where)
    assert ours == node


def test_no_package_json_anywhere(tmp_path):
    stdout, stderr, code = _run(NODERUN + ["--run", "x"], "/")
    assert (stdout, stderr, code) == ("", "Can't find package.json for directory /\n", 1)


def test_run_without_a_name_is_a_bad_option(tmp_path):
    stdout, stderr, code = _run(NODERUN + ["--run"], tmp_path)
    assert code == 9 and "--run requires an argument" in stderr
