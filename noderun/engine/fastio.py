"""The compiled hot path of stream sockets (fastio.c): built, found and loaded here.

fastio.c is a plain shared library (no Python API in it), opened with cffi's ABI mode as the
engine is. It is built from its source with the C compiler (`$CC`, else `cc`) the first time a
process needs it and finds no build of that source: in a fresh install, and in a checkout whose
fastio.c changed since (as Python rewrites a stale .pyc). The built file's name carries a hash
of the source, so a build of other source is never loaded; builds by concurrent processes are
serialized by a lock file and land by an atomic rename. When it cannot be built (no compiler, a
read-only install), `load()` raises FastIOError saying why: noderun never falls back to a slower
path without saying so.

Loaded only on the first socket read or write, so a program without sockets never pays for it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .lib import _extension_path, ffi

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "fastio.c"

_DECLARATIONS = """
typedef struct { int64_t u; int64_t tag; } JSValue;
int fastio_init(const char *engine_path);
long fastio_read(void *ctx, const JSValue *fn, int fd, int32_t id, uint8_t *buffer, size_t size,
                 JSValue *result);
JSValue fastio_send(void *ctx, JSValue this_val, int argc, JSValue *argv, int magic, JSValue *data);
"""


class FastIOError(RuntimeError):
    """fastio.c could not be built or loaded."""


class FastIO:
    """The loaded library: `read(...)` (fastio_read) and `send_function`, fastio_send's address
    as the engine's JSCFunctionData pointer (for JS_NewCFunctionData)."""

    def __init__(self, path: str) -> None:
        import cffi   # (the engine's own ffi is generated out of line; this one is a few lines)

        self.ffi = cffi.FFI()
        self.ffi.cdef(_DECLARATIONS)
        self.lib = self.ffi.dlopen(path)
        if self.lib.fastio_init(_extension_path().encode()) != 0:
            raise FastIOError(f"{path}: the engine's functions were not found in {_extension_path()}")
        self.read = self.lib.fastio_read
        address = int(self.ffi.cast("uintptr_t", self.ffi.addressof(self.lib, "fastio_send")))
        self.send_function = ffi.cast("JSCFunctionData *", address)

    def context_pointer(self, engine_pointer):
        """An engine `JSContext *` as this library's `void *`."""
        return self.ffi.cast("void *", int(ffi.cast("uintptr_t", engine_pointer)))

    def new(self, ctype: str):
        return self.ffi.new(ctype)


_loaded: FastIO | None = None


def load() -> FastIO:
    """The library, built first if this source has no build yet."""
    global _loaded
    if _loaded is None:
        path = library_path()
        if not path.exists():
            build(path)
        _loaded = FastIO(str(path))
    return _loaded


def library_path(source: Path = SOURCE) -> Path:
    """Where the build of `source` is: next to it, named by a hash of its text."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    return source.parent / f"_fastio_{digest}.so"


def build(target: Path, source: Path = SOURCE) -> None:
    """Compile `source` into `target` (once, whichever process comes first), removing the builds
    of older sources."""
    import fcntl
    import glob
    import subprocess
    import tempfile

    folder = target.parent
    try:
        lock = os.open(folder / ".fastio.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise FastIOError(f"cannot build {source.name} in {folder}: {exc.strerror}") from None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists():
            return
        compiler = os.environ.get("CC") or "cc"
        fd, temporary = tempfile.mkstemp(prefix=".fastio-", suffix=".so", dir=folder)
        os.close(fd)
        try:
            result = subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", temporary, str(source)],
                                    capture_output=True, text=True)
        except OSError as exc:
            os.unlink(temporary)
            raise FastIOError(f"cannot build {source}: the C compiler {compiler!r}: {exc.strerror}") from None
        if result.returncode != 0:
            os.unlink(temporary)
            raise FastIOError(f"cannot build {source} with {compiler!r}:\n{result.stderr}")
        os.replace(temporary, target)
        for old in glob.glob(str(folder / "_fastio_*.so")):
            if old != str(target):
                os.unlink(old)
    finally:
        os.close(lock)
