"""Host functions behind process.stdout / stderr / stdin and a Worker's stdio options.

On the main thread a pipe, socket or terminal is a stream handle on the thread's loop (a
host/fdstream.py FdStreamHandle, or a host/tcp.py TCPHandle for a socket), kept in the thread's
table of TCP handles so that net.Socket drives it as any socket (`streamOpen`; node's Pipe and
TTY handles). A file is written synchronously to its descriptor (node's SyncWriteStream), and a
file on stdin is read by a reader thread (below). On a worker, output goes either where the parent's
goes or, when the parent redirected it (`new Worker(f, { stdout: true })`), to an OutputSink that
hands the bytes to the parent's loop (see WorkerStdio); its process.stdin is pulled: each read
request from JS is answered with what an InputQueue holds, fed by the parent's worker.stdin.
"""

from __future__ import annotations

import os
import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

from ..engine.runtime import Context, JSObject
from ..host.fdstream import FdStreamHandle
from .host_output import stdio_type
from .host_process import _uint8_bytes, os_error_info, write_all


class OutputSink:
    """Carries a worker's stdout / stderr output to its parent (see WorkerStdio). Written on the
    worker's thread (or a nested worker's that inherits them); delivered in order on the parent's
    loop, which gets one `deliver(fd, chunks)` call per run of chunks of one stream (each write
    stays a chunk of its own, as each is a 'data' event in node). Everything written before the worker stopped reaches the
    parent before its 'exit', which is posted to the same loop later."""

    def __init__(self, loop, deliver) -> None:
        self._loop = loop
        self._deliver = deliver
        self._lock = _thread.allocate_lock()
        self._chunks: list[tuple[int, bytes]] = []

    def write(self, fd: int, data: bytes) -> None:
        with self._lock:
            self._chunks.append((fd, data))
            first = len(self._chunks) == 1
        if first:   # wake the parent on the edge only; one flush takes all that came meanwhile
            self._loop.post(self._flush)

    def _flush(self) -> None:
        with self._lock:
            chunks, self._chunks = self._chunks, []
        runs: list[tuple[int, list[bytes]]] = []
        for fd, data in chunks:
            if runs and runs[-1][0] == fd:
                runs[-1][1].append(data)
            else:
                runs.append((fd, [data]))
        for fd, parts in runs:
            self._deliver(fd, parts)


class InputQueue:
    """Bytes for a worker's process.stdin: fed from any thread (None ends the input), taken on
    the owner's thread by `request`, which answers through the owner's loop with everything queued
    (or None once the input ended and nothing is left)."""

    def __init__(self) -> None:
        self._lock = _thread.allocate_lock()
        self._chunks: list[bytes] = []
        self._ended = False
        self._waiting = None           # (loop, deliver) of the request not answered yet

    @classmethod
    def empty(cls) -> "InputQueue":
        queue = cls()
        queue._ended = True
        return queue

    def feed(self, data: bytes | None) -> None:
        with self._lock:
            if self._ended or data == b"":
                return
            if data is None:
                self._ended = True
            else:
                self._chunks.append(data)
            waiting = self._waiting
        if waiting is not None:
            waiting[0].post(self._answer)

    def request(self, loop, deliver) -> None:
        with self._lock:
            self._waiting = (loop, deliver)
            ready = bool(self._chunks) or self._ended
        if ready:
            loop.post(self._answer)

    def cancel(self) -> None:
        with self._lock:
            self._waiting = None

    def _answer(self) -> None:
        with self._lock:
            if self._waiting is None:
                return
            if self._chunks:
                data = b"".join(self._chunks)
                self._chunks = []
            elif self._ended:
                data = None
            else:
                return          # a second wake-up for data already taken
            deliver = self._waiting[1]
            self._waiting = None
        deliver(data)


class WorkerStdio:
    """A worker's standard streams as the host sees them.

    Output (fd 1 / 2): redirected (the `stdout` / `stderr` option) it goes only to the parent's
    worker.stdout / stderr, through `sink`; inherited it goes where the parent thread's own output
    goes (its fd, or its parent's worker.stdout when the parent is a redirected worker), written
    directly, and a copy goes to the inherited worker.stdout / stderr (node fills those too) while
    `mirrored`: from the start, until the parent finds nobody reading it (it turns the copy back on
    when someone starts to). Input: `stdin` feeds its process.stdin."""

    def __init__(self, parent: "WorkerStdio | None", redirected: set, stdin: InputQueue) -> None:
        self.parent = parent            # the creating thread's WorkerStdio; None: the main thread
        self.redirected = redirected
        self.stdin = stdin
        self.mirrored = {1, 2} - redirected
        self.sink: OutputSink | None = None
        self._on_output: JSObject | None = None

    @classmethod
    def for_new_worker(cls, realm, options: JSObject) -> "WorkerStdio":
        """Built on the parent's thread from the Worker's options: `stdout` / `stderr` / `stdin`
        (booleans) and `onOutput(fd, bytes)`, the parent's JS receiver of the worker's output."""
        redirected = {fd for fd, name in ((1, "stdout"), (2, "stderr")) if options.get(name)}
        stdin = InputQueue() if options.get("stdin") else InputQueue.empty()
        stdio = cls(getattr(realm.options.worker, "stdio", None), redirected, stdin)
        stdio._on_output = options.get("onOutput")
        stdio.sink = OutputSink(realm.thread.loop, lambda fd, data: stdio._deliver(realm, fd, data))
        return stdio

    def write(self, fd: int, data: bytes) -> None:
        """Output of this worker's thread (or of a nested worker that inherits it)."""
        stdio = self
        while stdio is not None:
            if fd in stdio.redirected:
                stdio.sink.write(fd, data)
                return
            if fd in stdio.mirrored:
                stdio.sink.write(fd, data)
            stdio = stdio.parent
        write_all(fd, data)

    def mirror(self, fd: int, on: bool) -> None:
        """On the parent's thread: copy the output of inherited `fd` to the parent, or stop."""
        if on:
            self.mirrored.add(fd)
        else:
            self.mirrored.discard(fd)

    def _deliver(self, realm, fd: int, chunks: list[bytes]) -> None:
        on_output = self._on_output
        if on_output is None or not on_output.alive or realm.thread.loop.stopped:
            return
        result = on_output.call(fd, chunks)
        if isinstance(result, JSObject):
            result.free()

    def release(self) -> None:
        """On the parent's thread, after the worker's 'exit': its output has all been delivered."""
        if self._on_output is not None:
            self._on_output.free()
            self._on_output = None


def _worker_stdio_mirror(ctx: Context, thread_id: int, fd: int, on: bool) -> None:
    """Whether the parent reads a worker's inherited stdout / stderr (see WorkerStdio)."""
    handle = ctx.host.realm.workers.get(int(thread_id))
    stdio = getattr(handle, "stdio", None)
    if stdio is not None:
        stdio.mirror(int(fd), bool(on))


class _StdinReader:
    """The JS side's view of a worker's stdin: one outstanding read at a time, answered by
    calling `callback(bytes | undefined)`; while a read is outstanding it keeps the loop alive,
    as a reading libuv handle does."""

    def __init__(self, ctx: Context, queue: InputQueue) -> None:
        self.loop = ctx.host.loop
        self.queue = queue
        self.callback: JSObject | None = None
        self.reading = False
        self._holding = False

    def read(self, callback: JSObject) -> None:
        if self.callback is None:
            self.callback = callback.dup()
        if self.reading:
            return
        self.reading = True
        self._hold()
        self.queue.request(self.loop, self._deliver)

    def pause(self) -> None:
        if self.reading:
            self.queue.cancel()
            self.reading = False
            self._hold()

    def _hold(self) -> None:
        want = self.reading
        if want != self._holding:
            self._holding = want
            if want:
                self.loop.ref()
            else:
                self.loop.unref()

    def _deliver(self, data: bytes | None) -> None:
        self.reading = False
        self._hold()
        if self.callback.alive:
            result = self.callback.call(data)
            if isinstance(result, JSObject):
                result.free()


def _stdin_reader(ctx: Context) -> _StdinReader:
    reader = getattr(ctx.host, "stdin_reader", None)
    if reader is None:
        reader = ctx.host.stdin_reader = _StdinReader(ctx, _stdin_queue(ctx))
    return reader


def _stdin_queue(ctx: Context) -> InputQueue:
    """A worker's input (the main thread's process.stdin is a stream on fd 0 instead)."""
    stdio = getattr(ctx.host.realm.options.worker, "stdio", None)
    return stdio.stdin if stdio is not None else InputQueue.empty()


def _stdin_read(ctx: Context, callback: JSObject) -> None:
    """Ask for the next input of this worker's stdin: `callback(bytes)` with what is there, or
    `callback(undefined)` at its end, later, on this thread's loop."""
    _stdin_reader(ctx).read(callback)


def _stdin_pause(ctx: Context) -> None:
    """The stream stopped flowing: the outstanding read no longer keeps the loop alive."""
    reader = getattr(ctx.host, "stdin_reader", None)
    if reader is not None:
        reader.pause()


def _worker_stdin_write(ctx: Context, thread_id: int, chunk) -> None:
    """The parent wrote to worker.stdin (a Uint8Array), or ended it (undefined)."""
    handle = ctx.host.realm.workers.get(int(thread_id))
    stdio = getattr(handle, "stdio", None)
    if stdio is not None:
        stdio.stdin.feed(None if chunk is None else _uint8_bytes(ctx, chunk))


# -- stream handles on descriptors (node's Pipe and TTY handles, and TCP over an inherited socket) ----

def _stream_open(ctx: Context, fd: int, terminal: bool):
    """A stream handle on `fd` (a pipe, a socket, or a terminal when `terminal`) in this thread's
    TCP handle table: its id, or [errno, code, description] when the descriptor cannot be one."""
    from ..host.tcp import TCPHandle
    fd = int(fd)
    loop = ctx.host.loop
    try:
        if not terminal and stdio_type(fd) == "TCP":
            import socket
            handle = TCPHandle(loop, socket.socket(fileno=os.dup(fd) if fd <= 2 else fd))
        else:
            handle = FdStreamHandle(loop, fd, terminal=bool(terminal))
    except OSError as exc:
        return os_error_info(exc)
    return _stream_handles(ctx.host.realm).add(handle)


def _stream_handles(realm):
    """The realm's table of stream handles, which stdio's share with sockets (host_tcp's)."""
    from .host_tcp import wraps_of   # (it imports socket: not before a stdio stream needs it)

    return wraps_of(realm)


def _fd_stream(ctx: Context, handle_id) -> FdStreamHandle | None:
    handle = _stream_handles(ctx.host.realm).handles.get(int(handle_id))
    return handle if isinstance(handle, FdStreamHandle) else None


def _stream_set_blocking(ctx: Context, handle_id, blocking: bool) -> None:
    handle = _fd_stream(ctx, handle_id)
    if handle is not None:
        handle.set_blocking(bool(blocking))


def _stream_write_queue_size(ctx: Context, handle_id) -> int:
    handle = _stream_handles(ctx.host.realm).handles.get(int(handle_id))
    return handle.write_queue_size if handle is not None else 0


def _tty_window_size(ctx: Context, handle_id):
    """[columns, rows] of a terminal handle, or None when it cannot say."""
    handle = _fd_stream(ctx, handle_id)
    size = handle.window_size() if handle is not None else None
    return list(size) if size is not None else None


def _tty_set_raw_mode(ctx: Context, handle_id, raw: bool):
    handle = _fd_stream(ctx, handle_id)
    try:
        if handle is not None:
            handle.set_raw_mode(bool(raw))
    except OSError as exc:
        return os_error_info(exc)
    return None


def flush_streams(realm) -> None:
    """The thread is ending (also through process.exit): what its stdio handles still queue is
    written out first, so no output is lost at exit."""
    wraps = getattr(realm, "tcp_wraps", None)
    if wraps is None:
        return
    for handle in wraps.handles.values():
        if isinstance(handle, FdStreamHandle):
            handle.flush()


FUNCTIONS = {
    "streamOpen": _stream_open,
    "streamSetBlocking": _stream_set_blocking,
    "streamWriteQueueSize": _stream_write_queue_size,
    "ttyWindowSize": _tty_window_size,
    "ttySetRawMode": _tty_set_raw_mode,
    "stdinRead": _stdin_read,
    "stdinPause": _stdin_pause,
    "workerStdioMirror": _worker_stdio_mirror,
    "workerStdinWrite": _worker_stdin_write,
}
