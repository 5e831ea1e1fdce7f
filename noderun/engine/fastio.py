"""The compiled hot path of stream sockets (fastio.c): built, found and loaded here.

fastio.c is a plain shared library (no Python API in it), opened with cffi's ABI mode as the
engine is. It is built from its source with the C compiler (`$CC`, else `cc`) the first time a
process needs it and finds no build of that source: in a fresh install, and in a checkout whose
fastio.c changed since (as Python rewrites a stale .pyc). The built file's name carries a hash
of the source, so a build of other source is never loaded; builds by concurrent processes are
serialized by a lock file and land by an atomic rename. A stamp beside the build remembers it
for the source's modification time and size, so a start finds it without reading the source. In an install the user cannot write to,
the build goes to the user's cache folder (XDG_CACHE_HOME or ~/.cache, under noderun/). When it
cannot be built (no compiler, nowhere to write), `load()` raises FastIOError saying why: noderun never falls back to a slower
path without saying so.

Loaded only on the first socket read or write, so a program without sockets never pays for it.
"""

from __future__ import annotations

import os

from .lib import _extension_path, ffi

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "fastio.c")   # (paths as strings: pathlib costs 10-30 ms to import)


POLL_DONE, POLL_DRAIN, POLL_THREW = 0, 1, 2   # fastio_poll's status


class FastIOError(RuntimeError):
    """fastio.c could not be built or loaded."""


class FastIO:
    """The loaded library (`lib`, `ffi`); `function(name)` is one of its JS functions
    (fastio_send, fastio_loop_now, fastio_run_microtasks) as the engine's JSCFunctionData pointer
    (for JS_NewCFunctionData)."""

    def __init__(self, path: str) -> None:
        from ._fastio_ffi import ffi as fastio_ffi   # (out of line: no declaration parsed here)

        self.ffi = fastio_ffi
        self.lib = self.ffi.dlopen(path)
        if self.lib.fastio_init(_extension_path().encode()) != 0:
            raise FastIOError(f"{path}: the engine's functions were not found in {_extension_path()}")
        self.send_function = self.function("fastio_send")

    def function(self, name: str):
        address = int(self.ffi.cast("uintptr_t", self.ffi.addressof(self.lib, name)))
        return ffi.cast("JSCFunctionData *", address)

    def pointer(self, engine_pointer, ctype: str = "void *"):
        """A pointer of the engine's ffi (a JSContext *, the tick info) as this library's."""
        return self.ffi.cast(ctype, int(ffi.cast("uintptr_t", engine_pointer)))

    def new(self, ctype: str):
        return self.ffi.new(ctype)


_loaded: FastIO | None = None


def load() -> FastIO:
    """The library, built first if this source has no build yet."""
    global _loaded
    if _loaded is None:
        _loaded = FastIO(built(SOURCE))
    return _loaded


def built(source: str) -> str:
    """The path of the build of `source` (a C file of this folder built the same way), built
    first if it has none yet."""
    path = _stamped(source)
    if path is None:
        stat = os.stat(source)   # (before the checksum: a source changed meanwhile is re-checked)
        path = library_path(source)
        if not os.path.exists(path):
            build(path, source)
        _write_stamp(source, stat, path)
    return path


# Checksumming the source at every start costs more than the rest of finding the build (fastmsg.c
# is 62 KB: ~0.3M instructions), so the build found for a source is remembered in a stamp beside it,
# keyed as a .pyc is by the source's modification time (here in nanoseconds) and size. A stamp that
# does not match, names no existing build or cannot be read sends the caller back to the checksum.

def _stamp_paths(source: str) -> tuple[str, str]:
    """Where the stamp of `source` may be: in the folder of its build, beside it or in the cache."""
    name = f".{_stem(source)}.stamp"
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(os.path.dirname(source), name), os.path.join(cache, "noderun", name)


def _stamp_text(source: str, stat: os.stat_result, path: str) -> str:
    # (the source's path too: the cache folder's stamps serve every read-only install)
    return f"{stat.st_mtime_ns} {stat.st_size} {source}\n{path}\n"


def _stamped(source: str) -> str | None:
    """The build the stamp names, if the stamp is the source's as it is now and the build exists."""
    try:
        stat = os.stat(source)
    except OSError:
        return None
    for stamp in _stamp_paths(source):
        try:
            fd = os.open(stamp, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            text = os.read(fd, 4096).decode("utf-8", "replace")
        except OSError:
            return None
        finally:
            os.close(fd)
        path = text[text.find("\n") + 1:-1]
        if path and text == _stamp_text(source, stat, path) and os.path.exists(path):
            return path
        return None
    return None


def _write_stamp(source: str, stat: os.stat_result, path: str) -> None:
    """Remember `path` as the build of `source` as `stat` saw it (atomically; best effort: without
    a stamp the next start checksums the source again)."""
    stamp = os.path.join(os.path.dirname(path), f".{_stem(source)}.stamp")
    temporary = f"{stamp}.{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8") as file:
            file.write(_stamp_text(source, stat, path))
        os.replace(temporary, stamp)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _stem(source: str) -> str:
    return os.path.splitext(os.path.basename(source))[0]


def library_path(source: str = SOURCE) -> str:
    """Where the build of `source` (fastio.c, or another C file of the engine's built the same way:
    llhttp_js.c) is: next to it, named by the file and a checksum of its text; or, when that
    folder is read-only and holds no such build (an install owned by another user), in the
    user's cache folder."""
    import zlib   # (only where no stamp names the build: a start without one is rare)

    with open(source, "rb") as file:
        digest = zlib.crc32(file.read())   # (hashlib would load OpenSSL: 40 ms)
    name = f"_{_stem(source)}_{digest:08x}.so"
    beside = os.path.join(os.path.dirname(source), name)
    if os.path.exists(beside) or os.access(os.path.dirname(source), os.W_OK):
        return beside
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "noderun", name)


def build(target: str, source: str = SOURCE) -> None:
    """Compile `source` into `target` (once, whichever process comes first), removing the builds
    of older sources."""
    import fcntl
    import glob
    import subprocess
    import tempfile

    folder = os.path.dirname(target)
    try:
        os.makedirs(folder, exist_ok=True)
        lock = os.open(os.path.join(folder, ".fastio.lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise FastIOError(f"cannot build {os.path.basename(source)} in {folder}: {exc.strerror}") from None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.path.exists(target):
            return
        compiler = os.environ.get("CC") or "cc"
        fd, temporary = tempfile.mkstemp(prefix=".fastio-", suffix=".so", dir=folder)
        os.close(fd)
        try:
            result = subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-pthread", "-o", temporary, source],
                                    capture_output=True, text=True)
        except OSError as exc:
            os.unlink(temporary)
            raise FastIOError(f"cannot build {source}: the C compiler {compiler!r}: {exc.strerror}") from None
        if result.returncode != 0:
            os.unlink(temporary)
            raise FastIOError(f"cannot build {source} with {compiler!r}:\n{result.stderr}")
        os.replace(temporary, target)
        for old in glob.glob(os.path.join(folder, f"_{_stem(source)}_*.so")):
            if old != target:
                os.unlink(old)
    finally:
        os.close(lock)
