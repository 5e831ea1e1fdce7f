"""Stress test for signals: SIGTERM and SIGINT sent at random moments to noderun processes that
idle, compute, start and stop workers, sleep in Atomics.wait, or wait on stdin and stdout pipes
with their writes queued, many at once on a loaded machine.

node gives these signals their default action when the program does not listen for them: every
process must die of the signal it got (its status says so), whatever its threads were doing at
that moment, start-up included. One window is not noderun's: a SIGINT that arrives while the
Python interpreter itself starts (site imports, before any noderun code runs and gives SIGINT its
default action) is CPython's KeyboardInterrupt and status 1; such outcomes are told apart by their
traceback, whose noderun frames (if any) are all module top levels (imports before cli.main), or,
when CPython ignored that KeyboardInterrupt (raised in an import's clean-up) and the process lived
on, by the KeyboardInterrupt in its faulthandler dump: after noderun takes SIGINT none is raised.
A process that listens for SIGUSR2 gets its listener called on its loop, and still dies of SIGTERM. Never timed: the generous timeouts only turn a process that
ignored its signal into a failure instead of a hang.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from stress_runner import NODERUN, STRESS

MODES = ("idle", "busy", "workers", "atomics", "stdio")
PROCESSES = 240
AT_ONCE = 12


def _kill_at_random(case: tuple[int, str, int]) -> tuple[str, int, int | str]:
    seed, mode, signum = case
    delay = random.Random(seed).uniform(0, 1.5)
    # stdio: a stdin nobody writes to and a stdout nobody reads until the process has ended
    pipes = subprocess.PIPE if mode == "stdio" else subprocess.DEVNULL
    # faulthandler: a process that survives its signal is sent SIGABRT, which dumps every thread's
    # Python stack, so that the failure says where it was
    child = subprocess.Popen(NODERUN + [str(STRESS / "signal_target.js"), mode], cwd=STRESS,
                             stdin=pipes, stdout=pipes, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONFAULTHANDLER": "1"})
    time.sleep(delay)
    child.send_signal(signum)
    try:
        _, stderr = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGABRT)
        try:
            _, stderr = child.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            _, stderr = child.communicate()
        if signum == signal.SIGINT and "KeyboardInterrupt" in stderr:
            # it landed before noderun took SIGINT, and CPython ignored its KeyboardInterrupt
            # ("Exception ignored in ... _get_module_lock"): the interpreter's window, not ours
            return mode, signum, "interpreter start-up"
        return mode, signum, f"survived its signal; its threads: {stderr[-3000:]}"
    if signum == signal.SIGINT and child.returncode == 1 and _interrupted_while_starting(stderr):
        return mode, signum, "interpreter start-up"
    if child.returncode != -signum:   # (what it printed says why)
        return mode, signum, f"exit status {child.returncode}: {stderr[-3000:]}"
    return mode, signum, child.returncode


def _interrupted_while_starting(stderr: str) -> bool:
    """A KeyboardInterrupt raised before noderun gave SIGINT its default action: while Python
    started or imported noderun's first modules (every noderun frame is a module's top level or
    its import finder's), or CPython's own initialisation failing under it ("Fatal Python error:
    init_sys_streams", the runtime only "core initialized"), before any code of noderun's ran."""
    if "Fatal Python error: init_" in stderr and "Python runtime state: core initialized" in stderr:
        return True
    frames = [line for line in stderr.splitlines() if line.lstrip().startswith('File "') and "noderun" in line]
    return (stderr.rstrip().endswith("KeyboardInterrupt")
            and all(line.rstrip().endswith("in <module>") or "noderun/_finder.py" in line for line in frames))


def test_every_process_dies_of_its_sigterm_or_sigint_whatever_its_threads_do():
    cases = [(seed, MODES[seed % len(MODES)], (signal.SIGTERM, signal.SIGINT)[seed // len(MODES) % 2])
             for seed in range(PROCESSES)]
    with ThreadPoolExecutor(AT_ONCE) as pool:
        outcomes = list(pool.map(_kill_at_random, cases))
    wrong = [(mode, signal.Signals(signum).name, status) for mode, signum, status in outcomes
             if status != -signum and status != "interpreter start-up"]
    assert wrong == [], f"{len(wrong)} of {PROCESSES} did not die of their signal: {wrong[:20]}"


def test_listened_signals_reach_the_listener_and_sigterm_still_ends_the_process():
    for _ in range(5):
        child = subprocess.Popen(NODERUN + [str(STRESS / "signal_target.js"), "listener"], cwd=STRESS,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline() == "ready\n"
        for _ in range(20):
            child.send_signal(signal.SIGUSR2)
            time.sleep(0.01)
        time.sleep(0.5)
        child.send_signal(signal.SIGTERM)
        stdout, stderr = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGTERM, stderr
        counts = [int(line.split()[1]) for line in stdout.splitlines()]
        # signals of one kind that arrive together merge (the kernel keeps one pending), so the
        # listener may run fewer than 20 times, but always at least once and always in order
        assert counts and counts == list(range(1, len(counts) + 1)), stdout


def test_a_signal_meeting_the_stdio_module_half_imported_still_gives_terminals_back(monkeypatch):
    # (found by the test above: SIGINT's handler, on the main Python thread, met host/fdstream.py
    # while the JS thread was importing it, and died of an AttributeError instead of the signal)
    import types

    from noderun.node import host_process

    monkeypatch.setitem(sys.modules, "noderun.host.fdstream", types.ModuleType("noderun.host.fdstream"))
    host_process._restore_terminals()   # nothing to restore: no terminal was made raw through it yet
