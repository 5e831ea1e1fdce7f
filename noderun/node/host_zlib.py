"""Host side of node:zlib's handles (the role of node's internalBinding('zlib')): one compression
state (node/zlib_engines.py) per handle, in a per-thread table, named in JS by an integer id.

A write runs at the call (the *Sync functions) or on the thread pool (streams and callbacks, where
one job answers the calls again that node's loop makes for each full output chunk, up to _AHEAD
bytes); the JS side never has two writes of one handle in flight, and the state's lock keeps even a
misuse in order. Answers are plain arrays: `[output, availInAfter, availOutAfter]`, or for a failure
`[None, message, errno, code]` (four items), from which internal/zlib builds node's error (an Error with
`errno` and `code`, no NodeError: node's data errors are not from its table).
"""

from __future__ import annotations

import json

from ..engine.runtime import Context, JSObject
from .handle_table import HandleTable, table_of
from .host_pool import submit_job
from .host_process import uint8_bytes


def _table(ctx: Context) -> HandleTable:
    realm = ctx.host.realm
    return table_of(realm, "zlib_handles", lambda: HandleTable(realm))


def _failure(exc) -> list:
    return [None, exc.message, exc.errno, exc.code]


def _open(ctx: Context, mode: int, options_json: str, dictionary) -> int | list:
    from .zlib_engines import CompressionError, new_state
    options = json.loads(options_json)
    if isinstance(dictionary, JSObject):
        options["dictionary"] = uint8_bytes(ctx, dictionary)
    try:
        state = new_state(mode, options)
    except CompressionError as exc:
        return _failure(exc)
    return _table(ctx).add(state)


def _write_now(state, flush: int, data: bytes, avail_out: int) -> list:
    from .zlib_engines import CompressionError
    with state.lock:
        try:
            return list(state.write(flush, data, avail_out))
        except CompressionError as exc:
            return _failure(exc)


def _write_sync(ctx: Context, handle_id: int, flush: int, data, avail_out: int) -> list:
    state = _table(ctx).handles[handle_id]
    return _write_now(state, flush, uint8_bytes(ctx, data) if data is not None else b"", avail_out)


# How much output one pool job makes ahead: node's JS calls write() again for every full output
# chunk (16 KB by default), and a pool round trip per chunk would cost more than the inflating.
_AHEAD = 1 << 20


def _write_ahead(state, flush: int, data: bytes, avail_out: int, chunk_size: int) -> list:
    """The answers of node's first write() and of the calls again that JS would make next (each with
    `chunk_size` of room, while the room ran out), up to _AHEAD bytes of output; a failure ends them."""
    answers = [_write_now(state, flush, data, avail_out)]
    made = 0
    while len(answers[-1]) == 3 and answers[-1][2] == 0 and made < _AHEAD:
        made += len(answers[-1][0])
        answers.append(_write_now(state, flush, b"", chunk_size))
    return answers


def _write(ctx: Context, request_id: int, handle_id: int, flush: int, data, avail_out: int, chunk_size: int) -> None:
    state = _table(ctx).handles[handle_id]
    data = uint8_bytes(ctx, data) if data is not None else b""
    submit_job(ctx, request_id, lambda: _write_ahead(state, flush, data, avail_out, chunk_size))


def _call(ctx: Context, handle_id: int, method: str, *args) -> list | None:
    from .zlib_engines import CompressionError
    state = _table(ctx).handles[handle_id]
    with state.lock:
        try:
            getattr(state, method)(*args)
        except CompressionError as exc:
            return _failure(exc)
    return None


def _params(ctx: Context, handle_id: int, level: int, strategy: int) -> list | None:
    return _call(ctx, handle_id, "params", level, strategy)


def _reset(ctx: Context, handle_id: int) -> list | None:
    return _call(ctx, handle_id, "reset")


def _close(ctx: Context, handle_id: int) -> None:
    state = _table(ctx).handles.pop(handle_id, None)
    if state is not None:
        with state.lock:   # a pool job still running on it finishes first
            state.close()


FUNCTIONS = {
    "zlibOpen": _open,
    "zlibWriteSync": _write_sync,
    "zlibWrite": _write,
    "zlibParams": _params,
    "zlibReset": _reset,
    "zlibClose": _close,
}
