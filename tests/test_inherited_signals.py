"""Signals the parent process left ignored (nohup's SIGHUP, a shell's SIGINT and SIGQUIT for a
background job): node gives them their default action again at start, so a `process.on` listener
hears them and, without one, the signal ends the process. noderun must do the same, and ignore
SIGPIPE and SIGXFSZ as node does."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from oracle import NODE  # the reference node v24.12.0, or None

NODERUN = [sys.executable, "-m", "noderun"]

LISTENS = "process.on('{0}', () => console.log('heard {0}')); process.kill(process.pid, '{0}');" \
          "setTimeout(() => console.log('still running'), 100)"
DOES_NOT_LISTEN = "process.kill(process.pid, '{0}'); setTimeout(() => console.log('still running'), 100)"


def _run_with_ignored(command: list[str], source: str, ignored: signal.Signals) -> subprocess.CompletedProcess:
    def ignore():   # in the child, before exec: as nohup or a shell's background job leaves it
        signal.signal(ignored, signal.SIG_IGN)
    return subprocess.run(command + ["-e", source], preexec_fn=ignore, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGTERM])
@pytest.mark.parametrize("program", [LISTENS, DOES_NOT_LISTEN], ids=["listener", "no-listener"])
def test_an_inherited_ignored_signal_is_heard_as_node_hears_it(signum, program):
    source = program.format(signum.name)
    ours = _run_with_ignored(NODERUN, source, signum)
    if program is LISTENS:
        assert (ours.returncode, ours.stdout) == (0, f"heard {signum.name}\nstill running\n"), ours.stderr
    else:
        assert (ours.returncode, ours.stdout) == (-signum, ""), ours.stderr
    if NODE:
        node = _run_with_ignored([NODE], source, signum)
        assert (ours.returncode, ours.stdout) == (node.returncode, node.stdout)


@pytest.mark.parametrize("signum", [signal.SIGPIPE, signal.SIGXFSZ])
def test_sigpipe_and_sigxfsz_are_ignored_as_node_ignores_them(signum):
    """Whatever the parent left (here the default action), as node: sent to itself, nothing happens."""
    source = DOES_NOT_LISTEN.format(signum.name)
    ours = subprocess.run(NODERUN + ["-e", source], capture_output=True, text=True, timeout=60)
    assert (ours.returncode, ours.stdout) == (0, "still running\n"), ours.stderr
    if NODE:
        node = subprocess.run([NODE, "-e", source], capture_output=True, text=True, timeout=60)
        assert (node.returncode, node.stdout) == (0, "still running\n")
