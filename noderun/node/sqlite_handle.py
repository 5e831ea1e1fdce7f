"""The C `sqlite3 *` behind a Python `sqlite3.Connection`, for the settings Python's module does not
expose (`sqlite3_db_config`): node:sqlite needs them to open a database as node does.

CPython keeps the handle as the first field after the object header of its connection object
(`Modules/_sqlite/connection.h`: `PyObject_HEAD; sqlite3 *db;`, the same in every 3.x). That layout
is not an API, so the pointer read there is used only after SQLite itself confirms it: the handle
must name the connection's own main database file (`sqlite3_db_filename`), checked against what
the connection reports through SQL. Anything unexpected raises HandleUnavailable and the caller
keeps Python's defaults. The library is the SQLite that `_sqlite3` is linked with, already loaded."""

from __future__ import annotations

import ctypes
import sqlite3
import sys

# sqlite3.h: sqlite3_db_config verbs
SQLITE_DBCONFIG_DEFENSIVE = 1010
SQLITE_DBCONFIG_DQS_DML = 1013
SQLITE_DBCONFIG_DQS_DDL = 1014

# what StatementSync.columns() gives of each column: column, database, name, table, type
_COLUMN_FIELDS = ("sqlite3_column_origin_name", "sqlite3_column_database_name", "sqlite3_column_name",
                  "sqlite3_column_table_name", "sqlite3_column_decltype")
# sqlite3changeset_apply's callbacks: xFilter(pCtx, zTab), xConflict(pCtx, eConflict, pIter)
_FILTER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p)
_CONFLICT = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_HEADER = ctypes.sizeof(ctypes.c_ssize_t) + ctypes.sizeof(ctypes.c_void_p)   # ob_refcnt, ob_type
_library = None


class HandleUnavailable(RuntimeError):
    """The connection's handle could not be confirmed: leave SQLite's defaults as they are."""


def _sqlite():
    global _library
    if _library is None:
        if sys.implementation.name != "cpython":
            raise HandleUnavailable("not CPython")
        import _sqlite3

        try:   # the SQLite _sqlite3 links with; linked statically, its symbols are in _sqlite3 itself
            library = ctypes.CDLL("libsqlite3.so.0")
        except OSError:
            library = ctypes.CDLL(_sqlite3.__file__)
        library.sqlite3_db_filename.restype = ctypes.c_char_p
        library.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        library.sqlite3_libversion.restype = ctypes.c_char_p
        library.sqlite3_prepare_v2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                               ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]
        library.sqlite3_column_count.argtypes = [ctypes.c_void_p]
        library.sqlite3_finalize.argtypes = [ctypes.c_void_p]
        library.sqlite3session_create.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                                  ctypes.POINTER(ctypes.c_void_p)]
        library.sqlite3session_attach.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        library.sqlite3session_delete.argtypes = [ctypes.c_void_p]
        for name in ("sqlite3session_changeset", "sqlite3session_patchset"):
            getattr(library, name).argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                               ctypes.POINTER(ctypes.c_void_p)]
        library.sqlite3_free.argtypes = [ctypes.c_void_p]
        library.sqlite3changeset_apply.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p,
                                                   _FILTER, _CONFLICT, ctypes.c_void_p]
        for name in _COLUMN_FIELDS:
            function = getattr(library, name)
            function.argtypes = [ctypes.c_void_p, ctypes.c_int]
            function.restype = ctypes.c_char_p
        if library.sqlite3_libversion().decode() != sqlite3.sqlite_version:
            raise HandleUnavailable("another SQLite than _sqlite3's")
        _library = library
    return _library


def handle(connection: sqlite3.Connection) -> int:
    """The connection's `sqlite3 *`, confirmed by SQLite."""
    library = _sqlite()
    pointer = ctypes.c_void_p.from_address(id(connection) + _HEADER).value
    if not pointer:
        raise HandleUnavailable("no handle")
    main_file = connection.execute("PRAGMA database_list").fetchone()[2]
    named = library.sqlite3_db_filename(ctypes.c_void_p(pointer), b"main")
    if (named or b"").decode("utf-8", "surrogateescape") != main_file:
        raise HandleUnavailable("the handle names another database")
    return pointer


def set_flag(connection: sqlite3.Connection, verb: int, enabled: bool) -> None:
    """sqlite3_db_config(db, verb, enabled, NULL), checked: SQLite reports the value it set."""
    library = _sqlite()
    now = ctypes.c_int(-1)
    status = library.sqlite3_db_config(ctypes.c_void_p(handle(connection)), ctypes.c_int(verb),
                                       ctypes.c_int(int(enabled)), ctypes.byref(now))
    if status != 0 or now.value != int(enabled):
        raise HandleUnavailable(f"sqlite3_db_config({verb}) gave {status}")


def columns(connection: sqlite3.Connection, sql: str) -> list[list[str | None]]:
    """The result columns of `sql`'s first statement as SQLite describes them (origin column,
    database, name, table, declared type; None where SQLite has none). The statement is prepared
    on the connection's handle, read and finalized at once: nothing of it is kept."""
    library = _sqlite()
    statement = ctypes.c_void_p()
    status = library.sqlite3_prepare_v2(ctypes.c_void_p(handle(connection)), sql.encode(), -1,
                                        ctypes.byref(statement), None)
    if status != 0:
        raise HandleUnavailable(f"sqlite3_prepare_v2 gave {status}")
    try:
        count = library.sqlite3_column_count(statement) if statement.value else 0
        return [[None if (text := getattr(library, field)(statement, i)) is None else text.decode()
                 for field in _COLUMN_FIELDS] for i in range(count)]
    finally:
        library.sqlite3_finalize(statement)


# -- sessions: recording changes as changesets, applying them elsewhere ---------------------------

def session_create(connection: sqlite3.Connection, database: str, table: str | None) -> int:
    """A session recording changes of `table` (every table when None) of `database`; an SQLite
    result code as SessionError when SQLite refuses."""
    library = _sqlite()
    session = ctypes.c_void_p()
    status = library.sqlite3session_create(ctypes.c_void_p(handle(connection)), database.encode(),
                                           ctypes.byref(session))
    if status == 0:
        status = library.sqlite3session_attach(session, None if table is None else table.encode())
        if status != 0:
            library.sqlite3session_delete(session)
    if status != 0:
        raise SessionError(status)
    return session.value


def session_changes(session: int, patchset: bool) -> bytes:
    library = _sqlite()
    size, data = ctypes.c_int(), ctypes.c_void_p()
    make = library.sqlite3session_patchset if patchset else library.sqlite3session_changeset
    status = make(ctypes.c_void_p(session), ctypes.byref(size), ctypes.byref(data))
    if status != 0:
        raise SessionError(status)
    try:
        return ctypes.string_at(data, size.value) if data.value else b""
    finally:
        library.sqlite3_free(data)


def session_delete(session: int) -> None:
    _sqlite().sqlite3session_delete(ctypes.c_void_p(session))


def changeset_apply(connection: sqlite3.Connection, changeset: bytes, keep_table, on_conflict) -> int:
    """sqlite3changeset_apply: keep_table(name) -> bool picks the tables, on_conflict(kind) -> int
    answers each conflict. Returns SQLite's result code (SQLITE_ABORT when a conflict aborted)."""
    filter_callback = _FILTER(lambda _context, table: int(bool(keep_table(table.decode()))))
    conflict_callback = _CONFLICT(lambda _context, kind, _iterator: int(on_conflict(kind)))
    return _sqlite().sqlite3changeset_apply(ctypes.c_void_p(handle(connection)), len(changeset),
                                            changeset, filter_callback, conflict_callback, None)


class SessionError(Exception):
    """SQLite refused a session call; args[0] is its result code."""
