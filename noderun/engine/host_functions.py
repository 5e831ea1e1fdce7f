"""The one trampoline through which JS calls Python, and error translation in both directions.

Every Python function exposed to JS is registered once per process (`register`) and gets an index;
each JS function object made for it (`Context.new_function`) is a C function whose `magic` is that
index, all sharing the single cffi callback `_trampoline`. A host function is a plain module-level
function `fn(ctx, *args)`: the `Context` comes first, so per-thread state lives on the context and
not in closures (the registry stays small and process-wide).

Arguments arrive converted: primitives as Python values (undefined and null as None), objects as
borrowed `JSObject` handles that are valid only during the call (`.dup()` keeps one). The return
value is converted back (see Context.to_js).

A few functions run once per message (postMessage, the microtask drain between deliveries); for
them the conversions would cost more than the work. Marked with the `raw` decorator, such a
function is called as `fn(ctx, argc, argv)` with the engine's borrowed argument array, and returns
an owned JSValue itself.

Before any other host function runs, the context's `before_host_call` hook does (when set) what JS
left pending: the node layer sends the small messages it batches, since a host call may block
(Atomics.wait) or end the thread (process.exit) waiting on them. Every call sets the context's
`host_entered` flag (C memory): a C poller that delivers messages to JS in a wait of its own
(engine/fastmsg.c) keeps waiting there only while no Python ran, that is while nothing the loop
knows of (timers, immediates, handles, refs) can have changed.

No exception ever crosses C (STYLE.md, point 2): `NodeError` becomes node's error with its `code`,
`JSError` rethrows the original JS value, anything else becomes a JS `Error` naming the Python
exception, so a bug in a host function is a catchable JS error and never a crash.
"""

from __future__ import annotations

import sys
import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

from ..errors import JSError, NodeError
from . import values as V
from .lib import ffi, lib

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable

_registry: list[Callable] = []
_raw: list[bool] = []              # per index: called with (ctx, argc, argv), returns a JSValue
_index: dict[Callable, int] = {}
_registry_lock = _thread.allocate_lock()
_MAX_FUNCTIONS = 0xFFFF  # `magic` is stored in 16 bits by QuickJS


class HostExit(BaseException):
    """Raised by a host function to unwind all JS on this thread (process.exit, terminate).

    The trampoline turns it into an uncatchable JS error; the thread's loop sees the flag the
    raiser set and stops.
    """


def raw(fn: Callable) -> Callable:
    """Mark a host function as raw: `fn(ctx, argc, argv) -> owned JSValue`, no conversions."""
    fn.raw_host_function = True
    return fn


def register(fn: Callable) -> int:
    """The process-wide index of a host function, registering it on first use."""
    index = _index.get(fn)
    if index is None:
        with _registry_lock:
            index = _index.get(fn)
            if index is None:
                if len(_registry) >= _MAX_FUNCTIONS:
                    raise RuntimeError("too many host functions: register module-level functions, not closures")
                index = len(_registry)
                _raw.append(getattr(fn, "raw_host_function", False))
                _registry.append(fn)
                _index[fn] = index
    return index


Context = JSObject = None   # bound by runtime.py, which imports this module
_contexts: dict = {}        # context pointer -> Context (Context._by_ptr)


def bind_runtime(context_class, object_class) -> None:
    global Context, JSObject, _contexts
    Context, JSObject = context_class, object_class
    _contexts = context_class._by_ptr


@ffi.callback("JSValue(JSContext *, JSValue, int, JSValue *, int, JSValue *)")
def _trampoline(ctx_ptr, this_val, argc, argv, magic, func_data):
    context = _contexts[ctx_ptr]
    context.host_entered[0] = 1
    if context.runtime.interrupted:
        # terminate() was requested: QuickJS polls its interrupt hook only every few thousand
        # operations, so refuse host work now (this is how a worker woken from Atomics.wait stops)
        return context.throw_uncatchable("interrupted")
    if _raw[magic]:
        try:
            return _registry[magic](context, argc, argv)
        except BaseException as exc:
            return _throw(context, exc)
    borrowed = []
    try:
        if context.before_host_call is not None:
            context.before_host_call()
        args = [context._arg_to_py(argv[i], borrowed) for i in range(argc)]
        result = _registry[magic](context, *args)
        if type(result) is JSObject and result.owned:
            return result.consume()   # a fresh handle the function gives away: no dup, no leak
        return context.to_js(result)
    except BaseException as exc:
        return _throw(context, exc)
    finally:
        for handle in borrowed:
            handle._invalidate()


def _throw(context, exc: BaseException):
    """Throw in JS what a host function raised; returns the exception marker to give back."""
    if isinstance(exc, HostExit):
        return context.throw_uncatchable("exit")
    if isinstance(exc, JSError):
        return context.rethrow(exc)
    if isinstance(exc, NodeError):
        return context.throw_node_error(exc)
    if isinstance(exc, RecursionError):
        return lib.JS_ThrowRangeError(context.ptr, b"%s", ffi.new("char[]", b"Maximum call stack size exceeded"))
    if isinstance(exc, MemoryError):
        return lib.JS_ThrowOutOfMemory(context.ptr)
    # a host bug must surface as a JS error, never a crash
    if context.debug_host_errors:
        import traceback   # only on this path: it costs 2 ms of start-up

        traceback.print_exception(exc, file=sys.stderr)
    return context.throw_error("Error", f"[noderun host] {type(exc).__name__}: {exc}")
