"""`noderun --watch` as `node --watch`: the program runs, a change to a module it loaded restarts it,
and the supervisor prints node's lines. Each scenario runs under noderun and under node 24 in the
same way, and the lines printed must be the same. Waits are for expected output, with a generous
deadline; nothing here measures time."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from oracle import NODE

NODERUN = [sys.executable, "-m", "noderun"]
DEADLINE = 60.0
POKE_AGAIN_SECONDS = 10.0


class Watched:
    """A watch-mode process whose stdout lines are read on a thread."""

    def __init__(self, command, cwd, env=None):
        self.process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for raw in self.process.stdout:
            self.lines.put(raw.decode(errors="replace").rstrip("\n"))

    def wait_for(self, expected: str, poke=None) -> None:
        """Read lines until `expected`. `poke` makes the change that should produce it; it is made
        again when nothing came for a while (a watcher may not have been watching yet: node sets
        its file watchers up after it starts the program)."""
        if poke is not None:
            poke()
        end = time.monotonic() + DEADLINE
        quiet_since = time.monotonic()
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                if poke is not None and time.monotonic() - quiet_since > POKE_AGAIN_SECONDS:
                    poke()
                    quiet_since = time.monotonic()
                continue
            quiet_since = time.monotonic()
            self.seen.append(line)
            if line == expected:
                return
        raise AssertionError(f"no line {expected!r} within {DEADLINE}s; saw {self.seen}")

    def stop(self) -> list[str]:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=DEADLINE)
        return self.seen


def _env():
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "NODE_OPTIONS")}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    return env


def _rewrite(path, text):
    """Change a file in place; every change here also changes its size, so a poller sees it even
    where modification times are coarse."""
    if len(text) == path.stat().st_size:
        text += " "
    path.write_text(text)


def _restart_after_module_change(runtime, tmp_path, main_name, main_text, dep_name, dep_texts):
    (tmp_path / dep_name).write_text(dep_texts[0])
    (tmp_path / main_name).write_text(main_text)
    waiting = "Waiting for file changes before restarting..."
    watched = Watched(runtime + ["--watch", main_name], tmp_path, _env())
    try:
        watched.wait_for(f"Completed running '{main_name}'. {waiting}")
        watched.wait_for(f"Restarting '{main_name}'", poke=lambda: _rewrite(tmp_path / dep_name, dep_texts[1]))
        watched.wait_for(f"Completed running '{main_name}'. {waiting}")
        watched.wait_for(f"Restarting '{main_name}'", poke=lambda: _rewrite(tmp_path / dep_name, dep_texts[2]))
        watched.wait_for(f"Failed running '{main_name}'. {waiting}")
    finally:
        seen = watched.stop()
    return [line for line in seen if not line.startswith("    at ")]   # stack frames are the engine's


CASES = {
    "commonjs": ("main.js", "const d = require('./dep'); console.log('value', d);", "dep.js",
                 ["module.exports = 1;", "module.exports = 22;", "process.exitCode = 3; module.exports = 333;"]),
    "esm": ("main.mjs", "import d from './dep.mjs'; console.log('value', d);", "dep.mjs",
            ["export default 1;", "export default 22;", "process.exitCode = 3; export default 333;"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_change_of_a_loaded_module_restarts(tmp_path, case):
    seen = _restart_after_module_change(NODERUN, tmp_path, *CASES[case])
    main = CASES[case][0]
    assert seen == [
        "value 1", f"Completed running '{main}'. Waiting for file changes before restarting...",
        f"Restarting '{main}'", "value 22",
        f"Completed running '{main}'. Waiting for file changes before restarting...",
        f"Restarting '{main}'", "value 333",
        f"Failed running '{main}'. Waiting for file changes before restarting...",
    ]


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
@pytest.mark.parametrize("case", sorted(CASES))
def test_lines_are_node_24s(tmp_path, case):
    (tmp_path / "ours").mkdir()
    (tmp_path / "node").mkdir()
    assert _restart_after_module_change(NODERUN, tmp_path / "ours", *CASES[case]) == \
        _restart_after_module_change([NODE], tmp_path / "node", *CASES[case])


def test_watch_path_restarts_on_a_file_under_it(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "data.txt").write_text("a")
    (tmp_path / "main.js").write_text("console.log(require('fs').readFileSync('src/data.txt', 'utf8'));")
    watched = Watched(NODERUN + ["--watch-path=src", "--watch-preserve-output", "main.js"], tmp_path, _env())
    try:
        watched.wait_for("Completed running 'main.js'. Waiting for file changes before restarting...")
        watched.wait_for("Restarting 'main.js'", poke=lambda: _rewrite(tmp_path / "src" / "data.txt", "bb"))
        watched.wait_for("bb")
    finally:
        watched.stop()


def test_colours_and_clear_screen_with_force_color(tmp_path):
    (tmp_path / "main.js").write_text("console.log('hi')")
    env = dict(_env(), FORCE_COLOR="1")
    watched = Watched(NODERUN + ["--watch", "main.js"], tmp_path, env)
    try:
        watched.wait_for("\x1b[34mCompleted running 'main.js'. Waiting for file changes before restarting...\x1b[39m")
        watched.wait_for("\x1bc\x1b[32mRestarting 'main.js'\x1b[39m",
                         poke=lambda: _rewrite(tmp_path / "main.js", "console.log('again')"))
    finally:
        watched.stop()


def test_watch_with_eval_is_a_bad_option():
    result = subprocess.run(NODERUN + ["--watch", "-e", "1"], capture_output=True, text=True, timeout=DEADLINE,
                            env=_env())
    assert result.returncode == 9
    assert "either --watch or --eval can be used, not both" in result.stderr


def _restart_with_kill_signal(runtime, tmp_path):
    (tmp_path / "main.js").write_text(
        "process.on('SIGINT', () => { console.log('stopped by SIGINT'); process.exit(0); });\n"
        "console.log('up'); setInterval(() => {}, 1000);\n")
    watched = Watched(runtime + ["--watch", "--watch-kill-signal=sigint", "main.js"], tmp_path, _env())
    try:
        watched.wait_for("up")
        watched.wait_for("stopped by SIGINT",
                         poke=lambda: _rewrite(tmp_path / "main.js", (tmp_path / "main.js").read_text() + "//\n"))
        watched.wait_for("up")
    finally:
        seen = watched.stop()
    return seen


def test_watch_kill_signal_stops_the_program_with_that_signal(tmp_path):
    assert _restart_with_kill_signal(NODERUN, tmp_path) == ["up", "Restarting 'main.js'", "stopped by SIGINT", "up"]


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
def test_watch_kill_signal_lines_are_node_24s(tmp_path):
    (tmp_path / "ours").mkdir()
    (tmp_path / "node").mkdir()
    assert _restart_with_kill_signal(NODERUN, tmp_path / "ours") == _restart_with_kill_signal([NODE], tmp_path / "node")


@pytest.mark.skipif(NODE is None, reason="no reference node v24.12.0 (bin/install-node)")
def test_unknown_kill_signal_as_node_reports_it(tmp_path):
    (tmp_path / "main.js").write_text("console.log('ran')")
    ours = subprocess.run(NODERUN + ["--watch", "--watch-kill-signal=SIGNOPE", "main.js"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=DEADLINE, env=_env())
    node = subprocess.run([NODE, "--watch", "--watch-kill-signal=SIGNOPE", "main.js"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=DEADLINE, env=_env())
    assert (ours.returncode, ours.stdout) == (node.returncode, node.stdout) == (1, "")
    assert "TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGNOPE" in node.stderr
    assert "TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGNOPE" in ours.stderr
