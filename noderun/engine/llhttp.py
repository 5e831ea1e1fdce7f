"""The door to llhttp, node's own HTTP/1 parser, through the PyPI package `llhttp` (pyllhttp).

That package compiles llhttp 9.3.0 (node 24.12.0's version, so parse errors carry node's HPE_*
codes and reasons byte for byte) into its extension module `__llhttp`, which exports llhttp's C
API. As with `_quickjs` (engine/lib.py), noderun binds that shared object with cffi in ABI mode,
not the package's Python classes: those call a Python method per span and cannot skip a body
(a HEAD response) or say where an error is (`bytesParsed`). cffi is imported only in this layer,
hence the module's place; it knows nothing of JS.

A `Parser` runs llhttp over one chunk and returns what happened as a flat event list (see
EVENT_*), the shape node's http_parser binding hands to its JS callbacks, so one chunk costs one
crossing into JS however many headers and messages it holds. Loaded on first use (node:http).
"""

from __future__ import annotations

import importlib.util

import cffi

_CDEF = """
typedef struct llhttp__internal_s {
  int32_t _index; void* _span_pos0; void* _span_cb0; int32_t error; const char* reason;
  const char* error_pos; void* data; void* _current; uint64_t content_length;
  uint8_t type; uint8_t method; uint8_t http_major; uint8_t http_minor; uint8_t header_state;
  uint16_t lenient_flags; uint8_t upgrade; uint8_t finish; uint16_t flags; uint16_t status_code;
  uint8_t initial_message_completed; void* settings;
} llhttp_t;
typedef int (*llhttp_data_cb)(llhttp_t*, const char *at, size_t length);
typedef int (*llhttp_cb)(llhttp_t*);
typedef struct {
  llhttp_cb on_message_begin;
  llhttp_data_cb on_protocol; llhttp_data_cb on_url; llhttp_data_cb on_status;
  llhttp_data_cb on_method; llhttp_data_cb on_version; llhttp_data_cb on_header_field;
  llhttp_data_cb on_header_value; llhttp_data_cb on_chunk_extension_name;
  llhttp_data_cb on_chunk_extension_value;
  llhttp_cb on_headers_complete;
  llhttp_data_cb on_body;
  llhttp_cb on_message_complete; llhttp_cb on_protocol_complete; llhttp_cb on_url_complete;
  llhttp_cb on_status_complete; llhttp_cb on_method_complete; llhttp_cb on_version_complete;
  llhttp_cb on_header_field_complete; llhttp_cb on_header_value_complete;
  llhttp_cb on_chunk_extension_name_complete; llhttp_cb on_chunk_extension_value_complete;
  llhttp_cb on_chunk_header; llhttp_cb on_chunk_complete; llhttp_cb on_reset;
} llhttp_settings_t;
void llhttp_init(llhttp_t* parser, int type, const llhttp_settings_t* settings);
void llhttp_settings_init(llhttp_settings_t* settings);
int llhttp_execute(llhttp_t* parser, const char* data, size_t len);
int llhttp_finish(llhttp_t* parser);
int llhttp_should_keep_alive(const llhttp_t* parser);
void llhttp_pause(llhttp_t* parser);
void llhttp_resume(llhttp_t* parser);
void llhttp_resume_after_upgrade(llhttp_t* parser);
const char* llhttp_get_error_reason(const llhttp_t* parser);
void llhttp_set_error_reason(llhttp_t* parser, const char* reason);
const char* llhttp_get_error_pos(const llhttp_t* parser);
const char* llhttp_errno_name(int err);
const char* llhttp_method_name(int method);
"""

LLHTTP_VERSION = "9.3.0"   # the version node 24.12.0 embeds (process.versions.llhttp)

REQUEST, RESPONSE = 1, 2   # node's HTTPParser.REQUEST / RESPONSE (llhttp's HTTP_REQUEST / _RESPONSE)

# Events, flat in one list: each kind is followed by a fixed number of values.
EVENT_MESSAGE_BEGIN = 0      # (nothing)
EVENT_HEADERS = 1            # raw headers [name, value, ...], url: headers flushed before the end
                             # of the head (more than 32) or trailers
EVENT_HEADERS_COMPLETE = 2   # major, minor, raw headers or None (flushed), method, url, status code,
                             # status message, upgrade, should keep alive
EVENT_BODY = 3               # bytes
EVENT_MESSAGE_COMPLETE = 4   # (nothing)

# What JS lets the parser decide alone when a head ends (node's parser asks its JS callback).
MODE_SKIP_BODY = 1           # a response to HEAD: no body whatever its headers say
MODE_CONNECT = 2             # a response to CONNECT: a 2xx switches protocols
MODE_UPGRADE = 4             # a request that asks to upgrade is one (the server listens to 'upgrade')

_MAX_FIELDS = 32             # node flushes the headers it holds at this count (kMaxHeaderFieldsCount)
_HPE_OK, _HPE_USER, _HPE_PAUSED, _HPE_PAUSED_UPGRADE = 0, 24, 21, 22
_HTTP_CONNECT = 5
_F_SKIPBODY = 1 << 6


def _extension_path() -> str:
    spec = importlib.util.find_spec("__llhttp")
    if spec is None or not spec.origin:
        raise ImportError("the llhttp package is not installed (pip install llhttp==9.3.0.0)")
    return spec.origin


ffi = cffi.FFI()
ffi.cdef(_CDEF)
lib = ffi.dlopen(_extension_path())

METHODS = [ffi.string(lib.llhttp_method_name(i)).decode() for i in range(47)]   # by llhttp number


def _parser(state) -> "Parser":
    return ffi.from_handle(state.data)


@ffi.callback("int(llhttp_t*)")
def _on_message_begin(state):
    p = _parser(state)
    p.fields = []
    p.field_open = False
    p.url = p.status = b""
    p.header_size = 0
    p.flushed = False
    p.in_head = True
    p.events.append(EVENT_MESSAGE_BEGIN)
    return 0


def _track(p, length: int) -> int:
    """Count head bytes against maxHeaderSize as node does (url, status, names and values)."""
    if p.in_head:
        p.header_size += length
        if p.header_size >= p.max_header_size:
            p.overflow = True
            return _HPE_USER
    return 0


@ffi.callback("int(llhttp_t*, const char*, size_t)")
def _on_url(state, at, length):
    p = _parser(state)
    p.url += ffi.buffer(at, length)[:]
    return _track(p, length)


@ffi.callback("int(llhttp_t*, const char*, size_t)")
def _on_status(state, at, length):
    p = _parser(state)
    p.status += ffi.buffer(at, length)[:]
    return _track(p, length)


@ffi.callback("int(llhttp_t*, const char*, size_t)")
def _on_header_field(state, at, length):
    p = _parser(state)
    fields = p.fields
    if p.field_open:                         # the same name, split across chunks
        fields[-2] += ffi.buffer(at, length)[:]
    else:
        if len(fields) == 2 * (_MAX_FIELDS - 1):   # node keeps 31 pairs and the new name
            p.flush()
            fields = p.fields
        fields.append(ffi.buffer(at, length)[:])
        fields.append(b"")
        p.field_open = True
    return _track(p, length)


@ffi.callback("int(llhttp_t*, const char*, size_t)")
def _on_header_value(state, at, length):
    p = _parser(state)
    p.field_open = False
    p.fields[-1] += ffi.buffer(at, length)[:]
    return _track(p, length)


@ffi.callback("int(llhttp_t*)")
def _on_headers_complete(state):
    p = _parser(state)
    p.in_head = False
    p.header_size = 0
    status_code = state.status_code
    upgrade = bool(state.upgrade)
    decision = 0
    if state.type == REQUEST:
        if upgrade and state.method != _HTTP_CONNECT and not p.mode & MODE_UPGRADE:
            state.upgrade = 0                # no one takes the upgrade: an ordinary request (JS
                                             # still hears that it asked, as node's callback does)
        elif upgrade:
            decision = 2
    else:
        if p.mode & MODE_CONNECT and 200 <= status_code < 300:
            upgrade = True
            decision = 2
        elif upgrade:
            decision = 2
        elif 100 <= status_code < 200 or p.mode & MODE_SKIP_BODY:
            decision = 1
    if p.flushed:
        p.flush()
        headers = url = None
    else:
        headers, url = p.raw_headers(), p.url.decode("latin-1")
    if state.type == REQUEST:   # node passes no status to a request, no method or url to a response
        method, status_code, status = state.method, None, None
    else:
        method, url, status = None, None, p.status.decode("latin-1")
    p.events += (EVENT_HEADERS_COMPLETE, state.http_major, state.http_minor, headers, method, url,
                 status_code, status, upgrade, bool(lib.llhttp_should_keep_alive(state)))
    return decision


@ffi.callback("int(llhttp_t*, const char*, size_t)")
def _on_body(state, at, length):
    p = _parser(state)
    p.events += (EVENT_BODY, ffi.buffer(at, length)[:])
    return 0


@ffi.callback("int(llhttp_t*)")
def _on_message_complete(state):
    p = _parser(state)
    if p.fields:                             # trailers
        p.flush()
    p.events.append(EVENT_MESSAGE_COMPLETE)
    return 0


_SETTINGS = ffi.new("llhttp_settings_t*")
lib.llhttp_settings_init(_SETTINGS)
_SETTINGS.on_message_begin = _on_message_begin
_SETTINGS.on_url = _on_url
_SETTINGS.on_status = _on_status
_SETTINGS.on_header_field = _on_header_field
_SETTINGS.on_header_value = _on_header_value
_SETTINGS.on_headers_complete = _on_headers_complete
_SETTINGS.on_body = _on_body
_SETTINGS.on_message_complete = _on_message_complete


class ParseError(Exception):
    """What node's parser reports: its HPE_* code, llhttp's reason, and the bytes it had taken."""

    def __init__(self, code: str, reason: str, bytes_parsed: int) -> None:
        super().__init__(f"{code}: {reason}")
        self.code, self.reason, self.bytes_parsed = code, reason, bytes_parsed


class Parser:
    """One llhttp parser. `execute(address, size)` parses the bytes at `address` and returns
    (bytes taken, events); at an error it raises ParseError after the events before it are kept
    in `events` (take them with `take_events`)."""

    def __init__(self) -> None:
        self.state = ffi.new("llhttp_t*")
        self._handle = ffi.new_handle(self)
        self.events: list = []
        self.fields: list = []
        self.field_open = False
        self.url = self.status = b""
        self.flushed = False
        self.in_head = False
        self.header_size = 0
        self.overflow = False
        self.max_header_size = 16384
        self.mode = 0

    def initialize(self, kind: int, max_header_size: int, lenient_flags: int) -> None:
        lib.llhttp_init(self.state, kind, _SETTINGS)
        self.state.data = self._handle
        self.state.lenient_flags = lenient_flags
        self.max_header_size = max_header_size
        self.events = []
        self.fields = []
        self.field_open = self.flushed = self.in_head = self.overflow = False
        self.url = self.status = b""
        self.header_size = 0

    def raw_headers(self) -> list:
        # values lose trailing spaces and tabs, as node's ToTrimmedString does
        headers = [item.decode("latin-1") if i % 2 == 0 else item.rstrip(b" \t").decode("latin-1")
                   for i, item in enumerate(self.fields)]
        self.fields = []
        return headers

    def flush(self) -> None:
        """Hand the headers held so far to JS before the head ends (node's Flush)."""
        self.events += (EVENT_HEADERS, self.raw_headers(), self.url.decode("latin-1"))
        self.url = b""
        self.flushed = True

    def take_events(self) -> list:
        events, self.events = self.events, []
        return events

    def execute(self, address: int, size: int, mode: int = 0) -> int:
        """Parse `size` bytes at `address`; the number taken (fewer after an upgrade)."""
        self.mode = mode
        state = self.state
        data = ffi.cast("const char*", address)
        error = lib.llhttp_execute(state, data, size)
        if error == _HPE_OK:
            return size
        taken = int(ffi.cast("intptr_t", lib.llhttp_get_error_pos(state))) - address
        if error == _HPE_PAUSED_UPGRADE:
            lib.llhttp_resume_after_upgrade(state)
            return taken
        if error == _HPE_PAUSED:
            lib.llhttp_resume(state)
            return taken
        self._fail(error, taken)

    def finish(self) -> None:
        error = lib.llhttp_finish(self.state)
        if error != _HPE_OK:
            self._fail(error, 0)

    def _fail(self, error: int, taken: int):
        if error == _HPE_USER and self.overflow:
            raise ParseError("HPE_HEADER_OVERFLOW", "Header overflow", taken)
        reason = ffi.string(lib.llhttp_get_error_reason(self.state)).decode("latin-1")
        raise ParseError(ffi.string(lib.llhttp_errno_name(error)).decode(), reason, taken)
