"""Google's brotli library through the C API that the `brotli` wheel's extension exports.

The wheel's Python classes (`brotli.Compressor` / `Decompressor`) take only mode, quality, lgwin and
lgblock, and report every decoding error as "brotli: decoder failed". node sets every
BROTLI_PARAM_*, runs the four operations (process, flush, finish, emit metadata) with a bounded
output buffer and names the decoder's error (`ERR__ERROR_FORMAT_PADDING_1`, errno -14). The
extension module `_brotli` exports the library's whole C API (`nm -D` lists BrotliEncoder* and
BrotliDecoder*), so this binds those functions with cffi in ABI mode, as engine/lib.py binds
QuickJS: no compiler, and each call releases the GIL, so pool threads compress in parallel.
It lives in engine/ because that is the one package that talks to C through cffi; it knows
nothing of node. Loaded on first use: a program that never touches brotli pays nothing.
"""

from __future__ import annotations

import importlib.util

from cffi import FFI

_CDEF = """
void *BrotliEncoderCreateInstance(void *alloc, void *free, void *opaque);
int BrotliEncoderSetParameter(void *state, int param, uint32_t value);
int BrotliEncoderCompressStream(void *state, int op, size_t *available_in, const uint8_t **next_in,
                                size_t *available_out, uint8_t **next_out, size_t *total_out);
int BrotliEncoderHasMoreOutput(void *state);
void BrotliEncoderDestroyInstance(void *state);
void *BrotliDecoderCreateInstance(void *alloc, void *free, void *opaque);
int BrotliDecoderSetParameter(void *state, int param, uint32_t value);
int BrotliDecoderDecompressStream(void *state, size_t *available_in, const uint8_t **next_in,
                                  size_t *available_out, uint8_t **next_out, size_t *total_out);
int BrotliDecoderGetErrorCode(const void *state);
const char *BrotliDecoderErrorString(int code);
void BrotliDecoderDestroyInstance(void *state);
"""

ffi = FFI()
ffi.cdef(_CDEF)
_spec = importlib.util.find_spec("_brotli")
if _spec is None or _spec.origin is None:   # the wheel is a declared dependency
    raise ImportError("the brotli package is not installed")
lib = ffi.dlopen(_spec.origin)

# BrotliDecoderResult
DECODER_RESULT_ERROR = 0
DECODER_RESULT_SUCCESS = 1
DECODER_RESULT_NEEDS_MORE_INPUT = 2
DECODER_RESULT_NEEDS_MORE_OUTPUT = 3
