"""Host functions behind fs.watch and fs.promises.watch (the role of node's fs_event_wrap binding).

JS names each watcher by an integer id (internal/fs/watchers.js keeps the JS side of each); the
handles are host/fs_events.py's, on this thread's loop, kept in the realm's HandleTable. Each
change reaches JS as one call, `fsEvent(id, kind, filename)` with kind 'change' or 'rename' and the
filename as bytes (JS decodes it with the watcher's encoding), made in the loop's poll phase.
"""

from __future__ import annotations

from ..engine.runtime import Context
from .handle_table import HandleTable, close_table, table_of
from .host_process import os_error_info


def _table(realm) -> HandleTable:
    return table_of(realm, "fs_event_handles", lambda: HandleTable(realm, "fsEvent"))


def close_all(realm) -> None:
    """The thread is ending: its watchers close with it."""
    close_table(realm, "fs_event_handles")


def _start(ctx: Context, handle_id, path: str, persistent: bool, recursive: bool):
    """Start watching `path` as watcher `handle_id` (JS numbers its watchers); None, or
    [errno, code, description] when it cannot be watched."""
    from ..host.fs_events import CHANGE, FSEventHandle   # ctypes & co. only for programs that watch

    table = _table(ctx.host.realm)
    handle_id = int(handle_id)
    handle = FSEventHandle(ctx.host.loop)

    def on_event(name: bytes, kind: int) -> None:
        table.emit(handle_id, "change" if kind == CHANGE else "rename", name)

    try:
        handle.start(path, bool(recursive), on_event)
    except OSError as exc:
        return os_error_info(exc)
    if not persistent:
        handle.unref()
    table.handles[handle_id] = handle
    return None


def _close(ctx: Context, handle_id) -> None:
    handle = _table(ctx.host.realm).handles.pop(int(handle_id), None)
    if handle is not None:
        handle.close()


def _set_ref(ctx: Context, handle_id, ref: bool) -> None:
    handle = _table(ctx.host.realm).handles.get(int(handle_id))
    if handle is not None:
        if ref:
            handle.ref()
        else:
            handle.unref()


def _has_ref(ctx: Context, handle_id) -> bool:
    handle = _table(ctx.host.realm).handles.get(int(handle_id))
    return handle is not None and handle.has_ref()


FUNCTIONS = {
    "fsEventStart": _start,
    "fsEventClose": _close,
    "fsEventSetRef": _set_ref,
    "fsEventHasRef": _has_ref,
}
