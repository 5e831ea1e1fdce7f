"""Host functions behind the WebSocket global (internal/websocket/websocket.js): RFC 6455 framing
by wsproto, once the opening handshake (done in JS over node:http's client) has succeeded.

wsproto is a well-kept sans-I/O state machine for RFC 6455 (masking, fragmentation, control
frames, the close handshake, UTF-8 checks of text, permessage-deflate); JS owns the socket and
hands wsproto the bytes it reads. JS names each connection by an integer id.

`wsReceive(id, bytes)` returns one array: first the bytes to write back (the pong of a ping, the
answer to a close), then the events, flat:

  0 TEXT    text, final          a piece of a text message (final: the message is complete)
  1 BINARY  bytes, final         a piece of a binary message
  2 PING    bytes
  3 PONG    bytes
  4 CLOSE   code, reason         the peer's close frame (1005 when it carried no code)
  5 ERROR   code, reason         the peer broke the protocol: the connection must fail with code

The wsproto module is imported on the first WebSocket a thread opens.
"""

from __future__ import annotations

from ..engine.runtime import Context
from .host_process import uint8_bytes

TEXT, BINARY, PING, PONG, CLOSE, ERROR = range(6)


def _connections(ctx: Context) -> dict:
    realm = ctx.host.realm
    table = getattr(realm, "websockets", None)
    if table is None:
        table = realm.websockets = {"next": 1}
    return table


def _new(ctx: Context, accepted_extensions: str) -> int:
    """A client connection; `accepted_extensions` is the server's Sec-WebSocket-Extensions."""
    from wsproto.connection import Connection, ConnectionType
    from wsproto.extensions import PerMessageDeflate
    extensions = []
    for accept in filter(None, (part.strip() for part in accepted_extensions.split(","))):
        if accept.split(";", 1)[0].strip() == "permessage-deflate":
            deflate = PerMessageDeflate()
            deflate.finalize(accept)
            extensions.append(deflate)
    table = _connections(ctx)
    conn_id = table["next"]
    table["next"] = conn_id + 1
    table[conn_id] = Connection(ConnectionType.CLIENT, extensions=extensions)
    return conn_id


def _connection(ctx: Context, conn_id):
    return _connections(ctx)[int(conn_id)]


def _receive(ctx: Context, conn_id, chunk) -> list:
    from wsproto.events import BytesMessage, CloseConnection, Ping, Pong, TextMessage
    from wsproto.utilities import RemoteProtocolError
    from wsproto.connection import ConnectionState
    conn = _connection(ctx, conn_id)
    conn.receive_data(uint8_bytes(ctx, chunk) if chunk is not None else None)
    out = bytearray()
    events: list = [b""]
    try:
        for event in conn.events():
            if isinstance(event, TextMessage):
                events += [TEXT, event.data, event.message_finished]
            elif isinstance(event, BytesMessage):
                events += [BINARY, bytes(event.data), event.message_finished]
            elif isinstance(event, Ping):
                out += conn.send(event.response())
                events += [PING, bytes(event.payload)]
            elif isinstance(event, Pong):
                events += [PONG, bytes(event.payload)]
            elif isinstance(event, CloseConnection):
                if conn.state == ConnectionState.OPEN:
                    # wsproto reports a frame that breaks the protocol (masked, bad UTF-8, ...)
                    # as a close of the peer while staying open: ours goes out with its code
                    out += conn.send(CloseConnection(code=int(event.code), reason=event.reason))
                    events += [ERROR, int(event.code), event.reason or ""]
                    break
                if conn.state == ConnectionState.REMOTE_CLOSING:
                    out += conn.send(event.response())
                events += [CLOSE, int(event.code), event.reason or ""]
    except RemoteProtocolError as exc:
        hint = exc.event_hint
        code = int(hint.code) if hint is not None else 1002
        if conn.state in (ConnectionState.OPEN, ConnectionState.REMOTE_CLOSING):
            out += conn.send(CloseConnection(code=code, reason=hint.reason if hint is not None else ""))
        events += [ERROR, code, str(exc)]
    events[0] = bytes(out)
    return events


def _send(ctx: Context, conn_id, kind, data) -> bytes | None:
    """The frame(s) of one message or control frame; None when the state forbids it."""
    from wsproto.events import Message, Ping, Pong
    from wsproto.utilities import LocalProtocolError
    conn = _connection(ctx, conn_id)
    kind = int(kind)
    payload = data if isinstance(data, str) else uint8_bytes(ctx, data)
    try:
        if kind == TEXT or kind == BINARY:
            return conn.send(Message(data=payload))
        if kind == PING:
            return conn.send(Ping(payload=payload))
        return conn.send(Pong(payload=payload))
    except LocalProtocolError:
        return None


def _close(ctx: Context, conn_id, code, reason: str) -> bytes | None:
    """The close frame (code -1: none); None when a close was already sent."""
    from wsproto.events import CloseConnection
    from wsproto.frame_protocol import CloseReason
    from wsproto.utilities import LocalProtocolError
    conn = _connection(ctx, conn_id)
    # wsproto writes an empty close frame only for the enum member itself
    code = CloseReason.NO_STATUS_RCVD if int(code) < 0 else int(code)
    try:
        return conn.send(CloseConnection(code=code, reason=reason or None))
    except LocalProtocolError:
        return None


def _free(ctx: Context, conn_id) -> None:
    _connections(ctx).pop(int(conn_id), None)


FUNCTIONS = {
    "wsNew": _new,
    "wsReceive": _receive,
    "wsSend": _send,
    "wsClose": _close,
    "wsFree": _free,
}
