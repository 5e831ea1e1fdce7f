"""host/udp.py on its own (datagrams between two handles on one loop, every one with its sender's
address, a queued send's callback, the loop ending once nothing receives, no descriptor left) and
node/dns_resolver.py against DNS servers made with dnspython's message API in a thread (records,
NXDOMAIN, a truncated answer asked again over TCP, a server that never answers, cancel)."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest

from noderun.host.loop import EventLoop
from noderun.host.udp import UDPHandle
from noderun.node import dns_resolver

from loop_hooks import NoJSHooks


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_datagrams_arrive_with_the_senders_address_and_the_loop_ends():
    fds_before = _open_fds()
    loop = EventLoop()
    server, client = UDPHandle(loop, socket.AF_INET), UDPHandle(loop, socket.AF_INET)
    server.bind("127.0.0.1", 0)
    port = server.sockname()[1]
    count, window = 500, 8   # a few in flight at a time: the kernel drops what overflows its buffer
    got, senders, sent = [], set(), []
    destination = client.sockaddr("127.0.0.1", port)

    def send_next():
        outcome = client.send(b"datagram %d" % send_next.number, destination, sent.append)
        assert outcome in (None, False)   # went at once, or queued (then its callback says so)
        send_next.number += 1

    send_next.number = 0

    def on_recv(data, sockaddr):
        assert not isinstance(data, OSError), data
        got.append(data)
        senders.add(sockaddr)
        if send_next.number < count:
            send_next()
        if len(got) == count:
            server.close()
            client.close()

    server.recv_start(on_recv)
    for _ in range(window):
        send_next()
    client_port = client.sockname()[1]   # bound by its first send
    loop.run(NoJSHooks())   # ends by itself: nothing receives or waits to send any more
    loop.close()
    assert got == [b"datagram %d" % i for i in range(count)]
    assert senders == {("127.0.0.1", client_port)}
    assert all(error is None for error in sent)
    assert _open_fds() == fds_before


def test_an_address_of_the_other_family_is_einval_and_an_unbound_handle_has_no_name():
    loop = EventLoop()
    handle = UDPHandle(loop, socket.AF_INET6)
    with pytest.raises(OSError) as unbound:
        handle.sockname()
    assert unbound.value.errno == 9   # EBADF, as libuv says of a handle with no socket
    with pytest.raises(OSError) as wrong:
        handle.bind("127.0.0.1", 0)
    assert wrong.value.errno == 22   # EINVAL
    handle.bind("::1", 0)
    assert handle.sockname()[0] == "::1"
    handle.close()
    loop.close()


# -- resolvers ---------------------------------------------------------------------------------------

class DNSServer:
    """A UDP (and TCP) DNS server on 127.0.0.1 answering from `zone` with dnspython's message API;
    `truncate` answers over UDP with TC set and an empty answer, so the client must ask over TCP."""

    def __init__(self, zone: dict, truncate: bool = False, silent: bool = False):
        import dns.message

        self.zone, self.truncate, self.silent = zone, truncate, silent
        for _ in range(50):   # a UDP port whose TCP twin is free too
            self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            self.udp.bind(("127.0.0.1", 0))
            self.port = self.udp.getsockname()[1]
            self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                self.tcp.bind(("127.0.0.1", self.port))
                break
            except OSError:
                self.udp.close()
                self.tcp.close()
        self.tcp.listen()
        self.tcp_queries = 0
        self._message = dns.message
        self._stop = False
        self.threads = [threading.Thread(target=self._serve_udp, daemon=True),
                        threading.Thread(target=self._serve_tcp, daemon=True)]
        for thread in self.threads:
            thread.start()

    def _answer(self, wire: bytes, over_tcp: bool) -> bytes:
        import dns.flags
        import dns.rcode
        import dns.rrset

        query = self._message.from_wire(wire)
        response = self._message.make_response(query)
        question = query.question[0]
        name = question.name.to_text(omit_final_dot=True)
        if name not in self.zone:
            response.set_rcode(dns.rcode.NXDOMAIN)
        elif self.truncate and not over_tcp:
            response.flags |= dns.flags.TC
        else:
            for rdtype, ttl, texts in self.zone[name]:
                if dns.rdatatype.from_text(rdtype) == question.rdtype:
                    response.answer.append(dns.rrset.from_text(question.name, ttl, "IN", rdtype, *texts))
        return response.to_wire()

    def _serve_udp(self):
        while not self._stop:
            try:
                wire, peer = self.udp.recvfrom(65535)
            except OSError:
                return
            if not self.silent:
                self.udp.sendto(self._answer(wire, False), peer)

    def _serve_tcp(self):
        while not self._stop:
            try:
                conn, _ = self.tcp.accept()
            except OSError:
                return
            with conn:
                size = int.from_bytes(conn.recv(2), "big")
                wire = b""
                while len(wire) < size:
                    wire += conn.recv(size - len(wire))
                self.tcp_queries += 1
                answer = self._answer(wire, True)
                conn.sendall(len(answer).to_bytes(2, "big") + answer)

    def close(self):
        self._stop = True
        self.udp.close()
        self.tcp.close()


@pytest.fixture
def server():
    servers = []

    def start(zone, **options):
        made = DNSServer(zone, **options)
        servers.append(made)
        return made

    yield start
    for made in servers:
        made.close()


ZONE = {
    "example.test": [("A", 60, ["192.0.2.1", "192.0.2.2"]), ("MX", 300, ["10 mail.example.test."]),
                     ("TXT", 300, ['"a" "b"'])],
}


def _sorted(answer):
    """An A answer with its records in address order (dnspython's server may write them in any)."""
    return (answer[0], sorted(answer[1], key=lambda record: record["address"])) if answer[0] == "ok" else answer


def test_records_come_in_nodes_shapes(server):
    dns_server = server(ZONE)
    servers = [["127.0.0.1", dns_server.port]]
    assert _sorted(dns_resolver.query(servers, "example.test", "A", 1000, 1)) == (
        "ok", [{"address": "192.0.2.1", "ttl": 60}, {"address": "192.0.2.2", "ttl": 60}])
    assert dns_resolver.query(servers, "example.test", "MX", 1000, 1) == (
        "ok", [{"exchange": "mail.example.test", "priority": 10, "type": "MX"}])
    assert dns_resolver.query(servers, "example.test", "TXT", 1000, 1) == ("ok", [["a", "b"]])
    assert dns_resolver.query(servers, "example.test", "NS", 1000, 1) == ("error", "ENODATA")
    assert dns_resolver.query(servers, "missing.test", "A", 1000, 1) == ("error", "ENOTFOUND")


def test_a_truncated_answer_is_asked_again_over_tcp(server):
    dns_server = server(ZONE, truncate=True)
    answer = dns_resolver.query([["127.0.0.1", dns_server.port]], "example.test", "A", 1000, 1)
    assert _sorted(answer) == ("ok", [{"address": "192.0.2.1", "ttl": 60}, {"address": "192.0.2.2", "ttl": 60}])
    assert dns_server.tcp_queries == 1


def test_refused_timed_out_and_cancelled_queries(server):
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    dead_port = probe.getsockname()[1]
    probe.close()
    assert dns_resolver.query([["127.0.0.1", dead_port]], "example.test", "A", 1000, 1) == ("error", "ECONNREFUSED")

    silent = server(ZONE, silent=True)
    assert dns_resolver.query([["127.0.0.1", silent.port]], "example.test", "A", 10, 1) == ("error", "ETIMEOUT")

    cancel = dns_resolver.Cancel()
    answers = []
    worker = threading.Thread(target=lambda: answers.append(
        dns_resolver.query([["127.0.0.1", silent.port]], "example.test", "A", 60_000, 4, None, cancel)))
    cancelled_at_once = dns_resolver.Cancel()
    cancelled_at_once.cancel()
    assert dns_resolver.query([["127.0.0.1", silent.port]], "example.test", "A", 60_000, 4, None,
                              cancelled_at_once) == ("error", "ECANCELLED")
    cancelled_at_once.close()
    worker.start()
    time.sleep(0.2)   # (whether it waits for the answer by then or not, it must end)
    cancel.cancel()
    worker.join(10)
    assert answers == [("error", "ECANCELLED")]
