"""Host functions behind node:http2: each session's HTTP/2 state machine (frames, HPACK, stream
states, flow control) is an `h2` connection (hyper's h2 package: a well-kept, protocol-complete
state machine that does no I/O), fed the bytes its socket reads; JS
(internal/http2/core.js) writes the bytes it answers to the socket.

Every call returns one array for JS: [events JSON text, bytes to send or null, ...payloads]. An
event is an array [kind, ...values]; a payload (DATA bytes, PING data) is named by its index in
the array, so a chunk of frames costs one call and one JSON.parse whatever it holds. Headers go to
JS as flat [name, value, ...] lists of latin-1 strings, as nghttp2 gives them to node.

Outgoing DATA waits in the session's queue while the peer's flow-control window is closed; a
write's request id comes back in a 'written' event once h2 has taken all of it.
"""

from __future__ import annotations

import collections
import json

from ..engine.runtime import Context
from .handle_table import HandleTable, table_of
from .host_process import uint8_bytes

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _h2():
    import h2.config
    import h2.connection
    import h2.events
    import h2.exceptions
    import h2.settings
    return h2


def _headers(pairs) -> list[str]:
    flat = []
    for name, value in pairs:
        flat.append(name.decode("latin-1"))
        flat.append(value.decode("latin-1"))
    return flat


def _encode_headers(flat) -> list[tuple[bytes, bytes]]:
    return [(flat[i].encode("latin-1"), flat[i + 1].encode("latin-1")) for i in range(0, len(flat), 2)]


class Session:
    def __init__(self, server: bool, settings: dict[int, int]) -> None:
        h2 = _h2()
        config = h2.config.H2Configuration(client_side=not server, header_encoding=None,
                                           validate_inbound_headers=False,
                                           normalize_inbound_headers=False,
                                           validate_outbound_headers=False,
                                           normalize_outbound_headers=False)
        self.conn = h2.connection.H2Connection(config=config)
        self.conn.local_settings = h2.settings.Settings(client=not server, initial_values=settings)
        self.conn.initiate_connection()
        self.server = server
        self.queued: dict[int, collections.deque] = {}   # stream id -> [data, end, request id]
        self.events: list = []
        self.payloads: list = [None, None]

    # -- what JS calls --------------------------------------------------------------------------

    def receive(self, data: bytes) -> None:
        h2 = _h2()
        try:
            events = self.conn.receive_data(data)
        except h2.exceptions.ProtocolError as error:
            self.events.append(["protocolError", type(error).__name__, str(error),
                                int(getattr(error, "error_code", 1))])
            return
        for event in events:
            self._translate(event)
        self._flush()

    def send_headers(self, stream_id: int, flat, end: bool) -> None:
        self.conn.send_headers(stream_id, _encode_headers(flat), end_stream=end)

    def send_data(self, stream_id: int, data: bytes, end: bool, request_id: int) -> None:
        self.queued.setdefault(stream_id, collections.deque()).append([data, end, request_id])
        self._flush()

    def push(self, stream_id: int, flat) -> int:
        promised = self.conn.get_next_available_stream_id()
        self.conn.push_stream(stream_id, promised, _encode_headers(flat))
        return promised

    def reset(self, stream_id: int, code: int) -> None:
        self.queued.pop(stream_id, None)
        self.conn.reset_stream(stream_id, error_code=code)

    def consumed(self, stream_id: int, size: int) -> None:
        """JS read `size` flow-controlled bytes of `stream_id`: the peer may send more."""
        if size and stream_id in self.conn.streams:
            self.conn.acknowledge_received_data(size, stream_id)
        elif size:
            self.conn.increment_flow_control_window(size)

    def ping(self, payload: bytes) -> None:
        self.conn.ping(payload)

    def settings(self, settings: dict[int, int]) -> None:
        self.conn.update_settings(settings)

    def goaway(self, code: int, last_stream_id: int | None, opaque: bytes | None) -> None:
        self.conn.close_connection(error_code=code, additional_data=opaque or None, last_stream_id=last_stream_id)
        if code == 0:
            self._keep_open()

    def _keep_open(self) -> None:
        """h2 takes a GOAWAY, sent or received, as the connection's end and refuses every frame
        after it; RFC 9113 6.8 (and nghttp2, so node) lets the streams it left open finish, so a
        graceful (NO_ERROR) GOAWAY puts h2's connection state back to open. New streams are
        refused by the JS side (ERR_HTTP2_GOAWAY_SESSION)."""
        h2 = _h2()
        machine = self.conn.state_machine
        machine.state = (h2.connection.ConnectionState.SERVER_OPEN if self.server
                         else h2.connection.ConnectionState.CLIENT_OPEN)

    def state(self) -> list:
        """[the window the peer gives us, the window we give it, open streams, the last stream
        ids the peer and this side opened, received bytes not yet acknowledged, DATA writes
        waiting for the peer's window, the HPACK tables' sizes (ours, the peer's)]"""
        conn = self.conn
        inbound = conn._inbound_flow_control_window_manager   # (h2 keeps no public figure of it)
        return [conn.outbound_flow_control_window, conn.inbound_flow_control_window, len(conn.streams),
                conn.highest_inbound_stream_id, conn.highest_outbound_stream_id,
                inbound.max_window_size - inbound.current_window_size,
                sum(len(queue) for queue in self.queued.values()),
                conn.encoder.header_table._current_size, conn.decoder.header_table._current_size]

    def stream_state(self, stream_id: int) -> list | None:
        """[h2's state of the stream (StreamState), the window we give it], None once it is gone."""
        stream = self.conn.streams.get(stream_id)
        if stream is None:
            return None
        return [int(stream.state_machine.state), stream.inbound_flow_control_window]

    # -- h2's events, for JS ---------------------------------------------------------------------

    def _payload(self, data: bytes) -> int:
        self.payloads.append(data)
        return len(self.payloads) - 1

    def _translate(self, event) -> None:
        h2 = _h2()
        e = h2.events
        out = self.events
        if isinstance(event, e.RequestReceived):
            out.append(["headers", event.stream_id, _headers(event.headers), event.stream_ended is not None, 0])
        elif isinstance(event, e.ResponseReceived):
            out.append(["headers", event.stream_id, _headers(event.headers), event.stream_ended is not None, 0])
        elif isinstance(event, e.InformationalResponseReceived):
            out.append(["headers", event.stream_id, _headers(event.headers), False, 1])
        elif isinstance(event, e.TrailersReceived):
            out.append(["headers", event.stream_id, _headers(event.headers), True, 2])
        elif isinstance(event, e.DataReceived):
            out.append(["data", event.stream_id, self._payload(event.data), event.flow_controlled_length])
        elif isinstance(event, e.StreamEnded):
            out.append(["end", event.stream_id])
        elif isinstance(event, e.StreamReset):
            self.queued.pop(event.stream_id, None)
            out.append(["reset", event.stream_id, int(event.error_code), bool(event.remote_reset)])
        elif isinstance(event, e.PushedStreamReceived):
            out.append(["push", event.pushed_stream_id, event.parent_stream_id, _headers(event.headers)])
        elif isinstance(event, e.RemoteSettingsChanged):
            out.append(["remoteSettings", {str(int(k)): v.new_value for k, v in event.changed_settings.items()}])
        elif isinstance(event, e.SettingsAcknowledged):
            out.append(["settingsAck"])
        elif isinstance(event, e.PingReceived):
            out.append(["ping", self._payload(event.ping_data)])
        elif isinstance(event, e.PingAckReceived):
            out.append(["pingAck", self._payload(event.ping_data)])
        elif isinstance(event, e.ConnectionTerminated):
            opaque = self._payload(event.additional_data) if event.additional_data else None
            out.append(["goaway", int(event.error_code), event.last_stream_id, opaque])
            if int(event.error_code) == 0:
                self._keep_open()
        elif isinstance(event, e.WindowUpdated):
            pass   # _flush() after every batch sends what the new window allows

    def _flush(self) -> None:
        """Hand h2 the queued DATA its flow-control windows allow, in frames it may send."""
        conn = self.conn
        for stream_id in list(self.queued):
            queue = self.queued[stream_id]
            while queue:
                item = queue[0]
                data, end, request_id = item
                try:
                    window = conn.local_flow_control_window(stream_id)
                except Exception:   # the stream is gone (reset, closed): drop what waits for it
                    self.events.append(["written", [i[2] for i in queue if i[2]]])
                    queue.clear()
                    break
                if data and window <= 0:
                    break
                size = min(len(data), window, conn.max_outbound_frame_size)
                last = size == len(data)
                conn.send_data(stream_id, data[:size], end_stream=end and last)
                if not last:
                    item[0] = data[size:]
                    continue
                queue.popleft()
                if request_id:
                    self.events.append(["written", [request_id]])
            if not queue:
                del self.queued[stream_id]

    def answer(self) -> list:
        """What JS gets back from any call: [events JSON, bytes to send or None, ...payloads]."""
        events, payloads = self.events, self.payloads
        self.events, self.payloads = [], [None, None]
        payloads[0] = _dumps(events)
        out = self.conn.data_to_send()
        payloads[1] = out if out else None
        return payloads


def _sessions(ctx: Context) -> HandleTable:
    """The thread's sessions by id (they hold no descriptor: the socket is JS's)."""
    return table_of(ctx.host.realm, "http2_sessions", lambda: HandleTable(ctx.host.realm))


def _session(ctx: Context, session_id) -> Session:
    return _sessions(ctx).handles[int(session_id)]


def _settings_of(settings_json: str) -> dict[int, int]:
    return {int(code): int(value) for code, value in json.loads(settings_json).items()}


def _open(ctx: Context, server: bool, settings_json: str):
    session = Session(bool(server), _settings_of(settings_json))
    return [_sessions(ctx).add(session), session.answer()]


def _call(ctx: Context, session_id, action, *args):
    session = _session(ctx, session_id)
    h2 = _h2()
    try:
        result = action(session, *args)
    except (h2.exceptions.ProtocolError, h2.exceptions.StreamClosedError, KeyError) as error:
        session.events.append(["callError", type(error).__name__, str(error)])
        result = None
    answer = session.answer()
    return answer if result is None else [result, answer]


def _receive(ctx: Context, session_id, data):
    return _call(ctx, session_id, Session.receive, uint8_bytes(ctx, data))


def _send_headers(ctx: Context, session_id, stream_id, headers_json: str, end: bool):
    return _call(ctx, session_id, Session.send_headers, int(stream_id), json.loads(headers_json), bool(end))


def _send_data(ctx: Context, session_id, stream_id, data, end: bool, request_id):
    return _call(ctx, session_id, Session.send_data, int(stream_id), uint8_bytes(ctx, data), bool(end),
                 int(request_id))


def _new_stream_id(ctx: Context, session_id) -> int:
    return _session(ctx, session_id).conn.get_next_available_stream_id()


def _set_next_stream_id(ctx: Context, session_id, stream_id) -> None:
    """h2 numbers a new stream after the highest one this side opened."""
    conn = _session(ctx, session_id).conn
    conn.highest_outbound_stream_id = max(int(stream_id) - 2, 0)


def _push(ctx: Context, session_id, stream_id, headers_json: str):
    return _call(ctx, session_id, Session.push, int(stream_id), json.loads(headers_json))


def _reset(ctx: Context, session_id, stream_id, code):
    return _call(ctx, session_id, Session.reset, int(stream_id), int(code))


def _consumed(ctx: Context, session_id, stream_id, size):
    return _call(ctx, session_id, Session.consumed, int(stream_id), int(size))


def _ping(ctx: Context, session_id, payload):
    return _call(ctx, session_id, Session.ping, uint8_bytes(ctx, payload))


def _settings(ctx: Context, session_id, settings_json: str):
    return _call(ctx, session_id, Session.settings, _settings_of(settings_json))


def _goaway(ctx: Context, session_id, code, last_stream_id, opaque):
    return _call(ctx, session_id, Session.goaway, int(code),
                 None if last_stream_id is None else int(last_stream_id),
                 None if opaque is None else uint8_bytes(ctx, opaque))


def _state(ctx: Context, session_id) -> list:
    return _session(ctx, session_id).state()


def _stream_state(ctx: Context, session_id, stream_id):
    return _session(ctx, session_id).stream_state(int(stream_id))


def _free(ctx: Context, session_id) -> None:
    _sessions(ctx).handles.pop(int(session_id), None)


FUNCTIONS = {
    "http2Open": _open,
    "http2Receive": _receive,
    "http2SendHeaders": _send_headers,
    "http2SendData": _send_data,
    "http2NewStreamId": _new_stream_id,
    "http2SetNextStreamId": _set_next_stream_id,
    "http2Push": _push,
    "http2Reset": _reset,
    "http2Consumed": _consumed,
    "http2Ping": _ping,
    "http2Settings": _settings,
    "http2Goaway": _goaway,
    "http2State": _state,
    "http2StreamState": _stream_state,
    "http2Free": _free,
}
