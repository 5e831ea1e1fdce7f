"""Host functions behind node:http's parser (the role of node's http_parser binding): llhttp through
engine/llhttp.py, loaded on the first parser a thread makes.

JS names each parser by an integer id (internal/http/http_parser.js is its JS face, node's
HTTPParser class). `httpParserExecute(id, bytes, mode)` parses one chunk straight from the
Uint8Array's memory and returns one array: first the result, the number of bytes taken or, at a
parse error, [HPE code, reason, bytes parsed], then the chunk's events, flat (engine/llhttp.py's
EVENT_* kinds with their values). So a chunk costs one call whatever it holds.
"""

from __future__ import annotations

from ..engine import values as V
from ..engine.host_functions import raw
from ..engine.lib import ffi, lib
from ..engine.runtime import Context

import json

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _llhttp():
    from ..engine import llhttp
    return llhttp


def _parsers(ctx: Context) -> dict:
    realm = ctx.host.realm
    parsers = getattr(realm, "http_parsers", None)
    if parsers is None:
        parsers = realm.http_parsers = {"next": 1}
    return parsers


def _new(ctx: Context) -> int:
    parsers = _parsers(ctx)
    parser_id = parsers["next"]
    parsers["next"] = parser_id + 1
    parsers[parser_id] = _llhttp().Parser()
    return parser_id


def _initialize(ctx: Context, parser_id, kind, max_header_size, lenient_flags) -> None:
    _parsers(ctx)[int(parser_id)].initialize(int(kind), int(max_header_size), int(lenient_flags))


def _free(ctx: Context, parser_id) -> None:
    _parsers(ctx).pop(int(parser_id), None)


def _int_arg(value) -> int:
    return V.get_int32(value) if value.tag == V.TAG_INT else int(V.get_float64(value))


def _outcome(ctx: Context, parser, run):
    """The outcome of `run()` for JS: a JSON text [result, ...events] (result: the count of bytes
    taken, or [code, reason, bytes parsed]); when the chunk had body bytes, an array of that text
    and the bodies, each body event naming its index there. JSON.parse builds the events in one
    engine call, where converting a Python list item by item costs several times the parse."""
    llhttp = _llhttp()
    try:
        result = run()
    except llhttp.ParseError as error:
        result = [error.code, error.reason, error.bytes_parsed]
    events = parser.take_events()
    bodies = None
    for i, item in enumerate(events):
        if type(item) is bytes:
            if bodies is None:
                bodies = [None]
            events[i] = len(bodies)
            bodies.append(item)
    events.insert(0, result)
    text = _dumps(events)
    if bodies is None:
        return ctx.to_js(text)
    bodies[0] = text
    return ctx.to_js(bodies)


@raw
def _execute(ctx: Context, argc: int, argv):
    """httpParserExecute(id, Uint8Array, mode): llhttp reads the array's memory in place."""
    parser = _parsers(ctx)[_int_arg(argv[0])]
    mode = _int_arg(argv[2]) if argc > 2 and argv[2].tag in (V.TAG_INT, V.TAG_FLOAT64) else 0
    size = ctx._size_out
    pointer = lib.JS_GetUint8Array(ctx.ptr, size, argv[1])
    if pointer == ffi.NULL:
        if lib.JS_HasException(ctx.ptr):
            return V.make(V.TAG_EXCEPTION)
        return ctx.to_js([0])
    address, length = int(ffi.cast("uintptr_t", pointer)), size[0]
    return _outcome(ctx, parser, lambda: parser.execute(address, length, mode))


@raw
def _finish(ctx: Context, argc: int, argv):
    parser = _parsers(ctx)[_int_arg(argv[0])]

    def run():
        parser.finish()
        return 0
    return _outcome(ctx, parser, run)


def _methods(ctx: Context) -> list:
    return list(_llhttp().METHODS)


FUNCTIONS = {
    "httpParserNew": _new,
    "httpParserInitialize": _initialize,
    "httpParserExecute": _execute,
    "httpParserFinish": _finish,
    "httpParserFree": _free,
    "httpParserMethods": _methods,
}
