"""Host functions behind node:dgram's sockets (the role of node's udp_wrap binding).

JS names each handle by an integer id (internal/dgram/udp_wrap.js keeps the JS object of each id);
the handles are host/udp.py's, on this thread's loop. What happens to a handle reaches JS as one
call, `udpEvent(id, kind, a, b)`, made on the loop:

  'message'    a: the datagram (a Uint8Array), b: [address, port, family 'IPv4' | 'IPv6']
  'recvError'  b: error info
  'sent'       a: the send's request id, b: error info or null
  'close'      the handle is closed (close phase)

Errors are [negative errno, code, libuv's description] (host_process.os_error_info). Calls that
can fail at the call return that info (or `{error: info}` where the call has a value), never throw:
JS builds node's exception, with the syscall and address it knows.
"""

from __future__ import annotations

import socket

from ..engine.runtime import Context
from ..host.udp import UDPHandle
from .handle_table import HandleTable, close_table, table_of
from .host_process import os_error_info, uint8_bytes


def wraps_of(realm) -> HandleTable:
    """This thread's UDP handles by id; their events reach JS as udpEvent(id, kind, a, b)."""
    return table_of(realm, "udp_wraps", lambda: HandleTable(realm, "udpEvent"))


def close_all(realm) -> None:
    """The thread is ending: its sockets close with it."""
    close_table(realm, "udp_wraps")


def _handle(ctx: Context, handle_id) -> UDPHandle:
    return wraps_of(ctx.host.realm).handles[int(handle_id)]


def _address(sockaddr) -> list:
    """[address, port, family] as node gives them: a scoped IPv6 address (link-local) names its
    interface, `fe80::1%eth0`."""
    host, port = sockaddr[0], sockaddr[1]
    if len(sockaddr) == 4 and sockaddr[3] and "%" not in host:
        try:
            host = f"{host}%{socket.if_indextoname(sockaddr[3])}"
        except OSError:
            host = f"{host}%{sockaddr[3]}"
    return [host, port, "IPv6" if ":" in host else "IPv4"]


def _attempt(action, *args):
    """None when `action(*args)` succeeds, else the OSError's info."""
    try:
        action(*args)
    except OSError as exc:
        return os_error_info(exc)
    return None


def _open(ctx: Context, family) -> int:
    family = socket.AF_INET6 if int(family) == 6 else socket.AF_INET
    return wraps_of(ctx.host.realm).add(UDPHandle(ctx.host.loop, family))


def _open_fd(ctx: Context, fd):
    """[handle id, 4 | 6] for the UDP socket on descriptor `fd`, or the error's info."""
    try:
        handle = UDPHandle.adopt(ctx.host.loop, int(fd))
    except OSError as exc:
        return os_error_info(exc)
    return [wraps_of(ctx.host.realm).add(handle), 6 if handle.family == socket.AF_INET6 else 4]


def _bind(ctx: Context, handle_id, host: str, port, reuse_addr, reuse_port, ipv6_only):
    return _attempt(_handle(ctx, handle_id).bind, host, int(port), bool(reuse_addr), bool(reuse_port),
                    bool(ipv6_only))


def _connect(ctx: Context, handle_id, host: str, port):
    return _attempt(_handle(ctx, handle_id).connect, host, int(port))


def _disconnect(ctx: Context, handle_id):
    return _attempt(_handle(ctx, handle_id).disconnect)


def _recv_start(ctx: Context, handle_id):
    wraps = wraps_of(ctx.host.realm)
    handle_id = int(handle_id)

    def on_recv(data, sockaddr) -> None:
        if isinstance(data, OSError):
            wraps.emit(handle_id, "recvError", None, os_error_info(data))
        else:
            wraps.emit(handle_id, "message", data, _address(sockaddr))

    return _attempt(wraps.handles[handle_id].recv_start, on_recv)


def _recv_stop(ctx: Context, handle_id) -> None:
    handle = wraps_of(ctx.host.realm).handles.get(int(handle_id))
    if handle is not None:
        handle.recv_stop()


def _send(ctx: Context, handle_id, request_id, data, host, port, queue_only=False):
    """Send `data` (a Uint8Array) to host:port, or to the connected peer when host is null:
    null when it went at once, error info when it failed at once, false when it was queued (a
    'sent' event for `request_id` follows). `queue_only`: queue it without trying first."""
    wraps = wraps_of(ctx.host.realm)
    handle_id, request_id = int(handle_id), int(request_id)
    handle = wraps.handles[handle_id]
    payload = uint8_bytes(ctx, data)

    def on_sent(error: OSError | None) -> None:
        wraps.emit(handle_id, "sent", request_id, os_error_info(error) if error else None)

    try:
        sockaddr = None if host is None else handle.sockaddr(host, int(port))
    except OSError as exc:
        return os_error_info(exc)
    outcome = handle.send(payload, sockaddr, on_sent, try_first=not queue_only)
    return os_error_info(outcome) if isinstance(outcome, OSError) else outcome


def _close(ctx: Context, handle_id) -> None:
    wraps = wraps_of(ctx.host.realm)
    handle_id = int(handle_id)
    handle = wraps.handles.pop(handle_id, None)
    if handle is not None:
        handle.close(lambda: wraps.emit(handle_id, "close"))


def _sockname(ctx: Context, handle_id):
    try:
        return _address(_handle(ctx, handle_id).sockname())
    except OSError as exc:
        return {"error": os_error_info(exc)}


def _peername(ctx: Context, handle_id):
    try:
        return _address(_handle(ctx, handle_id).peername())
    except OSError as exc:
        return {"error": os_error_info(exc)}


_OPTIONS = {
    "broadcast": lambda handle, value: handle.set_broadcast(bool(value)),
    "ttl": lambda handle, value: handle.set_ttl(int(value)),
    "multicastTTL": lambda handle, value: handle.set_multicast_ttl(int(value)),
    "multicastLoopback": lambda handle, value: handle.set_multicast_loopback(bool(value)),
    "multicastInterface": lambda handle, value: handle.set_multicast_interface(str(value)),
}


def _set_option(ctx: Context, handle_id, name: str, value):
    return _attempt(_OPTIONS[name], _handle(ctx, handle_id), value)


def _membership(ctx: Context, handle_id, join, group: str, interface):
    return _attempt(_handle(ctx, handle_id).membership, bool(join), group, interface)


def _source_membership(ctx: Context, handle_id, join, source: str, group: str, interface):
    return _attempt(_handle(ctx, handle_id).source_membership, bool(join), source, group, interface)


def _buffer_size(ctx: Context, handle_id, receive, size):
    try:
        return _handle(ctx, handle_id).buffer_size(bool(receive), int(size))
    except OSError as exc:
        return {"error": os_error_info(exc)}


def _fd(ctx: Context, handle_id) -> int:
    """The socket's descriptor, -1 before it has one or once closed."""
    handle = wraps_of(ctx.host.realm).handles.get(int(handle_id))
    return handle.sock.fileno() if handle is not None and handle.sock is not None else -1


def _send_queue(ctx: Context, handle_id) -> list[int]:
    handle = _handle(ctx, handle_id)
    return [handle.send_queue_size, handle.send_queue_count]


def _set_ref(ctx: Context, handle_id, ref) -> None:
    handle = wraps_of(ctx.host.realm).handles.get(int(handle_id))
    if handle is not None:
        handle.ref() if ref else handle.unref()


FUNCTIONS = {
    "udpOpen": _open,
    "udpOpenFd": _open_fd,
    "udpBind": _bind,
    "udpConnect": _connect,
    "udpDisconnect": _disconnect,
    "udpRecvStart": _recv_start,
    "udpRecvStop": _recv_stop,
    "udpSend": _send,
    "udpClose": _close,
    "udpSockname": _sockname,
    "udpPeername": _peername,
    "udpSetOption": _set_option,
    "udpMembership": _membership,
    "udpSourceMembership": _source_membership,
    "udpBufferSize": _buffer_size,
    "udpSendQueue": _send_queue,
    "udpFd": _fd,
    "udpSetRef": _set_ref,
}
