"""IPC pipe handles (libuv's uv_pipe_t opened with ipc = 1): one end of a Unix stream socket pair
between two processes that carries bytes and, with them, descriptors (SCM_RIGHTS); no Node
knowledge.

`read_start(on_read)`: on_read(data, fds) for each read (fds: the descriptors that came with
those bytes, owned by the caller from then on), on_read(b"", []) at the end, on_read(OSError, [])
on a failure. `write(data, fd, on_written)`: writes are queued in order; `fd` (or None) goes with
the write's first byte, as libuv sends a handle; True when it all went to the kernel at once
(then on_written is never called), else on_written(error) later. The handle refs its loop while
it reads or has writes pending (unless unref'd).
"""

from __future__ import annotations

import array
import collections
import socket
from collections.abc import Callable

from .loop import ERRORS, READABLE, WRITABLE, EventLoop, Handle

_READ_SIZE = 64 * 1024
_MAX_FDS = 16
_ANCILLARY_SIZE = socket.CMSG_SPACE(_MAX_FDS * array.array("i").itemsize)


class IPCPipe(Handle):
    def __init__(self, loop: EventLoop, sock: socket.socket) -> None:
        super().__init__(loop)
        self.sock = sock
        sock.setblocking(False)
        self._on_read: Callable | None = None
        self._writes: collections.deque = collections.deque()   # [memoryview, fd or None, callback]

    def read_start(self, on_read: Callable) -> None:
        self._on_read = on_read
        self._update(self._events | READABLE)

    def read_stop(self) -> None:
        self._on_read = None
        self._update(self._events & ~READABLE)

    @property
    def write_queue_size(self) -> int:
        return sum(len(entry[0]) for entry in self._writes)

    def write(self, data: bytes, fd: int | None, on_written: Callable) -> bool:
        entry = [memoryview(data), fd, on_written]
        if not self._writes:
            try:
                if self._send(entry) and not entry[0]:
                    return True
            except OSError as exc:
                self.loop.defer(lambda: on_written(exc))
                return False
        self._writes.append(entry)
        self._update(self._events | WRITABLE)
        return False

    def _send(self, entry: list) -> bool:
        """Send what the kernel takes of `entry` (its descriptor with the first byte); False when
        it took nothing."""
        view, fd = entry[0], entry[1]
        try:
            if fd is not None:
                sent = self.sock.sendmsg([view], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [fd]))])
                entry[1] = None
            else:
                sent = self.sock.send(view)
        except (BlockingIOError, InterruptedError):
            return False
        entry[0] = view[sent:]
        return True

    def _update(self, events: int) -> None:
        if self.closed:
            return
        self._watch(self.sock.fileno(), events)
        self._set_active(bool(self._events))

    def _ready(self, events: int) -> None:
        if events & (READABLE | ERRORS) and self._on_read is not None:
            self._read()
        if events & (WRITABLE | ERRORS) and self._writes and not self.closed:
            self._flush()

    def _read(self) -> None:
        try:
            data, ancillary, _, _ = self.sock.recvmsg(_READ_SIZE, _ANCILLARY_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            on_read = self._on_read
            self.read_stop()
            on_read(exc, [])
            return
        fds: list[int] = []
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                received = array.array("i")
                received.frombytes(payload[:len(payload) - len(payload) % received.itemsize])
                fds.extend(received)
        if not data:
            on_read = self._on_read
            self.read_stop()
            on_read(b"", fds)
            return
        self._on_read(data, fds)

    def _flush(self) -> None:
        while self._writes:
            entry = self._writes[0]
            try:
                if not self._send(entry):
                    return
            except OSError as exc:
                failed = list(self._writes)
                self._writes.clear()
                self._update(self._events & ~WRITABLE)
                for _, _, callback in failed:
                    callback(exc)
                return
            if entry[0]:
                return
            self._writes.popleft()
            entry[2](None)
            if self.closed:
                return
        self._update(self._events & ~WRITABLE)

    def _close(self) -> None:
        self._watch(self.sock.fileno(), 0)
        self._writes.clear()
        self._on_read = None
        self.sock.close()
