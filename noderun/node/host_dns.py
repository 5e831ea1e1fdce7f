"""Host functions behind node:dns (the role of node's cares_wrap binding).

Everything here blocks, so it runs off the loop: `dnsLookup` (getaddrinfo) and
`dnsLookupService` (getnameinfo) on the process's thread pool, as libuv runs them; `dnsQuery`
(a resolver's query, node/dns_resolver.py) on a pool of its own, so that a server that never
answers does not hold the threads fs and lookups need (c-ares, node's resolver, does not use
libuv's pool either). Each returns a plain value or a failure: getaddrinfo's and getnameinfo's as
libuv's negative error number (UV_EAI_*), a query's as ["error", code].
"""

from __future__ import annotations

import itertools
import json
import socket
import threading

from ..engine.runtime import Context
from ..host import threadpool
from . import dns_resolver

# glibc's EAI_* (negative) -> libuv's UV_EAI_* numbers, which node reports
_UV_EAI = {
    socket.EAI_ADDRFAMILY: -3000, socket.EAI_AGAIN: -3001, socket.EAI_BADFLAGS: -3002, socket.EAI_FAIL: -3004,
    socket.EAI_FAMILY: -3005, socket.EAI_MEMORY: -3006, socket.EAI_NODATA: -3007, socket.EAI_NONAME: -3008,
    socket.EAI_OVERFLOW: -3009, socket.EAI_SERVICE: -3010, socket.EAI_SOCKTYPE: -3011,
}
_UV_EAI_FAIL = -3004


def _uv_eai(exc: OSError) -> int:
    if isinstance(exc, socket.gaierror):
        return _UV_EAI.get(exc.errno, _UV_EAI_FAIL)
    return -(exc.errno or 5)


def _lookup(ctx, host: str, family, hints):
    """The addresses of `host` as [[address, 4|6], ...] in getaddrinfo's order, or a UV_EAI_* number."""
    family = socket.AF_INET6 if family == 6 else socket.AF_INET if family == 4 else socket.AF_UNSPEC
    try:
        try:
            infos = socket.getaddrinfo(host, None, family, socket.SOCK_STREAM, 0, int(hints or 0))
        except UnicodeError:
            # Python's IDNA codec refuses some names (a label over 63 characters) that libuv hands
            # to getaddrinfo as they are, which then finds nothing: do the same
            infos = socket.getaddrinfo(host.encode("utf-8", "surrogatepass"), None, family, socket.SOCK_STREAM, 0,
                                       int(hints or 0))
    except OSError as exc:
        return _uv_eai(exc)
    return [[sockaddr[0], 6 if address_family == socket.AF_INET6 else 4]
            for address_family, _, _, _, sockaddr in infos]


def _lookup_service(ctx, address: str, port):
    """[host name, service] of address:port, or a UV_EAI_* number."""
    try:
        return list(socket.getnameinfo((address, int(port)), socket.NI_NAMEREQD))
    except OSError as exc:
        return _uv_eai(exc)


# queries under way, by the token JS got for each (dnsQueryToken), so that dnsCancel can stop
# them; and the tokens cancelled before their query began (still waiting for a pool thread)
_lock = threading.Lock()
_queries: dict[int, dns_resolver.Cancel] = {}
_cancelled_early: set[int] = set()
_tokens = itertools.count(1)


def _query(ctx, token, servers_json: str, name: str, rrtype: str, timeout_ms, tries, local, max_timeout_ms=0):
    """A resolver's query: ["ok", records] or ["error", code]. The servers come as JSON text of
    [[address, port], ...], the local addresses as JSON of {"4": address, "6": address} or null
    (a pooled function takes plain values only)."""
    token = int(token)
    cancel = dns_resolver.Cancel()
    with _lock:
        if token in _cancelled_early:
            _cancelled_early.discard(token)
            cancel.close()
            return ["error", "ECANCELLED"]
        _queries[token] = cancel
    try:
        return list(dns_resolver.query(json.loads(servers_json), name, rrtype, int(timeout_ms), int(tries),
                                       json.loads(local) if local else None, cancel, int(max_timeout_ms or 0)))
    finally:
        with _lock:
            _queries.pop(token, None)
        cancel.close()


def _query_token(ctx: Context) -> int:
    return next(_tokens)


def _cancel(ctx: Context, token) -> None:
    """Cancel the query of `token`, whether it is under way or still waiting for a pool thread."""
    with _lock:
        cancel = _queries.get(int(token))
        if cancel is None:
            _cancelled_early.add(int(token))
            return
    cancel.cancel()


def _system_servers(ctx: Context) -> list:
    return dns_resolver.system_servers()


def _reverse_name(ctx: Context, address: str):
    return dns_resolver.reverse_name(address)


FUNCTIONS = {
    "dnsQueryToken": _query_token,
    "dnsCancel": _cancel,
    "dnsSystemServers": _system_servers,
    "dnsReverseName": _reverse_name,
}

# What runs on the thread pool (node/host_pool.py)
POOLED = {"dnsLookup": _lookup, "dnsLookupService": _lookup_service, "dnsQuery": _query}

# ... and which of those run on the resolvers' own pool rather than libuv's
_RESOLVER_POOL_SIZE = 16   # threads grow on demand; c-ares has no such limit, so be generous
_resolver_pool: threadpool.ThreadPool | None = None
_resolver_pool_lock = threading.Lock()


def pool_for(name: str):
    """The `submit` function of the pool that runs pooled function `name`."""
    global _resolver_pool
    if name != "dnsQuery":
        return threadpool.submit
    with _resolver_pool_lock:
        if _resolver_pool is None:
            _resolver_pool = threadpool.ThreadPool(_RESOLVER_POOL_SIZE)
    return _resolver_pool.submit
