"""The door to llhttp, node's own HTTP/1 parser, through the PyPI package `llhttp` (pyllhttp).

That package compiles llhttp 9.3.0 (node 24.12.0's version, so parse errors carry node's HPE_*
codes and reasons byte for byte) into its extension module `__llhttp`. Its parser classes call a
Python method per span from C, holding the GIL: several times cheaper than cffi callbacks, which
take and drop the GIL at every span. What those classes do not offer, node's parser needs: to
skip a HEAD response's body, take or refuse an upgrade when a head ends, say where an error is
(`bytesParsed`), set lenient flags. So the parser's own llhttp_t, which sits in the Python object
right after its header, is read and written through cffi with llhttp.h's layout (llhttp 9.3.0,
pinned), and the few functions that need no callback (error names, method names) are called in
the same module, bound in ABI mode as engine/lib.py binds _quickjs. cffi is imported only in
this layer, hence the module's place; it knows nothing of JS.

A `Parser` runs llhttp over one chunk and returns what happened as a flat event list (see
EVENT_*), the shape node's http_parser binding hands to its JS callbacks, so one chunk costs one
crossing into JS however many headers and messages it holds. Loaded on first use (node:http).
"""

from __future__ import annotations

import importlib.util

import cffi
import llhttp as _pyllhttp

_CDEF = """
typedef struct llhttp__internal_s {
  int32_t _index; void* _span_pos0; void* _span_cb0; int32_t error; const char* reason;
  const char* error_pos; void* data; void* _current; uint64_t content_length;
  uint8_t type; uint8_t method; uint8_t http_major; uint8_t http_minor; uint8_t header_state;
  uint16_t lenient_flags; uint8_t upgrade; uint8_t finish; uint16_t flags; uint16_t status_code;
  uint8_t initial_message_completed; void* settings;
} llhttp_t;
int llhttp_should_keep_alive(const llhttp_t* parser);
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

_MAX_CHUNK_EXTENSIONS = 16384   # node's kMaxChunkExtensionsSize
_MAX_FIELDS = 32             # node flushes the headers it holds at this count (kMaxHeaderFieldsCount)
_HTTP_CONNECT = 5
_HPE_NUMBERS = (*range(36), 38)   # llhttp 9.3.0's error numbers (llhttp_errno_name aborts on others)
_F_SKIPBODY = 0x40


def _extension_path() -> str:
    spec = importlib.util.find_spec("__llhttp")
    if spec is None or not spec.origin:
        raise ImportError("the llhttp package is not installed (pip install llhttp==9.3.0.0)")
    return spec.origin


ffi = cffi.FFI()
ffi.cdef(_CDEF)
lib = ffi.dlopen(_extension_path())
if _pyllhttp.version != LLHTTP_VERSION:
    raise ImportError(f"noderun needs llhttp {LLHTTP_VERSION} (node 24.12.0's); found {_pyllhttp.version}")

METHODS = [ffi.string(lib.llhttp_method_name(i)).decode() for i in range(47)]   # by llhttp number
_STATE_OFFSET = object.__basicsize__   # the llhttp_t follows the object's header (pyllhttp.c)
_CHAR_P = ffi.typeof("char*")


def _error_codes() -> dict:
    """pyllhttp's exception class -> node's HPE_* code (its classes are llhttp's names in camel
    case: HPE_INVALID_EOF_STATE is InvalidEofStateError)."""
    codes = {}
    for number in _HPE_NUMBERS:
        code = ffi.string(lib.llhttp_errno_name(number)).decode()
        camel = "".join(part.capitalize() for part in code[4:].split("_")) + "Error"
        if hasattr(_pyllhttp, camel):
            codes[getattr(_pyllhttp, camel)] = code
    return codes


_ERROR_CODES = _error_codes()


class _HeaderOverflow(Exception):
    """Raised in a span callback: llhttp stops with HPE_USER, reported as node's overflow."""


class _ChunkExtensionsOverflow(Exception):
    """The same for a chunk's extensions past node's 16 KiB."""


class _Callbacks:
    """The span and message callbacks of one parser (node's Parser::on_* in node_http_parser.cc),
    mixed into pyllhttp's Request / Response classes."""

    def on_message_begin(self):
        self.fields = []
        self.field_open = False
        self.url = self.status_text = b""
        self.header_size = 0
        self.flushed = False
        self.in_head = True
        self.events.append(EVENT_MESSAGE_BEGIN)

    def _track(self, length: int) -> None:
        """Count head bytes against maxHeaderSize as node does (url, status, names and values)."""
        if self.in_head:
            self.header_size += length
            if self.header_size >= self.max_header_size:
                raise _HeaderOverflow

    def on_url(self, span):
        self.url += span
        self._track(len(span))

    def on_status(self, span):
        self.status_text += span
        self._track(len(span))

    def on_header_field(self, span):
        fields = self.fields
        if self.field_open:                  # the same name, split across chunks
            fields[-2] += span
        else:
            if len(fields) == 2 * (_MAX_FIELDS - 1):   # node keeps 31 pairs and the new name
                self.flush()
                fields = self.fields
            fields.append(bytes(span))
            fields.append(b"")
            self.field_open = True
        self._track(len(span))

    def on_header_value(self, span):
        self.field_open = False
        self.fields[-1] += span
        self._track(len(span))

    def on_headers_complete(self):
        state = self.state
        self.in_head = False
        self.header_size = 0
        status_code = state.status_code
        upgrade = bool(state.upgrade)
        mode = self.mode
        if state.type == REQUEST:
            if upgrade and state.method != _HTTP_CONNECT and not mode & MODE_UPGRADE:
                state.upgrade = 0            # no one takes the upgrade: an ordinary request (JS
                                             # still hears that it asked, as node's callback does)
            elif upgrade:
                state.flags |= _F_SKIPBODY   # what node's callback returning 2 makes llhttp do
        else:
            if mode & MODE_CONNECT and 200 <= status_code < 300:
                upgrade = True
                state.upgrade = 1
                state.flags |= _F_SKIPBODY
            elif upgrade:
                state.flags |= _F_SKIPBODY
            elif 100 <= status_code < 200 or mode & MODE_SKIP_BODY:
                state.flags |= _F_SKIPBODY   # node's callback returning 1
        if self.flushed:
            self.flush()
            headers = url = None
        else:
            headers, url = self.raw_headers(), self.url.decode("latin-1")
        if state.type == REQUEST:   # node passes no status to a request, no method or url to a response
            method, status_code, status = state.method, None, None
        else:
            method, url, status = None, None, self.status_text.decode("latin-1")
        self.events += (EVENT_HEADERS_COMPLETE, state.http_major, state.http_minor, headers, method,
                        url, status_code, status, upgrade, bool(lib.llhttp_should_keep_alive(state)))

    def on_chunk_extension_name(self, span):
        self._track_extension(len(span))

    def on_chunk_extension_value(self, span):
        self._track_extension(len(span))

    def _track_extension(self, length: int) -> None:
        self.extensions_size += length
        if self.extensions_size > _MAX_CHUNK_EXTENSIONS:
            raise _ChunkExtensionsOverflow

    def on_chunk_header(self):
        self.extensions_size = 0

    def on_body(self, span):
        self.events += (EVENT_BODY, bytes(span))

    def on_message_complete(self):
        if self.fields:                      # trailers
            self.flush()
        self.events.append(EVENT_MESSAGE_COMPLETE)

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


class _Request(_Callbacks, _pyllhttp.Request):
    pass


class _Response(_Callbacks, _pyllhttp.Response):
    pass


class ParseError(Exception):
    """What node's parser reports: its HPE_* code, llhttp's reason, and the bytes it had taken."""

    def __init__(self, code: str, reason: str, bytes_parsed: int) -> None:
        super().__init__(f"{code}: {reason}")
        self.code, self.reason, self.bytes_parsed = code, reason, bytes_parsed


class Parser:
    """One llhttp parser. `execute(address, size, mode)` parses the bytes at `address` and returns
    how many it took; at an error it raises ParseError. The events of the chunk (before an error
    too) are then taken with `take_events()`."""

    def __init__(self) -> None:
        self._llhttp = None
        self.events: list = []

    def initialize(self, kind: int, max_header_size: int, lenient_flags: int) -> None:
        parser = _Request() if kind == REQUEST else _Response()
        parser.state = ffi.cast("llhttp_t*", id(parser) + _STATE_OFFSET)
        parser.state.lenient_flags = lenient_flags
        parser.max_header_size = max_header_size
        parser.events = self.events = []
        parser.fields = []
        parser.field_open = parser.flushed = parser.in_head = False
        parser.url = parser.status_text = b""
        parser.header_size = parser.extensions_size = 0
        parser.mode = 0
        self._llhttp = parser

    def take_events(self) -> list:
        events = self.events
        self.events = self._llhttp.events = []
        return events

    def execute(self, address: int, size: int, mode: int = 0) -> int:
        """Parse `size` bytes at `address`; the number taken (fewer after an upgrade)."""
        parser = self._llhttp
        parser.mode = mode
        try:
            return parser.execute(ffi.buffer(ffi.cast(_CHAR_P, address), size))
        except (_pyllhttp.Error, _HeaderOverflow, _ChunkExtensionsOverflow) as error:
            taken = int(ffi.cast("intptr_t", parser.state.error_pos)) - address
            raise self._error(error, taken) from None

    def finish(self) -> None:
        try:
            self._llhttp.finish()
        except _pyllhttp.Error as error:
            raise self._error(error, 0) from None

    def _error(self, error: Exception, taken: int) -> ParseError:
        if isinstance(error, _HeaderOverflow):
            return ParseError("HPE_HEADER_OVERFLOW", "Header overflow", taken)
        if isinstance(error, _ChunkExtensionsOverflow):
            return ParseError("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", taken)
        return ParseError(_ERROR_CODES.get(type(error), "HPE_INTERNAL"), str(error), taken)
