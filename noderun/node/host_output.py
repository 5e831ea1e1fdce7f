"""Host functions behind stdio's synchronous half: what a standard fd is, and writing to one that
is a file (node's SyncWriteStream) or, on a worker, to where its output goes. console.log to a file
needs only these; the stream handles of pipes, sockets and terminals are host_stdio.py's.
"""

from __future__ import annotations

import os
import stat

from ..engine.runtime import Context, JSObject
from .host_process import _uint8_bytes, encode_text, output_fd, write_all


def _write_output(ctx: Context, fd: int, data: bytes) -> None:
    stdio = getattr(ctx.host.realm.options.worker, "stdio", None)
    if stdio is not None:
        stdio.write(fd, data)
    else:
        write_all(output_fd(ctx, fd), data)


def _write_fd(ctx: Context, fd: int, text: str) -> None:
    _write_output(ctx, fd, encode_text(text))


def _write_fd_bytes(ctx: Context, fd: int, chunk: JSObject) -> None:
    _write_output(ctx, fd, _uint8_bytes(ctx, chunk))


def _write_fd_encoded(ctx: Context, fd: int, text: str, encoding: str) -> None:
    from .host_crypto import string_bytes
    _write_output(ctx, fd, string_bytes(text, encoding))


def _write_error(ctx: Context, text: str) -> None:
    _write_output(ctx, 2, encode_text(text))


def _stdio_type(ctx: Context, fd: int) -> str:
    return stdio_type(fd)


def stdio_type(fd: int) -> str:
    """libuv's guess of what `fd` is: 'TTY', 'FILE' (character devices too), 'PIPE', 'TCP' or 'UNKNOWN'."""
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return "UNKNOWN"
    if stat.S_ISREG(mode):
        return "FILE"
    if stat.S_ISCHR(mode):
        return "TTY" if os.isatty(fd) else "FILE"
    if stat.S_ISFIFO(mode):
        return "PIPE"
    if stat.S_ISSOCK(mode):
        return "TCP"
    return "UNKNOWN"


FUNCTIONS = {
    "writeFd": _write_fd,
    "writeFdBytes": _write_fd_bytes,
    "writeError": _write_error,
    "writeFdEncoded": _write_fd_encoded,
    "stdioType": _stdio_type,
}
