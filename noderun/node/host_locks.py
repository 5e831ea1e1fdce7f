"""Web Locks, host side: a thread's LockManager (node/js/internal/locks.js) and the process-wide
table (host/locks.py). Each realm is one client of the table; news for it (a waiting request
granted, a held lock stolen) is posted to its loop and handed to its JS there. Its locks are
released, and its waiting requests withdrawn, when its thread ends (Realm.free)."""

from __future__ import annotations

import os

from ..engine.runtime import Context
from ..host.locks import TABLE


class LockClient:
    """One thread's place in the lock table."""

    def __init__(self, realm):
        self.realm = realm
        self.client_id = f"node-{os.getpid()}-{realm.thread_id}"   # node's clientId

    def notify(self, kind: str, request_id: int) -> None:   # from any thread
        realm = self.realm
        realm.thread.loop.post(lambda: _deliver(realm, kind, request_id))


def _deliver(realm, kind: str, request_id: int) -> None:
    if realm.thread.loop.stopped:
        return
    realm.call("locksNotify", kind, request_id)
    realm.drain()


def client_of(realm) -> LockClient:
    if realm.lock_client is None:
        realm.lock_client = LockClient(realm)
    return realm.lock_client


def release_all(realm) -> None:
    """The thread is ending: everything it holds or waits for goes."""
    if realm.lock_client is not None:
        TABLE.drop_owner(realm.lock_client)


def _request(ctx: Context, name: str, mode: str, steal: bool, if_available: bool) -> list:
    status, request_id = TABLE.request(client_of(ctx.host.realm), name, mode, steal=bool(steal),
                                       if_available=bool(if_available))
    return [status, request_id]


def _release(ctx: Context, request_id: int) -> list[int]:
    return TABLE.release(int(request_id))


def _abort(ctx: Context, request_id: int) -> bool:
    return TABLE.abort(int(request_id))


def _query(ctx: Context) -> list:
    held, pending = TABLE.query(client_of(ctx.host.realm))
    return [[list(entry) for entry in held], [list(entry) for entry in pending]]


FUNCTIONS = {
    "lockRequest": _request,
    "lockRelease": _release,
    "lockAbort": _abort,
    "lockQuery": _query,
}
