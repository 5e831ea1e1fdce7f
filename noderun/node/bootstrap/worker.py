"""A worker thread's entry (the role of node's lib/internal/main/worker_thread.js)."""

from __future__ import annotations

from ...engine import serialize
from ...errors import JSError
from ...engine.runtime import JSObject
from ...host.jsthread import JSThread
from ...loader import resolve
from ..realm import Realm, ThreadOptions
from ..worker import is_out_of_memory
from .main import exec_path, run_code

EVAL_NAME = "[worker eval]"


def worker_bootstrap(spec):
    def bootstrap(thread: JSThread) -> Realm | None:
        try:
            return _bootstrap(thread)
        except JSError as error:
            # a memory limit too small for the worker's environment itself: node's
            # ERR_WORKER_OUT_OF_MEMORY, and (the worker never started) exit code 0
            if not is_out_of_memory(error, thread.memory_limit):
                raise
            spec.report("out-of-memory")
            return None

    def _bootstrap(thread: JSThread) -> Realm:
        script = EVAL_NAME if spec.is_eval else _entry_path(spec.entry)
        options = ThreadOptions(argv=[exec_path(), script, *spec.argv], exec_argv=spec.exec_argv,
                                env=spec.env, worker=spec)
        realm = Realm.create(thread, options)
        context = realm.context
        port_id = realm.ports.add(spec.port)
        transferred = [realm.ports.add(end) for end in spec.worker_data.ports]
        worker_data = _read(context, spec.worker_data)
        environment_data = _read(context, spec.environment_data)
        try:
            realm.call("setupWorker", spec.thread_id, port_id, worker_data, bool(spec.worker_data.marked),
                       environment_data, spec.name, context.new_object(spec.resource_limits), transferred)
        finally:
            for value in (worker_data, environment_data):
                if isinstance(value, JSObject):
                    value.free()
        if not thread.enter():   # terminate() came first: the entry never runs
            return realm
        spec.report("online")
        realm.run_entry(_preload_then_run, realm, spec)
        return realm
    return bootstrap


def _preload_then_run(realm: Realm, spec) -> None:
    # (node 20 takes --import in a worker's execArgv, and does not run it there)
    for request in spec.preloads + preload_requires(spec.exec_argv):   # NODE_OPTIONS' first, as node
        realm.call("preloadRequire", request)
    _run_entry(realm, spec)


def preload_requires(exec_argv: list[str]) -> list[str]:
    """The modules that `--require X`, `--require=X` and `-r X` in execArgv preload."""
    requests = []
    items = iter(exec_argv)
    for item in items:
        name, equals, value = item.partition("=")
        request = (value if equals else next(items, None)) if name in ("--require", "-r") else None
        if request is not None:
            requests.append(request)
    return requests


def _read(context, message: serialize.Message | None):
    if message is None:
        return None
    try:
        return serialize.read(context, message)
    finally:
        message.release()


def _entry_path(entry: str) -> str:
    if entry.startswith("file:"):
        return resolve.file_url_to_path(entry)
    return entry


def _run_entry(realm: Realm, spec) -> None:
    if spec.is_eval:
        result = run_code(realm, spec.entry, EVAL_NAME)
        if isinstance(result, JSObject):
            result.free()
    elif spec.entry.startswith("data:"):
        realm.call("importEntry", spec.entry)
    else:
        realm.call("runMain", _entry_path(spec.entry))
