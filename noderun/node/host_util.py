"""Host functions behind node:util: util.types.isProxy (JS cannot tell a Proxy), libuv's error map,
and bulk UTF-8 for TextEncoder/TextDecoder (Python's codec, ~30x faster than a JS loop here, replaces
invalid input exactly as the WHATWG Encoding standard does; small inputs stay in JS).

`UV_ERRORS` is libuv's table of error names and messages in libuv's order (what
`util.getSystemErrorMap()` lists and what node's uv exceptions say, e.g. "ENOENT: no such file or
directory"). POSIX names take their numbers from this platform's `errno`, negated as libuv does;
the names libuv invents (getaddrinfo errors, EOF, ...) have libuv's fixed numbers.
"""

from __future__ import annotations

import codecs
import errno

from ..engine import values as V
from ..engine.host_functions import raw
from ..engine.runtime import Context, JSObject
from ..errors import JSError
from .host_process import _uint8_bytes

# name -> libuv's message; a number marks a code that only libuv defines
UV_ERRORS: tuple[tuple[str, str, int | None], ...] = (
    ("E2BIG", "argument list too long", None),
    ("EACCES", "permission denied", None),
    ("EADDRINUSE", "address already in use", None),
    ("EADDRNOTAVAIL", "address not available", None),
    ("EAFNOSUPPORT", "address family not supported", None),
    ("EAGAIN", "resource temporarily unavailable", None),
    ("EAI_ADDRFAMILY", "address family not supported", -3000),
    ("EAI_AGAIN", "temporary failure", -3001),
    ("EAI_BADFLAGS", "bad ai_flags value", -3002),
    ("EAI_BADHINTS", "invalid value for hints", -3013),
    ("EAI_CANCELED", "request canceled", -3003),
    ("EAI_FAIL", "permanent failure", -3004),
    ("EAI_FAMILY", "ai_family not supported", -3005),
    ("EAI_MEMORY", "out of memory", -3006),
    ("EAI_NODATA", "no address", -3007),
    ("EAI_NONAME", "unknown node or service", -3008),
    ("EAI_OVERFLOW", "argument buffer overflow", -3009),
    ("EAI_PROTOCOL", "resolved protocol is unknown", -3014),
    ("EAI_SERVICE", "service not available for socket type", -3010),
    ("EAI_SOCKTYPE", "socket type not supported", -3011),
    ("EALREADY", "connection already in progress", None),
    ("EBADF", "bad file descriptor", None),
    ("EBUSY", "resource busy or locked", None),
    ("ECANCELED", "operation canceled", None),
    ("ECHARSET", "invalid Unicode character", -4080),
    ("ECONNABORTED", "software caused connection abort", None),
    ("ECONNREFUSED", "connection refused", None),
    ("ECONNRESET", "connection reset by peer", None),
    ("EDESTADDRREQ", "destination address required", None),
    ("EEXIST", "file already exists", None),
    ("EFAULT", "bad address in system call argument", None),
    ("EFBIG", "file too large", None),
    ("EHOSTUNREACH", "host is unreachable", None),
    ("EINTR", "interrupted system call", None),
    ("EINVAL", "invalid argument", None),
    ("EIO", "i/o error", None),
    ("EISCONN", "socket is already connected", None),
    ("EISDIR", "illegal operation on a directory", None),
    ("ELOOP", "too many symbolic links encountered", None),
    ("EMFILE", "too many open files", None),
    ("EMSGSIZE", "message too long", None),
    ("ENAMETOOLONG", "name too long", None),
    ("ENETDOWN", "network is down", None),
    ("ENETUNREACH", "network is unreachable", None),
    ("ENFILE", "file table overflow", None),
    ("ENOBUFS", "no buffer space available", None),
    ("ENODEV", "no such device", None),
    ("ENOENT", "no such file or directory", None),
    ("ENOMEM", "not enough memory", None),
    ("ENONET", "machine is not on the network", None),
    ("ENOPROTOOPT", "protocol not available", None),
    ("ENOSPC", "no space left on device", None),
    ("ENOSYS", "function not implemented", None),
    ("ENOTCONN", "socket is not connected", None),
    ("ENOTDIR", "not a directory", None),
    ("ENOTEMPTY", "directory not empty", None),
    ("ENOTSOCK", "socket operation on non-socket", None),
    ("ENOTSUP", "operation not supported on socket", None),
    ("EOVERFLOW", "value too large for defined data type", None),
    ("EPERM", "operation not permitted", None),
    ("EPIPE", "broken pipe", None),
    ("EPROTO", "protocol error", None),
    ("EPROTONOSUPPORT", "protocol not supported", None),
    ("EPROTOTYPE", "protocol wrong type for socket", None),
    ("ERANGE", "result too large", None),
    ("EROFS", "read-only file system", None),
    ("ESHUTDOWN", "cannot send after transport endpoint shutdown", None),
    ("ESPIPE", "invalid seek", None),
    ("ESRCH", "no such process", None),
    ("ETIMEDOUT", "connection timed out", None),
    ("ETXTBSY", "text file is busy", None),
    ("EXDEV", "cross-device link not permitted", None),
    ("UNKNOWN", "unknown error", -4094),
    ("EOF", "end of file", -4095),
    ("ENXIO", "no such device or address", None),
    ("EMLINK", "too many links", None),
    ("EHOSTDOWN", "host is down", None),
    ("EREMOTEIO", "remote I/O error", None),
    ("ENOTTY", "inappropriate ioctl for device", None),
    ("EFTYPE", "inappropriate file type or format", -4028),
    ("EILSEQ", "illegal byte sequence", None),
    ("ESOCKTNOSUPPORT", "socket type not supported", None),
    ("ENODATA", "no data available", None),
    ("EUNATCH", "protocol driver not attached", None),
    ("ENOEXEC", "exec format error", None),
)


def uv_error_map() -> list[list]:
    """[[number, name, message], ...] in libuv's order; a name this platform lacks is left out."""
    rows = []
    for name, message, uv_number in UV_ERRORS:
        number = uv_number if uv_number is not None else -getattr(errno, name, 0)
        if number:
            rows.append([number, name, message])
    return rows


def _system_error_map(ctx: Context) -> list[list]:
    return uv_error_map()


def _is_proxy(ctx: Context, value) -> bool:
    return isinstance(value, JSObject) and value.is_proxy()


@raw
def _proxy_details(ctx: Context, argc: int, argv):
    """[target, handler] of a Proxy (util.inspect must not run its traps), null for a revoked one,
    else undefined. Raw: inspect asks this of every object it prints, and few are proxies."""
    value = argv[0]
    if not V.is_proxy(value):
        return V.UNDEFINED
    handle = JSObject(ctx, value, owned=False)
    try:
        parts = handle.proxy_parts()
    except JSError:
        return V.NULL
    finally:
        handle._invalidate()
    try:
        return ctx.new_array(parts).consume()
    finally:
        for part in parts:
            if isinstance(part, JSObject):
                part.free()


def _decode_utf8(ctx: Context, array: JSObject, fatal: bool) -> str | None:
    """The text of a Uint8Array of UTF-8; None (undefined in JS) when `fatal` and it is not valid."""
    data = _uint8_bytes(ctx, array)
    if not fatal:
        return data.decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _lone_surrogates_as_replacement(error: UnicodeEncodeError):
    # bytes, not "\ufffd": CPython's UTF-8 encoder accepts only ASCII text from an error handler
    return b"\xef\xbf\xbd" * (error.end - error.start), error.end


codecs.register_error("noderun.util.replace", _lone_surrogates_as_replacement)


def _encode_utf8(ctx: Context, text: str) -> bytes:
    """UTF-8 as TextEncoder writes it: each lone surrogate becomes U+FFFD."""
    return text.encode("utf-8", "noderun.util.replace")


FUNCTIONS = {
    "utilSystemErrorMap": _system_error_map,
    "utilIsProxy": _is_proxy,
    "proxyDetails": _proxy_details,
    "utilDecodeUtf8": _decode_utf8,
    "utilEncodeUtf8": _encode_utf8,
}
