"""Test runners other than node:test, unmodified, under noderun against node 24: mocha (also with
--parallel) and uvu run a small suite with a failing test and print what node prints, with the
same exit code. The runners are installed from the npm registry into a temporary directory by
this test (npm comes with node); stack frames (V8's and QuickJS's name frames differently) and
timings are taken out. Why borp and ava do not run: README, "Known differences"."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oracle import NODE

pytestmark = pytest.mark.skipif(NODE is None, reason="needs the reference node (bin/install-node)")

PACKAGES = ["mocha@12.0.3", "uvu@0.5.6"]

MOCHA_SPEC = """\
const assert = require('assert');
describe('math', function () {
  before(function () { this.base = 1; });
  it('adds', function () { assert.strictEqual(this.base + 1, 2); });
  it('waits for a promise', async function () { await new Promise((r) => setTimeout(r, 5)); });
  it('waits for done', function (done) { setTimeout(done, 5); });
  it('fails', function () { assert.deepStrictEqual({ a: 1 }, { a: 2 }); });
  it.skip('is skipped', function () {});
  describe('nested', function () { it('works', function () {}); });
});
"""

MOCHA_SECOND = """\
const assert = require('assert');
describe('second file', function () { it('passes', function () { assert.ok(true); }); });
"""

UVU_TEST = """\
const { test, suite } = require('uvu');
const assert = require('uvu/assert');
test('adds', () => { assert.is(1 + 1, 2); });
test('waits', async () => { await new Promise((r) => setTimeout(r, 5)); assert.ok(true); });
test('fails', () => { assert.equal({ a: [1, 2] }, { a: [1, 3] }); });
test.run();
const numbers = suite('numbers');
numbers.before((context) => { context.x = 5; });
numbers('uses the context', (context) => { assert.is(context.x, 5); });
numbers.run();
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    npm = Path(NODE).parent / "npm"
    if not npm.exists():
        npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is needed to install mocha and uvu from the registry")
    root = tmp_path_factory.mktemp("runners")
    (root / "package.json").write_text('{"name": "runners", "version": "1.0.0", "private": true}')
    env = dict(os.environ, PATH=f"{Path(NODE).parent}{os.pathsep}{os.environ['PATH']}")
    subprocess.run([str(npm), "install", "--no-audit", "--no-fund", *PACKAGES], cwd=root, env=env,
                   check=True, capture_output=True, timeout=600)
    for relative, text in {"test/math.spec.js": MOCHA_SPEC, "test/second.spec.js": MOCHA_SECOND,
                           "uvu/math.js": UVU_TEST}.items():
        (root / relative).parent.mkdir(exist_ok=True)
        (root / relative).write_text(text)
    return root


def comparable(text: str) -> str:
    lines = [line for line in text.splitlines() if not re.match(r"\s+at ", line)]
    text = "\n".join(lines)
    text = re.sub(r" \(\d+m?s\)", "", text)          # mocha: slow tests' and the run's time
    return re.sub(r"Duration:\s+[\d.]+m?s", "Duration: *", text)   # uvu


def files_in_any_order(text: str) -> str:
    """mocha --parallel reports each file's suites as that file finishes, in an order that varies
    from run to run under node too: the files' blocks (separated by two blank lines) before the
    summary ('N passing') are compared sorted."""
    body = text.lstrip("\n")
    blocks = body.split("\n\n\n")
    summary = next((i for i, block in enumerate(blocks) if re.match(r"\s*\d+ passing", block)), len(blocks))
    return text[:len(text) - len(body)] + "\n\n\n".join(sorted(blocks[:summary]) + blocks[summary:])


def run_both(project: Path, *args: str, normalize=lambda text: text) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    node = subprocess.run([NODE, *args], cwd=project, env=env, capture_output=True, text=True,
                          timeout=300)
    ours = subprocess.run([sys.executable, "-m", "noderun", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)
    assert node.returncode == 1   # each suite has a failing test
    assert (ours.returncode, normalize(comparable(ours.stdout))) == (node.returncode, normalize(comparable(node.stdout)))
    assert comparable(ours.stderr) == comparable(node.stderr)


def test_mocha(project):
    run_both(project, "node_modules/mocha/bin/mocha.js", "test/*.spec.js")


def test_mocha_parallel(project):
    run_both(project, "node_modules/mocha/bin/mocha.js", "--parallel", "--jobs", "2", "test/*.spec.js",
             normalize=files_in_any_order)


def test_uvu_script(project):
    run_both(project, "uvu/math.js")


def test_uvu_cli(project):
    run_both(project, "node_modules/uvu/bin.js", "uvu")
