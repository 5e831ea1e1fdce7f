"""The process-wide SharedArrayBuffer allocator.

Every runtime gets the same three functions (JS_SetSharedArrayBufferFunctions), so a
SharedArrayBuffer's memory belongs to no runtime: serializing one (JS_WriteObject2 with the SAB
flag) writes its address, the reading runtime takes a reference to the same block, and the block
is freed when the last runtime lets go. QuickJS calls these only when a SharedArrayBuffer is
created, cloned or collected, never per access, so they may be Python callbacks.
"""

from __future__ import annotations

import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

from .lib import ffi, lib

_refcounts: dict[int, int] = {}     # block address -> references (runtimes and in-flight messages)
_lock = _thread.allocate_lock()


@ffi.callback("void *(void *, size_t)")
def _sab_alloc(opaque, size):
    block = lib.calloc(1, size)
    if block != ffi.NULL:
        with _lock:
            _refcounts[int(ffi.cast("uintptr_t", block))] = 1
    return block


@ffi.callback("void(void *, void *)")
def _sab_free(opaque, block):
    release(block)


@ffi.callback("void(void *, void *)")
def _sab_dup(opaque, block):
    retain(block)


def retain(block) -> None:
    """One more reference to a block (an in-flight message holds one, see serialize.py)."""
    with _lock:
        _refcounts[int(ffi.cast("uintptr_t", block))] += 1


def release(block) -> None:
    address = int(ffi.cast("uintptr_t", block))
    with _lock:
        count = _refcounts[address] - 1
        if count:
            _refcounts[address] = count
            return
        del _refcounts[address]
    lib.free(ffi.cast("void *", address))


def live_blocks() -> int:
    """How many blocks are allocated (for leak tests)."""
    with _lock:
        return len(_refcounts)


FUNCTIONS = ffi.new("JSSharedArrayBufferFunctions *", {
    "sab_alloc": _sab_alloc, "sab_free": _sab_free, "sab_dup": _sab_dup, "sab_opaque": ffi.NULL})


def install(runtime_ptr) -> None:
    lib.JS_SetSharedArrayBufferFunctions(runtime_ptr, FUNCTIONS)


def load(address: int, size: int) -> int:
    """The int32 (size 4) or int64 (size 8) at `address` inside a block."""
    return ffi.cast("int32_t *" if size == 4 else "int64_t *", address)[0]


def block_address(context, borrowed_buffer) -> int:
    """The address of a SharedArrayBuffer's memory (where Atomics.wait keys its waiters)."""
    size = ffi.new("size_t *")
    pointer = lib.JS_GetArrayBuffer(context.ptr, size, borrowed_buffer)
    return int(ffi.cast("uintptr_t", pointer))
