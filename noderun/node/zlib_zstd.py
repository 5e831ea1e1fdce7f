"""node:zlib's zstd states (node's ZstdCompressContext / ZstdDecompressContext) over the
`zstandard` package, imported on first use; see zlib_engines.py for what a state answers."""

from __future__ import annotations

from .zlib_engines import CompressionError, BufferedState


# zstd's ZSTD_ErrorCode values and node's names for them (`ZSTD_error_<name>`), by zstd's message.
_ZSTD_ERRORS = {
    "Error (generic)": (1, "GENERIC"),
    "Unknown frame descriptor": (10, "prefix_unknown"),
    "Version not supported": (12, "version_unsupported"),
    "Unsupported frame parameter": (14, "frameParameter_unsupported"),
    "Frame requires too much memory for decoding": (16, "frameParameter_windowTooLarge"),
    "Data corruption detected": (20, "corruption_detected"),
    "Restored data doesn't match checksum": (22, "checksum_wrong"),
    "Header of Literals' block doesn't respect format specification": (24, "literals_headerWrong"),
    "Dictionary is corrupted": (30, "dictionary_corrupted"),
    "Dictionary mismatch": (32, "dictionary_wrong"),
    "Cannot create Dictionary from provided samples": (34, "dictionaryCreation_failed"),
    "Unsupported parameter": (40, "parameter_unsupported"),
    "Unsupported combination of parameters": (41, "parameter_combination_unsupported"),
    "Parameter is out of bound": (42, "parameter_outOfBound"),
    "Allocation error : not enough memory": (64, "memory_allocation"),
    "Destination buffer is too small": (70, "dstSize_tooSmall"),
    "Src size is incorrect": (72, "srcSize_wrong"),
}


def _zstd_error(exc: Exception) -> CompressionError:
    message = str(exc).split(": ", 1)[-1]
    errno, name = _ZSTD_ERRORS.get(message, (1, "GENERIC"))
    return CompressionError(message, errno, "ZSTD_error_" + name)


# ZSTD_cParameter -> zstandard.ZstdCompressionParameters keyword
_ZSTD_CPARAMS = {
    100: "compression_level", 101: "window_log", 102: "hash_log", 103: "chain_log", 104: "search_log",
    105: "min_match", 106: "target_length", 107: "strategy", 160: "enable_ldm", 161: "ldm_hash_log",
    162: "ldm_min_match", 163: "ldm_bucket_size_log", 164: "ldm_hash_rate_log",
    200: "write_content_size", 201: "write_checksum", 202: "write_dict_id", 400: "threads",
    401: "job_size", 402: "overlap_log",
}
_ZSTD_MAX_LEVEL, _ZSTD_MIN_LEVEL = 22, -(1 << 17)


class ZstdCompressState(BufferedState):
    _finish_flag = 2   # ZSTD_e_end

    def __init__(self, params: dict[int, int], pledged_size: int | None, dictionary: bytes | None) -> None:
        super().__init__()
        import zstandard
        self._zstd = zstandard
        keywords = {}
        for key, value in params.items():
            name = _ZSTD_CPARAMS.get(key)
            if name is None:
                raise CompressionError("Setting parameter failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED")
            keywords[name] = value
        if "compression_level" in keywords:   # zstd clamps the level (ZSTD_CCtx_setParameter)
            keywords["compression_level"] = min(max(keywords["compression_level"], _ZSTD_MIN_LEVEL), _ZSTD_MAX_LEVEL)
        else:
            keywords["compression_level"] = 3
        try:
            compression_params = zstandard.ZstdCompressionParameters(**keywords)
            dict_data = zstandard.ZstdCompressionDict(dictionary) if dictionary else None
            self._compressor = zstandard.ZstdCompressor(compression_params=compression_params, dict_data=dict_data)
        except zstandard.ZstdError:
            raise CompressionError("Setting parameter failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED") from None
        self._pledged = -1 if pledged_size is None else pledged_size
        self._start()

    def _start(self) -> None:
        self._stream = self._compressor.compressobj(size=self._pledged)
        self._started = False
        self._size = 0

    def _process(self, flush: int, data: bytes) -> bytes:
        if self._finished:
            return b""
        # zstd refuses input beyond a pledged size, and an end short of it
        self._size += len(data)
        if self._pledged >= 0 and (self._size > self._pledged or (flush == 2 and self._size != self._pledged)):
            raise CompressionError("Src size is incorrect", 72, "ZSTD_error_srcSize_wrong")
        try:
            if flush == 2 and not self._started and self._pledged == -1:
                # all the input in one ending call: zstd knows its size and writes it in the frame
                # header (ZSTD_compressStream2 does; the one-shot call is what matches it here)
                self._finished = True
                return self._compressor.compress(data)
            self._started = True
            out = self._stream.compress(data) if data else b""
            if flush == 1:
                out += self._stream.flush(self._zstd.COMPRESSOBJ_FLUSH_BLOCK)
            elif flush == 2:
                out += self._stream.flush(self._zstd.COMPRESSOBJ_FLUSH_FINISH)
                self._finished = True
        except self._zstd.ZstdError as exc:
            raise _zstd_error(exc) from None
        return out


class ZstdDecompressState(BufferedState):
    _finish_flag = -1   # never: a stream ends at the end of its frames, not at a flush

    def __init__(self, params: dict[int, int], dictionary: bytes | None) -> None:
        super().__init__()
        import zstandard
        self._zstd = zstandard
        keywords = {}
        if 100 in params:   # ZSTD_d_windowLogMax
            keywords["max_window_size"] = 1 << params.pop(100)
        if params:
            raise CompressionError("Setting parameter failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED")
        dict_data = zstandard.ZstdCompressionDict(dictionary) if dictionary else None
        try:
            self._decompressor = zstandard.ZstdDecompressor(dict_data=dict_data, **keywords)
            self._start()
        except zstandard.ZstdError:
            raise CompressionError("Setting parameter failed", -1, "ERR_ZLIB_INITIALIZATION_FAILED") from None

    def _start(self) -> None:
        self._stream = self._decompressor.decompressobj(read_across_frames=True)

    def _process(self, flush: int, data: bytes) -> bytes:
        try:
            return self._stream.decompress(data) if data else b""
        except self._zstd.ZstdError as exc:
            raise _zstd_error(exc) from None
