"""DNS queries as node's resolvers (c-ares) make them, through dnspython; plain Python, no JS.

`query(servers, name, rrtype, timeout_ms, tries, local)` asks each server in turn, `tries` rounds
(each waiting twice as long as the one before, up to `max_timeout_ms` when given, as c-ares does)
(from `local`'s address of the server's family, {"4": address, "6": address}, when given),
over a connected UDP socket (so an ICMP "port unreachable" is ECONNREFUSED at once, as c-ares sees
it), again over TCP when the answer is truncated, and returns either ("ok", records) or
("error", code) with c-ares's code names as node reports them (ENOTFOUND, ENODATA, ETIMEOUT,
ECONNREFUSED, ESERVFAIL, EREFUSED, EFORMERR, ENOTIMP, EBADRESP, EBADNAME). The records have the
shape node's callbacks receive (see `_record`); A and AAAA always carry their ttl (JS drops it
unless asked). dnspython is imported on the first query: it is not needed to start.
"""

from __future__ import annotations

import os
import select
import socket
import threading
import time

_DEFAULT_TIMEOUT_MS = 2000    # c-ares's, for the options' -1 (and 0)
_MIN_TIMEOUT_MS = 250         # c-ares waits at least this long for an answer, whatever it is told
_RECV_SIZE = 65535

# the query each node method makes (the 'ANY' query lists every record type below)
RRTYPES = ("A", "AAAA", "ANY", "CAA", "CNAME", "MX", "NAPTR", "NS", "PTR", "SOA", "SRV", "TLSA", "TXT")


class Cancel:
    """Lets another thread cancel a query (node's resolver.cancel()): the query waits for its
    answer on its socket and on an eventfd that cancel() writes, so it wakes at once and answers
    ECANCELLED. (Shutting the socket down would not wake a UDP receive everywhere: not in gVisor.)"""

    def __init__(self) -> None:
        self.cancelled = False
        self._lock = threading.Lock()
        self._fd: int | None = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._fd is not None:
                os.eventfd_write(self._fd, 1)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    def wait(self, sock: socket.socket, timeout: float) -> bool:
        """Whether `sock` became readable within `timeout` seconds (False: timed out or cancelled)."""
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        if self._fd is not None:
            poller.register(self._fd, select.POLLIN)
        ready = poller.poll(max(0, timeout) * 1000)
        return not self.cancelled and any(fd == sock.fileno() for fd, _ in ready)


def query(servers: list, name: str, rrtype: str, timeout_ms: int, tries: int, local: dict | None = None,
          cancel: Cancel | None = None, max_timeout_ms: int = 0):
    import dns.exception
    import dns.message
    import dns.name
    import dns.rdatatype

    try:
        request = dns.message.make_query(name, dns.rdatatype.from_text(rrtype))
    except (dns.exception.DNSException, ValueError, UnicodeError):
        return ("error", "EBADNAME")
    wire = request.to_wire()
    base = (timeout_ms if timeout_ms and timeout_ms > 0 else _DEFAULT_TIMEOUT_MS) / 1000
    if cancel is None:
        cancel = Cancel()
        try:
            return query(servers, name, rrtype, timeout_ms, tries, local, cancel, max_timeout_ms)
        finally:
            cancel.close()
    error = "ECONNREFUSED"
    for attempt in range(max(1, tries)):
        # c-ares doubles the timeout at each round, up to maxTimeout when one is set
        timeout = max(base * 2 ** attempt, _MIN_TIMEOUT_MS / 1000)
        if max_timeout_ms and max_timeout_ms > 0:
            timeout = min(timeout, max_timeout_ms / 1000)
        for host, port in servers:
            if cancel.cancelled:
                return ("error", "ECANCELLED")
            outcome = _exchange(request, wire, host, int(port), timeout, local, cancel)
            if isinstance(outcome, str):
                error = outcome
                continue
            answer = _answer(request, outcome, rrtype)
            if answer[0] == "retry":   # the server failed: c-ares asks the next one
                error = answer[1]
                continue
            return answer
    return ("error", error)


def _exchange(request, wire: bytes, host: str, port: int, timeout: float, local, cancel: Cancel):
    """The server's response message, or the error code of what went wrong."""
    import dns.exception
    import dns.flags
    import dns.message
    import dns.query

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    deadline = time.monotonic() + timeout
    try:
        with socket.socket(family, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            if cancel.cancelled:
                return "ECANCELLED"
            source = (local or {}).get("6" if family == socket.AF_INET6 else "4")
            if source:
                sock.bind((source, 0))
            sock.connect((host, port))
            sock.send(wire)
            while True:
                if not cancel.wait(sock, deadline - time.monotonic()):
                    return "ECANCELLED" if cancel.cancelled else "ETIMEOUT"
                data = sock.recv(_RECV_SIZE)
                try:
                    response = dns.message.from_wire(data, ignore_trailing=True)
                except dns.message.ShortHeader:
                    continue
                except dns.exception.DNSException:
                    if len(data) >= 2 and data[:2] == wire[:2]:
                        return "EBADRESP"
                    continue
                if request.is_response(response):
                    break
        if response.flags & dns.flags.TC:
            response = dns.query.tcp(request, host, timeout=max(0.001, deadline - time.monotonic()), port=port)
        return response
    except dns.exception.Timeout:
        return "ETIMEOUT"
    except ConnectionRefusedError:
        return "ECONNREFUSED"
    except dns.exception.DNSException:
        return "EBADRESP"
    except OSError:
        return "ECONNREFUSED"


def _answer(request, response, rrtype: str):
    import dns.rcode
    import dns.rdatatype

    rcode = response.rcode()
    if rcode == dns.rcode.NXDOMAIN:
        return ("error", "ENOTFOUND")
    if rcode != dns.rcode.NOERROR:
        code = {dns.rcode.SERVFAIL: "ESERVFAIL", dns.rcode.REFUSED: "EREFUSED", dns.rcode.FORMERR: "EFORMERR",
                dns.rcode.NOTIMP: "ENOTIMP"}.get(rcode, "EBADRESP")
        return ("retry", code)
    wanted = None if rrtype == "ANY" else dns.rdatatype.from_text(rrtype)
    records = []
    for rrset in response.answer:
        if wanted is not None and rrset.rdtype != wanted:
            continue
        kind = dns.rdatatype.to_text(rrset.rdtype)
        for rdata in rrset:
            record = _record(kind, rdata, rrset.ttl)
            if record is None:
                continue
            if wanted is None:
                record = {**record, "type": kind} if isinstance(record, dict) else _any_entry(kind, record)
            records.append(record)
    if not records:
        return ("error", "ENODATA")
    if rrtype == "SOA":
        return ("ok", records[0])
    return ("ok", records)


def _name(name) -> str:
    return name.to_text(omit_final_dot=True) if len(name.labels) > 1 else ""


def _text(data: bytes) -> str:
    return data.decode("latin-1")


def _record(kind: str, rdata, ttl: int):
    """One record as node gives it: a string for names, a list of strings for TXT, else an object
    (MX, SRV and CAA objects name their type, as node 24's do)."""
    if kind in ("A", "AAAA"):
        return {"address": rdata.address, "ttl": ttl}
    if kind in ("CNAME", "NS", "PTR"):
        return _name(rdata.target)
    if kind == "MX":
        return {"exchange": _name(rdata.exchange), "priority": rdata.preference, "type": "MX"}
    if kind == "TXT":
        return [_text(chunk) for chunk in rdata.strings]
    if kind == "SRV":
        return {"name": _name(rdata.target), "port": rdata.port, "priority": rdata.priority, "weight": rdata.weight,
                "type": "SRV"}
    if kind == "SOA":
        return {"nsname": _name(rdata.mname), "hostmaster": _name(rdata.rname), "serial": rdata.serial,
                "refresh": rdata.refresh, "retry": rdata.retry, "expire": rdata.expire, "minttl": rdata.minimum}
    if kind == "NAPTR":
        return {"flags": _text(rdata.flags), "service": _text(rdata.service), "regexp": _text(rdata.regexp),
                "replacement": _name(rdata.replacement), "order": rdata.order, "preference": rdata.preference}
    if kind == "CAA":
        return {"critical": rdata.flags, "type": "CAA", _text(rdata.tag): _text(rdata.value)}
    if kind == "TLSA":
        return {"certUsage": rdata.usage, "selector": rdata.selector, "match": rdata.mtype, "data": bytes(rdata.cert)}
    return None


def _any_entry(kind: str, record) -> dict:
    """An entry of resolveAny's answer for a record whose plain form is not an object."""
    if kind == "TXT":
        return {"entries": record, "type": kind}
    return {"value": record, "type": kind}


def reverse_name(address: str) -> str | None:
    """The in-addr.arpa / ip6.arpa name of an IP address, None for something else."""
    import dns.exception
    import dns.reversename

    try:
        return dns.reversename.from_address(address).to_text(omit_final_dot=True)
    except (dns.exception.DNSException, ValueError, SyntaxError):
        return None


def system_servers() -> list:
    """The name servers of /etc/resolv.conf as [address, port] (c-ares reads the same file;
    127.0.0.1 when it names none)."""
    servers = []
    try:
        with open("/etc/resolv.conf", encoding="utf-8", errors="replace") as conf:
            for line in conf:
                fields = line.split()
                if len(fields) >= 2 and fields[0] == "nameserver":
                    servers.append([fields[1].split("%")[0], 53])
    except OSError:
        pass
    return servers or [["127.0.0.1", 53]]
