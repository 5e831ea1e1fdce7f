"""The main Python thread's wait while JS runs elsewhere, woken by every signal the process gets.

CPython runs a signal's Python handler only on the main thread, and only when that thread next
executes bytecode. A signal the kernel delivers to another thread (any JS thread, worker or pool
thread that does not block it) does not interrupt the main thread's lock or event wait: its
handler would wait for as long as the program runs (a process was seen ignoring SIGTERM for 45
minutes). So the main thread sleeps in epoll on the process's signal wake-up descriptor
(`set_wakeup_fd`, written by CPython's C-level handler from whichever thread the signal
hit) and on a descriptor that says the JS thread is done: each signal wakes it, and its handler
runs at once.
"""

from __future__ import annotations

import os
import select
import sys
# (not threading, which imports functools and collections: DESIGN.md, start-up)
import _thread

# (`_signal`, the C module under `signal`, whose import costs 3 ms of start-up in enums)
from _signal import set_wakeup_fd


# The main Python thread, the one signal handlers run on: threading's, when it was imported; else
# this one, as threading itself takes the thread that imports it (noderun's start imports this
# module on the main thread).
_MAIN_THREAD = sys.modules["threading"].main_thread().ident if "threading" in sys.modules else _thread.get_ident()


def on_main_thread() -> bool:
    """Whether the caller runs on the main Python thread (threading.main_thread())."""
    return _thread.get_ident() == _MAIN_THREAD


def sleep_until(done_fd: int) -> bool:
    """Sleep until `done_fd` is readable, running signal handlers as signals come. Returns False
    (without waiting) when not on the main thread, where handlers cannot run anyway."""
    if not on_main_thread():
        return False
    read_fd, write_fd = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    previous = set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    try:
        with select.epoll() as selector:
            selector.register(done_fd, select.EPOLLIN)
            selector.register(read_fd, select.EPOLLIN)
            while True:
                ready = [fd for fd, _ in selector.poll()]   # handlers run here, on the way out
                if done_fd in ready:
                    return True
                try:
                    while os.read(read_fd, 512):
                        pass
                except BlockingIOError:
                    pass
    finally:
        set_wakeup_fd(previous)
        os.close(read_fd)
        os.close(write_fd)
