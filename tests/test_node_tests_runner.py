"""bin/node-tests on a tiny fake copy of node's test tree (CI has no network for the real one).

The fake tree has node's layout (test/common, test/parallel) and a test/common/index.js of its own
that, like node's, re-runs nothing but checks that the flags a test declares reached
process.execArgv: so a PASS means the runner passed the `// Flags:` line on.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "bin" / "node-tests"
TIMEOUT = 120

COMMON_INDEX = """\
'use strict';
const fs = require('fs');
const source = fs.readFileSync(process.argv[1], 'utf8');
const match = /^\\/\\/ Flags:(.*)$/m.exec(source);
for (const flag of match ? match[1].trim().split(/\\s+/) : []) {
  if (!process.execArgv.includes(flag)) throw new Error(`flag ${flag} missing from execArgv`);
}
module.exports = { mustCall: (fn) => fn };
"""

TESTS = {
    "test-worker-passes.js": """\
'use strict';
require('../common');
const { Worker } = require('worker_threads');
new Worker('require("worker_threads").parentPort.postMessage(6 * 7)', { eval: true })
  .on('message', (n) => { if (n !== 42) process.exit(3); });
""",
    "test-worker-fails.js": """\
'use strict';
require('../common');
require('assert').strictEqual(1 + 1, 3);
""",
    "test-worker-gc.js": """\
// Flags: --expose-gc
'use strict';
require('../common');
if (typeof globalThis.gc !== 'function') process.exit(4);
let list = [];
for (let i = 0; i < 1000; i++) list.push({ i });
list = null;
gc();
""",
    "test-worker-unknown-flag.js": """\
// Flags: --no-such-flag-anywhere
'use strict';
require('../common');
""",
    "test-other-thing.js": """\
'use strict';
require('../common');
""",
}


def make_tree(root: Path) -> Path:
    (root / "test" / "common").mkdir(parents=True)
    (root / "test" / "common" / "index.js").write_text(COMMON_INDEX)
    parallel = root / "test" / "parallel"
    parallel.mkdir()
    for name, source in TESTS.items():
        (parallel / name).write_text(source)
    return root


def run_runner(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(RUNNER), *map(str, args)], capture_output=True, text=True,
                          timeout=TIMEOUT, cwd=ROOT)


def result_lines(stdout: str) -> dict[str, str]:
    lines = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("PASS", "FAIL", "TIMEOUT"):
            lines[parts[1]] = parts[0]
    return lines


def test_list_file_gives_one_line_per_test_and_a_summary(tmp_path):
    tree = make_tree(tmp_path / "tree")
    listing = tmp_path / "list.txt"
    listing.write_text("# a comment line\n"
                       "test/parallel/test-worker-passes.js\n"
                       "test/parallel/test-worker-fails.js\n"
                       "\n"
                       "test/parallel/test-worker-gc.js\n")
    done = run_runner(tree, listing)
    assert result_lines(done.stdout) == {
        "test/parallel/test-worker-passes.js": "PASS",
        "test/parallel/test-worker-fails.js": "FAIL",
        "test/parallel/test-worker-gc.js": "PASS",
    }, done.stdout + done.stderr
    assert done.stdout.rstrip().splitlines()[-1] == "passed 2 / 3"
    assert done.returncode == 1


def test_exit_status_zero_when_every_listed_test_passes(tmp_path):
    tree = make_tree(tmp_path / "tree")
    listing = tmp_path / "list.txt"
    listing.write_text("test/parallel/test-worker-passes.js\ntest/parallel/test-worker-gc.js\n")
    done = run_runner(tree, listing)
    assert done.stdout.rstrip().splitlines()[-1] == "passed 2 / 2", done.stdout + done.stderr
    assert done.returncode == 0


def test_flags_line_is_honoured_and_unknown_flags_fail(tmp_path):
    tree = make_tree(tmp_path / "tree")
    done = run_runner(tree, "-v", "--test", "test/parallel/test-worker-unknown-flag.js",
                      "--test", "test/parallel/test-worker-gc.js")
    lines = result_lines(done.stdout)
    assert lines["test/parallel/test-worker-gc.js"] == "PASS", done.stdout
    assert lines["test/parallel/test-worker-unknown-flag.js"] == "FAIL", done.stdout
    assert "--no-such-flag-anywhere" in done.stdout


def test_all_worker_tests_selects_by_node_patterns_and_writes_passing(tmp_path):
    tree = make_tree(tmp_path / "tree")
    passing = tmp_path / "passing.txt"
    done = run_runner(tree, "--all-worker-tests", "--write-passing", passing)
    lines = result_lines(done.stdout)
    assert "test/parallel/test-other-thing.js" not in lines
    assert set(lines) == {f"test/parallel/{name}" for name in TESTS if name.startswith("test-worker-")}
    assert passing.read_text() == "test/parallel/test-worker-gc.js\ntest/parallel/test-worker-passes.js\n"


def test_needing_only_keeps_tests_that_require_only_those_modules(tmp_path):
    tree = make_tree(tmp_path / "tree")
    done = run_runner(tree, "--all-worker-tests", "--needing-only", "worker_threads")
    assert set(result_lines(done.stdout)) == {
        "test/parallel/test-worker-passes.js", "test/parallel/test-worker-gc.js",
        "test/parallel/test-worker-unknown-flag.js",
    }, done.stdout


def test_a_tree_without_test_common_is_refused(tmp_path):
    done = run_runner(tmp_path, "--all-worker-tests")
    assert done.returncode == 2
    assert "test/common" in done.stderr
