"""Host functions behind node:http2: each session's HTTP/2 state machine (frames, HPACK, stream
states, flow control) is an `h2` connection (hyper's h2 package: a well-kept, protocol-complete
state machine that does no I/O), fed the bytes its socket reads; JS
(internal/http2/core.js) writes the bytes it answers to the socket.

Every call returns one array for JS: [events JSON text, bytes to send or null, ...payloads]. An
event is an array [kind, ...values]; a payload (DATA bytes, PING data) is named by its index in
the array, so a chunk of frames costs one call and one JSON.parse whatever it holds. Headers go to
JS as flat [name, value, ...] lists of latin-1 strings, as nghttp2 gives them to node, with the
names the peer sent never-indexed (node's sensitive headers); they come from JS as node's
NgHeaderString (`name\0value\0flag` each, see internal/http2/util.js).

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


_connection_class = None


def _h2():
    import h2.config
    import h2.connection
    import h2.events
    import h2.exceptions
    import h2.settings
    return h2


def _connection(config):
    """An h2 connection that, like nghttp2 (RFC 9113 6.8), keeps taking the frames of the streams
    a graceful (NO_ERROR) GOAWAY left open, even those in the same read as the GOAWAY: h2 takes
    any GOAWAY as the connection's end and refuses every later frame."""
    global _connection_class
    if _connection_class is None:
        h2 = _h2()

        class GracefulGoawayConnection(h2.connection.H2Connection):
            def _receive_goaway_frame(self, frame):
                frames, events = super()._receive_goaway_frame(frame)
                if frame.error_code == 0:
                    _reopen(self)
                return frames, events

            # more streams than our SETTINGS allow: nghttp2 refuses the one stream (RST_STREAM
            # REFUSED_STREAM, RFC 9113 5.1.2) and goes on; h2 would end the connection
            def _receive_headers_frame(self, frame):
                try:
                    return super()._receive_headers_frame(frame)
                except h2.exceptions.TooManyStreamsError:
                    from hyperframe.frame import RstStreamFrame
                    from h2.stream import StreamClosedBy
                    self.decoder.decode(frame.data)   # (the HPACK table must still see the block)
                    self.highest_inbound_stream_id = max(self.highest_inbound_stream_id, frame.stream_id)
                    self._closed_streams[frame.stream_id] = StreamClosedBy.SEND_RST_STREAM
                    refuse = RstStreamFrame(frame.stream_id)
                    refuse.error_code = 7
                    return [refuse], []

            # node reports an ALTSVC frame as it came (origin, or the stream it is about); h2
            # puts the stream's authority in place of the stream
            def _receive_alt_svc_frame(self, frame):
                if self.config.client_side:
                    return [], [AltsvcReceived(frame.stream_id, frame.origin or b"", frame.field)]
                return [], []

        _connection_class = GracefulGoawayConnection
    return _connection_class(config=config)


class AltsvcReceived:
    def __init__(self, stream_id: int, origin: bytes, field_value: bytes) -> None:
        self.stream_id = stream_id
        self.origin = origin
        self.field_value = field_value


def _reopen(conn) -> None:
    h2 = _h2()
    conn.state_machine.state = (h2.connection.ConnectionState.CLIENT_OPEN if conn.config.client_side
                                else h2.connection.ConnectionState.SERVER_OPEN)


def _headers(pairs) -> list:
    """[flat [name, value, ...], the never-indexed names] of a received header block."""
    flat = []
    sensitive = []
    for header in pairs:
        name = header[0].decode("latin-1")
        flat.append(name)
        flat.append(header[1].decode("latin-1"))
        if not getattr(header, "indexable", True):
            sensitive.append(name)
    return [flat, sensitive]


# nghttp2's defaults for the settings node reports (RFC 9113 6.5.2's initial values; no limit
# where the RFC sets none)
_SETTING_DEFAULTS = {1: 4096, 2: 1, 3: 2 ** 32 - 1, 4: 65535, 5: 16384, 6: 2 ** 32 - 1, 8: 0}

_ORIGIN_FRAME = 0x0C
_ENABLE_CONNECT_PROTOCOL = 8

_NO_INDEX = "\x01"   # NGHTTP2_NV_FLAG_NO_INDEX


def _origins_of(payload: bytes) -> list[str]:
    """The origins an ORIGIN frame lists (each a 2-byte length and ASCII)."""
    origins = []
    i = 0
    while i + 2 <= len(payload):
        size = int.from_bytes(payload[i:i + 2], "big")
        origins.append(payload[i + 2:i + 2 + size].decode("latin-1"))
        i += 2 + size
    return origins


def _encode_headers(ng_headers: str) -> list:
    """h2's header tuples from node's NgHeaderString. As nghttp2 does, authorization and short
    cookies (which a compression oracle could guess) are never indexed, besides the names the
    program marked sensitive."""
    import hpack
    # each header: "name\0value\0" and the flag's one character (itself maybe a NUL)
    tuples = []
    i = 0
    end = len(ng_headers)
    while i < end:
        name_end = ng_headers.index("\0", i)
        value_end = ng_headers.index("\0", name_end + 1)
        name = ng_headers[i:name_end]
        value = ng_headers[name_end + 1:value_end]
        flag = ng_headers[value_end + 1:value_end + 2]
        i = value_end + 2
        raw = (name.encode("latin-1"), value.encode("latin-1"))
        if flag == _NO_INDEX or name == "authorization" or (name == "cookie" and len(value) < 20):
            tuples.append(hpack.NeverIndexedHeaderTuple(*raw))
        else:
            tuples.append(hpack.HeaderTuple(*raw))
    return tuples


class Session:
    def __init__(self, server: bool, settings: dict[int, int]) -> None:
        h2 = _h2()
        config = h2.config.H2Configuration(client_side=not server, header_encoding=None,
                                           validate_inbound_headers=False,
                                           normalize_inbound_headers=False,
                                           validate_outbound_headers=False,
                                           normalize_outbound_headers=False)
        self.conn = _connection(config)
        self.conn.local_settings = h2.settings.Settings(client=not server, initial_values=settings)
        self.conn.initiate_connection()
        # node's first SETTINGS frame carries only what the program set (h2's lists all of them)
        import hyperframe.frame
        preface = self.conn._data_to_send[:24] if not server else b""
        self.conn._data_to_send = bytearray(preface) + hyperframe.frame.SettingsFrame(0, settings).serialize()
        self.server = server
        self.queued: dict[int, collections.deque] = {}   # stream id -> [data, end, request id]
        self.open_streams: dict[int, int] = {}   # stream id -> the code it closes with (an RST's)
        self.local_window = 65535   # the connection's receive window as set (setLocalWindowSize)
        self.remote_seen: dict[int, int] = {}   # the peer's settings, as its SETTINGS frames came
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

    def send_headers(self, stream_id: int, ng_headers: str, end: bool) -> None:
        self.conn.send_headers(stream_id, _encode_headers(ng_headers), end_stream=end)
        self.open_streams.setdefault(stream_id, 0)

    def send_data(self, stream_id: int, data: bytes, end: bool, request_id: int) -> None:
        self.queued.setdefault(stream_id, collections.deque()).append([data, end, request_id])
        self._flush()

    def push(self, stream_id: int, ng_headers: str) -> int:
        promised = self.conn.get_next_available_stream_id()
        self.conn.push_stream(stream_id, promised, _encode_headers(ng_headers))
        self.open_streams.setdefault(promised, 0)
        return promised

    def _drop_queued(self, stream_id: int) -> None:
        """The stream can send no more: its waiting writes are done (node completes them)."""
        queue = self.queued.pop(stream_id, None)
        if queue:
            self.events.append(["written", [item[2] for item in queue if item[2]]])

    def reset(self, stream_id: int, code: int) -> None:
        """RST_STREAM, unless the stream has closed already (both ends, or reset by the peer)."""
        self._drop_queued(stream_id)
        stream = self.conn.streams.get(stream_id)
        if stream is None or stream.closed:
            return
        if stream_id in self.open_streams:
            self.open_streams[stream_id] = code
        self.conn.reset_stream(stream_id, error_code=code)

    def consumed(self, stream_id: int, size: int) -> None:
        """JS read `size` flow-controlled bytes of `stream_id`: the peer may send more."""
        if size and stream_id in self.conn.streams:
            self.conn.acknowledge_received_data(size, stream_id)
        elif size:
            self.conn.increment_flow_control_window(size)

    def set_local_window_size(self, size: int) -> None:
        """The connection's receive window becomes `size` (nghttp2_session_set_local_window_size):
        a larger one is announced by WINDOW_UPDATE; a smaller one takes effect as data arrives."""
        manager = self.conn._inbound_flow_control_window_manager   # (h2 keeps no public figure of it)
        delta = size - manager.max_window_size
        self.local_window = size
        if delta > 0:
            self.conn.increment_flow_control_window(delta)
        elif delta < 0:
            manager.max_window_size = size

    def altsvc(self, stream_id: int, origin: str, alt: str) -> None:
        self.conn.advertise_alternative_service(alt.encode("latin-1"), origin=origin.encode("latin-1") or None,
                                                stream_id=stream_id or None)

    def origin(self, origins: list[str]) -> None:
        """An ORIGIN frame (RFC 8336), which h2 does not know: its bytes join h2's outgoing ones
        (between frames, so the framing stays whole)."""
        payload = b"".join(len(o).to_bytes(2, "big") + o.encode("latin-1") for o in origins)
        frame = len(payload).to_bytes(3, "big") + bytes([_ORIGIN_FRAME, 0]) + (0).to_bytes(4, "big") + payload
        self.conn._data_to_send += frame

    def ping(self, payload: bytes) -> None:
        self.conn.ping(payload)

    def settings(self, settings: dict[int, int]) -> None:
        self.conn.update_settings(settings)

    def goaway(self, code: int, last_stream_id: int | None, opaque: bytes | None) -> None:
        self.conn.close_connection(error_code=code, additional_data=opaque or None, last_stream_id=last_stream_id)
        if code == 0:
            self._keep_open()

    def _keep_open(self) -> None:
        """h2 takes a GOAWAY it sends as the connection's end and refuses every frame after it;
        RFC 9113 6.8 (and nghttp2, so node) lets the streams it left open finish, so a graceful
        (NO_ERROR) GOAWAY puts h2's connection state back to open. New streams are refused by the
        JS side (ERR_HTTP2_GOAWAY_SESSION)."""
        _reopen(self.conn)

    def state(self) -> list:
        """[the window the peer gives us, the window we give it, open streams, the last stream
        ids the peer and this side opened, received bytes not yet acknowledged, DATA writes
        waiting for the peer's window, the HPACK tables' sizes (ours, the peer's), the receive
        window as set]"""
        conn = self.conn
        inbound = conn._inbound_flow_control_window_manager   # (h2 keeps no public figure of it)
        return [conn.outbound_flow_control_window, conn.inbound_flow_control_window, len(conn.streams),
                conn.highest_inbound_stream_id, conn.highest_outbound_stream_id,
                inbound.max_window_size - inbound.current_window_size,
                sum(len(queue) for queue in self.queued.values()),
                conn.encoder.header_table._current_size, conn.decoder.header_table._current_size,
                self.local_window]

    def settings_of(self, remote: bool) -> dict[int, int]:
        """The settings in force (the local ones as the peer acknowledged them), by code, with
        nghttp2's defaults (no limit: 2**32 - 1) where h2 keeps none."""
        settings = self.conn.remote_settings if remote else self.conn.local_settings
        known = {}
        for code, default in _SETTING_DEFAULTS.items():
            value = settings.get(code) if code in settings else None
            known[code] = default if value is None else min(int(value), 2 ** 32 - 1)
        if self.server != remote:
            known[2] = 1   # (a server's enablePush says nothing, and nghttp2 sends none: the default)
        return known

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
            self.open_streams.setdefault(event.stream_id, 0)
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
            self._drop_queued(event.stream_id)
            if event.stream_id in self.open_streams:
                self.open_streams[event.stream_id] = int(event.error_code)
        elif isinstance(event, e.PushedStreamReceived):
            self.open_streams.setdefault(event.pushed_stream_id, 0)
            out.append(["push", event.pushed_stream_id, event.parent_stream_id, _headers(event.headers)])
        elif isinstance(event, e.RemoteSettingsChanged):
            connect = event.changed_settings.get(_ENABLE_CONNECT_PROTOCOL)
            if connect is not None and connect.original_value == 1 and connect.new_value == 0:
                # RFC 8441 3: once on, extended CONNECT cannot be turned off (nghttp2 refuses it)
                self.conn.close_connection(error_code=1)
                out.append(["protocolError", "ProtocolError", "ENABLE_CONNECT_PROTOCOL turned off", 1])
                return
            # (the settings as of this frame: h2 has applied the whole read's already)
            for code, change in event.changed_settings.items():
                self.remote_seen[int(code)] = min(int(change.new_value), 2 ** 32 - 1)
            snapshot = {**_SETTING_DEFAULTS, **self.remote_seen}
            if not self.server:
                snapshot[2] = 1
            out.append(["remoteSettings", snapshot])
        elif isinstance(event, e.SettingsAcknowledged):
            out.append(["settingsAck"])
        elif isinstance(event, e.PingReceived):
            out.append(["ping", self._payload(event.ping_data)])
        elif isinstance(event, e.PingAckReceived):
            out.append(["pingAck", self._payload(event.ping_data)])
        elif isinstance(event, e.ConnectionTerminated):
            opaque = self._payload(event.additional_data) if event.additional_data else None
            out.append(["goaway", int(event.error_code), event.last_stream_id, opaque])
        elif isinstance(event, AltsvcReceived):
            out.append(["altsvc", event.field_value.decode("latin-1"), event.origin.decode("latin-1"),
                        event.stream_id])
        elif isinstance(event, e.UnknownFrameReceived):
            frame = event.frame
            if frame.type == _ORIGIN_FRAME and not self.server and frame.stream_id == 0:
                out.append(["origin", _origins_of(bytes(frame.body))])
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
                try:
                    conn.send_data(stream_id, data[:size], end_stream=end and last)
                except _h2().exceptions.ProtocolError:   # the stream can send no more: what waits is done
                    self.events.append(["written", [i[2] for i in queue if i[2]]])
                    queue.clear()
                    break
                if not last:
                    item[0] = data[size:]
                    continue
                queue.popleft()
                if request_id:
                    self.events.append(["written", [request_id]])
            if not queue:
                del self.queued[stream_id]

    def _report_closed(self) -> None:
        """A 'close' event (with the RST code, 0 for both ends ended) for each stream h2 has
        closed since the last call: node's Http2Stream is told, as nghttp2's on_stream_close
        tells it."""
        streams = self.conn.streams
        for stream_id in [i for i in self.open_streams
                          if (stream := streams.get(i)) is None or stream.closed]:
            self.events.append(["close", stream_id, self.open_streams.pop(stream_id)])

    def answer(self) -> list:
        """What JS gets back from any call: [events JSON, bytes to send or None, ...payloads]."""
        if self.open_streams:
            self._report_closed()
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


def _send_headers(ctx: Context, session_id, stream_id, ng_headers: str, end: bool):
    return _call(ctx, session_id, Session.send_headers, int(stream_id), ng_headers, bool(end))


def _send_data(ctx: Context, session_id, stream_id, data, end: bool, request_id):
    return _call(ctx, session_id, Session.send_data, int(stream_id), uint8_bytes(ctx, data), bool(end),
                 int(request_id))


def _new_stream_id(ctx: Context, session_id) -> int:
    return _session(ctx, session_id).conn.get_next_available_stream_id()


def _set_next_stream_id(ctx: Context, session_id, stream_id) -> None:
    """h2 numbers a new stream after the highest one this side opened."""
    conn = _session(ctx, session_id).conn
    conn.highest_outbound_stream_id = max(int(stream_id) - 2, 0)


def _push(ctx: Context, session_id, stream_id, ng_headers: str):
    return _call(ctx, session_id, Session.push, int(stream_id), ng_headers)


def _reset(ctx: Context, session_id, stream_id, code):
    return _call(ctx, session_id, Session.reset, int(stream_id), int(code))


def _consumed(ctx: Context, session_id, stream_id, size):
    return _call(ctx, session_id, Session.consumed, int(stream_id), int(size))


def _set_local_window_size(ctx: Context, session_id, size):
    return _call(ctx, session_id, Session.set_local_window_size, int(size))


def _altsvc(ctx: Context, session_id, stream_id, origin: str, alt: str):
    return _call(ctx, session_id, Session.altsvc, int(stream_id), origin, alt)


def _origin(ctx: Context, session_id, origins_json: str):
    return _call(ctx, session_id, Session.origin, json.loads(origins_json))


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


def _settings_in_force(ctx: Context, session_id, remote) -> str:
    return _dumps(_session(ctx, session_id).settings_of(bool(remote)))


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
    "http2SetLocalWindowSize": _set_local_window_size,
    "http2Altsvc": _altsvc,
    "http2Origin": _origin,
    "http2Settings": _settings,
    "http2Goaway": _goaway,
    "http2State": _state,
    "http2StreamState": _stream_state,
    "http2SettingsInForce": _settings_in_force,
    "http2Free": _free,
}
