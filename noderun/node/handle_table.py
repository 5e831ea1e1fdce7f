"""One thread's handles of one kind (TCP and pipe streams, UDP sockets, child processes, IPC
pipes), each named in JS by an integer id, the role of node's *_wrap objects.

A table lives on its thread's Realm and is touched only there. Its events reach JS as one call,
`<event>(id, kind, a, b)` (e.g. `udpEvent(3, 'message', bytes, address)`), made on the loop, and
none once the loop has stopped. When the thread ends, every handle still open is closed.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable


class HandleTable:
    def __init__(self, realm, event: str | None = None) -> None:
        self.realm = realm
        self.event = event          # the JS entry point of its events (bootstrap.js), if any
        self.handles: dict = {}
        self.next_id = 1

    def add(self, handle) -> int:
        handle_id = self.next_id
        self.next_id += 1
        self.handles[handle_id] = handle
        return handle_id

    def emit(self, handle_id: int, kind: str, a=None, b=None) -> None:
        if not self.realm.thread.loop.stopped:
            self.realm.call(self.event, handle_id, kind, a, b)

    def close_all(self) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()


def table_of(realm, attribute: str, make: Callable[[], HandleTable]) -> HandleTable:
    """The realm's table kept as `attribute`, made by `make()` on first use."""
    table = getattr(realm, attribute, None)
    if table is None:
        table = make()
        setattr(realm, attribute, table)
    return table


def close_table(realm, attribute: str) -> None:
    """The thread is ending: the handles of the realm's table `attribute`, if it has one, close."""
    table = getattr(realm, attribute, None)
    if table is not None:
        table.close_all()
