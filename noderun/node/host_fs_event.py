"""Host functions behind fs.watch and fs.promises.watch (the role of node's fs_event_wrap binding).

JS names each watcher by an integer id (internal/fs/watchers.js keeps the JS side of each); the
handles are host/fs_events.py's, on this thread's loop. Each change reaches JS as one call,
`fsEvent(id, kind, filename)` with kind 'change' or 'rename' and the filename as bytes (JS decodes
it with the watcher's encoding), made in the loop's poll phase.
"""

from __future__ import annotations

from ..engine.runtime import Context
from .host_process import os_error_info


def _handles(realm) -> dict:
    handles = getattr(realm, "fs_event_handles", None)
    if handles is None:
        handles = realm.fs_event_handles = {}
    return handles


def close_all(realm) -> None:
    """The thread is ending: its watchers close with it."""
    for handle in getattr(realm, "fs_event_handles", {}).values():
        handle.close()


def _start(ctx: Context, handle_id, path: str, persistent: bool, recursive: bool):
    """Start watching `path`; None, or [errno, code, description] when it cannot be watched."""
    from ..host.fs_events import CHANGE, FSEventHandle   # ctypes & co. only for programs that watch

    realm = ctx.host.realm
    handle_id = int(handle_id)
    handle = FSEventHandle(ctx.host.loop)

    def on_event(name: bytes, kind: int) -> None:
        if not realm.thread.loop.stopped:
            realm.call("fsEvent", handle_id, "change" if kind == CHANGE else "rename", name)

    try:
        handle.start(path, bool(recursive), on_event)
    except OSError as exc:
        return os_error_info(exc)
    if not persistent:
        handle.unref()
    _handles(realm)[handle_id] = handle
    return None


def _close(ctx: Context, handle_id) -> None:
    handle = _handles(ctx.host.realm).pop(int(handle_id), None)
    if handle is not None:
        handle.close()


def _set_ref(ctx: Context, handle_id, ref: bool) -> None:
    handle = _handles(ctx.host.realm).get(int(handle_id))
    if handle is not None:
        if ref:
            handle.ref()
        else:
            handle.unref()


def _has_ref(ctx: Context, handle_id) -> bool:
    handle = _handles(ctx.host.realm).get(int(handle_id))
    return handle is not None and handle.has_ref()


FUNCTIONS = {
    "fsEventStart": _start,
    "fsEventClose": _close,
    "fsEventSetRef": _set_ref,
    "fsEventHasRef": _has_ref,
}
