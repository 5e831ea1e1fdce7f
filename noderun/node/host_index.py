"""Which Python module provides each host function, known without importing the modules.

JS calls Python through the functions of a thread's `host` object. They come from the modules of
HOST_MODULES, each with a FUNCTIONS table (the name JS uses -> the function). Importing all of them
costs more than the rest of start-up together (ICU, sockets, TLS, HTTP/2, sqlite, ...), and a
program uses a few. So a thread's `host` starts nearly empty, and bootstrap.js reads a missing
name through this index: the module that has it is imported then, and the function is put on
`host` (Realm.load_host_function).

The index itself is made by importing every module once and kept in the disk cache, keyed by the
modules' files (path, size, modification time, as Python checks a .pyc): an edited module makes a
new index. Without a cache it is made at every start, as before there was one.
"""

from __future__ import annotations

import os
import sys

from ..engine import json_text
from ..engine.runtime import JSObject
from ..errors import JSError
from ..loader import disk_cache

# Every module whose FUNCTIONS JS may call through `host`.
HOST_MODULES = (
    "noderun.node.host_process", "noderun.node.host_output", "noderun.node.host_stdio", "noderun.node.host_dns", "noderun.node.host_fs",
    "noderun.node.host_os", "noderun.node.host_intl", "noderun.node.host_crypto", "noderun.node.host_util",
    "noderun.node.host_sqlite", "noderun.node.messaging", "noderun.node.worker", "noderun.node.atomics",
    "noderun.node.dotenv", "noderun.node.host_locks", "noderun.node.host_pool", "noderun.node.host_tcp",
    "noderun.node.host_tls", "noderun.node.host_x509", "noderun.node.host_process_wrap", "noderun.node.host_udp",
    "noderun.node.host_netaddr", "noderun.node.host_http_parser", "noderun.node.host_http2",
    "noderun.node.host_websocket", "noderun.node.host_zlib", "noderun.node.host_fs_event",
    "noderun.loader.cjs", "noderun.loader.esm", "noderun.node.host_compile_cache", "noderun.loader.typescript",
    "noderun.node.host_coverage",
)

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # .../noderun
ENTRY = "host-index.qjs"   # its name in the disk cache (the engine's serialization of the object)
_serialized: bytes | None = None


def module_functions(number: int) -> dict:
    """The FUNCTIONS table of module `number` of HOST_MODULES (imported now if it was not)."""
    name = HOST_MODULES[number]
    __import__(name)   # (importlib.import_module would cost importlib's own import at start-up)
    return sys.modules[name].FUNCTIONS


def index_object(context):
    """The index as an object of `context`, `{name: number in HOST_MODULES}` (a JSObject to free).
    It is kept in the engine's own serialization (Context.write_data), which a runtime reads in a
    fraction of what parsing it as JSON costs: made once per process, read by every thread."""
    global _serialized
    data = _serialized
    if data is None:
        key = cache_key()
        data = disk_cache.read(ENTRY, key)
        index = _read(context, data) if data is not None else None
        if index is None:   # none, or not one this engine reads as an object: made again
            index = context.parse_json(_make_index())
            data = context.write_data(index.value)
            disk_cache.write(ENTRY, key, data)
        _serialized = data
        return index
    return context.read_data(data)


def _read(context, data: bytes):
    try:
        index = context.read_data(data)
    except JSError:
        return None
    if isinstance(index, JSObject):
        return index
    return None


def cache_key() -> bytes:
    """The index's key in the disk cache: the identity of every host module's file."""
    return disk_cache.key(*_file_identities())


def _file_identities() -> list[bytes]:
    identities = []
    for name in HOST_MODULES:
        path = os.path.join(_ROOT, *name.split(".")[1:]) + ".py"
        identity = disk_cache.file_identity(path)
        # (an install with .pyc files only): no key that could go stale unseen
        identities.append(identity if identity is not None else f"{path}:{os.getpid()}".encode())
    return identities


def _make_index() -> str:
    index = {}
    for number in range(len(HOST_MODULES)):
        for name in module_functions(number):
            index.setdefault(name, number)
    return json_text.dumps(index, separators=(",", ":"))
