"""MessagePort host side: the port ends a realm owns, and the host functions of its JS ports.

JS MessagePort objects (node/js/internal/worker/messaging.js) carry an integer id; `Ports` maps
ids to `host.channel.PortEnd`s. Sending serializes on the sender's thread (engine/serialize.py)
and hands the bytes to the peer end; receiving deserializes on the owner's thread, then calls
into JS once for all the messages waiting, which drains nextTicks and microtasks after each
message, as node does.

Three ways in: engine/fastmsg.c's post for messages of plain data, which it copies into a
per-port outbox that is sent whole (see "Batches" below); `portPostPlain(id, value)`, a raw host
function (see engine/host_functions.py) for the common larger message that serdes.js found the
engine's writer takes as it is; and `portPost` for the rest (a value boxed as [value], markers,
transferred ports). Where fastmsg.c cannot be built, the first post raises its FastIOError, as
fastio.c does for sockets: messages never take a slower path without saying so.

Batches. Sending costs a call into Python and a write per message; a burst of small messages
costs one of each per batch instead, and the receiving thread reads it in one call too. A batch
is sent when JS returns to the event loop (the end of `Realm.drain`), before any host function
that is not raw (the context's `before_host_call`: Atomics.wait, receiveMessageOnPort,
process.exit... may wait on it), before anything else sent on or done to its port (order), at
JS's next interrupt check (every few thousand operations: a thread that posts and then computes
for a long time has sent it), and by JS itself once it is full.
"""

from __future__ import annotations

import os
from functools import partial

from ..engine import fastmsg, serialize
from ..engine import values as V
from ..engine.host_functions import raw
from ..engine.lib import ffi, lib
from ..engine.runtime import Context, JSObject
from ..host import broadcast, channel
from ..host.channel import CLOSED, PortEnd


# Ends have lanes (engine/fastmsg.c's, once it is loaded: with the first runtime).
channel.set_lanes(fastmsg.lanes)

_SERVE_AT_LEAST = 1000   # messages a port is served before the loop goes on (node's limit)


class Ports:
    def __init__(self, realm) -> None:
        self.realm = realm
        self._ends: dict[int, PortEnd] = {}
        self._refed: set[int] = set()
        self._started: set[int] = set()               # ends whose messages are delivered to JS
        self._broadcast_names: dict[int, str] = {}   # BroadcastChannel ends: id -> channel name
        self._batches: set[int] = set()      # ids whose outbox (engine/fastmsg.c) holds a batch not sent yet
        self._sender = None   # this thread's outboxes, an engine.fastmsg.Sender (fastMessaging)
        self._closed_by_neighbour: set[PortEnd] = set()   # ends whose peer was closed on this thread
        self._next_id = 1
        self._lanes = None         # engine/fastmsg.c's lanes, once this thread has a port
        self._loop_lanes: _LoopLanes | None = None   # this thread's loop's, once a lane is open

    def _use_lanes(self):
        if self._lanes is None:
            self._lanes = fastmsg.lanes() or False
        return self._lanes

    def _open_lane(self, port_id: int, end: PortEnd) -> None:
        """C senders may queue lone messages for started port `port_id` (see PortEnd.open_lane)."""
        if end.lane is None or port_id not in self._started:
            return
        loop = self.realm.thread.loop
        if self._loop_lanes is None:
            self._loop_lanes = _LoopLanes(self, self._lanes, self._lanes.new_inbox(loop._wake_fd))
            loop.set_lanes(self._loop_lanes)
            self.realm.use_poller(lanes=self._loop_lanes)
        end.open_lane(self._loop_lanes.inbox, port_id)

    def _set_peer(self, port_id: int, end: PortEnd | None) -> None:
        """What this thread's port `port_id` sends to, for engine/fastmsg.c's send."""
        lanes = self._use_lanes()
        if lanes:
            peer = end.peer if end is not None else None
            lanes.set_peer(port_id, peer.lane if peer is not None else None)

    def add(self, end: PortEnd) -> int:
        port_id = self._next_id
        self._next_id += 1
        self._ends[port_id] = end
        # attached from the start, so that a port never started still learns of its peer's close
        end.attach(self.realm.thread.loop, lambda: self._ready(port_id), port_id)
        self._set_peer(port_id, end)
        return port_id

    def end(self, port_id: int) -> PortEnd:
        return self._ends[port_id]

    def start(self, port_id: int) -> None:
        end = self._ends.get(port_id)
        if end is not None:
            self._started.add(port_id)
            end.attach(self.realm.thread.loop, lambda: self._ready(port_id), port_id)   # delivers what waits
            self._open_lane(port_id, end)

    def stop(self, port_id: int) -> None:
        """Stop receiving: what arrives stays queued until the next start()."""
        self._started.discard(port_id)
        end = self._ends.get(port_id)
        if end is not None:
            end.close_lane()

    def _ready(self, port_id: int) -> None:
        """Messages (or the peer's close) wait at an end: delivered if started, else only a close
        that nothing precedes is taken."""
        if port_id in self._started:
            self._deliver(port_id)
            end = self._ends.get(port_id)
            if end is not None:
                self._open_lane(port_id, end)
            return
        end = self._ends.get(port_id)
        if end is not None and not self.realm.thread.loop.stopped and end.take_close():
            self._closed(port_id)

    def set_ref(self, port_id: int, ref: bool) -> None:
        loop = self.realm.thread.loop
        if ref and port_id in self._ends and port_id not in self._refed:
            self._refed.add(port_id)
            loop.ref()
        elif not ref and port_id in self._refed:
            self._refed.discard(port_id)
            loop.unref()

    def close(self, port_id: int) -> None:
        self.flush(port_id)   # what was posted before the close is delivered
        self.set_ref(port_id, False)
        self._started.discard(port_id)
        self._set_peer(port_id, None)
        end = self._ends.pop(port_id, None)
        name = self._broadcast_names.pop(port_id, None)
        if name is not None:
            broadcast.leave(name, end)
        elif end is not None:
            if any(other is end.peer for other in self._ends.values()):
                self._closed_by_neighbour.add(end.peer)
            end.close()

    def join_broadcast(self, name: str) -> int:
        port_id = self.add(broadcast.join(name))
        self._broadcast_names[port_id] = name
        return port_id

    def post_broadcast(self, context: Context, port_id: int, boxed, marked: bool) -> None:
        message = serialize.write(context, boxed)
        message.marked = marked
        broadcast.post(self._broadcast_names[port_id], self._ends[port_id], message)

    def forget(self, port_id: int) -> PortEnd:
        """Take an end out of this realm (it is being transferred)."""
        self.flush(port_id)
        self.set_ref(port_id, False)
        self._started.discard(port_id)
        self._set_peer(port_id, None)
        end = self._ends.pop(port_id)
        end.detach()
        return end

    def post(self, context: Context, port_id: int, value, marked: bool, transfer_ids, moved=None) -> bool:
        """Send a message; True (nothing sent) when the transfer list held the receiving port
        itself: node then drops the message and the channel is lost, both ends closing.
        `moved`: the JS array of the transferred ArrayBuffers whose memory moves with the message
        (detached here once the value is written; the value names them by markers)."""
        self.flush(port_id)
        end = self._ends.get(port_id)
        if transfer_ids and end is not None and any(self._ends.get(i) is end.peer for i in transfer_ids):
            self.close(port_id)
            return True
        message = serialize.write(context, value)
        message.marked = marked
        if moved is not None:
            from ..engine import fastmsg   # (loaded: JS moves buffers only where it is)

            for i in range(moved.get("length")):
                buffer = moved.get(i)
                try:
                    message.moved.append(fastmsg.move_out(context, buffer.value)[:2])
                finally:
                    buffer.free()
        message.ports = [self.forget(i) for i in transfer_ids]
        if end is None:       # a closed port: node drops the message silently
            message.release()
            return False
        end.post(message)
        return False

    def post_plain(self, context: Context, port_id: int, borrowed_value) -> bool:
        """Send a value as the writer writes it; False when the writer refused it (nothing sent)."""
        message = serialize.write_plain(context, borrowed_value)
        if message is None:
            return False
        if self._batches:
            self.flush(port_id)
        end = self._ends.get(port_id)
        if end is None:       # a closed port: node drops the message silently
            serialize.release(message)
        else:
            end.post(message)
        return True

    def post_buffer(self, context: Context, port_id: int, borrowed_buffer) -> None:
        """Send a transferred ArrayBuffer as the message itself (JS checked it: a movable one):
        its memory block moves with the message, and the buffer is detached."""
        from ..engine import fastmsg   # (loaded: JS loaded the fast path before)

        self.flush(port_id)
        block, size, _ = fastmsg.move_out(context, borrowed_buffer)
        message = serialize.MovedBuffer(block, size)
        end = self._ends.get(port_id)
        if end is None:       # a closed port: node drops the message silently
            message.release()
        else:
            end.post(message)

    # -- batches ----------------------------------------------------------------------------------

    def outbox(self, port_id: int) -> None:
        """Port `port_id`'s outbox (engine/fastmsg.c) holds the first message of a batch: sent
        when a batch is."""
        if port_id not in self._batches:
            self._batches.add(port_id)
            if len(self._batches) == 1:
                self._hook_sending(True)

    def flush(self, port_id: int, outbox: bool = False) -> None:
        """Send what port `port_id`'s outbox holds (one message holding them all) when JS said it
        holds a batch; `outbox`: even when JS did not (a lone message, sent at once). (An outbox JS
        could not tell of, because the thread was being terminated, is not sent: a terminated
        thread sends nothing more.)"""
        if port_id in self._batches:
            self._batches.discard(port_id)
            if not self._batches:
                self._hook_sending(False)
        elif not outbox:
            return
        message = self._sender.take(port_id) if self._sender is not None else None
        if message is None:
            return
        end = self._ends.get(port_id)
        if end is not None:
            end.post(message)

    def _hook_sending(self, on: bool) -> None:
        """While batches wait, the points that must send them first know it: any host call, the
        engine's interrupt checks, and JS's Atomics writes."""
        flush_all = self.flush_all if on else None
        self.realm.context.before_host_call = flush_all
        self.realm.context.runtime.set_interrupt_task(flush_all)
        self.realm.set_sends_pending(on)

    def unread(self, port_id: int, values: JSObject) -> None:
        """Messages JS took from end `port_id` but did not deliver: back at the head of its queue."""
        end = self._ends.get(port_id)
        if end is not None:
            end.push_front(serialize.write_batch(self.realm.context, values.value, values.get("length")))

    def kick(self, port_id: int) -> None:
        """Have JS deliver to port `port_id` in the loop's next poll, even if nothing more arrives
        (what it holds back is delivered first)."""
        self.realm.thread.loop.post(lambda: self._deliver(port_id, kicked=True), port_id)

    def flush_all(self) -> None:
        for port_id in list(self._batches):
            self.flush(port_id)

    @property
    def batching(self) -> bool:
        return bool(self._batches)

    def receive(self, context: Context, port_id: int) -> JSObject | None:
        """The next message now, for receiveMessageOnPort: a JS array [value, marked, port ids,
        batched] (a batch gives the array of its messages), or None."""
        end = self._ends.get(port_id)
        item = end.take() if end is not None else None
        if item is None:
            return None
        if item is CLOSED:
            self._closed(port_id)
            return None
        return self._unpack(context, item)

    def _unpack(self, context: Context, message) -> JSObject:
        marked, ends = (False, []) if serialize.is_plain(message) else (message.marked, message.ports)
        buffers = self._moved_in(context, message)
        received = serialize.read_many(context, [message])   # [value], the value never in Python
        received.set(1, marked)
        received.set(2, [self.add(end) for end in ends])
        received.set(3, type(message) is serialize.Batch)
        if buffers:
            received.set(4, buffers)
            for buffer in buffers:
                buffer.free()
        return received

    @staticmethod
    def _moved_in(context: Context, message) -> list:
        """The ArrayBuffers over a message's moved memory blocks (owned JSObjects; the message
        no longer holds the blocks)."""
        if serialize.is_plain(message) or not message.moved:
            return []
        from ..engine import fastmsg

        buffers = []
        while message.moved:
            block, size = message.moved[0]
            buffers.append(context.take(fastmsg.move_in(context, block, size)))
            message.moved.pop(0)
        return buffers

    def _deliver(self, port_id: int, kicked: bool = False) -> None:
        """On the owner's thread: hand the waiting messages to JS, one call per look at the queue.
        As node, a port is served until it has delivered what was queued when delivery began or
        _SERVE_AT_LEAST messages, whichever is more, including those that arrive meanwhile (a
        listener answering on the same channel), before the rest of the loop runs."""
        end = self._ends.get(port_id)
        if end is None or self.realm.thread.loop.stopped or (kicked and port_id not in self._started):
            return
        messages, closed = self._take_all(port_id, end)
        limit = delivered = 0
        while True:
            if messages or kicked:
                self._hand_to_js(port_id, messages)
                kicked = False
                if closed:   # (otherwise the loop drains after this callback, as after any)
                    self.realm.drain()
            if closed:
                if self._ends.get(port_id) is end:
                    self._closed(port_id)
                return
            if (not messages or (not self._batches and not end.waiting())
                    or port_id not in self._started or self._ends.get(port_id) is not end):
                return   # (nothing more came meanwhile, and this thread holds nothing back)
            received = sum(map(serialize.count, messages))
            limit = limit or max(received, _SERVE_AT_LEAST)
            delivered += received
            if delivered >= limit:
                return
            self.realm.drain()   # as after any callback; what a listener sent to this port arrives
            messages, closed = self._take_all(port_id, end)

    def _take_all(self, port_id: int, end: PortEnd) -> tuple[list, bool]:
        """What waits at the end; its lane opens again at once (what it was closed for is taken):
        an answer to what is delivered now may come back by the lane while JS still runs."""
        messages, closed = end.take_all()
        if not closed:
            self._open_lane(port_id, end)
        return messages, closed

    def _hand_to_js(self, port_id: int, messages: list) -> None:
        if len(messages) == 1 and type(messages[0]) is bytes and self._sender is not None:
            # the commonest delivery, a lone plain message: read and handed over in one C call
            context = self.realm.context
            context.take(self._sender.deliver_one(self.realm.function("deliverMessages"), port_id, messages[0]))
            return
        # [index, marked, transferred port ids, moved ArrayBuffers] for the few messages that need
        # more than a read
        extras = [[i, m.marked, [self.add(e) for e in m.ports], self._moved_in(self.realm.context, m)]
                  for i, m in enumerate(messages) if not serialize.is_plain(m) and (m.marked or m.ports)]
        batches = [i for i, m in enumerate(messages) if type(m) is serialize.Batch]
        unreadable: list[int] = []   # the reader's error stands in for these (a 'messageerror')
        try:
            values = serialize.read_many(self.realm.context, messages, unreadable)
            try:
                self.realm.call("deliverMessages", port_id, values, extras or None, batches or None,
                                unreadable or None)
            finally:
                values.free()
        finally:
            for extra in extras:
                for buffer in extra[3]:
                    buffer.free()

    def _closed(self, port_id: int) -> None:
        self._set_peer(port_id, None)
        end = self._ends.pop(port_id, None)
        by_neighbour = end in self._closed_by_neighbour
        self._closed_by_neighbour.discard(end)
        self._started.discard(port_id)
        self.set_ref(port_id, False)
        self.realm.call("portClosed", port_id, by_neighbour)
        self.realm.drain()

    def close_all(self) -> None:
        for port_id in list(self._ends):
            self.close(port_id)
        if self._lanes:
            self._lanes.peers_free()
        if self._sender is not None:
            self._sender.free()
            self._sender = None

    def fast_functions(self, context: Context, items_of: JSObject, object_proto: JSObject,
                       array_proto: JSObject, plain_object: JSObject, plain_array: JSObject):
        """JS's [post, drainPending, send, sendBuffer] of engine/fastmsg.c (see fastMessaging);
        FastIOError when it cannot be built here."""
        from ..engine import fastmsg   # (loaded by the first thread that posts a message)

        if self._sender is None:
            self._sender = fastmsg.Sender.create(context, object_proto.value, array_proto.value,
                                                 items_of.value, plain_object.value, plain_array.value)
        array = context.check(lib.JS_NewArray(context.ptr))
        for i, function in enumerate(self._sender.functions(self.realm._tick_info)):
            lib.JS_SetPropertyUint32(context.ptr, array, i, context.check(function))
        return context.take(array)


def _ports(ctx: Context) -> Ports:
    return ctx.host.realm.ports


def _channel_create(ctx: Context) -> list[int]:
    a, b = PortEnd.pair()
    return [_ports(ctx).add(a), _ports(ctx).add(b)]


def _port_post(ctx: Context, port_id: int, value, marked: bool, transfer_ids: JSObject | None = None,
               moved: JSObject | None = None) -> bool:
    """portPost(id, [value], marked, port ids, ArrayBuffers to move): true when the channel was
    lost (the receiving port was in the transfer list)."""
    ids = [int(transfer_ids.get(i)) for i in range(transfer_ids.get("length"))] if transfer_ids else []
    return _ports(ctx).post(ctx, int(port_id), value, bool(marked), ids, moved)


def _port_start(ctx: Context, port_id: int) -> None:
    _ports(ctx).start(int(port_id))


def _port_stop(ctx: Context, port_id: int) -> None:
    _ports(ctx).stop(int(port_id))


def _port_ref(ctx: Context, port_id: int, ref: bool) -> None:
    _ports(ctx).set_ref(int(port_id), bool(ref))


def _port_close(ctx: Context, port_id: int) -> None:
    _ports(ctx).close(int(port_id))


def _port_receive(ctx: Context, port_id: int):
    """[value, marked, port ids] of the next message, or undefined."""
    return _ports(ctx).receive(ctx, int(port_id))


@raw
def _port_post_plain(ctx: Context, argc: int, argv):
    """portPostPlain(id, value) -> whether it was sent: false when the writer refused the value."""
    port_id = argv[0].u & 0xFFFFFFFF   # a small non-negative int
    return V.TRUE if _ports(ctx).post_plain(ctx, port_id, argv[1]) else V.FALSE


@raw
def _port_post_buffer(ctx: Context, argc: int, argv):
    """portPostBuffer(id, arrayBuffer): postMessage(buffer, [buffer]) of a movable ArrayBuffer."""
    _ports(ctx).post_buffer(ctx, argv[0].u & 0xFFFFFFFF, argv[1])
    return V.UNDEFINED


@raw
def _port_flush(ctx: Context, argc: int, argv):
    """portFlush(id): send port `id`'s batch or outbox now (it is full, or holds a lone message)."""
    _ports(ctx).flush(argv[0].u & 0xFFFFFFFF, outbox=True)
    return V.UNDEFINED


@raw
def _port_outbox(ctx: Context, argc: int, argv):
    """portOutbox(id): port `id`'s outbox (engine/fastmsg.c) holds the first message of a batch."""
    _ports(ctx).outbox(argv[0].u & 0xFFFFFFFF)
    return V.UNDEFINED


def _fast_messaging(ctx: Context, items_of: JSObject, object_proto: JSObject, array_proto: JSObject,
                    plain_object: JSObject, plain_array: JSObject):
    """fastMessaging(itemsOf, Object.prototype, Array.prototype, {}, []) -> [post, drainPending, send,
    sendBuffer]: engine/fastmsg.c's JS functions for this thread (FastIOError where it cannot be built)."""
    return _ports(ctx).fast_functions(ctx, items_of, object_proto, array_proto, plain_object, plain_array)


@raw
def _port_flush_all(ctx: Context, argc: int, argv):
    """portFlushAll(): send every batch now (an Atomics operation may signal another thread)."""
    _ports(ctx).flush_all()
    return V.UNDEFINED


def _port_unread(ctx: Context, port_id: int, values: JSObject) -> None:
    _ports(ctx).unread(int(port_id), values)


def _port_kick(ctx: Context, port_id: int) -> None:
    _ports(ctx).kick(int(port_id))


@raw
def _port_drain(ctx: Context, argc: int, argv):
    """Between two delivered messages: the nextTick and microtask queues, as after any callback
    (batches stay open: the delivery is still one turn of the loop)."""
    ctx.host.realm.drain(flush=False)
    return V.UNDEFINED


def _clone_value(ctx: Context, boxed: JSObject) -> JSObject:
    """structuredClone without a channel: [value] written and read back in this context -> [clone]."""
    return serialize.read_many(ctx, [serialize.write(ctx, boxed)])


def _broadcast_join(ctx: Context, name: str) -> int:
    return _ports(ctx).join_broadcast(name)


def _broadcast_post(ctx: Context, port_id: int, boxed: JSObject, marked: bool) -> None:
    _ports(ctx).post_broadcast(ctx, int(port_id), boxed, bool(marked))


FUNCTIONS = {
    "broadcastJoin": _broadcast_join,
    "broadcastPost": _broadcast_post,
    "channelCreate": _channel_create,
    "cloneValue": _clone_value,
    "portPost": _port_post,
    "portPostPlain": _port_post_plain,
    "portPostBuffer": _port_post_buffer,
    "portFlush": _port_flush,
    "portOutbox": _port_outbox,
    "fastMessaging": _fast_messaging,
    "portFlushAll": _port_flush_all,
    "portUnread": _port_unread,
    "portKick": _port_kick,
    "portDrain": _port_drain,
    "portStart": _port_start,
    "portStop": _port_stop,
    "portRef": _port_ref,
    "portClose": _port_close,
    "portReceive": _port_receive,
}


class _LoopLanes:
    """This thread's loop's lanes (EventLoop.set_lanes): what C senders queued for its ports is
    delivered as their ready callback would deliver it; by the loop's poller (fastmsg_poll, which
    also reads the thread's sockets: Realm.use_poller), in C."""

    __slots__ = ("ports", "lanes", "inbox", "_poll", "_args", "_fds", "_events", "_status", "_result", "_ids",
                 "_fast")

    def __init__(self, ports: Ports, lanes, inbox) -> None:
        self.ports, self.lanes, self.inbox = ports, lanes, inbox
        from ..engine import fastmsg

        fast = fastmsg.load()
        realm = ports.realm
        self._fds, self._events = fast.ffi.new("int[64]"), fast.ffi.new("uint32_t[64]")
        self._status = fast.ffi.new("int *")
        deliver = fast.value_pointer(realm.function("deliverMessages").value)   # (held by the realm)
        ctx = fast.ffi.cast("void *", int(ffi.cast("uintptr_t", realm.context.ptr)))
        tick = fast.ffi.cast("int32_t *", int(ffi.cast("uintptr_t", realm._tick_info)))
        host_entered = fast.ffi.cast("int32_t *", int(ffi.cast("uintptr_t", realm.context.host_entered)))
        self._args = (inbox, ctx, deliver, tick, host_entered, fast.ffi.NULL, fast.ffi.NULL)
        self._fast = fast
        self._poll = fast.lib.fastmsg_poll
        self._result = fast.ffi.new("JSValue *")
        self._ids = lanes.new_ids()

    def read_sockets(self, sockets) -> None:
        """Have the poll read this thread's sockets too (host_tcp._FastSockets: its poller and
        engine/fastio.c's fastio_take_ready), or no more (None)."""
        cast, null = self._fast.ffi.cast, self._fast.ffi.NULL
        reader = (null, null) if sockets is None else (cast("void *", sockets.address()),
                                                       cast("void *", sockets.take_ready_address()))
        self._args = self._args[:5] + reader

    def poll(self, epoll_fd: int, timeout_ms: int):
        """EventLoop's poller: the wait, and the lanes' messages handed to JS in C."""
        count = self._poll(*self._args, epoll_fd, timeout_ms, self._fds, self._events, 64, self._status, self._result)
        if count < 0:
            raise OSError(-count, os.strerror(-count))
        fds, events = self._fds, self._events
        ready = [(fds[i], events[i]) for i in range(count)] if count else []
        status = self._status[0]
        if status == 0:
            return ready, None
        return ready, _nothing if status == 1 else self._raise

    def _raise(self) -> None:
        """Raise what the last delivery threw (pending in the context)."""
        self.ports.realm.context.check(V.make(V.TAG_EXCEPTION))

    def posted(self) -> None:
        self.lanes.posted(self.inbox)

    def take(self) -> list:
        """The deliveries of the ports whose lanes hold messages, as (order, callback): a port's
        order is its id."""
        ready = self.ports._ready
        return [(port_id, partial(ready, port_id)) for port_id in self.lanes.take_ready(self.inbox, self._ids)]

    def sync(self) -> None:
        self.lanes.sync(self.inbox)

    def waiting(self) -> bool:
        return self.lanes.inbox_waiting(self.inbox)

    def close(self) -> None:
        self.lanes.free_inbox(self.inbox)


def _nothing() -> None:
    pass
