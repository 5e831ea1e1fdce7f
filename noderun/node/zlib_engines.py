"""The compression states behind node:zlib's handles (node's ZlibContext, BrotliEncoderContext,
ZstdCompressContext ...): plain Python, no JS, so a state can work on a pool thread.

Every state answers node's one question, `write(flush, data, avail_out)`: take `data` (the state
keeps what it could not take yet), give back at most `avail_out` bytes of output, and say how much
input is still unconsumed and how much output room was left. node's JS loops on that
(internal/zlib/base.js's processCallback): `avail_out_after == 0` means "call again", input left over with room
to spare means the stream has ended. Errors raise CompressionError with node's message, errno
and code. A state is used by one thread at a time, in order (its lock makes sure).

- zlib formats: the stdlib `zlib`. Deflate runs raw deflate and writes the zlib / gzip header and
  trailer itself, so `params()` can change level and strategy in the middle of a stream (Python
  has no deflateParams): after node's sync flush a new raw compressor continues with the last
  window of input as its dictionary, which is what zlib's own stream looks like to a reader.
- brotli (zlib_brotli.py): the library's C API through engine/brotli_lib.py (loaded on first use).
- zstd (zlib_zstd.py): the `zstandard` package (imported on first use).
"""

from __future__ import annotations

import re
import struct
import threading
import zlib

# node's modes (zlib.constants.DEFLATE ...)
DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP = 1, 2, 3, 4, 5, 6, 7
BROTLI_DECODE, BROTLI_ENCODE, ZSTD_COMPRESS, ZSTD_DECOMPRESS = 8, 9, 10, 11

Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK = 0, 1, 2, 3, 4, 5
Z_HUFFMAN_ONLY = 2

_ZLIB_CODES = {1: "Z_STREAM_END", 2: "Z_NEED_DICT", -1: "Z_ERRNO", -2: "Z_STREAM_ERROR",
               -3: "Z_DATA_ERROR", -4: "Z_MEM_ERROR", -5: "Z_BUF_ERROR", -6: "Z_VERSION_ERROR"}


class CompressionError(Exception):
    """A failure as node reports it: Error(message) with `errno` and `code`."""

    def __init__(self, message: str, errno: int, code: str) -> None:
        super().__init__(message)
        self.message, self.errno, self.code = message, errno, code


def unexpected_end() -> CompressionError:
    return CompressionError("unexpected end of file", -5, "Z_BUF_ERROR")


def _flush_rank(flush: int) -> int:
    """zlib's RANK(): how much a flush flushes (Z_BLOCK sits between none and partial)."""
    return flush * 2 - (9 if flush > 4 else 0)


class State:
    """What every compression state has: the lock that keeps its users one at a time, in order."""

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def params(self, level: int, strategy: int) -> None:
        pass   # node changes parameters of deflate streams only; the others ignore it

    def close(self) -> None:
        pass


class _Output:
    """Output waiting to leave in slices: taking moves an offset, so a large output is not moved
    again for every slice (node reads it 16 KB at a time)."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._pos = 0

    def __len__(self) -> int:
        return len(self._data) - self._pos

    def put(self, data: bytes) -> None:
        self._data += data

    def take(self, size: int) -> bytes:
        with memoryview(self._data) as view:
            out = bytes(view[self._pos:self._pos + size])
        self._pos += len(out)
        if self._pos == len(self._data):
            self.clear()
        elif self._pos > (1 << 20) and self._pos * 2 > len(self._data):
            del self._data[:self._pos]
            self._pos = 0
        return out

    def clear(self) -> None:
        self._data.clear()
        self._pos = 0


class BufferedState(State):
    """A state whose library hands over all the output of a call at once: the output waits here and
    leaves in `avail_out` slices, as zlib would give it out of its own pending buffer."""

    def __init__(self) -> None:
        super().__init__()
        self._pending = _Output()
        self._last_flush = Z_NO_FLUSH
        self._finished = False

    def write(self, flush: int, data: bytes, avail_out: int) -> tuple[bytes, int, int]:
        # zlib's rule: a flush no stronger than the last one, with no new input, does nothing (it is
        # also how node's "call again" with an empty remainder reaches us after a large output)
        if data or (_flush_rank(flush) > _flush_rank(self._last_flush) and not self._finished) \
                or (flush == self._finish_flag and not self._finished):
            self._pending.put(self._process(flush, data))
            self._last_flush = flush
        out = self._pending.take(avail_out)
        return out, 0, avail_out - len(out)

    _finish_flag = Z_FINISH

    def _process(self, flush: int, data: bytes) -> bytes:
        raise NotImplementedError

    def reset(self) -> None:
        self._pending.clear()
        self._last_flush = Z_NO_FLUSH
        self._finished = False
        self._start()

    def _start(self) -> None:
        raise NotImplementedError


def _zlib_level(level: int) -> int:
    return 6 if level == -1 else level


class DeflateState(BufferedState):
    """deflate, gzip and raw deflate: raw deflate from the stdlib, framed here (see module doc)."""

    def __init__(self, mode: int, level: int, window_bits: int, mem_level: int, strategy: int,
                 dictionary: bytes | None) -> None:
        super().__init__()
        self.mode = mode
        self.level, self.strategy, self.mem_level = level, strategy, mem_level
        self.window_bits = 9 if window_bits == 8 else window_bits   # zlib reads 8 as 9
        # gzip has no preset dictionary; zlib ignores one there, as node does
        self.dictionary = dictionary if mode != GZIP and dictionary else None
        self._start()

    def _start(self) -> None:
        self._compressor = self._raw(self.level, self.strategy, self.dictionary)
        self._header_due = self.mode != DEFLATERAW
        self._check = 0 if self.mode == GZIP else 1      # crc32 / adler32 of the input
        self._size = 0
        self._history = bytearray(self.dictionary or b"")

    def _raw(self, level: int, strategy: int, dictionary: bytes | None):
        args = (_zlib_level(level), zlib.DEFLATED, -self.window_bits, self.mem_level, strategy)
        return zlib.compressobj(*args, dictionary) if dictionary else zlib.compressobj(*args)

    def _header(self) -> bytes:
        level = _zlib_level(self.level)
        if self.mode == GZIP:
            extra = 2 if level == 9 else 4 if (level < 2 or self.strategy >= Z_HUFFMAN_ONLY) else 0
            return bytes((0x1F, 0x8B, 8, 0, 0, 0, 0, 0, extra, 3))
        if self.strategy >= Z_HUFFMAN_ONLY or level < 2:
            level_flags = 0
        else:
            level_flags = 1 if level < 6 else 2 if level == 6 else 3
        header = ((8 + ((self.window_bits - 8) << 4)) << 8) | (level_flags << 6)
        if self.dictionary:
            header |= 0x20
        header += 31 - header % 31
        out = struct.pack(">H", header)
        if self.dictionary:
            out += struct.pack(">I", zlib.adler32(self.dictionary))
        return out

    def _process(self, flush: int, data: bytes) -> bytes:
        if self._finished:
            return b""
        out = bytearray()
        if self._header_due:
            out += self._header()
            self._header_due = False
        if data:
            if self.mode == GZIP:
                self._check = zlib.crc32(data, self._check)
            elif self.mode == DEFLATE:
                self._check = zlib.adler32(data, self._check)
            self._size += len(data)
            self._remember(data)
            out += self._compressor.compress(data)
        if flush != Z_NO_FLUSH:
            out += self._compressor.flush(flush)
        if flush == Z_FINISH:
            self._finished = True
            if self.mode == GZIP:
                out += struct.pack("<II", self._check, self._size & 0xFFFFFFFF)
            elif self.mode == DEFLATE:
                out += struct.pack(">I", self._check)
        return bytes(out)

    def _remember(self, data: bytes) -> None:
        """Keep the last window of input: params() hands it to the next compressor."""
        window = 1 << self.window_bits
        self._history += data[-window:]
        if len(self._history) > 2 * window:
            del self._history[:-window]

    def params(self, level: int, strategy: int) -> None:
        # node's JS has just made a sync flush: the stream is at a byte boundary, so a new raw
        # compressor that knows the last window can go on where this one stopped
        if self.mode == GZIP or (level, strategy) == (self.level, self.strategy) or self._finished:
            return   # node sets parameters on deflate and raw deflate only
        window = bytes(self._history[-(1 << self.window_bits):])
        self._compressor = self._raw(level, strategy, window or None)
        self.level, self.strategy = level, strategy


_STEP = 256 * 1024

_ZLIB_ERROR = re.compile(r"^Error (-?\d+) while ([^:]*)(?:: (.*))?$")


class InflateState(State):
    """inflate, gunzip, raw inflate and unzip over the stdlib's decompressobj; a gzip stream goes
    on into the next member after one ends (node reads concatenated gzip files whole, and refuses
    trailing garbage but not trailing zero bytes)."""

    def __init__(self, mode: int, window_bits: int, dictionary: bytes | None) -> None:
        super().__init__()
        self.mode = mode
        self.window_bits = window_bits
        self.dictionary = dictionary or None
        self.reset()

    def reset(self) -> None:
        self._gzip = self.mode == GUNZIP
        self._magic = b""               # unzip: the first two bytes, to know gzip from zlib
        self._ended = False
        self._more = False              # the last call stopped at its output limit
        self._tail = b""                # input not inflated yet
        self._out = _Output()
        self._start()

    def _start(self) -> None:
        wbits = {INFLATE: self.window_bits, GUNZIP: self.window_bits + 16, INFLATERAW: -self.window_bits,
                 UNZIP: self.window_bits + 32}[self.mode]
        self._inflater = zlib.decompressobj(wbits, self.dictionary) if self.dictionary else zlib.decompressobj(wbits)

    def write(self, flush: int, data: bytes, avail_out: int) -> tuple[bytes, int, int]:
        if self.mode == UNZIP and len(self._magic) < 2 and data:
            self._magic += data[:2 - len(self._magic)]
            self._gzip = self._magic == b"\x1f\x8b"
        if data:
            self._tail = self._tail + data if self._tail else data
        self._fill(avail_out)
        out = self._out.take(avail_out)
        avail_out_after = avail_out - len(out)
        if flush == Z_FINISH and not self._ended and avail_out_after and not self._tail:
            raise unexpected_end()
        return out, len(self._tail), avail_out_after

    def _fill(self, want: int) -> None:
        """Inflate until `want` bytes wait or the input runs out, in steps of at least _STEP bytes
        (each step copies the unconsumed input: few large steps, not one per 16 KB slice)."""
        while len(self._out) < want:
            if self._ended:
                # a finished gzip member followed by something other than zero padding: another
                # member, or garbage that the next inflate refuses (zlib's own "incorrect header check")
                if not (self._gzip and self._tail and self._tail[0] != 0):
                    return
                self._ended = False
                self._start()
            if not self._tail and not self._more:
                return
            limit = max(want - len(self._out), _STEP)
            try:
                chunk = self._inflater.decompress(self._tail, limit)
            except zlib.error as exc:
                raise self._error(str(exc)) from None
            self._out.put(chunk)
            if self._inflater.eof:
                self._ended, self._more = True, False
                self._tail = self._inflater.unused_data
            else:
                self._tail = self._inflater.unconsumed_tail
                self._more = len(chunk) == limit

    def _error(self, text: str) -> CompressionError:
        match = _ZLIB_ERROR.match(text)
        errno = int(match.group(1)) if match else -2
        if match and match.group(2) == "setting zdict":
            return CompressionError("Bad dictionary", 2, "Z_NEED_DICT")
        if errno == 2:
            return CompressionError("Bad dictionary" if self.dictionary else "Missing dictionary", 2, "Z_NEED_DICT")
        message = match.group(3) if match and match.group(3) else "Zlib error"
        return CompressionError(message, errno, _ZLIB_CODES.get(errno, "Z_UNKNOWN_ERROR"))


def new_state(mode: int, options: dict) -> State:
    """The state for node's `mode` with its init options (see host_zlib.open_handle)."""
    if mode in (DEFLATE, GZIP, DEFLATERAW):
        return DeflateState(mode, options["level"], options["windowBits"], options["memLevel"],
                            options["strategy"], options.get("dictionary"))
    if mode in (INFLATE, GUNZIP, INFLATERAW, UNZIP):
        return InflateState(mode, options["windowBits"], options.get("dictionary"))
    params = {int(key): value for key, value in (options.get("params") or {}).items()}
    from .zlib_brotli import BrotliDecoderState, BrotliEncoderState
    from .zlib_zstd import ZstdCompressState, ZstdDecompressState
    if mode == BROTLI_ENCODE:
        return BrotliEncoderState(params)
    if mode == BROTLI_DECODE:
        return BrotliDecoderState(params)
    if mode == ZSTD_COMPRESS:
        return ZstdCompressState(params, options.get("pledgedSrcSize"), options.get("dictionary"))
    if mode == ZSTD_DECOMPRESS:
        return ZstdDecompressState(params, options.get("dictionary"))
    raise ValueError(f"unknown zlib mode {mode}")
