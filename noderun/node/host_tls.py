"""Host functions behind node:tls (the role of node's tls_wrap and SecureContext bindings).

The work is node/tls_engine.py's (Python's ssl on memory BIOs), imported on first use: ssl costs
start-up time that a program without TLS should not pay. Secure contexts and connections are kept
by integer id in per-thread tables; JS (internal/tls/wrap.js) moves the bytes between a connection
and its socket. A feed answers [bytes to send, plaintext, flags, error, hello] (tls_engine.py).
"""

from __future__ import annotations

import json

from ..engine.runtime import Context
from .handle_table import HandleTable, table_of
from .host_process import uint8_bytes


class _Table(HandleTable):
    def close_all(self) -> None:
        for handle in self.handles.values():
            if hasattr(handle, "close"):
                handle.close()   # (a Connection: what tls_openssl keeps for it goes)
        self.handles.clear()


def _table(ctx: Context, name: str) -> _Table:
    return table_of(ctx.host.realm, name, lambda: _Table(ctx.host.realm))


def _connection(ctx: Context, conn_id):
    return _table(ctx, "tls_connections").handles[int(conn_id)]


def _engine():
    from . import tls_engine
    return tls_engine


def _context_create(ctx: Context, options_json: str, server: bool):
    """A context id, or node's error for the options as [code, message, library, reason]."""
    secure = _engine().secure_context(json.loads(options_json), bool(server))
    return secure if isinstance(secure, list) else _table(ctx, "tls_contexts").add(secure)


def _context_warning(ctx: Context, context_id) -> str | None:
    return _table(ctx, "tls_contexts").handles[int(context_id)].warning


def _security_level(ctx: Context) -> int:
    return _engine().security_level()


def _context_add_ca(ctx: Context, context_id, pem: str) -> None:
    _table(ctx, "tls_contexts").handles[int(context_id)].add_ca(pem)


def _context_free(ctx: Context, context_id) -> None:
    _table(ctx, "tls_contexts").handles.pop(int(context_id), None)


def _context_ticket_keys(ctx: Context, context_id, keys):
    """The context's 48 bytes of session ticket keys; with `keys`, those become its keys."""
    secure = _table(ctx, "tls_contexts").handles[int(context_id)]
    if keys is not None:
        secure.set_ticket_keys(uint8_bytes(ctx, keys))
    return secure.ticket_keys


def _new(ctx: Context, context_id, server: bool) -> int:
    secure = _table(ctx, "tls_contexts").handles[int(context_id)]
    return _table(ctx, "tls_connections").add(_engine().Connection(secure, bool(server)))


def _start(ctx: Context, conn_id, context_id, alpn_json, servername, verify_mode, session):
    connection = _connection(ctx, conn_id)
    secure = _table(ctx, "tls_contexts").handles[int(context_id)] if context_id is not None else connection.secure
    alpn = tuple(json.loads(alpn_json)) if alpn_json else None
    return connection.start(secure, alpn, servername or None, int(verify_mode),
                            uint8_bytes(ctx, session) if session is not None else None)


def _feed(ctx: Context, conn_id, data):
    return _connection(ctx, conn_id).feed(uint8_bytes(ctx, data))


def _write(ctx: Context, conn_id, data):
    return _connection(ctx, conn_id).write(uint8_bytes(ctx, data))


def _shutdown(ctx: Context, conn_id):
    return _connection(ctx, conn_id).shutdown()


def _free(ctx: Context, conn_id) -> None:
    connection = _table(ctx, "tls_connections").handles.pop(int(conn_id), None)
    if connection is not None:
        connection.close()


def _enable_keylog(ctx: Context, conn_id) -> None:
    _connection(ctx, conn_id).enable_keylog()


def _info(ctx: Context, conn_id, what: str, arg=None):
    if what == "ticket" and arg is not None:   # (a session's bytes)
        arg = uint8_bytes(ctx, arg)
    return _connection(ctx, conn_id).info(what, arg)


def _export_keying_material(ctx: Context, conn_id, length, label: str, context):
    return _connection(ctx, conn_id).export_keying_material(
        int(length), label, uint8_bytes(ctx, context) if context is not None else None)


def _ciphers(ctx: Context) -> list:
    return _engine().ciphers()


def _root_certificates(ctx: Context) -> list:
    return _engine().root_certificates()


FUNCTIONS = {
    "tlsContextCreate": _context_create,
    "tlsContextFree": _context_free,
    "tlsContextAddCA": _context_add_ca,
    "tlsContextTicketKeys": _context_ticket_keys,
    "tlsContextWarning": _context_warning,
    "tlsSecurityLevel": _security_level,
    "tlsNew": _new,
    "tlsStart": _start,
    "tlsFeed": _feed,
    "tlsWrite": _write,
    "tlsShutdown": _shutdown,
    "tlsFree": _free,
    "tlsEnableKeylog": _enable_keylog,
    "tlsInfo": _info,
    "tlsExportKeyingMaterial": _export_keying_material,
    "tlsCiphers": _ciphers,
    "tlsRootCertificates": _root_certificates,
}
