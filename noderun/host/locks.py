"""The process-wide table of Web Locks: every thread's requests, held and waiting, in one place.

A lock is a name; an exclusive holder excludes everyone, shared holders exclude only exclusive
requests. Requests for a name wait in arrival order (a request is granted only when it reaches the
front of its queue and fits the holders), so a stream of shared requests never starves an
exclusive one. Every thread's LockManager talks to this one table (under one mutex: calls are
short and never run JS); what a change means for another thread (its request granted, its lock
stolen) reaches that thread through its `notify` callable, which posts to the thread's loop. The
calling thread learns of its own grants from the return value instead, so it can run their
callbacks at once, as node does.

Knows nothing of JS: an owner is any object with `client_id` (what query() reports) and
`notify(kind, request_id)`, callable from any thread.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque

EXCLUSIVE = "exclusive"
SHARED = "shared"

_request_ids = itertools.count(1)


class _Request:
    __slots__ = ("id", "owner", "name", "mode")

    def __init__(self, owner, name: str, mode: str):
        self.id = next(_request_ids)
        self.owner = owner
        self.name = name
        self.mode = mode


class LockTable:
    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._held: dict[str, list[_Request]] = {}        # name -> its holders, in grant order
        self._waiting: dict[str, deque[_Request]] = {}    # name -> its queue, in arrival order
        self._by_id: dict[int, _Request] = {}             # every request held or waiting

    # -- what a thread asks ---------------------------------------------------------------------

    def request(self, owner, name: str, mode: str, *, steal: bool = False,
                if_available: bool = False) -> tuple[str, int]:
        """-> ("granted" | "unavailable" | "queued", request id). A granted lock is held from now
        on; "unavailable" (if_available only) leaves nothing behind. Stealing ends every current
        holder's lock (each owner is told "stolen") and grants this one at once."""
        request = _Request(owner, name, mode)
        with self._mutex:
            if steal:
                for victim in self._held.pop(name, []):
                    del self._by_id[victim.id]
                    victim.owner.notify("stolen", victim.id)
                self._hold(request)
                return "granted", request.id
            if not self._waiting.get(name) and self._fits(name, mode):
                self._hold(request)
                return "granted", request.id
            if if_available:
                return "unavailable", request.id
            self._waiting.setdefault(name, deque()).append(request)
            self._by_id[request.id] = request
            return "queued", request.id

    def release(self, request_id: int) -> list[int]:
        """A holder is done. -> the ids of the same owner's requests this grants (the others'
        owners are notified)."""
        with self._mutex:
            request = self._by_id.get(request_id)
            if request is None or request not in self._held.get(request.name, ()):
                return []   # stolen meanwhile
            del self._by_id[request_id]
            self._remove_holder(request)
            return self._grant_waiting(request.name, request.owner)

    def abort(self, request_id: int) -> bool:
        """Withdraw a waiting request (its signal was aborted). False when it is no longer waiting
        (granted meanwhile: the grant is on its way to the owner)."""
        with self._mutex:
            request = self._by_id.get(request_id)
            queue = self._waiting.get(request.name) if request is not None else None
            if not queue or request not in queue:
                return False
            queue.remove(request)
            del self._by_id[request_id]
            if not queue:
                del self._waiting[request.name]
            self._grant_waiting(request.name, None)   # it may have been blocking those behind it
            return True

    def drop_owner(self, owner) -> None:
        """A thread ended: its locks are released and its waiting requests withdrawn."""
        with self._mutex:
            names = set()
            for request in [r for r in self._by_id.values() if r.owner is owner]:
                del self._by_id[request.id]
                names.add(request.name)
                queue = self._waiting.get(request.name)
                if queue is not None and request in queue:
                    queue.remove(request)
                    if not queue:
                        del self._waiting[request.name]
                else:
                    self._remove_holder(request)
            for name in names:
                self._grant_waiting(name, None)

    def query(self, owner) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
        """-> (held, pending) of `owner`'s requests, each a list of (name, mode, client id). (Node
        24 reports a thread's own locks only, though every thread's count.)"""
        with self._mutex:
            held = [(r.name, r.mode, r.owner.client_id)
                    for holders in self._held.values() for r in holders if r.owner is owner]
            pending = [(r.name, r.mode, r.owner.client_id)
                       for queue in self._waiting.values() for r in queue if r.owner is owner]
        return held, pending

    # -- under the mutex ------------------------------------------------------------------------

    def _fits(self, name: str, mode: str) -> bool:
        holders = self._held.get(name)
        return not holders or (mode == SHARED and all(h.mode == SHARED for h in holders))

    def _hold(self, request: _Request) -> None:
        self._held.setdefault(request.name, []).append(request)
        self._by_id[request.id] = request

    def _remove_holder(self, request: _Request) -> None:
        holders = self._held.get(request.name)
        if holders is not None and request in holders:
            holders.remove(request)
            if not holders:
                del self._held[request.name]

    def _grant_waiting(self, name: str, caller) -> list[int]:
        """Grant the front of `name`'s queue for as long as it fits; the caller's own grants are
        returned, the other owners notified."""
        mine = []
        queue = self._waiting.get(name)
        while queue and self._fits(name, queue[0].mode):
            request = queue.popleft()
            self._held.setdefault(name, []).append(request)
            if request.owner is caller:
                mine.append(request.id)
            else:
                request.owner.notify("granted", request.id)
        if queue is not None and not queue:
            del self._waiting[name]
        return mine


TABLE = LockTable()   # one per process, as node's lock manager is
