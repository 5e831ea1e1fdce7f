"""node:zlib's brotli states (node's BrotliEncoderContext / BrotliDecoderContext) over Google's
library through engine/brotli_lib.py; see zlib_engines.py for what a state answers."""

from __future__ import annotations

from .zlib_engines import CompressionError, State, unexpected_end


class _BrotliState(State):
    """A brotli encoder or decoder instance (engine/brotli_lib.py) with node's params set; input the
    library did not take yet waits here for the next call."""

    _prefix = ""   # "Encoder" / "Decoder": the C functions' family

    def __init__(self, params: dict[int, int]) -> None:
        super().__init__()
        from ..engine import brotli_lib
        self._ffi, self._lib, self._c = brotli_lib.ffi, brotli_lib.lib, brotli_lib
        self._params = params
        self._state = None
        self.reset()

    def _function(self, name: str):
        return getattr(self._lib, f"Brotli{self._prefix}{name}")

    def reset(self) -> None:
        self.close()
        state = self._function("CreateInstance")(self._ffi.NULL, self._ffi.NULL, self._ffi.NULL)
        self._state = self._ffi.gc(state, self._function("DestroyInstance"))
        self._tail = b""
        self._last = self._c.DECODER_RESULT_NEEDS_MORE_INPUT
        set_parameter = self._function("SetParameter")
        for key, value in self._params.items():
            if not set_parameter(self._state, key, value):
                raise CompressionError("Initialization failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED")

    def write(self, flush: int, data: bytes, avail_out: int) -> tuple[bytes, int, int]:
        ffi = self._ffi
        pending = self._tail + data if self._tail else data
        source = ffi.from_buffer(pending)
        avail_in = ffi.new("size_t *", len(pending))
        next_in = ffi.new("const uint8_t **", source)
        out = ffi.new("uint8_t[]", max(avail_out, 1))
        avail = ffi.new("size_t *", avail_out)
        next_out = ffi.new("uint8_t **", out)
        self._step(flush, avail_in, next_in, avail, next_out)
        self._tail = pending[len(pending) - avail_in[0]:] if avail_in[0] else b""
        return ffi.buffer(out, avail_out - avail[0])[:], avail_in[0], avail[0]

    def close(self) -> None:
        if self._state is not None:
            self._ffi.release(self._state)
            self._state = None


class BrotliEncoderState(_BrotliState):
    _prefix = "Encoder"

    def _step(self, flush, avail_in, next_in, avail_out, next_out) -> None:
        if not self._lib.BrotliEncoderCompressStream(self._state, flush, avail_in, next_in, avail_out, next_out,
                                                     self._ffi.NULL):
            raise CompressionError("Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED")


class BrotliDecoderState(_BrotliState):
    _prefix = "Decoder"

    def _step(self, flush, avail_in, next_in, avail_out, next_out) -> None:
        lib = self._lib
        self._last = lib.BrotliDecoderDecompressStream(self._state, avail_in, next_in, avail_out, next_out,
                                                       self._ffi.NULL)
        if self._last == self._c.DECODER_RESULT_ERROR:
            code = lib.BrotliDecoderGetErrorCode(self._state)
            name = self._ffi.string(lib.BrotliDecoderErrorString(code)).decode()
            raise CompressionError("Decompression failed", code, "ERR_" + name)
        if flush == 2 and self._last == self._c.DECODER_RESULT_NEEDS_MORE_INPUT:   # BROTLI_OPERATION_FINISH
            raise unexpected_end()
