"""host/channel.py on its own: entangled port ends between threads."""

from __future__ import annotations

import threading

from noderun.host.channel import CLOSED, PortEnd


class FakeLoop:
    """Collects what a PortEnd posts to its owner's loop."""

    def __init__(self):
        self.posted = []
        self.thread_id = None   # (not running: a sender never waits for it to take its queue)

    def post(self, callback, order=None):
        self.posted.append(callback)

    def run_posted(self):
        posted, self.posted = self.posted, []
        for callback in posted:
            callback()


def test_messages_arrive_in_order_and_one_ready_callback_covers_a_burst():
    a, b = PortEnd.pair()
    loop, ready = FakeLoop(), []
    b.attach(loop, lambda: ready.append(1))
    for i in range(5):
        assert a.post(i)
    assert len(loop.posted) == 1            # one wake-up for the whole burst
    loop.run_posted()
    assert ready == [1]
    assert [b.take() for _ in range(5)] == [0, 1, 2, 3, 4]
    assert b.take() is None


def test_messages_wait_while_detached_and_are_delivered_on_attach():
    a, b = PortEnd.pair()
    a.post("early")
    loop = FakeLoop()
    b.attach(loop, lambda: None)
    assert len(loop.posted) == 1
    b.detach()                               # in flight to another thread
    a.post("during transfer")
    other = FakeLoop()
    b.attach(other, lambda: None)
    assert len(other.posted) == 1
    assert [b.take(), b.take()] == ["early", "during transfer"]


def test_close_drops_what_the_closer_had_not_received_and_the_peer_gets_the_rest_then_closed():
    a, b = PortEnd.pair()
    a.post("to b before close")
    b.post("to a, never received")
    a.close()
    assert a.take() is None
    assert b.take() == "to b before close"
    assert b.take() is CLOSED
    assert b.closed
    assert not a.post("after close") and not b.post("after close")


def test_many_threads_posting_lose_nothing():
    a, b = PortEnd.pair()
    b.attach(FakeLoop(), lambda: None)

    def send(base):
        for i in range(2000):
            a.post((base, i))

    threads = [threading.Thread(target=send, args=(t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    received = []
    while (item := b.take()) is not None:
        received.append(item)
    assert len(received) == 8000
    for t in range(4):                       # each sender's messages stay in its order
        assert [i for base, i in received if base == t] == list(range(2000))
