"""The on-disk compile cache of user modules (`module.enableCompileCache()`, NODE_COMPILE_CACHE).

node keeps V8's code cache of each CommonJS and ES module it compiles; noderun keeps QuickJS-ng's
bytecode (JS_WriteObject with the bytecode flag), which reads back in a fraction of the time a
parse takes. Like node, one file per module, named by a hash of the module's kind and filename,
inside a subdirectory of the cache directory named after the versions that made it
(`getCompileCacheDir()` returns that subdirectory). Entries are collected in memory as modules
compile and written when the process ends or `flushCompileCache()` is called, each atomically
(a temporary file renamed over the old one).

An entry is used only when everything in its header matches: the format, node, noderun and
engine versions, the hash of the module's source (with its kind and filename, which the bytecode
embeds), and the length and hash of the bytecode itself. A changed source is compiled again
(and its entry rewritten), a truncated or corrupt file is ignored. `NODE_DEBUG_NATIVE=COMPILE_CACHE`
prints what happens, in node's words where node has some.

Process-wide and thread-safe: workers share it. Nothing here is imported at start-up unless a
cache is enabled; hashlib is imported on first use.
"""

from __future__ import annotations

import os
import sys
import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

FAILED, ENABLED, ALREADY_ENABLED, DISABLED = 0, 1, 2, 3

_MAGIC = b"noderun-compile-cache\0"
_FORMAT = 1
# magic, format, stamp length + stamp, source hash, payload length, payload CRC-32, payload
_FIXED = _TAIL = None   # the header's parts: made with the first entry (a start needs no struct)


def _formats():
    """(format version and stamp length, then source hash, payload length and CRC-32) as Structs."""
    global _FIXED, _TAIL
    if _FIXED is None:
        import struct
        _FIXED, _TAIL = struct.Struct("<HH"), struct.Struct("<16sQI")
    return _FIXED, _TAIL

_lock = _thread.allocate_lock()
_directory: str | None = None          # the versioned subdirectory, once enabled
_stamp = b""                           # the versions that made the entries (the subdirectory's name)
_pending: dict[str, bytes] = {}        # cache file path -> entry bytes to write
# how node's debug output names each kind of entry ('typescript': a file's stripped text)
_LABELS = {"commonjs": "CommonJS", "esm": "ESM", "typescript": "StrippedTypeScript"}
_debug = "COMPILE_CACHE" in os.environ.get("NODE_DEBUG_NATIVE", "").upper().split(",")


def _log(message: str) -> None:
    if _debug:
        sys.stderr.write(f"[compile cache] {message}\n")
        sys.stderr.flush()


def _digest(*parts: bytes) -> bytes:
    """SHA-256 (truncated) of length-prefixed parts: the keys and the source's identity."""
    import hashlib   # only once a cache is in use

    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.digest()[:16]


def _checksum(payload: bytes) -> int:
    """CRC-32 of the bytecode: catches a damaged file at a fraction of a cryptographic hash's cost
    (the bytecode is some 4 times the size of the source; the engine checks its own sum too)."""
    import zlib

    return zlib.crc32(payload)


def directory() -> str | None:
    """`module.getCompileCacheDir()`: the directory entries go to, None when disabled."""
    return _directory


def enable(base: str | None, versions: str) -> tuple[int, str]:
    """`module.enableCompileCache(base)`: (status, directory or message), as node answers.
    `versions` names the node, noderun and engine versions: the subdirectory entries go to,
    and a stamp in each entry."""
    global _directory, _stamp
    with _lock:
        if _directory is not None:
            return ALREADY_ENABLED, _directory
        if os.environ.get("NODE_DISABLE_COMPILE_CACHE"):
            return DISABLED, "Disabled by NODE_DISABLE_COMPILE_CACHE"
        if not base:
            import tempfile   # node's default: <os.tmpdir()>/node-compile-cache
            base = os.path.join(tempfile.gettempdir(), "node-compile-cache")
        base = os.path.abspath(base)
        target = os.path.join(base, versions)
        _log(f"resolved path {base} + {versions} -> {target}")
        try:
            os.makedirs(target, exist_ok=True)
        except OSError as exc:
            from .cjs import uv_message
            _log(f"creating cache directory {target}...{uv_message(exc)}")
            return FAILED, f"Cannot create cache directory: {uv_message(exc)}"
        _log(f"creating cache directory {target}...success")
        _directory = target
        _stamp = versions.encode()
        return ENABLED, base




def _entry_path(kind: str, filename: str) -> str:
    return os.path.join(_directory, _digest(kind.encode(), filename.encode()).hex()[:8])


def _source_hash(kind: str, filename: str, source: str) -> bytes:
    return _digest(_stamp, kind.encode(), filename.encode(), source.encode("utf-8", "surrogatepass"))


def load(kind: str, filename: str, source: str) -> tuple[bytes | None, bytes]:
    """The cached bytecode of a module ('commonjs' or 'esm'), or None; and the source's hash,
    which `store` takes so that a miss does not hash the source twice."""
    source_hash = _source_hash(kind, filename, source)
    path = _entry_path(kind, filename)
    what = f"{_LABELS.get(kind, kind)} {filename}"
    with _lock:
        data = _pending.get(path)   # compiled earlier in this process, not written yet
    if data is None:
        try:
            with open(path, "rb") as file:
                data = file.read()
        except OSError as exc:
            from .cjs import uv_message
            _log(f"reading cache from {path} for {what}... {uv_message(exc)}")
            return None, source_hash
    code, reason = _parse(data, source_hash)
    if code is None:
        _log(f"reading cache from {path} for {what}...{reason}")
        return None, source_hash
    _log(f"reading cache from {path} for {what}... success, size={len(code)}")
    _log(f"cache for {what} was accepted, keeping the in-memory entry")
    return code, source_hash


def _parse(data: bytes, source_hash: bytes) -> tuple[bytes | None, str]:
    """The bytecode in an entry, or None and why it is not trusted."""
    fixed, tail = _formats()
    at = len(_MAGIC)
    if data[:at] != _MAGIC or len(data) < at + fixed.size:
        return None, "not a cache entry"
    version, stamp_length = fixed.unpack_from(data, at)
    at += fixed.size
    if version != _FORMAT or data[at:at + stamp_length] != _stamp:
        return None, "made by another version"
    at += stamp_length
    if len(data) < at + tail.size:
        return None, "truncated"
    stored_hash, length, checksum = tail.unpack_from(data, at)
    at += tail.size
    if stored_hash != source_hash:
        return None, "code hash mismatch"
    payload = data[at:]
    if len(payload) != length:
        return None, f"size mismatch: expected {length}, actual {len(payload)}"
    if _checksum(payload) != checksum:
        return None, "checksum mismatch"
    return payload, ""


def note_compile(kind: str, filename: str) -> None:
    """Say (in debug output) that a module is being parsed and compiled: the cache had nothing."""
    _log(f"compiling {_LABELS.get(kind, kind)} {filename}")


def store(kind: str, filename: str, source_hash: bytes, code: bytes) -> None:
    """Keep a freshly compiled module's bytecode, to be written at the next flush."""
    fixed, tail = _formats()
    header = (_MAGIC + fixed.pack(_FORMAT, len(_stamp)) + _stamp
              + tail.pack(source_hash, len(code), _checksum(code)))
    _log(f"code cache for {_LABELS.get(kind, kind)} {filename} was not "
         "initialized, initializing the in-memory entry")
    with _lock:
        if _directory is not None:
            _pending[_entry_path(kind, filename)] = header + code


def flush() -> None:
    """Write every pending entry (a temporary file, then renamed over the entry)."""
    with _lock:
        entries = list(_pending.items())
        _pending.clear()
    for path, data in entries:
        temporary = f"{path}.{os.getpid()}.{_thread.get_ident()}"
        try:
            with open(temporary, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
            _log(f"writing cache to {path}...success")
        except OSError as exc:
            _log(f"writing cache to {path}...{exc.strerror}")
            try:
                os.unlink(temporary)
            except OSError:
                pass
