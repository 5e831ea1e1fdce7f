"""Host functions behind `process`, timers and the small file helpers (stdio: host_stdio.py).

Each is a module-level `fn(ctx, *args)`; per-thread state is reached through `ctx.host` (the
JSThread) and its `realm`.
"""

from __future__ import annotations

import codecs
import errno
import os
import sys
import time

# `_signal`, the C module under `signal` (whose import makes enums of the constants: 3 ms of start-up)
import _signal
# (not threading, which imports functools and collections: DESIGN.md, start-up)
import _thread

from .. import __version__, _die_of_signal
from ..engine import json_text
from ..engine import values as V
from ..engine.host_functions import raw
from ..engine.lib import ENGINE_VERSION, ffi
from ..engine.runtime import Context, JSObject
from ..errors import NodeError
from ..host.signals import on_main_thread
from ..loader import resolve, typescript

_START = time.monotonic()
_ARCH = {"x86_64": "x64", "aarch64": "arm64", "arm64": "arm64", "i686": "ia32", "armv7l": "arm"}


def _replace_lone_surrogates(error: UnicodeError):
    # bytes: the UTF-8 encoder takes only ASCII text back from an error handler
    return b"\xef\xbf\xbd" * (error.end - error.start), error.end


codecs.register_error("noderun.replace", _replace_lone_surrogates)


def encode_text(text: str) -> bytes:
    """UTF-8 as node writes it: a lone surrogate becomes U+FFFD."""
    return text.encode("utf-8", "noderun.replace")


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    try:
        while view:
            try:
                written = os.write(fd, view)
            except BlockingIOError:   # a non-blocking pipe that is full: wait, as a blocking write would
                import select
                select.select([], [fd], [])
                continue
            view = view[written:]
    except BrokenPipeError:
        pass   # the reader went away (`noderun x.js | head`): drop the output, as node's EPIPE handling


def output_fd(ctx: Context, fd: int) -> int:
    redirect = getattr(ctx.host, "stdio_redirect", None)
    return redirect(fd) if redirect is not None else fd


def _uint8_bytes(ctx: Context, array: JSObject) -> bytes:
    from ..engine.lib import lib
    size = ffi.new("size_t *")
    pointer = lib.JS_GetUint8Array(ctx.ptr, size, array.value)
    if pointer == ffi.NULL:
        if lib.JS_HasException(ctx.ptr):   # not a Uint8Array: the engine threw a TypeError
            ctx.check(V.make(V.TAG_EXCEPTION))
        return b""                          # an empty array may have no data pointer
    return ffi.unpack(ffi.cast("char *", pointer), size[0])


uint8_bytes = _uint8_bytes   # the public name, for the other host modules


def _argv0(exec_path: str) -> str:
    """process.argv0, the command as typed: the launcher's name when the shell found it on PATH
    (the script path the kernel gives us says nothing of how it was typed), else its path as given,
    so that spawning argv0 starts noderun again, as it starts node (under `python -m noderun`:
    process.execPath)."""
    launcher = sys.argv[0] if sys.argv and sys.argv[0] else ""
    if not launcher or os.path.basename(launcher) == "__main__.py":
        return exec_path
    name = os.path.basename(launcher)
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        found = os.path.join(directory or ".", name)
        try:
            if os.path.samefile(found, launcher):
                return name
        except OSError:
            continue
    return launcher


def _process_info(ctx: Context) -> str:
    realm = ctx.host.realm
    return json_text.dumps({
        "argv": realm.options.argv,
        "execArgv": realm.options.exec_argv,
        "argv0": _argv0(realm.options.argv[0]),
        "execPath": realm.options.argv[0],
        "pid": os.getpid(),
        "ppid": os.getppid(),
        "arch": _ARCH.get(os.uname().machine, os.uname().machine),
        "platform": sys.platform if sys.platform != "linux2" else "linux",
        "engineVersion": ENGINE_VERSION,
        "noderunVersion": __version__,
    })


def _config_argv(ctx: Context) -> list:
    """The options a configuration file gave (--experimental-config-file): not in execArgv, as in
    node; the test runner reads its own among them."""
    return ctx.host.realm.options.config_argv


# The process environment is shared by the main thread and SHARE_ENV workers: each change to it
# bumps this version, so that their process.env views know when to re-read it.
_shared_env_version = 0


def _env_snapshot(ctx: Context) -> str:
    return json_text.dumps(dict(ctx.host.realm.env))


def _env_version(ctx: Context) -> int:
    """-1 for a thread with its own copy of the environment (it alone changes it)."""
    return _shared_env_version if ctx.host.realm.env is os.environ else -1


def _changed_env(ctx: Context, key: str) -> None:
    global _shared_env_version
    if ctx.host.realm.env is os.environ:
        _shared_env_version += 1
        if key == "TZ":
            # the engine's Date reads local time through libc, which takes a new TZ only at
            # tzset(): node's Date follows process.env.TZ = ... at once
            import time
            time.tzset()


def _set_env(ctx: Context, key: str, value: str) -> None:
    ctx.host.realm.env[key] = value
    _changed_env(ctx, key)


def _unset_env(ctx: Context, key: str) -> None:
    ctx.host.realm.env.pop(key, None)
    _changed_env(ctx, key)


def _really_exit(ctx: Context, code: int) -> None:
    ctx.host.exit(int(code) & 0xFF if code is not None else 0)


def _abort(ctx: Context) -> None:
    sys.stdout.flush()
    os.abort()


def _cwd(ctx: Context):
    """The working directory, or [errno, code, description] when it is gone (JS throws uv_cwd)."""
    try:
        return os.getcwd()
    except OSError as exc:
        return os_error_info(exc)


def _chdir(ctx: Context, directory: str):
    """None on success, else [errno, code, description] for JS to build node's error from."""
    try:
        os.chdir(directory)
    except OSError as exc:
        return os_error_info(exc)
    return None


def os_error_info(exc: OSError) -> list:
    """[negative errno, code name, libuv's description] of an OSError."""
    return [-(exc.errno or 0), _errname(exc), _uv_description(exc)]


def _uv_description(exc: OSError) -> str:
    text = os.strerror(exc.errno) if exc.errno else "unknown error"
    return _UV_DESCRIPTIONS.get(exc.errno, text[:1].lower() + text[1:])


# libuv's wording where it differs from the C library's strerror
_UV_DESCRIPTIONS = {
    1: "operation not permitted",
    13: "permission denied",
    17: "file already exists",
    39: "directory not empty",
}


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
    return json_text.dumps({
        "rss": _rss_bytes(),
        "heapTotal": max(usage["malloc_size"], usage["memory_used_size"]),
        "heapUsed": usage["memory_used_size"],
        "external": usage["binary_object_size"],
        "arrayBuffers": usage["binary_object_size"],
    })


def _heap_limit(ctx: Context) -> int:
    """The runtime's memory limit in bytes (a worker's resourceLimits), 0 when it has none."""
    return ctx.host.memory_limit


def _run_gc(ctx: Context) -> None:
    """The global gc() of --expose-gc: a full collection of this thread's runtime."""
    ctx.runtime.run_gc()


def _rusage(who: str):
    """resource.getrusage(RUSAGE_<who>) (resource, a C extension, is imported on the first call:
    none of its users runs at start-up)."""
    import resource
    return resource.getrusage(getattr(resource, f"RUSAGE_{who}"))


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return _rusage("SELF").ru_maxrss * 1024


def _cpu_usage(ctx: Context) -> str:
    usage = _rusage("SELF")
    return json_text.dumps([int(usage.ru_utime * 1e6), int(usage.ru_stime * 1e6)])


def _thread_cpu_usage(ctx: Context) -> list:
    """process.threadCpuUsage(): [user, system] microseconds of the calling OS thread."""
    usage = _rusage("THREAD")
    return [int(usage.ru_utime * 1e6), int(usage.ru_stime * 1e6)]


def _execve(ctx: Context, path: str, args_json: str, env_json: str | None) -> None:
    """process.execve: this process becomes `path` (arguments and NAME=value environment strings
    as JSON; no environment: the current one). When the kernel refuses, node aborts with the
    error code; so does this."""
    environment = (dict(os.environ) if env_json is None
                   else dict(entry.split("=", 1) for entry in json_text.loads(env_json)))
    try:
        os.execve(path, json_text.loads(args_json), environment)
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, "UNKNOWN")
        os.write(2, f"process.execve failed with error code {code}\n".encode())
        os.abort()


def _resource_usage(ctx: Context) -> str:
    u = _rusage("SELF")
    return json_text.dumps({
        "userCPUTime": int(u.ru_utime * 1e6), "systemCPUTime": int(u.ru_stime * 1e6),
        "maxRSS": u.ru_maxrss, "sharedMemorySize": u.ru_ixrss, "unsharedDataSize": u.ru_idrss,
        "unsharedStackSize": u.ru_isrss, "minorPageFault": u.ru_minflt, "majorPageFault": u.ru_majflt,
        "swappedOut": u.ru_nswap, "fsRead": u.ru_inblock, "fsWrite": u.ru_oublock,
        "ipcSent": u.ru_msgsnd, "ipcReceived": u.ru_msgrcv, "signalsCount": u.ru_nsignals,
        "voluntaryContextSwitches": u.ru_nvcsw, "involuntaryContextSwitches": u.ru_nivcsw,
    })


def _kill(ctx: Context, pid: int, signum: int):
    """None on success, else [errno, code, description]. A signal the process sends itself and
    listens for is on its JS loop when this returns (the kernel hands it to the sender at once,
    as node's handler writes it down before kill() returns), so a listener sees it in the next
    poll phase, as in node."""
    pid, signum = int(pid), int(signum)
    to_self = pid == os.getpid() and signum
    if to_self and signum not in _js_listeners and not _ignored(signum) and signum != _inspector_signal:
        if _ends_process(signum):   # at once: a raw terminal gets its mode back first
            _restore_terminals()
        _restore_default_action(signum)
    awaited = to_self and signum in _js_listeners and not on_main_thread()
    forwarded = _forwarded_condition() if awaited else None
    before = _forwarded_count.get(signum, 0)
    try:
        os.kill(pid, signum)
    except OSError as exc:
        return os_error_info(exc)
    if forwarded is not None:
        with forwarded:   # the main Python thread's handler forwards it (see _forward_signal)
            forwarded.wait_for(lambda: _forwarded_count.get(signum, 0) > before, timeout=5)
    return None


# -- signals ----------------------------------------------------------------------------------------
#
# node gives a signal its default action unless the program listens for it (process.on('SIGINT')):
# SIGINT and SIGTERM end the process and the shell sees the signal. Python handlers run only on
# the main Python thread, and the JS main thread is another one, so `install_signal_forwarding()`
# (called on the main Python thread before JS starts) installs one forwarder per catchable signal
# that either posts the signal to the JS loop that listens for it, or restores the default action
# and re-raises it.

_js_listeners: dict[int, tuple] = {}    # signum -> (loop, JS callback handle)
_forwarded_count: dict[int, int] = {}   # signum -> how many times (written by the main thread only)
_forwarded = None                       # notified each time a signal is posted to its listener
_forwarded_made = _thread.allocate_lock()
_FORWARDED = ("SIGHUP", "SIGINT", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGTERM", "SIGWINCH", "SIGCONT",
              "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGALRM", "SIGVTALRM", "SIGPROF", "SIGXCPU", "SIGXFSZ")
_forwarding = False
# node starts its inspector on SIGUSR1 until the program first listens for it; after that signal's
# last listener is gone it has its default action. noderun has no inspector: until then the signal
# changes nothing (node's start of a debugger, without the debugger).
_inspector_signal = getattr(_signal, "SIGUSR1", None)


def _forwarded_condition():
    """`_forwarded`, a threading.Condition made by the first JS thread that waits on it (the main
    thread, whose signal handlers notify it, never makes it: threading stays off start-up)."""
    global _forwarded
    if _forwarded is None:
        import threading
        with _forwarded_made:
            if _forwarded is None:
                _forwarded = threading.Condition()
    return _forwarded


def install_signal_forwarding() -> None:
    """Route signals to JS listeners; call once, on the main Python thread."""
    global _forwarding
    # As node, a disposition the parent process left (nohup's ignored SIGHUP, a shell's ignored
    # SIGINT for a background job) is not kept: a listener hears the signal, and without one it
    # has its default action. SIGXFSZ stays ignored, as node (and Python) ignore it.
    for name in _FORWARDED:
        signum = getattr(_signal, name, None)
        if signum is None:
            continue
        current = _signal.getsignal(signum)
        if current in (_signal.SIG_DFL, _signal.default_int_handler, _die_of_signal) or (
                current == _signal.SIG_IGN and name != "SIGXFSZ"):
            _signal.signal(signum, _forward_signal)
    _forwarding = True


def _restore_terminals() -> None:
    """A raw terminal gets its mode back (host/fdstream.py, which only a stdio handle loads: none
    was made raw where it is not loaded, nor while another thread is still importing it, when
    a signal may find it without its functions yet)."""
    restore = getattr(sys.modules.get("noderun.host.fdstream"), "restore_terminals", None)
    if restore is not None:
        restore()


def _forward_signal(signum, frame) -> None:
    listener = _js_listeners.get(signum)
    if listener is None:
        if signum == _inspector_signal:
            return
        if _ends_process(signum):   # a raw terminal gets its mode back first
            _restore_terminals()
        _restore_default_action(signum)
        os.kill(os.getpid(), signum)             # ends the process unless ignored by default
        _signal.signal(signum, _forward_signal)   # still here (SIGWINCH, SIGCONT, ...): keep forwarding
        return
    loop, handle = listener
    loop.post(lambda: handle.call(signum) if handle.alive else None)
    _forwarded_count[signum] = _forwarded_count.get(signum, 0) + 1
    forwarded = _forwarded
    if forwarded is not None:   # a JS thread may wait for the count (process.kill of itself)
        with forwarded:
            forwarded.notify_all()


# what the default action of these does not end the process (ignored, or stopped and continued)
_SURVIVED = {getattr(_signal, name) for name in ("SIGWINCH", "SIGCHLD", "SIGURG", "SIGCONT", "SIGTSTP",
                                                "SIGTTIN", "SIGTTOU", "SIGSTOP") if hasattr(_signal, name)}


def _ignored(signum: int) -> bool:
    """Whether `signum` is ignored (SIGPIPE, SIGXFSZ, as node ignores them): sent to itself, the
    process goes on. A number no signal has is not (kill() gives EINVAL for it)."""
    try:
        return _signal.getsignal(signum) == _signal.SIG_IGN
    except ValueError:
        return False


def _ends_process(signum: int) -> bool:
    return signum not in _SURVIVED


def _restore_default_action(signum: int) -> None:
    """SIG_DFL for `signum`, from any thread (Python's signal.signal works on the main one only)."""
    if on_main_thread():
        try:
            _signal.signal(signum, _signal.SIG_DFL)
        except (ValueError, OSError):   # SIGKILL, SIGSTOP or out of range: nothing to restore
            pass
        return
    try:
        if _signal.getsignal(signum) in (_signal.SIG_DFL, None):
            return
    except ValueError:
        return
    import ctypes   # only on this path: a handler set by Python, changed from another thread
    ctypes.CDLL(None).signal(ctypes.c_int(signum), ctypes.c_void_p(0))


def _watch_signal(ctx: Context, signum: int, callback) -> bool:
    """Deliver `signum` to the JS `callback(signum)` through this thread's loop; None stops it.
    Returns whether the signal can be listened for (forwarding installed, main JS thread)."""
    global _inspector_signal
    if not ctx.host.realm.options.is_main_thread:
        return False   # workers get no signals (and must not take the main thread's listener)
    if signum == _inspector_signal:
        _inspector_signal = None   # (listened for once: from now on as any signal)
    previous = _js_listeners.pop(signum, None)
    if previous is not None:
        previous[1].free()
    if callback is None or not _forwarding:
        return False
    _js_listeners[signum] = (ctx.host.loop, callback.dup())
    return True


def _isatty(ctx: Context, fd: int) -> bool:
    return os.isatty(fd)


def _terminal_columns(ctx: Context, fd: int) -> int:
    try:
        return os.get_terminal_size(fd).columns
    except OSError:
        return 80


def _available_memory(ctx: Context) -> int:
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")


def _terminal_size(ctx: Context, fd: int) -> list[int]:
    try:
        size = os.get_terminal_size(fd)
        return [size.columns, size.lines]
    except OSError:
        return [80, 24]


def _user_ids(ctx: Context) -> list:
    groups = os.getgroups()
    if os.getegid() not in groups:   # node lists the effective group too
        groups.append(os.getegid())
    return [os.getuid(), os.geteuid(), os.getgid(), os.getegid(), groups]


@raw
def _run_microtasks(ctx: Context, argc: int, argv):
    """Raw: it runs after every callback of the loop (a socket's read, a message), so it costs no
    argument conversion."""
    ctx.execute_pending_jobs()
    return V.UNDEFINED


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
    stripped = typescript.stripped_line(path, line)   # a .ts file ran as its stripped text
    if stripped is not None:
        return stripped
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
    "processInfo": _process_info,
    "configArgv": _config_argv,
    "envSnapshot": _env_snapshot,
    "envVersion": _env_version,
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
    "heapLimit": _heap_limit,
    "runGC": _run_gc,
    "cpuUsage": _cpu_usage,
    "threadCpuUsage": _thread_cpu_usage,
    "execve": _execve,
    "resourceUsage": _resource_usage,
    "kill": _kill,
    "isatty": _isatty,
    "terminalColumns": _terminal_columns,
    "terminalSize": _terminal_size,
    "availableMemory": _available_memory,
    "userIds": _user_ids,
    "watchSignal": _watch_signal,
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
