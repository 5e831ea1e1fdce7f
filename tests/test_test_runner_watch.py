"""`noderun --test --watch` as `node --test --watch`: the test files run, then a change to a module a
test file loaded runs that file again (only it), a new test file runs as it appears, and SIGTERM
ends the runner with an empty summary; each run has its own report and summary. The scenario runs
under noderun and under node 24 in the same way; the lines printed (durations and stack frames
taken out) and the exit code must be the same. Waits are for expected output with a generous
deadline; nothing here measures time."""

from __future__ import annotations

import queue
import re
import time

import pytest

from oracle import NODE
from test_watch import DEADLINE, NODERUN, Watched, _env, _rewrite

SUMMARY_END = "ℹ duration_ms"


class WatchedRunner(Watched):
    def _read(self):
        super()._read()
        self.lines.put(None)   # the end of its output

    def stop(self) -> list[str]:
        """End it (SIGTERM), and take every line it printed until it ended."""
        super().stop()
        while (line := self.lines.get(timeout=DEADLINE)) is not None:
            self.seen.append(line)
        return self.seen

    def wait_for_start(self, prefix: str) -> None:
        """Read lines until one starts with `prefix` (a summary's last line: its duration varies).
        No second poke: each change here is made once, and made again would run a file twice."""
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if line is None:
                break
            self.seen.append(line)
            if line.startswith(prefix):
                return
        raise AssertionError(f"no line starting {prefix!r} within {DEADLINE}s; saw {self.seen}")


def _project(root):
    (root / "lib.js").write_text("exports.add = (a, b) => a + b;\n")
    (root / "math.test.js").write_text(
        "const { test } = require('node:test');\nconst { add } = require('./lib.js');\n"
        "test('adds', (t) => { t.assert.strictEqual(add(1, 2), 3); });\n")
    (root / "alone.test.js").write_text(
        "const { test } = require('node:test');\ntest('runs alone', () => {});\n")


def _normalized(lines):
    kept = []
    for line in lines:
        if line.startswith("    at ") or line.startswith("      at "):
            continue   # stack frames: the engine's
        line = re.sub(r"\(\d+(\.\d+)?ms\)", "*", line)
        kept.append(re.sub(r"duration_ms \d+(\.\d+)?", "duration_ms *", line))
    return kept


def _watch_session(runtime, root):
    _project(root)
    watched = WatchedRunner(runtime + ["--test", "--watch"], root, _env())
    try:
        watched.wait_for_start(SUMMARY_END)
        _rewrite(root / "lib.js", "exports.add = (a, b) => a - b;\n")      # math.test.js fails now
        watched.wait_for_start(SUMMARY_END)
        (root / "new.test.js").write_text("const { test } = require('node:test');\ntest('new one', () => {});\n")
        watched.wait_for_start(SUMMARY_END)
        _rewrite(root / "lib.js", "exports.add = (a, b) => a + b;\n")      # and passes again
        watched.wait_for_start(SUMMARY_END)
    finally:
        seen = watched.stop()
    return _normalized(seen), watched.process.returncode


def test_reruns_what_a_change_concerns(tmp_path):
    lines, code = _watch_session(NODERUN, tmp_path)
    counts = ["ℹ suites 0", "ℹ pass {}", "ℹ fail {}", "ℹ cancelled 0", "ℹ skipped 0", "ℹ todo 0", "ℹ duration_ms *"]

    def summary(tests, passed, failed):
        return [f"ℹ tests {tests}"] + [line.format(passed if "pass" in line else failed) for line in counts]

    failure = lines.index("✖ failing tests:")
    assert lines[:failure] == [
        "✔ runs alone *", "✔ adds *", *summary(2, 2, 0),      # the files, in sorted order
        "✖ adds *", *summary(1, 0, 1), ""]                      # only the file that loaded lib.js
    after = lines[failure:].index("✔ new one *") + failure
    assert "  AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:" in lines[failure:after]
    assert lines[after:] == [
        "✔ new one *", *summary(1, 1, 0),                      # the new file, alone
        "✔ adds *", *summary(1, 1, 0),
        *summary(0, 0, 0)]                                      # SIGTERM: the empty summary
    assert code == 1                                            # one run failed


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
def test_lines_and_exit_code_are_node_24s(tmp_path):
    (tmp_path / "ours").mkdir()
    (tmp_path / "node").mkdir()
    assert _watch_session(NODERUN, tmp_path / "ours") == _watch_session([NODE], tmp_path / "node")
