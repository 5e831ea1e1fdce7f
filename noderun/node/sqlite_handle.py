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
