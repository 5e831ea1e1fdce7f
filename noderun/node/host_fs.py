"""Host functions behind node:fs (the Python half; the JS half is noderun/node/js/fs.js and
noderun/node/js/internal/fs/).

The JS side validates arguments and shapes results; these functions do the system calls. Paths
arrive as str, file descriptors as int, data as a Uint8Array handle or a str with an encoding
name that the JS side has already normalised ('utf8', 'latin1', ...). An OSError becomes node's
uvException: `ENOENT: no such file or directory, open '/x'` with errno (negative), code, syscall,
path and dest as own properties, in that order.
"""

from __future__ import annotations

import errno
import math
import os
import stat as stat_module
import struct
from collections import deque

from ..engine.runtime import Context, JSObject
from ..errors import NodeError
from .host_process import _uint8_bytes

# libuv's uv_strerror() texts, which node puts in its messages (not the C library's strerror).
_UV_MESSAGES = {
    errno.E2BIG: "argument list too long",
    errno.EACCES: "permission denied",
    errno.EAGAIN: "resource temporarily unavailable",
    errno.EBADF: "bad file descriptor",
    errno.EBUSY: "resource busy or locked",
    errno.ECANCELED: "operation canceled",
    errno.EEXIST: "file already exists",
    errno.EFAULT: "bad address in system call argument",
    errno.EFBIG: "file too large",
    errno.EINTR: "interrupted system call",
    errno.EINVAL: "invalid argument",
    errno.EIO: "i/o error",
    errno.EISDIR: "illegal operation on a directory",
    errno.ELOOP: "too many symbolic links encountered",
    errno.EMFILE: "too many open files",
    errno.EMLINK: "too many links",
    errno.ENAMETOOLONG: "name too long",
    errno.ENFILE: "file table overflow",
    errno.ENODEV: "no such device",
    errno.ENOENT: "no such file or directory",
    errno.ENOMEM: "not enough memory",
    errno.ENOSPC: "no space left on device",
    errno.ENOSYS: "function not implemented",
    errno.ENOTDIR: "not a directory",
    errno.ENOTEMPTY: "directory not empty",
    errno.ENOTSUP: "operation not supported on socket",
    errno.ENXIO: "no such device or address",
    errno.EOVERFLOW: "value too large for defined data type",
    errno.EPERM: "operation not permitted",
    errno.EPIPE: "broken pipe",
    errno.EROFS: "read-only file system",
    errno.ESPIPE: "invalid seek",
    errno.ESRCH: "no such process",
    errno.ETXTBSY: "text file is busy",
    errno.EXDEV: "cross-device link not permitted",
}

# Dirent types as node's binding reports them (fs.constants.UV_DIRENT_*).
_DIRENT_UNKNOWN, _DIRENT_FILE, _DIRENT_DIR, _DIRENT_LINK = 0, 1, 2, 3
_DIRENT_FIFO, _DIRENT_SOCKET, _DIRENT_CHAR, _DIRENT_BLOCK = 4, 5, 6, 7

_COPYFILE_EXCL = 1


def uv_error(exc: OSError, syscall: str, path=None, dest=None) -> NodeError:
    """node's uvException for an OSError: message `CODE: description, syscall 'path' -> 'dest'`."""
    number = exc.errno or 0
    code = errno.errorcode.get(number, "UNKNOWN")
    description = _UV_MESSAGES.get(number, (exc.strerror or "unknown error").lower())
    message = f"{code}: {description}, {syscall}"
    props: dict = {"errno": -number, "code": code, "syscall": syscall}
    if path is not None:
        message += f" '{path}'"
        props["path"] = path
    if dest is not None:
        message += f" -> '{dest}'"
        props["dest"] = dest
    error = NodeError(None, js_class="Error", message=message)
    error.props = props   # set afterwards: `code` is also NodeError's first parameter
    return error


# -- encodings (the subset of Buffer's that fs accepts as an `encoding` option) -------------------

def decode(data: bytes, encoding: str) -> str:
    if encoding == "utf8":
        return data.decode("utf-8", "replace")
    if encoding == "latin1":
        return data.decode("latin-1")
    if encoding == "ascii":
        return bytes(b & 0x7F for b in data).decode("ascii")
    if encoding == "hex":
        return data.hex()
    if encoding == "base64":
        import base64
        return base64.b64encode(data).decode("ascii")
    if encoding == "base64url":
        import base64
        return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
    if encoding == "utf16le":
        return data[: len(data) & ~1].decode("utf-16-le", "surrogatepass")
    raise ValueError(f"unknown encoding {encoding}")


def _utf8(text: str) -> bytes:
    """UTF-8 as node writes it: a lone surrogate becomes U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace").encode("utf-8")


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf8":
        return _utf8(text)
    if encoding in ("latin1", "ascii"):
        return bytes(ord(ch) & 0xFF for ch in text)
    if encoding == "hex":
        digits = text[: len(text) & ~1]
        out = bytearray()
        for i in range(0, len(digits), 2):   # node stops at the first pair that is not hex
            try:
                out.append(int(digits[i:i + 2], 16))
            except ValueError:
                break
        return bytes(out)
    if encoding in ("base64", "base64url"):
        import base64
        import binascii
        # node's decoder is lenient: it takes both alphabets and skips what is not base64
        cleaned = "".join(ch for ch in text.replace("-", "+").replace("_", "/")
                          if ch.isascii() and (ch.isalnum() or ch in "+/"))
        cleaned = cleaned[: len(cleaned) - (len(cleaned) % 4 == 1)]
        try:
            return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4))
        except binascii.Error:
            return b""
    if encoding == "utf16le":
        return text.encode("utf-16-le", "surrogatepass")
    raise ValueError(f"unknown encoding {encoding}")


def _payload(ctx: Context | None, data, encoding: str | None) -> bytes:
    if isinstance(data, str):
        return encode(data, encoding or "utf8")
    if isinstance(data, bytes):   # copied from its Uint8Array at the call (on the thread pool)
        return data
    return _uint8_bytes(ctx, data)


def _target(value):
    """A path (str) or a file descriptor: JS numbers may arrive as float."""
    return int(value) if isinstance(value, float) else value


def _decode_path(ctx: Context, data: JSObject) -> str:
    """A Buffer path as the str Python's os functions take (undecodable bytes kept as surrogates)."""
    return os.fsdecode(_uint8_bytes(ctx, data))


# -- whole files --------------------------------------------------------------------------------

_IO_MAX_LENGTH = 2**31 - 1
_MAX_POSITION = 2**63 - 1   # off_t


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def _read_file(ctx: Context, target, flags: int, encoding: str | None):
    target, flags = _target(target), int(flags)
    if isinstance(target, int):
        try:
            os.fstat(target)
        except OSError as exc:
            raise uv_error(exc, "fstat") from None
        fd, owned = target, False
    else:
        try:
            fd, owned = os.open(target, flags | os.O_CLOEXEC, 0o666), True
        except OSError as exc:
            raise uv_error(exc, "open", target) from None
    try:
        size = os.fstat(fd).st_size
        if size > _IO_MAX_LENGTH:   # node reads a whole file into one buffer, at most this big
            raise NodeError("ERR_FS_FILE_TOO_LARGE", size)
        data = _read_all(fd)
    except OSError as exc:
        raise uv_error(exc, "read") from None
    finally:
        if owned:
            os.close(fd)
    return decode(data, encoding) if encoding else data


def _write_all(fd: int, payload: bytes, position=None) -> int:
    view = memoryview(payload)
    total = 0
    while view:
        if position is None:
            written = os.write(fd, view)
        else:
            written = os.pwrite(fd, view, position + total)
        total += written
        view = view[written:]
    return total


def _write_file(ctx: Context, target, data, encoding: str | None, flags: int, mode: int) -> None:
    payload = _payload(ctx, data, encoding)
    target, flags, mode = _target(target), int(flags), int(mode)
    if isinstance(target, int):
        fd, owned = target, False
    else:
        try:
            fd, owned = os.open(target, flags | os.O_CLOEXEC, mode), True
        except OSError as exc:
            raise uv_error(exc, "open", target) from None
    try:
        _write_all(fd, payload)
    except OSError as exc:
        raise uv_error(exc, "write") from None
    finally:
        if owned:
            os.close(fd)


# -- file descriptors ---------------------------------------------------------------------------

def _open(ctx: Context, path: str, flags: int, mode: int) -> int:
    try:
        return os.open(path, int(flags) | os.O_CLOEXEC, int(mode))
    except OSError as exc:
        raise uv_error(exc, "open", path) from None


def _close(ctx: Context, fd: int) -> None:
    try:
        os.close(int(fd))
    except OSError as exc:
        raise uv_error(exc, "close") from None


def _read(ctx: Context, fd: int, length: int, position: int) -> bytes:
    """Up to `length` bytes at `position` (-1: from the current file position)."""
    # (the largest bigint position JS allows, 2^63 - 1 - length, arrives rounded up as a number)
    fd, length = int(fd), int(length)
    position = min(int(position), _MAX_POSITION - length)
    try:
        return os.read(fd, length) if position < 0 else os.pread(fd, length, position)
    except OSError as exc:
        raise uv_error(exc, "read") from None


def _write(ctx: Context, fd: int, data, encoding: str | None, position) -> int:
    """Write once, as write(2) does (node's writeSync returns what the call wrote)."""
    payload = _payload(ctx, data, encoding)
    fd = int(fd)
    try:
        if position is None or position < 0:
            return os.write(fd, payload)
        return os.pwrite(fd, payload, min(int(position), _MAX_POSITION - len(payload)))
    except OSError as exc:
        raise uv_error(exc, "write") from None


def _fd_call(syscall: str, fn):
    def call(ctx: Context, fd: int, *args):
        try:
            fn(int(fd), *(int(a) if isinstance(a, float) and a.is_integer() else a for a in args))
        except OSError as exc:
            raise uv_error(exc, syscall) from None
    return call


# -- stat ---------------------------------------------------------------------------------------

_statx = None   # (function, buffer type) once loaded; False when the C library has no statx


def _load_statx():
    """libc's statx(2) through ctypes: os.stat has no birth time on Linux, node's Stats do."""
    global _statx
    try:
        import ctypes

        class Timestamp(ctypes.Structure):
            _fields_ = [("sec", ctypes.c_int64), ("nsec", ctypes.c_uint32), ("reserved", ctypes.c_int32)]

        class Statx(ctypes.Structure):
            _fields_ = [
                ("mask", ctypes.c_uint32), ("blksize", ctypes.c_uint32), ("attributes", ctypes.c_uint64),
                ("nlink", ctypes.c_uint32), ("uid", ctypes.c_uint32), ("gid", ctypes.c_uint32),
                ("mode", ctypes.c_uint16), ("spare0", ctypes.c_uint16),
                ("ino", ctypes.c_uint64), ("size", ctypes.c_uint64), ("blocks", ctypes.c_uint64),
                ("attributes_mask", ctypes.c_uint64),
                ("atime", Timestamp), ("btime", Timestamp), ("ctime", Timestamp), ("mtime", Timestamp),
                ("rdev_major", ctypes.c_uint32), ("rdev_minor", ctypes.c_uint32),
                ("dev_major", ctypes.c_uint32), ("dev_minor", ctypes.c_uint32),
                ("spare", ctypes.c_uint64 * 14),
            ]

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.statx
        fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint, ctypes.POINTER(Statx)]
        fn.restype = ctypes.c_int
        _statx = (fn, Statx, ctypes)
    except (OSError, AttributeError, ImportError):
        _statx = False
    return _statx


_AT_FDCWD = -100
_AT_SYMLINK_NOFOLLOW = 0x100
_AT_EMPTY_PATH = 0x1000
_STATX_ALL = 0xFFF   # STATX_BASIC_STATS | STATX_BTIME


def _stat_fields(target, follow: bool) -> list[int]:
    """dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then (sec, nsec) of atime,
    mtime, ctime, birthtime: the order of node's Stats."""
    loaded = _statx if _statx is not None else _load_statx()
    if loaded:
        fn, Statx, ctypes = loaded
        buf = Statx()
        if isinstance(target, int):
            result = fn(target, b"", _AT_EMPTY_PATH, _STATX_ALL, ctypes.byref(buf))
        else:
            result = fn(_AT_FDCWD, os.fsencode(target), 0 if follow else _AT_SYMLINK_NOFOLLOW,
                        _STATX_ALL, ctypes.byref(buf))
        if result != 0:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number))
        return [os.makedev(buf.dev_major, buf.dev_minor), buf.mode, buf.nlink, buf.uid, buf.gid,
                os.makedev(buf.rdev_major, buf.rdev_minor), buf.blksize, buf.ino, buf.size,
                buf.blocks, buf.atime.sec, buf.atime.nsec, buf.mtime.sec, buf.mtime.nsec,
                buf.ctime.sec, buf.ctime.nsec, buf.btime.sec, buf.btime.nsec]
    st = os.stat(target, follow_symlinks=follow)
    times = []
    for ns in (st.st_atime_ns, st.st_mtime_ns, st.st_ctime_ns, st.st_ctime_ns):   # libuv: no btime -> ctime
        times += divmod(ns, 1_000_000_000)
    return [st.st_dev, st.st_mode, st.st_nlink, st.st_uid, st.st_gid, st.st_rdev, st.st_blksize,
            st.st_ino, st.st_size, st.st_blocks, *times]


def _stat(ctx: Context, target, follow: bool, throw_if_no_entry: bool, as_int64: bool):
    """The stat fields (see _stat_fields) packed as 18 float64 (or int64, exact for the JS side's
    BigInts): one typed array crosses into JS much faster than a list of numbers. None for a
    missing path (ENOENT or, since node 22, ENOTDIR) when throw_if_no_entry is false."""
    target = _target(target)
    try:
        fields = _stat_fields(target, follow)
    except OSError as exc:
        if not throw_if_no_entry and exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return None
        if isinstance(target, int):
            raise uv_error(exc, "fstat") from None
        raise uv_error(exc, "stat" if follow else "lstat", target) from None
    return struct.pack("=18q" if as_int64 else "=18d", *fields)


_statfs = None


def _statfs_fields(ctx: Context, path: str) -> list[int]:
    """statfs(2) through ctypes (os.statvfs has no file system type): node's StatFs fields type,
    bsize, blocks, bfree, bavail, files, ffree (the first seven words of Linux's struct statfs)."""
    global _statfs
    import ctypes

    if _statfs is None:
        libc = ctypes.CDLL(None, use_errno=True)
        _statfs = libc.statfs
        _statfs.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        _statfs.restype = ctypes.c_int
    buf = ctypes.create_string_buffer(256)   # struct statfs is 120 bytes on x86-64
    if _statfs(os.fsencode(path), buf) != 0:
        number = ctypes.get_errno()
        raise uv_error(OSError(number, os.strerror(number)), "statfs", path)
    return list(struct.unpack_from("=qqQQQQQ", buf.raw))


# -- directories --------------------------------------------------------------------------------

def _dirent_type(entry: os.DirEntry) -> int:
    try:
        if entry.is_symlink():
            return _DIRENT_LINK
        if entry.is_dir(follow_symlinks=False):
            return _DIRENT_DIR
        if entry.is_file(follow_symlinks=False):
            return _DIRENT_FILE
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError:
        return _DIRENT_UNKNOWN
    if stat_module.S_ISFIFO(mode):
        return _DIRENT_FIFO
    if stat_module.S_ISSOCK(mode):
        return _DIRENT_SOCKET
    if stat_module.S_ISCHR(mode):
        return _DIRENT_CHAR
    if stat_module.S_ISBLK(mode):
        return _DIRENT_BLOCK
    return _DIRENT_UNKNOWN


def _scandir(path: str, ordered: bool = True) -> list[os.DirEntry]:
    """The entries in libuv's scandir order: sorted by the bytes of their names (node's readdir);
    unordered, in the file system's own order (readdir(3), which fs.opendir gives)."""
    try:
        with os.scandir(path) as entries:
            if not ordered:
                return list(entries)
            return sorted(entries, key=lambda entry: os.fsencode(entry.name))
    except OSError as exc:
        raise uv_error(exc, "scandir", path) from None


def _opendir(ctx: Context, path: str, recursive: bool, error_names_path: bool):
    """fs.opendir: the entries with their types, read at once, in the file system's order (as
    _readdir with types). A path that cannot be opened is node's opendir error, which names the
    path only in the promise form's message."""
    try:
        os.scandir(path).close()
    except OSError as exc:
        raise uv_error(exc, "opendir", path if error_names_path else None) from None
    return _readdir(ctx, path, True, recursive, False)


def _readdir(ctx: Context, path: str, with_types: bool, recursive: bool, ordered: bool = True):
    """Names (relative to `path` when recursive) joined by NUL, which no name contains (one string
    crosses into JS much faster than a list); with_types: [names, types as bytes, parent paths].
    Recursion is breadth first as node's readdirSync: with types it enters real directories
    only, without them it follows symlinks to directories too (node stats each name)."""
    names: list[str] = []
    types: list[int] = []
    parents: list[str] = []
    queue = deque([path])
    while queue:
        directory = queue.popleft()
        for entry in _scandir(directory, ordered):
            kind = _dirent_type(entry) if with_types or recursive else _DIRENT_UNKNOWN
            if recursive:
                if with_types:
                    enters = kind == _DIRENT_DIR
                else:
                    enters = kind == _DIRENT_DIR or (kind == _DIRENT_LINK and os.path.isdir(entry.path))
                if enters:
                    queue.append(os.path.join(directory, entry.name))
            if with_types:
                names.append(entry.name)
                types.append(kind)
                parents.append(directory)
            else:
                names.append(os.path.relpath(entry.path, path) if recursive else entry.name)
        if not recursive:
            break
    if with_types:
        return ["\0".join(names), bytes(types), "\0".join(parents)]
    return "\0".join(names)


def _mkdir(ctx: Context, path: str, mode: int, recursive: bool):
    """mkdir; recursive: mkdir -p, returning the first directory it created (None if none)."""
    mode = int(mode)
    if not recursive:
        try:
            os.mkdir(path, mode)
        except OSError as exc:
            raise uv_error(exc, "mkdir", path) from None
        return None
    first = None
    try:
        probe = os.path.abspath(path)
    except FileNotFoundError as exc:   # a relative path under a working directory that is gone
        raise uv_error(OSError(exc.errno, exc.strerror), "mkdir", path) from None
    while not os.path.lexists(probe):
        first = probe
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    try:
        os.makedirs(path, mode, exist_ok=True)
    except OSError as exc:
        if exc.errno == errno.EEXIST and os.path.isdir(path):
            return None
        raise uv_error(exc, "mkdir", path) from None
    return first


def _rm(ctx: Context, path: str, recursive: bool, force: bool, refuse_link_to_dir: bool = False,
        directory_only: bool = False):
    """fs.rm: 'EISDIR' (for the JS side's ERR_FS_EISDIR) when asked to remove a directory without
    `recursive`; 'LINK_EISDIR' when `refuse_link_to_dir` (node 24's rmSync, which looks through
    the link) meets a link to a directory without `recursive`; otherwise None. `directory_only`
    (fs.rmdir with recursive) refuses anything else with ENOTDIR, as node 24 does."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        if force and exc.errno == errno.ENOENT:
            return None
        raise uv_error(exc, "lstat", path) from None
    if directory_only and not stat_module.S_ISDIR(info.st_mode):
        raise uv_error(OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), "rmdir", path)
    if refuse_link_to_dir and not recursive and stat_module.S_ISLNK(info.st_mode) and os.path.isdir(path):
        return "LINK_EISDIR"
    if not stat_module.S_ISDIR(info.st_mode):
        try:
            os.unlink(path)
        except OSError as exc:
            raise uv_error(exc, "rm", path) from None
        return None
    if not recursive:
        return "EISDIR"
    _remove_tree(path)
    return None


def _remove_tree(path: str) -> None:
    for entry in _scandir(path):
        try:
            if entry.is_dir(follow_symlinks=False):
                _remove_tree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError as exc:
            raise uv_error(exc, "rm", entry.path) from None
    try:
        os.rmdir(path)
    except OSError as exc:
        raise uv_error(exc, "rmdir", path) from None


def _mkdtemp(ctx: Context, prefix: str) -> str:
    import secrets
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    for _ in range(100):
        candidate = prefix + "".join(secrets.choice(alphabet) for _ in range(6))
        try:
            os.mkdir(candidate, 0o700)
            return candidate
        except FileExistsError:
            continue
        except OSError as exc:
            raise uv_error(exc, "mkdtemp", prefix + "XXXXXX") from None
    raise uv_error(OSError(errno.EEXIST, "File exists"), "mkdtemp", prefix + "XXXXXX")


def _realpath(ctx: Context, path: str, native: bool) -> str:
    """realpath; the JS flavour (not native) reports the component whose lstat failed, as node's
    JS implementation does."""
    if native:
        try:
            resolved = os.path.realpath(path, strict=True)
        except OSError as exc:
            raise uv_error(exc, "realpath", path) from None
        return resolved
    try:
        return os.path.realpath(path, strict=True)
    except OSError as exc:
        raise uv_error(exc, "lstat", exc.filename if exc.filename is not None else path) from None


# -- single calls on paths ---------------------------------------------------------------------

def _path_call(syscall: str, fn):
    def call(ctx: Context, path: str, *args):
        try:
            return fn(path, *(int(a) if isinstance(a, float) and a.is_integer() else a for a in args))
        except OSError as exc:
            raise uv_error(exc, syscall, path) from None
    return call


def _two_path_call(syscall: str, fn):
    def call(ctx: Context, source: str, dest: str, *args):
        try:
            fn(source, dest, *(int(a) for a in args))
        except OSError as exc:
            raise uv_error(exc, syscall, source, dest) from None
    return call


def _copy(source: str, dest: str, mode: int) -> None:
    src = os.open(source, os.O_RDONLY | os.O_CLOEXEC)
    try:
        info = os.fstat(src)
        if stat_module.S_ISDIR(info.st_mode):
            raise OSError(errno.EISDIR, "Is a directory")
        exclusive = os.O_EXCL if mode & _COPYFILE_EXCL else os.O_TRUNC
        dst = os.open(dest, os.O_WRONLY | os.O_CREAT | exclusive | os.O_CLOEXEC, info.st_mode & 0o7777)
        try:
            offset = 0
            while offset < info.st_size:
                sent = os.sendfile(dst, src, offset, info.st_size - offset)
                if sent == 0:
                    break
                offset += sent
            os.fchmod(dst, info.st_mode & 0o7777)
        finally:
            os.close(dst)
    finally:
        os.close(src)


def _access(path: str, mode: int) -> None:
    os.stat(path)   # ENOENT / ENOTDIR / ELOOP with their own errno
    if not os.access(path, mode):
        raise OSError(errno.EACCES, "Permission denied")


def _truncate(ctx: Context, path: str, length: int) -> None:
    # node opens the file r+ and ftruncates it: open errors name the 'open' call
    try:
        fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
    except OSError as exc:
        raise uv_error(exc, "open", path) from None
    try:
        os.ftruncate(fd, int(length))
    except OSError as exc:
        raise uv_error(exc, "ftruncate") from None
    finally:
        os.close(fd)


def _timespec_ns(seconds: float) -> int:
    """Seconds -> nanoseconds the way libuv converts: truncated to whole microseconds."""
    sec = int(seconds)
    nsec = int((seconds - sec) * 1e9)
    nsec -= int(math.fmod(nsec, 1000))
    if nsec < 0:
        nsec += 1_000_000_000
        sec -= 1
    return sec * 1_000_000_000 + nsec


def _utime(target, atime: float, mtime: float, follow: bool = True) -> None:
    os.utime(target, ns=(_timespec_ns(atime), _timespec_ns(mtime)), follow_symlinks=follow)


def _symlink(ctx: Context, target: str, path: str) -> None:
    try:
        os.symlink(target, path)
    except OSError as exc:
        raise uv_error(exc, "symlink", target, path) from None


def _exists(ctx: Context, path: str) -> bool:
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


FUNCTIONS = {
    "fsDecodePath": _decode_path,
    "fsReadFile": _read_file,
    "fsWriteFile": _write_file,
    "fsOpen": _open,
    "fsClose": _close,
    "fsRead": _read,
    "fsWrite": _write,
    "fsFsync": _fd_call("fsync", os.fsync),
    "fsFdatasync": _fd_call("fdatasync", os.fdatasync),
    "fsFtruncate": _fd_call("ftruncate", os.ftruncate),
    "fsFchmod": _fd_call("fchmod", os.fchmod),
    "fsFchown": _fd_call("fchown", os.fchown),
    "fsFutimes": _fd_call("futime", _utime),
    "fsStat": _stat,
    "fsStatfs": _statfs_fields,
    "fsExists": _exists,
    "fsReaddir": _readdir,
    "fsOpendir": _opendir,
    "fsMkdir": _mkdir,
    "fsRm": _rm,
    "fsRmdir": _path_call("rmdir", os.rmdir),
    "fsUnlink": _path_call("unlink", os.unlink),
    "fsRename": _two_path_call("rename", os.rename),
    "fsLink": _two_path_call("link", os.link),
    "fsCopyFile": _two_path_call("copyfile", _copy),
    "fsSymlink": _symlink,
    "fsReadlink": _path_call("readlink", os.readlink),
    "fsRealpath": _realpath,
    "fsMkdtemp": _mkdtemp,
    "fsAccess": _path_call("access", _access),
    "fsChmod": _path_call("chmod", os.chmod),
    "fsLchmod": _path_call("lchmod", lambda path, mode: os.chmod(path, mode, follow_symlinks=False)),
    "fsChown": _path_call("chown", os.chown),
    "fsLchown": _path_call("lchown", os.lchown),
    "fsTruncate": _truncate,
    "fsUtimes": _path_call("utime", _utime),
    "fsLutimes": _path_call("lutime", lambda path, atime, mtime: _utime(path, atime, mtime, False)),
}

# What may run on the thread pool (node/host_pool.py): everything but the path decoding, which
# reads a Buffer; called there with no context.
POOLED = {name: fn for name, fn in FUNCTIONS.items() if name != "fsDecodePath"}
