"""MessagePort host side: the port ends a realm owns, and the host functions of its JS ports.

JS MessagePort objects (node/js/internal/worker/messaging.js) carry an integer id; `Ports` maps
ids to `host.channel.PortEnd`s. Sending serializes on the sender's thread (engine/serialize.py)
and hands the bytes to the peer end; receiving deserializes on the owner's thread, then calls
into JS once per message, draining nextTicks and microtasks after each, as node does.
"""

from __future__ import annotations

from ..engine import serialize
from ..engine.runtime import Context, JSObject
from ..host import broadcast
from ..host.channel import CLOSED, PortEnd


class Ports:
    def __init__(self, realm) -> None:
        self.realm = realm
        self._ends: dict[int, PortEnd] = {}
        self._refed: set[int] = set()
        self._broadcast_names: dict[int, str] = {}   # BroadcastChannel ends: id -> channel name
        self._next_id = 1

    def add(self, end: PortEnd) -> int:
        port_id = self._next_id
        self._next_id += 1
        self._ends[port_id] = end
        return port_id

    def end(self, port_id: int) -> PortEnd:
        return self._ends[port_id]

    def start(self, port_id: int) -> None:
        end = self._ends.get(port_id)
        if end is not None:
            end.attach(self.realm.thread.loop, lambda: self._deliver(port_id))

    def set_ref(self, port_id: int, ref: bool) -> None:
        loop = self.realm.thread.loop
        if ref and port_id in self._ends and port_id not in self._refed:
            self._refed.add(port_id)
            loop.ref()
        elif not ref and port_id in self._refed:
            self._refed.discard(port_id)
            loop.unref()

    def close(self, port_id: int) -> None:
        self.set_ref(port_id, False)
        end = self._ends.pop(port_id, None)
        name = self._broadcast_names.pop(port_id, None)
        if name is not None:
            broadcast.leave(name, end)
        elif end is not None:
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
        self.set_ref(port_id, False)
        end = self._ends.pop(port_id)
        end.detach()
        return end

    def post(self, context: Context, port_id: int, value, marked: bool, transfer_ids) -> None:
        end = self._ends.get(port_id)
        message = serialize.write(context, value)
        message.marked = marked
        message.ports = [self.forget(i) for i in transfer_ids]
        if end is None:       # a closed port: node drops the message silently
            message.release()
            return
        end.post(message)

    def receive(self, context: Context, port_id: int):
        """The next message now, for receiveMessageOnPort: [value, marked, port ids] or None."""
        end = self._ends.get(port_id)
        item = end.take() if end is not None else None
        if item is None:
            return None
        if item is CLOSED:
            self._closed(port_id)
            return None
        return self._unpack(context, item)

    def _unpack(self, context: Context, message: serialize.Message) -> tuple:
        try:
            value = serialize.read(context, message)
        finally:
            message.release()
        return value, message.marked, [self.add(end) for end in message.ports]

    def _deliver(self, port_id: int) -> None:
        """On the owner's thread: hand the waiting messages to JS in one call (at most what was
        queued when delivery began, so that a busy sender cannot starve the rest of the loop)."""
        end = self._ends.get(port_id)
        if end is None or self.realm.thread.loop.stopped:
            return
        messages, closed = [], False
        for _ in range(end.pending()):
            item = end.take()
            if item is None:
                break
            if item is CLOSED:
                closed = True
                break
            messages.append(item)
        if messages:
            # [index, marked, transferred port ids] for the few messages that need more than a read
            extras = [[i, m.marked, [self.add(e) for e in m.ports]]
                      for i, m in enumerate(messages) if m.marked or m.ports]
            values = serialize.read_many(self.realm.context, messages)
            try:
                self.realm.call("deliverMessages", port_id, values, extras or None)
            finally:
                values.free()
            self.realm.drain()
        if closed and self._ends.get(port_id) is end:
            self._closed(port_id)

    def _closed(self, port_id: int) -> None:
        self._ends.pop(port_id, None)
        self.set_ref(port_id, False)
        self.realm.call("portClosed", port_id)
        self.realm.drain()

    def close_all(self) -> None:
        for port_id in list(self._ends):
            self.close(port_id)


def _ports(ctx: Context) -> Ports:
    return ctx.host.realm.ports


def _channel_create(ctx: Context) -> list[int]:
    a, b = PortEnd.pair()
    return [_ports(ctx).add(a), _ports(ctx).add(b)]


def _port_post(ctx: Context, port_id: int, value, marked: bool, transfer_ids: JSObject | None = None) -> None:
    ids = [int(transfer_ids.get(i)) for i in range(transfer_ids.get("length"))] if transfer_ids else []
    _ports(ctx).post(ctx, int(port_id), value, bool(marked), ids)


def _port_start(ctx: Context, port_id: int) -> None:
    _ports(ctx).start(int(port_id))


def _port_ref(ctx: Context, port_id: int, ref: bool) -> None:
    _ports(ctx).set_ref(int(port_id), bool(ref))


def _port_close(ctx: Context, port_id: int) -> None:
    _ports(ctx).close(int(port_id))


def _port_receive(ctx: Context, port_id: int):
    """[value, marked, port ids] of the next message, or undefined."""
    received = _ports(ctx).receive(ctx, int(port_id))
    if received is None:
        return None
    value, marked, port_ids = received
    try:
        return ctx.new_array([value, marked, port_ids])
    finally:
        if isinstance(value, JSObject):
            value.free()


def _broadcast_join(ctx: Context, name: str) -> int:
    return _ports(ctx).join_broadcast(name)


def _broadcast_post(ctx: Context, port_id: int, boxed: JSObject, marked: bool) -> None:
    _ports(ctx).post_broadcast(ctx, int(port_id), boxed, bool(marked))


FUNCTIONS = {
    "broadcastJoin": _broadcast_join,
    "broadcastPost": _broadcast_post,
    "channelCreate": _channel_create,
    "portPost": _port_post,
    "portStart": _port_start,
    "portRef": _port_ref,
    "portClose": _port_close,
    "portReceive": _port_receive,
}
