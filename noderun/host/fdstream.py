"""A pipe or terminal descriptor as a stream on one loop (libuv's uv_pipe_open / uv_tty_init on
an existing fd); no Node knowledge. Sockets are tcp.py's: this handle reads and writes with
os.read / os.write, which a socket does not need.

`FdStreamHandle` has the stream half of TCPHandle's interface, so the same callers drive both:
`read_start(on_read)` / `read_stop` (on_read gets bytes, b"" at end of input, or an OSError),
`write(data, on_written)` (True when it all went at once, else queued and `on_written(error)`
later), `try_write(data)` (what goes at once, queueing nothing), `shutdown(on_done)`, `close(callback)`, `bytes_read` / `bytes_written`,
`write_queue_size`. Plus what a terminal or a process's own output needs: `set_blocking`
(every write completes at the call, as node makes terminal output), `flush` (write out the queue
now, waiting for the reader) and the terminal's `window_size` / `set_raw_mode`.

A descriptor of its own (a terminal, reopened by name as libuv does, or one passed to it) is
made non-blocking while the handle lives and its flags restored when it closes. A shared pipe
(the process's stdin / stdout, which the shell, a parent or a child may share) keeps its flags:
its writes ask poll first and write at most PIPE_BUF bytes, so they never block either.
Descriptors 0-2 are never closed (libuv's rule); others are closed with the handle.
"""

from __future__ import annotations

import os
from _collections import deque   # (collections.deque itself: the package costs 2 ms)
import select

from .loop import ERRORS, READABLE, WRITABLE, EventLoop, Handle

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable

_READ_SIZE = 64 * 1024


class FdStreamHandle(Handle):
    def __init__(self, loop: EventLoop, fd: int, terminal: bool = False) -> None:
        super().__init__(loop)
        self.fd = fd
        self.terminal = terminal
        self._own_fd = fd > 2
        if terminal:
            reopened = _reopen_terminal(fd)
            if reopened is not None:
                self.fd, self._own_fd = reopened, True
        import fcntl   # (a C extension: only a stream over a pipe, socket or terminal needs it)
        self._flags = fcntl.fcntl(self.fd, fcntl.F_GETFL)
        # Only a descriptor of our own is made non-blocking. A shared pipe keeps its flags: a
        # child that inherits it, or the shell's next command, would otherwise get EAGAIN from
        # its own writes. Its writes are made non-blocking by asking poll first (see _write_some).
        self._ask_first = not self._own_fd and not self._flags & os.O_NONBLOCK
        if not self._ask_first and not self._flags & os.O_NONBLOCK:
            fcntl.fcntl(self.fd, fcntl.F_SETFL, self._flags | os.O_NONBLOCK)
        self._poll = select.poll()
        self._poll.register(self.fd, select.POLLOUT)
        self._blocking = False
        self._on_read: Callable | None = None
        self._writes: deque = deque()   # [memoryview, callback]
        self._shutdown: Callable | None = None
        self._saved_mode: list | None = None   # termios attributes before raw mode
        self.bytes_read = 0
        self.bytes_written = 0

    def sockname(self):
        return None

    def peername(self):
        return None

    # -- reading ------------------------------------------------------------------------------

    def read_start(self, on_read: Callable) -> None:
        self._on_read = on_read
        self._update(self._events | READABLE)

    def read_stop(self) -> None:
        self._on_read = None
        self._update(self._events & ~READABLE)

    def _read(self) -> bool:
        """Read once; True when bytes came but fewer than asked for (the pipe is empty now)."""
        try:
            data = os.read(self.fd, _READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return False
        except OSError as exc:
            on_read = self._on_read
            self.read_stop()
            on_read(exc)
            return False
        if not data:
            on_read = self._on_read
            self.read_stop()
            on_read(b"")
            return False
        self.bytes_read += len(data)
        self._on_read(data)
        return len(data) < _READ_SIZE

    # -- writing ------------------------------------------------------------------------------

    @property
    def write_queue_size(self) -> int:
        return sum(len(view) for view, _ in self._writes)

    def set_blocking(self, blocking: bool) -> None:
        """Blocking: each write is finished when `write` returns (it waits for the reader)."""
        self._blocking = blocking
        if blocking:
            self.flush()

    def try_write(self, data) -> int:
        """Write what the descriptor takes of `data` (any buffer) now, queueing nothing (all of it
        when blocking): the number of bytes written (0 while earlier writes wait, or on an error,
        which a `write` of the rest then meets and reports)."""
        if self._writes or self.closed:
            return 0
        view = memoryview(data).cast("B")
        try:
            rest = self._write_now(view, wait=self._blocking)
        except OSError as exc:
            return getattr(exc, "written", 0)
        return len(view) - len(rest)

    def write(self, data: bytes, on_written: Callable) -> bool:
        view = memoryview(data)
        if not self._writes:
            try:
                view = self._write_now(view, wait=self._blocking)
            except OSError as exc:
                self.loop.defer(lambda exc=exc: on_written(exc))
                return False
            if not view:
                return True
        self._writes.append([view, on_written])
        self._update(self._events | WRITABLE)
        return False

    def _write_now(self, view: memoryview, wait: bool) -> memoryview:
        """Write what the descriptor takes now (all of it when `wait`, waiting for the reader);
        returns the rest. An error says in its `written` how much went before it."""
        start = len(view)
        while view:
            try:
                written = self._write_some(view)
            except OSError as exc:
                exc.written = start - len(view)
                raise
            if written == 0:
                if not wait:
                    return view
                self._poll.poll()
                continue
            self.bytes_written += written
            view = view[written:]
        return view

    def _write_some(self, view: memoryview) -> int:
        """One write that cannot block: 0 when the descriptor takes nothing now. On a shared
        blocking pipe: only when poll says it has room, and at most PIPE_BUF bytes, which a pipe
        with room takes whole at once."""
        if self._ask_first:
            if not self._poll.poll(0):
                return 0
            view = view[:select.PIPE_BUF]
        try:
            return os.write(self.fd, view)
        except (BlockingIOError, InterruptedError):
            return 0

    def flush(self) -> None:
        """Write the whole queue now, waiting for the reader; a failed write drops the rest."""
        if self.closed or not self._writes:
            return
        try:
            while self._writes:
                self._writes[0][0] = self._write_now(self._writes[0][0], wait=True)
                _, callback = self._writes.popleft()
                self.loop.defer(lambda callback=callback: callback(None))
        except OSError as exc:
            self._fail_writes(exc)
        self._update(self._events & ~WRITABLE)
        if self._shutdown is not None:
            self._do_shutdown()

    def _flush_ready(self) -> None:
        while self._writes:
            entry = self._writes[0]
            try:
                entry[0] = self._write_now(entry[0], wait=False)
            except OSError as exc:
                self._fail_writes(exc)
                return
            if entry[0]:
                return
            self._writes.popleft()
            entry[1](None)
            if self.closed:
                return
        self._update(self._events & ~WRITABLE)
        if self._shutdown is not None:
            self._do_shutdown()

    def _fail_writes(self, exc: OSError) -> None:
        failed = list(self._writes)
        self._writes.clear()
        self._update(self._events & ~WRITABLE)
        for _, callback in failed:
            callback(exc)

    def shutdown(self, on_done: Callable) -> None:
        """The end of what is written: a pipe or terminal cannot be half-closed, so this only
        waits for the queue to be written."""
        self._shutdown = on_done
        if not self._writes:
            self._do_shutdown()
        else:
            self._refresh()

    def _do_shutdown(self) -> None:
        on_done, self._shutdown = self._shutdown, None
        self.loop.defer(lambda: on_done(None))
        self._refresh()

    # -- terminal -----------------------------------------------------------------------------

    def window_size(self) -> tuple[int, int] | None:
        """(columns, rows) of the terminal, None when it cannot say."""
        try:
            size = os.get_terminal_size(self.fd)
        except OSError:
            return None
        return size.columns, size.lines

    def set_raw_mode(self, raw: bool) -> None:
        """Raw input (no line editing, echo or signal keys) as libuv's UV_TTY_MODE_RAW, or back to
        the mode the terminal had before."""
        import termios
        if raw:
            if self._saved_mode is None:
                self._saved_mode = termios.tcgetattr(self.fd)
                _raw_terminals[self.fd] = self._saved_mode
            mode = termios.tcgetattr(self.fd)
            mode[0] &= ~(termios.BRKINT | termios.ICRNL | termios.INPCK | termios.ISTRIP | termios.IXON)
            mode[1] |= termios.ONLCR
            mode[2] |= termios.CS8
            mode[3] &= ~(termios.ECHO | termios.ICANON | termios.IEXTEN | termios.ISIG)
            mode[6][termios.VMIN] = 1
            mode[6][termios.VTIME] = 0
            termios.tcsetattr(self.fd, termios.TCSADRAIN, mode)
        elif self._saved_mode is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved_mode)
            self._saved_mode = None
            _raw_terminals.pop(self.fd, None)

    # -- readiness ----------------------------------------------------------------------------

    def _update(self, events: int) -> None:
        if self.closed:
            return
        self._watch(self.fd, events)
        self._refresh()

    def _refresh(self) -> None:
        self._set_active(not self.closed and (bool(self._events) or self._shutdown is not None))

    def _ready(self, events: int) -> None:
        if events & (READABLE | ERRORS) and self._on_read is not None and not self.closed:
            partial = self._read()
            # the writer is gone and the pipe is now empty: the end of input comes with the last
            # bytes, in the same callback, while still reading (libuv's POLLHUP short-cut)
            if partial and events & select.EPOLLHUP and self._on_read is not None and not self.closed:
                on_read = self._on_read
                self.read_stop()
                on_read(b"")
        if events & (WRITABLE | ERRORS) and self._writes and not self.closed:
            self._flush_ready()

    def _close(self) -> None:
        self._watch(self.fd, 0)
        self._writes.clear()
        self._on_read = self._shutdown = None
        try:
            if self._saved_mode is not None:
                self.set_raw_mode(False)
            if not self._ask_first:
                import fcntl
                fcntl.fcntl(self.fd, fcntl.F_SETFL, self._flags)
        except OSError:
            pass
        if self._own_fd:
            os.close(self.fd)


# Terminals in raw mode (descriptor -> the mode to restore), from every thread's handles: a process
# that dies of a signal gives them back their mode first, as node resets its stdio (restore_terminals).
_raw_terminals: dict[int, list] = {}


def restore_terminals() -> None:
    """Put every terminal a handle made raw back in its mode (any thread; the process is ending)."""
    import termios
    for fd, mode in list(_raw_terminals.items()):
        try:
            termios.tcsetattr(fd, termios.TCSANOW, mode)
        except (OSError, termios.error):
            pass


def _reopen_terminal(fd: int) -> int | None:
    """A new open file of the terminal on `fd` (its flags are then ours alone), or None."""
    try:
        return os.open(os.ttyname(fd), os.O_RDWR | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        return None
