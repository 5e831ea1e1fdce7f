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
            extra = {fd: source for fd, source in child_fds.items() if fd > 2}
            self._popen = subprocess.Popen(
                args, executable=file, cwd=cwd, env=env,
                stdin=child_fds.get(0), stdout=child_fds.get(1), stderr=child_fds.get(2),
                # extra descriptors go to their numbers in the child (what Popen cannot do by
                # itself); Popen would close them after that hook, so it closes nothing: what
                # else is open here is close-on-exec (PEP 446), as libuv relies on too
                close_fds=not extra, preexec_fn=_place_fds(extra) if extra else None,
                start_new_session=detached, user=uid, group=gid)
        except OSError as exc:
            # as with libuv, whose child fails at exec: the pipes were made and their other
            # ends are closed now, so the caller's streams see their end
            return parent_ends, exc
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
