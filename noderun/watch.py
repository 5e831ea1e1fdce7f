"""`noderun --watch script.js`: node's watch mode (node's lib/internal/main/watch_mode.js).

The supervisor runs the program as a child noderun and restarts it when a file it watches changes:
with --watch, the files the child loaded (the child's loader reports each on a pipe, see
loader/watch_report.py) and the entry script; with --watch-path, every file under the given paths.
It prints node's lines ("Completed running 'x.js'. Waiting for file changes before restarting...",
"Restarting 'x.js'"), coloured and after clearing the screen when stdout takes colours, unless
--watch-preserve-output. Changes are seen by polling modification times, which needs no watcher
library and works on every file system.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time

POLL_SECONDS = 0.1
SETTLE_SECONDS = 0.2
KILL_GRACE_SECONDS = 10.0   # after this, a program that outlived the kill signal gets SIGKILL   # node's watcher debounce: changes this close together make one restart
_FLAGS = ("--watch", "--watch-preserve-output")
_VALUE_FLAGS = ("--watch-path", "--watch-kill-signal")


def child_argv(argv: list[str]) -> list[str]:
    """The command line without the watch options (which come before the script)."""
    out = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if not arg.startswith("-") or arg == "-" or arg == "--":
            return out + argv[i:]
        if arg in _FLAGS or arg.startswith(tuple(f"{flag}=" for flag in _VALUE_FLAGS)):
            i += 1
        elif arg in _VALUE_FLAGS:
            i += 2
        else:
            out.append(arg)
            i += 1
    return out


def _quoted(text: str) -> str:
    """A string as util.inspect shows it (node prints the command that way)."""
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    for quote in ("'", '"', "`"):
        if quote not in text:
            return f"{quote}{text}{quote}"
    return "'" + text.replace("'", "\\'") + "'"


def _colors() -> bool:
    """Whether node would colour stdout (its shouldColorize: FORCE_COLOR, else a colour TTY)."""
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force in ("", "1", "true", "2", "3")
    if not os.isatty(1) or "NO_COLOR" in os.environ or "NODE_DISABLE_COLORS" in os.environ:
        return False
    return os.environ.get("TERM") != "dumb"


def _files_under(paths: list[str]) -> list[str]:
    found = []
    for path in paths:
        if os.path.isdir(path):
            for directory, _dirs, files in os.walk(path):
                found.extend(os.path.join(directory, name) for name in files)
        else:
            found.append(path)
    return [os.path.abspath(p) for p in found]


def _signature(path: str):
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


class Supervisor:
    def __init__(self, argv: list[str], script_and_args: list[str], watch_paths: list[str], preserve: bool,
                 kill_signal: signal.Signals = signal.SIGTERM):
        self.argv = child_argv(argv)
        self.kill_signal = kill_signal
        self.command = _quoted(" ".join(script_and_args))
        self.watch_paths = watch_paths
        self.preserve = preserve
        colors = _colors()
        self.blue, self.green, self.red, self.reset = (
            ("\x1b[34m", "\x1b[32m", "\x1b[31m", "\x1b[39m") if colors else ("", "", "", ""))
        self.clear = "\x1bc" if colors else ""
        self.entry = os.path.abspath(script_and_args[0]) if script_and_args else None
        self.child: subprocess.Popen | None = None
        self.reports = -1
        self.watched: dict[str, object] = {}
        self.pending = b""

    def _say(self, text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    def _watch(self, path: str) -> None:
        if path not in self.watched:
            self.watched[path] = _signature(path)

    def start(self) -> None:
        self.watched = {}
        self.pending = b""
        if self.watch_paths:
            for path in _files_under(self.watch_paths):
                self._watch(path)
            self.child = subprocess.Popen([sys.executable, "-m", "noderun", *self.argv])
            return
        if self.entry is not None:
            self._watch(self.entry)
        read_end, write_end = os.pipe()
        env = dict(os.environ, NODERUN_WATCH_FD=str(write_end))
        try:
            self.child = subprocess.Popen([sys.executable, "-m", "noderun", *self.argv], env=env,
                                          pass_fds=(write_end,))
        finally:
            os.close(write_end)
        self.reports = read_end

    def _read_reports(self) -> None:
        if self.reports < 0:
            return
        while select.select([self.reports], [], [], 0)[0]:
            data = os.read(self.reports, 65536)
            if not data:
                os.close(self.reports)
                self.reports = -1
                break
            self.pending += data
        *lines, self.pending = self.pending.split(b"\n")
        for line in lines:
            self._watch(os.fsdecode(line))

    def _changed(self) -> bool:
        if self.watch_paths and any(path not in self.watched for path in _files_under(self.watch_paths)):
            return True   # a new file under a watched directory
        return any(_signature(path) != signature for path, signature in self.watched.items())

    def _settle(self) -> None:
        """Wait until the watched files stop changing, so that one save makes one restart."""
        deadline = time.monotonic() + 10 * SETTLE_SECONDS
        while time.monotonic() < deadline:
            for path in list(self.watched):
                self.watched[path] = _signature(path)
            time.sleep(SETTLE_SECONDS)
            if not self._changed():
                return

    def stop(self) -> None:
        self._read_reports()
        if self.reports >= 0:
            os.close(self.reports)
            self.reports = -1
        if self.child is not None and self.child.poll() is None:
            self.child.send_signal(self.kill_signal)
            try:
                self.child.wait(timeout=KILL_GRACE_SECONDS)
            except subprocess.TimeoutExpired:   # a program still starting up may miss the signal
                self.child.kill()
                self.child.wait()

    def run(self) -> int:
        self.start()
        reported_exit = False
        while True:
            time.sleep(POLL_SECONDS)
            self._read_reports()
            if not reported_exit and self.child.poll() is not None:
                self._read_reports()
                reported_exit = True
                waiting = "Waiting for file changes before restarting..."
                if self.child.returncode == 0:
                    self._say(f"{self.blue}Completed running {self.command}. {waiting}{self.reset}\n")
                else:
                    self._say(f"{self.red}Failed running {self.command}. {waiting}{self.reset}\n")
            if self._changed():
                self._settle()
                if not self.preserve:
                    self._say(self.clear)
                self._say(f"{self.green}Restarting {self.command}{self.reset}\n")
                self.stop()
                self.start()
                reported_exit = False


def kill_signal(name: str | None) -> signal.Signals | None:
    """--watch-kill-signal's value as node's convertToValidSignal reads it (a name, any case)."""
    if name is None:
        return signal.SIGTERM
    try:
        return signal.Signals[name.upper()]
    except KeyError:
        return None


def supervise(argv: list[str], script_and_args: list[str], watch_paths: list[str], preserve: bool,
              signal_name: str | None = None) -> int:
    chosen = kill_signal(signal_name)
    if chosen is None:   # node's uncaught ERR_UNKNOWN_SIGNAL
        from . import NODE_VERSION
        sys.stderr.write(f"TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: {signal_name} {{\n"
                         f"  code: 'ERR_UNKNOWN_SIGNAL'\n}}\n\nNode.js {NODE_VERSION}\n")
        return 1
    supervisor = Supervisor(argv, script_and_args, watch_paths, preserve, chosen)

    def on_signal(signum, frame):
        raise _Stopped   # unwinds whatever the loop was doing (a poll of the child included)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, signal.default_int_handler)   # cli.main gave it its default action
    try:
        return supervisor.run()
    except (KeyboardInterrupt, _Stopped):
        supervisor.stop()
        return 0


class _Stopped(Exception):
    """SIGTERM reached the supervisor."""
