"""host/ipc.py on its own: bytes and descriptors between two IPC pipes on one loop, in order,
with a write queued behind a large one; the end of the stream."""

from __future__ import annotations

import os
import socket

from noderun.host.ipc import IPCPipe
from noderun.host.loop import EventLoop

from loop_hooks import NoJSHooks


def test_bytes_and_descriptors_arrive_in_order_and_the_end_is_seen():
    loop = EventLoop()
    ours, theirs = socket.socketpair()
    sender, receiver = IPCPipe(loop, ours), IPCPipe(loop, theirs)
    read_fd, write_fd = os.pipe()
    received, fds, written = bytearray(), [], []
    ended = []

    def on_read(data, got):
        fds.extend(got)
        if data:
            received.extend(data)
        else:
            ended.append(True)
            receiver.close()

    receiver.read_start(on_read)
    big = os.urandom(3 * 1024 * 1024)
    assert sender.write(b"first", write_fd, written.append) is True   # all at once: no callback
    assert sender.write(big, None, written.append) is False           # queued
    assert sender.write(b"last", None, lambda error: (written.append(error), sender.close())) is False
    loop.run(NoJSHooks())
    loop.close()
    assert bytes(received) == b"first" + big + b"last"
    assert written == [None, None] and ended == [True]
    assert len(fds) == 1   # the descriptor came once, with the first bytes: it is the pipe's end
    os.write(fds[0], b"x")
    assert os.read(read_fd, 1) == b"x"
    for fd in (read_fd, write_fd, fds[0]):
        os.close(fd)
