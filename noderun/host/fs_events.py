"""File-system event handles (libuv's uv_fs_event_t) on Linux inotify; no Node knowledge.

`FSEventHandle(loop).start(path, recursive, on_event)` watches a file or a directory;
`on_event(name, kind)` runs on the loop's thread, in the poll phase, for each change, where `kind`
is CHANGE (contents or attributes) or RENAME (a name appeared or went), and `name` (bytes) is the
entry's name inside the watched directory, or the watched path's own base name when the event is
about the watched file or directory itself, as libuv reports them. With `recursive`, every
directory below is watched too (directories made later as well; symbolic links are not followed)
and `name` is the path relative to the watched directory.

One inotify descriptor per loop serves all of its handles (inotify instances are few per user):
it is watched by the loop's selector, so no thread waits for events. Two handles watching the same
directory share its watch descriptor (inotify gives the same one), each told of every event.
A handle refs its loop while it watches (`ref` / `unref` as any Handle).
"""

from __future__ import annotations

import ctypes
import os
import struct
from collections.abc import Callable

from .loop import READABLE, EventLoop, Handle

CHANGE = 1
RENAME = 2

# <sys/inotify.h>
_IN_MODIFY = 0x2
_IN_ATTRIB = 0x4
_IN_MOVED_FROM = 0x40
_IN_MOVED_TO = 0x80
_IN_CREATE = 0x100
_IN_DELETE = 0x200
_IN_DELETE_SELF = 0x400
_IN_MOVE_SELF = 0x800
_IN_IGNORED = 0x8000
_IN_ISDIR = 0x40000000
_IN_DONT_FOLLOW = 0x1000000
_IN_NONBLOCK = os.O_NONBLOCK
_IN_CLOEXEC = os.O_CLOEXEC

# what libuv asks inotify for
_MASK = (_IN_ATTRIB | _IN_CREATE | _IN_MODIFY | _IN_DELETE | _IN_DELETE_SELF | _IN_MOVE_SELF
         | _IN_MOVED_FROM | _IN_MOVED_TO)
_CHANGES = _IN_ATTRIB | _IN_MODIFY
_EVENT_HEADER = struct.Struct("iIII")   # wd, mask, cookie, len

_libc = None


def _inotify_calls():
    """libc's inotify functions (Python has no binding of its own), loaded on first use."""
    global _libc
    if _libc is None:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.inotify_init1.argtypes = [ctypes.c_int]
        libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        libc.inotify_rm_watch.argtypes = [ctypes.c_int, ctypes.c_int]
        _libc = libc
    return _libc


def _check(result: int, path: str | None = None) -> int:
    if result < 0:
        number = ctypes.get_errno()
        raise OSError(number, os.strerror(number), path)
    return result


class _Inotify:
    """A loop's inotify descriptor and who listens to each watch descriptor."""

    def __init__(self, loop: EventLoop) -> None:
        self.loop = loop
        self.libc = _inotify_calls()
        self.fd = _check(self.libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC))
        self.listeners: dict[int, list] = {}   # wd -> the handles told of its events
        loop.watch(self.fd, READABLE, self._on_readable)

    def add(self, path: str, handle: FSEventHandle, follow: bool) -> int:
        flags = _MASK if follow else _MASK | _IN_DONT_FOLLOW
        wd = _check(self.libc.inotify_add_watch(self.fd, os.fsencode(path), flags), path)
        listeners = self.listeners.setdefault(wd, [])
        if handle not in listeners:
            listeners.append(handle)
        return wd

    def remove(self, wd: int, handle: FSEventHandle) -> None:
        listeners = self.listeners.get(wd)
        if listeners is None:
            return
        if handle in listeners:
            listeners.remove(handle)
        if not listeners:
            del self.listeners[wd]
            self.libc.inotify_rm_watch(self.fd, wd)   # EINVAL when the kernel dropped it: fine
        if not self.listeners:
            self.close()

    def close(self) -> None:
        self.loop.unwatch(self.fd)
        os.close(self.fd)
        if getattr(self.loop, "inotify", None) is self:
            self.loop.inotify = None

    def _on_readable(self, events: int) -> None:
        try:
            data = os.read(self.fd, 64 * 1024)
        except BlockingIOError:
            return
        offset = 0
        while offset < len(data):
            wd, mask, _cookie, length = _EVENT_HEADER.unpack_from(data, offset)
            offset += _EVENT_HEADER.size
            name = data[offset:offset + length].rstrip(b"\0")
            offset += length
            for handle in list(self.listeners.get(wd, ())):
                if not handle.closed:
                    handle._on_inotify(wd, mask, name)
            if mask & _IN_IGNORED:   # the kernel removed the watch (its file is gone)
                self.listeners.pop(wd, None)
                if not self.listeners and getattr(self.loop, "inotify", None) is self:
                    self.close()
                    return


def _inotify_of(loop: EventLoop) -> _Inotify:
    inotify = getattr(loop, "inotify", None)
    if inotify is None:
        inotify = loop.inotify = _Inotify(loop)
    return inotify


class FSEventHandle(Handle):
    def __init__(self, loop: EventLoop) -> None:
        super().__init__(loop)
        self.path: str | None = None
        self._root_wd: int | None = None
        self._wds: dict[int, bytes] = {}   # watch descriptor -> relative directory prefix
        self._recursive = False
        self._on_event: Callable[[bytes, int], None] | None = None
        self._base = b""

    def start(self, path: str, recursive: bool, on_event: Callable[[bytes, int], None]) -> None:
        """Watch `path`; raises OSError (ENOENT, ENOSPC, ...) when it cannot be watched."""
        inotify = _inotify_of(self.loop)
        self.path = path
        self._recursive = recursive
        self._on_event = on_event
        self._base = os.path.basename(os.fsencode(path).rstrip(b"/")) or os.fsencode(path)
        try:
            self._root_wd = inotify.add(path, self, follow=True)
        except OSError:
            if not inotify.listeners:
                inotify.close()
            raise
        self._wds[self._root_wd] = b""
        if recursive and os.path.isdir(path):
            self._watch_tree(path, b"", announce=False)
        self._set_active(True)

    def _watch_tree(self, directory: str, prefix: bytes, announce: bool) -> None:
        """Watch the directories below `directory`; `announce`: report each entry found as a
        RENAME (they appeared before the watch could see them being made)."""
        try:
            entries = list(os.scandir(directory))
        except OSError:
            return
        for entry in entries:
            relative = prefix + os.fsencode(entry.name)
            if announce:
                self._deliver(relative, RENAME)
                if self.closed:
                    return
            if entry.is_dir(follow_symlinks=False):
                self._watch_dir(entry.path, relative + b"/", announce)

    def _watch_dir(self, path: str, prefix: bytes, announce: bool) -> None:
        try:
            wd = self.loop.inotify.add(path, self, follow=False)
        except OSError:
            return   # gone already, or not a directory any more
        self._wds[wd] = prefix   # a directory seen before (moved here) has the same wd
        self._watch_tree(path, prefix, announce)

    def _on_inotify(self, wd: int, mask: int, name: bytes) -> None:
        prefix = self._wds.get(wd)
        if prefix is None:
            return
        if mask & _IN_IGNORED:
            del self._wds[wd]
        if wd != self._root_wd and not name:
            return   # a subdirectory's own deletion or move: its parent reported it by name
        # as libuv: attributes or contents make a change, anything else a rename
        kinds = (CHANGE if mask & _CHANGES else 0) | (RENAME if mask & ~_CHANGES else 0)
        self._deliver(prefix + name if name else self._base, kinds)
        if self._recursive and not self.closed and mask & _IN_ISDIR and mask & (_IN_CREATE | _IN_MOVED_TO):
            directory = os.path.join(self.path, os.fsdecode(prefix + name))
            self._watch_dir(directory, prefix + name + b"/", announce=True)

    def _deliver(self, name: bytes, kinds: int) -> None:
        # libuv reports one event with both flags; node calls it a rename then
        self._on_event(name, RENAME if kinds & RENAME else CHANGE)

    def _close(self) -> None:
        inotify = getattr(self.loop, "inotify", None)
        wds, self._wds = self._wds, {}
        if inotify is None:
            return
        for wd in wds:
            inotify.remove(wd, self)
