"""Runtime and Context: one QuickJS runtime + context per OS thread, and handles to JS objects.

An object of this module belongs to the thread that made it (DESIGN.md, invariant 1); only
`Runtime.request_interrupt` may be called from another thread. Create a Runtime on the thread that
will run it: QuickJS records that thread's stack top for its overflow check.

Engine callbacks (interrupt, module loader, promise rejection tracker) are single process-wide cffi
callbacks that find their Runtime through its pointer, so no callback object is made per runtime.
"""

from __future__ import annotations

import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

from ..errors import JSError, NodeError
from . import fastmsg, sab
from . import values as V
from . import host_functions
from .host_functions import _trampoline, register
from .lib import ffi, lib

TYPE_CHECKING = False
if TYPE_CHECKING:   # (collections.abc imports collections: start-up)
    from collections.abc import Callable, Iterable


_NO_GC_THRESHOLD = 1 << 62


class Runtime:
    """A JSRuntime: memory and stack limits, blocking, interrupts, module and rejection hooks."""

    _by_ptr: dict = {}

    def __init__(self, *, memory_limit: int = 0, stack_size: int | None = None, can_block: bool = True):
        malloc_functions = fastmsg.malloc_functions()
        # whether a transferred ArrayBuffer's memory can leave this runtime (fastmsg.move_out)
        self.moves_buffers = malloc_functions is not None
        self.ptr = lib.JS_NewRuntime2(malloc_functions, ffi.NULL) if self.moves_buffers else lib.JS_NewRuntime()
        if self.ptr == ffi.NULL:
            raise MemoryError("JS_NewRuntime failed")
        self.normalize_module: Callable | None = None   # (context, base, name) -> str
        self.load_module: Callable | None = None        # (context, name) -> owned module JSValue
        self.on_rejection: Callable | None = None       # (context, promise, reason, is_handled)
        self.interrupted = False
        self.natomics_class = 0   # the class of the native Atomics methods here (engine/natomics.py)
        self._interrupt_task: Callable[[], None] | None = None
        self._interrupt_lock = _thread.allocate_lock()   # terminate (any thread) vs the task (own thread)
        if memory_limit:
            lib.JS_SetMemoryLimit(self.ptr, memory_limit)
        if stack_size is not None:
            lib.JS_SetMaxStackSize(self.ptr, stack_size)
        lib.JS_SetCanBlock(self.ptr, can_block)
        sab.install(self.ptr)
        lib.JS_SetModuleLoaderFunc2(self.ptr, ffi.NULL, _loader_cb, ffi.NULL, ffi.NULL)
        lib.JS_SetModuleNormalizeFunc2(self.ptr, _normalize_cb)   # with each import's attributes
        lib.JS_SetHostPromiseRejectionTracker(self.ptr, _rejection_cb, ffi.NULL)
        Runtime._by_ptr[self.ptr] = self

    def set_memory_limit(self, limit: int) -> None:
        lib.JS_SetMemoryLimit(self.ptr, limit)

    def set_stack_size(self, size: int) -> None:
        lib.JS_SetMaxStackSize(self.ptr, size)

    def request_interrupt(self) -> None:
        """Make running JS on this runtime's thread stop at its next interrupt check.

        The only method safe to call from another thread. The handler is installed only now (or
        while an interrupt task is set), so JS that is never interrupted pays nothing for the hook.
        """
        with self._interrupt_lock:
            self.interrupted = True
            lib.JS_SetInterruptHandler(self.ptr, _interrupt_cb, ffi.NULL)

    def clear_interrupt(self) -> None:
        with self._interrupt_lock:
            self.interrupted = False
            self._install_interrupt_handler()

    def set_interrupt_task(self, task: Callable[[], None] | None) -> None:
        """Run `task` (on this runtime's thread, from JS's next interrupt checks, which come every
        few thousand operations) until it is set to None again: how work that JS left pending is
        done while JS keeps running. Owner thread only; the task must not run JS."""
        with self._interrupt_lock:
            self._interrupt_task = task
            if not self.interrupted:
                self._install_interrupt_handler()

    def _install_interrupt_handler(self) -> None:   # with the interrupt lock held
        callback = _interrupt_cb if self.interrupted or self._interrupt_task is not None else ffi.NULL
        lib.JS_SetInterruptHandler(self.ptr, callback, ffi.NULL)

    def is_job_pending(self) -> bool:
        return lib.JS_IsJobPending(self.ptr)

    def run_gc(self) -> None:
        lib.JS_RunGC(self.ptr)

    def defer_gc(self) -> None:
        """No cycle collection until resume_gc (the objects a bootstrap makes live on: collecting
        while it runs frees little and cost 2% of a start)."""
        lib.JS_SetGCThreshold(self.ptr, _NO_GC_THRESHOLD)

    def resume_gc(self) -> None:
        """Collect again from 1.5 times the memory in use now: the threshold the engine sets itself
        after a collection."""
        usage = ffi.new("JSMemoryUsage *")
        lib.JS_ComputeMemoryUsage(self.ptr, usage)
        lib.JS_SetGCThreshold(self.ptr, usage.malloc_size + (usage.malloc_size >> 1))

    def memory_usage(self) -> dict[str, int]:
        usage = ffi.new("JSMemoryUsage *")
        lib.JS_ComputeMemoryUsage(self.ptr, usage)
        return {name: getattr(usage, name) for name, _ in ffi.typeof("JSMemoryUsage").fields}

    def free(self) -> None:
        if self.ptr is not None:
            Runtime._by_ptr.pop(self.ptr, None)
            lib.JS_FreeRuntime(self.ptr)
            self.ptr = None


class Context:
    """A JSContext and the conversions between its values and Python's."""

    _by_ptr: dict = {}

    def __init__(self, runtime: Runtime):
        self.runtime = runtime
        self.ptr = lib.JS_NewContext(runtime.ptr)
        if self.ptr == ffi.NULL:
            raise MemoryError("JS_NewContext failed")
        self.live: set[JSObject] = set()   # owned handles, freed at the latest in free()
        self.host = None                   # the thread object that owns this context (set above)
        self.debug_host_errors = False
        self.error_factory: Callable | None = None   # (context, NodeError) -> owned JSObject error
        # run before any host function that is not `raw`: work JS left pending that such a call
        # may wait on (see host_functions._trampoline); None when there is none
        self.before_host_call: Callable[[], None] | None = None
        # set to 1 by every host function call (host_functions._trampoline): a C poller that runs JS
        # in a wait of its own clears it first and so learns whether Python ran meanwhile
        self.host_entered = ffi.new("int32_t *")
        self._pending_exception: JSError | None = None
        # out-parameters reused by every call on this context's thread (ffi.new costs per call)
        self._size_out = ffi.new("size_t *")
        self._context_out = ffi.new("JSContext **")
        self._sab_tab_out = ffi.new("JSSABTab *")
        Context._by_ptr[self.ptr] = self
        self.global_object = JSObject(self, lib.JS_GetGlobalObject(self.ptr))

    @classmethod
    def of(cls, ptr) -> "Context":
        return cls._by_ptr[ptr]

    # -- evaluation -------------------------------------------------------------------------

    def eval_script(self, source: str, filename: str, *, strict: bool = False):
        flags = V.EVAL_TYPE_GLOBAL | (V.EVAL_FLAG_STRICT if strict else 0)
        return self.take(self._eval(source, filename, flags))

    def compile_module(self, source: str, name: str):
        """Compile ES module source; returns the owned module value (tag MODULE) for the loader."""
        return self.check(self._eval(source, name, V.EVAL_TYPE_MODULE | V.EVAL_FLAG_COMPILE_ONLY))

    def compile_script(self, source: str, filename: str):
        """Compile a script to a bytecode function value (owned), e.g. to cache it as bytecode."""
        return self.check(self._eval(source, filename, V.EVAL_TYPE_GLOBAL | V.EVAL_FLAG_COMPILE_ONLY))

    def eval_function(self, owned_function):
        """Run a compiled script or module (consumes it). A module returns its evaluation promise."""
        return self.take(lib.JS_EvalFunction(self.ptr, owned_function))

    def _eval(self, source: str, filename: str, flags: int):
        data = source.encode("utf-8", "surrogatepass")
        return lib.JS_Eval(self.ptr, data, len(data), filename.encode(), flags)

    def load_module(self, name: str):
        """Load, link and evaluate the module `name` (absolute); returns its promise of the namespace."""
        return self.take(lib.JS_LoadModule(self.ptr, b"", name.encode()))

    def parses_as_script(self, source: str) -> bool:
        """Whether `source` compiles as a classic script (nothing is run)."""
        value = self._eval(source, "<parse>", V.EVAL_TYPE_GLOBAL | V.EVAL_FLAG_COMPILE_ONLY)
        if value.tag == V.TAG_EXCEPTION:
            lib.JS_FreeValue(self.ptr, lib.JS_GetException(self.ptr))
            return False
        lib.JS_FreeValue(self.ptr, value)
        return True

    def detect_module(self, source: str) -> bool:
        """Whether `source` parses as an ES module (QuickJS's JS_DetectModule)."""
        data = source.encode("utf-8", "surrogatepass")
        return bool(lib.JS_DetectModule(data, len(data)))

    def write_bytecode(self, borrowed, *, strip: bool = False) -> bytes:
        """A compiled function or module as bytecode (JS_WriteObject). `strip` leaves out source
        and debug information: less to write when only a module's header is read (see
        loader/module_info.py), but what is read back then has no toString() text or lines."""
        flags = V.WRITE_OBJ_BYTECODE
        if strip:
            flags |= V.WRITE_OBJ_STRIP_SOURCE | V.WRITE_OBJ_STRIP_DEBUG
        return self._write_object(borrowed, flags)

    def write_data(self, borrowed) -> bytes:
        """A value of plain data (objects, arrays, strings, numbers: no functions) in the engine's
        own serialization (JS_WriteObject), which read_data reads faster than JSON is parsed."""
        return self._write_object(borrowed, 0)

    def read_data(self, data: bytes | memoryview):
        """The value serialized in `data` by write_data (a JSObject for an object); JSError when
        `data` is not such a serialization."""
        return self.take(lib.JS_ReadObject(self.ptr, _byte_buffer(data), len(data), 0))

    def _write_object(self, borrowed, flags: int) -> bytes:
        size = self._size_out
        buf = lib.JS_WriteObject(self.ptr, size, borrowed, flags)
        if buf == ffi.NULL:
            self.check(V.make(V.TAG_EXCEPTION))
        try:
            return ffi.unpack(ffi.cast("char *", buf), size[0])
        finally:
            lib.js_free(self.ptr, buf)

    def atom_name(self, atom: int) -> str:
        """The string of one of the engine's predefined atoms (by number)."""
        text = lib.JS_AtomToCStringLen(self.ptr, self._size_out, atom)
        if text == ffi.NULL:
            self.check(V.make(V.TAG_EXCEPTION))
        try:
            return ffi.unpack(text, self._size_out[0]).decode("utf-8", "surrogatepass")
        finally:
            lib.JS_FreeCString(self.ptr, text)

    def import_attributes(self, borrowed) -> dict[str, object]:
        """An import's `with { ... }` attributes as a dict ({} when it has none)."""
        if borrowed.tag != V.TAG_OBJECT:
            return {}
        with JSObject(self, lib.JS_DupValue(self.ptr, borrowed)) as attributes:
            found = {}
            for key in attributes.keys():   # the engine admits only string values
                value = attributes.get(key)
                if isinstance(value, JSObject):
                    value.free()
                else:
                    found[key] = value
            return found

    def stack_script_names(self, limit: int = 10_000) -> set[str]:
        """The file / module names of the JS frames now on the stack (innermost first)."""
        names = set()
        nameless = 0
        for level in range(limit):
            atom = lib.JS_GetScriptOrModuleName(self.ptr, level)
            if atom == 0:   # JS_ATOM_NULL: a native frame, or past the outermost frame
                nameless += 1
                if nameless == 8:
                    break
                continue
            nameless = 0
            try:
                names.add(self.atom_name(atom))
            finally:
                lib.JS_FreeAtom(self.ptr, atom)
        return names

    def resolve_module(self, borrowed_module) -> None:
        """Load and link-check every static import of a compiled module (nothing is evaluated)."""
        if lib.JS_ResolveModule(self.ptr, borrowed_module) < 0:
            self.check(V.make(V.TAG_EXCEPTION))

    def free_value(self, owned) -> None:
        """Release a raw owned JSValue (one that was never wrapped in a JSObject)."""
        lib.JS_FreeValue(self.ptr, owned)

    def dup(self, borrowed):
        """A new reference to a value (owned by the caller)."""
        return lib.JS_DupValue(self.ptr, borrowed)

    def read_bytecode(self, data: bytes | memoryview):
        """The owned function or module value encoded in `data` (from write_bytecode)."""
        return self.check(lib.JS_ReadObject(self.ptr, _byte_buffer(data), len(data), V.READ_OBJ_BYTECODE))

    @staticmethod
    def module_def(module_value):
        """The JSModuleDef* inside a compiled module value (borrowed)."""
        return ffi.cast("JSModuleDef *", module_value.u)

    def module_from_value(self, owned_module):
        """The JSModuleDef* of a compiled module value; QuickJS keeps the module alive itself."""
        module = self.module_def(owned_module)
        lib.JS_FreeValue(self.ptr, owned_module)
        return module

    def import_meta(self, module) -> "JSObject":
        return JSObject(self, self.check(lib.JS_GetImportMeta(self.ptr, module)))

    def module_namespace(self, module) -> "JSObject":
        return JSObject(self, self.check(lib.JS_GetModuleNamespace(self.ptr, module)))

    def execute_pending_jobs(self) -> None:
        """Run promise jobs until none is left; a job that throws raises JSError (queue intact)."""
        pctx = self._context_out
        rt = self.runtime.ptr
        while True:
            status = lib.JS_ExecutePendingJob(rt, pctx)
            if status <= 0:
                if status < 0:
                    self.check(V.make(V.TAG_EXCEPTION))
                return

    # -- functions and objects ----------------------------------------------------------------

    def new_function(self, fn: Callable, name: str, length: int = 0) -> "JSObject":
        """A JS function that calls `fn(context, *args)` through the trampoline."""
        index = register(fn)
        value = lib.JS_NewCFunctionData2(self.ptr, _trampoline, name.encode(), length, index, 0, ffi.NULL)
        return JSObject(self, self.check(value))

    def set_functions(self, target: "JSObject", functions: dict[str, Callable]) -> None:
        """Put a JS function calling each `fn(context, *args)` on `target` under its name (new_function
        and set for a whole table, without a handle per function)."""
        ptr, obj = self.ptr, target.value
        for name, fn in functions.items():
            key = name.encode()
            value = self.check(lib.JS_NewCFunctionData2(ptr, _trampoline, key, 0, register(fn), 0, ffi.NULL))
            if lib.JS_SetPropertyStr(ptr, obj, key, value) < 0:   # (it takes the value's reference)
                self.check(V.make(V.TAG_EXCEPTION))

    def new_object(self, props: dict | None = None) -> "JSObject":
        obj = JSObject(self, self.check(lib.JS_NewObject(self.ptr)))
        for key, value in (props or {}).items():
            obj.set(key, value)
        return obj

    def new_array(self, items: Iterable = ()) -> "JSObject":
        arr = JSObject(self, self.check(lib.JS_NewArray(self.ptr)))
        for i, item in enumerate(items):
            if lib.JS_SetPropertyUint32(self.ptr, arr.value, i, self.to_js(item)) < 0:
                self.check(V.make(V.TAG_EXCEPTION))
        return arr

    def parse_json(self, text: str, filename: str = "<json>"):
        data = text.encode("utf-8", "surrogatepass") + b"\0"
        return self.take(lib.JS_ParseJSON(self.ptr, data, len(data) - 1, filename.encode()))

    # -- conversion ---------------------------------------------------------------------------

    def to_js(self, obj) -> "ffi.CData":
        """An owned JSValue for a Python value (None -> undefined, JSNull -> null)."""
        if obj is None:
            return V.UNDEFINED
        if obj is True:
            return V.TRUE
        if obj is False:
            return V.FALSE
        if isinstance(obj, JSObject):
            return lib.JS_DupValue(self.ptr, obj.value)
        if isinstance(obj, str):
            data = obj.encode("utf-8", "surrogatepass")
            return lib.JS_NewStringLen(self.ptr, data, len(data))
        if isinstance(obj, BigInt):   # before int: BigInt is an int subclass
            return lib.JS_NewBigInt64(self.ptr, int(obj))
        if isinstance(obj, int):
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                return V.new_int32(obj)
            return lib.JS_NewNumber(self.ptr, float(obj))
        if isinstance(obj, float):
            return lib.JS_NewNumber(self.ptr, obj)
        if obj is V.JSNull:
            return V.NULL
        if isinstance(obj, (bytes, bytearray, memoryview)):
            data = bytes(obj)
            return lib.JS_NewUint8ArrayCopy(self.ptr, data, len(data))
        # (consume() hands over the new handle's own reference: a dup here would be one that no
        # one frees, keeping the object, and through its prototype the whole context, alive)
        if isinstance(obj, (list, tuple)):
            return self.new_array(obj).consume()
        if isinstance(obj, dict):
            return self.new_object(obj).consume()
        raise TypeError(f"cannot convert {type(obj).__name__} to a JS value")

    def _call_arguments(self, args):
        """A call's argument array, and the indices of the values in it that the call's caller
        must free. A call only borrows its arguments, so handles and small ints go in as they are
        (no reference taken, nothing allocated); the rest is converted (to_js)."""
        argv = ffi.new("JSValue[]", len(args))   # zero-filled: the int 0
        owned = None
        try:
            for i, arg in enumerate(args):
                kind = type(arg)
                if kind is JSObject:
                    argv[i] = arg.value
                elif kind is int and -0x80000000 <= arg <= 0x7FFFFFFF:
                    argv[i].u = arg
                elif arg is None:
                    argv[i].tag = V.TAG_UNDEFINED
                else:
                    argv[i] = self.to_js(arg)
                    if argv[i].tag < 0:
                        if owned is None:
                            owned = []
                        owned.append(i)
        except BaseException:
            for i in owned or ():
                lib.JS_FreeValue(self.ptr, argv[i])
            raise
        return argv, owned

    def to_py(self, borrowed):
        """The Python value of a JSValue; objects become owned JSObject handles."""
        tag = borrowed.tag
        if tag == V.TAG_INT:
            return V.get_int32(borrowed)
        if tag == V.TAG_FLOAT64:
            return V.get_float64(borrowed)
        if tag == V.TAG_STRING or tag == V.TAG_STRING_ROPE:
            return self.to_str(borrowed)
        if tag == V.TAG_BOOL:
            return bool(borrowed.u & 0xFFFFFFFF)
        if tag == V.TAG_UNDEFINED or tag == V.TAG_NULL:
            return None
        if tag == V.TAG_OBJECT:
            return JSObject(self, lib.JS_DupValue(self.ptr, borrowed))
        if tag == V.TAG_BIG_INT or tag == V.TAG_SHORT_BIG_INT:
            return BigInt(self.to_str(borrowed))
        if tag == V.TAG_SYMBOL:
            return JSObject(self, lib.JS_DupValue(self.ptr, borrowed))
        raise TypeError(f"unexpected JSValue tag {tag}")

    def take(self, owned):
        """to_py for an owned value: checks for an exception, converts, frees primitives."""
        self.check(owned)
        if owned.tag == V.TAG_OBJECT or owned.tag == V.TAG_SYMBOL:
            return JSObject(self, owned)
        try:
            return self.to_py(owned)
        finally:
            if owned.tag < 0:
                lib.JS_FreeValue(self.ptr, owned)

    def _arg_to_py(self, borrowed, borrowed_handles: list):
        if borrowed.tag == V.TAG_OBJECT:
            handle = JSObject(self, borrowed, owned=False)
            borrowed_handles.append(handle)
            return handle
        return self.to_py(borrowed)

    def to_str(self, borrowed) -> str:
        size = self._size_out
        ptr = lib.JS_ToCStringLen2(self.ptr, size, borrowed, False)
        if ptr == ffi.NULL:
            self.check(V.make(V.TAG_EXCEPTION))
        try:
            return ffi.unpack(ptr, size[0]).decode("utf-8", "surrogatepass")
        finally:
            lib.JS_FreeCString(self.ptr, ptr)

    # -- exceptions ---------------------------------------------------------------------------

    def check(self, value):
        """Raise JSError if `value` is the exception marker; otherwise return it unchanged."""
        if value.tag == V.TAG_EXCEPTION:
            raise self._take_exception()
        return value

    def take_exception(self) -> JSError:
        """The pending exception as a JSError (it holds the thrown value), clearing it."""
        return self._take_exception()

    def _take_exception(self) -> JSError:
        thrown = lib.JS_GetException(self.ptr)
        if thrown.tag == V.TAG_OBJECT:
            handle = JSObject(self, thrown)
            name, message, stack = (self._safe_str_prop(handle, k) for k in ("name", "message", "stack"))
            return JSError(name, message, stack, value=handle,
                           uncatchable=bool(lib.JS_IsUncatchableError(thrown)))
        if thrown.tag == V.TAG_NULL:
            value = V.JSNull
        else:
            value = self.take(thrown) if thrown.tag != V.TAG_UNDEFINED else None
        return JSError("", self._describe(value), "", value=value)

    def _safe_str_prop(self, handle: "JSObject", key: str) -> str:
        value = lib.JS_GetPropertyStr(self.ptr, handle.value, key.encode())
        if value.tag == V.TAG_EXCEPTION:
            lib.JS_FreeValue(self.ptr, lib.JS_GetException(self.ptr))
            return ""
        try:
            if value.tag == V.TAG_UNDEFINED:
                return ""
            text = lib.JS_ToString(self.ptr, value)
            if text.tag == V.TAG_EXCEPTION:
                lib.JS_FreeValue(self.ptr, lib.JS_GetException(self.ptr))
                return ""
            try:
                return self.to_str(text)
            finally:
                lib.JS_FreeValue(self.ptr, text)
        finally:
            lib.JS_FreeValue(self.ptr, value)

    @staticmethod
    def _describe(value) -> str:
        if isinstance(value, JSObject):
            return "[object]"
        return str(value)

    def throw_error(self, js_class: str, message: str, **props):
        """Throw `new <js_class>(message)` with `props` as own properties; returns the marker."""
        ctor = self.global_object.get(js_class)
        if not isinstance(ctor, JSObject):
            ctor = self.global_object.get("Error")
        try:
            error = ctor.construct(message)
        except JSError as exc:   # e.g. out of memory while building the error: throw that instead
            return self.rethrow(exc)
        finally:
            ctor.free()
        for key, value in props.items():
            error.set(key, value)
        return lib.JS_Throw(self.ptr, error.consume())

    def throw_node_error(self, exc: NodeError):
        if self.error_factory is not None:   # the Node layer dresses errors as node's
            try:
                error = self.error_factory(self, exc)
                return lib.JS_Throw(self.ptr, error.consume())
            except JSError as inner:
                return self.rethrow(inner)
        return self.throw_error(exc.js_class, exc.message, code=exc.code, **exc.props)

    def rethrow(self, exc: JSError):
        value = exc.value
        if isinstance(value, JSObject) and value.context is self and value.alive:
            thrown = lib.JS_DupValue(self.ptr, value.value)
            lib.JS_Throw(self.ptr, thrown)
            if exc.uncatchable:
                lib.JS_SetUncatchableError(self.ptr, thrown)
            return V.make(V.TAG_EXCEPTION)
        if not isinstance(value, JSObject):
            return lib.JS_Throw(self.ptr, self.to_js(value))
        return self.throw_error(exc.name or "Error", exc.message)

    def throw_uncatchable(self, message: str):
        """Throw an error that no JS `catch` stops, to unwind to the host (exit, terminate)."""
        lib.JS_ThrowInternalError(self.ptr, b"%s", ffi.new("char[]", message.encode()))
        thrown = lib.JS_GetException(self.ptr)
        lib.JS_SetUncatchableError(self.ptr, thrown)
        return lib.JS_Throw(self.ptr, thrown)

    # -- lifetime -----------------------------------------------------------------------------

    def free(self) -> None:
        if self.ptr is None:
            return
        for handle in list(self.live):
            handle.free()
        Context._by_ptr.pop(self.ptr, None)
        lib.JS_FreeContext(self.ptr)
        self.ptr = None


def _byte_buffer(data: bytes | memoryview):
    """`data` as cffi passes it to a `const uint8_t *`: bytes as they are, a memoryview (a part of a
    file read whole, e.g. a disk cache entry's payload, not copied out) through from_buffer."""
    return data if type(data) is bytes else ffi.from_buffer("uint8_t[]", data)


class BigInt(int):
    """A Python int that converts to a JS BigInt (plain ints become Numbers)."""


class JSObject:
    """A handle to a JS object (or symbol) owned by Python, valid on its context's thread only.

    An owned handle holds one reference until `free()` (or its context's end). A borrowed handle
    (a host function's argument) is valid only during that call; `dup()` makes an owned one.
    """

    __slots__ = ("context", "_box", "owned", "alive", "__weakref__")

    def __init__(self, context: Context, value, *, owned: bool = True):
        self.context = context
        # a pointer from ffi.new, not a one-element array: its [0] is the owning struct itself, which
        # lives as long as anything holds it (an array's [0] is a view that dies with the array, and
        # a host function returning consume()'s value would hand cffi freed memory to copy)
        self._box = ffi.new("JSValue *", value)
        self.owned = owned
        self.alive = True
        if owned:
            context.live.add(self)

    @property
    def value(self):
        if not self.alive:
            raise RuntimeError("use of a freed or expired JS handle")
        return self._box[0]

    @property
    def key(self) -> int:
        """Identity of the object (its address)."""
        return self._box[0].u

    def dup(self) -> "JSObject":
        return JSObject(self.context, lib.JS_DupValue(self.context.ptr, self.value))

    def consume(self):
        """Give up this handle's reference: returns the owned JSValue for a call that takes it."""
        value = self.value
        if self.owned:
            self.context.live.discard(self)
            self.alive = False
            return value
        return lib.JS_DupValue(self.context.ptr, value)

    def free(self) -> None:
        if self.alive and self.owned:
            self.alive = False
            self.context.live.discard(self)
            if self.context.ptr is not None:
                lib.JS_FreeValue(self.context.ptr, self._box[0])

    def _invalidate(self) -> None:
        self.alive = False

    def __enter__(self) -> "JSObject":
        return self

    def __exit__(self, *exc) -> None:
        self.free()

    # -- properties ---------------------------------------------------------------------------

    def get(self, key: str | int):
        ctx = self.context
        if isinstance(key, int):
            return ctx.take(lib.JS_GetPropertyUint32(ctx.ptr, self.value, key))
        return ctx.take(lib.JS_GetPropertyStr(ctx.ptr, self.value, key.encode()))

    def set(self, key: str | int, value) -> None:
        ctx = self.context
        owned = ctx.to_js(value)
        if isinstance(key, int):
            status = lib.JS_SetPropertyUint32(ctx.ptr, self.value, key, owned)
        else:
            status = lib.JS_SetPropertyStr(ctx.ptr, self.value, key.encode(), owned)
        if status < 0:
            ctx.check(V.make(V.TAG_EXCEPTION))

    def define(self, key: str, value, flags: int = V.PROP_CONFIGURABLE | V.PROP_WRITABLE) -> None:
        """Define an own property (non-enumerable by default)."""
        ctx = self.context
        if lib.JS_DefinePropertyValueStr(ctx.ptr, self.value, key.encode(), ctx.to_js(value), flags) < 0:
            ctx.check(V.make(V.TAG_EXCEPTION))

    def keys(self) -> list[str]:
        """Own enumerable string keys, in property order."""
        ctx = self.context
        ptab = ffi.new("JSPropertyEnum **")
        plen = ffi.new("uint32_t *")
        if lib.JS_GetOwnPropertyNames(ctx.ptr, ptab, plen, self.value, V.GPN_STRING_MASK | V.GPN_ENUM_ONLY) < 0:
            ctx.check(V.make(V.TAG_EXCEPTION))
        try:
            names = []
            for i in range(plen[0]):
                size = ffi.new("size_t *")
                cstr = lib.JS_AtomToCStringLen(ctx.ptr, size, ptab[0][i].atom)
                names.append(ffi.unpack(cstr, size[0]).decode("utf-8", "surrogatepass"))
                lib.JS_FreeCString(ctx.ptr, cstr)
            return names
        finally:
            lib.JS_FreePropertyEnum(ctx.ptr, ptab[0], plen[0])

    # -- calls --------------------------------------------------------------------------------

    def call(self, *args, this=None):
        ctx = self.context
        argv, owned = ctx._call_arguments(args) if args else (ffi.NULL, None)
        this_value = V.UNDEFINED if this is None else ctx.to_js(this)
        try:
            return ctx.take(lib.JS_Call(ctx.ptr, self.value, this_value, len(args), argv))
        finally:
            if owned:
                for i in owned:
                    lib.JS_FreeValue(ctx.ptr, argv[i])
            if this_value.tag < 0:
                lib.JS_FreeValue(ctx.ptr, this_value)

    def construct(self, *args) -> "JSObject":
        ctx = self.context
        argv = ffi.new("JSValue[]", [ctx.to_js(a) for a in args]) if args else ffi.NULL
        try:
            return ctx.take(lib.JS_CallConstructor(ctx.ptr, self.value, len(args), argv))
        finally:
            for i in range(len(args)):
                if argv[i].tag < 0:
                    lib.JS_FreeValue(ctx.ptr, argv[i])

    def call_method(self, name: str, *args):
        method = self.get(name)
        try:
            return method.call(*args, this=self)
        finally:
            if isinstance(method, JSObject):
                method.free()

    # -- kinds --------------------------------------------------------------------------------

    @property
    def is_function(self) -> bool:
        return bool(lib.JS_IsFunction(self.context.ptr, self.value))

    @property
    def is_error(self) -> bool:
        return bool(lib.JS_IsError(self.value))

    @property
    def is_promise(self) -> bool:
        return bool(lib.JS_IsPromise(self.value))

    def promise_state(self) -> int:
        return lib.JS_PromiseState(self.context.ptr, self.value)

    def is_proxy(self) -> bool:
        return bool(lib.JS_IsProxy(self.value))

    def proxy_parts(self) -> tuple["JSObject", "JSObject"] | None:
        """(target, handler) of a Proxy, read without running any trap; None for other objects.
        A revoked proxy raises JSError (TypeError: revoked proxy)."""
        if not self.is_proxy():
            return None
        ctx = self.context
        return (ctx.take(lib.JS_GetProxyTarget(ctx.ptr, self.value)),
                ctx.take(lib.JS_GetProxyHandler(ctx.ptr, self.value)))

    def promise_result(self):
        result = lib.JS_PromiseResult(self.context.ptr, self.value)
        if result.tag == V.TAG_NULL:
            return V.JSNull
        return self.context.take(result)

    def __repr__(self) -> str:
        return f"<JSObject {'live' if self.alive else 'dead'} at {self.key:#x}>" if self.alive else "<JSObject dead>"


# -- engine callbacks: one per process, dispatching on the runtime or context pointer ----------

@ffi.callback("int(JSRuntime *, void *)")
def _interrupt_cb(rt, opaque):
    runtime = Runtime._by_ptr.get(rt)
    if runtime is None:
        return 0
    if runtime.interrupted:
        return 1
    task = runtime._interrupt_task
    if task is not None:
        try:
            task()
        except BaseException:   # nothing may cross C; the task's owner sees its own failures
            pass
    return 0


@ffi.callback("char *(JSContext *, const char *, const char *, JSValue, void *)")
def _normalize_cb(ctx_ptr, base, name, attributes, opaque):
    context = Context.of(ctx_ptr)
    try:
        resolved = context.runtime.normalize_module(context, ffi.string(base).decode(), ffi.string(name).decode(),
                                                    context.import_attributes(attributes))
        return lib.js_strdup(ctx_ptr, resolved.encode())
    except BaseException as exc:
        _throw_from_callback(context, exc)
        return ffi.NULL


@ffi.callback("JSModuleDef *(JSContext *, const char *, void *, JSValue)")
def _loader_cb(ctx_ptr, name, opaque, attributes):
    context = Context.of(ctx_ptr)
    try:
        return context.runtime.load_module(context, ffi.string(name).decode())
    except BaseException as exc:
        _throw_from_callback(context, exc)
        return ffi.NULL


@ffi.callback("void(JSContext *, JSValue, JSValue, bool, void *)")
def _rejection_cb(ctx_ptr, promise, reason, is_handled, opaque):
    context = Context._by_ptr.get(ctx_ptr)
    if context is None or context.runtime.on_rejection is None:
        return
    try:
        context.runtime.on_rejection(context, promise, reason, bool(is_handled))
    except BaseException:  # a tracker must never unwind through the engine
        pass


def _throw_from_callback(context: Context, exc: BaseException) -> None:
    if isinstance(exc, NodeError):
        context.throw_node_error(exc)
    elif isinstance(exc, JSError):
        context.rethrow(exc)
    else:
        context.throw_error("Error", f"[noderun host] {type(exc).__name__}: {exc}")


host_functions.bind_runtime(Context, JSObject)
