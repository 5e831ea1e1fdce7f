"""The process's thread pool for blocking work (libuv's uv_queue_work): fs calls, later dns.lookup,
zlib and crypto's async functions.

`submit(loop, work, done)` runs `work()` on one of the pool's threads, with no JS, and posts
`done(result, error)` to `loop`, which stays alive until then. The pool has
`UV_THREADPOOL_SIZE` threads (4 by default, 1 to 1024 as libuv clamps it), started on first use.
Jobs are taken in the order they were submitted, from any loop; a job whose loop has ended
meanwhile still runs (it may have started) but its result is dropped with the loop's posts.
"""

from __future__ import annotations

import collections
import os
import threading
from collections.abc import Callable

from .loop import EventLoop

_DEFAULT_SIZE = 4
_MAX_SIZE = 1024


def pool_size() -> int:
    try:
        size = int(os.environ.get("UV_THREADPOOL_SIZE", _DEFAULT_SIZE))
    except ValueError:
        size = _DEFAULT_SIZE
    return min(max(size, 1), _MAX_SIZE)


class ThreadPool:
    def __init__(self, size: int) -> None:
        self.size = size
        self._jobs: collections.deque = collections.deque()
        self._ready = threading.Condition(threading.Lock())
        self._threads: list[threading.Thread] = []
        self._idle = 0   # threads waiting for a job that no submit has woken yet

    def submit(self, loop: EventLoop, work: Callable[[], object],
               done: Callable[[object, BaseException | None], None]) -> None:
        loop.ref()
        with self._ready:
            self._jobs.append((loop, work, done))
            if self._idle:
                # this job's thread: no longer idle for the next submit, which, were it counted
                # until the thread runs (late on a busy machine), would queue behind this one
                # instead of starting a thread while a long job holds the woken one
                self._idle -= 1
                self._ready.notify()
            elif len(self._threads) < self.size:   # grow on demand, up to the size
                thread = threading.Thread(target=self._serve, name="noderun:pool", daemon=True)
                self._threads.append(thread)
                thread.start()

    def _serve(self) -> None:
        while True:
            with self._ready:
                while not self._jobs:   # (woken for a job another thread took: wait again)
                    self._idle += 1
                    self._ready.wait()   # (submit takes it off the idle count when it wakes it)
                loop, work, done = self._jobs.popleft()
            try:
                result, error = work(), None
            except BaseException as exc:   # noqa: BLE001 - handed to the owning loop
                result, error = None, exc
            loop.post(_finish(loop, done, result, error))


def _finish(loop: EventLoop, done: Callable, result, error) -> Callable[[], None]:
    def finish() -> None:
        loop.unref()
        done(result, error)
    return finish


_pool: ThreadPool | None = None
_pool_lock = threading.Lock()


def submit(loop: EventLoop, work: Callable[[], object],
           done: Callable[[object, BaseException | None], None]) -> None:
    """Run `work()` on the process's pool; `done(result, error)` runs later on `loop`'s thread."""
    global _pool
    if _pool is None:
        with _pool_lock:
            if _pool is None:
                _pool = ThreadPool(pool_size())
    _pool.submit(loop, work, done)
