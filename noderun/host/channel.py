"""Entangled message-port ends: the thread-safe half of MessageChannel, Worker and parentPort.

A `PortEnd` is one end of a pair. Any thread may post to it (the message lands in its peer's
queue); one event loop at a time owns it and receives from it: when a message arrives at an empty
queue, the end posts one "ready" callback to its owner's loop, which takes every queued message.
An end that travels to another thread (a transferred MessagePort) is detached, keeps its queue
while in flight, and is attached to its new loop on arrival, so nothing sent meanwhile is lost.

Closing follows node: the closing end drops what it had not received yet; its peer still
receives what was sent before the close, then learns of the close (`CLOSED` comes through its
queue, after those messages).
"""

from __future__ import annotations

import _thread   # (threading imports functools and collections: DESIGN.md, start-up)
from _collections import deque   # (collections.deque itself: the package costs 2 ms)

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    import threading
    from collections.abc import Callable

CLOSED = object()   # the queue item that tells an end its peer closed

# A sender on another thread that finds more than _CROWDED items (each up to a batch of 512
# messages) waiting at the receiving end waits, at most _ROOM_WAIT seconds, until the receiver has
# taken them. node's ports have no such limit, but node's receiver keeps up with its sender; here a
# flood can post faster than its receiver delivers, and what is queued is delivered before the
# sender's 'exit' (as node drains a port): unbounded, a terminate() would wait for all of it. The
# wait is bounded so that two threads flooding each other never block each other for good.
_CROWDED = 4
_ROOM_WAIT = 0.002


class PortEnd:
    __slots__ = ("peer", "closed", "_queue", "_lock", "_loop", "_order", "_on_ready", "_ready_posted", "_room",
                 "lane", "_lanes", "_lane_open")

    def __init__(self) -> None:
        self.peer: PortEnd | None = None
        self.closed = False
        self._queue: deque = deque()
        self._lock = _thread.allocate_lock()
        self._loop = None                 # host.loop.EventLoop of the owning thread
        self._order: int | None = None    # its rank among that loop's ports (see EventLoop.post)
        self._on_ready: Callable[[], None] | None = None
        self._ready_posted = False
        self._room: threading.Condition | None = None   # a crowded sender waits on it (see _CROWDED)
        # engine/fastmsg.c's lane of this end (see "lanes" there): lone messages from C, older than
        # anything in _queue; open only while _queue is empty (None where fastmsg is not loaded)
        self._lanes = _lanes() if _lanes is not None else None
        self.lane = self._lanes.new_lane() if self._lanes is not None else None
        self._lane_open = False

    @staticmethod
    def pair() -> tuple["PortEnd", "PortEnd"]:
        a, b = PortEnd(), PortEnd()
        a.peer, b.peer = b, a
        return a, b

    # -- owner side ------------------------------------------------------------------------------

    def attach(self, loop, on_ready: Callable[[], None], order: int | None = None) -> None:
        """Start receiving on `loop`: `on_ready` runs there whenever messages are waiting (in
        `order` among the ends that are ready at once)."""
        with self._lock:
            self._loop, self._on_ready, self._order = loop, on_ready, order
            if self._queue:
                self._post_ready()

    def detach(self) -> None:
        """Stop receiving (the end is being transferred); queued messages stay."""
        with self._lock:
            self._close_lane()
            self._loop = self._on_ready = None
            self._ready_posted = False

    def take(self):
        """The next queued message, CLOSED once the peer closed, or None when nothing is queued."""
        with self._lock:
            if self._lane_open:
                mail = self._lanes.take_one(self.lane)
                if mail is not None:
                    return mail
            if not self._queue:
                return None
            item = self._queue.popleft()
            if item is CLOSED:
                self.closed = True
            return item

    def take_all(self) -> tuple[list, bool]:
        """Every message queued now, in order, and whether the peer's close came after them."""
        with self._lock:
            mail = self._lanes.take_all(self.lane) if self._lane_open else None
            if not self._queue:
                return mail or [], False
            items = list(self._queue)   # (an open lane means an empty queue: no mail here)
            self._queue.clear()
            if self._room is not None:
                self._room.notify_all()
            if items[-1] is not CLOSED:
                return items, False
            self.closed = True
        return items[:-1], True   # (nothing can follow CLOSED: the closed peer posts no more)

    def waiting(self) -> bool:
        """Whether anything is queued (a hint: another thread may post right after)."""
        return bool(self._queue) or (self._lane_open and self._lanes.waiting(self.lane))

    def push_front(self, message) -> None:
        """Put a message back at the head of this end's own queue (what JS had taken but not
        delivered, before the end moves to another thread)."""
        with self._lock:
            if self.closed:
                dropped = [message]
            else:
                dropped = []
                self._close_lane()
                self._queue.appendleft(message)
                if self._loop is not None and not self._ready_posted:
                    self._post_ready()
        _release(dropped)

    def take_close(self) -> bool:
        """Take the peer's close when it is the next item (nothing sent before it is waiting):
        an end that is not receiving still learns of it, as a node port does."""
        with self._lock:
            if not self._queue or self._queue[0] is not CLOSED:
                return False
            self._queue.popleft()
            self.closed = True
            return True

    def close(self) -> None:
        """Close both ends: this one at once (dropping what it had not received), the peer after
        the messages already sent to it."""
        with self._lock:
            if self.closed:
                return
            self._close_lane()
            self.closed = True
            dropped = list(self._queue)
            self._queue.clear()
        _release(dropped)
        peer = self.peer
        if peer is not None:
            peer._put(CLOSED)

    # -- any thread ------------------------------------------------------------------------------

    def post(self, message) -> bool:
        """Send to the peer; False (and the message dropped) when either end is closed."""
        peer = self.peer
        if self.closed or peer is None or not peer._put(message):
            _release([message])
            return False
        return True

    def deliver(self, message) -> bool:
        """Put a message straight into this end's own queue (a BroadcastChannel has no peer)."""
        if not self._put(message):
            _release([message])
            return False
        return True

    def _put(self, item) -> bool:
        with self._lock:
            if self.closed:
                return False
            if self._lane_open:
                self._close_lane()
            self._queue.append(item)
            if self._loop is not None and not self._ready_posted:
                self._post_ready()
            if len(self._queue) > _CROWDED and self._crowded_by_another_thread():
                if self._room is None:
                    import threading   # (only a crowded channel needs it: off start-up)
                    self._room = threading.Condition(self._lock)
                self._room.wait_for(lambda: len(self._queue) <= _CROWDED or self.closed or self._loop is None,
                                    _ROOM_WAIT)
        return True

    def _crowded_by_another_thread(self) -> bool:   # with the lock held
        """Whether the sender is not this end's own thread, whose loop runs (so it will drain)."""
        owner = self._loop.thread_id if self._loop is not None else None
        return owner is not None and owner != _thread.get_ident()

    # -- the lane (engine/fastmsg.c) ----------------------------------------------------------------

    def open_lane(self, inbox, port_id: int) -> None:
        """Let C senders queue lone messages here while nothing else is queued (the owner, receiving
        on a loop whose lanes `inbox` is)."""
        with self._lock:
            if (self.lane is not None and not self._lane_open and not self._queue and not self.closed
                    and self._loop is not None):
                self._lanes.open(self.lane, inbox, port_id, self._order or 0)
                self._lane_open = True

    def close_lane(self) -> None:
        """No more C senders' messages in the lane (what it holds joins the queue)."""
        with self._lock:
            self._close_lane()

    def _close_lane(self) -> None:   # with the lock held
        if self._lane_open:
            self._lane_open = False
            mail = self._lanes.close(self.lane)
            if mail:
                self._queue.extendleft(reversed(mail))   # (older than all the queue holds)

    def __del__(self):
        if self.lane is not None:
            self._lanes.free_lane(self.lane)
            self.lane = None

    def _post_ready(self) -> None:   # with the lock held
        self._ready_posted = True
        self._loop.post(self._ready, self._order)

    def _ready(self) -> None:
        with self._lock:
            self._ready_posted = False
            on_ready = self._on_ready
        if on_ready is not None:
            on_ready()


_lanes = None   # set_lanes


def set_lanes(lanes) -> None:
    """Where ends get their lanes: `lanes()` gives what makes, opens, closes and empties them (the
    node layer's, engine/fastmsg.c's), or None (no lanes for an end made then)."""
    global _lanes
    _lanes = lanes


def _release(messages) -> None:
    for message in messages:
        release = getattr(message, "release", None)
        if release is not None:
            release()
