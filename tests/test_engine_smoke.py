"""ABI sanity of the cffi binding to quickjs-ng's `_quickjs`.

If any of these fail, everything else is undefined behaviour: a wrong JSValue layout or a wrong
tag constant corrupts memory silently, so they run first and fail loudly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import noderun.engine
from noderun.engine import values as V
from noderun.engine.lib import ENGINE_VERSION, ffi, lib
from noderun.engine.runtime import Context, Runtime

ENGINE_DIR = Path(noderun.engine.__file__).resolve().parent


def _tag_of(context: Context, source: str) -> int:
    """The tag of the raw JSValue that evaluating `source` returns (the value is freed)."""
    value = context._eval(source, "<smoke>", V.EVAL_TYPE_GLOBAL)
    tag = value.tag
    if tag == V.TAG_EXCEPTION:
        lib.JS_FreeValue(context.ptr, lib.JS_GetException(context.ptr))
    else:
        lib.JS_FreeValue(context.ptr, value)
    return tag


def test_jsvalue_is_16_bytes_union_then_tag():
    assert ffi.sizeof("JSValue") == 16
    assert ffi.offsetof("JSValue", "u") == 0
    assert ffi.offsetof("JSValue", "tag") == 8


def test_engine_version_matches_header():
    found = ffi.string(lib.JS_GetVersion()).decode()
    assert found == ENGINE_VERSION
    first_line = (ENGINE_DIR / "quickjs.h").read_text().splitlines()[0]
    assert ENGINE_VERSION in first_line


@pytest.mark.parametrize(
    "source, tag",
    [
        ("42", V.TAG_INT),
        ("-7", V.TAG_INT),
        ("1.5", V.TAG_FLOAT64),
        ("2 ** 31", V.TAG_FLOAT64),
        ("'a string'", V.TAG_STRING),
        ("({a: 1})", V.TAG_OBJECT),
        ("[1, 2]", V.TAG_OBJECT),
        ("true", V.TAG_BOOL),
        ("null", V.TAG_NULL),
        ("undefined", V.TAG_UNDEFINED),
        ("Symbol('s')", V.TAG_SYMBOL),
        ("throw new Error('x')", V.TAG_EXCEPTION),
        ("2n ** 100n", V.TAG_BIG_INT),
    ],
)
def test_tag_of_evaluated_value(ctx, source, tag):
    assert _tag_of(ctx, source) == tag


def test_int_and_float_payloads_decode(ctx):
    value = ctx._eval("-123456", "<smoke>", V.EVAL_TYPE_GLOBAL)
    assert value.tag == V.TAG_INT
    assert V.get_int32(value) == -123456
    value = ctx._eval("0.25", "<smoke>", V.EVAL_TYPE_GLOBAL)
    assert value.tag == V.TAG_FLOAT64
    assert V.get_float64(value) == 0.25


def test_python_made_constants_are_seen_by_js(ctx):
    # values made by Python (not by the engine) must carry the right tags for the C side
    fn = ctx.eval_script("(a, b, c, d, e) => [typeof a, b, c, d, e === null].join()", "<smoke>")
    try:
        assert fn.call(None, True, False, 7, V.JSNull) == "undefined,true,false,7,true"
    finally:
        fn.free()


def test_runtime_context_create_free_round_trip():
    for i in range(50):
        runtime = Runtime()
        context = Context(runtime)
        assert context.eval_script(f"{i} + 1", "<loop>") == i + 1
        context.free()
        runtime.free()
        assert context.ptr is None
        assert runtime.ptr is None
    # nothing of them is left registered for the process-wide callbacks
    assert all(r.ptr is not None for r in Runtime._by_ptr.values())
    assert all(c.ptr is not None for c in Context._by_ptr.values())


def test_generated_ffi_module_is_up_to_date(tmp_path):
    from noderun.engine._build_ffi import build

    for generated in build(tmp_path):   # _ffi.py from quickjs.h, _fastio_ffi.py from fastio.h
        assert generated.read_text() == (ENGINE_DIR / generated.name).read_text(), (
            f"engine/{generated.name} does not match its header: run `python bin/regen_ffi.py`"
        )
