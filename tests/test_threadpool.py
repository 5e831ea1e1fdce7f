"""host/threadpool.py: a job queued behind a long one on a pool that may still grow gets a thread
of its own. The pool starts its threads on demand; one it has just woken for a job must not still
count as idle for the next job (on a busy machine it runs late), or that job waits for the first."""

from __future__ import annotations

import sys
import threading

from noderun.host.threadpool import ThreadPool


class _Loop:
    """What the pool needs of a loop: a reference count and a post that runs the callback here."""

    def __init__(self) -> None:
        self.refs = 0

    def ref(self) -> None:
        self.refs += 1

    def unref(self) -> None:
        self.refs -= 1

    def post(self, callback) -> None:
        callback()


def test_a_short_job_does_not_wait_behind_a_long_one_on_a_thread_just_woken():
    pool, loop = ThreadPool(4), _Loop()
    first_done, release, short_done = threading.Event(), threading.Event(), threading.Event()
    pool.submit(loop, lambda: None, lambda result, error: first_done.set())
    assert first_done.wait(30)
    while pool._idle != 1:   # the pool's one thread is back waiting
        threading.Event().wait(0.001)
    switch = sys.getswitchinterval()
    sys.setswitchinterval(100)   # both submits before the woken thread runs, as on a busy machine
    try:
        pool.submit(loop, release.wait, lambda result, error: None)   # the long job
        pool.submit(loop, lambda: None, lambda result, error: short_done.set())
    finally:
        sys.setswitchinterval(switch)
    try:
        assert short_done.wait(30), "the short job waited for the long one to finish"
    finally:
        release.set()
