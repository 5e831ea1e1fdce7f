"""Worker lifecycle, host side: each Worker is a JSThread with its own runtime, context and loop.

The parent's JS (node/js/worker_threads.js) validates the options and calls `workerStart`; this
module makes the thread, the port pair behind `worker.postMessage` / `parentPort`, and reports
the worker's life to the parent's loop as calls into its JS: 'online', 'error' (the worker's
uncaught exception, serialized), 'exit' (after the thread has really stopped). A running, ref'd
worker keeps its parent's loop alive. terminate() interrupts the worker's JS (and wakes it from
Atomics.wait); the worker's own children end with it.
"""

from __future__ import annotations

import itertools

from ..engine import serialize
from ..engine.runtime import Context, JSObject
from ..engine.values import JSNull
from ..errors import JSError
from ..host.channel import PortEnd
from ..host.jsthread import JSThread
from . import messaging, realms   # (messaging: its ends have lanes, see there)

_thread_ids = itertools.count(1)   # next() is atomic under the GIL: ids are unique process-wide

MIB = 1024 * 1024


class WorkerSpec:
    """What a new worker thread is made from, built on the parent's thread."""

    def __init__(self, *, thread_id: int, entry: str, is_eval: bool, argv: list[str],
                 exec_argv: list[str], env: dict | None, worker_data: serialize.Message,
                 environment_data: serialize.Message | None, port: PortEnd, name: str,
                 resource_limits: dict, report, stdio: WorkerStdio | None = None,
                 preloads: list[str] = ()):
        self.thread_id = thread_id
        self.entry = entry              # absolute path, file: / data: URL, or code (is_eval)
        self.is_eval = is_eval
        self.argv = argv
        self.exec_argv = exec_argv
        self.preloads = list(preloads)  # what -r / --require in its env's NODE_OPTIONS preload
        self.env = env                  # None: share the process environment (SHARE_ENV)
        self.worker_data = worker_data
        self.environment_data = environment_data
        self.port = port
        self.name = name
        self.resource_limits = resource_limits
        self.stdio = stdio              # its stdout / stderr sinks and stdin queue (host_process)
        self.report = report            # (event, *args) from the worker's thread to its parent:
                                        # "online", "error" (Message), "out-of-memory"


class WorkerHandle:
    """The parent's record of one worker."""

    def __init__(self, realm, thread: JSThread, port_id: int):
        self.realm = realm
        self.thread = thread
        self.port_id = port_id
        self.refed = False
        self.exited = False
        self.stdio: WorkerStdio | None = None   # feeds worker.stdin (host_process.workerStdinWrite)

    def set_ref(self, ref: bool) -> None:
        if self.exited or ref == self.refed:
            return
        self.refed = ref
        if ref:
            self.realm.thread.loop.ref()
        else:
            self.realm.thread.loop.unref()

    def terminate(self) -> None:
        self.thread.terminate()


def _start(ctx: Context, options: JSObject) -> list:
    from .bootstrap.worker import worker_bootstrap
    from .bootstrap.main import js_stack_bytes

    realm = ctx.host.realm
    # serialize first: a value the writer refuses must leave nothing behind
    worker_data = _message(ctx, options.get("workerData"), options.get("workerDataMarked"))
    worker_data.ports = [realm.ports.forget(i) for i in _ints(options.get("transferPortIds"))]
    environment_data = _message(ctx, options.get("environmentData"), False)
    thread_id = next(_thread_ids)
    parent_end, child_end = PortEnd.pair()
    port_id = realm.ports.add(parent_end)
    loop = realm.thread.loop

    def post_to_parent(name, *args):
        loop.post(lambda: realm.worker_event(name, thread_id, *args))

    env_option = options.get("env")
    if env_option == "share":
        env = None
    elif isinstance(env_option, JSObject):
        env = {key: str(env_option.get(key)) for key in env_option.keys()}
        env_option.free()
    else:
        env = dict(realm.env)
    limits = options.get("resourceLimits")
    resource_limits = {key: limits.get(key) for key in limits.keys()}
    limits.free()
    from .host_stdio import WorkerStdio   # (not at start-up: only a thread that starts workers needs it)

    stdio = WorkerStdio.for_new_worker(realm, options)
    spec = WorkerSpec(
        thread_id=thread_id,
        entry=options.get("entry"),
        is_eval=bool(options.get("isEval")),
        argv=_strings(options.get("argv")),
        exec_argv=_strings(options.get("execArgv")),
        preloads=_strings(options.get("preloads")),
        env=env,
        worker_data=worker_data,
        environment_data=environment_data,
        port=child_end,
        name=options.get("name") or "",
        resource_limits=resource_limits,
        report=post_to_parent,
        stdio=stdio,
    )
    memory_mb = options.get("memoryMb")   # what was asked: 0 is the least the engine runs in
    stack_mb = resource_limits.get("stackSizeMb")
    thread = JSThread(worker_bootstrap(spec), name=f"worker {thread_id}",
                      memory_limit=max(int(memory_mb * MIB), _LEAST_MEMORY),
                      stack_size=js_stack_bytes(int((stack_mb or 4) * 1024)))
    handle = WorkerHandle(realm, thread, port_id)
    realm.workers[thread_id] = handle
    handle.set_ref(True)
    handle.stdio = stdio

    def stopped(thread: JSThread) -> None:
        realms.starting.pop(thread_id, None)
        post_to_parent("exit", thread.exit_code)
        loop.post(stdio.release)   # after 'exit': no output can follow

    thread.on_stopped = stopped
    realm.ports.start(port_id)
    realms.starting[thread_id] = thread   # a message for it waits on its loop until its entry has run
    thread.start()
    return [thread_id, port_id]


def _items(array: JSObject | None, convert) -> list:
    """The items of a JS array (an owned handle, freed here), each converted; [] for undefined."""
    if array is None:
        return []
    try:
        return [convert(array.get(i)) for i in range(array.get("length"))]
    finally:
        array.free()


def _strings(array: JSObject | None) -> list[str]:
    return _items(array, str)


def _ints(array: JSObject | None) -> list[int]:
    return _items(array, int)


def _message(ctx: Context, boxed: JSObject | None, marked) -> serialize.Message | None:
    if boxed is None:
        return None
    try:
        message = serialize.write(ctx, boxed)
    finally:
        boxed.free()
    message.marked = bool(marked)
    return message


def _handle(ctx: Context, thread_id: int) -> WorkerHandle | None:
    return ctx.host.realm.workers.get(int(thread_id))


def _terminate(ctx: Context, thread_id: int) -> None:
    handle = _handle(ctx, thread_id)
    if handle is not None and not handle.exited:
        handle.set_ref(True)   # node waits for a terminated worker's 'exit', even an unref'd one
        handle.terminate()


def _set_ref(ctx: Context, thread_id: int, ref: bool) -> None:
    handle = _handle(ctx, thread_id)
    if handle is not None:
        handle.set_ref(bool(ref))


def _report_error(ctx: Context, boxed_error: JSObject, marked: bool) -> None:
    """In a worker: its uncaught exception, for the parent's 'error' event."""
    ctx.host.realm.options.worker.report("error", _message(ctx, boxed_error.dup(), marked))


def is_out_of_memory(error: JSError, memory_limit: int) -> bool:
    """Whether `error` is the engine running out of a worker's memory limit. (With no memory left
    for its message the engine's InternalError has none; with none even for the error object, the
    engine throws null.)"""
    if not memory_limit:
        return False
    return error.name == "InternalError" and error.message in ("out of memory", "") or error.value is JSNull


def end_out_of_memory(realm) -> None:
    """A worker past its memory limit ends at once, with exit code 1, as node's does: no JS runs
    for it any more (its handlers, 'exit' listeners included, would have no memory to run in);
    the parent makes the error."""
    realm.options.worker.report("out-of-memory")
    realm.thread.end(1)


def _has_memory_limit(ctx: Context) -> bool:
    return bool(ctx.host.realm.thread.memory_limit)


_LEAST_MEMORY = 256 * 1024   # a memory limit of 0 MB: enough for a context, not for node's environment


def _report_out_of_memory(ctx: Context) -> None:
    """In a worker that ran out of its memory limit: the parent makes the error (no memory here)."""
    ctx.host.realm.options.worker.report("out-of-memory")


def _post_to_thread(ctx: Context, target_id: int, boxed: JSObject, marked: bool, request_id: int,
                    port_ids: JSObject | None = None) -> bool:
    """postMessageToThread: False when no such thread; otherwise the target's 'workerMessage'
    listeners get the value on its loop and the outcome comes back to this thread's loop."""
    sender = ctx.host.realm
    target_realm = realms.running.get(int(target_id))
    target_thread = target_realm.thread if target_realm is not None else realms.starting.get(int(target_id))
    if target_thread is None:
        return False
    message = _message(ctx, boxed.dup(), marked)
    message.ports = [sender.ports.forget(i) for i in _ints(port_ids)]   # transferred MessagePorts
    source_id = sender.thread_id

    def deliver():   # on the target's loop: after a new worker's entry, which adds the listeners
        target = target_thread.realm
        if target is None:
            sender.thread.loop.post(lambda: sender.call("threadMessageResult", request_id, "no-listener"))
            return
        value = serialize.read(target.context, message)
        port_ids = [target.ports.add(end) for end in message.ports]
        try:
            outcome = target.call("deliverThreadMessage", value, message.marked, source_id, port_ids)
        finally:
            if isinstance(value, JSObject):
                value.free()
        target.drain()
        sender.thread.loop.post(lambda: sender.call("threadMessageResult", request_id, outcome))

    target_thread.loop.post(deliver)
    return True


def _thread_exists(ctx: Context, thread_id: int) -> bool:
    return int(thread_id) in realms.running or int(thread_id) in realms.starting


def _cpu_usage(ctx: Context, thread_id: int) -> list | None:
    """worker.cpuUsage(): [user, system] microseconds of the worker's OS thread; None once it ended."""
    handle = _handle(ctx, thread_id)
    times = None if handle is None or handle.exited else handle.thread.cpu_times()
    return None if times is None else [times[0] // 1000, times[1] // 1000]


def _heap_statistics(ctx: Context, thread_id: int, request_id: int) -> bool:
    """worker.getHeapStatistics(): measured on the worker's own thread (its runtime is not ours to
    read), the answer posted back to this thread. False when the worker has ended."""
    realm = ctx.host.realm
    handle = _handle(ctx, thread_id)
    if handle is None or handle.exited:
        return False
    thread_id = int(thread_id)
    reply_loop = realm.thread.loop

    def answer(stats: str) -> None:
        if not realm.thread.loop.stopped:
            realm.call("workerHeapStatistics", thread_id, request_id, stats)
            realm.drain()

    def measure() -> None:   # on the worker's thread
        worker_realm = handle.thread.realm
        if worker_realm is not None and not handle.thread.loop.stopped:
            stats = worker_realm.call("heapStatisticsJSON")
            reply_loop.post(lambda: answer(stats))

    handle.thread.loop.post(measure)
    return True


FUNCTIONS = {
    "postToThread": _post_to_thread,
    "threadExists": _thread_exists,
    "workerCpuUsage": _cpu_usage,
    "workerHeapStatistics": _heap_statistics,
    "workerStart": _start,
    "workerTerminate": _terminate,
    "workerSetRef": _set_ref,
    "workerReportError": _report_error,
    "workerOutOfMemory": _report_out_of_memory,
    "workerHasMemoryLimit": _has_memory_limit,
}
