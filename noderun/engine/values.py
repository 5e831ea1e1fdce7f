"""JSValue tags, the header's inline helpers redone in Python, and plain value conversion.

Ownership is explicit in names: a function taking `owned` consumes the reference, one taking
`borrowed` does not. `JSValue` is declared as {int64 u; int64 tag} (see quickjs.h), so the union's
bits are reinterpreted here.
"""

from __future__ import annotations


from .lib import ffi, lib

# Tags (quickjs.h, not NaN-boxed: 64-bit builds)
TAG_BIG_INT = -9
TAG_SYMBOL = -8
TAG_STRING = -7
TAG_STRING_ROPE = -6
TAG_MODULE = -3
TAG_FUNCTION_BYTECODE = -2
TAG_OBJECT = -1
TAG_INT = 0
TAG_BOOL = 1
TAG_NULL = 2
TAG_UNDEFINED = 3
TAG_EXCEPTION = 6
TAG_SHORT_BIG_INT = 7
TAG_FLOAT64 = 8

# JS_Eval flags
EVAL_TYPE_GLOBAL = 0
EVAL_TYPE_MODULE = 1
EVAL_FLAG_STRICT = 1 << 3
EVAL_FLAG_COMPILE_ONLY = 1 << 5
EVAL_FLAG_BACKTRACE_BARRIER = 1 << 6

# Property flags
PROP_CONFIGURABLE = 1 << 0
PROP_WRITABLE = 1 << 1
PROP_ENUMERABLE = 1 << 2
PROP_C_W_E = PROP_CONFIGURABLE | PROP_WRITABLE | PROP_ENUMERABLE

# JS_GetOwnPropertyNames flags
GPN_STRING_MASK = 1 << 0
GPN_ENUM_ONLY = 1 << 4

# JS_WriteObject / JS_ReadObject flags
WRITE_OBJ_BYTECODE = 1 << 0
WRITE_OBJ_SAB = 1 << 2
WRITE_OBJ_REFERENCE = 1 << 3
WRITE_OBJ_STRIP_SOURCE = 1 << 4
WRITE_OBJ_STRIP_DEBUG = 1 << 5
READ_OBJ_BYTECODE = 1 << 0
READ_OBJ_SAB = 1 << 2
READ_OBJ_REFERENCE = 1 << 3

# Promise states
PROMISE_PENDING = 0
PROMISE_FULFILLED = 1
PROMISE_REJECTED = 2


def make(tag: int, u: int = 0):
    """A JSValue by value (a cdata struct); for values without a reference count only."""
    return ffi.new("JSValue *", (u, tag))[0]


UNDEFINED = make(TAG_UNDEFINED)
NULL = make(TAG_NULL)
TRUE = make(TAG_BOOL, 1)
FALSE = make(TAG_BOOL, 0)


# A float64 JSValue holds the double's bits in `u` (an int64): moved through a memoryview cast,
# which needs no `struct` module at start-up.

def new_float64(d: float):
    bits = bytearray(8)
    memoryview(bits).cast("d")[0] = d
    return make(TAG_FLOAT64, int.from_bytes(bits, "little", signed=True))


def new_int32(i: int):
    return make(TAG_INT, i)


def get_float64(v) -> float:
    return memoryview(v.u.to_bytes(8, "little", signed=True)).cast("d")[0]


def get_int32(v) -> int:
    u = v.u & 0xFFFFFFFF
    return u - (1 << 32) if u & 0x80000000 else u


def has_ref_count(v) -> bool:
    return v.tag < 0


def is_exception(v) -> bool:
    return v.tag == TAG_EXCEPTION


def is_object(v) -> bool:
    return v.tag == TAG_OBJECT


def is_string(v) -> bool:
    return v.tag == TAG_STRING or v.tag == TAG_STRING_ROPE


def pointer_key(v) -> int:
    """Identity of a reference-counted value (the object's address), stable while it is held."""
    return v.u


class _Null:
    """Python stand-in for JS null where it must be told from undefined (None)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "JSNull"

    def __bool__(self) -> bool:
        return False


JSNull = _Null()


def is_proxy(borrowed) -> bool:
    """Whether a JSValue is a Proxy (no trap runs)."""
    return bool(lib.JS_IsProxy(borrowed))

