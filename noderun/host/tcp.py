"""Stream socket handles (libuv's uv_tcp_t and uv_pipe_t): a non-blocking TCP or Unix domain
socket on one loop; no Node knowledge.

A `TCPHandle` is a listening server or a connected stream. Servers: `bind` then `listen`, and
`on_connection(handle, error)` for each accepted connection. Streams: `connect` (or made by a
server), `read_start(on_read)` / `read_stop` (on_read gets bytes, b"" at end of stream, or an
OSError), `write(data, on_written)` (queued in order; `on_written(error)` once the bytes are all in
the kernel), `shutdown(on_done)` (half-close once the queue is written), `close(callback)`.
Every callback runs on the loop's thread, in the poll phase (or the pending phase when the
outcome was known at the call, as libuv defers it). The handle refs its loop while it reads,
listens, connects or has writes or a shutdown pending.
"""

from __future__ import annotations

import errno
import os
import _socket   # socket.py's constants without its enum classes, whose import costs 3-4 ms
import struct
from _collections import deque   # (collections.deque itself: the package costs 2 ms)

from .loop import ERRORS, READABLE, WRITABLE, EventLoop, Handle

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable

_READ_SIZE = 64 * 1024


class TCPHandle(Handle):
    def __init__(self, loop: EventLoop, sock: socket.socket | None = None) -> None:
        super().__init__(loop)
        self.sock = sock
        if sock is not None:
            sock.setblocking(False)
        self._on_read: Callable | None = None
        self._reader = None   # read_start
        self._on_connection: Callable | None = None
        self._on_connect: Callable | None = None
        self._writes: deque = deque()   # [memoryview, callback]
        self._shutdown: Callable | None = None
        self.bytes_read = 0
        self.bytes_written = 0
        self._options: list[tuple] = []
        self._bound_path: str | None = None

    # -- sockets ------------------------------------------------------------------------------

    def _socket(self, family: int) -> socket.socket:
        if self.sock is None:
            import socket   # (only a handle that makes its own socket needs socket.py)

            self.sock = socket.socket(family, _socket.SOCK_STREAM | _socket.SOCK_NONBLOCK | _socket.SOCK_CLOEXEC)
            for option in self._options:   # set before there was a socket (setNoDelay before connect)
                self.sock.setsockopt(*option)
        return self.sock

    def _setsockopt(self, *option) -> None:
        if self.sock is None:
            self._options.append(option)
        else:
            self.sock.setsockopt(*option)

    def bind(self, host: str, port: int, family: int, ipv6_only: bool = False, reuse_port: bool = False) -> None:
        sock = self._socket(family)
        sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)   # as libuv does
        if reuse_port:   # several sockets, each with its own accept queue, on one port
            sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEPORT, 1)
        if family == _socket.AF_INET6:
            sock.setsockopt(_socket.IPPROTO_IPV6, _socket.IPV6_V6ONLY, 1 if ipv6_only else 0)
        sock.bind((host, port))

    def bind_path(self, path: str) -> None:
        """A Unix domain socket at `path`, removed again when the handle closes (as libuv does)."""
        self._socket(_socket.AF_UNIX).bind(path)
        self._bound_path = path

    def listen(self, backlog: int, on_connection: Callable) -> None:
        self.sock.listen(backlog)
        self._on_connection = on_connection
        self._update(READABLE)

    def connect(self, host: str, port: int, family: int, on_connect: Callable) -> None:
        """Connect to host:port, or to the Unix domain socket at `host` when family is AF_UNIX."""
        sock = self._socket(family)
        error = sock.connect_ex(host if family == _socket.AF_UNIX else (host, port))
        if error in (0, errno.EINPROGRESS):
            self._on_connect = on_connect
            self._update(self._events | WRITABLE)
            return
        # known at once (ECONNREFUSED on loopback): told in the next pending phase, as libuv does
        self.loop.defer(lambda: on_connect(_os_error(error)))

    def sockname(self):
        return self.sock.getsockname() if self.sock is not None else None

    def peername(self):
        try:
            return self.sock.getpeername()
        except (OSError, AttributeError):
            return None

    def set_no_delay(self, enable: bool) -> None:
        if self.sock is not None and self.sock.family == _socket.AF_UNIX:
            return
        self._setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1 if enable else 0)

    def set_keep_alive(self, enable: bool, delay_s: int) -> None:
        if self.sock is not None and self.sock.family == _socket.AF_UNIX:
            return   # (libuv's pipes have no keep-alive: node ignores it there, as TCP_NODELAY)
        self._setsockopt(_socket.SOL_SOCKET, _socket.SO_KEEPALIVE, 1 if enable else 0)
        if enable and delay_s > 0:
            self._setsockopt(_socket.IPPROTO_TCP, _socket.TCP_KEEPIDLE, delay_s)

    # -- reading ------------------------------------------------------------------------------

    def read_start(self, on_read: Callable, reader=None) -> None:
        """Call on_read for each read. A `reader`, when given, does the reads that bring bytes
        itself (the caller's faster way: engine/fastio.c): `reader.read()` returns what it read
        (> 0), 0 at the end of the stream or -errno, and on_read then gets only the end (b"") and
        errors; `reader.stop()` when reading stops."""
        if self._reader is not None and self._reader is not reader:
            self._reader.stop()
        self._on_read = on_read
        self._reader = reader
        self._update(self._events | READABLE)

    def read_stop(self) -> None:
        if self._reader is not None:
            self._reader.stop()
        self._on_read = self._reader = None
        self._update(self._events & ~READABLE)

    # -- writing ------------------------------------------------------------------------------

    @property
    def write_queue_size(self) -> int:
        return sum(len(view) for view, _ in self._writes)

    def try_write(self, data) -> int:
        """Send what the kernel takes of `data` (any buffer) now, queueing nothing: the number of
        bytes sent (0 while earlier writes wait, when it would block, or on an error, which a
        `write` of the rest then meets and reports)."""
        if self._writes or self.sock is None:
            return 0
        try:
            sent = self.sock.send(data)
        except OSError:
            return 0
        self.bytes_written += sent
        return sent

    def write(self, data: bytes, on_written: Callable) -> bool:
        """Write `data`: True when it all went to the kernel at once (then on_written is never
        called: the caller completes the write itself, as node does for a write libuv finished
        synchronously), else it is queued and `on_written(error)` runs later."""
        view = memoryview(data)
        if not self._writes:
            try:
                sent = self.sock.send(view)
            except BlockingIOError:
                sent = 0
            except OSError as exc:
                self.loop.defer(lambda error=exc: on_written(error))
                return False
            self.bytes_written += sent
            view = view[sent:]
            if not view:
                return True
        self._writes.append([view, on_written])
        self._update(self._events | WRITABLE)
        return False

    def shutdown(self, on_done: Callable) -> None:
        self._shutdown = on_done
        if not self._writes:
            self._do_shutdown()
        else:
            self._refresh()

    def _do_shutdown(self) -> None:
        on_done, self._shutdown = self._shutdown, None
        try:
            self.sock.shutdown(_socket.SHUT_WR)
            error = None
        except OSError as exc:
            error = exc
        self.loop.defer(lambda: on_done(error))
        self._refresh()

    # -- readiness ----------------------------------------------------------------------------

    def _update(self, events: int) -> None:
        if self.closed:
            return
        self._watch(self.sock.fileno(), events)
        self._refresh()

    def _refresh(self) -> None:
        self._set_active(not self.closed and (bool(self._events) or self._shutdown is not None))

    def _ready(self, events: int) -> None:
        if events == READABLE and self._on_read is not None:   # the common case: bytes came
            self._read()
            return
        if self._on_connect is not None and events & (WRITABLE | ERRORS):
            self._connected()
            return
        if events & (READABLE | ERRORS) and not self.closed:
            if self._on_connection is not None:
                self._accept()
            elif self._on_read is not None:
                self._read()
        if events & (WRITABLE | ERRORS) and self._writes and not self.closed:
            self._flush()

    def _connected(self) -> None:
        on_connect, self._on_connect = self._on_connect, None
        error = self.sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        self._update(self._events & ~WRITABLE if not self._writes else self._events)
        on_connect(_os_error(error) if error else None)

    def _accept(self) -> None:
        for _ in range(64):   # a burst of connections, but let the rest of the loop run too
            try:
                conn, _ = self.sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno in (errno.ECONNABORTED, errno.EPROTO):
                    continue
                self._on_connection(None, exc)
                return
            self._on_connection(TCPHandle(self.loop, conn), None)
            if self.closed or self._on_connection is None:
                return

    def _read(self) -> None:
        if self._reader is not None:
            count = self._reader.read()
            if count > 0:
                self.bytes_read += count
                return
            if count == -errno.EAGAIN or count == -errno.EINTR:
                return
            data = b"" if count == 0 else _os_error(-count)
            on_read = self._on_read
            self.read_stop()
            on_read(data)
            return
        try:
            data = self.sock.recv(_READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            on_read = self._on_read
            self.read_stop()
            on_read(exc)
            return
        if not data:
            on_read = self._on_read
            self.read_stop()
            on_read(b"")
            return
        self.bytes_read += len(data)
        self._on_read(data)

    def _flush(self) -> None:
        while self._writes:
            entry = self._writes[0]
            try:
                sent = self.sock.send(entry[0])
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                failed = list(self._writes)
                self._writes.clear()
                self._update(self._events & ~WRITABLE)
                for _, callback in failed:
                    callback(exc)
                return
            self.bytes_written += sent
            entry[0] = entry[0][sent:]
            if entry[0]:
                return
            self._writes.popleft()
            entry[1](None)
            if self.closed:
                return
        self._update(self._events & ~WRITABLE)
        if self._shutdown is not None:
            self._do_shutdown()

    def reset(self, callback: Callable[[], None] | None = None) -> None:
        """Close with a reset: the peer gets an RST (ECONNRESET), not an end of stream (libuv's
        uv_tcp_close_reset: SO_LINGER with a zero timeout, then close)."""
        if self.sock is not None and not self.closed:
            try:
                self.sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
        self.close(callback)

    def _close(self) -> None:
        if self.sock is None:
            return
        self._watch(self.sock.fileno(), 0)
        if self._reader is not None:
            self._reader.stop()
            self._reader = None
        self._writes.clear()
        self._on_read = self._on_connection = self._on_connect = self._shutdown = None
        self.sock.close()
        if self._bound_path is not None:
            try:
                os.unlink(self._bound_path)
            except OSError:
                pass


def _os_error(number: int) -> OSError:
    return OSError(number, errno.errorcode.get(number, "unknown error"))
