"""Host functions behind Atomics.wait / Atomics.notify (node/js/internal/worker/atomics.js)."""

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


def _notify(ctx: Context, address: int, count: float) -> int:
    return waits.notify(int(address), float(count))


FUNCTIONS = {
    "sabAddress": _sab_address,
    "atomicsWait": _wait,
    "atomicsNotify": _notify,
}
