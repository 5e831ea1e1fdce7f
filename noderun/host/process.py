"""Child process handles (libuv's uv_process_t): start a program, learn of its end on the loop,
send it signals; no Node knowledge.

`ProcessHandle.spawn(file, args, ...)` starts `file` (searched in the child's PATH when it has no
slash) with its descriptors set up from `stdio`, one entry per child descriptor:

  PIPE         a new socketpair (as libuv makes its pipes); the parent's end is returned, for a
               stream handle (host/tcp.py's TCPHandle works on it)
  IGNORE       /dev/null for descriptors 0-2, nothing (closed) above
  None         closed in the child
  an int n     the parent's descriptor n, shared ('inherit' is n == the slot's own number)

`detached` puts the child in a session of its own (setsid), `uid` / `gid` switch its user.
The end is noticed through a pidfd (os.pidfd_open, Linux >= 5.3) watched by the loop, so no
thread waits per child; `on_exit(exit_code, signal_number)` then runs on the loop, once. The
handle refs the loop from spawn until the child is reaped. `kill(signal)` signals through the
pidfd, so a recycled pid is never hit.

A failure to start (ENOENT, EACCES, ...) is returned by spawn, with the pipes made for it.
"""

from __future__ import annotations

import errno
import fcntl
import os
import signal
import socket
from collections.abc import Callable

from .loop import READABLE, EventLoop, Handle

PIPE = "pipe"
IGNORE = "ignore"


class ProcessHandle(Handle):
    def __init__(self, loop: EventLoop) -> None:
        super().__init__(loop)
        self.pid = 0
        self._pidfd: int | None = None
        self._popen = None
        self._on_exit: Callable[[int, int], None] | None = None

    def spawn(self, file: str, args: list[str], *, cwd: str | None, env: dict[str, str] | None,
              stdio: list, detached: bool = False, uid: int | None = None, gid: int | None = None,
              on_exit: Callable[[int, int], None]) -> tuple[list[socket.socket | None], OSError | None]:
        """Start the child. Returns, for each stdio entry, the parent's end of its pipe (or None),
        and the OSError that kept the child from starting (ENOENT, EACCES, ...) or None.
        `args` is the whole argv (args[0] is what the child sees as its name)."""
        self._popen, parent_ends, error = _start(file, args, cwd, env, stdio, detached, uid, gid)
        if error is not None:
            return parent_ends, error
        self.pid = self._popen.pid
        self._on_exit = on_exit
        self._pidfd = os.pidfd_open(self.pid)
        self.loop.watch(self._pidfd, READABLE, self._exited)
        self._set_active(True)
        return parent_ends, None

    def kill(self, signum: int) -> None:
        """Send `signum` (0: only check that the child is there); raises OSError (ESRCH once
        it has ended)."""
        if self._pidfd is None:
            raise ProcessLookupError(3, "No such process")
        signal.pidfd_send_signal(self._pidfd, signum)

    def _exited(self, events: int) -> None:
        code, signum = 0, 0
        try:
            info = os.waitid(os.P_PIDFD, self._pidfd, os.WEXITED | os.WNOHANG)
        except ChildProcessError:   # reaped by someone else: its status is lost
            info = False
        if info is None:
            return   # not ended yet (a spurious wake-up)
        if info:
            if info.si_code == os.CLD_EXITED:
                code = info.si_status
            else:
                signum = info.si_status
        self._popen.returncode = -signum if signum else code   # so that Popen never reaps it again
        self._release()
        on_exit, self._on_exit = self._on_exit, None
        if on_exit is not None:
            on_exit(code, signum)

    def _release(self) -> None:
        if self._pidfd is not None:
            self.loop.unwatch(self._pidfd)
            os.close(self._pidfd)
            self._pidfd = None
        self._set_active(False)

    def _close(self) -> None:
        # a child still running is left running (as node does); Popen reaps it once it ends
        self._on_exit = None
        self._release()
        self._popen = None


def _start(file, args, cwd, env, stdio, detached, uid, gid):
    """Start `file` with its descriptors from `stdio` -> (Popen or None, the parent's pipe ends,
    the OSError that kept it from starting or None)."""
    import subprocess   # lazily: start-up time is a benchmark

    parent_ends: list[socket.socket | None] = []
    child_fds: dict[int, int] = {}    # child descriptor -> descriptor to give it
    to_close: list = []               # our copies of what only the child keeps
    devnull = None
    try:
        for target, entry in enumerate(stdio):
            parent_ends.append(None)
            if entry == PIPE:
                ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
                parent_ends[target] = ours
                to_close.append(theirs)
                child_fds[target] = theirs.fileno()
            elif entry == IGNORE:
                if target <= 2:
                    if devnull is None:
                        devnull = os.open(os.devnull, os.O_RDWR | os.O_CLOEXEC)
                    child_fds[target] = devnull
            elif isinstance(entry, int):
                child_fds[target] = entry
                if target <= 2:
                    # the child's stdio blocks, as libuv leaves it (a shared non-blocking
                    # descriptor would make its reads fail with EAGAIN)
                    os.set_blocking(entry, True)
        extra = {fd: source for fd, source in child_fds.items() if fd > 2}

        def start(argv: list[str], executable: str):
            return subprocess.Popen(
                argv, executable=executable, cwd=cwd, env=env,
                stdin=child_fds.get(0), stdout=child_fds.get(1), stderr=child_fds.get(2),
                # extra descriptors go to their numbers in the child (what Popen cannot do by
                # itself); Popen would close them after that hook, so it closes nothing: what
                # else is open here is close-on-exec (PEP 446), as libuv relies on too
                close_fds=not extra, preexec_fn=_place_fds(extra) if extra else None,
                start_new_session=detached, user=uid, group=gid)

        try:
            popen = start(args, file)
        except OSError as exc:
            if exc.errno != errno.ENOEXEC:
                raise
            # a file the kernel cannot run (a script with no #! line): the shell runs it, as
            # glibc's execvp does for libuv
            popen = start(["/bin/sh", _found(file, env), *args[1:]], "/bin/sh")
    except OSError as exc:
        # as with libuv, whose child fails at exec: the pipes were made and their other
        # ends are closed now, so the caller's streams see their end
        return None, parent_ends, exc
    except BaseException:
        for end in parent_ends:
            if end is not None:
                end.close()
        raise
    finally:
        for theirs in to_close:
            theirs.close()
        if devnull is not None:
            os.close(devnull)
    return popen, parent_ends, None


class SyncResult:
    """What run_sync saw: pid (0 if it did not start), exit code or signal number, the bytes
    read from each pipe (None for the other descriptors), and an error code name (the OSError's,
    ETIMEDOUT, ENOBUFS) or None."""

    def __init__(self) -> None:
        self.pid = 0
        self.status: int | None = None
        self.signal: int | None = None
        self.output: list[bytes | None] | None = None
        self.error: OSError | None = None


def run_sync(file: str, args: list[str], *, cwd: str | None, env: dict[str, str] | None, stdio: list,
             inputs: dict[int, bytes], timeout_ms: int | None, kill_signal: int, max_buffer: float,
             detached: bool = False, uid: int | None = None, gid: int | None = None) -> SyncResult:
    """Run a child to its end, blocking the calling thread (spawnSync; libuv runs a loop of its
    own for it, so does this): write `inputs` to their pipes, read every other pipe, kill it with
    `kill_signal` after `timeout_ms` (ETIMEDOUT) or once a pipe gave more than `max_buffer`
    bytes (ENOBUFS), and wait for its end and the end of its pipes."""
    import selectors
    import time

    result = SyncResult()
    popen, ends, error = _start(file, args, cwd, env, stdio, detached, uid, gid)
    if error is not None:
        for end in ends:
            if end is not None:
                end.close()
        result.error = error
        return result
    result.pid = popen.pid
    output: list[bytes | None] = [None] * len(stdio)
    chunks: dict[int, list[bytes]] = {}   # what the open output pipes gave so far
    sizes: dict[int, int] = {}
    pending: dict[int, memoryview] = {}
    pidfd = os.pidfd_open(popen.pid)
    deadline = time.monotonic() + timeout_ms / 1000 if timeout_ms else None
    killed = False

    def kill() -> None:
        nonlocal killed
        if not killed:
            killed = True
            try:
                signal.pidfd_send_signal(pidfd, kill_signal)
            except OSError:
                pass

    with selectors.DefaultSelector() as selector:
        for fd, end in enumerate(ends):
            if end is None:
                continue
            end.setblocking(False)
            if fd in inputs:   # the child reads it: given its input, then its end
                if inputs[fd]:
                    pending[fd] = memoryview(inputs[fd])
                    selector.register(end, selectors.EVENT_WRITE, fd)
                else:
                    end.shutdown(socket.SHUT_WR)
            else:
                chunks[fd] = []
                sizes[fd] = 0
                selector.register(end, selectors.EVENT_READ, fd)
        selector.register(pidfd, selectors.EVENT_READ, -1)
        exited = False
        while not exited or chunks:
            timeout = None
            if deadline is not None and not killed:
                timeout = max(0.0, deadline - time.monotonic())
            ready = selector.select(timeout)
            if not ready and deadline is not None and not killed and time.monotonic() >= deadline:
                result.error = OSError(110, "ETIMEDOUT")
                kill()
                continue
            for key, _ in ready:
                fd = key.data
                if fd == -1:
                    info = os.waitid(os.P_PIDFD, pidfd, os.WEXITED | os.WNOHANG)
                    if info is not None:
                        exited = True
                        selector.unregister(pidfd)
                        if info.si_code == os.CLD_EXITED:
                            result.status = info.si_status
                        else:
                            result.signal = info.si_status
                        popen.returncode = -info.si_status if result.signal else info.si_status
                    continue
                end = key.fileobj
                if fd in pending:
                    try:
                        sent = end.send(pending[fd])
                    except BlockingIOError:
                        continue
                    except OSError:   # the child closed its end (EPIPE): the rest is dropped
                        sent = len(pending[fd])
                    pending[fd] = pending[fd][sent:]
                    if not pending[fd]:
                        del pending[fd]
                        selector.unregister(end)
                        try:
                            end.shutdown(socket.SHUT_WR)
                        except OSError:
                            pass
                    continue
                try:
                    data = end.recv(65536)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                if not data:
                    selector.unregister(end)
                    output[fd] = b"".join(chunks.pop(fd))
                    continue
                chunks[fd].append(data)
                sizes[fd] += len(data)
                if sizes[fd] > max_buffer and not killed:
                    result.error = OSError(105, "ENOBUFS")
                    kill()
    os.close(pidfd)
    for end in ends:
        if end is not None:
            end.close()
    result.output = output
    return result


def _found(file: str, env: dict[str, str] | None) -> str:
    """The path a file name with no slash has in the child's PATH (where exec found it)."""
    if "/" in file:
        return file
    import shutil
    return shutil.which(file, path=(env if env is not None else os.environ).get("PATH")) or file


def _place_fds(mapping: dict[int, int]) -> Callable[[], None]:
    """The child's hook (after fork, before exec) that puts each source descriptor at its target
    number, first moving every source above all targets so that no move overwrites another."""
    def place() -> None:   # no import here: another thread may hold the import lock at fork
        floor = max(max(mapping), max(mapping.values())) + 1
        staged = {target: fcntl.fcntl(source, fcntl.F_DUPFD_CLOEXEC, floor)
                  for target, source in mapping.items()}
        for target, copy in staged.items():
            os.dup2(copy, target)   # inheritable: it survives exec
        for copy in staged.values():
            os.close(copy)
    return place
