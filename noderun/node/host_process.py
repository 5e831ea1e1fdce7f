"""Host functions behind `process`, the console, timers and the small file helpers.

Each is a module-level `fn(ctx, *args)`; per-thread state is reached through `ctx.host` (the
JSThread) and its `realm`. Output goes straight to the file descriptor, synchronously, as node's
stdout and stderr do for files and pipes on Linux.
"""

from __future__ import annotations

import codecs
import json
import os
import resource
import sys
import time

from .. import __version__
from ..engine import values as V
from ..engine.lib import ENGINE_VERSION, ffi
from ..engine.runtime import Context, JSObject
from ..errors import NodeError
from ..loader import resolve

_START = time.monotonic()
_ARCH = {"x86_64": "x64", "aarch64": "arm64", "arm64": "arm64", "i686": "ia32", "armv7l": "arm"}


def _replace_lone_surrogates(error: UnicodeError):
    return "\ufffd", error.end


codecs.register_error("noderun.replace", _replace_lone_surrogates)


def encode_text(text: str) -> bytes:
    """UTF-8 as node writes it: a lone surrogate becomes U+FFFD."""
    return text.encode("utf-8", "noderun.replace")


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    try:
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except BrokenPipeError:
        pass   # the reader went away (`noderun x.js | head`): drop the output, as node's EPIPE handling


def output_fd(ctx: Context, fd: int) -> int:
    redirect = getattr(ctx.host, "stdio_redirect", None)
    return redirect(fd) if redirect is not None else fd


def _write_fd(ctx: Context, fd: int, text: str) -> None:
    write_all(output_fd(ctx, fd), encode_text(text))


def _write_fd_bytes(ctx: Context, fd: int, chunk: JSObject) -> None:
    write_all(output_fd(ctx, fd), _uint8_bytes(ctx, chunk))


def _write_error(ctx: Context, text: str) -> None:
    write_all(output_fd(ctx, 2), encode_text(text))


def _uint8_bytes(ctx: Context, array: JSObject) -> bytes:
    from ..engine.lib import lib
    size = ffi.new("size_t *")
    pointer = lib.JS_GetUint8Array(ctx.ptr, size, array.value)
    if pointer == ffi.NULL:
        if lib.JS_HasException(ctx.ptr):   # not a Uint8Array: the engine threw a TypeError
            ctx.check(V.make(V.TAG_EXCEPTION))
        return b""                          # an empty array may have no data pointer
    return ffi.unpack(ffi.cast("char *", pointer), size[0])


def _process_info(ctx: Context) -> str:
    realm = ctx.host.realm
    return json.dumps({
        "argv": realm.options.argv,
        "execArgv": realm.options.exec_argv,
        "argv0": os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "noderun",
        "execPath": realm.options.argv[0],
        "pid": os.getpid(),
        "ppid": os.getppid(),
        "arch": _ARCH.get(os.uname().machine, os.uname().machine),
        "platform": sys.platform if sys.platform != "linux2" else "linux",
        "engineVersion": ENGINE_VERSION,
        "noderunVersion": __version__,
    })


def _env_snapshot(ctx: Context) -> str:
    return json.dumps(dict(ctx.host.realm.env))


def _set_env(ctx: Context, key: str, value: str) -> None:
    ctx.host.realm.env[key] = value


def _unset_env(ctx: Context, key: str) -> None:
    ctx.host.realm.env.pop(key, None)


def _really_exit(ctx: Context, code: int) -> None:
    ctx.host.exit(int(code) & 0xFF if code is not None else 0)


def _abort(ctx: Context) -> None:
    sys.stdout.flush()
    os.abort()


def _cwd(ctx: Context) -> str:
    return os.getcwd()


def _chdir(ctx: Context, directory: str) -> None:
    try:
        os.chdir(directory)
    except OSError as exc:
        raise NodeError(None, js_class="Error",
                        message=f"{exc.strerror and _errname(exc)}: {exc.strerror.lower()}, chdir "
                                f"{os.getcwd()!r} -> '{directory}'",
                        errno=-exc.errno, code=_errname(exc), syscall="chdir", path=os.getcwd(),
                        dest=directory) from None


def _errname(exc: OSError) -> str:
    import errno
    return errno.errorcode.get(exc.errno, "EUNKNOWN")


def _umask(ctx: Context, mask: int) -> int:
    if mask < 0:
        old = os.umask(0)
        os.umask(old)
        return old
    return os.umask(mask)


def _uptime(ctx: Context) -> float:
    return time.monotonic() - _START


def _hrtime_ns(ctx: Context) -> int:
    return time.monotonic_ns()


def _memory_usage(ctx: Context) -> str:
    usage = ctx.runtime.memory_usage()
    return json.dumps({
        "rss": _rss_bytes(),
        "heapTotal": usage["malloc_limit"] if usage["malloc_limit"] > 0 else usage["malloc_size"],
        "heapUsed": usage["memory_used_size"],
        "external": usage["binary_object_size"],
        "arrayBuffers": usage["binary_object_size"],
    })


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _cpu_usage(ctx: Context) -> str:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return json.dumps([int(usage.ru_utime * 1e6), int(usage.ru_stime * 1e6)])


def _resource_usage(ctx: Context) -> str:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return json.dumps({
        "userCPUTime": int(u.ru_utime * 1e6), "systemCPUTime": int(u.ru_stime * 1e6),
        "maxRSS": u.ru_maxrss, "sharedMemorySize": u.ru_ixrss, "unsharedDataSize": u.ru_idrss,
        "unsharedStackSize": u.ru_isrss, "minorPageFault": u.ru_minflt, "majorPageFault": u.ru_majflt,
        "swappedOut": u.ru_nswap, "fsRead": u.ru_inblock, "fsWrite": u.ru_oublock,
        "ipcSent": u.ru_msgsnd, "ipcReceived": u.ru_msgrcv, "signalsCount": u.ru_nsignals,
        "voluntaryContextSwitches": u.ru_nvcsw, "involuntaryContextSwitches": u.ru_nivcsw,
    })


def _kill(ctx: Context, pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except OSError as exc:
        raise NodeError(None, js_class="Error", message=f"kill {_errname(exc)}",
                        errno=-exc.errno, code=_errname(exc), syscall="kill") from None


def _isatty(ctx: Context, fd: int) -> bool:
    return os.isatty(fd)


def _terminal_columns(ctx: Context, fd: int) -> int:
    try:
        return os.get_terminal_size(fd).columns
    except OSError:
        return 80


def _run_microtasks(ctx: Context) -> None:
    ctx.execute_pending_jobs()


def _schedule_timer(ctx: Context, expiry: float) -> None:
    ctx.host.loop.schedule_timer(expiry)


def _loop_now(ctx: Context) -> int:
    return ctx.host.loop.update_time()


def _toggle_timer_ref(ctx: Context, ref: bool) -> None:
    ctx.host.loop.set_timer_ref(ref)


def _toggle_immediate(ctx: Context, queued: bool, ref: bool) -> None:
    ctx.host.loop.set_immediates(queued, ref)


def _promise_state(ctx: Context, promise: JSObject) -> int:
    return promise.promise_state()


def _promise_result(ctx: Context, promise: JSObject):
    return promise.promise_result()


def _source_line(ctx: Context, filename: str, line: int) -> str | None:
    from ..loader import bytecode
    if filename.startswith("node:"):
        return bytecode.source_line(filename[5:], line)
    path = resolve.file_url_to_path(filename) if filename.startswith("file:") else filename
    try:
        with open(path, encoding="utf-8", errors="replace") as source:
            for number, text in enumerate(source, 1):
                if number == line:
                    return text.rstrip("\r\n")
    except OSError:
        return None
    return None


def _read_file_text(ctx: Context, path) -> str:
    return _read_file_bytes(ctx, path).decode("utf-8", "replace")


def _read_file_bytes(ctx: Context, path) -> bytes:
    """The whole file at `path`, or everything readable from the file descriptor `path`."""
    from ..loader.cjs import fs_error
    try:
        if isinstance(path, int):
            chunks = []
            while chunk := os.read(path, 1 << 16):
                chunks.append(chunk)
            return b"".join(chunks)
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        raise fs_error(exc, "read" if isinstance(path, int) else "open", str(path)) from None


def _write_file(ctx: Context, path: str, data) -> None:
    from ..loader.cjs import fs_error
    payload = encode_text(data) if isinstance(data, str) else _uint8_bytes(ctx, data)
    try:
        with open(path, "wb") as file:
            file.write(payload)
    except OSError as exc:
        raise fs_error(exc, "open", path) from None


def _exists(ctx: Context, path: str) -> bool:
    return os.path.exists(path)


def _start_entry(ctx: Context) -> None:
    """Run the entry point once the --import preloads have settled (see bootstrap.js)."""
    ctx.host.realm.start_entry()


FUNCTIONS = {
    "startEntry": _start_entry,
    "writeFd": _write_fd,
    "writeFdBytes": _write_fd_bytes,
    "writeError": _write_error,
    "processInfo": _process_info,
    "envSnapshot": _env_snapshot,
    "setEnv": _set_env,
    "unsetEnv": _unset_env,
    "reallyExit": _really_exit,
    "abort": _abort,
    "cwd": _cwd,
    "chdir": _chdir,
    "umask": _umask,
    "uptime": _uptime,
    "hrtimeNs": _hrtime_ns,
    "memoryUsage": _memory_usage,
    "cpuUsage": _cpu_usage,
    "resourceUsage": _resource_usage,
    "kill": _kill,
    "isatty": _isatty,
    "terminalColumns": _terminal_columns,
    "runMicrotasks": _run_microtasks,
    "scheduleTimer": _schedule_timer,
    "toggleTimerRef": _toggle_timer_ref,
    "loopNow": _loop_now,
    "toggleImmediate": _toggle_immediate,
    "promiseState": _promise_state,
    "promiseResult": _promise_result,
    "sourceLine": _source_line,
    "readFileText": _read_file_text,
    "readFileBytes": _read_file_bytes,
    "writeFile": _write_file,
    "exists": _exists,
}
