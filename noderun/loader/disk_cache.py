"""noderun's own cache between processes: what every start would otherwise compute again (the
builtins' bytecode, the index of the host functions).

Where: `$NODERUN_CACHE_DIR` when set; else beside the package (`noderun/.jscache/`), as Python
keeps its `__pycache__`; else, when the package's folder is read-only (an install owned by
another user), the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`, then `noderun/`). Inside,
one folder per noderun and engine version, so an upgrade never reads what another version wrote.
Where nothing can be written, there is no cache, silently: everything is computed as if new.
The node layer turns the cache on (`use`, with noderun's version) before a thread's first realm.

An entry is a file: a magic string, the lengths of its key and its payload, the payload's checksum,
the key (what the payload was made from: e.g. a source file's path, size and modification time,
kept whole rather than as a digest, whose hash module would cost a start its import), then the
payload. `read` returns the payload only when all of these match; anything else (another key: a
stale entry; a short or damaged file) is a miss, and the caller's `write` replaces the entry.
Writes land atomically (a temporary file renamed over the entry), so processes starting at the
same time never read half an entry.
The checksum is a CRC-32C from engine/fastmsg.c (SSE4.2's crc32 instruction: a start checks ~0.5 MB
of bytecode, which zlib's CRC-32 took ~2M instructions for); where fastmsg.c could not be built,
zlib's CRC-32. The magic string says which; an entry of the other kind is a miss, rewritten.

Process-wide and thread-safe (workers read and write it too).
"""

from __future__ import annotations

import os
import _thread   # (threading imports functools and collections: DESIGN.md, start-up)

from ..engine.lib import ENGINE_VERSION

_MAGIC_CRC32C = b"noderun-cache2c\0"   # the payload's checksum: CRC-32C (engine/fastmsg.c)
_MAGIC_CRC32 = b"noderun-cache2z\0"    # zlib's CRC-32
_HEADER_SIZE = 16   # key length (4 bytes), payload length (8), payload checksum (4), little-endian
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_version: str | None = None   # noderun's, given by `use` (the package above this layer knows it)
_directory: str | None = None
_located = False
_writable = True        # False once a write failed: no use trying again in this process


def use(noderun_version: str) -> None:
    """Keep the cache for this version of noderun (until then, and without it, there is none)."""
    global _version
    _version = noderun_version


def directory() -> str | None:
    """The folder entries go to (it may not exist yet), or None when no cache can be kept."""
    global _directory, _located
    if _version is None:
        return None
    if not _located:
        base = os.environ.get("NODERUN_CACHE_DIR")
        if not base:
            base = os.path.join(_PACKAGE, ".jscache")
            if not (os.path.isdir(base) or os.access(_PACKAGE, os.W_OK)):
                user = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
                base = os.path.join(user, "noderun")
        _directory = os.path.join(base, f"{_version}-quickjs-ng-{ENGINE_VERSION}")
        _located = True
    return _directory


def key(*parts: bytes) -> bytes:
    """An entry's key made of `parts` (each length-prefixed, so no two splits of a text collide)."""
    return b"".join(len(part).to_bytes(4, "little") + part for part in parts)


def file_identity(path: str) -> bytes | None:
    """What says that the file at `path` is the one an entry was made from, as Python's .pyc
    check does: its path, size and modification time (an edit changes the time). Reading and
    hashing the text instead cost more than the rest of the cache's work at start-up. None when
    it cannot be read (no entry can be trusted then)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode()


def read(name: str, key: bytes) -> memoryview | None:
    """The payload of entry `name` when it was made from `key` (see `key`), else None: a view of the
    file's bytes (not copied out of them: a start reads ~0.5 MB of bytecode)."""
    folder = directory()
    if folder is None:
        return None
    try:
        fd = os.open(os.path.join(folder, name), os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        # (its size asked first: a read of "up to N bytes" makes a buffer of N, mapped and unmapped
        # by the allocator; a short read is a miss)
        data = os.read(fd, os.fstat(fd).st_size)
    except OSError:
        return None
    finally:
        os.close(fd)
    return _payload(data, key)


_kind = None   # (magic, checksum function of bytes) of this process's entries, once asked


def _checksum():
    """The magic string and checksum of this process's entries: engine/fastmsg.c's CRC-32C (loaded
    already: every runtime's allocator), or zlib's CRC-32 where fastmsg.c could not be built."""
    global _kind
    if _kind is None:
        from ..engine import fastio, fastmsg
        try:
            crc32c = fastmsg.load().lib.fastmsg_crc32c
        except fastio.FastIOError:
            from zlib import crc32
            _kind = (_MAGIC_CRC32, crc32)
        else:
            from_buffer = fastmsg.load().ffi.from_buffer
            _kind = (_MAGIC_CRC32C, lambda data: crc32c(from_buffer(data), len(data)))
    return _kind


def unpack(data: bytes, key: bytes) -> bytes | None:
    """The payload of an entry's bytes, or None when the entry is not one made from `key`."""
    payload = _payload(data, key)
    return None if payload is None else bytes(payload)


def _payload(data: bytes, key: bytes) -> memoryview | None:
    magic, checksum = _checksum()
    at = len(magic)
    start = at + _HEADER_SIZE + len(key)
    if len(data) < start or not data.startswith(magic):
        return None
    key_length = int.from_bytes(data[at:at + 4], "little")
    length = int.from_bytes(data[at + 4:at + 12], "little")
    expected = int.from_bytes(data[at + 12:at + 16], "little")
    if key_length != len(key) or length != len(data) - start or data[at + _HEADER_SIZE:start] != key:
        return None
    payload = memoryview(data)[start:]
    return payload if checksum(payload) == expected else None


def pack(key: bytes, payload: bytes) -> bytes:
    magic, checksum = _checksum()
    return b"".join((magic, len(key).to_bytes(4, "little"), len(payload).to_bytes(8, "little"),
                     checksum(payload).to_bytes(4, "little"), key, payload))


def write(name: str, key: bytes, payload: bytes) -> None:
    """Store `payload` as entry `name`, made from `key`; silently nothing where it cannot be written."""
    global _writable
    folder = directory()
    if folder is None or not _writable:
        return
    path = os.path.join(folder, name)
    temporary = f"{path}.{os.getpid()}-{_thread.get_ident()}.tmp"
    try:
        os.makedirs(folder, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
        try:
            data = memoryview(pack(key, payload))
            while data:
                data = data[os.write(fd, data):]
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except OSError:
        _writable = False
        try:
            os.unlink(temporary)
        except OSError:
            pass
