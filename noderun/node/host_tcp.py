"""Host functions behind node:net's TCP sockets and servers (the role of node's tcp_wrap binding).

JS names each handle by an integer id (internal/net/tcp_wrap.js keeps the JS object of each id);
the handles themselves are host/tcp.py's, on this thread's loop. What happens to a handle reaches
JS as one call, `tcpEvent(id, kind, a, b)`, made on the loop:

  'connection'  a: the new handle's id, or b: [errno, code, description] when accept failed
  'connect'     b: error info or null
  (data)        the bytes read go through their own entry point, `tcpData(id, arrayBuffer)`, one
                ArrayBuffer made once per read, called with a reused argument array: it is the hot
                path (the 'data' kind of tcpEvent is no longer sent)
  'eof'         the peer ended its side
  'readError'   b: error info
  'written'     a: the write's request id, b: error info or null
  'shutdown'    b: error info or null
  'close'       the handle is closed (close phase)

Errors are [negative errno, code, libuv's description] (host_process.os_error_info); JS builds
node's exceptions from them, with the address and port it knows.
"""

from __future__ import annotations

import errno
import os
import _socket   # socket.py's constants without its enum classes, whose import costs 3-4 ms

from ..engine import values as V
from ..engine.host_functions import raw
from ..engine.lib import ffi, lib
from ..engine.runtime import Context, JSObject
from ..host.tcp import TCPHandle
from .handle_table import HandleTable, close_table, table_of
from .host_process import os_error_info


class TCPWraps(HandleTable):
    """One thread's stream handles (TCP, Unix, pipes) by id; events reach JS as tcpEvent(...), and
    reads through their own entry point, tcpData(id, ArrayBuffer)."""

    def __init__(self, realm) -> None:
        super().__init__(realm, "tcpEvent")
        self._loop = realm.thread.loop
        self._data_argv = ffi.new("JSValue[2]")   # tcpData's arguments, reused by every read
        self._data_argv[0].tag = V.TAG_INT
        self._on_data: JSObject | None = None
        self._fast: _FastSockets | None = None   # made on the first read of a socket

    def emit_data(self, handle_id: int, data) -> None:
        """tcpData(id, ArrayBuffer of `data`): one read, with no conversion but the copy of its
        bytes. The hot path of every socket: no call here that is not needed."""
        if self._loop._stopped:
            return
        ctx = self.realm.context
        if self._on_data is None:
            self._on_data = self.realm.js.get("tcpData")
        ptr = ctx.ptr
        argv = self._data_argv
        argv[0].u = handle_id
        chunk = _new_array_buffer(ptr, _from_buffer(data), len(data))
        argv[1] = chunk
        result = _call(ptr, self._on_data.value, V.UNDEFINED, 2, argv)
        _free_value(ptr, chunk)
        if result.tag == _TAG_EXCEPTION:
            ctx.check(result)   # raises what the call threw
        elif result.tag < 0:
            _free_value(ptr, result)

    def fast_reader(self, handle_id: int, handle: TCPHandle) -> "_FastReader":
        """What reads socket `handle` for TCPHandle (read_start's reader): engine/fastio.c."""
        if self._fast is None:
            self._fast = _FastSockets(self)
        return _FastReader(self._fast, handle_id, handle.sock.fileno())

    def close_all(self) -> None:
        super().close_all()
        if self._fast is not None:
            self._fast.free()
            self._fast = None
        if self._on_data is not None:
            self._on_data.free()
            self._on_data = None


class _FastSockets:
    """One thread's sockets read by engine/fastio.c: its poller reads them in the loop's poll
    phase and gives their bytes to tcpData itself; the loop waits through it, or through
    engine/fastmsg.c's poll, which reads them through it (Realm.use_poller)."""

    def __init__(self, wraps: TCPWraps) -> None:
        from ..engine import fastio   # (its build machinery is not for programs without sockets)

        self.fastio = fastio
        fast = self.fast = fastio.load()
        realm = wraps.realm
        self.context = realm.context
        if wraps._on_data is None:
            wraps._on_data = realm.js.get("tcpData")
        on_data = fast.new("JSValue *")   # (held by wraps._on_data, freed after the poller)
        on_data.u, on_data.tag = wraps._on_data.value.u, wraps._on_data.value.tag
        self.poller = fast.lib.fastio_poller_new(
            fast.pointer(self.context.ptr), fast.pointer(self.context.runtime.ptr), on_data,
            fast.pointer(realm._tick_info, "int32_t *"))   # (the memory drain() reads: C reads it too)
        if self.poller == fast.ffi.NULL:
            raise MemoryError("fastio_poller_new")
        self.loop = wraps._loop
        self._fds, self._events = fast.ffi.new("int[64]"), fast.ffi.new("uint32_t[64]")
        self._status, self.result = fast.ffi.new("int *"), fast.new("JSValue *")
        self._poll = fast.lib.fastio_poll
        self.realm = realm
        realm.use_poller(sockets=self)

    def address(self) -> int:
        """The poller's address (for another C poll that reads these sockets: Realm.use_poller)."""
        return int(self.fast.ffi.cast("uintptr_t", self.poller))

    def take_ready_address(self) -> int:
        """fastio_take_ready's address: how another C poll reads these sockets."""
        return int(self.fast.ffi.cast("uintptr_t", self.fast.ffi.addressof(self.fast.lib, "fastio_take_ready")))

    def poll(self, epoll_fd: int, timeout_ms: int):
        """EventLoop's poller: the wait, the reads of the sockets and their tcpData calls in C."""
        count = self._poll(self.poller, epoll_fd, timeout_ms, self._fds, self._events, 64, self._status,
                           self.result)
        if count < 0:
            raise OSError(-count, os.strerror(-count))
        fds, events = self._fds, self._events
        ready = [(fds[i], events[i]) for i in range(count)] if count else []
        status = self._status[0]
        if status == self.fastio.POLL_DONE:
            return ready, None
        return ready, _nothing if status == self.fastio.POLL_DRAIN else self.raise_exception

    def raise_exception(self) -> None:
        """Raise what the last tcpData call threw (pending in the context)."""
        self.context.check(_EXCEPTION)

    def check(self, result) -> None:
        """A tcpData call's result: raises its exception, frees what it returned."""
        tag = result.tag
        if tag == _TAG_EXCEPTION:
            self.context.check(_EXCEPTION)
        elif tag < 0:
            _free_value(self.context.ptr, V.make(tag, result.u))

    def free(self) -> None:
        self.realm.use_poller(sockets=None)
        self.fast.lib.fastio_poller_free(self.poller)
        self.poller = None


def _nothing() -> None:
    pass


class _FastReader:
    """TCPHandle's reader of one socket (see TCPHandle.read_start): the socket is in the poller's
    table while it is read; its own reads (when the poll leaves them to Python) are fastio_read."""

    __slots__ = ("sockets", "handle_id", "fd", "_read", "_poller", "_result")

    def __init__(self, sockets: _FastSockets, handle_id: int, fd: int) -> None:
        self.sockets, self.handle_id, self.fd = sockets, handle_id, fd
        self._poller, self._result = sockets.poller, sockets.result
        self._read = sockets.fast.lib.fastio_read
        if sockets.fast.lib.fastio_poller_set(self._poller, fd, handle_id) != 0:
            raise MemoryError("fastio_poller_set")

    def read(self) -> int:
        if self.sockets.loop._stopped:   # process.exit() / terminate: no more JS
            return -errno.EAGAIN
        count = self._read(self._poller, self.fd, self.handle_id, self._result)
        if count > 0:
            self.sockets.check(self._result)
        return count

    def stop(self) -> None:
        if self.sockets.poller is not None:
            self.sockets.fast.lib.fastio_poller_set(self._poller, self.fd, 0)


_new_array_buffer, _call, _free_value, _from_buffer = (
    lib.JS_NewArrayBufferCopy, lib.JS_Call, lib.JS_FreeValue, ffi.from_buffer)
_TAG_EXCEPTION = V.TAG_EXCEPTION


def wraps_of(realm) -> TCPWraps:
    return table_of(realm, "tcp_wraps", lambda: TCPWraps(realm))


def close_all(realm) -> None:
    """The thread is ending: its sockets close with it."""
    close_table(realm, "tcp_wraps")


def _family(family) -> int:
    """4, 6, or 0 for a Unix domain socket (the address is then its path)."""
    family = int(family)
    return _socket.AF_INET6 if family == 6 else _socket.AF_INET if family == 4 else _socket.AF_UNIX


def _address(sockaddr) -> list | str | None:
    """[address, port, family] of an IP socket, the path of a Unix domain socket."""
    if isinstance(sockaddr, (str, bytes)):
        return os.fsdecode(sockaddr)
    if not sockaddr:
        return None
    host, port = sockaddr[0], sockaddr[1]
    return [host, port, "IPv6" if ":" in host else "IPv4"]


def _handle(ctx: Context, handle_id) -> TCPHandle:
    return wraps_of(ctx.host.realm).handles[int(handle_id)]


def _open(ctx: Context) -> int:
    wraps = wraps_of(ctx.host.realm)
    return wraps.add(TCPHandle(ctx.host.loop))


def _open_fd(ctx: Context, fd) -> int | list:
    """A handle over the stream socket already open at `fd` (listen({ fd })), or the error."""
    try:
        import socket

        sock = socket.socket(fileno=int(fd))
    except OSError as exc:
        return os_error_info(exc)
    if sock.type != _socket.SOCK_STREAM:
        sock.detach()
        return os_error_info(OSError(errno.EINVAL, "Invalid argument"))
    return wraps_of(ctx.host.realm).add(TCPHandle(ctx.host.loop, sock))


def _bind(ctx: Context, handle_id, host: str, port, family, ipv6_only: bool, reuse_port: bool = False):
    try:
        _handle(ctx, handle_id).bind(host, int(port), _family(family), bool(ipv6_only), bool(reuse_port))
    except OSError as exc:
        return os_error_info(exc)
    return None


def _bind_path(ctx: Context, handle_id, path: str):
    try:
        _handle(ctx, handle_id).bind_path(path)
    except OSError as exc:
        return os_error_info(exc)
    return None


def _listen(ctx: Context, handle_id, backlog):
    wraps = wraps_of(ctx.host.realm)
    server_id = int(handle_id)
    handle = wraps.handles[server_id]

    def on_connection(conn: TCPHandle | None, error: OSError | None) -> None:
        if error is not None:
            wraps.emit(server_id, "connection", None, os_error_info(error))
        else:
            wraps.emit(server_id, "connection", wraps.add(conn), None)

    try:
        handle.listen(int(backlog), on_connection)
    except OSError as exc:
        return os_error_info(exc)
    return None


def _connect(ctx: Context, handle_id, host: str, port, family):
    wraps = wraps_of(ctx.host.realm)
    handle_id = int(handle_id)
    handle = wraps.handles[handle_id]

    def on_connect(error: OSError | None) -> None:
        wraps.emit(handle_id, "connect", None, os_error_info(error) if error else None)

    try:
        handle.connect(host, int(port), _family(family), on_connect)
    except OSError as exc:
        return os_error_info(exc)
    return None


def _read_start(ctx: Context, handle_id) -> None:
    wraps = wraps_of(ctx.host.realm)
    handle_id = int(handle_id)

    emit_data = wraps.emit_data
    handle = wraps.handles[handle_id]
    # a socket's bytes reach JS through the compiled read; the on_read below then sees only the
    # end of the stream and errors (and every read of a pipe, whose handle is an FdStreamHandle)
    reader = wraps.fast_reader(handle_id, handle) if type(handle) is TCPHandle and handle.sock is not None else None

    def on_read(data) -> None:
        if type(data) is bytes:
            if data:
                emit_data(handle_id, data)
            else:
                wraps.emit(handle_id, "eof")
        else:
            wraps.emit(handle_id, "readError", None, os_error_info(data))

    if reader is None:
        handle.read_start(on_read)
    else:
        handle.read_start(on_read, reader)


def _read_stop(ctx: Context, handle_id) -> None:
    _handle(ctx, handle_id).read_stop()


@raw
def _write(ctx: Context, argc: int, argv):
    """tcpWrite(id, request id, data, offset = 0): write `data` (a Uint8Array, or a string as
    UTF-8) from byte `offset` on (what tcpSend wrote of it already). True when it was all written
    at once (no 'written' event follows), else a 'written' event for the request id comes later.
    What the kernel takes at once is sent straight from the array's (or the string's UTF-8)
    memory; only a rest that must wait is copied."""
    handle = ctx.host.realm.tcp_wraps.handles[_int_arg(argv[0])]   # (tcpOpen made the table)
    data = argv[2]
    tag = data.tag
    if tag == _TAG_STRING or tag == _TAG_STRING_ROPE:
        size = ctx._size_out
        pointer = _to_utf8(ctx.ptr, size, data, False)
        if pointer == ffi.NULL:
            return _EXCEPTION
        try:
            utf8 = ffi.unpack(pointer, size[0])
            if b"\xed" in utf8:   # maybe a lone surrogate, which the engine encodes as itself
                utf8 = _well_formed(utf8)
            return _write_bytes(ctx, handle, argc, argv, utf8)
        finally:
            _free_cstring(ctx.ptr, pointer)
    size = ctx._size_out
    pointer = _uint8_array(ctx.ptr, size, data)
    if pointer == ffi.NULL:
        if lib.JS_HasException(ctx.ptr):   # not a Uint8Array: the engine threw a TypeError
            return _EXCEPTION
        return V.TRUE                      # an empty array: nothing to write
    return _write_bytes(ctx, handle, argc, argv, ffi.buffer(pointer, size[0]))


def _write_bytes(ctx: Context, handle: TCPHandle, argc: int, argv, buffer):
    """What the kernel takes of `buffer` (from the offset on) now; the rest is copied and queued."""
    offset = _int_arg(argv[3]) if argc > 3 else 0
    if offset:
        handle.bytes_written += offset   # what tcpSend wrote
        buffer = memoryview(buffer)[offset:]
    size = len(buffer)
    sent = handle.try_write(buffer) if size else 0
    if sent == size:
        return V.TRUE
    wraps = ctx.host.realm.tcp_wraps
    handle_id, request_id = _int_arg(argv[0]), _int_arg(argv[1])

    def on_written(error: OSError | None) -> None:
        wraps.emit(handle_id, "written", request_id, os_error_info(error) if error else None)

    return V.TRUE if handle.write(bytes(buffer[sent:]), on_written) else V.FALSE   # (a copy)


_to_utf8, _free_cstring, _uint8_array = lib.JS_ToCStringLen2, lib.JS_FreeCString, lib.JS_GetUint8Array
_TAG_STRING, _TAG_STRING_ROPE, _TAG_INT = V.TAG_STRING, V.TAG_STRING_ROPE, V.TAG_INT
_EXCEPTION = V.make(V.TAG_EXCEPTION)


def _well_formed(utf8: bytes) -> bytes:
    """UTF-8 with each lone surrogate (ED A0-BF xx, as the engine writes it) replaced by U+FFFD,
    as node encodes a string."""
    text = utf8.decode("utf-8", "surrogatepass")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace").encode("utf-8")


def _fd(ctx: Context, handle_id):
    """The descriptor tcpSend may write to: a stream socket's; -1 for a handle that has none (a
    pipe's), undefined while a socket is still to be made (before bind or connect)."""
    handle = wraps_of(ctx.host.realm).handles.get(int(handle_id))
    if type(handle) is not TCPHandle or handle.closed:
        return -1
    return None if handle.sock is None else handle.sock.fileno()


def _send_function(ctx: Context) -> JSObject:
    """tcpSend(fd, data), a C function of engine/fastio.c's (no Python in the call): writes what
    the kernel takes of `data` at once; true when that was all of it, else how many bytes."""
    from ..engine import fastio

    return ctx.take(lib.JS_NewCFunctionData(ctx.ptr, fastio.load().send_function, 2, 0, 0, ffi.NULL))


def _fast_functions(ctx: Context) -> JSObject:
    """[loopNow, runMicrotasks, utf8Length] as C functions of engine/fastio.c's (no Python in a
    call), for the hot path of a program that uses sockets: the timers' clock (the loop's, as
    host.loopNow reads it), the microtask checkpoint (as host.runMicrotasks) and a string's UTF-8
    byte count (Buffer.byteLength's, which every string write counts)."""
    from ..engine import fastio

    fast = fastio.load()
    origin = ffi.new("JSValue[1]")
    origin[0] = V.new_float64(ctx.host.loop._origin)
    functions = [ctx.take(lib.JS_NewCFunctionData(ctx.ptr, fast.function(name), 0, 0, data_len, data))
                 for name, data_len, data in (("fastio_loop_now", 1, origin),
                                              ("fastio_run_microtasks", 0, ffi.NULL),
                                              ("fastio_utf8_length", 0, ffi.NULL))]
    try:
        return ctx.new_array(functions)
    finally:
        for function in functions:
            function.free()


def _fast_events(ctx: Context, *helpers: JSObject) -> JSObject:
    """fastEventFunctions(...emit's 4 helpers, ...addListener's 7, ...removeListener's 4,
    kShapeMode, listenerCount): [emit, addListener, removeListener, listenerCount] as C functions
    of engine/fastio.c's (fastio_emit, fastio_listeners: the common cases done with no JS frame and
    no array of arguments), handing the rest to the JS functions given (see there)."""
    from ..engine import fastio

    fast = fastio.load()
    values = [helper.value for helper in helpers]
    atoms = [V.new_int32(lib.JS_NewAtom(ctx.ptr, name))   # (atoms live as long as the runtime)
             for name in (b"_events", b"_eventsCount", b"newListener", b"removeListener", b"_maxListeners")]
    emit_data = ffi.new("JSValue[6]", [atoms[0], V.new_int32(lib.JS_NewAtom(ctx.ptr, b"error"))] + values[0:4])
    atoms += [values[15], V.new_int32(lib.JS_NewAtom(ctx.ptr, b"length"))]   # (kShapeMode: a symbol)
    add_data = ffi.new("JSValue[14]", atoms + values[4:11])
    remove_data = ffi.new("JSValue[14]", atoms + values[11:15] + [V.UNDEFINED] * 3)
    count_data = ffi.new("JSValue[14]", atoms + [values[16]] + [V.UNDEFINED] * 6)
    made = [ctx.take(lib.JS_NewCFunctionData2(ctx.ptr, fast.function(name), js_name, length, magic, len(data), data))
            for name, js_name, length, magic, data in (("fastio_emit", b"emit", 1, 0, emit_data),
                                                       ("fastio_listeners", b"addListener", 2, 0, add_data),
                                                       ("fastio_listeners", b"removeListener", 2, 1, remove_data),
                                                       ("fastio_listeners", b"listenerCount", 2, 2, count_data))]
    try:
        return ctx.new_array(made)
    finally:
        for function in made:
            function.free()


def _tick_queue(ctx: Context, js_next_tick: JSObject, process: JSObject, trigger: JSObject) -> JSObject:
    """tickQueueFunctions(jsNextTick, process, triggerUncaughtException): [nextTick, push, run,
    delegate, drain], the functions of a new nextTick queue kept in C (engine/fastio.c's fastio_ticks,
    which says what each does); its class is registered in the runtime on the first call there."""
    from ..engine import fastio

    fast = fastio.load()
    runtime = ctx.runtime
    class_id = getattr(runtime, "ticks_class_id", None)
    if class_id is None:
        class_id = runtime.ticks_class_id = fast.lib.fastio_ticks_class(fast.pointer(runtime.ptr))
        if class_id == 0:
            raise MemoryError("fastio_ticks_class")
    tick_info = fast.pointer(ctx.host.realm._tick_info, "int32_t *")
    made = fast.lib.fastio_ticks_new(fast.pointer(ctx.ptr), class_id, tick_info)
    queue = ctx.take(V.make(made.tag, made.u))
    data = ffi.new("JSValue[4]")
    data[0] = queue.value
    data[1] = js_next_tick.value
    data[2] = process.value
    data[3] = V.new_int32(lib.JS_NewAtom(ctx.ptr, b"_exiting"))   # (atoms live as long as the runtime)
    run_data = ffi.new("JSValue[2]")
    run_data[0] = queue.value
    run_data[1] = trigger.value
    function = fast.function("fastio_ticks")
    made = [ctx.take(lib.JS_NewCFunctionData2(ctx.ptr, function, name, length, magic, count, d))
            for name, length, magic, count, d in ((b"nextTick", 1, 0, 4, data), (b"push", 1, 1, 1, data),
                                                  (b"run", 0, 2, 2, run_data), (b"delegate", 1, 3, 1, data),
                                                  (b"drain", 0, 4, 2, run_data))]
    try:
        return ctx.new_array(made)
    finally:
        for function in made:
            function.free()
        queue.free()


def _int_arg(value) -> int:
    return V.get_int32(value) if value.tag == _TAG_INT else int(V.get_float64(value))


def _shutdown(ctx: Context, handle_id) -> None:
    wraps = wraps_of(ctx.host.realm)
    handle_id = int(handle_id)

    def on_done(error: OSError | None) -> None:
        wraps.emit(handle_id, "shutdown", None, os_error_info(error) if error else None)

    wraps.handles[handle_id].shutdown(on_done)


def _close(ctx: Context, handle_id) -> None:
    wraps = wraps_of(ctx.host.realm)
    handle_id = int(handle_id)
    handle = wraps.handles.pop(handle_id, None)
    if handle is not None:
        handle.close(lambda: wraps.emit(handle_id, "close"))


def _reset(ctx: Context, handle_id) -> None:
    wraps = wraps_of(ctx.host.realm)
    handle_id = int(handle_id)
    handle = wraps.handles.pop(handle_id, None)
    if handle is not None:
        handle.reset(lambda: wraps.emit(handle_id, "close"))


def _sockname(ctx: Context, handle_id):
    try:
        return _address(_handle(ctx, handle_id).sockname())
    except OSError:
        return None


def _peername(ctx: Context, handle_id):
    return _address(_handle(ctx, handle_id).peername())


def _set_ref(ctx: Context, handle_id, ref: bool) -> None:
    handle = wraps_of(ctx.host.realm).handles.get(int(handle_id))
    if handle is not None:
        handle.ref() if ref else handle.unref()


def _bytes(ctx: Context, handle_id) -> list[int]:
    handle = wraps_of(ctx.host.realm).handles.get(int(handle_id))
    return [handle.bytes_read, handle.bytes_written] if handle is not None else [0, 0]


def _set_no_delay(ctx: Context, handle_id, enable: bool) -> None:
    _handle(ctx, handle_id).set_no_delay(bool(enable))


def _set_keep_alive(ctx: Context, handle_id, enable: bool, delay_s) -> None:
    _handle(ctx, handle_id).set_keep_alive(bool(enable), int(delay_s))


FUNCTIONS = {
    "tcpOpen": _open,
    "tcpOpenFd": _open_fd,
    "tcpBind": _bind,
    "tcpBindPath": _bind_path,
    "tcpListen": _listen,
    "tcpConnect": _connect,
    "tcpReadStart": _read_start,
    "tcpReadStop": _read_stop,
    "tcpWrite": _write,
    "tcpFd": _fd,
    "tcpSendFunction": _send_function,
    "fastFunctions": _fast_functions,
    "fastEventFunctions": _fast_events,
    "tickQueueFunctions": _tick_queue,
    "tcpShutdown": _shutdown,
    "tcpClose": _close,
    "tcpReset": _reset,
    "tcpSockname": _sockname,
    "tcpPeername": _peername,
    "tcpSetRef": _set_ref,
    "tcpBytes": _bytes,
    "tcpSetNoDelay": _set_no_delay,
    "tcpSetKeepAlive": _set_keep_alive,
}
