"""Realm: the Node environment of one JSThread: its `host` object, the JS bootstrap, the loop hooks.

`Realm.create(thread, options)` builds the `host` object (the Python functions the JS builtins
call; see HOST_FUNCTIONS), runs node/js/internal/bootstrap.js, and keeps the functions it returns.
The realm is the thread's LoopHooks: each phase is one call into JS, and after each callback the
nextTick and microtask queues are drained only when the memory shared with JS (`tickInfo`) or the
engine says there is something to drain.
"""

from __future__ import annotations

import os
import sys

from ..engine import values as V
from ..engine.lib import ffi, lib
from ..engine.runtime import Context, JSObject
from ..errors import CODES, JSError, NodeError
from ..host.jsthread import JSThread
from .. import __version__
from ..loader import bytecode, disk_cache
from . import host_index, realms

TYPE_CHECKING = False
if TYPE_CHECKING:   # (worker.py and messaging.py load with the first worker or port)
    from . import worker


class ThreadOptions:
    """What a thread's Node environment is made from (the main thread's comes from the CLI)."""

    def __init__(self, argv: list[str], exec_argv=(), env: dict[str, str] | None = None,
                 worker=None, config_argv=()):
        self.argv = argv
        self.exec_argv = list(exec_argv)
        self.config_argv = list(config_argv)   # options from a configuration file (not in execArgv)
        self.env = env                  # None: the process environment, live
        self.worker = worker            # node.worker.WorkerSpec on a worker thread, else None
        self.is_main_thread = worker is None


class Realm:
    def __init__(self, thread: JSThread, options: ThreadOptions):
        self.thread = thread
        self.context: Context = thread.context
        self.options = options
        self.env = os.environ if options.env is None else options.env
        self.js: JSObject | None = None
        self._tick_info = None
        self._keep: list[JSObject] = []
        self._fns: dict[str, JSObject] = {}
        self.start_entry = None       # the entry point, run after --import preloads settle
        self.main_module_url: str | None = None   # the ES module entry point (import.meta.main)
        self.module_infos: dict = {}   # ES module URL -> loader.module_info.ModuleInfo (require(esm))
        self.requiring_esm = False     # require() is loading an ES module graph
        self.typeless_warned: set[str] = set()   # package.json paths warned about (MODULE_TYPELESS_PACKAGE_JSON)
        self.module_mocks: dict[str, tuple[int, bool]] = {}   # mock.module(): URL -> (mock id, cache)
        self.mock_module_names: dict[str, int] = {}   # a mock's module names normalized, not yet loaded
        self.thread_id = options.worker.thread_id if options.worker is not None else 0
        self._ports = None            # messaging.Ports, made on first use (a start without ports skips messaging)
        self.workers: dict[int, worker.WorkerHandle] = {}   # this thread's child workers by threadId
        self.lock_client = None       # this thread in the process's Web Locks table, once it asks
        self._poll_lanes = None       # what the loop's C poll is made of (use_poller)
        self._poll_sockets = None

    @classmethod
    def create(cls, thread: JSThread, options: ThreadOptions) -> "Realm":
        realm = cls(thread, options)
        thread.realm = realm
        realm._install()
        realms.register(realm.thread_id, realm)
        return realm

    @property
    def ports(self):
        """This thread's MessagePort ends (node/messaging.py)."""
        if self._ports is None:
            from .messaging import Ports
            self._ports = Ports(self)
        return self._ports

    def _install(self) -> None:
        disk_cache.use(__version__)
        context = self.context
        host = context.new_object()
        context.set_functions(host, _LOADER_FUNCTIONS)
        index = host_index.index_object(context)
        host.set("hostIndex", index)   # the others: bootstrap.js asks loadHostFunction on first use
        index.free()
        context.error_factory = self.make_node_error
        context.runtime.on_rejection = _on_rejection
        context.runtime.normalize_module = _normalize_module
        context.runtime.load_module = _load_module

        module = context.new_object({"exports": context.new_object()})
        bootstrap = bytecode.load_function(context, "internal/bootstrap")
        # (with a memory limit, collections may be what keeps the bootstrap under it)
        gc_deferred = not self.thread.memory_limit
        if gc_deferred:
            context.runtime.defer_gc()
        bootstrap.call(module.get("exports"), None, module, host)
        if gc_deferred:
            context.runtime.resume_gc()
        self.js = module.get("exports")
        host.free()
        module.free()
        bootstrap.free()

        self._fns = {name: self.js.get(name) for name in (
            "processTimers", "processImmediate", "processTicksAndRejections", "promiseRejectHandler",
            "triggerUncaughtException", "emitBeforeExit", "emitExit", "makeNodeError")}
        tick_buffer = self.js.get("tickInfo")
        self._keep.append(tick_buffer)
        self._tick_info = ffi.cast("int32_t *", _array_buffer_pointer(context, tick_buffer))

    # -- entry points -----------------------------------------------------------------------------

    def call(self, name: str, *args):
        """Call one of the functions bootstrap.js returned."""
        return self.function(name).call(*args)

    def function(self, name: str) -> JSObject:
        """One of the functions bootstrap.js returned (held by the realm)."""
        fn = self._fns.get(name)
        if fn is None:
            fn = self._fns[name] = self.js.get(name)
        return fn

    def make_node_error(self, context: Context, exc: NodeError) -> JSObject:
        """Build node's JS error for a NodeError raised by a host function (see Context.throw_node_error)."""
        props = context.new_object(exc.props) if exc.props else None
        try:
            return self._fns["makeNodeError"].call(exc.js_class, exc.code, exc.message, props, exc.native)
        finally:
            if props is not None:
                props.free()

    def use_poller(self, **parts) -> None:
        """The loop's poll phase in C, made of what this thread has (`lanes=`: messaging's
        _LoopLanes; `sockets=`: host_tcp's _FastSockets; None: no more): engine/fastmsg.c's poll,
        which reads the sockets through engine/fastio.c when there are both, or fastio's alone."""
        self._poll_lanes = parts.get("lanes", self._poll_lanes)
        self._poll_sockets = parts.get("sockets", self._poll_sockets)
        lanes, sockets = self._poll_lanes, self._poll_sockets
        if lanes is not None:
            lanes.read_sockets(sockets)
        self.thread.loop.set_poller(lanes.poll if lanes is not None else sockets.poll if sockets is not None else None)

    # -- LoopHooks ----------------------------------------------------------------------------------

    def process_timers(self, now_ms: int) -> None:
        # the result is applied before the microtasks run: a timer they set or clear wins, as in node
        self.thread.loop.timers_ran(self._fns["processTimers"].call(now_ms))
        self.drain()

    def process_immediates(self) -> None:
        self._fns["processImmediate"].call()

    def drain(self, flush: bool = True) -> None:
        """After a callback: the nextTick and microtask queues, then (at the end of a turn of the
        loop) the messages batched meanwhile are sent."""
        if self.thread.loop._stopped:   # process.exit() / terminate: nothing more runs
            return
        info = self._tick_info
        if info[0] or info[1] or lib.JS_IsJobPending(self.context.runtime.ptr):
            self._fns["processTicksAndRejections"].call()
        if flush:
            info[2] = (info[2] + 1) & 0x7FFFFFFF   # the loop turn JS reads (task_queues.loopTurn)
            if self._ports is not None and self._ports._batches:
                self._ports.flush_all()

    def set_sends_pending(self, pending: bool) -> None:
        """Tell JS whether batched messages wait to be sent (task_queues.sendsPending)."""
        self._tick_info[3] = 1 if pending else 0

    def before_exit(self) -> None:
        self._fns["emitBeforeExit"].call()
        self.drain()

    def at_exit(self) -> None:
        """The loop ended by itself: 'exit' listeners run, then the promise jobs they queued (not
        their nextTicks or timers), as in node."""
        self.thread.exit_code = self._fns["emitExit"].call()
        self.context.execute_pending_jobs()

    def on_uncaught(self, exc: BaseException) -> None:
        if isinstance(exc, JSError):
            if exc.uncatchable:
                return   # process.exit() or terminate() is unwinding; the thread is ending
            if self._ended_out_of_memory(exc):
                return
            try:
                self._fns["triggerUncaughtException"].call(exc.value, False)
            except JSError as again:   # the handlers ran out of memory in their turn
                if not self._ended_out_of_memory(again):
                    raise
                return
            self.drain()
            return
        internal_error(exc)
        self.thread.exit_code = 70
        self.thread.loop.stop()

    def run_entry(self, fn, *args) -> None:
        """Run a thread's entry code: an exception it throws is the thread's uncaught error, and
        the nextTick and microtask queues drain after it, as after any callback."""
        try:
            fn(*args)
        except JSError as exc:
            self.on_uncaught(exc)
        self.drain()

    def worker_event(self, name: str, thread_id: int, *args) -> None:
        """On this thread's loop: a child worker came online, threw, or stopped."""
        handle = self.workers.get(thread_id)
        if handle is None or self.thread.loop.stopped:
            return
        if name == "online":
            self.call("workerOnline", thread_id)
        elif name == "out-of-memory":
            self.call("workerOutOfMemory", thread_id)
        elif name == "error":
            message = args[0]
            from ..engine import serialize
            value = serialize.read(self.context, message)
            try:
                self.call("workerError", thread_id, value, message.marked)
            finally:
                if isinstance(value, JSObject):
                    value.free()
        else:
            del self.workers[thread_id]
            handle.set_ref(False)
            handle.exited = True
            self.ports.close(handle.port_id)
            self.call("workerExit", thread_id, args[0])
        self.drain()

    def _ended_out_of_memory(self, error: JSError) -> bool:
        """A worker that ran out of its memory limit ends here, before any JS handler runs."""
        from . import worker
        if not worker.is_out_of_memory(error, self.thread.memory_limit):
            return False
        worker.end_out_of_memory(self)
        return True

    def load_host_function(self, host: JSObject, number: int, name: str) -> None:
        """Put function `name` of host module `number` (host_index.HOST_MODULES) on `host`."""
        self.context.set_functions(host, {name: host_index.module_functions(number)[name]})

    def free(self) -> None:
        realms.unregister(self.thread_id)
        # what this thread may hold in a host module (a module never imported holds nothing)
        for module, cleanup in _CLEANUPS:
            loaded = sys.modules.get(module)
            if loaded is not None:
                getattr(loaded, cleanup)(self.context if cleanup == "close_thread" else self)
        for handle in self.workers.values():   # a thread's workers end with it
            handle.terminate()
        if self._ports is not None:
            self._ports.close_all()
        for handle in self._keep:
            handle.free()


def internal_error(exc: BaseException) -> None:
    """A bug in noderun itself (not in the JS program): say so, with the Python traceback."""
    sys.stderr.write("noderun: internal error (please report it):\n")
    import traceback

    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


def _array_buffer_pointer(context: Context, buffer: JSObject):
    size = ffi.new("size_t *")
    pointer = lib.JS_GetArrayBuffer(context.ptr, size, buffer.value)
    if pointer == ffi.NULL:
        raise RuntimeError("bootstrap did not return an ArrayBuffer")
    return pointer


def _on_rejection(context: Context, promise, reason, is_handled: bool) -> None:
    realm = getattr(context.host, "realm", None)
    if realm is None or realm.js is None:
        return
    handler = realm._fns["promiseRejectHandler"]
    argv = ffi.new("JSValue[3]", [promise, reason, context.to_js(is_handled)])
    result = lib.JS_Call(context.ptr, handler.value, V.UNDEFINED, 3, argv)
    if result.tag == V.TAG_EXCEPTION:   # the tracker must not throw: drop it
        error = context.take_exception()
        if isinstance(error.value, JSObject):
            error.value.free()
        from . import worker
        if worker.is_out_of_memory(error, realm.thread.memory_limit):
            # no memory left even to track the rejection: the worker ends as out of memory
            worker.end_out_of_memory(realm)
            context.runtime.request_interrupt()
    elif result.tag < 0:
        lib.JS_FreeValue(context.ptr, result)


# In the order they run: the Web Locks are released, sqlite databases closed, child processes let
# go, output flushed before the handles close (no output lost at exit), then the handles closed.
_CLEANUPS = (
    ("noderun.node.host_locks", "release_all"), ("noderun.node.host_sqlite", "close_thread"),
    ("noderun.node.host_process_wrap", "close_all"), ("noderun.node.host_stdio", "flush_streams"),
    ("noderun.node.host_tcp", "close_all"), ("noderun.node.host_udp", "close_all"),
    ("noderun.node.host_netaddr", "thread_ended"), ("noderun.node.host_fs_event", "close_all"),
)


def _load_host_function(ctx: Context, host: JSObject, number: int, name: str) -> None:
    ctx.host.realm.load_host_function(host, int(number), name)


def _load_internal(ctx: Context, internal_id: str) -> JSObject:
    return bytecode.load_function(ctx, internal_id)


def _has_internal(ctx: Context, internal_id: str) -> bool:
    return bytecode.exists(internal_id)


def _error_code(ctx: Context, code: str) -> list[str] | None:
    """A code's row of the error table, [JS class, message template] (internal/errors.js)."""
    row = CODES.get(code)
    return None if row is None else list(row)


# The functions `host` has from the start: the internal modules' loader and the host modules'.
_LOADER_FUNCTIONS = {"loadInternal": _load_internal, "hasInternal": _has_internal, "errorCode": _error_code,
                     "loadHostFunction": _load_host_function}


# The engine's module hooks until a thread's first import: they load the ES module loader (which a
# CommonJS program or -e code never needs) and hand its hooks to the runtime.
def _esm_hooks(context: Context):
    from ..loader import esm

    runtime = context.runtime
    runtime.normalize_module, runtime.load_module = esm.normalize, esm.load
    return esm


def _normalize_module(context: Context, base: str, specifier: str, attributes: dict) -> str:
    return _esm_hooks(context).normalize(context, base, specifier, attributes)


def _load_module(context: Context, name: str):
    return _esm_hooks(context).load(context, name)
