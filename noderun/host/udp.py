"""Datagram socket handle (libuv's uv_udp_t): a non-blocking UDP socket on one loop; no Node knowledge.

The socket is made when first needed (`bind`, or `connect` / `send` on an unbound handle binds it
to an ephemeral port of the destination's family, as the kernel would), so a handle that was never
bound has no descriptor and its address queries fail with EBADF, as libuv's do.
`recv_start(on_recv)` / `recv_stop`: `on_recv(data, sockaddr)` for each datagram, or
`on_recv(OSError, None)` when receiving fails (an ICMP error on a connected socket).
`send(data, sockaddr, on_sent)` tries to send at once (None: done, an OSError: failed, both known
at the call), else queues it and `on_sent(error)` runs once it has gone; `sockaddr` None sends to
the connected peer. The handle refs its loop while it receives or has queued sends.
Socket options and memberships raise OSError as the system call does.
"""

from __future__ import annotations

import collections
import errno
import socket
import struct
from collections.abc import Callable

from .loop import ERRORS, READABLE, WRITABLE, EventLoop, Handle

_RECV_SIZE = 64 * 1024
_RECV_BURST = 32          # datagrams read per readiness before the rest of the loop runs (as libuv)

# Linux values where the socket module has no name for them
_IP_ADD_SOURCE_MEMBERSHIP = getattr(socket, "IP_ADD_SOURCE_MEMBERSHIP", 39)
_IP_DROP_SOURCE_MEMBERSHIP = getattr(socket, "IP_DROP_SOURCE_MEMBERSHIP", 40)
_MCAST_JOIN_SOURCE_GROUP = 46
_MCAST_LEAVE_SOURCE_GROUP = 47
_SO_REUSEPORT = getattr(socket, "SO_REUSEPORT", 15)


class UDPHandle(Handle):
    """A UDP socket of one family (AF_INET or AF_INET6): an address of the other one is EINVAL."""

    def __init__(self, loop: EventLoop, family: int) -> None:
        super().__init__(loop)
        self.family = family
        self.sock: socket.socket | None = None
        self._on_recv: Callable | None = None
        self._sends: collections.deque = collections.deque()   # (data, sockaddr, on_sent)

    @classmethod
    def adopt(cls, loop: EventLoop, fd: int) -> "UDPHandle":
        """A handle for the UDP socket open on `fd` (one sent over an IPC channel); it owns `fd`."""
        sock = socket.socket(fileno=fd)
        if sock.type != socket.SOCK_DGRAM:
            sock.detach()
            raise OSError(errno.EINVAL, "invalid argument")
        sock.setblocking(False)
        handle = cls(loop, sock.family)
        handle.sock = sock
        return handle

    # -- the socket -----------------------------------------------------------------------------

    def _socket(self) -> socket.socket:
        if self.sock is None:
            self.sock = socket.socket(self.family, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC)
        return self.sock

    def _bound_socket(self) -> socket.socket:
        """The socket, bound to an ephemeral port if it was not bound yet."""
        if self.sock is None:
            self._socket().bind(("::" if self.family == socket.AF_INET6 else "0.0.0.0", 0))
        return self.sock

    def sockaddr(self, host: str, port: int):
        """The address tuple Python's socket calls take for `host` (an IPv6 scope `%name` becomes
        its index); EINVAL for an address that is not of the handle's family."""
        if not _is_ip(self.family, host):
            raise OSError(errno.EINVAL, "invalid argument")
        if self.family == socket.AF_INET6:
            return (host.split("%")[0], port, 0, _scope_index(host) if "%" in host else 0)
        return (host, port)

    def _require(self) -> socket.socket:
        if self.sock is None:
            raise OSError(errno.EBADF, "bad file descriptor")
        return self.sock

    def bind(self, host: str, port: int, reuse_addr: bool = False, reuse_port: bool = False,
             ipv6_only: bool = False) -> None:
        if self.sock is not None:
            raise OSError(errno.EINVAL, "invalid argument")
        sockaddr = self.sockaddr(host, port)
        sock = self._socket()
        try:
            if reuse_addr:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, _SO_REUSEPORT, 1)
            if self.family == socket.AF_INET6 and ipv6_only:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(sockaddr)
        except OSError:
            sock.close()   # a failed bind leaves the handle as it was, able to bind again
            self.sock = None
            raise

    def connect(self, host: str, port: int) -> None:
        sockaddr = self.sockaddr(host, port)
        self._bound_socket().connect(sockaddr)

    def disconnect(self) -> None:
        """Forget the connected peer (connect to AF_UNSPEC, which Python's connect cannot say)."""
        import ctypes   # only here: rare, and ctypes costs start-up time

        libc = ctypes.CDLL(None, use_errno=True)
        unspec = (ctypes.c_ubyte * 16)()    # sa_family AF_UNSPEC (0), the rest zero
        if libc.connect(self._require().fileno(), unspec, 16) != 0:
            number = ctypes.get_errno()
            if number != errno.EAFNOSUPPORT:   # what Linux answers once the peer is gone
                raise OSError(number, errno.errorcode.get(number, "error"))

    def sockname(self):
        return self._require().getsockname()

    def peername(self):
        return self._require().getpeername()

    # -- receiving --------------------------------------------------------------------------------

    def recv_start(self, on_recv: Callable) -> None:
        self._require()
        self._on_recv = on_recv
        self._update()

    def recv_stop(self) -> None:
        self._on_recv = None
        self._update()

    def _receive(self) -> None:
        for _ in range(_RECV_BURST):
            if self._on_recv is None or self.closed:
                return
            try:
                data, sockaddr = self.sock.recvfrom(_RECV_SIZE)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._on_recv(exc, None)
                continue
            self._on_recv(data, sockaddr)

    # -- sending ----------------------------------------------------------------------------------

    @property
    def send_queue_size(self) -> int:
        return sum(len(data) for data, _, _ in self._sends)

    @property
    def send_queue_count(self) -> int:
        return len(self._sends)

    def send(self, data: bytes, sockaddr, on_sent: Callable, try_first: bool = True) -> OSError | None | bool:
        """None when the datagram went at once, an OSError when it failed at once, False when it
        was queued (then `on_sent(error)` runs later); `try_first` False queues it at once."""
        if try_first and not self._sends:
            try:
                self._send_now(data, sockaddr)
                return None
            except (BlockingIOError, InterruptedError):
                pass
            except OSError as exc:
                return exc
        if sockaddr is not None:
            self._bound_socket()   # the socket to wait on
        self._sends.append((data, sockaddr, on_sent))
        self._update()
        return False

    def _send_now(self, data: bytes, sockaddr) -> None:
        if sockaddr is None:
            self._require().send(data)
        else:
            self._bound_socket().sendto(data, sockaddr)

    def _flush(self) -> None:
        while self._sends and not self.closed:
            data, sockaddr, on_sent = self._sends[0]
            try:
                self._send_now(data, sockaddr)
                error = None
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                error = exc
            self._sends.popleft()
            on_sent(error)
        self._update()

    # -- options ----------------------------------------------------------------------------------

    def _is_ipv6(self) -> bool:
        self._require()
        return self.family == socket.AF_INET6

    def set_broadcast(self, on: bool) -> None:
        self._require().setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, int(on))

    def set_ttl(self, ttl: int) -> None:
        if not 1 <= ttl <= 255:
            raise OSError(errno.EINVAL, "invalid argument")
        if self._is_ipv6():
            self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, ttl)
        else:
            self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, ttl)

    def set_multicast_ttl(self, ttl: int) -> None:
        if not 0 <= ttl <= 255:
            raise OSError(errno.EINVAL, "invalid argument")
        if self._is_ipv6():
            self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, ttl)
        else:
            self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, ttl)

    def set_multicast_loopback(self, on: bool) -> None:
        if self._is_ipv6():
            self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_LOOP, int(on))
        else:
            self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, int(on))

    def set_multicast_interface(self, interface: str) -> None:
        if self._is_ipv6():
            index = _scope_index(interface) if "%" in interface else 0
            if "%" not in interface and not _is_ip(socket.AF_INET6, interface):
                raise OSError(errno.EINVAL, "invalid argument")
            self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, index)
        else:
            self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, _in_addr(interface))

    def membership(self, join: bool, group: str, interface: str | None) -> None:
        """Join or leave multicast `group` on `interface` (an address; None: the default one)."""
        if not _is_ip(self.family, group):
            raise OSError(errno.EINVAL, "invalid argument")
        sock = self._bound_socket()
        if self.family == socket.AF_INET6:
            index = _scope_index(interface) if interface and "%" in interface else 0
            request = socket.inet_pton(socket.AF_INET6, group.split("%")[0]) + struct.pack("@I", index)
            option = socket.IPV6_JOIN_GROUP if join else socket.IPV6_LEAVE_GROUP
            sock.setsockopt(socket.IPPROTO_IPV6, option, request)
        else:
            request = _in_addr(group) + _in_addr(interface or "0.0.0.0")
            option = socket.IP_ADD_MEMBERSHIP if join else socket.IP_DROP_MEMBERSHIP
            sock.setsockopt(socket.IPPROTO_IP, option, request)

    def source_membership(self, join: bool, source: str, group: str, interface: str | None) -> None:
        """Join or leave the source-specific group (`source`, `group`) on `interface`."""
        if not (_is_ip(self.family, group) and _is_ip(self.family, source)):
            raise OSError(errno.EINVAL, "invalid argument")
        sock = self._bound_socket()
        if self.family == socket.AF_INET6:
            index = _scope_index(interface) if interface and "%" in interface else 0
            request = (struct.pack("@I4x", index) + _sockaddr_storage(group) + _sockaddr_storage(source))
            option = _MCAST_JOIN_SOURCE_GROUP if join else _MCAST_LEAVE_SOURCE_GROUP
            sock.setsockopt(socket.IPPROTO_IPV6, option, request)
        else:
            request = _in_addr(group) + _in_addr(interface or "0.0.0.0") + _in_addr(source)
            option = _IP_ADD_SOURCE_MEMBERSHIP if join else _IP_DROP_SOURCE_MEMBERSHIP
            sock.setsockopt(socket.IPPROTO_IP, option, request)

    def buffer_size(self, receive: bool, size: int) -> int:
        """Set the kernel's receive or send buffer size when `size` > 0; the size now in force."""
        sock = self._require()
        option = socket.SO_RCVBUF if receive else socket.SO_SNDBUF
        if size > 0x7FFFFFFF:   # more than the system call's int
            raise OSError(errno.EINVAL, "invalid argument")
        if size > 0:
            sock.setsockopt(socket.SOL_SOCKET, option, size)
        return sock.getsockopt(socket.SOL_SOCKET, option)

    # -- readiness --------------------------------------------------------------------------------

    def _update(self) -> None:
        if self.closed or self.sock is None:
            return
        events = (READABLE if self._on_recv is not None else 0) | (WRITABLE if self._sends else 0)
        self._watch(self.sock.fileno(), events)
        self._set_active(bool(events))

    def _ready(self, events: int) -> None:
        if events & (WRITABLE | ERRORS) and self._sends:
            self._flush()
        if events & (READABLE | ERRORS) and self._on_recv is not None:
            self._receive()

    def _close(self) -> None:
        if self.sock is None:
            return
        self._watch(self.sock.fileno(), 0)
        self._sends.clear()
        self._on_recv = None
        self.sock.close()


def _is_ip(family: int, address: str) -> bool:
    try:
        socket.inet_pton(family, address.split("%")[0])
        return True
    except (OSError, ValueError):
        return False


def _in_addr(address: str) -> bytes:
    try:
        return socket.inet_pton(socket.AF_INET, address)
    except (OSError, ValueError):
        raise OSError(errno.EINVAL, "invalid argument") from None


def _scope_index(address: str) -> int:
    """The interface index of an IPv6 address's `%scope`; 0 (the default interface) for a name the
    system does not know, as libuv's uv_ip6_addr gives it."""
    scope = address.split("%", 1)[1]
    if scope.isdigit():
        return int(scope)
    try:
        return socket.if_nametoindex(scope)
    except OSError:
        return 0


def _sockaddr_storage(address: str) -> bytes:
    """A struct sockaddr_storage (128 bytes) holding an IPv6 address, for group_source_req."""
    raw = socket.inet_pton(socket.AF_INET6, address.split("%")[0])
    return struct.pack("@HHI16sI", socket.AF_INET6, 0, 0, raw, 0).ljust(128, b"\0")
