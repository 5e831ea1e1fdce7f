"""Host side of internal/threadpool.js: a host function run on the process's thread pool
(host/threadpool.py) instead of at the call, its answer handed to JS on the caller's loop.

Only the functions listed in POOLED may run there: they take plain values (str, numbers, bytes)
and touch no JSValue, so they can run on another thread with the GIL and no context. A Uint8Array
argument is copied to bytes at the call (the pool never reads JS memory); the result crosses back
as `to_js` makes it on the loop's thread, a NodeError as node's error object.
"""

from __future__ import annotations

from ..engine.runtime import Context, JSObject
from ..errors import NodeError
from ..host import threadpool
from . import host_crypto, host_dns, host_fs
from .host_process import uint8_bytes

POOLED = {**host_crypto.POOLED, **host_fs.POOLED, **host_dns.POOLED}


def _pool_queue(ctx: Context, request_id: int, name: str, *args) -> None:
    fn = POOLED[name]
    args = tuple(uint8_bytes(ctx, arg) if isinstance(arg, JSObject) else arg for arg in args)
    submit_job(ctx, request_id, lambda: fn(None, *args), host_dns.pool_for(name))


def submit_job(ctx: Context, request_id: int, work, submit=threadpool.submit) -> None:
    """Run `work()` (plain values in and out, no JSValue) on the pool; its result or NodeError
    reaches JS as internal/threadpool.js's answer to `request_id`."""
    realm = ctx.host.realm

    def done(result, error) -> None:
        if realm.thread.loop.stopped:
            return
        if error is None:
            realm.call("poolDone", request_id, None, result)
        elif isinstance(error, NodeError):
            js_error = realm.make_node_error(ctx, error)
            try:
                realm.call("poolDone", request_id, js_error, None)
            finally:
                js_error.free()
        else:
            raise error   # a bug in the host function: the loop reports it as noderun's

    submit(ctx.host.loop, work, done)


FUNCTIONS = {
    "poolQueue": _pool_queue,
}
