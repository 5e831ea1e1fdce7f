"""Host functions behind child_process's ChildProcess (the role of node's process_wrap binding).

JS names each child by an integer id (internal/child_process.js keeps the JS object of each id);
the handles are host/process.py's, on this thread's loop. The pipes of a child are stream handles
of host/tcp.py registered with host_tcp's table, so JS streams them as net.Socket does any socket.
The child's end reaches JS as one call on the loop, `processEvent(id, 'exit', exitCode, signal)`.
Errors are [negative errno, code, libuv's description] (host_process.os_error_info).
"""

from __future__ import annotations

import json
import os

from ..engine import serialize
from ..engine.runtime import Context, JSObject
from ..host.tcp import TCPHandle
from .handle_table import HandleTable, close_table, table_of
from .host_process import os_error_info, uint8_bytes
from .host_tcp import wraps_of


def _wraps(realm) -> HandleTable:
    """This thread's child process handles by id (their ends reach JS through processEvent)."""
    return table_of(realm, "process_wraps", lambda: HandleTable(realm))


def close_all(realm) -> None:
    """The thread is ending: its process handles and IPC pipes close (the children keep running,
    as in node)."""
    close_table(realm, "process_wraps")
    close_table(realm, "ipc_pipes")


def _stdio_entry(ctx: Context, entry):
    """JS's description of one child descriptor -> host/process.py's: 'pipe', 'ipc' (a pipe for
    an IPC channel), 'ignore', null, a descriptor number, or ['wrap', tcp id] for a stream
    handle's descriptor."""
    if entry == "ipc":
        return "pipe"   # host/process.py's PIPE: a socketpair
    if isinstance(entry, list):
        return wraps_of(ctx.host.realm).handles[int(entry[1])].sock.fileno()
    if isinstance(entry, float):
        return int(entry)
    return entry


def _spawn(ctx: Context, options_json: str) -> list:
    """Start a child. Options (JSON): file, args (the whole argv), cwd, envPairs ('k=v'), stdio
    (see _stdio_entry), detached, uid, gid; an empty cwd is none, as in node. Returns ['ok', pipes, id, pid] or, when it could not
    start, ['error', pipes, errno, code, description]; pipes: per stdio entry, a tcp id (an IPC
    pipe's id for the 'ipc' entry) or null."""
    from ..host.ipc import IPCPipe   # (the process modules load on the first spawn)
    from ..host.process import ProcessHandle
    options = json.loads(options_json)
    realm = ctx.host.realm
    loop = ctx.host.loop
    wraps = _wraps(realm)
    handle = ProcessHandle(loop)
    env = _env(options)
    handle_id = 0

    def on_exit(code: int, signum: int) -> None:
        wraps.handles.pop(handle_id, None)
        if not loop.stopped:
            realm.call("processEvent", handle_id, "exit", code, signum)

    ends, error = handle.spawn(options["file"], options["args"], cwd=options.get("cwd") or None, env=env,
                               stdio=[_stdio_entry(ctx, entry) for entry in options["stdio"]],
                               detached=bool(options.get("detached")), uid=options.get("uid"),
                               gid=options.get("gid"), on_exit=on_exit)
    tcp = wraps_of(realm)
    pipes = [None if end is None else
             _ipc(realm).add(IPCPipe(loop, end)) if options["stdio"][i] == "ipc" else
             tcp.add(TCPHandle(loop, end))
             for i, end in enumerate(ends)]
    if error is not None:
        return ["error", pipes, *os_error_info(error)]
    handle_id = wraps.add(handle)
    return ["ok", pipes, handle_id, handle.pid]


def _spawn_sync(ctx: Context, options_json: str, *inputs) -> list:
    """spawnSync's work: run a child to its end (blocking this thread). Options (JSON) as
    _spawn's, plus timeout (ms), killSignal (number), maxBuffer (bytes, null: no limit);
    `inputs`: descriptor, bytes, descriptor, bytes... for each pipe the child reads. Returns [pid, exit code, signal
    number, [bytes or null per stdio entry] or null, error info or null]."""
    from ..host.process import run_sync
    options = json.loads(options_json)
    given = {}
    for fd, data in zip(inputs[::2], inputs[1::2]):
        given[int(fd)] = data.encode("utf-8") if isinstance(data, str) else uint8_bytes(ctx, data)
    max_buffer = options.get("maxBuffer")
    result = run_sync(options["file"], options["args"], cwd=options.get("cwd") or None,
                      env=_env(options), stdio=[_stdio_entry(ctx, entry) for entry in options["stdio"]],
                      inputs=given, timeout_ms=options.get("timeout") or None,
                      kill_signal=int(options.get("killSignal") or 15),
                      max_buffer=float("inf") if max_buffer is None else float(max_buffer),
                      detached=bool(options.get("detached")), uid=options.get("uid"), gid=options.get("gid"))
    error = os_error_info(result.error) if result.error is not None else None
    return [result.pid, result.status, result.signal, result.output, error]


def _env(options: dict) -> dict[str, str]:
    return dict(pair.split("=", 1) if "=" in pair else (pair, "") for pair in options["envPairs"])


def _kill(ctx: Context, handle_id, signum):
    """None when the signal was sent, else [errno, code, description] (ESRCH once it ended)."""
    handle = _wraps(ctx.host.realm).handles.get(int(handle_id))
    try:
        if handle is None:
            raise ProcessLookupError(3, "No such process")
        handle.kill(int(signum))
    except OSError as exc:
        return os_error_info(exc)
    return None


def _close(ctx: Context, handle_id) -> None:
    handle = _wraps(ctx.host.realm).handles.pop(int(handle_id), None)
    if handle is not None:
        handle.close()


def _set_ref(ctx: Context, handle_id, ref: bool) -> None:
    handle = _wraps(ctx.host.realm).handles.get(int(handle_id))
    if handle is not None:
        handle.ref() if ref else handle.unref()


# -- IPC pipes (the channel of fork() and of an 'ipc' stdio entry) -------------------------------------
#
# Events reach JS as `ipcEvent(id, kind, a, b)`: 'data' (a: the bytes, b: the descriptors that came
# with them), 'eof', 'readError' (b: error info), 'written' (a: request id, b: error info or null).

def _ipc(realm) -> HandleTable:
    """This thread's IPC pipes by id."""
    return table_of(realm, "ipc_pipes", lambda: HandleTable(realm, "ipcEvent"))


def _ipc_open(ctx: Context, fd) -> int | list:
    """An IPC pipe on an inherited descriptor (a forked child's NODE_CHANNEL_FD): its id, or the
    error info."""
    import socket

    from ..host.ipc import IPCPipe
    try:
        sock = socket.socket(fileno=int(fd))
    except OSError as exc:
        return os_error_info(exc)
    return _ipc(ctx.host.realm).add(IPCPipe(ctx.host.loop, sock))


def _ipc_read_start(ctx: Context, pipe_id) -> None:
    pipes = _ipc(ctx.host.realm)
    pipe_id = int(pipe_id)

    def on_read(data, fds) -> None:
        if isinstance(data, OSError):
            pipes.emit(pipe_id, "readError", None, os_error_info(data))
        elif data:
            pipes.emit(pipe_id, "data", data, fds or None)
        else:
            for fd in fds:
                os.close(fd)
            pipes.emit(pipe_id, "eof")

    pipes.handles[pipe_id].read_start(on_read)


def _ipc_read_stop(ctx: Context, pipe_id) -> None:
    handle = _ipc(ctx.host.realm).handles.get(int(pipe_id))
    if handle is not None:
        handle.read_stop()


def _ipc_write(ctx: Context, pipe_id, request_id, data, kind, handle_id) -> bool:
    """Write `data` (a Uint8Array) with, when `kind` is not null, the descriptor of the 'tcp' or
    'udp' handle `handle_id`: True when it all went at once, else an 'written' event for
    `request_id` follows."""
    pipes = _ipc(ctx.host.realm)
    pipe_id, request_id = int(pipe_id), int(request_id)
    fd = None
    if kind is not None:
        if kind == "tcp":
            table = wraps_of(ctx.host.realm)
        else:
            from .host_udp import wraps_of as udp_wraps_of
            table = udp_wraps_of(ctx.host.realm)
        fd = table.handles[int(handle_id)].sock.fileno()

    def on_written(error: OSError | None) -> None:
        pipes.emit(pipe_id, "written", request_id, os_error_info(error) if error else None)

    return pipes.handles[pipe_id].write(uint8_bytes(ctx, data), fd, on_written)


def _ipc_close(ctx: Context, pipe_id) -> None:
    handle = _ipc(ctx.host.realm).handles.pop(int(pipe_id), None)
    if handle is not None:
        handle.close()


def _ipc_set_ref(ctx: Context, pipe_id, ref: bool) -> None:
    handle = _ipc(ctx.host.realm).handles.get(int(pipe_id))
    if handle is not None:
        handle.ref() if ref else handle.unref()


def _ipc_queue_size(ctx: Context, pipe_id) -> int:
    handle = _ipc(ctx.host.realm).handles.get(int(pipe_id))
    return handle.write_queue_size if handle is not None else 0


def _close_fd(ctx: Context, fd) -> None:
    """A descriptor that came over an IPC pipe and that nothing took."""
    try:
        os.close(int(fd))
    except OSError:
        pass


def _serialize(ctx: Context, boxed: JSObject) -> bytes:
    """The bytes of an IPC message in 'advanced' serialization: the engine's structured-clone
    writing of `boxed` ([value, marked], see serdes.js). SharedArrayBuffer memory cannot go to
    another process: a TypeError, as the writer gives for what it cannot take."""
    message = serialize.write(ctx, boxed)
    try:
        if message._blocks:
            raise TypeError("#<SharedArrayBuffer> could not be cloned.")
        return message.data
    finally:
        message.release()


def _deserialize(ctx: Context, data: JSObject):
    """[value, marked] back from _serialize's bytes (a Uint8Array)."""
    payload = uint8_bytes(ctx, data)
    return serialize.read(ctx, serialize.Message(payload, []))


FUNCTIONS = {
    "processSpawn": _spawn,
    "processSpawnSync": _spawn_sync,
    "processKill": _kill,
    "processClose": _close,
    "processSetRef": _set_ref,
    "ipcOpen": _ipc_open,
    "ipcReadStart": _ipc_read_start,
    "ipcReadStop": _ipc_read_stop,
    "ipcWrite": _ipc_write,
    "ipcClose": _ipc_close,
    "ipcSetRef": _ipc_set_ref,
    "ipcQueueSize": _ipc_queue_size,
    "ipcCloseFd": _close_fd,
    "ipcSerialize": _serialize,
    "ipcDeserialize": _deserialize,
}
