"""JSThread: one OS thread = one QuickJS runtime + context + event loop. Main thread and workers alike.

The thread knows nothing about Node: it is handed a `bootstrap(thread) -> LoopHooks` callable from
above (node.bootstrap.main for the main thread, node.bootstrap.worker for workers) that installs
the globals and runs the entry point, then the thread runs its loop until nothing ref'd is left or
someone calls `exit`. The runtime is created on the thread that runs it (QuickJS records the stack
top of its creating thread) and freed there, after every handle held from Python.

States: NEW -> RUNNING -> EXITING -> STOPPED, written only by the thread itself, except `terminate`
which any thread may call.
"""

from __future__ import annotations

import os
import sys
import time
# (not threading, which imports functools and collections: DESIGN.md, start-up)
import _thread

from ..engine.host_functions import HostExit
from ..engine.runtime import Context, Runtime
from . import signals
from .loop import EventLoop, LoopHooks

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable


# Room on an OS thread's stack beyond the JS stack limit, for the Python and C frames of the host
# between the thread's start and the JS it runs (and re-entered host functions).
HOST_STACK_MARGIN = 16 * 1024 * 1024
_stack_size_lock = _thread.allocate_lock()


class _Latch:
    """A flag set once, that any number of threads wait for (threading.Event, for one `set`)."""

    def __init__(self) -> None:
        self._unset = _thread.allocate_lock()
        self._unset.acquire()

    def set(self) -> None:
        self._unset.release()

    def wait(self, timeout: float | None = None) -> bool:
        if not self._unset.acquire(timeout=-1 if timeout is None else max(timeout, 0)):
            return False
        self._unset.release()   # (for the next waiter)
        return True


class State:
    NEW = "new"
    RUNNING = "running"
    EXITING = "exiting"
    STOPPED = "stopped"


def _waits_if_used():
    """host/waits.py once some thread has used it (an Atomics wait): before that no thread has a
    wait to end, and a start need not load it. (Imported, not only looked up, when it is there: an
    import still running on another thread is waited for.)"""
    if "noderun.host.waits" not in sys.modules:
        return None
    from . import waits
    return waits


class JSThread:
    def __init__(self, bootstrap: Callable[["JSThread"], LoopHooks], *, name: str = "main",
                 memory_limit: int = 0, stack_size: int | None = None, process_ends_with_it: bool = False):
        self.bootstrap = bootstrap
        self.name = name
        # True for the command's main thread: the process ends when it does, so its context and
        # runtime are left to the OS (freeing them, a full collection then every object, costs
        # 3% of a hello world's start); its realm still closes what it holds
        self.process_ends_with_it = process_ends_with_it
        self.memory_limit = memory_limit
        self.stack_size = stack_size
        self.loop = EventLoop()
        self.runtime: Runtime | None = None
        self.context: Context | None = None
        self.realm = None            # what the bootstrap built on this thread (it frees it)
        self.exit_code = 0
        self.state = State.NEW
        self.terminated = False
        self.entered = False         # the thread's own code has begun (see enter)
        self.on_stopped: Callable[["JSThread"], None] | None = None
        self._os_thread: tuple[int, int] | None = None   # its (ident, native id), once it runs
        self._stopped = _Latch()
        self._runtime_lock = _thread.allocate_lock()   # terminate() from another thread vs. teardown
        self._ended = False                      # set under _runtime_lock when the OS thread is done
        self._done_fd: int | None = None          # written when it is done (run_on_new_thread)

    # -- running ---------------------------------------------------------------------------------

    def run(self) -> int:
        """Run on the calling thread until the JS program ends; returns its exit code."""
        with self._runtime_lock:   # terminate() either sees the runtime or is seen here
            terminated_first = self.terminated
            if not terminated_first:
                self.runtime = Runtime(memory_limit=self.memory_limit, stack_size=self.stack_size)
        if terminated_first:   # terminate() won the race: nothing runs, and node's exit code is 0
            self._teardown()
            return self.exit_code
        self.context = Context(self.runtime)
        self.context.host = self
        self.state = State.RUNNING
        try:
            hooks = self._guard_exit(self.bootstrap, self)
            if hooks is not None and not self.loop.stopped:
                self._guard_exit(self.loop.run, hooks)
            if hooks is not None and self.state is State.RUNNING and not self.terminated:
                self.state = State.EXITING
                self._guard_exit(hooks.at_exit)
        except BaseException:
            # a fault of the host itself (not of the JS program): the traceback is printed as the
            # thread ends, and the exit code must not say that all went well
            self.exit_code = self.exit_code or 1
            raise
        finally:
            if self.terminated and self.entered:
                self.exit_code = 1
            self._teardown()
        return self.exit_code

    def start(self) -> None:
        """Run on a new OS thread whose stack holds the JS stack limit (QuickJS-ng frames are large:
        about 1.7 KiB of C stack per JS call, so node-like recursion depth needs tens of MiB)."""
        os_stack = (self.stack_size or 1024 * 1024) + HOST_STACK_MARGIN
        with _stack_size_lock:
            previous = _thread.stack_size(os_stack)
            try:
                _thread.start_new_thread(self._run_os_thread, ())
            finally:
                _thread.stack_size(previous)

    def _run_os_thread(self) -> None:
        with self._runtime_lock:
            self._os_thread = (_thread.get_ident(), _thread.get_native_id())
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException:   # a fault of the host: reported as threading.Thread reports it
            if sys.stderr is not None:
                import traceback
                sys.stderr.write(f"Exception in thread noderun:{self.name}:\n")
                traceback.print_exc()
                sys.stderr.flush()

    def run_on_new_thread(self) -> int:
        """Run on a new OS thread and wait for it; returns the exit code. On the main Python
        thread the wait wakes for every signal, so that its handler runs (host/signals.py)."""
        self._done_fd = os.eventfd(0, os.EFD_CLOEXEC)
        try:
            self.start()
            if not signals.sleep_until(self._done_fd):
                self._stopped.wait()
        finally:
            with self._runtime_lock:
                os.close(self._done_fd)
                self._done_fd = None
        return self.exit_code

    def _guard_exit(self, fn: Callable, *args):
        """Run `fn`; an exit requested inside it (process.exit, terminate) just ends it."""
        try:
            return fn(*args)
        except HostExit:
            return None
        except BaseException as exc:
            if self.state is State.EXITING or self.runtime.interrupted or getattr(exc, "uncatchable", False):
                return None
            raise

    # -- ending ----------------------------------------------------------------------------------

    def exit(self, code: int) -> None:
        """End this thread's JS now with `code` (process.exit). Called on the thread itself, from a
        host function: raises HostExit, which unwinds every JS frame uncatchably."""
        self.end(code)
        raise HostExit(code)

    def end(self, code: int) -> None:
        """End this thread with `code` once the host code running returns: no more JS runs on it
        ('exit' listeners included)."""
        self.exit_code = code
        self.state = State.EXITING
        self.loop.stop()

    def enter(self) -> bool:
        """Called by the bootstrap on its own thread just before the thread's own code runs (a
        worker's entry point): False when terminate() came first, and then that code must not
        run. From here on a terminate() makes the exit code 1; before, as node's terminate()
        before its worker has an environment, the thread ends with 0."""
        with self._runtime_lock:
            if self.terminated:
                return False
            self.entered = True
            return True

    def terminate(self) -> None:
        """Stop this thread from another thread: its running JS is interrupted and its loop ended."""
        with self._runtime_lock:
            self.terminated = True
            if self.runtime is not None and self.state is not State.STOPPED:
                self.runtime.request_interrupt()
        self.loop.stop()
        waits = _waits_if_used()
        if waits is not None:
            waits.wake_owner(self)   # a thread blocked in Atomics.wait: its JS is interrupted next

    def cpu_times(self) -> tuple[int, int] | None:
        """(user, system) CPU nanoseconds this thread has used, read from any thread; None before
        its OS thread starts or once it has ended. The total is the thread's CPU clock; it is split
        in the ratio of the scheduler's user and system ticks, as the kernel splits it for
        getrusage(RUSAGE_THREAD) (which only the thread itself may call)."""
        with self._runtime_lock:   # held: the thread cannot end (and its ids be reused) meanwhile
            if self._ended or self._os_thread is None:
                return None
            ident, native_id = self._os_thread
            total = time.clock_gettime_ns(time.pthread_getcpuclockid(ident))
            try:
                with open(f"/proc/self/task/{native_id}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                user_ticks, system_ticks = int(fields[11]), int(fields[12])
            except (OSError, IndexError, ValueError):
                user_ticks, system_ticks = 1, 0
        ticks = user_ticks + system_ticks
        user = total if ticks == 0 else total * user_ticks // ticks
        return user, total - user

    def join(self, timeout: float | None = None) -> bool:
        return self._stopped.wait(timeout)

    def _teardown(self) -> None:
        try:
            waits = _waits_if_used()
            if waits is not None:
                waits.release(self)   # withdraw pending Atomics.waitAsync: notify must not count them
            if self.realm is not None:
                self.realm.free()
            if self.context is not None and not self.process_ends_with_it:
                self.context.free()
            with self._runtime_lock:
                if self.runtime is not None:
                    if not self.process_ends_with_it:
                        self.runtime.free()
                    self.runtime = None
                self._ended = True
        finally:
            self.loop.close()   # its selector and eventfd; posts from now on are dropped
            self.state = State.STOPPED
            self._stopped.set()
            with self._runtime_lock:
                if self._done_fd is not None:
                    os.eventfd_write(self._done_fd, 1)
            if self.on_stopped is not None:
                self.on_stopped(self)
