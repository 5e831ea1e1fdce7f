"""Host functions behind Atomics.wait / notify / waitAsync (node/js/internal/worker/atomics.js)."""

from __future__ import annotations

from ..engine import sab
from ..engine.runtime import Context, JSObject
from ..host import waits
from ..engine.host_functions import HostExit


def _sab_address(ctx: Context, buffer: JSObject) -> int:
    return sab.block_address(ctx, buffer.value)


def _wait(ctx: Context, address: int, size: int, expected, timeout_ms: float) -> str:
    thread = ctx.host
    if thread.terminated:
        raise HostExit(1)
    return waits.wait(int(address), int(size), int(expected), float(timeout_ms), owner=thread)


def _wait_async(ctx: Context, address: int, size: int, expected, timeout_ms: float, wait_id: int) -> bool:
    """Register an async wait; False when the value differs. When it is woken (by notify on any
    thread, or its timeout) the result is posted to this thread's loop, which settles the JS
    promise through bootstrap's resolveWaitAsync. A pending wait does not keep the loop alive
    (node's does not either); the thread's teardown withdraws it (waits.wake_owner)."""
    thread = ctx.host
    loop, realm = thread.loop, thread.realm

    def post_result(result: str) -> None:
        loop.post(lambda: realm.call("resolveWaitAsync", wait_id, result))

    waiter = waits.wait_async(int(address), int(size), int(expected), thread, post_result, float(timeout_ms))
    return waiter is not None


def _notify(ctx: Context, address: int, count: float) -> int:
    return waits.notify(int(address), float(count))


FUNCTIONS = {
    "sabAddress": _sab_address,
    "atomicsWait": _wait,
    "atomicsWaitAsync": _wait_async,
    "atomicsNotify": _notify,
}
